/**
 * Durations and compliance from case records. A duration is measured between the two events of a clock, so the
 * same records give "hours from settlement (结清) to reconnection" for the standard and "hours from payment (缴清)
 * to reconnection" for what customers experience. Cases missing either event are counted, never dropped.
 * Compliance is the share of measured cases meeting a standard's threshold on the standard's clock, estimated
 * by the statistics module's `estimateCompliance` (Wilson interval and a verdict against the required share).
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import { problem, type Problem } from "../core/problem.js";
import { isStudy } from "../model/study-first.js";
import { secondsPerUnit } from "../model/units.js";
import type { Basis, Clock, Metric, Question, Standard, Study, Unit } from "../model/study.js";
import { estimateCompliance, type ComplianceExtra } from "../stats/estimate-compliance.js";
import type { ProportionOptions } from "../stats/estimate-proportion.js";
import type { Estimate } from "../stats/estimate.js";
import { histogramFromValues } from "../stats/histogram-from-values.js";
import { assertSameBasis } from "./basis.js";
import type { WorkCalendar } from "./calendar.js";
import type { CaseRecords } from "./cases.js";
import { measureClock, type ClockMeasure } from "./clock.js";
import { makeSegment, type SegmentInput } from "./segment.js";

/** What a clock can be taken from: a clock itself, or a standard, metric or question that names one. */
export type ClockSource = Clock | Standard | Metric | Question;

/** Which cases to measure, and how to count working days. */
export interface DurationOptions {
  /** Needed to measure in `workday`: calendar time does not convert into working days by itself. */
  readonly calendar?: WorkCalendar;
  /** Only cases of this wave. */
  readonly wave?: string;
  /** Only cases whose segment has all these pairs. */
  readonly segment?: SegmentInput;
  /** Only cases about this metric or step. */
  readonly context?: string;
}

/**
 * Durations of the cases on one clock, measured by the one duration engine ({@link measureClock}). Every case
 * considered is in exactly one bucket:
 * `considered = values.length + missingStart + missingStop + missingBoth + stopBeforeStart + unconverted`.
 * A stop before its start on a clock the study names was already rejected at load (the stop time is not used,
 * so such a case counts as missing its stop); on other clocks it counts here, under `stopBeforeStart`.
 */
export interface Durations extends ClockMeasure {
  readonly clock: Clock;
  readonly unit: Unit;
  /** The metric the clock came from, when it came from one. */
  readonly metric: string | undefined;
  /** That metric's basis (取数口径); empty for a bare clock. */
  readonly basis: Basis;
  /** Indexes (into the records) of the measured cases, ascending. */
  readonly cases: Uint32Array;
  /** Why some cases could not be measured, when there is a reason beyond missing events. */
  readonly problems: readonly Problem[];
}

function isClock(x: ClockSource): x is Clock {
  return !("id" in x);
}

/** The clock, default unit and metric a source names, looked up in the study where needed. */
function resolveClock(fn: string, study: Study, source: ClockSource): { clock: Clock; unit: Unit | undefined; metric: Metric | undefined } {
  if (isClock(source)) return { clock: source, unit: undefined, metric: undefined };
  const metricOf = (id: string | undefined): Metric | undefined => {
    if (id === undefined) return undefined;
    const m = study.metrics.find((x) => x.id === id);
    if (m === undefined) throw new NotFoundError(fn, "metric", id);
    return m;
  };
  let clock: Clock | undefined;
  let unit: Unit | undefined;
  let metric: Metric | undefined;
  if ("threshold" in source) {
    metric = metricOf(source.metric);
    clock = source.clock ?? metric?.clock;
    unit = source.unit;
  } else if ("scale" in source) {
    metric = metricOf(source.metric);
    clock = source.clock ?? metric?.clock;
    unit = source.scale.type === "numeric" ? source.scale.unit : metric?.unit;
  } else {
    metric = source;
    clock = source.clock;
    unit = source.unit;
  }
  if (clock === undefined) {
    throw new UsageError(fn, `"${source.id}" names no clock (no start and stop events), so no duration can be measured for it.`, "Give the standard, question or its metric a clock: { start, stop }.");
  }
  return { clock, unit, metric };
}

