import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../src/stats/student-t-cdf.js";
import { studentTQuantile } from "../../src/stats/student-t-quantile.js";
import { expectClose } from "./_close.js";

describe("studentTQuantile", () => {
  it("matches the examples", () => {
    expectClose(studentTQuantile(0.975, 10), 2.2281388519862739, 1e-14);
    expectClose(studentTQuantile(0.975, Infinity), 1.959963984540054, 1e-15);
  });
  it("matches high-precision values (mpmath) in the far tails and very near ½", () => {
    expectClose(studentTQuantile(1e-20, 499), -9.680284675596128, 1e-13);
    expectClose(studentTQuantile(1e-10, 120), -6.9538622454860665, 1e-13);
    expectClose(studentTQuantile(1e-100, 10000), -21.516974193914982, 1e-13);
    expectClose(studentTQuantile(0.975, 1e7), 1.9599642217672051, 1e-14);
    // R's qt is off by 1.8e-10 and 4e-10 relative at these two points; the true values (mpmath) are:
    expectClose(studentTQuantile(0.5000001, 9), 2.5770877222914438e-7, 1e-13);
    expectClose(studentTQuantile(0.5000001, 1), 3.1415926519363009e-7, 1e-13);
  });
  it("has the closed forms for 1 and 2 degrees of freedom", () => {
    for (const p of [0.001, 0.2, 0.6, 0.99]) {
      expectClose(studentTQuantile(p, 1), Math.tan(Math.PI * (p - 0.5)), 1e-12);
      expectClose(studentTQuantile(p, 2), (2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 1e-12);
    }
  });
  it("inverts studentTCdf and is antisymmetric", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 0.5, noNaN: true }), fc.double({ min: 0.3, max: 3e5, noNaN: true }), (raw, df) => {
        const p = 1 - (1 - raw); // so that 1 − p is exact and the two quantiles are exact mirrors
        const t = studentTQuantile(p, df);
        expectClose(studentTCdf(t, df), p, 1e-9);
        expectClose(studentTQuantile(1 - p, df), -t, 1e-12);
      }),
      { numRuns: 300 },
    );
  });
  it("maps 0 and 1 to infinities", () => {
    expect(studentTQuantile(0, 5)).toBe(-Infinity);
    expect(studentTQuantile(1, 5)).toBe(Infinity);
    expect(() => studentTQuantile(0.5, -1)).toThrow(/gaptrace\/studentTQuantile/);
  });
});
