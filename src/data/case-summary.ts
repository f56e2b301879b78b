/**
 * A case summary: everything the attribution's standard and execution tests read from case records, per wave,
 * without the cases themselves. Per standard (in its scope, in its unit): the measured durations as exact value
 * bins (what `histogramFromValues` tabulates, so compliance, its interval and any quantile come out the same),
 * their moments, and the unfinished, given, unconverted and missing-event counts; per standard and customers'
 * clock (the 结清/缴清 test), the three value tables that test reads; per pair of standards, the miss
 * coincidence counts; per pair of events, the signs of the lags. Counts and bins add, so summaries of parts that hold
 * whole cases merge into the summary of the whole ({@link mergeCaseSummaries}); the summary is plain JSON
 * ({@link caseSummaryToJSON}, {@link caseSummaryFromJSON}), so it can be computed where the records are (in SQL,
 * `gaptrace/sql`) and read anywhere. What it cannot carry: which case is which, so survey ↔ case links are not
 * testable from a summary.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { emptyMoments, type WeightedMoments } from "../stats/weighted-moments.js";
import { mergeMoments } from "../stats/merge-moments.js";
import type { Histogram } from "../stats/histogram.js";
import type { Study } from "../model/study.js";
import { unfinishedRuleOf } from "./durations.js";
import { Ledger, type LedgerSummary } from "./ledger.js";

/**
 * The format tag of a {@link CaseSummary}.
 *
 * @example
 * ```ts
 * summary.format === CASE_SUMMARY_FORMAT; // true
 * ```
 */
export const CASE_SUMMARY_FORMAT = "gaptrace-case-summary/1";

/** Exact value bins: `[value, count]`, values ascending and distinct (`-0` folded into `0`). */
export type ValueBins = readonly (readonly [value: number, count: number])[];

/** How the unfinished cases of a standard's clock were counted (see `countUnfinished`; the rule is the study's). */
export interface UnfinishedFigures {
  /** Cases that started the clock and never reached its stop (the stop not merely unknown). */
  readonly cases: number;
  /** Of them, counted as misses. */
  readonly misses: number;
  /** Of them, left out of the denominator. */
  readonly excluded: number;
  /** Misses under `exclude-if-shorter` whose end was unknown or before the start. */
  readonly withoutEnd: number;
}

/** What a standard's compliance test reads, in one group of cases. */
export interface StandardFigures {
  readonly standard: string;
  /** The measured durations in the standard's unit (a given number where usable, else the clock's events). */
  readonly values: ValueBins;
  /** Their unweighted moments (`n`, mean, M2 …, every weight 1). */
  readonly moments: WeightedMoments;
  readonly unfinished: UnfinishedFigures;
  /** Measured cases whose duration was given as a number. */
  readonly given: number;
  /** Cases with a number given for the metric that the standard cannot use (it counts on another clock). */
  readonly givenOtherClock: number;
  /** Cases whose duration cannot be put in the standard's unit (working days without a calendar). */
  readonly unconverted: number;
  /** Cases measurable on the clock in calendar time (hours): what a working calendar would let count. */
  readonly measurable: number;
  /** Cases in scope with the clock's stop event but not its start. */
  readonly missingStart: number;
  /** Cases in scope with the start but not the stop (unfinished, or the stop unknown). */
  readonly missingStop: number;
  /** Cases in scope whose stop comes before their start. */
  readonly stopBeforeStart: number;
}

/** What the clock test of a standard against a customers' clock reads (durations in the standard's unit). */
export interface ClockTestFigures {
  readonly standard: string;
  /** The expectation question whose clock the customers count on. */
  readonly question: string;
  /** Customers' clock durations of the cases on time by the standard's clock (cases with both durations). */
  readonly onCustomer: ValueBins;
  /** Every duration on the standard's own clock. */
  readonly onStandard: ValueBins;
  /** Durations between the two clocks' differing events (the lag the customers count and the standard does not). */
  readonly lags: ValueBins;
}

/** How often two standards are missed on the same cases (cases measured on both clocks, each in its own scope). */
export interface CoincidenceFigures {
  readonly outer: string;
  readonly inner: string;
  /** Cases missing the outer standard. */
  readonly missed: number;
  /** Of them, cases missing the inner one too. */
  readonly both: number;
  /** Cases meeting the outer standard. */
  readonly met: number;
  /** Of them, cases missing the inner one. */
  readonly innerWhenMet: number;
}

