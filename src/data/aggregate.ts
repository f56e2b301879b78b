/**
 * Aggregates: mergeable summaries of answers per evaluation point × question × segment × wave (weighted
 * moments, a score histogram for discrete scales, counts of missing, "don't know" and "not applicable"), built in one pass with
 * memory bounded by the number of cells, not rows. Partial aggregates merge into exactly what one pass over all
 * rows gives (to floating-point rounding), so files can be loaded in pieces or in parallel and combined; cells
 * roll up to coarser segments the same way. Aggregates serialise to JSON and back.
 * @module
 */
import * as z from "zod/mini";
import { UsageError, ValidationError } from "../core/errors.js";
import { isProblemCode, type Problem, type ProblemCode, type ProblemParams } from "../core/problem.js";
import { BasisSchema, type Basis, type Study } from "../model/study.js";
import { addToHistogram } from "../stats/add-to-histogram.js";
import { assertFinite, assertWeight } from "../stats/_usage.js";
import { emptyHistogram, type Histogram } from "../stats/histogram.js";
import { mergeHistograms } from "../stats/merge-histograms.js";
import { mergeMoments } from "../stats/merge-moments.js";
import { emptyMoments, type WeightedMoments } from "../stats/weighted-moments.js";
import { assertSameBases } from "./basis.js";
import { Ledger, REJECT_REASONS, type LedgerSummary } from "./ledger.js";
import { responsesFrom, ResponseSource, type Answer, type ResponseOptions, type ResponseRow } from "./responses.js";
import { makeSegment, projectSegment, segmentKey, type Segment, type SegmentInput } from "./segment.js";
import { dataIndex } from "./study-index.js";
import { isRows, requireArgument, requireStudy } from "../model/arguments.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_COMBINED_EN } from "../core/messages/problems-en-data-combined.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/**
 * The format tag of aggregates (in memory and in JSON), checked when an aggregate is read back.
 *
 * @example
 * ```ts
 * aggregateToJSON(agg).format === AGGREGATE_FORMAT; // true
 * ```
 */
export const AGGREGATE_FORMAT = "gaptrace/aggregate@1" as const;

/** The summary of one evaluation point × question × segment × wave. */
export interface AggregateCell {
  readonly point: string;
  readonly question: string;
  readonly wave: string;
  readonly segment: Segment;
  /** Weighted moments of the answered values (analysis scale: reverse coding and yes/no mapping applied). */
  readonly moments: WeightedMoments;
  /** Weighted counts per scale point, for likert, score and yes/no questions; `null` for numeric questions. */
  readonly histogram: Histogram | null;
  /** Answers accepted as missing (blank). */
  readonly missing: number;
  /** Answers accepted as "don't know". */
  readonly dontKnow: number;
  /** Σ weight of the missing answers. */
  readonly missingWeight: number;
  /** Σ weight of the "don't know" answers. */
  readonly dontKnowWeight: number;
  /** Answers accepted as "not applicable" (never in the moments). */
  readonly notApplicable: number;
  /** Σ weight of the "not applicable" answers. */
  readonly notApplicableWeight: number;
}

/** Summaries of a study's answers, cell by cell, with the ledger of the load(s) behind them. */
export interface Aggregate {
  readonly format: typeof AGGREGATE_FORMAT;
  /** The id of the study the answers belong to. */
  readonly study: string;
  /** The basis of every metric a question of the study speaks about, by metric id. */
  readonly bases: ReadonlyMap<string, Basis>;
  /** Cells by {@link cellKey}. */
  readonly cells: ReadonlyMap<string, AggregateCell>;
  /** The account of the rows read. */
  readonly ledger: LedgerSummary;
}

/**
 * The key of a cell in {@link Aggregate.cells}.
 *
 * @param question - question id.
 * @param wave - wave.
 * @param segment - segment (sorted pairs).
 * @returns a string key.
 * @example
 * ```ts
 * agg.cells.get(cellKey("q-sat", "1", makeSegment({ region: "north" })));
 * ```
 */
export function cellKey(question: string, wave: string, segment: Segment): string {
  return JSON.stringify([question, wave, segment]);
}

/** Slots of a cell's running sums in the builder's table, {@link STRIDE} numbers per cell. */
const N = 0;
const N_ZERO = 1;
const SUM_W = 2;
const MEAN = 3;
const M2 = 4;
const SUM_W2 = 5;
const MEAN_W2 = 6;
const M2_W2 = 7;
const MISSING = 8;
const DONT_KNOW = 9;
const MISSING_W = 10;
const DONT_KNOW_W = 11;
const NOT_APPLICABLE = 12;
const NOT_APPLICABLE_W = 13;
const STRIDE = 14;
/** Widest discrete scale (points) whose histogram is kept as a dense table; wider ones keep bins. */
const DENSE_POINTS = 1024;

