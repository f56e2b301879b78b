/**
 * Open work orders at risk of missing their standard. When an order reaches the event that starts a standard's
 * clock (and is in the standard's scope), its deadline is set: the start plus the threshold, in calendar time,
 * or in working time through the study's working calendar for working-day standards. When no more than the
 * study's risk share of that time is left and the stop event has not come, the order is at risk: a hit on the
 * standard's incident. An order whose stop comes is forgotten; one that passes its deadline open is counted as
 * breached and forgotten, so memory holds only orders still on a clock.
 * @module
 */
import type { Standard, Study } from "../model/study.js";
import { secondsPerUnit } from "../model/units.js";
import type { WorkCalendar } from "../data/calendar.js";

/** An order on a standard's clock. */
interface Entry {
  readonly case: string;
  readonly standard: string;
  readonly start: number;
  readonly riskAt: number;
  readonly deadline: number;
  readonly region: string | undefined;
  done: boolean;
  flagged: boolean;
}

/** An order found at risk. */
export interface DeadlineHit {
  readonly standard: string;
  readonly case: string;
  readonly region: string | undefined;
  readonly start: number;
  readonly deadline: number;
  /** Minutes left on the standard's clock when flagged. */
  readonly minutesLeft: number;
}

/** A standard the monitor cannot watch, and why. */
export interface UnwatchedStandard {
  readonly standard: string;
  readonly why: "no-clock" | "not-a-duration" | "higher-is-better" | "workday-needs-calendar";
}

interface Watched {
  readonly standard: Standard;
  readonly start: string;
  readonly stop: string;
  /** Start (ms) → deadline (ms). */
  readonly deadline: (start: number) => number;
}

const DAY = 86_400_000;

/**
 * The instant when `workdays` working days have elapsed after `start` on a calendar (bisection on the calendar's
 * own measure, so it agrees with how compliance is measured).
 *
 * @param calendar - the working calendar.
 * @param start - epoch ms.
 * @param workdays - working days (> 0).
 * @returns epoch ms, to the millisecond.
 * @example
 * ```ts
 * addWorkdays(workCalendar(), Date.parse("2024-03-01T10:00Z"), 1); // Monday 2024-03-04T10:00Z
 * ```
 */
