/**
 * The one duration engine: how long each case took on a clock (from its start event to its stop event), used by
 * the data module's `durationsFor` and by the attribution's case views alike, so both read the same numbers from
 * the same records. One rule for every case: it is measured when it has both events, the stop not before the
 * start, and the duration can be put in the unit asked for; otherwise it is counted under exactly one reason —
 * missing start, missing stop (still open, or not recorded), missing both, stop before start (a data error, not a
 * fast case), or unconverted (working days without a working calendar, or a unit that is not time). No case is
 * dropped without being counted.
 * @module
 */
import { secondsPerUnit } from "../model/units.js";
import type { Unfinished, Unit } from "../model/study.js";
import type { ProportionSummary } from "../stats/proportion-summary.js";
import type { WorkCalendar } from "./calendar.js";
import { scratchPool } from "../stats/drivers/_scratch.js";

/** How one case fares on a clock, before any unit: measurable, or why not. */
export type ClockOutcome = "measurable" | "missing-start" | "missing-stop" | "missing-both" | "stop-before-start";

/**
 * Counts of the cases a clock looked at, by outcome:
 * `considered = measured + missingStart + missingStop + missingBoth + stopBeforeStart + unconverted`.
 */
export interface ClockCounts {
  /** Cases looked at. */
  readonly considered: number;
  /** Cases with the stop event but no start event. */
  readonly missingStart: number;
  /** Cases with the start event but no stop event: still open, or the stop was not recorded. */
  readonly missingStop: number;
  /** Cases with neither event. */
  readonly missingBoth: number;
  /** Cases whose stop comes before their start: a data error, counted and not measured. */
  readonly stopBeforeStart: number;
  /** Cases with both events whose duration cannot be put in the unit (working days without a calendar). */
  readonly unconverted: number;
}

/** The durations of the measured cases on a clock, with the counts of the others. */
export interface ClockMeasure extends ClockCounts {
  /** The measured cases (the indexes given, in the order given). */
  readonly cases: Uint32Array;
  /** The cases with the start event but not the stop (the `missingStop` ones, in the order given). */
  readonly open: Uint32Array;
  /** Their durations, in the unit asked for. */
  readonly values: Float64Array;
}

/**
 * The rule for one case on a clock: missing times are `NaN`; a stop before its start is a data error.
 *
 * @param start - the start event's time (epoch ms), `NaN` when it did not happen or is unknown.
 * @param stop - the stop event's time, likewise.
 * @returns `measurable`, or why the case cannot be measured.
 * @example
 * ```ts
 * clockOutcome(Date.parse("2024-03-01T09:00Z"), Number.NaN); // "missing-stop" (an open case)
 * clockOutcome(2_000, 1_000);                                // "stop-before-start"
 * ```
 */
export function clockOutcome(start: number, stop: number): ClockOutcome {
  const noStart = Number.isNaN(start);
  const noStop = Number.isNaN(stop);
  if (noStart && noStop) return "missing-both";
  if (noStart) return "missing-start";
  if (noStop) return "missing-stop";
  return stop < start ? "stop-before-start" : "measurable";
}

/**
 * How a measurable case's duration is put in a unit: calendar time in s, min, h or d; working days through a
 * working calendar.
 *
 * @param unit - the unit asked for.
 * @param calendar - the working calendar, needed for `workday`.
 * @returns start and stop (epoch ms) → the duration in `unit`, or `undefined` when the unit cannot be reached
 *   (working days without a calendar, a unit that is not time).
 * @example
 * ```ts
 * durationIn("h")?.(0, 5_400_000); // 1.5
 * durationIn("workday");           // undefined: calendar time does not convert into working days
 * ```
 */
export function durationIn(unit: Unit, calendar?: WorkCalendar): ((start: number, stop: number) => number) | undefined {
  if (unit === "workday") return calendar === undefined ? undefined : (a, b) => calendar.workdaysBetween(a, b);
  const seconds = secondsPerUnit(unit);
  return seconds === undefined ? undefined : (a, b) => (b - a) / 1000 / seconds;
}

/**
 * Measure cases on a clock by the one rule ({@link clockOutcome}), in a unit ({@link durationIn}).
 *
 * @param cases - the case indexes to look at, in the order the result should keep.
 * @param start - a case's start time (epoch ms, `NaN` when missing).
 * @param stop - a case's stop time, likewise.
 * @param unit - the unit of the durations.
 * @param calendar - the working calendar, for `workday`.
 * @returns the measured cases and their durations, with every other case counted by its reason.
 * @example
 * ```ts
 * const paid = Float64Array.of(0, 3_600_000, Number.NaN);
 * const done = Float64Array.of(7_200_000, 0, 1);
 * const m = measureClock([0, 1, 2], (i) => paid[i] ?? NaN, (i) => done[i] ?? NaN, "h");
 * m.values;          // Float64Array [2]
 * m.stopBeforeStart; // 1
 * m.missingStart;    // 1
 * ```
 */