/**
 * The signs of the lags between two events over every case with both: how many cases have the second event before,
 * at, or after the first. The coincidence test reads only the sign of the median lag (does one clock nest in, or
 * precede, another), which these counts give exactly, and they add.
 */
export interface LagFigures {
  readonly from: string;
  readonly to: string;
  /** Cases whose `to` event comes before their `from` event. */
  readonly negative: number;
  /** Cases whose two events are at the same time. */
  readonly zero: number;
  /** Cases whose `to` event comes after their `from` event. */
  readonly positive: number;
}

/** The figures of one group of cases: the cases of one wave, or those that name no wave (`""`, every wave's). */
export interface CaseGroup {
  readonly wave: string;
  /** Cases in the group. */
  readonly cases: number;
  readonly standards: readonly StandardFigures[];
  readonly clockTests: readonly ClockTestFigures[];
  readonly coincidences: readonly CoincidenceFigures[];
  readonly lags: readonly LagFigures[];
}

/** A mergeable, JSON-serialisable summary of case records: groups by wave, and the ledger of their load. */
export interface CaseSummary {
  readonly format: typeof CASE_SUMMARY_FORMAT;
  /** The study the figures were computed for. */
  readonly study: string;
  /** Whether a working calendar converted working days (figures with and without one do not merge). */
  readonly calendar: boolean;
  /**
   * What the figures were computed for ({@link caseSummaryBasis}): each standard's metric, clock, unit, scope,
   * threshold, direction and rule for unfinished cases, and the customers' clocks of the expectation questions. A
   * study whose standards differ (another threshold, a moved clock: a what-if) cannot read these figures.
   */
  readonly basis: string;
  /** Groups, by wave name ascending. */
  readonly groups: readonly CaseGroup[];
  /** The ledger of the records' load, when the summary was made from a load. */
  readonly ledger?: LedgerSummary;
}

/**
 * Exact value bins of a list of values (NaN and infinities left out).
 *
 * @param values - the values.
 * @returns `[value, count]` pairs, ascending.
 * @example
 * ```ts
 * valueBins([3, 1, 3]); // [[1, 1], [3, 2]]
 * ```
 */
export function valueBins(values: Iterable<number>): ValueBins {
  const list: ArrayLike<unknown> = Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView)) ? (values as ArrayLike<number>) : Array.from(values);
  const xs = new Float64Array(list.length);
  for (let k = 0; k < list.length; k++) xs[k] = typeof list[k] === "number" ? (list[k] as number) : Number.NaN;
  const { binValues, binCounts } = packValueBins(xs);
  const out = new Array<[number, number]>(binValues.length);
  for (let k = 0; k < binValues.length; k++) out[k] = [binValues[k] as number, binCounts === undefined ? 1 : (binCounts[k] as number)];
  return out;
}

/**
 * {@link valueBins} into typed arrays: the finite values sorted as numbers (−0 as 0) and counted run by run, the
 * same bins in the same order, without a `[value, count]` pair per distinct value. The values are the caller's own:
 * filtered and sorted in place, not copied. Counts are whole and below 2^32 (at most the number of values); none
 * are kept when every count is 1.
 *
 * @param values - the values (overwritten).
 * @returns the distinct values ascending, and their counts (undefined when all are 1).
 * @example
 * ```ts
 * packValueBins(Float64Array.of(3, 1, 3)); // { binValues: [1, 3], binCounts: [1, 2] }
 * ```
 */
export function packValueBins(values: Float64Array): { binValues: Float64Array; binCounts: Uint32Array | undefined } {
  let n = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (Number.isFinite(v)) values[n++] = v === 0 ? 0 : v;
  }
  const xs = values.subarray(0, n).sort();
  let distinct = 0;
  for (let k = 0; k < n; k++) if (k === 0 || xs[k] !== xs[k - 1]) distinct++;
  const binValues = new Float64Array(distinct);
  const counts = distinct === n ? undefined : new Uint32Array(distinct);
  for (let k = 0, b = -1; k < n; k++) {
    if (k === 0 || xs[k] !== xs[k - 1]) binValues[++b] = xs[k] as number;
    if (counts !== undefined) (counts[b] as number) += 1;
  }
  return { binValues, binCounts: counts };
}

