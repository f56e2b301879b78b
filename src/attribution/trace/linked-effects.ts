/**
 * Measured links (grade `measured`): from customers linked to their own cases, the effect of each upstream
 * candidate on a point's satisfaction. One weighted least-squares regression per point of the customer's index
 * on every candidate's exposure (1 when the customer's own case missed, 0 when it met) plus dummies for the
 * segments adjusted for, with design-based (linearization) standard errors as R's `svyglm` computes them: the
 * candidates of one point are estimated jointly, so a customer exposed to two misses is not counted twice, and a
 * segment that drives both the misses and the ratings is compared within itself.
 * @module
 */
import type { Segment } from "../../data/segment.js";
import { fitWeightedRegression } from "../../stats/fit-weighted-regression.js";
import { scratchPool } from "../../stats/drivers/_scratch.js";
import type { LinkEffect } from "../shared/findings.js";
import { isSharedIndex } from "../evidence/measure.js";
import { coefficientEffect } from "./share-interval.js";
import type { CaseView } from "../shared/inputs.js";
import { perCaseKey, type TraceCandidate } from "./candidates.js";

/** A point's index per respondent (ranks ascending). */
export interface PointIndex {
  readonly respondent: ArrayLike<number>;
  readonly value: ArrayLike<number>;
  readonly weight: ArrayLike<number>;
}

/** The outcome for one candidate: an effect, or why none could be estimated. */
export type LinkedOutcome =
  | { readonly kind: "effect"; readonly effect: LinkEffect; readonly p: number }
  | { readonly kind: "too-few-exposed"; readonly exposed: number; readonly unexposed: number; readonly unknown: number; readonly needed: number }
  /**
   * The exposure is aliased with the segments (or another candidate): not identifiable from these data.
   * `adjustedFor`: the segment dimensions the comparison was within.
   */
  | { readonly kind: "confounded"; readonly adjustedFor: readonly string[] };

/**
 * A weighted share of 0/1 values over the rows marked used, with its linearization standard error
 * (√(n/(n−1) · Σ wᵢ²(xᵢ − p)²) / Σw, the design-based error of a weighted mean; Lumley 2010, ch. 2).
 */
export function weightedShare(x: ArrayLike<number>, w: ArrayLike<number>, used?: ArrayLike<number>): { share: number; se: number; n: number } {
  let sw = 0;
  let swx = 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) {
    if (used !== undefined && used[i] !== 1) continue;
    const xi = x[i] ?? NaN;
    const wi = w[i] ?? 1;
    if (!Number.isFinite(xi) || !(wi > 0)) continue;
    sw += wi;
    swx += wi * xi;
    n += 1;
  }
  if (n === 0 || sw <= 0) return { share: 0, se: NaN, n: 0 };
  const p = swx / sw;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    if (used !== undefined && used[i] !== 1) continue;
    const xi = x[i] ?? NaN;
    const wi = w[i] ?? 1;
    if (!Number.isFinite(xi) || !(wi > 0)) continue;
    ss += (wi * (xi - p)) ** 2;
  }
  return { share: p, se: n > 1 ? Math.sqrt((n / (n - 1)) * ss) / sw : NaN, n };
}

/**
 * Dummy columns (first level left out) for each segment dimension, over m rows whose segment is `segmentAt(row)`;
 * the levels are those of the rows `include`d (a row left out is 0 in every column). Rows share their segment
 * objects: each segment's level is looked up once, and each row carries a level code (no string per row).
 */
