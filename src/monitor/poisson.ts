/**
 * Exact Poisson probability limits: the upper control limit of a count chart (c chart) read from the Poisson
 * distribution itself rather than from its normal approximation (mean + 3√mean), whose false-alarm rate is far
 * above its nominal 0.00135 when the mean is small, as complaint counts per hour are. Source: D. C. Montgomery,
 * Introduction to Statistical Quality Control (7th ed., 2013), §7.3.1, "probability limits" for the c chart.
 * @module
 */
import { logGamma } from "../stats/log-gamma.js";

/**
 * The probability that a Poisson count with mean `mean` is at least `c`: P(X ≥ c).
 *
 * @param c - the count (a whole number).
 * @param mean - the Poisson mean (≥ 0).
 * @returns the upper tail, in [0, 1].
 * @example
 * ```ts
 * poissonUpperTail(0, 2.5); // 1
 * poissonUpperTail(8, 2.5); // 0.00424… (R: ppois(7, 2.5, lower.tail = FALSE))
 * ```
 */
export function poissonUpperTail(c: number, mean: number): number {
  if (c <= 0) return 1;
  if (mean <= 0) return 0;
  // Sum the pmf from c upwards when c is past the mode (few, shrinking terms); else 1 − P(X ≤ c − 1).
  if (c > mean) {
    let term = Math.exp(c * Math.log(mean) - mean - logGamma(c + 1));
    let sum = 0;
    for (let x = c; term > sum * 1e-17 || x < c + 2; x++) {
      sum += term;
      term *= mean / (x + 1);
      if (term === 0) break;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(-mean);
  let cdf = 0;
  if (term > 0) {
    for (let x = 0; x < c; x++) {
      cdf += term;
      term *= mean / (x + 1);
    }
  } else {
    // e^−mean underflows for large means: sum downwards from c − 1 in logs.
    let t = Math.exp((c - 1) * Math.log(mean) - mean - logGamma(c));
    for (let x = c - 1; x >= 0 && t > cdf * 1e-17; x--) {
      cdf += t;
      t *= x / mean;
    }
  }
  return Math.max(0, 1 - cdf);
}

/**
 * The exact Poisson upper control limit: the smallest count `c` with P(X ≥ c) ≤ `alpha` under the mean, so a
 * window whose count reaches `c` alarms with probability at most `alpha` when nothing has changed. Equal to R's
 * `qpois(1 - alpha, mean) + 1`.
 *
 * @param mean - the baseline mean count of the window (≥ 0).
 * @param alpha - the upper-tail probability allowed (0 < alpha < 0.5).
 * @returns the limit, a whole number ≥ 1.
 * @example
 * ```ts
 * poissonUpperLimit(2.5, 0.001); // 10  (R: qpois(0.999, 2.5) + 1)
 * poissonUpperLimit(100, 0.001); // 133 (R: qpois(0.999, 100) + 1)
 * ```
 */
export function poissonUpperLimit(mean: number, alpha: number): number {
  if (!(mean > 0)) return 1;
  // Start from the normal approximation and walk to the exact limit (a few steps either way).
  let c = Math.max(1, Math.floor(mean + 3 * Math.sqrt(mean)));
  while (c > 1 && poissonUpperTail(c - 1, mean) <= alpha) c--;
  while (poissonUpperTail(c, mean) > alpha) c++;
  return c;
}

function logNbPmf(x: number, size: number, prob: number): number {
  return logGamma(x + size) - logGamma(size) - logGamma(x + 1) + size * Math.log(prob) + x * Math.log1p(-prob);
}

/**
 * The probability that a negative-binomial count (size `size`, success probability `prob`; mean
 * size·(1 − prob)/prob, R's parameterisation) is at least `c`: P(X ≥ c).
 *
 * @param c - the count (a whole number).
 * @param size - the size (> 0).
 * @param prob - the success probability (0 < prob ≤ 1).
 * @returns the upper tail, in [0, 1].
 * @example
 * ```ts
 * negativeBinomialUpperTail(10, 10.5, 0.8); // 0.00204 (R: pnbinom(9, size = 10.5, prob = 0.8, lower.tail = FALSE))
 * ```
 */
export function negativeBinomialUpperTail(c: number, size: number, prob: number): number {
  if (c <= 0) return 1;
  if (prob >= 1) return 0;
  const mean = (size * (1 - prob)) / prob;
  if (c > mean) {
    let term = Math.exp(logNbPmf(c, size, prob));
    let sum = 0;
    for (let x = c; term > sum * 1e-17 || x < c + 2; x++) {
      sum += term;
      term *= ((x + size) / (x + 1)) * (1 - prob);
      if (term === 0) break;
    }
    return Math.min(1, sum);
  }
  // Below the mean: 1 − P(X ≤ c − 1), summed downwards from c − 1 in logs.
  let t = Math.exp(logNbPmf(c - 1, size, prob));
  let cdf = 0;
  for (let x = c - 1; x >= 0 && (t > cdf * 1e-17 || x === c - 1); x--) {
    cdf += t;
    t *= x / ((x - 1 + size) * (1 - prob));
  }
  return Math.max(0, 1 - cdf);
}

/**
 * The predictive upper control limit of a count whose Poisson mean is itself estimated: with the mean estimated
 * as `mean` from `windows` past windows (a Jeffreys prior, Gamma(½, 0), updated by their total), the next count is
 * negative binomial with size windows·mean + ½ and probability windows / (windows + 1); the limit is the smallest
 * c with P(X ≥ c) ≤ `alpha` under it (Gelman et al., Bayesian Data Analysis, 3rd ed., §2.6: the Poisson model's
 * negative-binomial predictive distribution). Wider than the Poisson limit while few windows have been seen;
 * equal to R's `qnbinom(1 - alpha, size = windows * mean + 0.5, prob = windows / (windows + 1)) + 1`.
 *
 * @param mean - the estimated mean count per window (≥ 0).
 * @param windows - how many windows the estimate rests on (> 0).
 * @param alpha - the upper-tail probability allowed.
 * @returns the limit, a whole number ≥ 1.
 * @example
 * ```ts
 * predictiveUpperLimit(2.5, 19, 0.001); // 10
 * predictiveUpperLimit(0, 4, 0.0005);   // 4: a slot that has seen nothing still needs several complaints
 * ```
 */
export function predictiveUpperLimit(mean: number, windows: number, alpha: number): number {
  const size = windows * Math.max(0, mean) + 0.5;
  const prob = windows / (windows + 1);
  const m = (size * (1 - prob)) / prob;
  let c = Math.max(1, Math.floor(m + 3 * Math.sqrt(m / prob)));
  while (c > 1 && negativeBinomialUpperTail(c - 1, size, prob) <= alpha) c--;
  while (negativeBinomialUpperTail(c, size, prob) > alpha) c++;
  return c;
}
