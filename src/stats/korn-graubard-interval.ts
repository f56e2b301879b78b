/**
 * The Korn–Graubard interval: the exact (Clopper–Pearson) binomial interval evaluated at the design-based
 * effective sample size, R survey's `svyciprop(method = "beta")`.
 * @module
 */
import { assertLevel, assertPositive, assertProbability } from "./_usage.js";
import { betaQuantile } from "./beta-quantile.js";

/**
 * With n* the effective sample size (p̂(1 − p̂)/Var(p̂) for survey data), the interval is
 * [B⁻¹(α/2; n* p̂, n*(1 − p̂) + 1), B⁻¹(1 − α/2; n* p̂ + 1, n*(1 − p̂))], the Clopper–Pearson interval with the
 * success count x = n* p̂ allowed to be fractional. Conservative; well-behaved for rare outcomes. At p̂ = 0 the
 * lower end is 0 and at p̂ = 1 the upper end is 1.
 *
 * Source: Korn, E. L. & Graubard, B. I. (1998), "Confidence intervals for proportions with small expected number
 * of positive counts estimated from survey data", *Survey Methodology* 24(2), 193–201; Clopper, C. J. & Pearson,
 * E. S. (1934), *Biometrika* 26, 404–413.
 *
 * @param p - The estimated proportion, in [0, 1].
 * @param nEffective - The effective sample size, > 0.
 * @param level - Confidence level (default 0.95).
 * @returns [lower, upper].
 * @example
 * ```ts
 * kornGraubardInterval(0.15, 20); // ≈ [0.0320709, 0.3789268] (Clopper–Pearson for 3/20)
 * ```
 */
export function kornGraubardInterval(p: number, nEffective: number, level = 0.95): [number, number] {
  assertProbability("kornGraubardInterval", "p", p);
  assertPositive("kornGraubardInterval", "nEffective", nEffective);
  assertLevel("kornGraubardInterval", level);
  const alpha = 1 - level;
  const x = nEffective * p;
  const y = nEffective * (1 - p);
  return [betaQuantile(alpha / 2, x, y + 1), betaQuantile(1 - alpha / 2, x + 1, y)];
}
