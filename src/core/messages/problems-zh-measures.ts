/**
 * The Simplified Chinese text of the problem codes of a catalogue of improvement measures, with the same codes as
 * the English table of problems-en-measures.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { MEASURES_EN } from "./problems-en-measures.js";
import { qZh as q, tZh as t } from "./problems-zh-words.js";

/** 简体中文说明（与 MEASURES_EN 同一组代码）。 */
export const MEASURES_ZH: ProblemTexts<keyof typeof MEASURES_EN> = {
  "ref/unknown-category": (p) => t(`改进措施 ${q(p.measure)} 所属的类别 ${q(p.category)} 未定义。`, "请在 categories 下定义该类别，或更正编号。"),
  "ref/duplicate-category": (p) => t(`类别编号 ${q(p.id)} 重复定义。`, "为每个类别使用不同的编号。"),
  "ref/duplicate-measure": (p) => t(`改进措施编号 ${q(p.id)} 重复定义。`, "为每条改进措施使用不同的编号。"),
};