/** Which cases pass the filter. */
function caseFilter(fn: string, records: CaseRecords, options: DurationOptions): (i: number) => boolean {
  const wave = options.wave === undefined ? undefined : records.waves.indexOf(options.wave);
  // Cases loaded without a wave ("") count for every wave.
  const anyWave = records.waves.indexOf("");
  const ctx = options.context === undefined ? undefined : records.contexts.indexOf(options.context);
  let segOk: boolean[] | undefined;
  if (options.segment !== undefined) {
    let want;
    try {
      want = makeSegment(options.segment);
    } catch (e) {
      throw new UsageError(fn, `the segment filter cannot be read (${e instanceof Error ? e.message : String(e)}).`, 'Pass e.g. { region: "north" }.');
    }
    segOk = records.segments.map((s) => want.every(([k, v]) => s.some(([k2, v2]) => k === k2 && v === v2)));
  }
  return (i) =>
    (wave === undefined || records.wave[i] === wave || records.wave[i] === anyWave) &&
    (ctx === undefined || records.context[i] === ctx) &&
    (segOk === undefined || segOk[records.segment[i] ?? 0] === true);
}

/**
 * Durations on a clock, per case: from the clock's start event to its stop event, in the unit asked for.
 * The clock can be given directly or taken from a standard, metric or question (whose unit is then the default).
 *
 * @param records - the case records.
 * @param source - a clock `{ start, stop }`, or a standard, metric or question that names one.
 * @param unit - s, min, h, d, or workday (needs `options.calendar`). Default: the unit of the standard, metric or question.
 * @param options - calendar, and which cases (wave, segment, context).
 * @returns the durations, with counts of the cases that could not be measured.
 * @throws UsageError for a unit that is not a time unit or a clock that cannot be resolved; NotFoundError for
 *   an event the records do not have.
 * @example
 * ```ts
 * const fromSettlement = durationsFor(records, { start: "settled", stop: "reconnected" }, "h");
 * const fromPayment = durationsFor(records, { start: "paid", stop: "reconnected" }, "h");
 * fromPayment.missingStart; // cases whose payment time is unknown
 * ```
 */
export function durationsFor(records: CaseRecords, source: ClockSource, unit?: Unit, options: DurationOptions = {}): Durations {
  const fn = "durationsFor";
  const { clock, unit: defaultUnit, metric } = resolveClock(fn, records.study, source);
  const u = unit ?? defaultUnit;
  if (u === undefined) throw new UsageError(fn, "no unit given for a bare clock.", 'Pass the unit, e.g. durationsFor(records, clock, "h").');
  const seconds = secondsPerUnit(u);
  if (seconds === undefined && u !== "workday") {
    throw new UsageError(fn, `"${u}" is not a unit of time.`, "Measure durations in s, min, h, d or workday.");
  }
  const start = records.times.get(clock.start);
  const stop = records.times.get(clock.stop);
  if (start === undefined) throw new NotFoundError(fn, "event", clock.start);
  if (stop === undefined) throw new NotFoundError(fn, "event", clock.stop);
  const problems: Problem[] = [];
  const calendar = options.calendar;
  if (u === "workday" && calendar === undefined) {
    problems.push(
      problem("data/workday-needs-calendar", "error", [], { start: clock.start, stop: clock.stop }),
    );
  }
  const keep = caseFilter(fn, records, options);
  const kept: number[] = [];
  for (let i = 0; i < records.count; i++) if (keep(i)) kept.push(i);
  const m = measureClock(kept, (i) => start[i] ?? Number.NaN, (i) => stop[i] ?? Number.NaN, u, calendar);
  const stopBeforeStart = m.stopBeforeStart;
  if (stopBeforeStart > 0) {
    problems.push(
      problem("data/stop-before-start", "warning", [], { cases: stopBeforeStart, start: clock.start, stop: clock.stop }),
    );
  }
  return {
    clock,
    unit: u,
    metric: metric?.id,
    basis: metric?.basis ?? [],
    cases: m.cases,
    values: m.values,
    considered: m.considered,
    missingStart: m.missingStart,
    missingStop: m.missingStop,
    missingBoth: m.missingBoth,
    stopBeforeStart,
    unconverted: m.unconverted,
    problems,
  };
}

