/**
 * The Simplified Chinese text of the data codes raised where loaded data are combined, read back or read in SQL, with
 * the same codes as the English table of problems-en-data-combined.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DATA_COMBINED_EN } from "./problems-en-data-combined.js";
import { tZh as t } from "./problems-zh-words.js";

/** 简体中文说明（与 DATA_COMBINED_EN 同一组代码）。 */
export const DATA_COMBINED_ZH: ProblemTexts<keyof typeof DATA_COMBINED_EN> = {
  "data/respondent-in-two-sources": (p) =>
    t(
      `${p.count === 1 ? "有 1 个答卷人编号" : `有 ${p.count} 个答卷人编号`}同时出现在多个数据源中（第一个：第 ${p.wave} 期的“${p.respondent}”，见于第 ${p.first} 和第 ${p.second} 个数据源）；各数据源的答卷人按不同的人读取。`,
      "若各数据源本来就是不同人群（如客户问卷和员工问卷各自从 1 编号），无需处理；若是同一批人、格式相同的多个文件，请放在同一个数据源的 files 列表中，使其答案合并。",
    ),
  "data/sql-not-utf8": (p) =>
    t(
      `文件不是 UTF-8 文本，而 DuckDB 只按 UTF-8 读取 CSV 文件${p.candidates.length > 0 ? `；按 ${p.candidates.join("、")} 读取不会出错` : ""}。`,
      `请先把文件转成 UTF-8（如 iconv -f ${p.candidates[0] ?? "gb18030"} -t utf-8 原文件.csv > 新文件.csv），再对转换后的副本做 SQL 首轮处理；或在进程内读取原文件，并指定 options.encoding（--encoding ${p.candidates[0] ?? "gb18030"}）。`,
    ),
  "data/aggregate-json": (p) => ("cell" in p ? t(`单元格 ${p.cell} 出现了两次。`, "每个“题目 × 调查批次 × 分组”只有一个单元格。") : t(`不是有效的汇总数据：${p.detail}`, "请传入 aggregateToJSON 写出的数据（格式 gaptrace/aggregate@1）。")),
};