export function addWorkdays(calendar: WorkCalendar, start: number, workdays: number): number {
  let lo = start;
  let hi = start + Math.ceil(workdays) * DAY;
  // Widen until enough working time lies inside (long holidays): at most a few doublings.
  for (let i = 0; i < 40 && calendar.workdaysBetween(start, hi) < workdays; i++) hi = start + (hi - start) * 2;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (calendar.workdaysBetween(start, mid) >= workdays) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The deadline watch of one monitor. */
export class Deadlines {
  readonly #byStart = new Map<string, Watched[]>();
  readonly #byStop = new Map<string, Watched[]>();
  readonly #open = new Map<string, Entry>();
  readonly #heap: { at: number; entry: Entry; kind: 0 | 1 }[] = [];
  readonly #riskShare: number;
  /** Standards that cannot be watched, and why. */
  readonly unwatched: readonly UnwatchedStandard[];
  /** Orders that passed a deadline still open. */
  breached = 0;
  /** Orders that reached their stop (met or late). */
  stopped = 0;
  /** Orders flagged at risk. */
  flagged = 0;

  /**
   * @param study - the study (its standards, metrics and clocks).
   * @param riskShare - at risk with no more than this share of the time left.
   * @param calendar - the working calendar, for working-day standards.
   */
  constructor(study: Study, riskShare: number, calendar?: WorkCalendar) {
    this.#riskShare = riskShare;
    const unwatched: UnwatchedStandard[] = [];
    const metrics = new Map(study.metrics.map((m) => [m.id, m]));
    for (const s of study.standards) {
      const clock = s.clock ?? metrics.get(s.metric)?.clock;
      if (clock === undefined) {
        unwatched.push({ standard: s.id, why: "no-clock" });
        continue;
      }
      if (s.better !== "lower") {
        unwatched.push({ standard: s.id, why: "higher-is-better" });
        continue;
      }
      let deadline: ((start: number) => number) | undefined;
      if (s.unit === "workday") {
        if (calendar === undefined) {
          unwatched.push({ standard: s.id, why: "workday-needs-calendar" });
          continue;
        }
        deadline = (start) => addWorkdays(calendar, start, s.threshold);
      } else {
        const sec = secondsPerUnit(s.unit);
        if (sec === undefined) {
          unwatched.push({ standard: s.id, why: "not-a-duration" });
          continue;
        }
        deadline = (start) => start + s.threshold * sec * 1000;
      }
      const w: Watched = { standard: s, start: clock.start, stop: clock.stop, deadline };
      push(this.#byStart, clock.start, w);
      push(this.#byStop, clock.stop, w);
    }
    this.unwatched = unwatched;
  }

  /** Orders on a clock now. */
  get open(): number {
    return this.#open.size;
  }

  /**
   * Read one order event.
   * @param caseId - the order.
   * @param event - the study event.
   * @param time - epoch ms.
   * @param region - the order's region.
   * @param segments - the order's segments, for the standards' scopes.
   * @param out - an order stopped after its risk point but before the monitor's clock reached that point is still
   *   a hit (it was at risk), appended here.
   */
  event(caseId: string, event: string, time: number, region: string | undefined, segments: Readonly<Record<string, string>> | undefined, out: DeadlineHit[]): void {
    for (const w of this.#byStop.get(event) ?? []) {
      const key = `${caseId}\u0000${w.standard.id}`;
      const e = this.#open.get(key);
      if (e !== undefined) {
        if (!e.flagged && e.riskAt <= time) {
          this.flagged++;
          out.push({ standard: e.standard, case: e.case, region: e.region, start: e.start, deadline: e.deadline, minutesLeft: Math.max(0, (e.deadline - e.riskAt) / 60_000) });
        }
        if (time > e.deadline) this.breached++;
        e.done = true;
        this.#open.delete(key);
        this.stopped++;
      }
    }
    for (const w of this.#byStart.get(event) ?? []) {
      if (!inScope(w.standard, segments)) continue;
      const key = `${caseId}\u0000${w.standard.id}`;
      if (this.#open.has(key)) continue;
      const deadline = w.deadline(time);
      const riskAt = deadline - (deadline - time) * this.#riskShare;
      const entry: Entry = { case: caseId, standard: w.standard.id, start: time, riskAt, deadline, region, done: false, flagged: false };
      this.#open.set(key, entry);
      this.#push({ at: riskAt, entry, kind: 0 });
    }
  }

  /**
   * Let time pass: orders whose risk point has come are returned; those past their deadline are counted and
   * dropped.
   * @param time - stream time now.
   * @param out - hits are appended here.
   */
  advance(time: number, out: DeadlineHit[]): void {
    const h = this.#heap;
    while (h.length > 0 && (h[0]?.at ?? Infinity) <= time) {
      const top = this.#pop();
      const e = top.entry;
      if (e.done) continue;
      if (top.kind === 0) {
        e.flagged = true;
        this.flagged++;
        out.push({ standard: e.standard, case: e.case, region: e.region, start: e.start, deadline: e.deadline, minutesLeft: Math.max(0, (e.deadline - top.at) / 60_000) });
        this.#push({ at: e.deadline, entry: e, kind: 1 });
      } else {
        this.breached++;
        e.done = true;
        this.#open.delete(`${e.case}\u0000${e.standard}`);
      }
    }
  }

  #push(x: { at: number; entry: Entry; kind: 0 | 1 }): void {
    const h = this.#heap;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((h[p]?.at ?? 0) <= x.at) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = x;
  }

  #pop(): { at: number; entry: Entry; kind: 0 | 1 } {
    const h = this.#heap;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && h[r]!.at < h[l]!.at ? r : l;
        if (h[c]!.at >= last.at) break;
        h[i] = h[c]!;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const xs = m.get(k);
  if (xs === undefined) m.set(k, [v]);
  else xs.push(v);
}

function inScope(s: Standard, segments: Readonly<Record<string, string>> | undefined): boolean {
  for (const c of s.scope) {
    if (segments === undefined || !Object.hasOwn(segments, c.key) || segments[c.key] !== c.value) return false;
  }
  return true;
}
