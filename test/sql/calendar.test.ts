/**
 * Working days in SQL (src/data/sql/calendar.ts) count exactly what `workCalendar(...).workdaysBetween` counts:
 * for random calendars (any UTC offset, any weekend, holidays and make-up days on weekdays and on weekends, lists
 * that overlap) and random instants around them, DuckDB's result equals the in-process result bit for bit.
 * (PostgreSQL runs the same expression in test/sql/cases.test.ts, through the case pass.)
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workCalendar, type WorkCalendarOptions } from "../../src/data/calendar.js";
import { workdaysSql } from "../../src/data/sql/calendar.js";
import { duckdbEngine, type DuckDBEngine } from "../../src/sql/index.js";

const DAY = 86_400_000;
/** 2024-01-01 as a day number: the instants fall in the two years after it. */
const BASE = Date.UTC(2024, 0, 1) / DAY;
const date = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

const offsets = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => {
  const m = Math.abs(q) * 15;
  return `${q < 0 ? "-" : "+"}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
});
/** Calendars whose listed days fall where the instants are, so the corrections are exercised. */
const calendars: fc.Arbitrary<WorkCalendarOptions> = fc.record({
  utcOffset: offsets,
  weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  holidays: fc.uniqueArray(fc.integer({ min: 0, max: 120 }).map((d) => date(BASE + d)), { maxLength: 25 }),
  workdays: fc.uniqueArray(fc.integer({ min: 0, max: 120 }).map((d) => date(BASE + d)), { maxLength: 8 }),
});
/** Pairs of instants (ms) in order: the same day, a few days, or months apart; some exactly at midnight UTC. */
const pairs = fc.array(
  fc.tuple(fc.integer({ min: 0, max: 125 * DAY }), fc.oneof(fc.integer({ min: 0, max: DAY }), fc.integer({ min: 0, max: 40 * DAY }), fc.constantFrom(0, DAY, 7 * DAY)), fc.boolean())
    .map(([a, len, midnight]) => {
      const start = BASE * DAY + (midnight ? Math.floor(a / DAY) * DAY : a);
      return [start, start + len] as const;
    }),
  { minLength: 1, maxLength: 40 },
);

describe("working days in SQL (DuckDB)", () => {
  let engine: DuckDBEngine | undefined;
  beforeAll(async () => {
    engine = await duckdbEngine({ threads: 1 });
  }, 60_000);
  afterAll(() => engine?.close());

  async function inSql(options: WorkCalendarOptions, xs: readonly (readonly [number, number])[]): Promise<number[]> {
    const rules = workCalendar(options).rules;
    if (rules === undefined || engine === undefined) throw new Error("no rules or no engine");
    const rows = xs.map(([a, b], i) => `(${i}, CAST(${a} AS BIGINT), CAST(${b} AS BIGINT))`).join(", ");
    const got = await engine.query(`SELECT i, ${workdaysSql("s", "e", rules)} AS w FROM (VALUES ${rows}) AS p(i, s, e) ORDER BY i`);
    return got.map((r) => Number(r["w"]));
  }

  it("equals workdaysBetween bit for bit on random calendars and instants", async () => {
    await fc.assert(
      fc.asyncProperty(calendars, pairs, async (options, xs) => {
        const cal = workCalendar(options);
        const sql = await inSql(options, xs);
        expect(sql).toEqual(xs.map(([a, b]) => cal.workdaysBetween(a, b)));
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("counts the documented cases: a weekend, a holiday, a make-up day, part days, an offset", async () => {
    const t = (s: string): number => Date.parse(s);
    const china = { utcOffset: "+08:00", holidays: ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"], workdays: ["2024-09-29", "2024-10-12"] };
    const xs: [number, number][] = [
      [t("2024-03-01T10:00:00+08:00"), t("2024-03-04T10:00:00+08:00")], // Friday to Monday: 1
      [t("2024-03-04T09:00:00+08:00"), t("2024-03-04T15:00:00+08:00")], // six hours of a weekday: 0.25
      [t("2024-09-28T00:00:00+08:00"), t("2024-10-09T00:00:00+08:00")], // the National Day week with its make-up Sunday
      [t("2024-10-12T12:00:00+08:00"), t("2024-10-12T18:00:00+08:00")], // a make-up Saturday afternoon: 0.25
    ];
    const expected = [1, 0.25, workCalendar(china).workdaysBetween(xs[2]?.[0] ?? 0, xs[2]?.[1] ?? 0), 0.25];
    // Worked: Sunday 29 September (make-up), Monday 30 September and Tuesday 8 October; 1–4 and 7 October are holidays.
    expect(expected[2]).toBe(3);
    expect(await inSql(china, xs)).toEqual(expected);
  }, 60_000);
});
