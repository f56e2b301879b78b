import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalCdf } from "../../src/stats/normal-cdf.js";
import { normalQuantile } from "../../src/stats/normal-quantile.js";
import { expectClose } from "./_close.js";

describe("normalQuantile", () => {
  // mpmath (40 digits) evaluated at the double nearest each p, not at the decimal.
  it("matches high-precision values (mpmath) in all three regions of AS 241", () => {
    expectClose(normalQuantile(1e-10), -6.3613409024040562, 1e-15);
    expectClose(normalQuantile(0.025), -1.9599639845400542, 1e-15);
    expectClose(normalQuantile(0.3), -0.52440051270804082, 1e-15);
    expectClose(normalQuantile(0.975), 1.9599639845400539, 1e-15);
    expectClose(normalQuantile(0.9999), 3.7190164854557084, 1e-15);
    expect(normalQuantile(0.5)).toBe(0);
  });
  it("maps 0 and 1 to infinities and rejects values outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(1.2)).toThrow(/gaptrace\/normalQuantile/);
  });
  it("inverts normalCdf", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (z) => {
        expect(Math.abs(normalQuantile(normalCdf(z)) - z)).toBeLessThan(1e-9 * Math.max(1, Math.abs(z)) + 2e-16 / normalCdf(-Math.abs(z)));
      }),
    );
  });
});