/**
 * The histogram `histogramFromValues` makes of the values behind some bins (every weight 1), with extra
 * observations at one value (the unfinished cases a compliance sample counts as misses).
 *
 * @param bins - the value bins.
 * @param extra - an extra bin `[value, count]`, or none.
 * @returns the histogram.
 * @example
 * ```ts
 * binsHistogram([[1, 2]]).bins; // [{ value: 1, count: 2, sumW: 2, sumW2: 2 }]
 * ```
 */
export function binsHistogram(bins: ValueBins, extra?: readonly [number, number]): Histogram {
  const all = extra === undefined || extra[1] === 0 ? bins : mergeBins(bins, [extra]);
  // Indexed, not destructured: a first call runs this unoptimised, where each destructuring makes an iterator.
  const out = new Array<Histogram["bins"][number]>(all.length);
  for (let k = 0; k < all.length; k++) {
    const b = all[k] as readonly [number, number];
    out[k] = { value: b[0], count: b[1], sumW: b[1], sumW2: b[1] };
  }
  return { bins: out, nZeroWeight: 0 };
}

/**
 * Add two value tables bin by bin.
 *
 * @param a - one table.
 * @param b - the other.
 * @returns the sum, ascending.
 * @example
 * ```ts
 * mergeBins([[1, 1]], [[1, 2], [4, 1]]); // [[1, 3], [4, 1]]
 * ```
 */
export function mergeBins(a: ValueBins, b: ValueBins): ValueBins {
  const m = new Map<number, number>(a.map(([v, c]) => [v, c] as const));
  for (const [v, c] of b) m.set(v, (m.get(v) ?? 0) + c);
  return [...m].sort((x, y) => x[0] - y[0]);
}

/**
 * The number of values behind some bins.
 *
 * @param bins - the value bins.
 * @returns the sum of their counts.
 * @example
 * ```ts
 * binsCount([[1, 2], [3, 1]]); // 3
 * ```
 */
export function binsCount(bins: ValueBins): number {
  let n = 0;
  for (let k = 0; k < bins.length; k++) n += (bins[k] as readonly [number, number])[1];
  return n;
}

/**
 * Unweighted moments of the values behind some bins, in two passes (a mean, then deviations from it).
 *
 * @param bins - the value bins.
 * @returns the moments (every weight 1).
 * @example
 * ```ts
 * binsMoments([[1, 1], [3, 1]]).mean; // 2
 * ```
 */
export function binsMoments(bins: ValueBins): WeightedMoments {
  return packedBinsMoments(Float64Array.from(bins, (b) => b[0]), Float64Array.from(bins, (b) => b[1]));
}

/**
 * {@link binsMoments} of bins held in typed arrays: `values[k]` counted `counts[k]` times (once each when `counts` is
 * undefined), in two passes (a mean, then deviations from it).
 *
 * @param values - the bins' values.
 * @param counts - their counts, or undefined for 1 each.
 * @returns the moments (every weight 1).
 * @example
 * ```ts
 * packedBinsMoments(Float64Array.of(1, 3), undefined).mean; // 2
 * ```
 */
export function packedBinsMoments(values: Float64Array, counts: ArrayLike<number> | undefined): WeightedMoments {
  const count = (k: number): number => (counts === undefined ? 1 : (counts[k] as number));
  let n = 0;
  for (let k = 0; k < values.length; k++) n += count(k);
  if (n === 0) return emptyMoments();
  let sx = 0;
  for (let k = 0; k < values.length; k++) sx += (values[k] as number) * count(k);
  const mean0 = sx / n;
  let d1 = 0;
  let d2 = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    const c = count(k);
    d1 += c * (v - mean0);
    d2 += c * (v - mean0) ** 2;
  }
  const mean = mean0 + d1 / n;
  const m2 = Math.max(0, d2 - (d1 * d1) / n);
  return { n, nZeroWeight: 0, sumW: n, mean, m2, sumW2: n, meanW2: mean, m2W2: m2 };
}

const key2 = (a: string, b: string): string => `${a}\u0000${b}`;

