/** Comparing two aggregates: counts and ledgers exactly, moments and weight sums to a relative 1e-12. */
import { expect } from "vitest";
import type { Aggregate } from "../../src/data/aggregate.js";

const TOL = 1e-12;

function close(a: number, b: number, what: string): void {
  const scale = Math.max(1, Math.abs(a), Math.abs(b));
  if (Math.abs(a - b) > TOL * scale) expect.fail(`${what}: ${a} vs ${b} (|Δ| ${Math.abs(a - b)} > ${TOL} × ${scale})`);
}

/** Every cell of `expected` in `actual` and back; counts equal, real numbers to 1e-12 (relative above 1). */
export function expectSameAggregate(actual: Aggregate, expected: Aggregate): void {
  expect(actual.study).toBe(expected.study);
  expect([...actual.cells.keys()]).toEqual([...expected.cells.keys()]);
  expect([...actual.bases]).toEqual([...expected.bases]);
  for (const [key, e] of expected.cells) {
    const a = actual.cells.get(key);
    if (a === undefined) expect.fail(`cell ${key} missing`);
    expect({ point: a.point, missing: a.missing, dontKnow: a.dontKnow, notApplicable: a.notApplicable, n: a.moments.n, nZeroWeight: a.moments.nZeroWeight }, key).toEqual({
      point: e.point,
      missing: e.missing,
      dontKnow: e.dontKnow,
      notApplicable: e.notApplicable,
      n: e.moments.n,
      nZeroWeight: e.moments.nZeroWeight,
    });
    for (const f of ["missingWeight", "dontKnowWeight", "notApplicableWeight"] as const) close(a[f], e[f], `${key} ${f}`);
    for (const f of ["sumW", "mean", "m2", "sumW2", "meanW2", "m2W2"] as const) close(a.moments[f], e.moments[f], `${key} moments.${f}`);
    expect(a.histogram === null, key).toBe(e.histogram === null);
    if (a.histogram !== null && e.histogram !== null) {
      expect(a.histogram.bins.map((b) => [b.value, b.count]), key).toEqual(e.histogram.bins.map((b) => [b.value, b.count]));
      a.histogram.bins.forEach((b, i) => {
        close(b.sumW, e.histogram?.bins[i]?.sumW ?? Number.NaN, `${key} bin ${b.value} sumW`);
        close(b.sumW2, e.histogram?.bins[i]?.sumW2 ?? Number.NaN, `${key} bin ${b.value} sumW2`);
      });
    }
  }
}
