/**
 * The Simplified Chinese text of the problem codes of reading files and documents (`file/unreadable`, `parse/*`),
 * with the same codes as the English table of problems-en-documents.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DOCUMENTS_EN } from "./problems-en-documents.js";
import { tZh as t, unreadableWhyZh as unreadableWhy, parseZh as parse } from "./problems-zh-words.js";

/** 简体中文说明（与 DOCUMENTS_EN 同一组代码）。 */
export const DOCUMENTS_ZH: ProblemTexts<keyof typeof DOCUMENTS_EN> = {
  "file/unreadable": (p) => t(`${p.what === "study" ? "评价项目文件" : "数据文件"} ${p.file} ${unreadableWhy(p.reason, p.detail)}。`, "请检查路径（相对路径从当前文件夹算起）。"),
  "parse/not-text": (p) => (p.source === "study" ? t("评价项目不是文本。", "请以字符串传入文件内容。") : t("loadMeasuresText：改进措施库不是文本。", "请以字符串传入文件内容。")),
  "parse/encoding": (p) =>
    t(
      `${p.source === "study" ? "评价项目" : p.source === "data" ? "数据说明" : "改进措施库"}文件不是有效的 ${p.encoding} 文本（首次出现在此行）${p.candidates.length > 0 ? `（按 ${p.candidates.join("、")} 读取不会出错）` : ""}。`,
      "请将文件另存为 UTF-8 编码（多数编辑器：另存为 → 编码：UTF-8）后重新读取。",
    ),
  "parse/json": parse("json"),
  "parse/yaml": parse("yaml"),
  "schema/version": (p) => t(`readReportJson：该报告的格式为 ${p.found}，不是 ${p.expected}。`, "请用本版本的 renderJson 重新写出报告（gaptrace attribute）。"),
};
