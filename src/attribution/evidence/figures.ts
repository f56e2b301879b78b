/**
 * What the standard and execution tests read from case records, as figures: per standard its compliance inputs,
 * per standard and customers' clock the clock test's value tables, per pair of standards the miss coincidence,
 * per pair of events the signed lags. One interface, two sources: a case view (in process, computed when first
 * asked) or a stored {@link data!CaseGroup} (from a summary, computed in SQL or elsewhere). The tests decide from
 * the figures alone, so records and a summary of them cannot give different findings. {@link caseSummary}
 * computes every figure of a study eagerly, per wave, as the mergeable summary SQL computes.
 * @module
 */
import { studyFingerprint } from "../shared/study-fingerprint.js";
import type { CaseRecords } from "../../data/cases.js";
import type { WorkCalendar } from "../../data/calendar.js";
import { binsMoments, CASE_SUMMARY_FORMAT, caseSummaryBasis, packedBinsMoments, packValueBins, valueBins, type CaseGroup, type CaseSummary, type ClockTestFigures, type CoincidenceFigures, type LagFigures, type StandardFigures, type ValueBins } from "../../data/case-summary.js";
import type { Clock, Question, Standard, Study, Unit } from "../../model/study.js";
import { caseRecordList, caseView, joinDurations, type CaseRecord, type CaseView } from "../shared/inputs.js";
import { standardMeasures } from "./compliance.js";

/** The figures of one group of cases (a wave, with the cases that name none). */
export interface CaseFigures {
  /** Cases in the group. */
  readonly count: number;
  /**
   * A standard's compliance figures on its clock.
   * @param s - the standard (its metric a duration, with a clock).
   * @param clock - the clock it counts on.
   */
  standard(s: Standard, clock: Clock): StandardFigures;
  /**
   * The clock test's value tables of a standard against a customers' clock.
   * @param s - the standard.
   * @param q - the expectation question (with its clock).
   * @param sClock - the standard's clock.
   * @param cClock - the customers' clock.
   */
  clockTest(s: Standard, q: Question, sClock: Clock, cClock: Clock): ClockTestFigures;
  /**
   * How often two standards are missed on the same cases.
   * @param outer - the standard whose misses are explained.
   * @param inner - the standard that may explain them.
   * @param oc - the outer standard's clock.
   * @param ic - the inner standard's clock.
   */
  coincidence(outer: Standard, inner: Standard, oc: Clock, ic: Clock): CoincidenceFigures;
  /**
   * The signs of the lags between two events, over every case with both.
   * @param from - the first event.
   * @param to - the second.
   */
  lags(from: string, to: string): LagFigures;
}

/**
 * Whether a value is case figures rather than a case view.
 *
 * @param x - a case view or case figures.
 * @returns true for case figures.
 * @example
 * ```ts
 * isCaseFigures(viewFigures(study, view)); // true
 * ```
 */
export function isCaseFigures(x: unknown): x is CaseFigures {
  return typeof x === "object" && x !== null && typeof (x as CaseFigures).coincidence === "function" && typeof (x as CaseFigures).clockTest === "function";
}

const meets = (s: Standard, v: number): boolean => (s.better === "lower" ? v <= s.threshold : v >= s.threshold);
const misses = (s: Standard, v: number): boolean => (s.better === "lower" ? v > s.threshold : v < s.threshold);

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const v = make();
  cache.set(key, v);
  return v;
}

/**
 * The figures of a case view, each computed when first asked and kept.
 *
 * @param study - the study.
 * @param cases - the case view (one wave).
 * @returns the figures.
 * @example
 * ```ts
 * viewFigures(study, caseView(records, "2026H1")).standard(s, clock).values;
 * ```
 */
export function viewFigures(study: Study, cases: CaseView): CaseFigures {
  // Case views are cached per records, wave and calendar, so a repeat call reads the same view: its figures are
  // kept with it, per study (a what-if's changed standards are another study object, so they get their own).
  // A study edited in place since (a standard's scope or threshold) gets fresh figures.
  let byStudy = figuresOfView.get(cases);
  if (byStudy === undefined) figuresOfView.set(cases, (byStudy = new WeakMap()));
  const fingerprint = studyFingerprint(study, "standards", "metrics", "events");
  let kept = byStudy.get(study);
  if (kept === undefined || kept.fingerprint !== fingerprint) byStudy.set(study, (kept = { fingerprint, figures: computeViewFigures(study, cases) }));
  return kept.figures;
}

