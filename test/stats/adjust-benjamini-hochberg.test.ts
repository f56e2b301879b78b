import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adjustBenjaminiHochberg } from "../../src/stats/adjust-benjamini-hochberg.js";
import { expectAllClose } from "./_close.js";

describe("adjustBenjaminiHochberg", () => {
  it("matches the example (R: p.adjust(p, 'BH'))", () => {
    expectAllClose(adjustBenjaminiHochberg([0.01, 0.04, 0.03, 0.2]), [0.04, 0.16 / 3, 0.16 / 3, 0.2], 1e-15);
  });
  it("gives values ≥ the raw ones, ≤ 1, in the same order as the raw ones", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), (p) => {
        const adj = adjustBenjaminiHochberg(p);
        expect(adj).toHaveLength(p.length);
        p.forEach((pi, i) => {
          expect(adj[i]!).toBeGreaterThanOrEqual(pi);
          expect(adj[i]!).toBeLessThanOrEqual(1);
          p.forEach((pj, j) => {
            if (pi < pj) expect(adj[i]!).toBeLessThanOrEqual(adj[j]!);
          });
        });
      }),
    );
  });
  it("handles empty input and rejects invalid p-values", () => {
    expect(adjustBenjaminiHochberg([])).toEqual([]);
    expect(() => adjustBenjaminiHochberg([0.1, Number.NaN])).toThrow(/gaptrace\/adjustBenjaminiHochberg: expecting pValues\[1\]/);
  });
});
