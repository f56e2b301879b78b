/**
 * Kish's design effect due to unequal weighting, and the effective sample size it implies.
 * @module
 */
import { assertWeight } from "./_usage.js";
import type { WeightedMoments } from "./weighted-moments.js";

/** Kish's design effect and effective sample size. */
export interface KishDesignEffect {
  /** Number of positive weights. */
  readonly n: number;
  /** deff = n Σw² / (Σw)² (1 for equal weights, larger the more the weights vary). */
  readonly designEffect: number;
  /** n_eff = (Σw)² / Σw² = n / deff. */
  readonly effectiveN: number;
}

/**
 * deff = n Σw² / (Σw)² = 1 + CV²(w): how much unequal weights inflate the variance of a mean, whatever the item,
 * and the effective sample size n_eff = (Σw)² / Σw² (the simple random sample size with the same precision).
 *
 * Source: Kish, L. (1965), *Survey Sampling*, §11.7; Kish, L. (1992), "Weighting for unequal P_i", *Journal of
 * Official Statistics* 8(2), 183–200, eq. 2.
 *
 * @param weights - The sampling weights (finite, ≥ 0; zeros are ignored), or a {@link WeightedMoments} summary.
 * @returns n, the design effect and the effective sample size (NaN for both when no weight is positive).
 * @example
 * ```ts
 * kishDesignEffect([1, 1, 2, 4]); // { n: 4, designEffect: 1.375, effectiveN: 2.909090909090909 }
 * ```
 */
export function kishDesignEffect(weights: readonly number[] | WeightedMoments): KishDesignEffect {
  let n = 0;
  let sumW = 0;
  let sumW2 = 0;
  if (Array.isArray(weights)) {
    for (const w of weights as readonly number[]) {
      assertWeight("kishDesignEffect", w);
      if (w === 0) continue;
      n += 1;
      sumW += w;
      sumW2 += w * w;
    }
  } else {
    const m = weights as WeightedMoments;
    ({ n, sumW, sumW2 } = m);
  }
  if (n === 0) return { n, designEffect: Number.NaN, effectiveN: Number.NaN };
  const effectiveN = (sumW * sumW) / sumW2;
  return { n, designEffect: n / effectiveN, effectiveN };
}
