/**
 * Working days in SQL: the expression that counts, in a database, the working time between two instants exactly
 * as `workCalendar(...).workdaysBetween` counts it in process, so a standard in working days ("a supply scheme
 * within 15 working days") is measured by the SQL case pass to the bit. Portable SQL (integer arithmetic, CASE,
 * floor); no calendar table is needed: whole weeks are counted by formula, and holidays and make-up working days
 * (调休) are a short list of corrections written into the expression.
 * @module
 */
import type { WorkCalendarRules } from "../calendar.js";
import type { SqlDialect } from "./dialect.js";

const DAY = 86_400_000;

/** Floor division of an integer SQL expression by a positive integer, exact for |x| < 2^53 (the same in every dialect). */
const floorDiv = (x: string, by: number, double: string): string => `CAST(floor(CAST(${x} AS ${double}) / ${by}) AS BIGINT)`;

/** The weekday of day number `d` (0 = Sunday): 1970-01-01, day 0, was a Thursday. JavaScript's and SQL's `%` agree. */
const weekdayOf = (d: number): number => (((d + 4) % 7) + 7) % 7;

/**
 * The SQL expression of the working days between two instants, in working days (a double), as
 * `workdaysBetween(start, stop)` computes it: calendar time counted only on working days, summed in whole
 * milliseconds, then divided by the length of a day. Both arguments are SQL expressions of epoch milliseconds
 * (BIGINT), the stop not before the start (the caller's condition; the result is not defined otherwise).
 *
 * The count: with a and b the instants in local time and f, l their day numbers, the part of day f after a (if f is
 * worked), the part of day l before b (if l is worked), and a whole day for each worked day strictly between. Worked
 * days in [x, y) are the weekdays outside the weekend in [x, y), counted by whole weeks, plus the corrections of the
 * listed days whose status differs from their weekday's (a holiday on a weekday: −1; a make-up working day on the
 * weekend: +1), counted by a cumulative CASE over the sorted list.
 *
 * @param start - SQL expression: the start, epoch ms.
 * @param stop - SQL expression: the stop, epoch ms.
 * @param rules - the calendar's rules (`workCalendar(...).rules`).
 * @param dialect - the engine's dialect, for its name of the double type (without one, `DOUBLE PRECISION`, which
 *   DuckDB, PostgreSQL and Trino read).
 * @returns a SQL expression of the dialect's double type.
 * @example
 * ```ts
 * workdaysSql("t0", "t3", workCalendar({ utcOffset: "+08:00" }).rules!); // "(CAST((CASE WHEN ... END) AS DOUBLE PRECISION) / 86400000)"
 * ```
 */
export function workdaysSql(start: string, stop: string, rules: WorkCalendarRules, dialect?: SqlDialect): string {
  const double = dialect?.double ?? "DOUBLE PRECISION";
  const off = rules.offsetMinutes * 60_000;
  const a = `(${start} + ${off})`;
  const b = `(${stop} + ${off})`;
  const f = floorDiv(a, DAY, double);
  const l = floorDiv(b, DAY, double);
  const worked = workedSql(rules);
  const whole = `(${workedBefore(l, rules, double)} - ${workedBefore(`(${f} + 1)`, rules, double)})`;
  const total = `CASE WHEN ${f} = ${l} THEN ${worked(f)} * (${b} - ${a})
  ELSE ${worked(f)} * ((${f} + 1) * ${DAY} - ${a}) + ${worked(l)} * (${b} - ${l} * ${DAY}) + ${DAY} * ${whole} END`;
  return `(CAST((${total}) AS ${double}) / ${DAY})`;
}

/** 1 when day `d` (a SQL integer expression) is worked, else 0: a make-up day is worked, then a holiday is not, then the weekend is not. */
function workedSql(rules: WorkCalendarRules): (d: string) => string {
  const inList = (d: string, xs: readonly number[]): string => (xs.length === 0 ? "FALSE" : `${d} IN (${xs.join(", ")})`);
  const weekend = rules.weekend.filter((w) => Number.isInteger(w) && w >= 0 && w <= 6);
  return (d) => `(CASE WHEN ${inList(d, rules.workdays)} THEN 1 WHEN ${inList(d, rules.holidays)} THEN 0 WHEN ${inList(`(((${d} + 4) % 7) + 7) % 7`, weekend)} THEN 0 ELSE 1 END)`;
}

/** Worked days in [0, v) (negative for v < 0), v a SQL integer expression: whole weeks, the rest of a week, the listed days' corrections. */
function workedBefore(v: string, rules: WorkCalendarRules, double: string): string {
  const weekend = new Set(rules.weekend);
  const perWeek = [0, 1, 2, 3, 4, 5, 6].filter((j) => !weekend.has(weekdayOf(j))).length;
  // Weekdays outside the weekend among day numbers 0 … r − 1, for r = 0 … 6 (the partial week after v's whole weeks).
  const partial = [0, 1, 2, 3, 4, 5, 6].map((r) => [0, 1, 2, 3, 4, 5, 6].slice(0, r).filter((j) => !weekend.has(weekdayOf(j))).length);
  const q = floorDiv(v, 7, double);
  const r = `(${v} - 7 * ${q})`;
  const rest = `(CASE ${r} ${partial.map((n, k) => `WHEN ${k} THEN ${n}`).join(" ")} ELSE 0 END)`;
  return `(${q} * ${perWeek} + ${rest} + ${correctionsBefore(v, rules)})`;
}

/** Σ of the listed days' corrections on days before v: a cumulative CASE over the days in ascending order. */
function correctionsBefore(v: string, rules: WorkCalendarRules): string {
  const weekend = new Set(rules.weekend);
  const extra = new Set(rules.workdays);
  const holidays = new Set(rules.holidays);
  const days = [...new Set([...rules.workdays, ...rules.holidays])].sort((x, y) => x - y);
  const steps: [number, number][] = [];
  let sum = 0;
  for (const d of days) {
    const worked = extra.has(d) || (!holidays.has(d) && !weekend.has(weekdayOf(d)));
    const delta = (worked ? 1 : 0) - (weekend.has(weekdayOf(d)) ? 0 : 1);
    if (delta === 0) continue;
    steps.push([d, sum]);
    sum += delta;
  }
  if (steps.length === 0) return "0";
  // v <= d: day d is not before v, so only the corrections of the days before d count.
  return `(CASE ${steps.map(([d, before]) => `WHEN ${v} <= ${d} THEN ${before}`).join(" ")} ELSE ${sum} END)`;
}
