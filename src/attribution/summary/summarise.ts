/**
 * The in-process survey summary: one pass over a wave's respondent-level columns per statistic (each index's
 * moments, each SERVQUAL pair, each numeric expectation question's histogram, each theme's driver
 * cross-products), and the merge of summaries of parts that hold whole respondents. `attribute` summarises its
 * survey view this way and decides from the summary, so a summary made elsewhere (SQL) is decided by the same code.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { ResponseTable } from "../../data/dataset.js";
import type { Question, Study } from "../../model/study.js";
import { addPair } from "../../stats/add-pair.js";
import { addToHistogram } from "../../stats/add-to-histogram.js";
import { driverCrossProductsOfColumns, mergeDriverCrossProducts } from "../../stats/drivers/cross-products.js";
import { estimateMean } from "../../stats/estimate-mean.js";
import { emptyHistogram, type Histogram } from "../../stats/histogram.js";
import { mergeHistograms } from "../../stats/merge-histograms.js";
import { mergeMoments } from "../../stats/merge-moments.js";
import { mergePairedGaps } from "../../stats/merge-paired-gaps.js";
import { momentsFromValues } from "../../stats/moments-from-values.js";
import type { WeightedMoments } from "../../stats/weighted-moments.js";
import { emptyPairedGap } from "../../stats/paired-gap.js";
import { alignedIndex, respondentIndex, toIndex, type RespondentIndex } from "../evidence/measure.js";
import { surveyAudiences } from "../shared/coverage.js";
import { sortWaves, surveyView, type SurveyView } from "../shared/inputs.js";
import { resolveAttributionOptions, type AttributionOptions } from "../shared/options.js";
import type { DriverSummary, PlaceSummary, SurveySummary, SurveyWaveSummary } from "../shared/survey-summary.js";
import { placeRatings } from "../trace/co-variation.js";
import { summaryPlan, type DriverLayout } from "./plan.js";
import { checkSurveySummary } from "../shared/survey-summary-schema.js";

/**
 * Summarise survey responses for attribution: every wave of a response table (or the one wave of a view), as
 * {@link attribution!SurveySummary}. `attribute(study, { responses: summary })` then decides as from the responses
 * themselves, except the links that need respondents joined to their own cases (see docs/attribution.md).
 *
 * @param study - the study.
 * @param responses - a loaded response table, or a survey view of one wave.
 * @param options - the attribution options the summary must agree with (`minExternal`: which points enter the
 *   priorities' driver weights).
 * @returns the summary, JSON-serialisable.
 * @example
 * ```ts
 * const summary = summariseSurvey(study, table);
 * JSON.stringify(summary); // small: per wave, moments per index, pair, histogram and theme
 * attribute(study, { responses: summary }).findings;
 * ```
 */
export function summariseSurvey(study: Study, responses: ResponseTable | SurveyView, options: AttributionOptions = {}): SurveySummary {
  const opts = resolveAttributionOptions(options);
  const views: SurveyView[] =
    typeof (responses as SurveyView).answers === "function"
      ? [responses as SurveyView]
      : sortWaves((responses as ResponseTable).waves ?? []).map((w) => surveyView(responses as ResponseTable, w));
  return { kind: "gaptrace/survey-summary", version: 1, study: study.id, minExternal: opts.minExternal, waves: views.map((v) => summariseView(study, v, opts.minExternal)) };
}

/**
 * One wave's summary from its survey view.
 *
 * @param study - the study.
 * @param view - the wave's survey view.
 * @param minExternal - the fewest customers a point needs to enter the driver weights.
 * @returns the wave's statistics.
 * @example
 * ```ts
 * summariseView(study, surveyView(table), 30).respondents.customers;
 * ```
 */
export function summariseView(study: Study, view: SurveyView, minExternal: number): SurveyWaveSummary {
  const plan = summaryPlan(study);
  const answers = (q: Question): ReturnType<SurveyView["answers"]> => view.answers(q.id);
  // An index's moments, once per index object (respondentIndex memoises per view): the driver layouts read the
  // same indexes the summary's own list holds.
  const momentsOf = new Map<RespondentIndex, WeightedMoments>();
  const moments = (idx: RespondentIndex): WeightedMoments => {
    let m = momentsOf.get(idx);
    if (m === undefined) momentsOf.set(idx, (m = momentsFromValues(idx.value, idx.weight)));
    return m;
  };
  const indexes = plan.indexes.map((qs) => ({ questions: qs.map((q) => q.id), moments: moments(respondentIndex(qs, answers)) }));
  const pairs = plan.pairs.map(({ perception: pq, expectation: q }) => {
    // As the SERVQUAL test reads them: a respondent's expectation (the last of a repeated one) beside each perception.
    const s = emptyPairedGap();
    const pa = view.answers(pq.id);
    const ea = view.answers(q.id);
    const eBy = new Map<number, number>();
    for (let i = 0; i < ea.value.length; i++) eBy.set(ea.respondent[i] ?? 0, toIndex(q, ea.value[i] ?? NaN));
    for (let i = 0; i < pa.value.length; i++) {
      const ev = eBy.get(pa.respondent[i] ?? 0);
      const pv = toIndex(pq, pa.value[i] ?? NaN);
      if (ev !== undefined && Number.isFinite(ev) && Number.isFinite(pv)) addPair(s, pv, ev, pa.weight[i] ?? 1);
    }
    return { perception: pq.id, expectation: q.id, gap: s };
  });
  const accepting = plan.accepting.map(({ question, scope }) => {
    const a = view.answers(question.id, scope);
    const h = emptyHistogram();
    for (let i = 0; i < a.value.length; i++) {
      const v = a.value[i] ?? NaN;
      if (Number.isFinite(v)) addToHistogram(h, v, a.weight[i] ?? 1);
    }
    return { question: question.id, scope: scope.map((c) => ({ key: c.key, value: c.value })), histogram: h };
  });
  const drivers = plan.drivers.flatMap((d) => {
    const x = driverSummary(d, answers, minExternal, moments);
    return x === undefined ? [] : [x];
  });
  return { wave: view.wave, respondents: surveyAudiences(study, view), indexes, pairs, accepting, drivers, places: placeSummaries(plan.places, view, answers) };
}

