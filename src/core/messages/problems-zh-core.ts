/**
 * The Simplified Chinese text of the problem codes of usage and lookups by id (`usage`, `not-found/*`), with the same
 * codes as the English table of problems-en-core.ts (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { CORE_EN } from "./problems-en-core.js";
import { qZh as q, tZh as t, foundZh as found, notFoundZh as notFound } from "./problems-zh-words.js";

/** 简体中文说明（与 CORE_EN 同一组代码）。 */
export const CORE_ZH: ProblemTexts<keyof typeof CORE_EN> = {
  usage: (p) => ("encoding" in p ? t(`gaptrace/${p.fn}：未知的文本编码 ${q(p.encoding)}。`, "请使用 TextDecoder 支持的编码，例如 \"utf-8\" 或 \"gb18030\"。") : t(`gaptrace/${p.fn}：调用有误：${p.detail}`, p.hint)),
  "not-found/department": notFound("department"),
  "not-found/post": notFound("post"),
  "not-found/person": notFound("person"),
  "not-found/need": notFound("need"),
  "not-found/service item": notFound("service item"),
  "not-found/theme": notFound("theme"),
  "not-found/step": notFound("step"),
  "not-found/event": notFound("event"),
  "not-found/metric": notFound("metric"),
  "not-found/standard": notFound("standard"),
  "not-found/evaluation point": notFound("evaluation point"),
  "not-found/question": notFound("question"),
  "not-found/blueprint": notFound("blueprint"),
};
