/**
 * The Wilson score interval for a proportion, which stays inside [0, 1] and behaves well near 0 and 1.
 * @module
 */
import { assertLevel, assertPositive, assertProbability } from "./_usage.js";
import { normalQuantile } from "./normal-quantile.js";

/**
 * The set of proportions π not rejected by the score test |p̂ − π| ≤ z √(π(1 − π)/n):
 * centre (p̂ + z²/2n)/(1 + z²/n), half-width z/(1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²). For survey data pass an
 * effective sample size for n (Kish's, or the design-based p̂(1 − p̂)/Var(p̂)); with n the plain count it is R's
 * `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * Source: Wilson, E. B. (1927), "Probable inference, the law of succession, and statistical inference", *JASA* 22,
 * 209–212; Brown, Cai & DasGupta (2001), *Statistical Science* 16(2), 101–133 (why); Dean, N. & Pagano, M. (2015),
 * "Evaluating confidence interval methods for binomial proportions in clustered surveys", *Journal of Survey
 * Statistics and Methodology* 3(4), 484–503 (with effective sample size).
 *
 * @param p - The estimated proportion, in [0, 1].
 * @param n - The (effective) sample size, > 0.
 * @param level - Confidence level (default 0.95).
 * @returns [lower, upper], within [0, 1].
 * @example
 * ```ts
 * wilsonInterval(0, 20); // [0, 0.16112515805…]
 * wilsonInterval(0.15, 20); // [0.05236874…, 0.36041886…]
 * ```
 */
export function wilsonInterval(p: number, n: number, level = 0.95): [number, number] {
  assertProbability("wilsonInterval", "p", p);
  assertPositive("wilsonInterval", "n", n);
  assertLevel("wilsonInterval", level);
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
