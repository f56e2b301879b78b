/**
 * The logit-transformed Wald interval for a proportion: R survey's default `svyciprop(method = "logit")`.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertDf, assertFinite, assertLevel } from "./_usage.js";
import { criticalValue } from "./_estimate.js";

/**
 * A Wald interval on the log-odds scale mapped back: with ℓ = ln(p̂/(1 − p̂)) and, by the delta method,
 * SE(ℓ) = SE(p̂) / (p̂(1 − p̂)), the interval is expit(ℓ ± c·SE(ℓ)), inside (0, 1) and asymmetric near the ends.
 * This is what R's `svyciprop(~y, design, method = "logit")` computes (its quasibinomial `svyglm` intercept has
 * exactly this SE), with c the t quantile on `degf(design)` = n − 1 degrees of freedom by default.
 * Undefined at p̂ = 0 or 1.
 *
 * Source: Lumley (2010), *Complex Surveys*, §2.3.1 and R survey's `svyciprop`; Korn & Graubard (1999),
 * *Analysis of Health Surveys*, §3.2.
 *
 * @param p - The estimated proportion, strictly between 0 and 1.
 * @param se - Its standard error (≥ 0).
 * @param level - Confidence level (default 0.95).
 * @param df - Degrees of freedom for a t critical value, or `null` (default) for the normal quantile.
 * @returns [lower, upper].
 * @example
 * ```ts
 * logitInterval(0.2, 0.04); // ≈ [0.13282, 0.28981]
 * ```
 */
export function logitInterval(p: number, se: number, level = 0.95, df: number | null = null): [number, number] {
  if (!(p > 0 && p < 1)) {
    throw new UsageError(
      "logitInterval",
      `expecting p strictly between 0 and 1, got ${String(p)}.`,
      "The logit interval is undefined when no case or every case is a success; use wilsonInterval or kornGraubardInterval.",
    );
  }
  assertFinite("logitInterval", "se", se);
  assertLevel("logitInterval", level);
  if (df !== null) assertDf("logitInterval", df);
  const logit = Math.log(p / (1 - p));
  const half = (criticalValue(level, df) * se) / (p * (1 - p));
  const expit = (x: number) => 1 / (1 + Math.exp(-x));
  return [expit(logit - half), expit(logit + half)];
}
