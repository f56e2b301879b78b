import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularizedIncompleteBeta } from "../../src/stats/regularized-incomplete-beta.js";
import { expectClose } from "./_close.js";

describe("regularizedIncompleteBeta", () => {
  it("matches the example and high-precision values (mpmath)", () => {
    expectClose(regularizedIncompleteBeta(0.5, 2, 3), 0.6875, 1e-14);
    expectClose(regularizedIncompleteBeta(0.001, 0.5, 0.5), 0.020135041633377491, 1e-13);
    expectClose(regularizedIncompleteBeta(0.3, 50, 80), 0.020700287911373348, 1e-12);
    expectClose(regularizedIncompleteBeta(0.999, 3, 0.2), 0.66854148390108463, 1e-13);
  });
  it("is 0 and 1 at the ends", () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
  it("has the reflection I_x(a, b) = 1 − I_{1−x}(b, a) and stays in [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        (x, a, b) => {
          const i = regularizedIncompleteBeta(x, a, b);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThanOrEqual(1);
          expect(Math.abs(i + regularizedIncompleteBeta(1 - x, b, a) - 1)).toBeLessThan(1e-12);
        },
      ),
    );
  });
  it("rejects x outside [0, 1]", () => {
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow(/gaptrace\/regularizedIncompleteBeta/);
  });
});
