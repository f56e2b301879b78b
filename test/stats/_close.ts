/** Test helper: relative closeness with a readable failure message. */
import { expect } from "vitest";

/** |actual − expected| ≤ rel · |expected| (exact when expected is 0). */
export function expectClose(actual: number, expected: number, rel = 1e-12, label = ""): void {
  const tol = expected === 0 ? 0 : rel * Math.abs(expected);
  const err = Math.abs(actual - expected);
  expect(err <= tol, `${label} got ${actual}, expected ${expected} (abs err ${err}, tol ${tol})`).toBe(true);
}

/** Element-wise {@link expectClose}. */
export function expectAllClose(actual: readonly number[], expected: readonly number[], rel = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expectClose(a, expected[i]!, rel, `[${i}]`));
}
