/**
 * The Simplified Chinese text of the problem codes of the key-driver methods the attribution does not run (bootstrap
 * intervals, exact Shapley values), with the same codes as the English table of problems-en-drivers-methods.ts
 * (TypeScript checks it). 与英文并列编写，不由英文翻译而来。
 * @module
 * @internal
 */
import type { ProblemTexts } from "./problem-codes.js";
import type { DRIVERS_METHODS_EN } from "./problems-en-drivers-methods.js";
import { tZh as t, failuresZh as failures } from "./problems-zh-words.js";

/** 简体中文说明（与 DRIVERS_METHODS_EN 同一组代码）。 */
export const DRIVERS_METHODS_ZH: ProblemTexts<keyof typeof DRIVERS_METHODS_EN> = {
  "drivers/bootstrap-failed": (p) => t(`${p.replicates} 次重抽样中只有 ${p.used} 次可以分析（${failures(p.failures)}）。`, "数据太少，无法重抽样；请收集更多受访者的答卷，或减少分析的评价点。"),
  "drivers/bootstrap-replicates-failed": (p) =>
    t(`${p.replicates} 次重抽样中有 ${p.replicates - p.used} 次无法分析（${failures(p.failures)}）；区间基于其余 ${p.used} 次，可能偏窄。`, "请谨慎解读这些区间，或减少分析的评价点、避免高度共线的评价点。"),
  "drivers/too-many-predictors": (p) =>
    t(`评价点过多，无法精确计算 Shapley 值：${p.predictors} 个评价点需要 2^${p.predictors} 次回归（上限为 ${p.limit} 个）。`, "请改用 relativeWeights（对任意数量的评价点都能很好地逼近 Shapley 值），或每次分析较少的评价点。"),
};