/** Options of {@link complianceFor}: which cases, the calendar, and the estimator's options (level, minN, method). */
export interface ComplianceOptions extends DurationOptions, ProportionOptions {}

/** How a standard is met by the measured cases. */
export interface Compliance {
  readonly standard: string;
  readonly metric: string;
  /** The metric's basis, with the clock the standard counts on (`clock.start`, `clock.stop`) added. */
  readonly basis: Basis;
  readonly clock: Clock | undefined;
  readonly unit: Unit;
  readonly threshold: number;
  readonly better: "lower" | "higher";
  /** The share of cases the standard requires to comply (0–1). */
  readonly target: number;
  /** Cases that passed the filter. */
  readonly considered: number;
  /** Cases with a duration (both events, convertible). */
  readonly measured: number;
  /** Measured cases meeting the threshold. */
  readonly met: number;
  readonly missingStart: number;
  readonly missingStop: number;
  readonly missingBoth: number;
  readonly stopBeforeStart: number;
  readonly unconverted: number;
  /** `met / measured`; undefined when nothing was measured. */
  readonly share: number | undefined;
  /**
   * The statistics module's estimate of the share (`estimateCompliance`: Wilson interval by default, and a verdict
   * "meets" / "misses" / "inconclusive" against the target), or its "insufficient data" answer; undefined when
   * nothing was measured.
   */
  readonly estimate: Estimate<ComplianceExtra> | undefined;
  /** Whether the point share reaches the target; undefined when nothing was measured. */
  readonly meetsTarget: boolean | undefined;
  readonly problems: readonly Problem[];
}

/**
 * The share of cases meeting a standard: durations on the standard's clock (its own, or its metric's), converted
 * into the standard's unit, compared with the threshold in the direction that is better. Cases missing an event
 * are counted and left out of the share.
 *
 * @param study - the study (for the standard's metric, clock and basis).
 * @param records - the case records.
 * @param standard - the standard, or its id.
 * @param options - calendar (for `workday` standards), level, and which cases.
 * @returns the compliance, with counts, interval and any problem (e.g. working days without a calendar).
 * @throws NotFoundError for an unknown standard or metric; UsageError when the records belong to another study.
 * @example
 * ```ts
 * const c = complianceFor(study, records, "reconnect-24h");
 * c.share;       // e.g. 0.93
 * c.meetsTarget; // false when the standard asks for 0.95
 * ```
 */
export function complianceFor(study: Study, records: CaseRecords, standard: Standard | string, options?: ComplianceOptions): Compliance;
/**
 * The share of cases meeting a standard, with the study third (the 0.1 order).
 *
 * @deprecated Pass the study first: `complianceFor(study, records, standard, options)`. This order is accepted until 0.3.
 * @param records - the case records.
 * @param standard - the standard, or its id.
 * @param study - the study.
 * @param options - calendar, level, and which cases.
 * @returns the compliance.
 * @example
 * ```ts
 * complianceFor(records, "reconnect-24h", study); // as complianceFor(study, records, "reconnect-24h")
 * ```
 */