const figuresOfView = new WeakMap<CaseView, WeakMap<Study, { readonly fingerprint: string; readonly figures: CaseFigures }>>();

/**
 * Whether some figures make fresh value bins on each read (a case view's: kept packed), so nothing should be kept
 * keyed by them; a summary's figures give the same bins every time.
 *
 * @param figures - case figures.
 * @returns true for a case view's figures.
 * @example
 * ```ts
 * freshBins(viewFigures(study, view)); // true
 * ```
 */
export function freshBins(figures: CaseFigures): boolean {
  return fresh.has(figures);
}

const fresh = new WeakSet<CaseFigures>();

function computeViewFigures(study: Study, cases: CaseView): CaseFigures {
  const std = new Map<string, PackedStandardFigures>();
  const ct = new Map<string, ClockTestFigures>();
  const co = new Map<string, CoincidenceFigures>();
  const lg = new Map<string, LagFigures>();
  const figures: CaseFigures = {
    count: cases.count,
    standard: (s, clock) => unpackStandard(packedOf(std, study, cases, s, clock)),
    clockTest: (s, q, sClock, cClock) => memo(ct, `${s.id}\u0000${q.id}`, () => clockTestOf(cases, s, q, sClock, cClock)),
    coincidence: (outer, inner, oc, ic) => memo(co, `${outer.id}\u0000${inner.id}`, () => coincidenceOf(cases, outer, inner, oc, ic)),
    lags: (from, to) => memo(lg, `${from}\u0000${to}`, () => lagSigns(from, to, cases.lags?.(from, to, "s") ?? cases.durations({ start: from, stop: to }, "s").values)),
  };
  fresh.add(figures);
  packedReaders.set(figures, (s, clock) => packedOf(std, study, cases, s, clock));
  return figures;
}

function packedOf(cache: Map<string, PackedStandardFigures>, study: Study, cases: CaseView, s: Standard, clock: Clock): PackedStandardFigures {
  let p = cache.get(s.id);
  if (p === undefined) cache.set(s.id, (p = packedStandardOf(study, cases, s, clock)));
  return p;
}

const packedReaders = new WeakMap<CaseFigures, (s: Standard, clock: Clock) => PackedStandardFigures>();

/**
 * A case view's standard figures as kept, the bins in typed arrays (`binValues` ascending, `binCounts` undefined
 * when every count is 1), for a reader that needs no `[value, count]` pair per distinct duration (the execution
 * test); undefined for other figures (a summary's), read through `standard` as before.
 *
 * @param figures - case figures.
 * @param s - the standard.
 * @param clock - its clock.
 * @returns the packed figures of a case view's figures, else undefined.
 * @example
 * ```ts
 * packedStandard(viewFigures(study, view), s, clock)?.binValues.length;
 * ```
 */
export function packedStandard(figures: CaseFigures, s: Standard, clock: Clock): PackedStandardFigures | undefined {
  return packedReaders.get(figures)?.(s, clock);
}

/**
 * A standard's figures as a view keeps them: the histogram in typed arrays. As `[value, count]` pairs (one per
 * distinct duration, so about one per case) it took some 90 bytes a pair, the larger part of what an attribution
 * kept (25 MB at 5,000 steps); the pairs are made again on each read. The counts are whole numbers: kept as 32-bit
 * integers, and not at all when every count is 1 (durations to the millisecond rarely repeat), so a bin costs 8
 * to 12 bytes.
 */
export type PackedStandardFigures = Omit<StandardFigures, "values"> & { readonly binValues: Float64Array; readonly binCounts: Uint32Array | undefined };

function unpackStandard(p: PackedStandardFigures): StandardFigures {
  const { binValues, binCounts, standard, ...rest } = p;
  const values = new Array<readonly [number, number]>(binValues.length);
  for (let k = 0; k < binValues.length; k++) values[k] = [binValues[k] ?? 0, binCounts === undefined ? 1 : (binCounts[k] ?? 0)];
  // The keys in the order standardFiguresOf gives them (a case summary is written as JSON).
  return { standard, values, ...rest };
}

