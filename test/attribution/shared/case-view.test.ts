import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseRecordList, caseView } from "../../../src/attribution/shared/inputs.js";
import { casesFrom } from "../../../src/data/cases.js";
import type { CaseRecord } from "../../../src/data/cases-csv.js";
import { study } from "../../data/fixture.js";

const EVENTS = ["paid", "settled", "reconnected"] as const;
const CLOCKS = [
  { start: "paid", stop: "settled" },
  { start: "settled", stop: "reconnected" },
  { start: "paid", stop: "reconnected" },
];

/** Everything a case view answers, read in full. */
function read(view: ReturnType<typeof caseView>): unknown {
  return {
    ids: view.ids,
    segments: view.ids.map((_, i) => view.segment(i)),
    times: view.ids.map((_, i) => EVENTS.map((e) => view.time?.(i, e))),
    unknown: view.ids.map((_, i) => EVENTS.map((e) => view.unknown?.(i, e))),
    durations: CLOCKS.map((c) => view.durations(c, "min")),
    scoped: CLOCKS.map((c) => view.durations(c, "h", [{ key: "region", value: "north" }])),
    lags: CLOCKS.map((c) => view.lags?.(c.start, c.stop, "s")),
    given: [view.given?.("reconnect-time", "min"), view.given?.("reconnect-time", "h", [{ key: "region", value: "north" }])],
  };
}

/**
 * What the view says of each case (its segment, unknown events and durations given), checked against the case
 * itself in the list of records: the view keeps these as columns, not an object per case.
 */
function expectCasesAsListed(view: ReturnType<typeof caseView>, list: readonly CaseRecord[], wave: string | undefined): void {
  const kept = list.filter((c) => wave === undefined || c.wave === undefined || c.wave === wave);
  view.ids.forEach((id, i) => {
    const same = kept.filter((c) => c.id === id);
    if (same.length !== 1) return; // an id of two records (with and without a wave) is ordered by its events
    const c = same[0] as CaseRecord;
    expect(view.segment(i)).toEqual(c.segment);
    for (const e of EVENTS) expect(view.unknown?.(i, e)).toBe(c.unknownEvents?.includes(e) === true);
    const given = c.given?.get("reconnect-time");
    const all = view.given?.("reconnect-time", "h");
    const at = Array.from(all?.cases ?? []).indexOf(i);
    expect(at < 0 ? undefined : all?.values[at]).toBe(given?.value);
  });
  for (const k of [view.ids.length, -1, 0.5]) expect(view.segment(k)).toBeUndefined();
}

describe("a case view of loaded records", () => {
  it("is the view of the same records as a list of cases, whatever the waves, ids and bad times", () => {
    const row = fc.record({
      c: fc.integer({ min: 0, max: 12 }),
      w: fc.constantFrom("", "1", "2"),
      e: fc.integer({ min: 0, max: 2 }),
      t: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constant(-1)),
      r: fc.constantFrom("north", "south"),
      // A duration given as a number (a long row naming the metric), or none.
      v: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.constantFrom(undefined, "1", "2"), (rows, wave) => {
        const records = casesFrom(
          study,
          rows.flatMap((r) => [
            { case: `C${r.c}`, wave: r.w, event: EVENTS[r.e] ?? "paid", time: r.t < 0 ? "not a time" : 1_700_000_000_000 + r.t, region: `${r.r}-${r.c}`.split("-")[0] },
            ...(r.v === undefined ? [] : [{ case: `C${r.c}`, wave: r.w, event: "reconnect-time", value: r.v, region: r.r }]),
          ]),
          { segments: ["region"] },
        );
        const view = caseView(records, wave);
        expect(read(view)).toEqual(read(caseView(caseRecordList(records), wave)));
        expectCasesAsListed(view, caseRecordList(records), wave);
        expectCasesAsListed(caseView(caseRecordList(records), wave), caseRecordList(records), wave);
      }),
      { numRuns: 150 },
    );
  });
});

describe("a case view's durations", () => {
  it("measured again once more clocks were asked for than it keeps, are the same numbers", () => {
    // Cases in an order their ids do not sort in, each with its events in order, minutes apart.
    const rows = Array.from({ length: 39 }, (_, k) => {
      const c = (k * 7) % 13;
      const e = Math.floor(k / 13);
      return { case: `C${c}`, wave: "1", event: EVENTS[e] ?? "paid", time: 1_700_000_000_000 + c * 3_600_000 + e * (c + 1) * 60_000, region: c % 2 === 0 ? "north" : "south" };
    });
    const view = caseView(casesFrom(study, rows, { segments: ["region"] }));
    const first = view.durations(CLOCKS[0] ?? { start: "paid", stop: "settled" }, "min");
    // 20 requests of 11 other clocks, units and scopes in between: more than the view keeps.
    for (let k = 0; k < 20; k++) view.durations(CLOCKS[k % 3] ?? { start: "paid", stop: "settled" }, (["s", "h", "d", "min"] as const)[k % 4] ?? "s", k % 2 === 0 ? [{ key: "region", value: "north" }] : undefined);
    const again = view.durations(CLOCKS[0] ?? { start: "paid", stop: "settled" }, "min");
    expect(again).toEqual(first);
    expect(first.values.length).toBeGreaterThan(0);
  });
});
