/**
 * The English text of the problem codes of the key-driver methods the attribution does not run: bootstrap intervals
 * (`bootstrapDriverIntervals`) and exact Shapley values (`shapleyR2`), of gaptrace/stats. They are a family of their
 * own, apart from problems-en-drivers.ts, so the attribution's bundle, which raises that family's codes, does not
 * carry these texts. The Chinese text is beside it in problems-zh-drivers-methods.ts, with the same codes
 * (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { tEn as t } from "./problems-en-words.js";

/** English text of the codes of the bootstrap intervals and exact Shapley values: a plain object (no calls at its
 * top level), so a bundle that raises none of these codes leaves it out. */
export const DRIVERS_METHODS_EN = {
  "drivers/bootstrap-failed": (p) =>
    t(`Only ${p.used} of ${p.replicates} resamples could be analysed (${p.failures.map((f) => `${f.count} ${f.kind}`).join(", ")}).`, "The data are too thin for resampling; collect more respondents or analyse fewer points."),
  "drivers/bootstrap-replicates-failed": (p) =>
    t(
      `${p.replicates - p.used} of ${p.replicates} resamples could not be analysed (${p.failures.map((f) => `${f.count} ${f.kind}`).join(", ")}); the intervals use the other ${p.used} and may be too narrow.`,
      "Treat the intervals with care, or analyse fewer, less collinear points.",
    ),
  "drivers/too-many-predictors": (p) =>
    t(
      `Too many predictors for exact Shapley: ${p.predictors} evaluation points need 2^${p.predictors} regressions (the limit is ${p.limit}).`,
      "Use relativeWeights, which approximates the Shapley values closely for any number of points, or analyse fewer points at a time.",
    ),
} satisfies Partial<ProblemTable>;
