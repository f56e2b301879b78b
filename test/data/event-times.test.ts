import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesFrom } from "../../src/data/cases.js";
import { eventTimeEntries, EventTimes } from "../../src/data/event-times.js";
import { caseRecordList } from "../../src/attribution/shared/inputs.js";
import { study } from "./fixture.js";

const EVENTS = ["paid", "settled", "reconnected"] as const;

describe("sparse event times of loaded case records", () => {
  it("read as dense columns, the first time of a case's event kept, whatever the row order", () => {
    const row = fc.record({ c: fc.integer({ min: 0, max: 30 }), e: fc.integer({ min: 0, max: 2 }), t: fc.integer({ min: 0, max: 1_000 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), (rows) => {
        // Times grow with the event's place (paid < settled < reconnected), so no stop comes before its start.
        const time = (r: { e: number; t: number }): number => 1_700_000_000_000 + r.e * 10_000_000 + r.t;
        const records = casesFrom(study, rows.map((r) => ({ case: `C${r.c}`, event: EVENTS[r.e] ?? "paid", time: time(r) })));
        const first = new Map<string, number>();
        for (const r of rows) if (!first.has(`C${r.c}/${r.e}`)) first.set(`C${r.c}/${r.e}`, time(r));
        EVENTS.forEach((e, ei) => {
          const col = records.times.get(e);
          expect(col?.length).toBe(records.count);
          records.ids.forEach((id, i) => {
            const want = first.get(`${id}/${ei}`);
            if (want === undefined) expect(col?.[i]).toBeNaN();
            else expect(col?.[i]).toBe(want);
          });
        });
        // The sparse entries and the case list say the same as the dense columns.
        const dense = new Map([...records.times].map(([e, c]) => [e, Float64Array.from(c)] as const));
        expect([...eventTimeEntries(records.times)]).toEqual([...eventTimeEntries(dense)]);
        const list = caseRecordList(records);
        list.forEach((c, i) => expect(c.events).toEqual(EVENTS.flatMap((e) => (Number.isNaN(dense.get(e)?.[i] ?? NaN) ? [] : [[e, dense.get(e)?.[i]]]))));
      }),
    );
  });

  it("is a read-only Map whose columns are copies", () => {
    const records = casesFrom(study, [{ case: "A", event: "paid", time: 5 }]);
    expect(records.times).toBeInstanceOf(EventTimes);
    expect(records.times).toBeInstanceOf(Map);
    expect(records.times.size).toBe(study.events.length);
    expect([...records.times.keys()]).toEqual(study.events.map((e) => e.id));
    const col = records.times.get("paid");
    if (col !== undefined) col[0] = 99;
    expect(records.times.get("paid")?.[0]).toBe(5);
    expect(() => (records.times as Map<string, Float64Array>).set("paid", new Float64Array(1))).toThrow(TypeError);
  });
});
