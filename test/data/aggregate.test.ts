import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import {
  aggregate,
  aggregateFromJSON,
  aggregateToJSON,
  cellKey,
  cellsOf,
  mergeAggregates,
  mergeCells,
  rollup,
  type Aggregate,
  type AggregateCell,
} from "../../src/data/aggregate.js";
import { BasisMismatchError } from "../../src/data/basis.js";
import { responsesFromCsv, type LongResponseRow } from "../../src/data/responses.js";
import { EMPTY_SEGMENT, makeSegment } from "../../src/data/segment.js";
import { StudySchema } from "../../src/model/study.js";
import { expectBalanced } from "./helpers.js";
import { study, studyInput } from "./fixture.js";

const rows: LongResponseRow[] = [
  { respondent: "a", question: "q-sat", value: 5, segment: { region: "north" } },
  { respondent: "b", question: "q-sat", value: 3, weight: 3, segment: { region: "north" } },
  { respondent: "c", question: "q-sat", value: 2, segment: { region: "south" } },
  { respondent: "d", question: "q-sat", value: "", segment: { region: "south" } },
  { respondent: "e", question: "q-sat", value: "DK", weight: 2, segment: { region: "south" } },
  { respondent: "a", question: "q-expect-h", value: 30, segment: { region: "north" } },
  { respondent: "a", question: "q-nps", value: 11, segment: { region: "north" } },
];

const cell = (agg: Aggregate, q: string, seg: Record<string, string>, wave = "1"): AggregateCell | undefined => agg.cells.get(cellKey(q, wave, makeSegment(seg)));

describe("aggregate", () => {
  it("summarises each question × segment × wave in one pass", () => {
    const agg = aggregate(study, rows);
    expect(agg.study).toBe("reconnect-mini");
    const north = cell(agg, "q-sat", { region: "north" });
    expect(north?.point).toBe("ep-reconnect");
    expect(north?.moments).toMatchObject({ n: 2, sumW: 4, mean: 3.5 });
    expect(north?.moments.m2).toBeCloseTo(1 * 1.5 ** 2 + 3 * 0.5 ** 2, 12);
    expect(north?.histogram?.bins).toEqual([
      { value: 3, count: 1, sumW: 3, sumW2: 9 },
      { value: 5, count: 1, sumW: 1, sumW2: 1 },
    ]);
    const south = cell(agg, "q-sat", { region: "south" });
    expect(south).toMatchObject({ missing: 1, dontKnow: 1, missingWeight: 1, dontKnowWeight: 2 });
    expect(south?.moments.n).toBe(1);
    expect(cell(agg, "q-expect-h", { region: "north" })?.histogram).toBeNull(); // numeric: no histogram
    expect(agg.ledger).toMatchObject({ rowsRead: 7, accepted: 6, rejected: 1 });
    expectBalanced(agg.ledger);
    expect([...agg.bases.keys()]).toEqual(["reconnect-time"]);
  });

  it("reads a response source asynchronously", async () => {
    const csv = "respondent,question,value,region\nr1,q-sat,4,n\nr2,q-sat,2,n\nr3,q-sat,9,n\n";
    const agg = await aggregate(study, responsesFromCsv(study, csv, { segments: ["region"] }));
    expect(cell(agg, "q-sat", { region: "n" })?.moments.mean).toBe(3);
    expect(agg.ledger.rejected).toBe(1);
    expectBalanced(agg.ledger);
  });

  it("refuses a source of another study", () => {
    const other = StudySchema.parse({ ...studyInput, id: "other" });
    expect(() => aggregate(study, responsesFromCsv(other, ""))).toThrow(UsageError);
  });

  it("rolls up to coarser segments and across waves", () => {
    const agg = aggregate(study, [
      ...rows,
      { respondent: "a", question: "q-sat", value: 1, wave: "2", segment: { region: "north" } },
    ]);
    const all = rollup(agg);
    expect(cell(all, "q-sat", {})?.moments).toMatchObject({ n: 3, sumW: 5 });
    const merged = rollup(agg, { mergeWavesAs: "all" });
    expect(cell(merged, "q-sat", {}, "all")?.moments.n).toBe(3 + 1);
    expect(cell(merged, "q-sat", {}, "all")?.dontKnow).toBe(1);
    expect(cellsOf(agg, { question: "q-sat", segment: { region: "north" } })).toHaveLength(2);
    expect(cellsOf(agg, { wave: "2" })).toHaveLength(1);
  });

  it("round-trips through JSON", () => {
    const agg = aggregate(study, rows);
    const back = aggregateFromJSON(JSON.parse(JSON.stringify(aggregateToJSON(agg))));
    expect(back).toEqual(agg);
    expect(() => aggregateFromJSON({ format: "nope" })).toThrow(ValidationError);
    const bad = aggregateToJSON(agg);
    const broken = { ...bad, cells: [...bad.cells, bad.cells[0]] };
    expect(() => aggregateFromJSON(broken)).toThrow(/appears twice/);
  });
});

