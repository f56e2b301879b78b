import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseRecordList, caseView } from "../../../src/attribution/shared/inputs.js";
import { casesFrom } from "../../../src/data/cases.js";
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
  };
}

describe("a case view of loaded records", () => {
  it("is the view of the same records as a list of cases, whatever the waves, ids and bad times", () => {
    const row = fc.record({
      c: fc.integer({ min: 0, max: 12 }),
      w: fc.constantFrom("", "1", "2"),
      e: fc.integer({ min: 0, max: 2 }),
      t: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.constant(-1)),
      r: fc.constantFrom("north", "south"),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.constantFrom(undefined, "1", "2"), (rows, wave) => {
        const records = casesFrom(
          study,
          rows.map((r) => ({ case: `C${r.c}`, wave: r.w, event: EVENTS[r.e] ?? "paid", time: r.t < 0 ? "not a time" : 1_700_000_000_000 + r.t, region: `${r.r}-${r.c}`.split("-")[0] })),
          { segments: ["region"] },
        );
        expect(read(caseView(records, wave))).toEqual(read(caseView(caseRecordList(records), wave)));
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