export function segmentDummies(
  m: number,
  segmentAt: (row: number) => Segment | undefined,
  dimensions: readonly string[],
  include: (row: number) => boolean = () => true,
): { names: string[]; columns: Float64Array[]; used: string[] } {
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const used: string[] = [];
  // Made only when there is a dimension to code (none is the common case: no column of a million rows for it).
  const code = dimensions.length === 0 ? new Int32Array(0) : new Int32Array(m);
  for (const dim of dimensions) {
    const seen = new Map<Segment | undefined, number>();
    const levelNames: string[] = [];
    for (let i = 0; i < m; i++) {
      if (!include(i)) {
        code[i] = -1;
        continue;
      }
      const s = segmentAt(i);
      let c = seen.get(s);
      if (c === undefined) {
        const l = s?.find(([k]) => k === dim)?.[1] ?? "";
        c = levelNames.indexOf(l);
        if (c < 0) c = levelNames.push(l) - 1;
        seen.set(s, c);
      }
      code[i] = c;
    }
    const levels = [...levelNames].sort();
    if (levels.length < 2) continue;
    used.push(dim);
    for (const level of levels.slice(1)) {
      const target = levelNames.indexOf(level);
      const col = new Float64Array(m);
      for (let i = 0; i < m; i++) col[i] = code[i] === target ? 1 : 0;
      names.push(`${dim}=${level}`);
      columns.push(col);
    }
  }
  return { names, columns, used };
}

/**
 * Estimate every candidate's effect on a point from linked customers.
 *
 * @param index - the point's satisfaction index per respondent.
 * @param candidates - the point's candidates (those without a per-case exposure are skipped).
 * @param cases - the case view.
 * @param caseOf - per respondent rank, its case's index in the view (−1: not linked).
 * @param segments - per respondent rank, its segment.
 * @param options - the dimensions to adjust for, the level, the fewest customers on each side.
 * @param perCaseCache - exposures already read off these cases (this run's, or kept with the case view and study),
 *   by {@link perCaseKey} (filled as it goes).
 * @returns per candidate key, the effect or why there is none; empty when no respondent of the point is linked.
 * @example
 * ```ts
 * const out = linkedEffects(index, candidates, cases, caseOf, segments, { adjustFor: ["region"], level: 0.95, minExposed: 10 });
 * out.get("missed-standard:std_crew_city")?.kind; // "effect"
 * ```
 */
export function linkedEffects(
  index: PointIndex,
  candidates: readonly TraceCandidate[],
  cases: CaseView | undefined,
  caseOf: Int32Array,
  segments: readonly (Segment | undefined)[],
  options: { readonly adjustFor: readonly string[] | undefined; readonly level: number; readonly minExposed: number; readonly minN: number },
  perCaseCache: Map<string, Float64Array> = new Map(),
): Map<string, LinkedOutcome> {
  if (cases === undefined || cases.count === 0) return new Map();
  // Counted with each row's case on a first call, so the fit below reads those cases rather than a second pass.
  const { m, rows } = countLinked(index, caseOf);
  if (m === 0) return new Map();
  const measurable = candidates.filter((c) => c.perCase !== undefined);
  // The same candidate recurs at every point downstream of it: read its exposure off the cases once per run (or
  // once per view, when the caller keeps the cache).
  const perCase = measurable.map((c) => {
    const k = perCaseKey(c);
    let v = perCaseCache.get(k);
    if (v === undefined) perCaseCache.set(k, (v = (c.perCase as (v: CaseView) => Float64Array)(cases)));
    return v;
  });
  if (!isSharedIndex(index)) return fitLinked(index, m, measurable, perCase, rows ?? rowCases(index, caseOf), segments, options);
  // A view's shared index, its join to the cases, its segments and the same exposure columns give the same fits:
  // kept with the index, so a repeat call fits nothing. Each caller gets its own copy of the outcomes.
  const key = JSON.stringify([options.adjustFor ?? null, options.level, options.minExposed, options.minN, measurable.map((c) => c.key)]);
  let byIndex = linkedFits.get(caseOf);
  if (byIndex === undefined) linkedFits.set(caseOf, (byIndex = new WeakMap()));
  const entries = byIndex.get(index) ?? [];
  let hit = entries.find((e) => e.key === key && e.segments === segments && e.perCase.length === perCase.length && e.perCase.every((x, i) => x === perCase[i]));
  if (hit === undefined) {
    hit = { key, segments, perCase, out: fitLinked(index, m, measurable, perCase, rows ?? rowCases(index, caseOf), segments, options) };
    byIndex.set(index, [...entries.slice(-(MAX_FITS - 1)), hit]);
  }
  return new Map([...hit.out].map(([k, o]) => [k, structuredClone(o)] as const));
}

