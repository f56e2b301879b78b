/**
 * Relative weights from listwise cross-products: equal to relative weights from the rows (the same correlation
 * system, decided by the same code), and cross-products of disjoint parts merge into those of the whole.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { driverCrossProducts, driverCrossProductsOfColumns, mergeDriverCrossProducts, relativeWeightsFromCrossProducts } from "../../../src/stats/drivers/cross-products.js";
import { relativeWeights } from "../../../src/stats/drivers/relative-weights.js";
import type { DriverData } from "../../../src/stats/drivers/types.js";

/** Survey-like rows: p points on 0–100, overall depending on them, some answers missing, uneven weights. */
const rowsArb = (p: number) =>
  fc.array(
    fc.record({
      x: fc.array(fc.oneof(fc.integer({ min: 0, max: 4 }).map((k) => k * 25), fc.constant(null)), { minLength: p, maxLength: p }),
      noise: fc.integer({ min: -20, max: 20 }),
      w: fc.oneof(fc.constant(1), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.constant(0)),
    }),
    { minLength: 0, maxLength: 60 },
  );

function data(p: number, rows: readonly { x: readonly (number | null)[]; noise: number; w: number }[]): DriverData {
  return {
    predictors: Array.from({ length: p }, (_, j) => `p${j}`),
    scores: rows.map((r) => r.x),
    overall: rows.map((r) => r.x.reduce<number>((a, v, j) => a + (v ?? 50) * (j + 1), r.noise) / p),
    weights: rows.map((r) => r.w),
  };
}

describe("relativeWeightsFromCrossProducts", () => {
  it("equals relativeWeights on the rows when no predictor is dropped, and agrees on the kind otherwise", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((p) => fc.tuple(fc.constant(p), rowsArb(p))), ([p, rows]) => {
        const d = data(p, rows);
        const fromRows = relativeWeights(d);
        const fromSums = relativeWeightsFromCrossProducts(driverCrossProducts(d));
        const dropped = "dropped" in fromRows ? fromRows.dropped.length : 0;
        if (fromRows.kind === "ok" && dropped === 0) expect(fromSums).toEqual(fromRows);
        else if (dropped === 0) expect(fromSums.kind).toBe(fromRows.kind);
      }),
      { numRuns: 300, seed: 12 },
    );
  });

  it("from columns equals from rows, exactly", () => {
    fc.assert(
      fc.property(rowsArb(3), (rows) => {
        const d = data(3, rows);
        const columns = [0, 1, 2].map((j) => Float64Array.from(rows, (r) => r.x[j] ?? NaN));
        const fromColumns = driverCrossProductsOfColumns(d.predictors, columns, Float64Array.from(d.overall as number[]), Float64Array.from(d.weights ?? []));
        expect(fromColumns).toEqual(driverCrossProducts(d));
      }),
      { numRuns: 100, seed: 5 },
    );
    expect(() => driverCrossProductsOfColumns(["a"], [Float64Array.of(Infinity)], Float64Array.of(1), Float64Array.of(1))).toThrow(/finite scores/);
    expect(() => driverCrossProductsOfColumns(["a"], [Float64Array.of(1)], Float64Array.of(1), Float64Array.of(-1))).toThrow(/weight/);
  });

  it("sums Σ w (xⱼ − x̄ⱼ)(xₖ − x̄ₖ) in row order, to the bit, for 1 to 9 predictors, across the 4,096-row blocks", () => {
    let state = 77;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 2 ** 32;
    };
    for (let p = 1; p <= 9; p++) {
      const n = 8_200 + p;
      const columns = Array.from({ length: p }, (_, j) => Float64Array.from({ length: n }, () => (next() < 0.02 ? NaN : j % 2 === 0 ? Math.floor(next() * 5) * 25 : 1e3 + next())));
      const outcome = Float64Array.from({ length: n }, (_, i) => 40 + (Number.isNaN(columns[0]![i]!) ? 0 : columns[0]![i]! / 3) + 20 * next());
      const weights = Float64Array.from({ length: n }, (_, i) => (i % 17 === 0 ? 0 : 0.3 + 2 * next()));
      const cp = driverCrossProductsOfColumns(Array.from({ length: p }, (_, j) => `p${j}`), columns, outcome, weights);
      // Independently: the complete rows with a positive weight, weighted means in row order, then the products.
      const cols = [...columns, outcome];
      const used = Array.from({ length: n }, (_, i) => i).filter((i) => weights[i]! > 0 && cols.every((c) => !Number.isNaN(c[i]!)));
      let sumW = 0;
      for (const i of used) sumW += weights[i]!;
      const mean = cols.map((c) => {
        let s = 0;
        for (const i of used) s += weights[i]! * c[i]!;
        return s / sumW;
      });
      expect(cp.n).toBe(used.length);
      for (let j = 0; j < cols.length; j++)
        for (let k = 0; k <= j; k++) {
          let acc = 0;
          for (const i of used) acc += weights[i]! * (cols[j]![i]! - mean[j]!) * (cols[k]![i]! - mean[k]!);
          expect(Object.is(cp.cross[j]![k], acc), `p = ${p}, cross[${j}][${k}]`).toBe(true);
          expect(Object.is(cp.cross[k]![j], acc), `p = ${p}, cross[${k}][${j}]`).toBe(true);
        }
    }
  });

  it("merges parts into the whole: counts exactly, means and cross-products to rounding, then the same weights", () => {
    fc.assert(
      fc.property(rowsArb(3), rowsArb(3), (a, b) => {
        const whole = driverCrossProducts(data(3, [...a, ...b]));
        const merged = mergeDriverCrossProducts(driverCrossProducts(data(3, a)), driverCrossProducts(data(3, b)));
        expect([merged.n, merged.rows, merged.answered, merged.min, merged.max]).toEqual([whole.n, whole.rows, whole.answered, whole.min, whole.max]);
        const scale = (x: number) => Math.max(1, Math.abs(x));
        merged.mean.forEach((m, j) => expect(Math.abs(m - (whole.mean[j] ?? NaN))).toBeLessThanOrEqual(1e-12 * scale(m)));
        merged.cross.forEach((r, j) => r.forEach((c, k) => expect(Math.abs(c - (whole.cross[j]?.[k] ?? NaN))).toBeLessThanOrEqual(1e-11 * Math.max(scale(c), whole.cross[j]?.[j] ?? 1))));
        const rw = relativeWeightsFromCrossProducts(whole);
        const rm = relativeWeightsFromCrossProducts(merged);
        expect(rm.kind).toBe(rw.kind);
        if (rw.kind === "ok" && rm.kind === "ok") rw.drivers.forEach((d, j) => expect(Math.abs(d.share - (rm.drivers[j]?.share ?? NaN))).toBeLessThan(1e-9));
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it("refuses to merge cross-products of different predictors", () => {
    const a = driverCrossProducts({ predictors: ["a", "b"], scores: [[1, 2]], overall: [1] });
    const b = driverCrossProducts({ predictors: ["a", "c"], scores: [[1, 2]], overall: [1] });
    expect(() => mergeDriverCrossProducts(a, b)).toThrow(/different predictors/);
  });
});
