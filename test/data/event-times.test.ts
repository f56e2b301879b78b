import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { casesFrom } from "../../src/data/cases.js";
import { eventTimeEntries, EventTimes, EventTimeStore, sparseColumnsOf } from "../../src/data/event-times.js";
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

describe("the event time store (entries in blocks)", () => {
  it("finds, overwrites and sorts by event then case like a plain list, across block edges", () => {
    const entry = fc.record({ c: fc.integer({ min: 0, max: 40 }), e: fc.integer({ min: 0, max: 5 }), t: fc.integer({ min: 0, max: 1_000 }), overwrite: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 200 }), fc.constantFrom(1, 2, 3, 16), (entries, blockBits) => {
        const store = new EventTimeStore(blockBits);
        const want = new Map<string, { c: number; e: number; t: number; line: number }>();
        entries.forEach(({ c, e, t, overwrite }, i) => {
          const key = `${c}/${e}`;
          const k = store.find(c, e);
          expect(k >= 0).toBe(want.has(key));
          if (k < 0) store.add(c, e, t, i + 1);
          else if (overwrite) store.overwrite(k, t, -(i + 1));
          else return;
          want.set(key, { c, e, t, line: k < 0 ? i + 1 : -(i + 1) });
          const now = store.find(c, e);
          expect(store.time(now)).toBe(t);
          expect(store.line(now)).toBe(k < 0 ? i + 1 : -(i + 1));
        });
        const sorted = store.sorted(6, 41);
        const list = [...want.values()].sort((a, b) => a.e - b.e || a.c - b.c);
        expect(Array.from(sorted.cases)).toEqual(list.map((x) => x.c));
        expect(Array.from(sorted.times)).toEqual(list.map((x) => x.t));
        expect(Array.from(sorted.lines)).toEqual(list.map((x) => x.line));
        for (let e = 0; e <= 6; e++) expect(sorted.start[e]).toBe(list.filter((x) => x.e < e).length);
      }),
    );
  });

  it("takes entries again once sorted() has emptied it (adding hung: its case list doubled from 0)", () => {
    const store = new EventTimeStore(2);
    store.add(0, 1, 10, 1);
    expect(Array.from(store.sorted(2, 1).times)).toEqual([10]);
    store.add(3, 0, 20, 2);
    store.add(0, 0, 30, 3);
    const again = store.sorted(2, 4);
    expect(Array.from(again.cases)).toEqual([0, 3]);
    expect(Array.from(again.times)).toEqual([30, 20]);
  });
});

describe("sparseColumnsOf", () => {
  it("finds a loaded map's sparse columns without instanceof, and none for any other map", () => {
    const columns = new Map([["paid", { cases: Uint32Array.of(1), times: Float64Array.of(5) }]]);
    const loaded = new EventTimes(3, columns);
    expect(sparseColumnsOf(loaded)).toBe(loaded.sparse);
    expect(eventTimeEntries(loaded)).toBe(loaded.sparse);
    const plain = new Map([["paid", Float64Array.of(Number.NaN, 5, Number.NaN)]]);
    expect(sparseColumnsOf(plain)).toBeUndefined();
    expect([...eventTimeEntries(plain)]).toEqual([["paid", { cases: Uint32Array.of(1), times: Float64Array.of(5) }]]);
  });
});

describe("sparseColumnsOf sees every loaded map (the attribution's case cache and eventTimeEntries rely on it)", () => {
  it("finds the times of records the readers load, of a spread copy of them and of a subclass; not of a dense copy", () => {
    const records = casesFrom(study, [
      { case: "A", event: "paid", time: 5 },
      { case: "B", event: "settled", time: 9 },
    ]);
    const loaded = records.times as EventTimes;
    expect(sparseColumnsOf(loaded)).toBe(loaded.sparse);
    expect(sparseColumnsOf({ ...records }.times)).toBe(loaded.sparse);
    class Tagged extends EventTimes {}
    const sub = new Tagged(records.count, loaded.sparse);
    expect(sparseColumnsOf(sub)).toBe(loaded.sparse);
    // A dense copy is a plain map: its columns are read as written (and equal the loaded ones).
    const copy = new Map(loaded);
    expect(sparseColumnsOf(copy)).toBeUndefined();
    expect([...eventTimeEntries(copy)]).toEqual([...eventTimeEntries(loaded)]);
  });
});
