/**
 * The survey side of an attribution as sufficient statistics: per wave, everything the survey-side decisions read
 * (satisfaction indexes' weighted moments, SERVQUAL paired gaps, the histograms of customers' numeric
 * expectations, the cross-products behind the priorities' driver weights, respondents per audience), small,
 * JSON-serialisable and mergeable, so the survey can be summarised where the data are (in SQL, or part by part)
 * and attributed from the summary. The decisions read a summary through {@link SurveyStats}; the in-process route
 * builds one from the respondent-level view first, so both routes decide by the same code.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { DriverCrossProducts } from "../../stats/drivers/cross-products.js";
import { emptyHistogram, type Histogram } from "../../stats/histogram.js";
import { emptyPairedGap, type PairedGapSummary } from "../../stats/paired-gap.js";
import { emptyMoments, type WeightedMoments } from "../../stats/weighted-moments.js";

/** A segment scope (every key = value holds), as standards declare them. */
export type SummaryScope = readonly { readonly key: string; readonly value: string }[];

/** The weighted moments of one satisfaction index: per respondent, the mean 0–100 index over these questions. */
export interface IndexSummary {
  /** The questions averaged per respondent (those the respondent answered), in study order. */
  readonly questions: readonly string[];
  readonly moments: WeightedMoments;
}

/** A SERVQUAL pair: perception and expectation on the 0–100 index, respondent by respondent. */
export interface PairSummary {
  readonly perception: string;
  readonly expectation: string;
  readonly gap: PairedGapSummary;
}

/** Customers' answers to a numeric expectation question (in the question's unit), in a standard's scope. */
export interface AcceptingSummary {
  readonly question: string;
  readonly scope: SummaryScope;
  readonly histogram: Histogram;
}

/** A theme's driver data: its points' indexes and the overall question's index, listwise cross-products. */
export interface DriverSummary {
  readonly theme: string;
  /** The overall-satisfaction question. */
  readonly overall: string;
  /** Cross-products; `predictors` are the points (ids) that entered the relative weights. */
  readonly cross: DriverCrossProducts;
}

/** A customer index summed per place (level) of one segment dimension: what co-variation across places reads. */
export interface PlaceSummary {
  /** The index's questions (a point's customer perception questions). */
  readonly questions: readonly string[];
  readonly dimension: string;
  /** Per level (sorted), the respondents with a finite index, Σ w and Σ w·index. */
  readonly levels: readonly { readonly level: string; readonly n: number; readonly sumW: number; readonly sumWV: number }[];
}

/** One wave's survey statistics. */
export interface SurveyWaveSummary {
  readonly wave: string;
  /** Respondents of the wave with at least one answer to an external (customers) or an internal (staff) question. */
  readonly respondents: { readonly customers: number; readonly staff: number };
  readonly indexes: readonly IndexSummary[];
  readonly pairs: readonly PairSummary[];
  readonly accepting: readonly AcceptingSummary[];
  readonly drivers: readonly DriverSummary[];
  /** Each point's customer index per place of each segment dimension the respondents carry. */
  readonly places: readonly PlaceSummary[];
}

/**
 * A survey summarised for attribution (see the module). Made by `summariseSurvey` (in process) or by
 * `summariseDuckDB`/`summarisePostgres` (gaptrace/sql); merged by `mergeSurveySummaries`; given to `attribute` as
 * `{ responses: summary }`.
 */
export interface SurveySummary {
  readonly kind: "gaptrace/survey-summary";
  readonly version: 1;
  /** The study's id. */
  readonly study: string;
  /**
   * The fewest customers a point needs to enter the priorities' driver weights: which points enter the
   * cross-products depends on it, so an attribution with another `minExternal` refuses the summary.
   */
  readonly minExternal: number;
  /** Waves, in natural order. */
  readonly waves: readonly SurveyWaveSummary[];
}