/**
 * Accumulates answers into cells. Memory grows with the number of distinct cells only. Cells are kept column-wise
 * (running sums in one typed table, histograms of discrete scales as dense tables of counts) and turned into
 * {@link AggregateCell}s by {@link AggregateBuilder.finish}: the arithmetic is that of `addValue` and
 * `addToHistogram`, step for step, so the figures are the same to the last bit.
 *
 * @example
 * ```ts
 * const b = new AggregateBuilder(study);
 * for await (const answer of source) b.add(answer);
 * const agg = b.finish(source.ledger);
 * ```
 */
export class AggregateBuilder {
  readonly #study: Study;
  readonly #questions: number;
  /** Per question: the lowest point of its discrete scale, and its number of points (0: no histogram; -1: bins). */
  readonly #low: Float64Array;
  readonly #points: Int32Array;
  readonly #waves = new Map<string, number>();
  #lastWave: string | undefined;
  #lastWaveIndex = 0;
  /** Segment index × 2²¹ + wave index → group; a group's cells are `table[group × questions + question] - 1`. */
  readonly #groups = new Map<number, number>();
  #lastGroupKey = -1;
  #lastGroup = -1;
  #table = new Int32Array(0);
  #stats = new Float64Array(STRIDE * 256);
  /** Per cell: where its dense histogram starts in #hist (count, Σw, Σw² per point), or -1. */
  #histAt = new Int32Array(256);
  #hist = new Float64Array(4096);
  #histUsed = 0;
  /** Per cell: its histogram as bins (a discrete scale too wide for a dense table, or a value off it). */
  readonly #histBins: (Histogram | null)[] = [];
  readonly #point: string[] = [];
  readonly #question: string[] = [];
  readonly #wave: string[] = [];
  readonly #segment: Segment[] = [];
  readonly #cellQuestion: number[] = [];
  #cells = 0;

  /** @param study - the study whose answers are added. */
  constructor(study: Study) {
    this.#study = study;
    const ix = dataIndex(study);
    this.#questions = ix.questionIds.length;
    this.#low = new Float64Array(this.#questions);
    this.#points = new Int32Array(this.#questions);
    ix.questionIds.forEach((id, i) => {
      const r = ix.questions.get(id)?.range;
      if (r?.discrete !== true) return;
      const lo = r.min ?? 0;
      const points = r.max === undefined ? Infinity : r.max - lo + 1;
      this.#low[i] = lo;
      this.#points[i] = Number.isInteger(lo) && Number.isInteger(points) && points >= 1 && points <= DENSE_POINTS ? points : -1;
    });
  }

  /**
   * Add one accepted answer.
   * @param a - the answer.
   * @throws UsageError when its `questionIndex` is not the position of a question of the builder's study.
   */
  add(a: Answer): void {
    const qi = a.questionIndex;
    if (!Number.isInteger(qi) || qi < 0 || qi >= this.#questions) {
      throw new UsageError(
        "AggregateBuilder.add",
        `the answer's questionIndex ${String(qi)} is not a question of study "${this.#study.id}" (it has ${this.#questions}).`,
        "Add answers read against the builder's study: questionIndex is the question's position in study order.",
      );
    }
    const cell = this.#cell(a.questionIndex, a.segmentIndex, this.#waveIndex(a.wave), a.point, a.question, a.wave, a.segment);
    const o = cell * STRIDE;
    const s = this.#stats;
    if (a.status === "answered") {
      assertFinite("addValue", "y", a.value);
      assertWeight("addValue", a.weight);
      this.#answered(cell, a.questionIndex, a.value, a.weight);
    } else if (a.status === "missing") {
      s[o + MISSING] = (s[o + MISSING] as number) + 1;
      s[o + MISSING_W] = (s[o + MISSING_W] as number) + a.weight;
    } else if (a.status === "dont-know") {
      s[o + DONT_KNOW] = (s[o + DONT_KNOW] as number) + 1;
      s[o + DONT_KNOW_W] = (s[o + DONT_KNOW_W] as number) + a.weight;
    } else {
      s[o + NOT_APPLICABLE] = (s[o + NOT_APPLICABLE] as number) + 1;
      s[o + NOT_APPLICABLE_W] = (s[o + NOT_APPLICABLE_W] as number) + a.weight;
    }
  }

