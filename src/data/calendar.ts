/**
 * Working calendars: standards such as "a supply scheme within 15 working days" count working days, which
 * calendar time cannot be converted into without knowing weekends, public holidays and make-up working days
 * (调休). A calendar measures elapsed working time between two instants.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { parseOffset } from "./time.js";

/** Measures elapsed working time. */
export interface WorkCalendar {
  /**
   * Working days elapsed between two instants: calendar time counted only on working days, in days (so from
   * Friday 10:00 to Monday 10:00 is one working day under a Saturday–Sunday weekend).
   * @param startMs - epoch milliseconds.
   * @param stopMs - epoch milliseconds, not before `startMs`.
   * @returns working days (fractional).
   */
  workdaysBetween(startMs: number, stopMs: number): number;
  /**
   * The rules the calendar was built from, resolved (set by {@link workCalendar}): what lets a database count
   * the same working days (the SQL case pass). A calendar without it can only be used in process.
   */
  readonly rules?: WorkCalendarRules;
}

/** A working calendar's rules, resolved: days are numbered from 1970-01-01 (day 0) in the calendar's local time. */
export interface WorkCalendarRules {
  /** The local UTC offset, in minutes east of UTC. */
  readonly offsetMinutes: number;
  /** Days of the week not worked, 0 = Sunday, ascending. */
  readonly weekend: readonly number[];
  /** Day numbers of public holidays, ascending. */
  readonly holidays: readonly number[];
  /** Day numbers of make-up working days (调休), ascending. */
  readonly workdays: readonly number[];
}

/** Options of {@link workCalendar}. */
export interface WorkCalendarOptions {
  /** The local UTC offset days are counted in. Default `"+00:00"`. */
  readonly utcOffset?: string;
  /** Days of the week that are not worked, 0 = Sunday. Default `[0, 6]`. */
  readonly weekend?: readonly number[];
  /** Dates (YYYY-MM-DD) that are not worked although they are weekdays. */
  readonly holidays?: readonly string[];
  /** Dates (YYYY-MM-DD) that are worked although they fall on the weekend (调休). */
  readonly workdays?: readonly string[];
}

const DAY = 86_400_000;

/**
 * A working calendar with a weekly rest pattern, public holidays and make-up working days.
 *
 * @param options - offset, weekend, holidays, make-up working days.
 * @returns the calendar.
 * @throws UsageError on an unreadable offset or date.
 * @example
 * ```ts
 * const cal = workCalendar({ utcOffset: "+08:00", holidays: ["2024-10-01"] });
 * cal.workdaysBetween(Date.parse("2024-03-01T10:00:00+08:00"), Date.parse("2024-03-04T10:00:00+08:00")); // 1
 * ```
 */
export function workCalendar(options: WorkCalendarOptions = {}): WorkCalendar {
  const offsetMin = parseOffset(options.utcOffset ?? "+00:00");
  if (offsetMin === undefined) {
    throw new UsageError("workCalendar", `utcOffset ${JSON.stringify(options.utcOffset)} is not a UTC offset.`, 'Write it like "+08:00".');
  }
  const weekend = new Set(options.weekend ?? [0, 6]);
  const dayNumber = (date: string, what: string): number => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const t = m === null ? Number.NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Date.UTC rolls 2026-13-45 over into 2027; a real date reads back as written.
    if (!Number.isFinite(t) || new Date(t).toISOString().slice(0, 10) !== date) throw new UsageError("workCalendar", `${what} ${JSON.stringify(date)} is not a calendar date (YYYY-MM-DD).`, "Write dates like 2024-10-01.");
    return t / DAY;
  };
  const holidays = new Set((options.holidays ?? []).map((d) => dayNumber(d, "holiday")));
  const extra = new Set((options.workdays ?? []).map((d) => dayNumber(d, "workday")));
  const offsetMs = offsetMin * 60_000;
  const worked = (day: number): boolean => {
    if (extra.has(day)) return true;
    if (holidays.has(day)) return false;
    // 1970-01-01 (day 0) was a Thursday.
    return !weekend.has((((day + 4) % 7) + 7) % 7);
  };
  const ascending = (xs: Iterable<number>): number[] => [...xs].sort((x, y) => x - y);
  const rules: WorkCalendarRules = { offsetMinutes: offsetMin, weekend: ascending(weekend), holidays: ascending(holidays), workdays: ascending(extra) };
  return {
    rules,
    workdaysBetween(startMs: number, stopMs: number): number {
      if (!(stopMs >= startMs)) return Number.NaN;
      const a = startMs + offsetMs;
      const b = stopMs + offsetMs;
      const first = Math.floor(a / DAY);
      const last = Math.floor(b / DAY);
      let total = 0;
      for (let day = first; day <= last; day++) {
        if (!worked(day)) continue;
        const from = Math.max(a, day * DAY);
        const to = Math.min(b, (day + 1) * DAY);
        if (to > from) total += to - from;
      }
      return total / DAY;
    },
  };
}