/** The signs of some lags (NaN left out; a lag in any unit has the sign of the lag in seconds). */
function lagSigns(from: string, to: string, lags: Iterable<number>): LagFigures {
  let negative = 0;
  let zero = 0;
  let positive = 0;
  for (const v of lags) {
    if (Number.isNaN(v)) continue;
    if (v < 0) negative++;
    else if (v > 0) positive++;
    else zero++;
  }
  return { from, to, negative, zero, positive };
}

function packedStandardOf(study: Study, cases: CaseView, s: Standard, clock: Clock): PackedStandardFigures {
  const x = standardMeasures(study, cases, s, clock);
  const d = cases.durations(clock, s.unit, s.scope);
  const { binValues, binCounts } = packValueBins(x.values);
  const { rule: _rule, ...unfinished } = x.unfinished;
  return {
    standard: s.id,
    moments: packedBinsMoments(binValues, binCounts),
    unfinished,
    given: x.given,
    givenOtherClock: x.givenOtherClock,
    unconverted: x.unconverted,
    // Cases with both events in order: measured in the standard's unit, or counted as unconverted (working days
    // without a calendar); measuring the clock again in hours to count them made a second set of durations per
    // standard, and pushed the standard's own out of the view's recent few (a view that gives no counts still does).
    measurable: d.unconverted !== undefined ? d.values.length + d.unconverted : cases.durations(clock, "h", s.scope).values.length,
    missingStart: d.missingStart ?? 0,
    missingStop: d.missingStop ?? 0,
    stopBeforeStart: d.stopBeforeStart ?? 0,
    binValues,
    binCounts,
  };
}

function clockTestOf(cases: CaseView, s: Standard, q: Question, sClock: Clock, cClock: Clock): ClockTestFigures {
  const sdAll = cases.durations(sClock, s.unit, s.scope);
  const { first: sd, second: cd } = joinDurations(sdAll, cases.durations(cClock, s.unit, s.scope));
  const onTime: number[] = [];
  for (let i = 0; i < sd.length; i++) {
    const a = sd[i] ?? NaN;
    const b = cd[i] ?? NaN;
    if (Number.isFinite(a) && meets(s, a) && Number.isFinite(b)) onTime.push(b);
  }
  const lagClock = lagClockOf(sClock, cClock);
  return {
    standard: s.id,
    question: q.id,
    onCustomer: valueBins(onTime),
    onStandard: valueBins(sdAll.values),
    lags: lagClock === undefined ? [] : valueBins(cases.durations(lagClock, s.unit, s.scope).values),
  };
}

/**
 * The clock between the events two clocks differ on: from the customers' start to the standard's, or from the
 * standard's stop to the customers'.
 *
 * @param sClock - the standard's clock.
 * @param cClock - the customers' clock.
 * @returns the lag's clock, or undefined when the clocks agree.
 * @example
 * ```ts
 * lagClockOf({ start: "settled", stop: "reconnected" }, { start: "paid", stop: "reconnected" }); // { start: "paid", stop: "settled" }
 * ```
 */
export function lagClockOf(sClock: Clock, cClock: Clock): Clock | undefined {
  return cClock.start !== sClock.start ? { start: cClock.start, stop: sClock.start } : cClock.stop !== sClock.stop ? { start: sClock.stop, stop: cClock.stop } : undefined;
}

function coincidenceOf(cases: CaseView, outer: Standard, inner: Standard, oc: Clock, ic: Clock): CoincidenceFigures {
  const { first: od, second: id } = joinDurations(cases.durations(oc, outer.unit, outer.scope), cases.durations(ic, inner.unit, inner.scope));
  let missed = 0;
  let both = 0;
  let met = 0;
  let innerWhenMet = 0;
  for (let k = 0; k < od.length; k++) {
    const o = od[k] ?? NaN;
    const i = id[k] ?? NaN;
    if (!Number.isFinite(o) || !Number.isFinite(i)) continue;
    if (misses(outer, o)) {
      missed += 1;
      if (misses(inner, i)) both += 1;
    } else {
      met += 1;
      if (misses(inner, i)) innerWhenMet += 1;
    }
  }
  return { outer: outer.id, inner: inner.id, missed, both, met, innerWhenMet };
}