/** Whether a value is a survey summary (by its `kind`). */
export function isSurveySummary(x: unknown): x is SurveySummary {
  return typeof x === "object" && x !== null && (x as SurveySummary).kind === "gaptrace/survey-summary";
}

/** The key of an index: its questions. */
export function indexKey(questions: readonly string[]): string {
  return questions.join("\u0000");
}

/** The key of a numeric expectation question in a scope. */
export function acceptingKey(question: string, scope: SummaryScope): string {
  return `${question}\u0001${JSON.stringify(scope.map((c) => [c.key, c.value]))}`;
}

/** What the survey-side decisions read: one wave's statistics, looked up by what they are about. */
export interface SurveyStats {
  readonly wave: string;
  readonly respondents: { readonly customers: number; readonly staff: number };
  /** The moments of the index over these questions (empty when nobody answered). */
  index(questions: readonly string[]): WeightedMoments;
  /** The paired gap of a perception and an expectation question. */
  pair(perception: string, expectation: string): PairedGapSummary;
  /** Customers' answers to a numeric question in a scope, in the question's unit. */
  accepting(question: string, scope: SummaryScope): Histogram;
  /** A theme's driver cross-products, when its points and overall question could be put together. */
  drivers(theme: string): DriverSummary | undefined;
  /** An index summed per place of a dimension (an empty map when the respondents do not carry the dimension). */
  places(questions: readonly string[], dimension: string): ReadonlyMap<string, { readonly s: number; readonly w: number; readonly n: number }>;
}

/**
 * Read one wave's statistics. A summary made for the study has every entry its decisions look up; one that lacks
 * an entry was made for another version of the study, and is refused rather than read as "nobody answered".
 *
 * @param w - the wave's statistics.
 * @returns the lookups.
 * @example
 * ```ts
 * surveyStats(summary.waves[0]).index(["q_or_arrival_timely_p"]).n; // customers with an index
 * ```
 */
export function surveyStats(w: SurveyWaveSummary): SurveyStats {
  const indexes = new Map(w.indexes.map((x) => [indexKey(x.questions), x.moments] as const));
  const pairs = new Map(w.pairs.map((x) => [`${x.perception}\u0000${x.expectation}`, x.gap] as const));
  const accepting = new Map(w.accepting.map((x) => [acceptingKey(x.question, x.scope), x.histogram] as const));
  const drivers = new Map(w.drivers.map((x) => [x.theme, x] as const));
  const places = new Map((w.places ?? []).map((x) => [`${indexKey(x.questions)}\u0001${x.dimension}`, new Map(x.levels.map((l) => [l.level, { s: l.sumWV, w: l.sumW, n: l.n }] as const))] as const));
  const missing = (what: string): never => {
    throw new UsageError("attribute", `the survey summary has no ${what}: it was made for another version of the study.`, "Summarise the responses again with the study you attribute (summariseSurvey, summariseDuckDB, summarisePostgres).");
  };
  return {
    wave: w.wave,
    respondents: w.respondents,
    index: (qs) => (qs.length === 0 ? emptyMoments() : (indexes.get(indexKey(qs)) ?? missing(`index over ${qs.join(", ")}`))),
    pair: (p, e) => pairs.get(`${p}\u0000${e}`) ?? missing(`pair ${p} / ${e}`),
    accepting: (q, scope) => accepting.get(acceptingKey(q, scope)) ?? missing(`answers to ${q} in scope ${JSON.stringify(scope)}`),
    drivers: (theme) => drivers.get(theme),
    places: (qs, dim) => places.get(`${indexKey(qs)}\u0001${dim}`) ?? new Map(),
  };
}

/** An empty wave: what a run without responses reads. */
export function emptyWaveSummary(wave: string): SurveyStats {
  return {
    wave,
    respondents: { customers: 0, staff: 0 },
    index: () => emptyMoments(),
    pair: () => emptyPairedGap(),
    accepting: () => emptyHistogram(),
    drivers: () => undefined,
    places: () => new Map(),
  };
}