  /**
   * Add one answered value (finite, with a finite weight ≥ 0) without an {@link Answer} object: what the response
   * reader's byte route hands over. The same as {@link AggregateBuilder.add} with an answer of these fields.
   * @param questionIndex - the question's position in study order.
   * @param point - its evaluation point.
   * @param question - its id.
   * @param wave - the wave.
   * @param segmentIndex - the segment's index in its source's pool.
   * @param segment - the segment.
   * @param value - the value (analysis scale).
   * @param weight - the weight.
   * @internal
   */
  addAnswered(questionIndex: number, point: string, question: string, wave: string, segmentIndex: number, segment: Segment, value: number, weight: number): void {
    this.#answered(this.#cell(questionIndex, segmentIndex, this.#waveIndex(wave), point, question, wave, segment), questionIndex, value, weight);
  }

  #waveIndex(wave: string): number {
    if (wave === this.#lastWave) return this.#lastWaveIndex;
    const known = this.#waves.get(wave);
    const wi = known ?? this.#waves.size;
    if (known === undefined) this.#waves.set(wave, wi);
    this.#lastWave = wave;
    this.#lastWaveIndex = wi;
    return wi;
  }

  /** The cell of a question × segment × wave, made on first use. */
  #cell(qi: number, si: number, wi: number, point: string, question: string, wave: string, segment: Segment): number {
    const key = si * 2_097_152 + wi;
    let group = this.#lastGroup;
    if (key !== this.#lastGroupKey) {
      const known = this.#groups.get(key);
      group = known ?? this.#groups.size;
      if (known === undefined) {
        this.#groups.set(key, group);
        const need = (group + 1) * this.#questions;
        if (need > this.#table.length) {
          const grown = new Int32Array(Math.max(need, this.#table.length * 2));
          grown.set(this.#table);
          this.#table = grown;
        }
      }
      this.#lastGroupKey = key;
      this.#lastGroup = group;
    }
    const at = group * this.#questions + qi;
    const found = this.#table[at] as number;
    if (found > 0) return found - 1;
    const cell = this.#cells++;
    this.#table[at] = cell + 1;
    if ((cell + 1) * STRIDE > this.#stats.length) {
      const grown = new Float64Array(this.#stats.length * 2);
      grown.set(this.#stats);
      this.#stats = grown;
      const at2 = new Int32Array(this.#histAt.length * 2);
      at2.set(this.#histAt);
      this.#histAt = at2;
    }
    this.#point.push(point);
    this.#question.push(question);
    this.#wave.push(wave);
    this.#segment.push(segment);
    this.#cellQuestion.push(qi);
    const points = this.#points[qi] ?? 0;
    this.#histAt[cell] = -1;
    this.#histBins.push(points < 0 ? emptyHistogram() : null);
    if (points > 0) {
      const need = this.#histUsed + points * 3;
      if (need > this.#hist.length) {
        const grown = new Float64Array(Math.max(need, this.#hist.length * 2));
        grown.set(this.#hist);
        this.#hist = grown;
      }
      this.#histAt[cell] = this.#histUsed;
      this.#histUsed = need;
    }
    return cell;
  }

  /** `addValue` and `addToHistogram` on a cell's tables. */
  #answered(cell: number, qi: number, y: number, w: number): void {
    const s = this.#stats;
    const o = cell * STRIDE;
    if (w === 0) {
      s[o + N_ZERO] = (s[o + N_ZERO] as number) + 1;
      const bins = this.#histBins[cell];
      if (bins !== null && bins !== undefined) bins.nZeroWeight += 1;
      return;
    }
    s[o + N] = (s[o + N] as number) + 1;
    const sumWBefore = s[o + SUM_W] as number;
    const sumW = sumWBefore + w;
    const delta = y - (s[o + MEAN] as number);
    s[o + MEAN] = (s[o + MEAN] as number) + (delta * w) / sumW;
    s[o + M2] = (s[o + M2] as number) + (delta * delta * w * sumWBefore) / sumW;
    s[o + SUM_W] = sumW;
    const w2 = w * w;
    const sumW2Before = s[o + SUM_W2] as number;
    const sumW2 = sumW2Before + w2;
    const delta2 = y - (s[o + MEAN_W2] as number);
    s[o + MEAN_W2] = (s[o + MEAN_W2] as number) + (delta2 * w2) / sumW2;
    s[o + M2_W2] = (s[o + M2_W2] as number) + (delta2 * delta2 * w2 * sumW2Before) / sumW2;
    s[o + SUM_W2] = sumW2;
    const h = this.#histAt[cell] as number;
    if (h >= 0) {
      const k = y - (this.#low[qi] as number);
      if (Number.isInteger(k) && k >= 0 && k < (this.#points[qi] as number)) {
        const b = h + k * 3;
        const hist = this.#hist;
        hist[b] = (hist[b] as number) + 1;
        hist[b + 1] = (hist[b + 1] as number) + w;
        hist[b + 2] = (hist[b + 2] as number) + w * w;
        return;
      }
      // A value off the scale's points (added by hand): keep this cell's histogram as bins from now on.
      this.#histBins[cell] = this.#denseToBins(cell, qi);
      this.#histAt[cell] = -1;
    }
    const bins = this.#histBins[cell];
    if (bins !== null && bins !== undefined) addToHistogram(bins, y, w);
  }

  #denseToBins(cell: number, qi: number): Histogram {
    const h = this.#histAt[cell] as number;
    const lo = this.#low[qi] as number;
    const out = emptyHistogram();
    out.nZeroWeight = this.#stats[cell * STRIDE + N_ZERO] as number;
    const hist = this.#hist;
    for (let k = 0; k < (this.#points[qi] as number); k++) {
      const count = hist[h + k * 3] as number;
      if (count > 0) out.bins.push({ value: lo + k, count, sumW: hist[h + k * 3 + 1] as number, sumW2: hist[h + k * 3 + 2] as number });
    }
    return out;
  }

  /**
   * The aggregate of everything added.
   * @param ledger - the ledger of the load.
   * @returns the aggregate.
   */
  finish(ledger: Ledger | LedgerSummary): Aggregate {
    const cells = new Map<string, AggregateCell>();
    const s = this.#stats;
    for (let c = 0; c < this.#cells; c++) {
      const o = c * STRIDE;
      const qi = this.#cellQuestion[c] as number;
      const moments: WeightedMoments = {
        n: s[o + N] as number,
        nZeroWeight: s[o + N_ZERO] as number,
        sumW: s[o + SUM_W] as number,
        mean: s[o + MEAN] as number,
        m2: s[o + M2] as number,
        sumW2: s[o + SUM_W2] as number,
        meanW2: s[o + MEAN_W2] as number,
        m2W2: s[o + M2_W2] as number,
      };
      const histogram = (this.#histAt[c] as number) >= 0 ? this.#denseToBins(c, qi) : (this.#histBins[c] ?? null);
      const question = this.#question[c] as string;
      const wave = this.#wave[c] as string;
      const segment = this.#segment[c] as Segment;
      const cell: AggregateCell = {
        point: this.#point[c] as string,
        question,
        wave,
        segment,
        moments,
        histogram,
        missing: s[o + MISSING] as number,
        dontKnow: s[o + DONT_KNOW] as number,
        missingWeight: s[o + MISSING_W] as number,
        dontKnowWeight: s[o + DONT_KNOW_W] as number,
        notApplicable: s[o + NOT_APPLICABLE] as number,
        notApplicableWeight: s[o + NOT_APPLICABLE_W] as number,
      };
      cells.set(cellKey(question, wave, segment), cell);
    }
    return {
      format: AGGREGATE_FORMAT,
      study: this.#study.id,
      bases: questionBases(this.#study),
      cells: sortCells(cells),
      ledger: ledger instanceof Ledger ? ledger.summary() : ledger,
    };
  }
}

/** The bases of the metrics the study's questions speak about. */
function questionBases(study: Study): Map<string, Basis> {
  const metrics = new Map(study.metrics.map((m) => [m.id, m]));
  const out = new Map<string, Basis>();
  for (const p of study.evaluationPoints) {
    for (const q of p.questions) {
      const m = q.metric === undefined ? undefined : metrics.get(q.metric);
      if (m !== undefined) out.set(m.id, m.basis);
    }
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

function sortCells(cells: Map<string, AggregateCell>): Map<string, AggregateCell> {
  return new Map([...cells].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/**
 * Summarise answers per evaluation point × question × segment × wave in one pass, holding no row in memory.
 * Takes in-memory rows (sync rows give a sync result) or a {@link ResponseSource} (CSV, JSONL, streams; the
 * result is a promise).
 *
 * @param study - the study.
 * @param rows - rows (long or wide form, see `options.form`) or a response source.
 * @param options - how to read rows (ignored for a response source, which has its own).
 * @returns the aggregate, with the ledger of the load.
 * @throws UsageError when a response source belongs to another study.
 * @example
 * ```ts
 * const agg = aggregate(study, [
 *   { respondent: "r1", question: "q-sat", value: 4, segment: { region: "north" } },
 *   { respondent: "r2", question: "q-sat", value: 2, segment: { region: "north" } },
 * ]);
 * agg.cells.get(cellKey("q-sat", "1", makeSegment({ region: "north" })))?.moments.mean; // 3
 *
 * const big = await aggregate(study, readResponsesCsv(study, "answers.csv")); // gaptrace/node
 * ```
 */
export function aggregate(study: Study, rows: Iterable<ResponseRow>, options?: ResponseOptions): Aggregate;
export function aggregate(study: Study, rows: ResponseSource | AsyncIterable<ResponseRow>, options?: ResponseOptions): Promise<Aggregate>;
export function aggregate(study: Study, rows: Iterable<ResponseRow> | AsyncIterable<ResponseRow> | ResponseSource, options: ResponseOptions = {}): Aggregate | Promise<Aggregate> {
  requireStudy("aggregate", study);
  requireArgument("aggregate", "second", rows, "the responses (a response source, or a list or iterable of rows)", isRows, "Pass the study first, then a source from responsesFromCsv or readResponsesCsv, or the rows.");
  const isSource = rows instanceof ResponseSource;
  const source = isSource ? rows : responsesFrom(study, rows, options);
  if (source.study.id !== study.id) {
    throw new UsageError("aggregate", `the response source reads study "${source.study.id}", not "${study.id}".`, "Aggregate a source made for the same study.");
  }
  const builder = new AggregateBuilder(study);
  const done = source.forEachInto(builder);
  if (done instanceof Promise) return done.then(() => builder.finish(source.ledger));
  const agg = builder.finish(source.ledger);
  return isSource ? Promise.resolve(agg) : agg;
}

/**
 * Merge two cells of the same question (and, for roll-ups, possibly different segments or waves).
 *
 * @param a - one cell.
 * @param b - another cell of the same question.
 * @param into - the point, question, wave and segment of the result (default `a`'s).
 * @returns a new cell; the inputs are untouched.
 * @throws UsageError when the cells are of different questions or kinds of scale.
 * @example
 * ```ts
 * const both = mergeCells(northCell, southCell, { ...northCell, segment: ALL });
 * ```
 */
export function mergeCells(a: AggregateCell, b: AggregateCell, into: Pick<AggregateCell, "point" | "question" | "wave" | "segment"> = a): AggregateCell {
  if (a.question !== b.question) {
    throw new UsageError("mergeCells", `cells of questions "${a.question}" and "${b.question}" cannot be merged.`, "Merge cells of the same question.");
  }
  if ((a.histogram === null) !== (b.histogram === null)) {
    throw new UsageError("mergeCells", `question "${a.question}" has a histogram on one side only (its scale changed between the two).`, "Merge aggregates made with the same version of the study.");
  }
  return {
    point: into.point,
    question: into.question,
    wave: into.wave,
    segment: into.segment,
    moments: mergeMoments(a.moments, b.moments),
    histogram: a.histogram !== null && b.histogram !== null ? mergeHistograms(a.histogram, b.histogram) : null,
    missing: a.missing + b.missing,
    dontKnow: a.dontKnow + b.dontKnow,
    missingWeight: a.missingWeight + b.missingWeight,
    dontKnowWeight: a.dontKnowWeight + b.dontKnowWeight,
    notApplicable: a.notApplicable + b.notApplicable,
    notApplicableWeight: a.notApplicableWeight + b.notApplicableWeight,
  };
}

/** True for an aggregate: an object with its cells in a map. */
function isAggregate(v: unknown): boolean {
  return typeof v === "object" && v !== null && (v as { cells?: unknown }).cells instanceof Map;
}

/**
 * Merge two aggregates of disjoint rows of the same study: the result equals one pass over all the rows (to
 * floating-point rounding), whatever the split and order. Duplicate answers split across the two parts cannot
 * be detected here; load such data in one pass if duplicates matter.
 *
 * @param a - one aggregate.
 * @param b - another, of different rows.
 * @returns a new aggregate with merged cells and ledgers.
 * @throws UsageError when the studies differ; BasisMismatchError when a metric's basis differs.
 * @example
 * ```ts
 * const all = mergeAggregates(await aggregate(study, partA), await aggregate(study, partB));
 * ```
 */
export function mergeAggregates(a: Aggregate, b: Aggregate): Aggregate {
  requireArgument("mergeAggregates", "first", a, "an aggregate (the result of aggregate)", isAggregate, "Pass the result of aggregate(study, source).");
  requireArgument("mergeAggregates", "second", b, "an aggregate (the result of aggregate)", isAggregate, "Pass the result of aggregate(study, source).");
  if (a.study !== b.study) {
    throw new UsageError("mergeAggregates", `the aggregates belong to different studies ("${a.study}" and "${b.study}").`, "Merge aggregates of the same study.");
  }
  assertSameBases("mergeAggregates", a.bases, b.bases, ["the first aggregate", "the second aggregate"]);
  const cells = new Map<string, AggregateCell>(a.cells);
  for (const [key, cell] of b.cells) {
    const mine = cells.get(key);
    cells.set(key, mine === undefined ? cell : mergeCells(mine, cell));
  }
  const bases = new Map(a.bases);
  for (const [k, v] of b.bases) if (!bases.has(k)) bases.set(k, v);
  return { format: AGGREGATE_FORMAT, study: a.study, bases, cells: sortCells(cells), ledger: Ledger.merge(a.ledger, b.ledger).summary() };
}

/** Options of {@link rollup}. */
export interface RollupOptions {
  /** Segment dimensions to keep (others are merged over). Default: none (everyone together). */
  readonly segments?: readonly string[];
  /** Merge all waves into one, named by this label (e.g. `"all"`). Default: keep waves apart. */
  readonly mergeWavesAs?: string;
}

/**
 * Roll cells up to coarser segments (and optionally across waves), e.g. from region × customer class to region.
 *
 * @param agg - the aggregate.
 * @param options - the dimensions to keep, and whether to merge waves.
 * @returns a new aggregate with fewer, merged cells.
 * @example
 * ```ts
 * const byRegion = rollup(agg, { segments: ["region"] });
 * const overall = rollup(agg, { mergeWavesAs: "all" });
 * ```
 */
export function rollup(agg: Aggregate, options: RollupOptions = {}): Aggregate {
  requireArgument("rollup", "first", agg, "an aggregate (the result of aggregate)", isAggregate, "Pass the result of aggregate(study, source).");
  const keep = options.segments ?? [];
  const cells = new Map<string, AggregateCell>();
  for (const cell of agg.cells.values()) {
    const segment = projectSegment(cell.segment, keep);
    const wave = options.mergeWavesAs ?? cell.wave;
    const key = cellKey(cell.question, wave, segment);
    const target = { point: cell.point, question: cell.question, wave, segment };
    const mine = cells.get(key);
    cells.set(key, mine === undefined ? { ...cell, ...target } : mergeCells(mine, cell, target));
  }
  return { ...agg, cells: sortCells(cells) };
}

/** Which cells to pick: every given field must match; a segment matches when it has all the given pairs. */
export interface CellFilter {
  readonly question?: string;
  readonly point?: string;
  readonly wave?: string;
  readonly segment?: SegmentInput;
}

/**
 * The cells matching a filter, in key order.
 *
 * @param agg - the aggregate.
 * @param filter - question, point, wave, and segment pairs to match.
 * @returns the matching cells.
 * @example
 * ```ts
 * cellsOf(agg, { question: "q-sat", segment: { region: "north" } });
 * ```
 */
export function cellsOf(agg: Aggregate, filter: CellFilter = {}): AggregateCell[] {
  requireArgument("cellsOf", "first", agg, "an aggregate (the result of aggregate)", isAggregate, "Pass the result of aggregate(study, source).");
  const want = filter.segment === undefined ? undefined : makeSegment(filter.segment);
  return [...agg.cells.values()].filter(
    (c) =>
      (filter.question === undefined || c.question === filter.question) &&
      (filter.point === undefined || c.point === filter.point) &&
      (filter.wave === undefined || c.wave === filter.wave) &&
      (want === undefined || want.every(([k, v]) => c.segment.some(([k2, v2]) => k === k2 && v === v2))),
  );
}

// ── JSON ────────────────────────────────────────────────────────────────────────────────────────────────────

const MomentsSchema = z.strictObject({
  n: z.number().check(z.int(), z.nonnegative()),
  nZeroWeight: z.number().check(z.int(), z.nonnegative()),
  sumW: z.number().check(z.nonnegative()),
  mean: z.number(),
  m2: z.number(),
  sumW2: z.number().check(z.nonnegative()),
  meanW2: z.number(),
  m2W2: z.number(),
});

const HistogramSchema = z.strictObject({
  bins: z.array(z.strictObject({ value: z.number(), count: z.number().check(z.int(), z.nonnegative()), sumW: z.number().check(z.nonnegative()), sumW2: z.number().check(z.nonnegative()) })),
  nZeroWeight: z.number().check(z.int(), z.nonnegative()),
});

const SegmentSchema = z.array(z.tuple([z.string().check(z.minLength(1)), z.string()]));

const CellSchema = z.strictObject({
  point: z.string(),
  question: z.string(),
  wave: z.string(),
  segment: SegmentSchema,
  moments: MomentsSchema,
  histogram: z.nullable(HistogramSchema),
  missing: z.number().check(z.int(), z.nonnegative()),
  dontKnow: z.number().check(z.int(), z.nonnegative()),
  missingWeight: z.number().check(z.nonnegative()),
  dontKnowWeight: z.number().check(z.nonnegative()),
  // Written only when some answer was not applicable (and absent from files written before they were counted).
  notApplicable: z.optional(z.number().check(z.int(), z.nonnegative())),
  notApplicableWeight: z.optional(z.number().check(z.nonnegative())),
});

const LabelCountSchema = z.strictObject({ label: z.string(), code: z.number(), count: z.number().check(z.int(), z.nonnegative()) });

const CodedSchema = z.strictObject({
  question: z.string(),
  recoded: z.number().check(z.int(), z.nonnegative()),
  labels: z.array(LabelCountSchema),
  notApplicable: z.number().check(z.int(), z.nonnegative()),
  dontKnow: z.number().check(z.int(), z.nonnegative()),
});

const ProblemSchema = z.object({
  code: z.custom<ProblemCode>((v) => typeof v === "string" && isProblemCode(v), "not a gaptrace problem code"),
  // Parameters are gaptrace's own (written by aggregateToJSON); absent in files written before problems had them.
  params: z.optional(z.custom<ProblemParams[ProblemCode]>((v) => v !== null && typeof v === "object")),
  severity: z.enum(["error", "warning", "info"]),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  hint: z.string(),
  location: z.optional(z.object({ file: z.optional(z.string()), line: z.optional(z.number()), column: z.optional(z.number()) })),
});

const LedgerSchema = z.strictObject({
  rowsRead: z.number().check(z.int(), z.nonnegative()),
  accepted: z.number().check(z.int(), z.nonnegative()),
  rejected: z.number().check(z.int(), z.nonnegative()),
  values: z.strictObject({
    read: z.number().check(z.int(), z.nonnegative()),
    valid: z.number().check(z.int(), z.nonnegative()),
    missing: z.number().check(z.int(), z.nonnegative()),
    dontKnow: z.number().check(z.int(), z.nonnegative()),
    notApplicable: z.optional(z.number().check(z.int(), z.nonnegative())),
    rejected: z.number().check(z.int(), z.nonnegative()),
  }),
  blankLines: z.number().check(z.int(), z.nonnegative()),
  byReason: z.array(z.tuple([z.enum(REJECT_REASONS), z.number().check(z.int(), z.nonnegative())])),
  problems: z.array(ProblemSchema),
  notes: z.array(ProblemSchema),
  maxProblemsPerReason: z.number().check(z.int(), z.nonnegative()),
  links: z.optional(z.strictObject({
      linked: z.number().check(z.int(), z.nonnegative()),
      unlinked: z.number().check(z.int(), z.nonnegative()),
      internalIgnored: z.number().check(z.int(), z.nonnegative()),
      conflicting: z.number().check(z.int(), z.nonnegative()),
    })),
  coded: z.optional(z.array(CodedSchema)),
});

/**
 * The zod schema of an aggregate's JSON form (what {@link aggregateToJSON} returns and {@link aggregateFromJSON}
 * reads), for tools that want to validate stored aggregates themselves.
 *
 * @example
 * ```ts
 * AggregateJSONSchema.safeParse(JSON.parse(text)).success; // true for a stored aggregate
 * ```
 */
export const AggregateJSONSchema = z.strictObject({
  format: z.literal(AGGREGATE_FORMAT),
  study: z.string(),
  bases: z.array(z.tuple([z.string(), BasisSchema])),
  cells: z.array(CellSchema),
  ledger: LedgerSchema,
});

/** An aggregate as plain JSON data. */
export type AggregateJSON = z.output<typeof AggregateJSONSchema>;

/**
 * The aggregate as plain data for `JSON.stringify` (Maps become arrays of entries).
 *
 * @param agg - the aggregate.
 * @returns JSON-ready data.
 * @example
 * ```ts
 * const text = JSON.stringify(aggregateToJSON(agg));
 * const back = aggregateFromJSON(JSON.parse(text));
 * ```
 */
export function aggregateToJSON(agg: Aggregate): AggregateJSON {
  return {
    format: AGGREGATE_FORMAT,
    study: agg.study,
    bases: [...agg.bases].map(([k, v]) => [k, v.map((e) => ({ ...e }))]),
    cells: [...agg.cells.values()].map((c) => ({
      point: c.point,
      question: c.question,
      wave: c.wave,
      segment: c.segment.map(([k, v]) => [k, v] as [string, string]),
      moments: { ...c.moments },
      histogram: c.histogram === null ? null : { bins: c.histogram.bins.map((b) => ({ ...b })), nZeroWeight: c.histogram.nZeroWeight },
      missing: c.missing,
      dontKnow: c.dontKnow,
      missingWeight: c.missingWeight,
      dontKnowWeight: c.dontKnowWeight,
      // Aggregates without not-applicable answers keep the JSON they always had.
      ...(c.notApplicable > 0 || c.notApplicableWeight > 0 ? { notApplicable: c.notApplicable, notApplicableWeight: c.notApplicableWeight } : {}),
    })),
    ledger: structuredClone(agg.ledger) as AggregateJSON["ledger"],
  };
}

/**
 * Read an aggregate back from its JSON form, checking its shape.
 *
 * @param json - parsed JSON (e.g. `JSON.parse(text)`).
 * @returns the aggregate.
 * @throws ValidationError listing every shape problem (code `data/aggregate-json`).
 * @example
 * ```ts
 * const agg = aggregateFromJSON(JSON.parse(await readFile("agg.json", "utf8")));
 * ```
 */
export function aggregateFromJSON(json: unknown): Aggregate {
  const r = AggregateJSONSchema.safeParse(json, ZOD_ENGLISH);
  if (!r.success) {
    const problems: Problem[] = r.error.issues.map((i) =>
      problemFrom(DATA_COMBINED_EN, "data/aggregate-json", "error", i.path.filter((p): p is string | number => typeof p !== "symbol"), { detail: i.message }),
    );
    throw new ValidationError("gaptrace/aggregateFromJSON: this is not a gaptrace aggregate.", problems);
  }
  const d = r.data;
  const cells = new Map<string, AggregateCell>();
  for (const c of d.cells) {
    const segment = makeSegment(c.segment);
    const key = cellKey(c.question, c.wave, segment);
    if (cells.has(key)) {
      throw new ValidationError("gaptrace/aggregateFromJSON: a cell appears twice.", [
        problemFrom(DATA_COMBINED_EN, "data/aggregate-json", "error", ["cells"], { cell: key }),
      ]);
    }
    cells.set(key, { ...c, segment, notApplicable: c.notApplicable ?? 0, notApplicableWeight: c.notApplicableWeight ?? 0 });
  }
  const { links, coded, values, ...counts } = d.ledger;
  const { notApplicable, ...valueCounts } = values;
  const ledger: LedgerSummary = {
    ...counts,
    values: notApplicable === undefined ? valueCounts : { ...valueCounts, notApplicable },
    problems: counts.problems.map(toProblem),
    notes: counts.notes.map(toProblem),
    ...(links === undefined ? {} : { links }),
    ...(coded === undefined ? {} : { coded }),
  };
  return { format: AGGREGATE_FORMAT, study: d.study, bases: new Map(d.bases), cells: sortCells(cells), ledger };
}

/** A parsed problem without the `undefined` fields zod leaves for absent optional keys. */
function toProblem(p: z.output<typeof ProblemSchema>): Problem {
  const { location, params, ...text } = p;
  // Without parameters (an older file) the problem keeps its English text; problemText then answers in English.
  const rest: Problem = { ...text, params: params as ProblemParams[ProblemCode] };
  if (location === undefined) return rest;
  const loc: { file?: string; line?: number; column?: number } = {};
  if (location.file !== undefined) loc.file = location.file;
  if (location.line !== undefined) loc.line = location.line;
  if (location.column !== undefined) loc.column = location.column;
  return { ...rest, location: loc };
}