/**
 * The figures of a stored group (from a case summary).
 *
 * @param group - the group of the wave analysed ({@link data!caseGroupOf}).
 * @returns the figures; a figure the group does not hold reads as no cases.
 * @example
 * ```ts
 * groupFigures(caseGroupOf(summary, "2026H1")).count;
 * ```
 */
export function groupFigures(group: CaseGroup): CaseFigures {
  const std = new Map(group.standards.map((x) => [x.standard, x] as const));
  const ct = new Map(group.clockTests.map((x) => [`${x.standard}\u0000${x.question}`, x] as const));
  const co = new Map(group.coincidences.map((x) => [`${x.outer}\u0000${x.inner}`, x] as const));
  const lg = new Map(group.lags.map((x) => [`${x.from}\u0000${x.to}`, x] as const));
  const noUnfinished = { cases: 0, misses: 0, excluded: 0, withoutEnd: 0 };
  return {
    count: group.cases,
    standard: (s) =>
      std.get(s.id) ?? { standard: s.id, values: [], moments: binsMoments([]), unfinished: noUnfinished, given: 0, givenOtherClock: 0, unconverted: 0, measurable: 0, missingStart: 0, missingStop: 0, stopBeforeStart: 0 },
    clockTest: (s, q) => ct.get(`${s.id}\u0000${q.id}`) ?? { standard: s.id, question: q.id, onCustomer: [], onStandard: [], lags: [] },
    coincidence: (outer, inner) => co.get(`${outer.id}\u0000${inner.id}`) ?? { outer: outer.id, inner: inner.id, missed: 0, both: 0, met: 0, innerWhenMet: 0 },
    lags: (from, to) => lg.get(`${from}\u0000${to}`) ?? { from, to, negative: 0, zero: 0, positive: 0 },
  };
}

/** Every figure a study's tests can ask for, as lists: what a summary holds for each group of cases. */
export interface FigureRequests {
  readonly standards: readonly { readonly standard: Standard; readonly clock: Clock }[];
  readonly clockTests: readonly { readonly standard: Standard; readonly question: Question; readonly sClock: Clock; readonly cClock: Clock }[];
  readonly coincidences: readonly { readonly outer: Standard; readonly inner: Standard; readonly oc: Clock; readonly ic: Clock }[];
  readonly lags: readonly { readonly from: string; readonly to: string }[];
}

/**
 * The figures a study's standard and execution tests can ask for: each standard with a duration metric and a
 * clock; each standard and customers' expectation question on its metric whose clock differs; each ordered pair of
 * such standards on different clocks, and the lags between their events that decide whether one nests in or
 * precedes the other.
 *
 * @param study - the study.
 * @returns the requests.
 * @example
 * ```ts
 * figureRequests(study).standards.length;
 * ```
 */
export function figureRequests(study: Study): FigureRequests {
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  const clocked = study.standards.flatMap((s) => {
    const m = metrics.get(s.metric);
    const clock = s.clock ?? m?.clock;
    return m !== undefined && m.kind === "duration" && clock !== undefined ? [{ standard: s, clock }] : [];
  });
  const expectations = study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined && q.scale.type === "numeric"));
  const clockTests = study.standards.flatMap((s) => {
    const sClock = s.clock ?? metrics.get(s.metric)?.clock;
    return expectations.flatMap((q) => {
      const cClock = q.clock;
      if (q.metric !== s.metric || sClock === undefined || cClock === undefined || (cClock.start === sClock.start && cClock.stop === sClock.stop)) return [];
      return [{ standard: s, question: q, sClock, cClock }];
    });
  });
  const anyClock = study.standards.flatMap((s) => {
    const clock = s.clock ?? metrics.get(s.metric)?.clock;
    return clock === undefined ? [] : [{ standard: s, clock }];
  });
  const coincidences = anyClock.flatMap((o) => anyClock.flatMap((i) => (o.standard.id === i.standard.id || (o.clock.start === i.clock.start && o.clock.stop === i.clock.stop) ? [] : [{ outer: o.standard, inner: i.standard, oc: o.clock, ic: i.clock }])));
  // Only the sign of a lag's median is read (does one clock nest in, or precede, the other): sign counts per pair of events.
  const lagKeys = new Map<string, { from: string; to: string }>();
  for (const c of coincidences) for (const [from, to] of [[c.oc.start, c.ic.start], [c.ic.stop, c.oc.stop], [c.ic.start, c.oc.stop]] as const) lagKeys.set(`${from}\u0000${to}`, { from, to });
  return { standards: clocked, clockTests, coincidences, lags: [...lagKeys.values()].sort((a, b) => (`${a.from}\u0000${a.to}` < `${b.from}\u0000${b.to}` ? -1 : 1)) };
}

