import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateQuotas } from "../../src/stats/allocate-quotas.js";

describe("allocateQuotas", () => {
  it("matches the examples", () => {
    expect(allocateQuotas(100, [500, 300, 200])).toEqual([50, 30, 20]);
    expect(allocateQuotas(10, [5, 3, 3])).toEqual([4, 3, 3]);
  });
  it("breaks remainder ties towards the earlier segment", () => {
    expect(allocateQuotas(1, [1, 1, 1])).toEqual([1, 0, 0]);
    expect(allocateQuotas(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });
  it("sums to the total, stays within one of the exact share and never exceeds a segment", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 20 }).filter((s) => s.some((x) => x > 0)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sizes, frac) => {
          const population = sizes.reduce((a, b) => a + b, 0);
          const total = Math.floor(frac * population);
          const quotas = allocateQuotas(total, sizes);
          expect(quotas.reduce((a, b) => a + b, 0)).toBe(total);
          quotas.forEach((q, i) => {
            const exact = (total * sizes[i]!) / population;
            expect(Number.isInteger(q)).toBe(true);
            expect(q).toBeGreaterThanOrEqual(Math.floor(exact));
            expect(q).toBeLessThanOrEqual(Math.ceil(exact));
            expect(q).toBeLessThanOrEqual(sizes[i]!);
          });
        },
      ),
    );
  });
  it("refuses a total above the population, and bad sizes", () => {
    expect(() => allocateQuotas(10, [1, 1, 1])).toThrow(/gaptrace\/allocateQuotas: cannot allocate 10 across segments whose population totals 3/);
    expect(() => allocateQuotas(2, [1.5, 3])).toThrow(/gaptrace\/allocateQuotas/);
    expect(() => allocateQuotas(-1, [3])).toThrow(/gaptrace\/allocateQuotas/);
    expect(allocateQuotas(0, [0, 0])).toEqual([0, 0]);
  });
});
