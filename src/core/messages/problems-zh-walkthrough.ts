/**
 * The Simplified Chinese text of the problem codes of process walkthroughs (`walkthrough/*`), with the same codes as
 * the English table of problems-en-walkthrough.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { WALKTHROUGH_EN } from "./problems-en-walkthrough.js";
import { qZh as q, wfZh as wf, WALK_WHAT_ZH, tZh as t, parseZh as parse } from "./problems-zh-words.js";

/** 简体中文说明（与 WALKTHROUGH_EN 同一组代码）。 */
export const WALKTHROUGH_ZH: ProblemTexts<keyof typeof WALKTHROUGH_EN> = {
  "walkthrough/file": (p) =>
    p.kind === "parse"
      ? t(`流程穿越记录无法解析：${p.detail}`, "请提供导出的 CSV（每发现一个问题一行），或包含穿越活动（runs）和问题（problems）的 JSON/YAML。")
      : p.kind === "shape"
        ? t(`流程穿越记录的结构不正确：${p.detail}`, "请按 { runs: [...], problems: [...] } 组织（见 docs/walkthroughs.md），或提供导出的 CSV。")
        : p.kind === "missing-columns"
          ? t(`流程穿越记录缺少列：${p.columns.map(wf).join("、")}。`, "每行须有穿越编号、任务编号、环节编号、问题描述、问题类型和是否解决；表头可用中文或英文（见 docs/walkthroughs.md）。")
          : t("流程穿越记录中没有任何记录。", "请导出穿越人员记录的问题，每个问题一行。"),
  "walkthrough/row": (p) =>
    p.kind === "malformed"
      ? t(`该条穿越记录未采用：${p.detail}`, "请修正该行（引号未闭合，或列数不对）。")
      : p.kind === "missing"
        ? t(`该条穿越记录未采用：${wf(p.field)}为空。`, `请在每一行填写${wf(p.field)}。`)
        : p.kind === "invalid"
          ? t(`该条穿越记录未采用：${wf(p.field)}的值 ${q(p.value)} 无法识别。`, `可填写：${p.allowed.join("、")}。`)
          : p.kind === "unknown-id"
            ? t(
                `该条穿越记录未采用：${wf(p.field)}引用了${WALK_WHAT_ZH[p.what]} ${q(p.id)}，${p.what === "run" ? "穿越活动列表（runs）中没有" : "评价项目中没有"}${p.near === null ? "。" : `；是否应为 ${q(p.near)}？`}`,
                p.what === "run" ? "请在 runs 中登记该穿越活动，或更正穿越编号。" : `请使用评价项目中的${WALK_WHAT_ZH[p.what]}编号（gaptrace walkthrough 可列出）。`,
              )
            : p.kind === "inconsistent-run"
              ? t(`该条穿越记录未采用：穿越活动 ${q(p.run)} 在此行的${wf(p.field)}为 ${q(p.value)}，与其首行的 ${q(p.first)} 不一致。`, "同一穿越活动的日期、类型、参与人数和组织单位须在每一行保持一致。")
              : p.kind === "duplicate-id"
                ? t(`该条穿越记录未采用：问题编号 ${q(p.id)} 重复。`, "请为每个问题编写唯一编号，或不填问题编号列。")
                : t(`流程穿越记录属于评价项目 ${q(p.study)}，不是 ${q(p.expected)}。`, "请用同一评价项目记录和读取流程穿越结果。"),
  "walkthrough/unknown-column": (p) =>
    t(`流程穿越记录的列 ${q(p.column)} 不是穿越记录字段，已忽略${p.near === null ? "。" : `；是否应为 ${q(p.near)}？`}`, "请按 docs/walkthroughs.md 的字段名重命名该列；不改也可以，该列不会被读取。"),
};
