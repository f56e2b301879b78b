import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustBenjaminiHochberg } from "../../src/stats/adjust-benjamini-hochberg.js";
import { adjustHolm } from "../../src/stats/adjust-holm.js";
import { expectAllClose } from "./_close.js";

describe("adjustHolm", () => {
  it("matches the example (R: p.adjust(p, 'holm'))", () => {
    expectAllClose(adjustHolm([0.01, 0.04, 0.03, 0.2]), [0.04, 0.09, 0.09, 0.2], 1e-15);
  });
  it("gives values ≥ the raw ones and ≥ BH's, ≤ 1, in the same order as the raw ones", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (p) => {
        const adj = adjustHolm(p);
        const bh = adjustBenjaminiHochberg(p);
        p.forEach((pi, i) => {
          expect(adj[i]!).toBeGreaterThanOrEqual(pi);
          expect(adj[i]!).toBeGreaterThanOrEqual(bh[i]! - 1e-15);
          expect(adj[i]!).toBeLessThanOrEqual(1);
          p.forEach((pj, j) => {
            if (pi < pj) expect(adj[i]!).toBeLessThanOrEqual(adj[j]!);
          });
        });
      }),
    );
  });
  it("rejects p-values outside [0, 1]", () => {
    expect(() => adjustHolm([1.5])).toThrow(/gaptrace\/adjustHolm/);
  });
});