export function measureClock(cases: Iterable<number>, start: (i: number) => number, stop: (i: number) => number, unit: Unit, calendar?: WorkCalendar): ClockMeasure {
  const convert = durationIn(unit, calendar);
  const list: ArrayLike<number> = isArrayLike(cases) ? cases : Array.from(cases);
  const len = list.length;
  // The measured cases, their values and the open cases are written into one scratch buffer (three parts of `len`)
  // and copied out at their lengths: no lists grown by pushing (a study with thousands of standards measured them
  // all on a first call). A start or stop reader that measures another clock gets a buffer of its own.
  const own = !measuring;
  const buf = own ? scratch(3 * len) : new Float64Array(3 * len);
  measuring = true;
  try {
    let measured = 0;
    let opened = 0;
    const n = { considered: 0, missingStart: 0, missingStop: 0, missingBoth: 0, stopBeforeStart: 0, unconverted: 0 };
    for (let k = 0; k < len; k++) {
      const i = list[k] as number;
      n.considered++;
      const a = start(i);
      const b = stop(i);
      switch (clockOutcome(a, b)) {
        case "missing-both":
          n.missingBoth++;
          break;
        case "missing-start":
          n.missingStart++;
          break;
        case "missing-stop":
          n.missingStop++;
          buf[2 * len + opened++] = i;
          break;
        case "stop-before-start":
          n.stopBeforeStart++;
          break;
        case "measurable":
          if (convert === undefined) n.unconverted++;
          else {
            buf[measured] = i;
            buf[len + measured++] = convert(a, b);
          }
      }
    }
    return { ...n, cases: new Uint32Array(buf.subarray(0, measured)), open: new Uint32Array(buf.subarray(2 * len, 2 * len + opened)), values: buf.slice(len, len + measured) };
  } finally {
    if (own) measuring = false;
  }
}

/** The scratch of {@link measureClock} (see scratchPool), and whether a measurement is using it. */
const scratch = scratchPool();
let measuring = false;

function isArrayLike(x: Iterable<number>): x is Iterable<number> & ArrayLike<number> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

/**
 * The rule for unfinished cases when neither the standard nor its metric gives one: they are left out.
 *
 * @example
 * ```ts
 * DEFAULT_UNFINISHED.count; // "exclude"
 * ```
 */
export const DEFAULT_UNFINISHED: Unfinished = { count: "exclude" };

/**
 * How the unfinished cases of a clock (started, never stopped) were counted under a rule:
 * `cases = misses + excluded`; `withoutEnd` of the misses had no usable end time under `exclude-if-shorter`.
 */
export interface UnfinishedCounts {
  /** The rule applied. */
  readonly rule: Unfinished;
  /** Cases that started the clock and never reached its stop. */
  readonly cases: number;
  /** Of them, counted as misses of the standard (in its denominator, never meeting it). */
  readonly misses: number;
  /** Of them, left out of the denominator. */
  readonly excluded: number;
  /** Under `exclude-if-shorter`: misses because their end event is missing or comes before the start. */
  readonly withoutEnd: number;
}

/**
 * Apply the rule for unfinished cases: `miss` counts every one as a miss, `exclude` leaves every one out, and
 * `exclude-if-shorter` leaves out those that ended (at the rule's `end` event) less than `seconds` after the start,
 * counting the rest, and those whose end is unknown or before the start, as misses.
 *
 * @param open - the unfinished cases (start recorded, stop missing).
 * @param start - a case's start time (epoch ms).
 * @param end - a case's time of the rule's `end` event (epoch ms, `NaN` when missing); unused by the other rules.
 * @param rule - the rule.
 * @returns the counts.
 * @example
 * ```ts
 * const ends = [3_000, 40_000];
 * countUnfinished([0, 1], () => 0, (i) => ends[i] ?? NaN, { count: "exclude-if-shorter", seconds: 5, end: "abandoned" });
 * // { cases: 2, misses: 1, excluded: 1, withoutEnd: 0, rule: … }
 * ```
 */
