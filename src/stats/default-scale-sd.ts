/**
 * A planning value for the standard deviation of a bounded rating scale when no pilot data exist.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertFinite } from "./_usage.js";

/** Options of {@link defaultScaleSd}. */
export interface ScaleSdOptions {
  /**
   * `"range/4"` (default): the rule of thumb that a roughly normal spread covers the range in about four standard
   * deviations; on a 1–5 scale σ = 1, close to what customer surveys observe. `"maximum"`: (max − min)/2, the largest
   * standard deviation any distribution on the scale can have (half the answers at each end); a guarantee, at the
   * price of four times the sample.
   */
  readonly rule?: "range/4" | "maximum";
}

/**
 * A stand-in for σ in {@link sampleSizeForMean}: (max − min)/4 by default, or the bounded-scale maximum
 * (max − min)/2. Replace it with the observed standard deviation of an earlier wave as soon as one exists.
 *
 * Source: range/4 — Lohr, S. L. (2019), *Sampling: Design and Analysis*, 2nd ed., §2.7 (σ ≈ range/4 for
 * planning); maximum — Bhatia, R. & Davis, C. (2000), "A better bound on the variance", *American Mathematical
 * Monthly* 107(4), 353–357 (σ² ≤ (M − m)²/4, Popoviciu's inequality).
 *
 * @param min - Lowest scale point (1 on a 1–5 Likert scale, 0 on 0–10).
 * @param max - Highest scale point.
 * @param options - Which rule.
 * @returns The planning standard deviation.
 * @example
 * ```ts
 * defaultScaleSd(1, 5); // 1
 * defaultScaleSd(1, 5, { rule: "maximum" }); // 2
 * ```
 */
export function defaultScaleSd(min: number, max: number, options: ScaleSdOptions = {}): number {
  assertFinite("defaultScaleSd", "min", min);
  assertFinite("defaultScaleSd", "max", max);
  if (!(max > min)) {
    throw new UsageError("defaultScaleSd", `expecting max > min, got min = ${min}, max = ${max}.`, "Pass the scale's lowest and highest points.");
  }
  const rule = options.rule ?? "range/4";
  if (rule !== "range/4" && rule !== "maximum") {
    throw new UsageError("defaultScaleSd", `unknown rule ${JSON.stringify(rule)}.`, 'Use "range/4" or "maximum".');
  }
  return rule === "maximum" ? (max - min) / 2 : (max - min) / 4;
}
