/**
 * Durations and compliance from case records. A duration is measured between the two events of a clock, so the
 * same records give "hours from settlement (结清) to reconnection" for the standard and "hours from payment (缴清)
 * to reconnection" for what customers experience. Cases missing either event are counted, never dropped.
 * Compliance is the share of cases meeting a standard's threshold on the standard's clock, estimated by the
 * statistics module's `estimateCompliance` (Wilson interval and a verdict against the required share). Its
 * denominator follows the rule for unfinished cases (started, never stopped: abandoned calls, open orders): they
 * count as misses, are left out, or are left out when they ended within some seconds. Durations given directly as
 * numbers (`durationColumns`) are used for the cases that have one. Every figure carries its computed basis and a
 * sentence saying it, and the abandonment figure beside it: the share of started cases that never stopped.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import { isRecord, requireArgument, requireStudy } from "../model/arguments.js";
import { convertUnit, secondsPerUnit } from "../model/units.js";
import type { Basis, Clock, Metric, Question, Standard, Study, Unfinished, Unit } from "../model/study.js";
import { estimateCompliance, type ComplianceExtra } from "../stats/estimate-compliance.js";
import { estimateProportion, type ProportionExtra, type ProportionOptions } from "../stats/estimate-proportion.js";
import type { Estimate } from "../stats/estimate.js";
import { histogramFromValues } from "../stats/histogram-from-values.js";
import { assertSameBasis, complianceBasis, type BasisText } from "./basis.js";
import type { WorkCalendar } from "./calendar.js";
import type { CaseRecords } from "./cases.js";
import { abandonmentSummary, complianceSample, countUnfinished, DEFAULT_UNFINISHED, leftOutOfAbandonment, measureClock, type ClockCounts, type ClockMeasure, type UnfinishedCounts } from "./clock.js";
import { makeSegment, type SegmentInput } from "./segment.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

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
  return durationsOn("durationsFor", records, source, unit, options, undefined);
}

/** {@link durationsFor} on the cases passing the filter, or on a list of cases already filtered. */
function durationsOn(fn: string, records: CaseRecords, source: ClockSource, unit: Unit | undefined, options: DurationOptions, only: readonly number[] | undefined): Durations {
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
      problemFrom(DATA_EN, "data/workday-needs-calendar", "error", [], { start: clock.start, stop: clock.stop }),
    );
  }
  const kept: number[] = [];
  if (only === undefined) {
    const keep = caseFilter(fn, records, options);
    for (let i = 0; i < records.count; i++) if (keep(i)) kept.push(i);
  } else for (const i of only) kept.push(i);
  const m = measureClock(kept, (i) => start[i] ?? Number.NaN, (i) => stop[i] ?? Number.NaN, u, calendar);
  const stopBeforeStart = m.stopBeforeStart;
  if (stopBeforeStart > 0) {
    problems.push(
      problemFrom(DATA_EN, "data/stop-before-start", "warning", [], { cases: stopBeforeStart, start: clock.start, stop: clock.stop }),
    );
  }
  return {
    clock,
    unit: u,
    metric: metric?.id,
    basis: metric?.basis ?? [],
    cases: m.cases,
    open: m.open,
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

/** The abandonment figure of a clock: the share of the cases that reached its start and never reached its stop. */
export interface Abandonment {
  /** Cases that reached the start (less those left out as short under `exclude-if-shorter`). */
  readonly started: number;
  /** Of them, cases that never reached the stop. */
  readonly unfinished: number;
  /** `unfinished / started`; undefined when nothing started. */
  readonly share: number | undefined;
  /** The statistics module's estimate (Wilson interval by default), or its "insufficient data" answer. */
  readonly estimate: Estimate<ProportionExtra> | undefined;
  /** What the figure counts, in each report language. */
  readonly basisText: BasisText;
}

/** How a standard is met by the measured cases. */
export interface Compliance {
  readonly standard: string;
  readonly metric: string;
  /**
   * The computed basis (取数口径): the metric's label keys merged with what the figure counts (`clock.start`,
   * `clock.stop`, `threshold`, `unit`, `better`, `unfinished`, `unfinished.seconds`, `unfinished.end`, and
   * `durations: given` when numbers given in the data were used). Figures compare only when these agree.
   */
  readonly basis: Basis;
  /** The basis in words, in each report language. */
  readonly basisText: BasisText;
  readonly clock: Clock | undefined;
  readonly unit: Unit;
  readonly threshold: number;
  readonly better: "lower" | "higher";
  /** The share of cases the standard requires to comply (0–1). */
  readonly target: number;
  /** Cases that passed the filter. */
  readonly considered: number;
  /** Cases with a duration (both events, or a given number, convertible). */
  readonly measured: number;
  /** Of the measured cases, those whose duration was given directly as a number. */
  readonly given: number;
  /** The denominator of the share: measured cases and unfinished cases counted as misses. */
  readonly counted: number;
  /** Measured cases meeting the threshold. */
  readonly met: number;
  /**
   * The cases that started the clock and never reached its stop (of `missingStop`), and how the rule counted them.
   * `missingStop = unfinished.cases + stopRejected`.
   */
  readonly unfinished: UnfinishedCounts;
  /** Cases whose stop time was given but rejected (unreadable, before the start): unknown, left out, not unfinished. */
  readonly stopRejected: number;
  /** The share of started cases that never reached the stop, on the same rule; undefined without a clock. */
  readonly abandonment: Abandonment | undefined;
  readonly missingStart: number;
  readonly missingStop: number;
  readonly missingBoth: number;
  readonly stopBeforeStart: number;
  readonly unconverted: number;
  /** `met / counted`; undefined when nothing was counted. */
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
export function complianceFor(study: Study, records: CaseRecords, standard: Standard | string, options: ComplianceOptions = {}): Compliance {
  const fn = "complianceFor";
  requireStudy(fn, study);
  requireArgument(fn, "second", records, "case records (from casesFrom, casesFromCsv or readCasesCsv)", (v) => isRecord(v) && isRecord(v["study"]), "Pass the study first, then the records: complianceFor(study, records, standard, options).");
  if (records.study.id !== study.id) {
    throw new UsageError(fn, `the records belong to study "${records.study.id}", not "${study.id}".`, "Use records loaded against the same study.");
  }
  const s = typeof standard === "string" ? study.standards.find((x) => x.id === standard) : standard;
  if (s === undefined) throw new NotFoundError(fn, "standard", String(standard));
  const metric = study.metrics.find((m) => m.id === s.metric);
  if (metric === undefined) throw new NotFoundError(fn, "metric", s.metric);
  const clock = s.clock ?? metric.clock;
  const rule = unfinishedRuleOf(s, metric);
  const given = usableGiven(records, s, metric);
  const basisOf = (usedGiven: boolean): ReturnType<typeof complianceBasis> => complianceBasis(study, s, metric, { clock, rule, given: usedGiven });
  const empty = (p: Problem): Compliance => {
    const b = basisOf(false);
    const counts = { considered: 0, missingStart: 0, missingStop: 0, missingBoth: 0, stopBeforeStart: 0, unconverted: 0 };
    return { ...head(s, metric, clock, b), ...counts, measured: 0, given: 0, counted: 0, met: 0, unfinished: countUnfinished([], () => 0, () => 0, rule), stopRejected: 0, abandonment: undefined, share: undefined, estimate: undefined, meetsTarget: undefined, problems: [p] };
  };
  if (clock === undefined && given.values === undefined) {
    return empty(problemFrom(DATA_EN, "data/no-clock", "error", [], { standard: s.id, metric: metric.id }));
  }
  if (secondsPerUnit(s.unit) === undefined && s.unit !== "workday") {
    return empty(problemFrom(DATA_EN, "data/not-a-duration", "error", [], { standard: s.id, unit: s.unit }));
  }
  // A scoped standard ("within 45 minutes in cities") applies only to the cases in its scope.
  const scoped: ComplianceOptions =
    s.scope.length === 0 ? options : { ...options, segment: [...(options.segment === undefined ? [] : makeSegment(options.segment)), ...s.scope.map((c) => [c.key, c.value] as const)] };
  const m = measureStandard(fn, records, clock, s.unit, scoped, given.values);
  const end = rule.end === undefined ? undefined : records.times.get(rule.end);
  const startTimes = clock === undefined ? undefined : records.times.get(clock.start);
  const unfinished = countUnfinished(m.open, (i) => startTimes?.[i] ?? Number.NaN, (i) => end?.[i] ?? Number.NaN, rule);
  let met = 0;
  for (const v of m.values) if (s.better === "lower" ? v <= s.threshold : v >= s.threshold) met++;
  const measured = m.values.length;
  const counted = measured + unfinished.misses;
  const share = counted === 0 ? undefined : met / counted;
  const { calendar: _c, wave: _w, segment: _s, context: _x, ...estimateOptions } = options;
  const estimate =
    counted === 0 ? undefined : estimateCompliance(histogramFromValues(complianceSample(m.values, unfinished.misses, s.better)), { threshold: s.threshold, better: s.better, target: s.compliance }, estimateOptions);
  const b = basisOf(m.given > 0);
  const abandonment = clock === undefined ? undefined : abandonmentOf(measured + m.unconverted + unfinished.cases - leftOutOfAbandonment(unfinished), unfinished.cases - leftOutOfAbandonment(unfinished), b.abandonment, estimateOptions);
  return {
    ...head(s, metric, clock, b),
    considered: m.considered,
    measured,
    given: m.given,
    counted,
    met,
    missingStart: m.missingStart,
    missingStop: m.missingStop,
    missingBoth: m.missingBoth,
    stopBeforeStart: m.stopBeforeStart,
    unconverted: m.unconverted,
    unfinished,
    stopRejected: m.missingStop - unfinished.cases,
    abandonment,
    share,
    estimate,
    meetsTarget: share === undefined ? undefined : share >= s.compliance,
    problems: [...given.problems, ...m.problems],
  };
}

/** What every compliance figure of a standard says about itself, measured or not. */
function head(s: Standard, metric: Metric, clock: Clock | undefined, b: { basis: Basis; text: BasisText }): Pick<Compliance, "standard" | "metric" | "basis" | "basisText" | "clock" | "unit" | "threshold" | "better" | "target"> {
  return { standard: s.id, metric: metric.id, basis: b.basis, basisText: b.text, clock, unit: s.unit, threshold: s.threshold, better: s.better, target: s.compliance };
}

/**
 * The rule for a standard's unfinished cases: its own, else its metric's, else `exclude` (left out, as before the
 * rule existed).
 *
 * @param standard - the standard.
 * @param metric - its metric.
 * @returns the rule.
 * @example
 * ```ts
 * unfinishedRuleOf(standard, metric); // { count: "exclude" } when neither says
 * ```
 */
export function unfinishedRuleOf(standard: Standard, metric: Metric | undefined): Unfinished {
  return standard.unfinished ?? metric?.unfinished ?? DEFAULT_UNFINISHED;
}

/** The metric's durations given as numbers, when the standard may use them (it counts on the metric's own clock). */
function usableGiven(records: CaseRecords, s: Standard, metric: Metric): { values: { unit: Unit; values: Float64Array } | undefined; problems: Problem[] } {
  const g = records.givenDurations?.get(metric.id);
  if (g === undefined) return { values: undefined, problems: [] };
  const other = s.clock !== undefined && metric.clock !== undefined && (s.clock.start !== metric.clock.start || s.clock.stop !== metric.clock.stop);
  const otherNoMetricClock = s.clock !== undefined && metric.clock === undefined;
  if (!other && !otherNoMetricClock) return { values: g, problems: [] };
  let cases = 0;
  for (const v of g.values) if (!Number.isNaN(v)) cases++;
  return { values: undefined, problems: [problemFrom(DATA_EN, "data/given-durations-other-clock", "warning", [], { standard: s.id, metric: metric.id, cases })] };
}

/** The measurements of a standard's cases: a given number where a case has one, else its clock's events. */
interface StandardMeasure extends ClockCounts {
  readonly values: number[];
  readonly given: number;
  /** Unfinished cases: the start recorded, the stop absent (not rejected). */
  readonly open: number[];
  readonly problems: Problem[];
}

function measureStandard(fn: string, records: CaseRecords, clock: Clock | undefined, unit: Unit, options: DurationOptions, given: { unit: Unit; values: Float64Array } | undefined): StandardMeasure {
  const keep = caseFilter(fn, records, options);
  const values: number[] = [];
  const byEvents: number[] = [];
  let considered = 0;
  let fromGiven = 0;
  let unconverted = 0;
  for (let i = 0; i < records.count; i++) {
    if (!keep(i)) continue;
    considered++;
    const g = given?.values[i] ?? Number.NaN;
    if (given === undefined || Number.isNaN(g)) {
      byEvents.push(i);
      continue;
    }
    const v = convertUnit(g, given.unit, unit);
    if (v === undefined) unconverted++;
    else {
      values.push(v);
      fromGiven++;
    }
  }
  if (clock === undefined) {
    return { considered, missingStart: 0, missingStop: 0, missingBoth: byEvents.length, stopBeforeStart: 0, unconverted, values, given: fromGiven, open: [], problems: [] };
  }
  const d = durationsOn(fn, records, clock, unit, options, byEvents);
  const rejected = records.rejectedTimes?.get(clock.stop);
  const open = Array.from(d.open).filter((i) => rejected?.has(i) !== true);
  return {
    considered,
    missingStart: d.missingStart,
    missingStop: d.missingStop,
    missingBoth: d.missingBoth,
    stopBeforeStart: d.stopBeforeStart,
    unconverted: unconverted + d.unconverted,
    values: [...values, ...d.values],
    given: fromGiven,
    open,
    problems: [...d.problems],
  };
}

/** The abandonment figure from its counts. */
function abandonmentOf(started: number, unfinished: number, basisText: BasisText, options: ProportionOptions): Abandonment {
  return {
    started,
    unfinished,
    share: started === 0 ? undefined : unfinished / started,
    estimate: started === 0 ? undefined : estimateProportion(abandonmentSummary(started, unfinished), { noun: ["case", "cases"], ...options }),
    basisText,
  };
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
