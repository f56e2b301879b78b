/**
 * The Simplified Chinese text of the problem codes of the monitor's event streams and alert reviews
 * (`monitor/rejected`, `monitor/review-file`), with the same codes as the English table of problems-en-monitor.ts
 * (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { MONITOR_EN } from "./problems-en-monitor.js";
import { qZh as q, tZh as t, MONITOR_REASON_ZH, MONITOR_HINTS_ZH, rejectedZh as rejected } from "./problems-zh-words.js";

/** 简体中文说明（与 MONITOR_EN 同一组代码）。 */
export const MONITOR_ZH: ProblemTexts<keyof typeof MONITOR_EN> = {
  "monitor/rejected": (p) => t(`第 ${p.event} 个事件被拒收（${MONITOR_REASON_ZH[p.reason]}）${p.field === null ? "" : `，字段 ${p.field}`}：${q(p.value)}。`, MONITOR_HINTS_ZH[p.reason]),
  "monitor/review-file": (p) =>
    p.kind === "json"
      ? t(`预警总结文件不是 JSON：${p.detail}`, "请传入 gaptrace watch --review 生成的文件（JSON）。")
      : p.kind === "shape"
        ? t(`预警总结文件的结构不正确：${p.detail}`, "请传入 gaptrace watch --review 生成的文件，不要改动其结构。")
        : t(`预警总结文件引用了${p.what === "post" ? "岗位" : "部门"} ${q(p.id)}，评价项目中没有该${p.what === "post" ? "岗位" : "部门"}。`, "请用同一个评价项目生成预警总结（gaptrace watch <评价项目> --review），或更正编号。"),
};
