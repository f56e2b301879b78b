import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError, ValidationError } from "../../src/core/errors.js";
import { casesFrom, casesFromCsv, casesFromJsonl, type CaseRecords } from "../../src/data/cases.js";
import { expectBalanced, rejections } from "./helpers.js";
import { study } from "./fixture.js";

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/data/${name}`, import.meta.url), "utf8");
const at = (iso: string): number => Date.parse(iso);

describe("case records, long form", () => {
  const records = casesFromCsv(study, fixture("cases-long.csv"), { segments: ["region"], file: "cases-long.csv" });

  it("rejects each bad line for its reason, at its line", () => {
    expect(rejections(records.ledger)).toEqual([
      "8: data/unparseable-time",
      "11: data/stop-before-start",
      "12: data/duplicate-event",
      "13: data/unknown-event",
      "14: data/missing-case",
      "15: data/unparseable-time",
      "16: data/missing-value",
      "17: data/unknown-context",
      "18: data/inconsistent-case",
      "19: data/inconsistent-case",
      "20: data/malformed-line",
    ]);
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 19, accepted: 8, rejected: 11 });
    // One value per long-form row: the stop-before-start row, revoked after the load, took its value with it.
    expect(records.ledger.summary().values.valid).toBe(8);
    expectBalanced(records.ledger);
  });

  it("explains the rejections", () => {
    const [noOffset, feb30] = records.ledger.problems("unparseable-time");
    expect(noOffset?.message).toMatch(/no UTC offset/);
    expect(feb30?.message).toMatch(/day 30 does not exist/);
    expect(records.ledger.problems("stop-before-start")[0]?.message).toMatch(/"reconnected" .* comes before "settled" .* metric reconnect-time/);
    expect(records.ledger.problems("duplicate-event")[0]?.message).toMatch(/WO-4.*line 10/);
    expectBalanced(records.ledger);
  });

  it("holds one time column per event, cases created only by good rows", () => {
    expect(records.ids).toEqual(["WO-1", "WO-2", "WO-3", "WO-4"]);
    expect(records.times.get("paid")?.[1]).toBe(1709254800000);
    expect(records.times.get("settled")?.[1]).toBe(at("2024-03-01T10:00:00Z"));
    expect(records.times.get("reconnected")?.[3]).toBeNaN(); // revoked: before its start
    expect(records.times.get("settled")?.[3]).toBe(at("2024-03-05T09:00:00+08:00")); // the first one kept
    expect(records.contexts[records.context[0] ?? -1]).toBe("reconnect-time");
    expect(records.context[1]).toBe(-1);
    expect(records.segments[records.segment[1] ?? 0]).toEqual([["region", "south"]]);
    expect(records.waves).toEqual([""]); // no wave column: the cases count for every survey wave
  });

  it("takes local times with an assumed offset", () => {
    const r = casesFromCsv(study, "case,event,time\nX,paid,2024-03-01 09:00\nX,settled,2024-03-01\n", { assumeOffset: "+08:00" });
    expect(r.times.get("paid")?.[0]).toBe(at("2024-03-01T09:00:00+08:00"));
    expect(r.times.get("settled")?.[0]).toBeNaN(); // midnight is before 09:00: stop before start on settle-lag
    expect(r.ledger.count("stop-before-start")).toBe(1);
    expectBalanced(r.ledger);
    expect(() => casesFrom(study, [], { assumeOffset: "CST" })).toThrow(UsageError);
  });

  it("reads events the file names in its own words, and still by id; unknown words are rejected and counted", () => {
    const csv = "工单,事件,时间\nA,缴清,1709254800000\nA,结清,1709258400000\nB,paid,1709254800000\nB,复电,1709262000000\nC,付款,1709254800000\n";
    const r = casesFromCsv(study, csv, {
      columns: { case: "工单", event: "事件", time: "时间" },
      eventColumns: new Map([["paid", "缴清"], ["settled", " 结清 "], ["reconnected", "复电"]]),
    });
    expect(r.ids).toEqual(["A", "B"]);
    expect(r.times.get("paid")?.[0]).toBe(1709254800000);
    expect(r.times.get("settled")?.[0]).toBe(1709258400000);
    expect(r.times.get("paid")?.[1]).toBe(1709254800000);
    expect(r.times.get("reconnected")?.[1]).toBe(1709262000000);
    expect(rejections(r.ledger)).toEqual(["6: data/unknown-event"]);
    expect(r.ledger.summary()).toMatchObject({ rowsRead: 5, accepted: 4, rejected: 1 });
    expectBalanced(r.ledger);
    // Two events with one word, or a word that is another event's id, would make a row mean two events.
    expect(() => casesFromCsv(study, csv, { eventColumns: new Map([["paid", "缴清"], ["settled", "缴清"]]) })).toThrow(/eventColumns\.settled names event "settled" by "缴清", which is already the word of event "paid"/);
    expect(() => casesFromCsv(study, csv, { eventColumns: new Map([["paid", "settled"]]) })).toThrow(/is the id of another event/);
    // Wide form: the same option names columns, which may repeat no check of words.
    expect(() => casesFromCsv(study, "case,t\nA,1\n", { form: "wide", eventColumns: new Map([["paid", "t"]]) })).not.toThrow();
  });

  it("names the function, the option's path and what to write for every bad option (zod schema)", () => {
    const cases: [unknown, string, RegExp][] = [
      [{ assumeOffset: "CST" }, 'gaptrace/readCases: assumeOffset "CST" is not a UTC offset.', /"\+08:00"/],
      [{ assumeOffset: 8 }, 'gaptrace/readCases: assumeOffset must be a UTC offset such as "+08:00", got 8.', /"\+08:00"/],
      [{ form: "tall" }, 'gaptrace/readCases: form must be "long" or "wide", got "tall".', /a column per event/],
      [{ columns: { time: "t", evnt: "e" } }, 'gaptrace/readCases: columns has no column "evnt"; the columns are case, event, time, context, wave, segment, value.', /spelling/],
      [{ eventColumns: new Map([["nope", "x"]]) }, 'gaptrace/readCases: eventColumns names event "nope", which the study does not have.', /event ids/],
      [{ eventColumns: new Map([["paid", 3]]) }, "gaptrace/readCases: eventColumns.paid must map each event to a column name (a string), got 3.", /new Map/],
      [{ ignoreColumns: "note" }, 'gaptrace/readCases: ignoreColumns must be a list of column names, got "note".', /\["timestamp"\]/],
      [{ defaultWave: 2026 }, "gaptrace/readCases: defaultWave must be a string, got 2026.", /"2026H1"/],
      [{ asumeOffset: "+08:00" }, 'gaptrace/readCases: options have no option "asumeOffset"; the options are form, columns, segments, segmentColumns, eventColumns, durationColumns, ignoreColumns, assumeOffset, defaultWave, file, maxProblemsPerReason, maxSegments.', /spelling/],
    ];
    for (const [options, message, hint] of cases) {
      let error: unknown;
      try {
        casesFrom(study, [], options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message.split("\n")[0]).toBe(message);
      expect((error as UsageError).problems[0]!.hint).toMatch(hint);
    }
    expect(() => casesFromCsv(study, "case;event;time\nc1;paid;1709254800000\n", { delimiter: ";", encoding: "utf-8", maxSegments: Infinity })).not.toThrow();
    expect(() => casesFromJsonl(study, "", { delimiter: ";" } as never)).toThrow(/no option "delimiter"/);
  });
});

describe("case records, wide form", () => {
  it("checks each event cell", () => {
    const records = casesFromCsv(study, fixture("cases-wide.csv"), { form: "wide", segments: ["region"] });
    expect(rejections(records.ledger)).toEqual(["3: data/unknown-event", "3: data/unparseable-time", "4: data/stop-before-start"]);
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
    expect(records.ledger.values).toMatchObject({ read: 10, valid: 7, rejected: 3 });
    expect(records.ledger.problems("stop-before-start")[0]?.path).toEqual(["reconnected"]);
    expectBalanced(records.ledger);
  });

  it("reads objects and JSON Lines the same way", async () => {
    const objects = casesFrom(study, [{ case: "A", paid: 1000, settled: "1970-01-01T00:00:02Z", segment: { region: "n" } }], { form: "wide" });
    expect(objects.times.get("settled")?.[0]).toBe(2000);
    expect(objects.segments[0]).toEqual([["region", "n"]]);
    const jsonl = casesFromJsonl(study, '{"case":"A","event":"paid","time":1000}\n{"case":"A","event":"paid","time":5}\n');
    expect(rejections(jsonl.ledger)).toEqual(["2: data/duplicate-event"]);
    expectBalanced(jsonl.ledger);
    async function* rows() {
      yield { case: "B", event: "settled", time: 7 };
    }
    const fromAsync = await casesFrom(study, rows());
    expect(fromAsync.times.get("settled")?.[0]).toBe(7);
  });
});

describe("properties", () => {
  it("the case ledger reconciles for random garbage", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("", "paid", "settled", "reconnected", "WO-1", "WO-2", "2024-03-01T09:00:00+08:00", "2024-03-01T08:00:00+08:00", "1709254800000", "x", '"'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), fc.boolean(), (rows, wide) => {
        const header = wide ? "case,paid,settled,reconnected,wave" : "case,event,time,wave";
        let records: CaseRecords;
        try {
          records = casesFromCsv(study, [header, ...rows.map((r) => r.join(","))].join("\n"), { form: wide ? "wide" : "long" });
        } catch (e) {
          // Only a file with no data row may stop the load: every line blank (quotes, commas and spaces at most).
          expect((e as ValidationError).problems?.[0]?.code).toBe("data/empty-file");
          expect(rows.every((r) => r.join(",").replace(/[",\s]/g, "") === "")).toBe(true);
          return;
        }
        expectBalanced(records.ledger);
        let times = 0;
        for (const col of records.times.values()) for (const t of col) if (!Number.isNaN(t)) times++;
        expect(times).toBe(records.ledger.values.valid);
      }),
      { numRuns: 150 },
    );
  });
});
