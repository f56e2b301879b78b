import { describe, expect, it } from "vitest";
import { GaptraceError } from "../../src/core/errors.js";
import { logGamma } from "../../src/stats/log-gamma.js";

// Reference values from mpmath (40 digits).
describe("logGamma", () => {
  it("matches high-precision values", () => {
    const cases: [number, number][] = [
      [1e-10, 23.025850929882735],
      [0.5, 0.57236494292470009],
      [5, 3.1780538303479456],
      [9.99, 12.779315214350193],
      [10, 12.80182748008147],
      [123.456, 469.60554712992948],
      [1e6, 12815504.569147612],
    ];
    for (const [x, want] of cases) expect(Math.abs(logGamma(x) - want)).toBeLessThan(1e-14 * Math.max(1, Math.abs(want)));
  });
  it("is 0 at 1 and 2 to within 1e-14", () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-14);
  });
  it("satisfies Γ(x + 1) = x Γ(x)", () => {
    for (const x of [0.1, 0.7, 3.3, 9.5, 42]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 13);
  });
  it("rejects x ≤ 0 with a usage error", () => {
    expect(() => logGamma(0)).toThrow(GaptraceError);
    expect(() => logGamma(-1)).toThrow(/gaptrace\/logGamma/);
  });
});
