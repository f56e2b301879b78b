import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { studentTCdf } from "../../src/stats/student-t-cdf.js";
import { expectClose } from "./_close.js";

describe("studentTCdf", () => {
  it("matches the example and closed forms", () => {
    expectClose(studentTCdf(2.228138851986274, 10), 0.975, 1e-14);
    expect(studentTCdf(0, 3)).toBe(0.5);
    // ν = 1 is Cauchy: ½ + atan(t)/π; ν = 2: ½ + t / (2√(2 + t²)).
    for (const t of [-30, -2, -0.5, 0.7, 5]) {
      expectClose(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-13);
      expectClose(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-13);
    }
  });
  it("is accurate for millions of degrees of freedom (mpmath: pt(−5, 1e6) = 2.86699893544537e-7)", () => {
    expectClose(studentTCdf(-5, 1e6), 2.866998935445370784e-7, 1e-12);
  });
  it("gives the far tails for huge degrees of freedom instead of failing (t-values of a 130,000-row regression)", () => {
    expect(studentTCdf(-1500, 129_990)).toBe(0);
    expect(studentTCdf(1500, 129_990)).toBe(1);
    expect(studentTCdf(-Infinity, 2e5)).toBe(0);
    expect(studentTCdf(Infinity, 2e5)).toBe(1);
    // Just inside the cut the expansion still answers, and agrees with the normal to many digits.
    expect(studentTCdf(-37, 1e6)).toBeGreaterThan(0);
    expect(studentTCdf(-37, 1e6)).toBeLessThan(1e-290);
  });

  it("tends to the normal and equals it at Infinity", () => {
    expect(studentTCdf(1.3, Infinity)).toBe(normalCdf(1.3));
    expect(Math.abs(studentTCdf(1.3, 1e9) - normalCdf(1.3))).toBeLessThan(1e-9);
  });
  it("is symmetric and increasing", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 1e4, noNaN: true }), (t, df) => {
        expect(studentTCdf(t, df) + studentTCdf(-t, df)).toBeCloseTo(1, 14);
        expect(studentTCdf(t + 0.01, df)).toBeGreaterThanOrEqual(studentTCdf(t, df));
      }),
    );
  });
  it("rejects bad degrees of freedom", () => {
    expect(() => studentTCdf(1, 0)).toThrow(/gaptrace\/studentTCdf/);
  });
});
