/**
 * Draws from the distributions the simulator needs (normal, log-normal, categorical), on top of the seeded
 * xoshiro128** generator, so a seed reproduces a data set exactly in every runtime.
 * @module
 */
import { xoshiro128ss, type SeededRandom } from "../stats/drivers/random.js";

/** A seeded source of draws. */
export interface Draws {
  /** A uniform number in [0, 1). */
  readonly uniform: () => number;
  /** A standard normal number (Box–Muller). */
  readonly normal: () => number;
  /** A log-normal number with the given median and standard deviation of its logarithm. */
  readonly logNormal: (median: number, sigmaLog: number) => number;
  /** A uniform integer in [0, n). */
  readonly int: (n: number) => number;
  /** A uniformly chosen element of a non-empty list. */
  readonly pick: <T>(xs: readonly T[]) => T;
}

/**
 * Seeded draws.
 *
 * @param seed - an integer seed.
 * @returns uniform, standard normal (Box–Muller), log-normal, integer and pick draws.
 * @example
 * ```ts
 * const d = draws(7);
 * d.logNormal(30, 0.4); // a positive number near 30, the same for every run with seed 7
 * ```
 */
export function draws(seed: number): Draws {
  const rng: SeededRandom = xoshiro128ss(seed);
  let spare: number | undefined;
  const normal = (): number => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = 0;
    while (u === 0) u = rng.next();
    const v = rng.next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    uniform: () => rng.next(),
    normal,
    logNormal: (median, sigmaLog) => median * Math.exp(sigmaLog * normal()),
    int: (n) => rng.nextInt(n),
    pick: <T>(xs: readonly T[]): T => xs[rng.nextInt(xs.length)] as T,
  };
}
