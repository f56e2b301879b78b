import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clockOutcome, durationIn, measureClock } from "../../src/data/clock.js";
import { binsCount, binsHistogram, binsMoments, valueBins } from "../../src/data/case-summary.js";

/** measureClock as it was written before its scratch buffer: lists grown by pushing. */
function reference(cases: readonly number[], start: (i: number) => number, stop: (i: number) => number, unit: "s" | "min" | "h" | "workday") {
  const convert = durationIn(unit);
  const idx: number[] = [];
  const vals: number[] = [];
  const open: number[] = [];
  const n = { considered: 0, missingStart: 0, missingStop: 0, missingBoth: 0, stopBeforeStart: 0, unconverted: 0 };
  for (const i of cases) {
    n.considered++;
    const a = start(i);
    const b = stop(i);
    const o = clockOutcome(a, b);
    if (o === "missing-both") n.missingBoth++;
    else if (o === "missing-start") n.missingStart++;
    else if (o === "missing-stop") {
      n.missingStop++;
      open.push(i);
    } else if (o === "stop-before-start") n.stopBeforeStart++;
    else if (convert === undefined) n.unconverted++;
    else {
      idx.push(i);
      vals.push(convert(a, b));
    }
  }
  return { ...n, cases: Uint32Array.from(idx), open: Uint32Array.from(open), values: Float64Array.from(vals) };
}

const time = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: 0, max: 10_000_000 }));

describe("measureClock", () => {
  it("measures as the pushing version did, from a list, a typed array or any iterable, and nested in a reader", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { maxLength: 60 }), fc.constantFrom("s" as const, "min" as const, "h" as const, "workday" as const), (rows, unit) => {
        const cases = rows.map((_, i) => i);
        const start = (i: number): number => rows[i]?.[0] ?? Number.NaN;
        const stop = (i: number): number => rows[i]?.[1] ?? Number.NaN;
        const want = reference(cases, start, stop, unit);
        expect(measureClock(cases, start, stop, unit)).toEqual(want);
        expect(measureClock(Uint32Array.from(cases), start, stop, unit)).toEqual(want);
        expect(measureClock(new Set(cases), start, stop, unit)).toEqual(want);
        // A start reader that measures another clock on the way: neither measurement disturbs the other.
        const nested = (i: number): number => (measureClock(cases, stop, start, "s").considered >= 0 ? start(i) : Number.NaN);
        expect(measureClock(cases, nested, stop, unit)).toEqual(want);
      }),
    );
  });
});

describe("measureClock's scratch buffer", () => {
  it("is never handed out: a result kept while other clocks are measured keeps its numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(time, time), { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(time, time), { maxLength: 60 }), (first, second) => {
        const reader = (rows: readonly (readonly [number, number])[], side: 0 | 1) => (i: number): number => rows[i]?.[side] ?? Number.NaN;
        const kept = measureClock(first.map((_, i) => i), reader(first, 0), reader(first, 1), "s");
        const copy = { ...kept, cases: kept.cases.slice(), open: kept.open.slice(), values: kept.values.slice() };
        // Two more measurements of other rows (the first the same length, the second any) write the scratch again.
        measureClock(first.map((_, i) => i), reader(first, 1), reader(first, 0), "min");
        measureClock(second.map((_, i) => i), reader(second, 0), reader(second, 1), "h");
        expect(kept).toEqual(copy);
      }),
    );
  });
});

describe("value bins", () => {
  it("are the Map-counted bins, ascending, with their counts and moments", () => {
    const value = fc.oneof(fc.constantFrom(0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY), fc.double({ min: -1e6, max: 1e6 }), fc.integer({ min: -5, max: 5 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        const m = new Map<number, number>();
        for (const v of values) if (Number.isFinite(v)) m.set(v === 0 ? 0 : v, (m.get(v === 0 ? 0 : v) ?? 0) + 1);
        const want = [...m].sort((a, b) => a[0] - b[0]);
        const bins = valueBins(values);
        expect(bins).toEqual(want);
        expect(valueBins(Float64Array.from(values))).toEqual(want);
        expect(valueBins(new Set(values))).toEqual(valueBins([...new Set(values)]));
        expect(binsCount(bins)).toBe(want.reduce((n, b) => n + b[1], 0));
        expect(binsHistogram(bins).bins).toEqual(want.map(([v, c]) => ({ value: v, count: c, sumW: c, sumW2: c })));
        // The moments as the destructuring loops computed them, to the bit.
        const n = want.reduce((k, b) => k + b[1], 0);
        if (n > 0) {
          let sx = 0;
          for (const [v, c] of want) sx += v * c;
          const mean0 = sx / n;
          let d1 = 0;
          let d2 = 0;
          for (const [v, c] of want) {
            d1 += c * (v - mean0);
            d2 += c * (v - mean0) ** 2;
          }
          const mean = mean0 + d1 / n;
          const m2 = Math.max(0, d2 - (d1 * d1) / n);
          expect(binsMoments(bins)).toEqual({ n, nZeroWeight: 0, sumW: n, mean, m2, sumW2: n, meanW2: mean, m2W2: m2 });
        }
      }),
    );
  });
});