/** Each index summed per place of every segment dimension the wave's respondents carry, as co-variation sums it. */
function placeSummaries(sets: readonly (readonly Question[])[], view: SurveyView, answers: (q: Question) => ReturnType<SurveyView["answers"]>): PlaceSummary[] {
  const segments = typeof view.respondents === "function" ? view.respondents().segment : [];
  const dims = [...new Set(segments.flatMap((s) => (s ?? []).map(([k]) => k)))].sort();
  // Each respondent's level of each dimension, read once (respondents share their segment objects).
  const levelsOf = dims.map((dim) => {
    const seen = new Map<unknown, string | undefined>();
    return segments.map((s) => {
      if (!seen.has(s)) seen.set(s, s?.find(([k]) => k === dim)?.[1]);
      return seen.get(s);
    });
  });
  const out: PlaceSummary[] = [];
  for (const qs of sets) {
    const idx = respondentIndex(qs, answers);
    for (const [d, dim] of dims.entries()) {
      const ratings = placeRatings(idx, levelsOf[d] ?? []);
      const levels = [...ratings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([level, g]) => ({ level, n: g.n, sumW: g.w, sumWV: g.s }));
      out.push({ questions: qs.map((q) => q.id), dimension: dim, levels });
    }
  }
  return out;
}

/**
 * A theme's driver cross-products, as the priorities read them: the points whose index has enough customers, each
 * aligned to the overall question's respondents (missing where not answered), listwise.
 */
function driverSummary(
  d: DriverLayout,
  answers: (q: Question) => ReturnType<SurveyView["answers"]>,
  minExternal: number,
  moments: (idx: RespondentIndex) => WeightedMoments,
): DriverSummary | undefined {
  if (d.overall === undefined) return undefined;
  const perf = new Map<string, RespondentIndex>();
  for (const { point, questions } of d.rated) {
    const idx = respondentIndex(questions, answers);
    if (estimateMean(moments(idx), { minN: minExternal }).kind === "insufficient") continue;
    perf.set(point, idx);
  }
  const ids = d.rated.map((x) => x.point).filter((id) => perf.has(id));
  if (ids.length < 2) return undefined;
  const oa = respondentIndex([d.overall], answers);
  // Each point's index at the overall question's respondents (NaN: not answered), by a merge of the two
  // rank-ascending lists, as columns: no row of cells per respondent.
  const columns = ids.map((id) => {
    const idx = perf.get(id);
    return (idx === undefined ? undefined : alignedIndex(oa, idx)) ?? alignTo(oa.respondent, idx);
  });
  // The index's own columns (read only there): no copies of a million values.
  return { theme: d.theme, overall: d.overall.id, cross: driverCrossProductsOfColumns(ids, columns, oa.value, oa.weight) };
}

function ascending(xs: ArrayLike<number>): boolean {
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) <= (xs[i - 1] ?? 0)) return false;
  return true;
}

/** An index's values at the given respondent ranks (both ascending), NaN where it has none. */
function alignTo(ranks: Uint32Array, index: RespondentIndex | undefined): Float64Array {
  const out = new Float64Array(ranks.length).fill(NaN);
  if (index === undefined) return out;
  const { respondent, value } = index;
  if (!ascending(ranks) || !ascending(respondent)) {
    // A view made by hand may list respondents in any order: look each up (the last value of a rank wins).
    const at = new Map<number, number>();
    for (let i = 0; i < respondent.length; i++) at.set(respondent[i] ?? 0, value[i] ?? NaN);
    for (let k = 0; k < ranks.length; k++) out[k] = at.get(ranks[k] ?? 0) ?? NaN;
    return out;
  }
  let j = 0;
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k] ?? 0;
    while (j < respondent.length && (respondent[j] ?? 0) < r) j++;
    if (j < respondent.length && respondent[j] === r) out[k] = value[j] ?? NaN;
  }
  return out;
}

