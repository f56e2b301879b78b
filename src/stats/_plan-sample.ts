/**
 * The arithmetic shared by {@link sampleSizeForMean} and {@link sampleSizeForProportion}. Internal.
 * @internal
 * @module
 */
import { UsageError } from "../core/errors.js";
import { assertLevel, assertPositive } from "./_usage.js";
import { normalQuantile } from "./normal-quantile.js";
import type { SamplePlan, SampleSizeOptions } from "./sample-plan.js";

/** Round up, forgiving the last bits of floating-point noise (384.0000000001 is 384). */
function ceilClean(x: number): number {
  return Math.ceil(x - 1e-9 * Math.max(1, x));
}

/** Plan for a characteristic with standard deviation `sd` (σ, or √(p(1 − p)) for a proportion). */
export function planSample(
  fn: string,
  sd: number,
  marginOfError: number,
  confidence: number,
  options: SampleSizeOptions,
  unit: (e: number) => string,
): SamplePlan {
  assertPositive(fn, "marginOfError", marginOfError);
  assertLevel(fn, confidence);
  const deff = options.designEffect ?? 1;
  assertPositive(fn, "designEffect", deff);
  const rate = options.responseRate ?? 1;
  if (!(rate > 0 && rate <= 1)) {
    throw new UsageError(fn, `expecting responseRate in (0, 1], got ${String(rate)}.`, "Write the response rate as a share, e.g. 0.6.");
  }
  const N = options.population;
  if (N !== undefined && !(Number.isInteger(N) && N >= 1)) {
    throw new UsageError(fn, `expecting population to be a positive integer, got ${String(N)}.`, "Pass the number of people in the population.");
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const n0 = (deff * (z * sd) ** 2) / marginOfError ** 2;
  // Cochran (1977) eq. 4.2: n = n0 / (1 + (n0 − 1)/N), which is ≤ N for every n0.
  const required = N === undefined ? Math.max(1, ceilClean(n0)) : Math.min(N, Math.max(1, ceilClean(n0 / (1 + (n0 - 1) / N))));
  const maxCompletes = N === undefined ? Infinity : Math.floor(N * rate + 1e-9);
  const n = Math.min(required, maxCompletes);
  const reachable = n >= required;
  // Unreachable: invite everyone (a census); the expected answers are what the population can give.
  const invitations = N === undefined ? ceilClean(n / rate) : reachable ? Math.min(N, ceilClean(n / rate)) : N;
  const census = N !== undefined && invitations >= N;
  const moeInfinite = n > 0 ? z * sd * Math.sqrt(deff / n) : Infinity;
  // Inverting Cochran's correction: n0(n) = n (N − 1)/(N − n), so e(n) = z σ √(deff (N − n)/(n (N − 1))).
  const moe = N === undefined ? moeInfinite : n >= N ? 0 : n > 0 ? z * sd * Math.sqrt((deff * (N - n)) / (n * (N - 1))) : Infinity;
  let note: string;
  if (!reachable && n === 0) {
    note = `the target ±${unit(marginOfError)} needs ${required} completed answers but at a ${Math.round(rate * 100)}% response rate the population of ${N} is expected to give none: no estimate is possible; raise the response rate or pool this group with another`;
  } else if (!reachable) {
    note =
      `the target ±${unit(marginOfError)} needs ${required} completed answers but at a ${Math.round(rate * 100)}% response rate ` +
      `the population of ${N} yields about ${n}; a census gives ±${unit(moe)}`;
  } else if (census) {
    note = `a census: invite all ${N}; with every answer in hand there is no sampling error about these ${N} (±${unit(moeInfinite)} as a sample of the ongoing process)`;
  } else {
    note = `${n} completed answers (invite ${invitations}) give ±${unit(moe)}`;
  }
  return {
    n,
    required,
    n0,
    invitations,
    population: N ?? null,
    census,
    reachable,
    targetMarginOfError: marginOfError,
    marginOfError: moe,
    marginOfErrorInfinite: moeInfinite,
    note,
  };
}
