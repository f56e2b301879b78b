/**
 * The rule for unfinished cases, as counts: every unfinished case is a miss or left out, never both, never lost;
 * a case whose stop time was given but rejected is unknown, not unfinished; a case missing its start stays outside.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countUnfinished } from "../../src/data/clock.js";
import { casesFrom, casesFromCsv } from "../../src/data/cases.js";
import { complianceFor } from "../../src/data/durations.js";
import { study } from "./call-log.js";

describe("countUnfinished", () => {
  it("puts every unfinished case in exactly one bucket, leaving out only those that ended within the seconds", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.option(fc.integer({ min: -1e4, max: 1e5 }), { nil: undefined })), { maxLength: 60 }),
        fc.constantFrom("miss", "exclude", "exclude-if-shorter"),
        fc.integer({ min: 1, max: 60 }),
        (cases, count, seconds) => {
          const rule = count === "exclude-if-shorter" ? { count, seconds, end: "abandoned" } : { count };
          const start = (i: number): number => cases[i]?.[0] ?? NaN;
          const end = (i: number): number => {
            const lag = cases[i]?.[1];
            return lag === undefined ? NaN : start(i) + lag;
          };
          const u = countUnfinished(cases.map((_, i) => i), start, end, rule);
          expect(u.cases).toBe(cases.length);
          expect(u.misses + u.excluded).toBe(u.cases);
          const short = cases.filter(([, lag]) => lag !== undefined && lag >= 0 && lag < seconds * 1000).length;
          const noEnd = cases.filter(([, lag]) => lag === undefined || lag < 0).length;
          if (count === "miss") expect(u).toMatchObject({ misses: cases.length, excluded: 0 });
          if (count === "exclude") expect(u).toMatchObject({ misses: 0, excluded: cases.length });
          if (count === "exclude-if-shorter") expect(u).toMatchObject({ excluded: short, withoutEnd: noEnd });
        },
      ),
    );
  });
});

describe("exclude-if-shorter without seconds: cases that ended at the end event are left out however late", () => {
  it("leaves out every case with a usable end, and counts the rest as misses", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.option(fc.integer({ min: -1e4, max: 1e9 }), { nil: undefined })), { maxLength: 60 }), (cases) => {
        const start = (i: number): number => cases[i]?.[0] ?? NaN;
        const end = (i: number): number => {
          const lag = cases[i]?.[1];
          return lag === undefined ? NaN : start(i) + lag;
        };
        const u = countUnfinished(cases.map((_, i) => i), start, end, { count: "exclude-if-shorter", end: "cancelled" });
        const ended = cases.filter(([, lag]) => lag !== undefined && lag >= 0).length;
        expect(u).toMatchObject({ cases: cases.length, excluded: ended, misses: cases.length - ended, withoutEnd: cases.length - ended });
      }),
    );
  });

  it("says so in the basis sentence, in English and Chinese", () => {
    const csv = ["Call ID,Offered Time,Answered Time,Abandoned Time", "C1,2026-03-02 09:00:00,2026-03-02 09:00:30,", "C2,2026-03-02 09:01:00,,2026-03-02 19:01:40", "C3,2026-03-02 09:02:00,,", ""].join("\n");
    const records = casesFromCsv(study, csv, {
      form: "wide",
      columns: { case: "Call ID" },
      eventColumns: new Map([["offered", "Offered Time"], ["answered", "Answered Time"], ["abandoned", "Abandoned Time"]]),
      assumeOffset: "+08:00",
    });
    const std = { ...study.standards[0]!, id: "sl60-ended", unfinished: { count: "exclude-if-shorter" as const, end: "abandoned" } };
    const withStd = { ...study, standards: [...study.standards, std] };
    const c = complianceFor(withStd, records, std.id, { minN: 1 });
    // C2 abandoned ten hours later is still left out; C3 never ended and is a miss.
    expect(c.unfinished).toMatchObject({ cases: 2, excluded: 1, misses: 1 });
    expect(c.basisText.en).toContain("except those that ended at");
    expect(c.basisText.en).toMatch(/except those that ended at \S+, which are left out/);
    expect(c.basisText.zh).toMatch(/但以.+结束的不计入/);
  });
});

describe("unknown stops and missing starts under the rule", () => {
  const csv = [
    "Call ID,Offered Time,Answered Time,Abandoned Time",
    "C1,2026-03-02 09:00:00,2026-03-02 09:00:30,", // answered in 30 s
    "C2,2026-03-02 09:01:00,,2026-03-02 09:01:40", // abandoned after 40 s
    "C3,2026-03-02 09:02:00,2026-03-02 09:01:00,", // answered before offered: the answer time is rejected
    "C4,2026-03-02 09:03:00,yesterday,", // unreadable answer time: rejected
    "C5,,2026-03-02 09:04:30,", // no offered time: outside
    "",
  ].join("\n");
  const records = casesFromCsv(study, csv, {
    form: "wide",
    columns: { case: "Call ID" },
    eventColumns: new Map([["offered", "Offered Time"], ["answered", "Answered Time"], ["abandoned", "Abandoned Time"]]),
    assumeOffset: "+08:00",
  });

  it("counts rejected stops as unknown, not unfinished, and reconciles", () => {
    const c = complianceFor(study, records, "sl60-miss", { minN: 1 });
    expect(c).toMatchObject({ considered: 5, measured: 1, missingStart: 1, missingStop: 3, stopRejected: 2, counted: 2, met: 1, share: 0.5 });
    expect(c.unfinished).toMatchObject({ cases: 1, misses: 1, excluded: 0 });
    expect(c.considered).toBe(c.measured + c.missingStart + c.missingStop + c.missingBoth + c.stopBeforeStart + c.unconverted);
    expect(c.missingStop).toBe(c.unfinished.cases + c.stopRejected);
    expect(c.abandonment).toMatchObject({ started: 2, unfinished: 1, share: 0.5 });
    expect(records.rejectedTimes?.get("answered")).toEqual(new Set([2, 3]));
  });

  it("remembers an unreadable stop on a long row, even when the row comes before the case's other rows", () => {
    const long = casesFrom(study, [
      { case: "L1", event: "answered", time: "soon" },
      { case: "L1", event: "offered", time: "2026-03-02T09:00:00+08:00" },
      { case: "L2", event: "offered", time: "2026-03-02T09:00:00+08:00" },
    ]);
    const c = complianceFor(study, long, "sl60-miss", { minN: 1 });
    expect(c).toMatchObject({ missingStop: 2, stopRejected: 1, counted: 1, met: 0 });
    expect(c.unfinished.cases).toBe(1);
  });
});