describe("mergeAggregates", () => {
  it("refuses aggregates of different studies, or of a metric on different bases", () => {
    const agg = aggregate(study, rows);
    expect(() => mergeAggregates(agg, { ...agg, study: "other" })).toThrow(UsageError);
    const changed = StudySchema.parse({
      ...studyInput,
      metrics: studyInput.metrics?.map((m) => (m.id === "reconnect-time" ? { ...m, basis: [{ key: "clockStart", value: "paid" }, { key: "excludesWeekends", value: true }] } : m)),
    });
    const other = aggregate(changed, rows);
    let err: unknown;
    try {
      mergeAggregates(agg, other);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(BasisMismatchError);
    const p = (err as BasisMismatchError).problems[0];
    expect(p?.code).toBe("data/basis-mismatch");
    expect(p?.message).toMatch(/reconnect-time/);
    expect(p?.message).toMatch(/clockStart: "settled" in the first aggregate, "paid" in the second aggregate/);
    expect(p?.message).toMatch(/excludesWeekends only in the second aggregate \(true\)/);
  });

  it("refuses to merge cells of different questions", () => {
    const agg = aggregate(study, rows);
    const [a, b] = [cell(agg, "q-sat", { region: "north" }), cell(agg, "q-nps", { region: "north" }) ?? cell(agg, "q-expect-h", { region: "north" })];
    expect(() => mergeCells(a as AggregateCell, b as AggregateCell)).toThrow(/cannot be merged/);
    expect(mergeCells(a as AggregateCell, a as AggregateCell, { ...(a as AggregateCell), segment: EMPTY_SEGMENT }).moments.n).toBe(4);
  });

  const answer = fc.record({
    respondent: fc.integer({ min: 0, max: 40 }).map((i) => `r${i}`),
    question: fc.constantFrom("q-sat", "q-wait-bad", "q-nps", "q-told", "q-expect-h", "q-overall"),
    value: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom("", "DK", "是", "否")),
    weight: fc.constantFrom(1, 0.5, 2, 3.25),
    wave: fc.constantFrom("1", "2"),
    region: fc.constantFrom("north", "south", "east"),
  });

  it("merging partial aggregates equals one pass, for random splits and orders", () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 80 }), fc.array(fc.nat(3), { maxLength: 80 }), (raw, parts) => {
        // One answer per respondent × question × wave, and one weight and region per respondent, so every row is
        // accepted the same way in one pass and in parts.
        const seen = new Set<string>();
        const profile = new Map<string, { weight: number; region: string }>();
        const data = raw.flatMap((r) => {
          const key = `${r.respondent}|${r.question}|${r.wave}`;
          if (seen.has(key)) return [];
          seen.add(key);
          const p = profile.get(`${r.respondent}|${r.wave}`) ?? { weight: r.weight, region: r.region };
          profile.set(`${r.respondent}|${r.wave}`, p);
          return [{ respondent: r.respondent, question: r.question, value: r.value, wave: r.wave, weight: p.weight, segment: { region: p.region } }];
        });
        const whole = aggregate(study, data);
        const split: (typeof data)[] = [[], [], [], []];
        data.forEach((row, i) => split[parts[i] ?? 0]?.push(row));
        const pieces = split.map((part) => aggregate(study, part.reverse()));
        const merged = [pieces[2], pieces[0], pieces[3], pieces[1]].reduce((acc, p) => mergeAggregates(acc as Aggregate, p as Aggregate));
        expectSameAggregate(merged as Aggregate, whole);
      }),
      { numRuns: 200 },
    );
  });
});

/** Same cells (counts exact, sums to rounding) and the same ledger counts. */
function expectSameAggregate(a: Aggregate, b: Aggregate): void {
  expect([...a.cells.keys()]).toEqual([...b.cells.keys()]);
  for (const [key, x] of a.cells) {
    const y = b.cells.get(key) as AggregateCell;
    expect([x.point, x.missing, x.dontKnow, x.moments.n]).toEqual([y.point, y.missing, y.dontKnow, y.moments.n]);
    for (const f of ["sumW", "mean", "m2", "sumW2", "meanW2", "m2W2"] as const) expect(x.moments[f]).toBeCloseTo(y.moments[f], 9);
    expect(x.missingWeight).toBeCloseTo(y.missingWeight, 9);
    expect(x.dontKnowWeight).toBeCloseTo(y.dontKnowWeight, 9);
    expect(x.histogram?.bins.map((bin) => [bin.value, bin.count])).toEqual(y.histogram?.bins.map((bin) => [bin.value, bin.count]));
    x.histogram?.bins.forEach((bin, i) => expect(bin.sumW).toBeCloseTo(y.histogram?.bins[i]?.sumW ?? Number.NaN, 9));
  }
  const la = a.ledger;
  const lb = b.ledger;
  expect([la.rowsRead, la.accepted, la.rejected, la.values, la.byReason]).toEqual([lb.rowsRead, lb.accepted, lb.rejected, lb.values, lb.byReason]);
}