export function complianceFor(records: CaseRecords, standard: Standard | string, study: Study, options?: ComplianceOptions): Compliance;
export function complianceFor(first: Study | CaseRecords, second: CaseRecords | Standard | string, third: Standard | string | Study, options: ComplianceOptions = {}): Compliance {
  const fn = "complianceFor";
  const oldOrder = !isStudy(first) && isStudy(third);
  const study = (oldOrder ? third : first) as Study;
  const records = (oldOrder ? first : second) as CaseRecords;
  const standard = (oldOrder ? second : third) as Standard | string;
  if (records.study.id !== study.id) {
    throw new UsageError(fn, `the records belong to study "${records.study.id}", not "${study.id}".`, "Use records loaded against the same study.");
  }
  const s = typeof standard === "string" ? study.standards.find((x) => x.id === standard) : standard;
  if (s === undefined) throw new NotFoundError(fn, "standard", String(standard));
  const metric = study.metrics.find((m) => m.id === s.metric);
  if (metric === undefined) throw new NotFoundError(fn, "metric", s.metric);
  const clock = s.clock ?? metric.clock;
  const basis = withClock(metric.basis, clock);
  // What every compliance figure of this standard says about itself, measured or not.
  const head = { standard: s.id, metric: metric.id, basis, clock, unit: s.unit, threshold: s.threshold, better: s.better, target: s.compliance };
  const empty = (p: Problem): Compliance => ({
    ...head,
    considered: 0,
    measured: 0,
    met: 0,
    missingStart: 0,
    missingStop: 0,
    missingBoth: 0,
    stopBeforeStart: 0,
    unconverted: 0,
    share: undefined,
    estimate: undefined,
    meetsTarget: undefined,
    problems: [p],
  });
  if (clock === undefined) {
    return empty(problem("data/no-clock", "error", [], { standard: s.id, metric: metric.id }));
  }
  if (secondsPerUnit(s.unit) === undefined && s.unit !== "workday") {
    return empty(problem("data/not-a-duration", "error", [], { standard: s.id, unit: s.unit }));
  }
  // A scoped standard ("within 45 minutes in cities") applies only to the cases in its scope.
  const scoped: ComplianceOptions =
    s.scope.length === 0 ? options : { ...options, segment: [...(options.segment === undefined ? [] : makeSegment(options.segment)), ...s.scope.map((c) => [c.key, c.value] as const)] };
  const d = durationsFor(records, s, s.unit, scoped);
  let met = 0;
  for (const v of d.values) if (s.better === "lower" ? v <= s.threshold : v >= s.threshold) met++;
  const measured = d.values.length;
  const share = measured === 0 ? undefined : met / measured;
  // Sorted values make the histogram's ordered bin insertion append-only (n log n overall).
  const { calendar: _c, wave: _w, segment: _s, context: _x, ...estimateOptions } = options;
  const estimate =
    measured === 0
      ? undefined
      : estimateCompliance(histogramFromValues(Array.from(d.values).sort((a, b) => a - b)), { threshold: s.threshold, better: s.better, target: s.compliance }, estimateOptions);
  return {
    ...head,
    considered: d.considered,
    measured,
    met,
    missingStart: d.missingStart,
    missingStop: d.missingStop,
    missingBoth: d.missingBoth,
    stopBeforeStart: d.stopBeforeStart,
    unconverted: d.unconverted,
    share,
    estimate,
    meetsTarget: share === undefined ? undefined : share >= s.compliance,
    problems: d.problems,
  };
}

/** The metric's basis with the clock the figure counts on, unless the basis already says. */
function withClock(basis: Basis, clock: Clock | undefined): Basis {
  if (clock === undefined) return basis;
  const keys = new Set(basis.map((b) => b.key));
  const out = [...basis];
  if (!keys.has("clock.start")) out.push({ key: "clock.start", value: clock.start });
  if (!keys.has("clock.stop")) out.push({ key: "clock.stop", value: clock.stop });
  return out;
}

/** The change between two compliance figures of the same metric on the same basis. */
export interface ComplianceChange {
  readonly metric: string;
  /** `after.share − before.share`; undefined when either share is. */
  readonly difference: number | undefined;
  readonly before: Compliance;
  readonly after: Compliance;
}

/**
 * Compare two compliance figures (two waves, two cities) of the same metric. Figures on different bases —
 * another service-level definition, or another clock (from payment vs from settlement) — are not comparable.
 *
 * @param before - the earlier or reference figure.
 * @param after - the other figure.
 * @returns the difference in share.
 * @throws UsageError for different metrics; BasisMismatchError naming each basis key that differs.
 * @example
 * ```ts
 * compareCompliance(complianceFor(study, wave1, "reconnect-24h"), complianceFor(study, wave2, "reconnect-24h")).difference;
 * ```
 */
export function compareCompliance(before: Compliance, after: Compliance): ComplianceChange {
  if (before.metric !== after.metric) {
    throw new UsageError("compareCompliance", `the figures are of different metrics ("${before.metric}" and "${after.metric}").`, "Compare figures of the same metric.");
  }
  assertSameBasis("compareCompliance", before.metric, before.basis, after.basis, ["the first figure", "the second figure"]);
  const difference = before.share === undefined || after.share === undefined ? undefined : after.share - before.share;
  return { metric: before.metric, difference, before, after };
}