/** The linked customers of a point (rows of the index with a case and a value), counted once per shared index and join. */
export function linkedCount(index: PointIndex, caseOf: Int32Array): number {
  return countLinked(index, caseOf).m;
}

/** The count of {@link linkedCount}, with each row's case when it had to be counted (undefined on a kept count). */
function countLinked(index: PointIndex, caseOf: Int32Array): { m: number; rows: Int32Array | undefined } {
  const shared = isSharedIndex(index);
  const hit = shared ? counts.get(index)?.get(caseOf) : undefined;
  if (hit !== undefined) return { m: hit, rows: undefined };
  const rows = rowCases(index, caseOf);
  let m = 0;
  for (let k = 0; k < rows.length; k++) m += (rows[k] as number) >= 0 ? 1 : 0;
  if (shared) {
    let byJoin = counts.get(index);
    if (byJoin === undefined) counts.set(index, (byJoin = new WeakMap()));
    byJoin.set(caseOf, m);
  }
  return { m, rows };
}

/**
 * Each row's case (its index in the case view), or −1 when the row is not linked or has no value. In a scratch
 * reused from point to point (see scratchPool), valid until the next call: linkedEffects reads it within its own
 * synchronous call (through countLinked and fitLinked), linkedCount drops it, and nothing returned or kept (the
 * counts, the linked fits) holds it. A first call at 130,000 respondents made 15 of them, 7.8 MB of array buffers,
 * which bring V8's next full collection nearer.
 */
function rowCases(index: PointIndex, caseOf: Int32Array): Int32Array {
  const { respondent, value } = index;
  const n = respondent.length;
  const scratchRows = rowScratch(Math.ceil(n / 2));
  const rows = new Int32Array(scratchRows.buffer, scratchRows.byteOffset, n);
  for (let k = 0; k < n; k++) rows[k] = Number.isFinite(value[k] ?? NaN) ? (caseOf[respondent[k] ?? 0] ?? -1) : -1;
  return rows;
}

const counts = new WeakMap<PointIndex, WeakMap<Int32Array, number>>();

/**
 * Linked fits kept with their join of responses to cases (which lives as long as both views) and their point's
 * shared index: a few per index, one per option set and exposures. Keyed by the join first, so the exposures a fit
 * holds go when the case view goes, even while the response table lives on.
 */
const linkedFits = new WeakMap<Int32Array, WeakMap<PointIndex, readonly LinkedFit[]>>();
const MAX_FITS = 8;

interface LinkedFit {
  readonly key: string;
  readonly segments: readonly (Segment | undefined)[];
  readonly perCase: readonly Float64Array[];
  readonly out: ReadonlyMap<string, LinkedOutcome>;
}

/** The exposure columns' scratch: 8 MB a candidate at a million respondents, made once rather than per fit. */
const scratch = scratchPool();

/** The rows' cases' scratch (rowCases), apart from the exposures' so that a fit can read both. */
const rowScratch = scratchPool();