export function countUnfinished(open: Iterable<number>, start: (i: number) => number, end: (i: number) => number, rule: Unfinished): UnfinishedCounts {
  let cases = 0;
  let excluded = 0;
  let withoutEnd = 0;
  for (const i of open) {
    cases++;
    if (rule.count === "miss") continue;
    const a = rule.count === "exclude" ? NaN : start(i);
    const b = rule.count === "exclude" ? NaN : end(i);
    if (!countsAsMiss(rule, a, b)) excluded++;
    else if (Number.isNaN(b) || Number.isNaN(a) || b < a) withoutEnd++;
  }
  return { rule, cases, misses: cases - excluded, excluded, withoutEnd };
}

/**
 * Whether one unfinished case counts as a miss under a rule: always under `miss`, never under `exclude`; under
 * `exclude-if-shorter`, unless it ended, after its start, within the grace period (a case with no usable end
 * counts as a miss). {@link countUnfinished} and the per-case exposures of tracing both read it, so a link is
 * measured on the cases the compliance figure counted.
 *
 * @param rule - the basis's rule for unfinished cases.
 * @param start - the case's start (ms), NaN when unknown.
 * @param end - when it ended unfinished (ms, the rule's `end` event), NaN when unknown.
 * @returns true when the case enters the denominator as a miss.
 * @example
 * ```ts
 * countsAsMiss({ count: "exclude-if-shorter", seconds: 5, end: "abandoned" }, 0, 3_000); // false
 * ```
 */
export function countsAsMiss(rule: Unfinished, start: number, end: number): boolean {
  if (rule.count === "miss") return true;
  if (rule.count === "exclude") return false;
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return true;
  // Without a grace period every case that ended at the rule's event is left out (an order the customer cancelled).
  return rule.seconds === undefined ? false : end - start >= rule.seconds * 1000;
}

/**
 * Unfinished cases the abandonment figure leaves out: only those excluded as too short under
 * `exclude-if-shorter` (a caller who hangs up within the grace period never really queued). Under `exclude` the
 * basis keeps unfinished cases out of the compliance share, but they still abandoned: the abandonment figure
 * counts them, or it would always read 0.
 *
 * @param counts - from {@link countUnfinished}.
 * @returns the number to take off both the started and the unfinished counts.
 * @example
 * ```ts
 * leftOutOfAbandonment({ rule: { count: "exclude" }, cases: 4, misses: 0, excluded: 4, withoutEnd: 0 }); // 0
 * ```
 */
export function leftOutOfAbandonment(counts: UnfinishedCounts): number {
  return counts.rule.count === "exclude-if-shorter" ? counts.excluded : 0;
}

/**
 * The sample of a compliance figure: the measured values, sorted, with each unfinished case counted as a miss
 * added at the failing end (a value no threshold is met by in the better direction), so the share, its interval
 * and its verdict count them in the denominator.
 *
 * @param values - the measured durations.
 * @param misses - unfinished cases counted as misses.
 * @param better - which way is better.
 * @returns the sorted sample.
 * @example
 * ```ts
 * complianceSample([30, 70], 1, "lower"); // [30, 70, Number.MAX_VALUE]
 * ```
 */
export function complianceSample(values: ArrayLike<number>, misses: number, better: "lower" | "higher"): number[] {
  const sorted = Array.from(values).sort((a, b) => a - b);
  const miss: number[] = new Array<number>(misses).fill(better === "lower" ? Number.MAX_VALUE : -Number.MAX_VALUE);
  return better === "lower" ? [...sorted, ...miss] : [...miss, ...sorted];
}

/**
 * A value read from a compliance sample: undefined when it lands on an unfinished case counted as a miss (its
 * duration is unknown, beyond every measured one).
 *
 * @param v - a quantile of the sample, or undefined.
 * @returns the value, or undefined.
 * @example
 * ```ts
 * measuredValue(Number.MAX_VALUE); // undefined
 * ```
 */
export function measuredValue(v: number | undefined): number | undefined {
  return v === undefined || Math.abs(v) >= Number.MAX_VALUE ? undefined : v;
}

/**
 * The yes/no summary of an abandonment figure: `unfinished` of `started` cases never reached the clock's stop
 * (unweighted: one case, one count), ready for the statistics module's `estimateProportion`.
 *
 * @param started - cases that reached the start (less any left out as short).
 * @param unfinished - of them, cases that never reached the stop.
 * @returns the summary.
 * @example
 * ```ts
 * abandonmentSummary(200, 30).successes; // 30
 * ```
 */
export function abandonmentSummary(started: number, unfinished: number): ProportionSummary {
  return { n: started, nZeroWeight: 0, successes: unfinished, sumWSuccess: unfinished, sumWFailure: started - unfinished, sumW2Success: unfinished, sumW2Failure: started - unfinished };
}
