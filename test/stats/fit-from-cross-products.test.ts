/**
 * The regression from sufficient statistics equals the regression from rows: on random weighted data with 0/1 and
 * continuous columns, an aliased column (a copy of an earlier one) and a constant one, round 1's centred
 * cross-products and round 2's residual moments give `fitWeightedRegression`'s coefficients, standard errors,
 * p-values, intervals, aliasing and degrees of freedom.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitFromCrossProducts, solveCrossProducts, type CentredCrossProducts } from "../../src/stats/fit-from-cross-products.js";
import { fitWeightedRegression } from "../../src/stats/fit-weighted-regression.js";

/** Round 1 and round 2 from rows, as a SQL engine would sum them. */
function fromSums(y: number[], cols: number[][], w: number[], minN?: number) {
  const n = y.length;
  const k = cols.length;
  const sw = w.reduce((a, b) => a + b, 0);
  const yBar = y.reduce((a, v, i) => a + (w[i] ?? 0) * v, 0) / sw;
  const xBar = cols.map((c) => c.reduce((a, v, i) => a + (w[i] ?? 0) * v, 0) / sw);
  const sxx = Array.from({ length: k * k }, (_, i) => {
    const [a, b] = [Math.floor(i / k), i % k];
    return b > a ? 0 : y.reduce((s, _, r) => s + (w[r] ?? 0) * ((cols[a]?.[r] ?? 0) - (xBar[a] ?? 0)) * ((cols[b]?.[r] ?? 0) - (xBar[b] ?? 0)), 0);
  });
  const sxy = cols.map((c, a) => y.reduce((s, v, r) => s + (w[r] ?? 0) * ((c[r] ?? 0) - (xBar[a] ?? 0)) * (v - yBar), 0));
  const scale = cols.map((c) => c.reduce((s, v, r) => s + (w[r] ?? 0) * v * v, 0));
  const cp: CentredCrossProducts = { n, sumW: sw, yBar, xBar, sxx, sxy, scale };
  const s = solveCrossProducts(cp, minN);
  if (s.kind === "insufficient") return s;
  const p = 1 + s.kept.length;
  const meat = new Array<number>(p * p).fill(0);
  const score = new Array<number>(p).fill(0);
  for (let r = 0; r < n; r++) {
    const z = [1, ...s.kept.map((j) => (cols[j]?.[r] ?? 0) - (xBar[j] ?? 0))];
    const e = (y[r] ?? 0) - yBar - s.kept.reduce((a, j, m) => a + (s.beta[m] ?? 0) * ((cols[j]?.[r] ?? 0) - (xBar[j] ?? 0)), 0);
    const we = (w[r] ?? 0) * e;
    for (let a = 0; a < p; a++) {
      score[a] = (score[a] ?? 0) + we * (z[a] ?? 0);
      for (let b = 0; b < p; b++) meat[a * p + b] = (meat[a * p + b] ?? 0) + we * we * (z[a] ?? 0) * (z[b] ?? 0);
    }
  }
  return fitFromCrossProducts(cp, s, { meat, score }, { level: 0.95, names: cols.map((_, j) => `x${j}`) });
}

const near = (a: number, b: number, tol = 1e-8): boolean => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe("fitFromCrossProducts", () => {
  it("equals fitWeightedRegression on random weighted data, aliased and constant columns included", () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 80 }), fc.integer({ min: 1, max: 1_000_000 }), (n, seed) => {
        let s = seed;
        const u = (): number => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
        const d = Array.from({ length: n }, () => (u() < 0.4 ? 1 : 0));
        const x = Array.from({ length: n }, () => 50 + 30 * u());
        const cols = [d, x, [...d], Array.from({ length: n }, () => 3)];
        const y = d.map((v, i) => 60 - 12 * v + 0.3 * (x[i] ?? 0) + 20 * (u() - 0.5));
        const w = Array.from({ length: n }, () => 0.5 + 2 * u());
        const rows = fitWeightedRegression(y, cols, w, { names: cols.map((_, j) => `x${j}`) });
        const sums = fromSums(y, cols, w);
        expect(sums.kind).toBe(rows.kind);
        if (rows.kind !== "estimate" || sums.kind !== "estimate") return;
        expect([sums.n, sums.df, sums.rank]).toEqual([rows.n, rows.df, rows.rank]);
        expect(sums.coefficients.map((c) => c.aliased)).toEqual([false, false, true, true]);
        for (const [a, b] of [[sums.intercept, rows.intercept], ...sums.coefficients.map((c, j) => [c, rows.coefficients[j]] as const)] as const) {
          if (b === undefined) throw new Error("no coefficient");
          for (const key of ["estimate", "se", "t", "p"] as const) expect(near(a[key], b[key]), `${a.name}.${key}: ${a[key]} vs ${b[key]}`).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("refuses too few rows as fitWeightedRegression does", () => {
    const r = fromSums([1, 2, 3], [[0, 1, 1]], [1, 1, 1]);
    expect(r).toMatchObject({ kind: "insufficient", n: 3, minN: 4 });
    expect(fitWeightedRegression([1, 2, 3], [[0, 1, 1]], [1, 1, 1])).toMatchObject({ kind: "insufficient", n: 3, minN: 4 });
  });
});