/** The regression of one point's index on its measurable candidates' exposures among its m linked customers. */
function fitLinked(
  index: PointIndex,
  m: number,
  measurable: readonly TraceCandidate[],
  perCases: readonly Float64Array[],
  rowCase: Int32Array,
  segments: readonly (Segment | undefined)[],
  options: { readonly adjustFor: readonly string[] | undefined; readonly level: number; readonly minExposed: number; readonly minN: number },
): Map<string, LinkedOutcome> {
  const out = new Map<string, LinkedOutcome>();
  const { respondent, value, weight } = index;
  const n = respondent.length;
  // Columns over the index's own rows (a row not linked, or without a value, has a missing exposure, so the
  // listwise fit leaves it out): the outcome and weights are the index's columns, not copies of a million rows.
  // rowCase: each row's case, read once (not per row per candidate through a closure), −1 when not linked.
  const kept: { c: TraceCandidate; x: Float64Array }[] = [];
  // The exposure columns live in one scratch, reused from fit to fit (see scratchPool): nothing returned holds them.
  const buffer = scratch(n * measurable.length);
  measurable.forEach((c, i) => {
    const perCase = perCases[i] as Float64Array;
    const x = buffer.subarray(i * n, (i + 1) * n);
    let exposed = 0;
    let unexposed = 0;
    for (let k = 0; k < n; k++) {
      const r = rowCase[k] as number;
      const v = r < 0 ? NaN : (perCase[r] ?? NaN);
      x[k] = v;
      if (v === 1) exposed += 1;
      else if (v === 0) unexposed += 1;
    }
    // A candidate unknown for many linked cases would shrink every other estimate (listwise): leave it out.
    if (Math.min(exposed, unexposed) < options.minExposed || exposed + unexposed < 0.8 * m) {
      out.set(c.key, { kind: "too-few-exposed", exposed, unexposed, unknown: m - exposed - unexposed, needed: options.minExposed });
      return;
    }
    kept.push({ c, x });
  });
  if (kept.length === 0) return out;
  const segmentAt = (k: number): Segment | undefined => segments[respondent[k] ?? 0];
  const linked = (k: number): boolean => (rowCase[k] as number) >= 0;
  const found = new Set<string>();
  if (options.adjustFor === undefined) {
    const distinct = new Set<Segment | undefined>();
    // Neighbouring rows mostly share their segment object: added once per run of it (the set is the same).
    let last: Segment | undefined | null = null;
    for (let k = 0; k < n; k++) {
      if ((rowCase[k] as number) < 0) continue;
      const seg = segments[respondent[k] ?? 0];
      if (seg !== last) distinct.add((last = seg));
    }
    for (const seg of distinct) for (const [key] of seg ?? []) found.add(key);
  }
  const dims = options.adjustFor ?? [...found].sort();
  const dummies = segmentDummies(n, segmentAt, dims, linked);
  const y = value instanceof Float64Array ? value : Float64Array.from({ length: n }, (_, k) => value[k] ?? NaN);
  const w = weight instanceof Float64Array ? weight : Float64Array.from({ length: n }, (_, k) => weight[k] ?? 1);
  // Segment dummies first: where an exposure cannot be told apart from a segment, the candidate is the column
  // dropped as aliased (not identifiable), never the adjustment it claims.
  const fit = fitWeightedRegression(y, [...dummies.columns, ...kept.map((k) => k.x)], w, {
    level: options.level,
    minN: Math.max(options.minN, kept.length + dummies.columns.length + 2),
    names: [...dummies.names, ...kept.map((k) => k.c.key)],
  });
  if (fit.kind === "insufficient") {
    for (const k of kept) out.set(k.c.key, tooFew(k.x, m, options.minExposed));
    return out;
  }
  // The rows the fit used (listwise): every exposure share is computed on them.
  const used = new Uint8Array(n);
  if (kept.length === 1) {
    // One exposure (the usual case): every test of a row in one pass.
    const x = (kept[0] as { x: Float64Array }).x;
    for (let i = 0; i < n; i++) used[i] = Number.isFinite(y[i] ?? NaN) && (w[i] ?? 0) > 0 && Number.isFinite(x[i] ?? NaN) ? 1 : 0;
  } else {
    for (let i = 0; i < n; i++) used[i] = Number.isFinite(y[i] ?? NaN) && (w[i] ?? 0) > 0 ? 1 : 0;
    for (const k of kept) for (let i = 0; i < n; i++) if (!Number.isFinite(k.x[i] ?? NaN)) used[i] = 0;
  }
  kept.forEach(({ c, x }, j) => {
    const b = fit.coefficients[dummies.columns.length + j];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) {
      out.set(c.key, { kind: "confounded", adjustedFor: dummies.used });
      return;
    }
    const { share, se } = weightedShare(x, w, used);
    out.set(c.key, { kind: "effect", effect: coefficientEffect("linked-regression", b, fit, { value: share, se }, dummies.used), p: b.p });
  });
  return out;
}

/** Why a candidate's effect could not be estimated: its exposed, unexposed and unknown counts among the m linked customers. */
function tooFew(x: Float64Array, m: number, needed: number): LinkedOutcome {
  let exposed = 0;
  let unexposed = 0;
  for (let i = 0; i < x.length; i++) if (x[i] === 1) exposed++;
  else if (x[i] === 0) unexposed++;
  return { kind: "too-few-exposed", exposed, unexposed, unknown: m - exposed - unexposed, needed };
}