function mergeBy<T>(a: readonly T[], b: readonly T[], key: (x: T) => string, merge: (x: T, y: T) => T): T[] {
  const out = new Map<string, T>(a.map((x) => [key(x), x] as const));
  for (const y of b) {
    const x = out.get(key(y));
    out.set(key(y), x === undefined ? y : merge(x, y));
  }
  return [...out.values()].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

function mergeStandard(a: StandardFigures, b: StandardFigures): StandardFigures {
  const add = (k: "given" | "givenOtherClock" | "unconverted" | "measurable" | "missingStart" | "missingStop" | "stopBeforeStart"): number => a[k] + b[k];
  const u = (k: keyof UnfinishedFigures): number => a.unfinished[k] + b.unfinished[k];
  return {
    standard: a.standard,
    values: mergeBins(a.values, b.values),
    moments: mergeMoments(a.moments, b.moments),
    unfinished: { cases: u("cases"), misses: u("misses"), excluded: u("excluded"), withoutEnd: u("withoutEnd") },
    given: add("given"),
    givenOtherClock: add("givenOtherClock"),
    unconverted: add("unconverted"),
    measurable: add("measurable"),
    missingStart: add("missingStart"),
    missingStop: add("missingStop"),
    stopBeforeStart: add("stopBeforeStart"),
  };
}

/**
 * Merge two groups of cases (two parts of one wave, or a wave and the cases that name none): counts and bins add,
 * moments merge by Chan's formula.
 *
 * @param a - one group.
 * @param b - the other.
 * @param wave - the merged group's wave (default `a`'s).
 * @returns the merged group.
 * @example
 * ```ts
 * mergeCaseGroups(part1.groups[0]!, part2.groups[0]!).cases;
 * ```
 */
export function mergeCaseGroups(a: CaseGroup, b: CaseGroup, wave: string = a.wave): CaseGroup {
  return {
    wave,
    cases: a.cases + b.cases,
    standards: mergeBy(a.standards, b.standards, (x) => x.standard, mergeStandard),
    clockTests: mergeBy(a.clockTests, b.clockTests, (x) => key2(x.standard, x.question), (x, y) => ({
      ...x,
      onCustomer: mergeBins(x.onCustomer, y.onCustomer),
      onStandard: mergeBins(x.onStandard, y.onStandard),
      lags: mergeBins(x.lags, y.lags),
    })),
    coincidences: mergeBy(a.coincidences, b.coincidences, (x) => key2(x.outer, x.inner), (x, y) => ({
      ...x,
      missed: x.missed + y.missed,
      both: x.both + y.both,
      met: x.met + y.met,
      innerWhenMet: x.innerWhenMet + y.innerWhenMet,
    })),
    lags: mergeBy(a.lags, b.lags, (x) => key2(x.from, x.to), (x, y) => ({ ...x, negative: x.negative + y.negative, zero: x.zero + y.zero, positive: x.positive + y.positive })),
  };
}

/**
 * Merge the summaries of parts of one load that each hold whole cases (files split by case or by wave, shards
 * distributed by case id): groups of the same wave merge, ledgers add. Parts that split a case would measure its
 * events apart: its clock would read as missing an event in each part.
 *
 * @param a - one summary.
 * @param b - the other.
 * @returns the merged summary.
 * @throws UsageError when the summaries are of different studies, or one converted working days and the other not.
 * @example
 * ```ts
 * const whole = mergeCaseSummaries(await casePassDuckDB(study, "wave1.csv"), await casePassDuckDB(study, "wave2.csv"));
 * ```
 */
export function mergeCaseSummaries(a: CaseSummary, b: CaseSummary): CaseSummary {
  if (a.study !== b.study) throw new UsageError("mergeCaseSummaries", `the summaries are of different studies ("${a.study}" and "${b.study}").`, "Merge summaries of the same study.");
  if (a.basis !== b.basis) throw new UsageError("mergeCaseSummaries", "the summaries were computed for different standards (a threshold, clock, unit, scope or rule differs).", "Summarise every part against the same study.");
  if (a.calendar !== b.calendar) throw new UsageError("mergeCaseSummaries", "one summary converted working days with a calendar and the other did not.", "Summarise every part with the same calendar, or none.");
  const groups = mergeBy(a.groups, b.groups, (g) => g.wave, (x, y) => mergeCaseGroups(x, y));
  const ledger = a.ledger === undefined ? b.ledger : b.ledger === undefined ? a.ledger : Ledger.merge(a.ledger, b.ledger).summary();
  return { format: CASE_SUMMARY_FORMAT, study: a.study, calendar: a.calendar, basis: a.basis, groups, ...(ledger === undefined ? {} : { ledger }) };
}

/**
 * The figures of one wave: the group of that wave merged with the cases that name no wave (they belong to every
 * wave), as a case view of that wave sees them.
 *
 * @param summary - the summary.
 * @param wave - the wave.
 * @returns the group (empty when neither exists).
 * @example
 * ```ts
 * caseGroupOf(summary, "2026H1").cases;
 * ```
 */
export function caseGroupOf(summary: CaseSummary, wave: string): CaseGroup {
  const empty: CaseGroup = { wave, cases: 0, standards: [], clockTests: [], coincidences: [], lags: [] };
  const own = summary.groups.find((g) => g.wave === wave);
  const none = wave === "" ? undefined : summary.groups.find((g) => g.wave === "");
  return mergeCaseGroups(mergeCaseGroups(empty, own ?? empty, wave), none ?? empty, wave);
}

/**
 * A case summary as plain JSON-ready data (numbers, strings and arrays only; `-0` written as 0).
 *
 * @param summary - the summary.
 * @returns an object `JSON.stringify` writes without loss.
 * @example
 * ```ts
 * const text = JSON.stringify(caseSummaryToJSON(summary));
 * ```
 */
export function caseSummaryToJSON(summary: CaseSummary): unknown {
  return JSON.parse(JSON.stringify(summary)) as unknown;
}

/**
 * Read a case summary back from JSON (as {@link caseSummaryToJSON} wrote it), checking its format.
 *
 * @param json - the parsed JSON.
 * @returns the summary.
 * @throws UsageError when the value is not a case summary of this format.
 * @example
 * ```ts
 * const summary = caseSummaryFromJSON(JSON.parse(text));
 * ```
 */
export function caseSummaryFromJSON(json: unknown): CaseSummary {
  if (!isCaseSummary(json)) {
    throw new UsageError("caseSummaryFromJSON", `the value is not a case summary of format ${CASE_SUMMARY_FORMAT}.`, "Pass what caseSummaryToJSON (or a SQL case pass) wrote, parsed with JSON.parse.");
  }
  return json;
}

/**
 * Whether a value is a {@link CaseSummary} (by its format tag and the shape of its groups).
 *
 * @param x - any value.
 * @returns true for a case summary.
 * @example
 * ```ts
 * isCaseSummary(records); // false
 * ```
 */
export function isCaseSummary(x: unknown): x is CaseSummary {
  if (typeof x !== "object" || x === null) return false;
  const s = x as Partial<CaseSummary>;
  return s.format === CASE_SUMMARY_FORMAT && typeof s.study === "string" && typeof s.calendar === "boolean" && typeof s.basis === "string" && Array.isArray(s.groups) && s.groups.every((g) => typeof g === "object" && g !== null && typeof g.wave === "string" && Array.isArray(g.standards));
}

/**
 * What a study's case figures depend on, as one canonical text: per standard (by id) its metric and the metric's
 * kind, its clock (its own or its metric's), unit, scope, threshold, direction, required share and rule for
 * unfinished cases; per customers' expectation question on a metric, its clock. Two studies with the same basis
 * read the same figures from the same records.
 *
 * @param study - the study.
 * @returns the basis text.
 * @example
 * ```ts
 * summary.basis === caseSummaryBasis(study); // the summary fits the study
 * ```
 */
export function caseSummaryBasis(study: Study): string {
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  const standards = [...study.standards]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((s) => {
      const m = metrics.get(s.metric);
      const clock = s.clock ?? m?.clock;
      return [s.id, s.metric, m?.kind ?? "", clock?.start ?? "", clock?.stop ?? "", m?.clock?.start ?? "", m?.clock?.stop ?? "", s.unit, s.scope.map((c) => [c.key, c.value]), s.threshold, s.better, s.compliance, unfinishedRuleOf(s, m)];
    });
  const questions = study.evaluationPoints
    .flatMap((p) => p.questions)
    .filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined)
    .map((q) => [q.id, q.metric ?? "", q.scale.type, q.clock?.start ?? "", q.clock?.stop ?? ""])
    .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));
  return JSON.stringify({ standards, questions });
}