/**
 * Every figure of one group, from its figures (eagerly, in the requests' order).
 *
 * @param wave - the group's wave.
 * @param figures - the figures.
 * @param requests - what to compute ({@link figureRequests}).
 * @returns the group.
 * @example
 * ```ts
 * groupOf("2026H1", viewFigures(study, caseView(records, "2026H1")), figureRequests(study)).standards;
 * ```
 */
export function groupOf(wave: string, figures: CaseFigures, requests: FigureRequests): CaseGroup {
  const byId = <T extends { standard: string }>(xs: T[]): T[] => xs.sort((a, b) => (a.standard < b.standard ? -1 : a.standard > b.standard ? 1 : 0));
  return {
    wave,
    cases: figures.count,
    standards: byId(requests.standards.map((r) => figures.standard(r.standard, r.clock))),
    clockTests: requests.clockTests.map((r) => figures.clockTest(r.standard, r.question, r.sClock, r.cClock)).sort((a, b) => (`${a.standard}\u0000${a.question}` < `${b.standard}\u0000${b.question}` ? -1 : 1)),
    coincidences: requests.coincidences.map((r) => figures.coincidence(r.outer, r.inner, r.oc, r.ic)).sort((a, b) => (`${a.outer}\u0000${a.inner}` < `${b.outer}\u0000${b.inner}` ? -1 : 1)),
    lags: requests.lags.map((r): LagFigures => figures.lags(r.from, r.to)),
  };
}

/** Options of {@link caseSummary}. */
export interface CaseSummaryOptions {
  /** The working calendar, for standards in working days (without it their cases are counted as unconverted). */
  readonly calendar?: WorkCalendar;
}

/**
 * The summary of case records that the attribution's standard and execution tests read, per wave (cases that name
 * no wave in a group of their own, `""`), computed in process. `attribute(study, { cases: summary })` then gives
 * the same standard and execution findings as the records; a SQL case pass computes the same summary where the
 * records are.
 *
 * @param study - the study.
 * @param records - loaded case records, or a list of cases.
 * @param options - the working calendar.
 * @returns the summary (with the records' ledger when they were loaded).
 * @example
 * ```ts
 * const summary = caseSummary(study, casesFromCsv(study, text));
 * attribute(study, { cases: summary }).findings;
 * ```
 */
export function caseSummary(study: Study, records: CaseRecords | Iterable<CaseRecord>, options: CaseSummaryOptions = {}): CaseSummary {
  const loaded = typeof records === "object" && records !== null && (records as CaseRecords).times instanceof Map ? (records as CaseRecords) : undefined;
  const list = loaded !== undefined ? caseRecordList(loaded) : [...(records as Iterable<CaseRecord>)];
  const byWave = new Map<string, CaseRecord[]>();
  for (const c of list) {
    const w = c.wave ?? "";
    let l = byWave.get(w);
    if (l === undefined) byWave.set(w, (l = []));
    l.push(c);
  }
  const requests = figureRequests(study);
  const groups = [...byWave]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w, cases]) => groupOf(w, viewFigures(study, caseView(cases, undefined, options.calendar)), requests));
  return { format: CASE_SUMMARY_FORMAT, study: study.id, calendar: options.calendar !== undefined, basis: caseSummaryBasis(study), groups, ...(loaded === undefined ? {} : { ledger: loaded.ledger.summary() }) };
}