/**
 * Merge summaries of parts of a survey that hold whole respondents (every answer of a respondent in one part):
 * counts add, moments, paired gaps, histograms and cross-products combine exactly (to rounding), wave by wave.
 * Parts that split a respondent's answers cannot be merged this way (a respondent's index averages its answers).
 *
 * Source: Chan, Golub & LeVeque (1979) for moments and co-moments (see {@link stats!mergeMoments}).
 *
 * @param a - the summary of some respondents.
 * @param b - the summary of others, of the same study with the same `minExternal`.
 * @returns the summary of both.
 * @throws {@link core!ValidationError} for a malformed summary; {@link core!UsageError} when the summaries are of different studies or options, or their themes'
 *   driver points differ (a point had enough customers in one part only: summarise the whole, or lower
 *   `minExternal` consistently).
 * @example
 * ```ts
 * mergeSurveySummaries(summariseSurvey(study, north), summariseSurvey(study, south));
 * ```
 */
export function mergeSurveySummaries(a: SurveySummary, b: SurveySummary): SurveySummary {
  checkSurveySummary("mergeSurveySummaries", a);
  checkSurveySummary("mergeSurveySummaries", b);
  if (a.study !== b.study || a.minExternal !== b.minExternal)
    throw new UsageError("mergeSurveySummaries", `the summaries are of different studies or options (${a.study}, minExternal ${a.minExternal} vs ${b.study}, ${b.minExternal}).`, "Summarise every part with the same study and options.");
  const byWave = new Map(a.waves.map((w) => [w.wave, w] as const));
  for (const w of b.waves) {
    const x = byWave.get(w.wave);
    byWave.set(w.wave, x === undefined ? w : mergeWave(x, w));
  }
  return { ...a, waves: sortWaves([...byWave.keys()]).map((w) => byWave.get(w) as SurveyWaveSummary) };
}

function mergeWave(a: SurveyWaveSummary, b: SurveyWaveSummary): SurveyWaveSummary {
  const keyed = <T>(xs: readonly T[], key: (x: T) => string): Map<string, T> => new Map(xs.map((x) => [key(x), x] as const));
  const join = <T>(xs: readonly T[], ys: readonly T[], key: (x: T) => string, merge: (x: T, y: T) => T): T[] => {
    const other = keyed(ys, key);
    const out = xs.map((x) => {
      const y = other.get(key(x));
      return y === undefined ? x : merge(x, y);
    });
    const seen = new Set(xs.map(key));
    return [...out, ...ys.filter((y) => !seen.has(key(y)))];
  };
  return {
    wave: a.wave,
    respondents: { customers: a.respondents.customers + b.respondents.customers, staff: a.respondents.staff + b.respondents.staff },
    indexes: join(a.indexes, b.indexes, (x) => x.questions.join("\u0000"), (x, y) => ({ questions: x.questions, moments: mergeMoments(x.moments, y.moments) })),
    pairs: join(a.pairs, b.pairs, (x) => `${x.perception}\u0000${x.expectation}`, (x, y) => ({ ...x, gap: mergePairedGaps(x.gap, y.gap) })),
    accepting: join(a.accepting, b.accepting, (x) => `${x.question}\u0001${JSON.stringify(x.scope)}`, (x, y) => ({ ...x, histogram: mergeHistograms(x.histogram, y.histogram) as Histogram })),
    drivers: mergeDrivers(a.drivers, b.drivers, join),
    places: join(a.places, b.places, (x) => `${x.questions.join("\u0000")}\u0001${x.dimension}`, mergePlaces),
  };
}

/** Driver cross-products merge theme by theme; a theme summarised in one part only cannot be completed. */
function mergeDrivers(
  a: readonly DriverSummary[],
  b: readonly DriverSummary[],
  join: (xs: readonly DriverSummary[], ys: readonly DriverSummary[], key: (x: DriverSummary) => string, merge: (x: DriverSummary, y: DriverSummary) => DriverSummary) => DriverSummary[],
): DriverSummary[] {
  const themes = (xs: readonly DriverSummary[]): string => xs.map((x) => x.theme).sort().join(", ");
  if (themes(a) !== themes(b))
    throw new UsageError("mergeSurveySummaries", `the parts have driver data for different themes (${themes(a) || "none"} vs ${themes(b) || "none"}): a point had enough customers in one part only.`, "Summarise the whole survey at once (summariseDuckDB, summarisePostgres), or parts large enough that every point has minExternal customers in each.");
  return join(a, b, (x) => x.theme, (x, y) => ({ ...x, cross: mergeDriverCrossProducts(x.cross, y.cross) }));
}

/** Two parts' sums per place, level by level. */
function mergePlaces(a: PlaceSummary, b: PlaceSummary): PlaceSummary {
  const levels = new Map(a.levels.map((l) => [l.level, { ...l }] as const));
  for (const l of b.levels) {
    const x = levels.get(l.level);
    levels.set(l.level, x === undefined ? { ...l } : { level: l.level, n: x.n + l.n, sumW: x.sumW + l.sumW, sumWV: x.sumWV + l.sumWV });
  }
  return { ...a, levels: [...levels.values()].sort((x, y) => (x.level < y.level ? -1 : x.level > y.level ? 1 : 0)) };
}
