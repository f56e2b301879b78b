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
import type { LinkEffect } from "../findings.js";
import type { CaseView } from "../inputs.js";
import type { TraceCandidate } from "./candidates.js";

/** A point's index per respondent (ranks ascending). */
export interface PointIndex {
  readonly respondent: readonly number[];
  readonly value: readonly number[];
  readonly weight: readonly number[];
}

/** The outcome for one candidate: an effect, or why none could be estimated. */
export type LinkedOutcome =
  | { readonly kind: "effect"; readonly effect: LinkEffect; readonly p: number }
  | { readonly kind: "too-few-exposed"; readonly exposed: number; readonly needed: number };

/** Dummy columns (first level left out) for each segment dimension, over the given rows. */
export function segmentDummies(segments: readonly (Segment | undefined)[], dimensions: readonly string[]): { names: string[]; columns: Float64Array[]; used: string[] } {
  const names: string[] = [];
  const columns: Float64Array[] = [];
  const used: string[] = [];
  for (const dim of dimensions) {
    const levelOf = segments.map((s) => s?.find(([k]) => k === dim)?.[1] ?? "");
    const levels = [...new Set(levelOf)].sort();
    if (levels.length < 2) continue;
    used.push(dim);
    for (const level of levels.slice(1)) {
      const col = new Float64Array(segments.length);
      levelOf.forEach((l, i) => (col[i] = l === level ? 1 : 0));
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
 * @param perCaseCache - exposures already read off the cases in this run, by candidate key (filled as it goes).
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
  const out = new Map<string, LinkedOutcome>();
  if (cases === undefined || cases.count === 0) return out;
  // The linked customers of the point.
  const rows: number[] = [];
  for (let k = 0; k < index.respondent.length; k++) {
    const r = index.respondent[k] ?? 0;
    if ((caseOf[r] ?? -1) >= 0 && Number.isFinite(index.value[k] ?? NaN)) rows.push(k);
  }
  if (rows.length === 0) return out;
  const measurable = candidates.filter((c) => c.perCase !== undefined);
  const kept: { c: TraceCandidate; x: Float64Array }[] = [];
  for (const c of measurable) {
    // The same candidate recurs at every point downstream of it: read its exposure off the cases once per run.
    let perCase = perCaseCache.get(c.key);
    if (perCase === undefined) perCaseCache.set(c.key, (perCase = (c.perCase as (v: CaseView) => Float64Array)(cases)));
    const x = new Float64Array(rows.length);
    let exposed = 0;
    let unexposed = 0;
    rows.forEach((k, j) => {
      const v = perCase[caseOf[index.respondent[k] ?? 0] ?? 0] ?? NaN;
      x[j] = v;
      if (v === 1) exposed += 1;
      else if (v === 0) unexposed += 1;
    });
    // A candidate unknown for many linked cases would shrink every other estimate (listwise): leave it out.
    if (Math.min(exposed, unexposed) < options.minExposed || exposed + unexposed < 0.8 * rows.length) {
      out.set(c.key, { kind: "too-few-exposed", exposed, needed: options.minExposed });
      continue;
    }
    kept.push({ c, x });
  }
  if (kept.length === 0) return out;
  const rowSegments = rows.map((k) => segments[index.respondent[k] ?? 0]);
  const found = new Set<string>();
  if (options.adjustFor === undefined) for (const seg of rowSegments) for (const [key] of seg ?? []) found.add(key);
  const dims = options.adjustFor ?? [...found].sort();
  const dummies = segmentDummies(rowSegments, dims);
  const y = Float64Array.from(rows, (k) => index.value[k] ?? NaN);
  const w = Float64Array.from(rows, (k) => index.weight[k] ?? 1);
  const fit = fitWeightedRegression(y, [...kept.map((k) => k.x), ...dummies.columns], w, {
    level: options.level,
    minN: Math.max(options.minN, kept.length + dummies.columns.length + 2),
    names: [...kept.map((k) => k.c.key), ...dummies.names],
  });
  if (fit.kind === "insufficient") {
    for (const k of kept) out.set(k.c.key, { kind: "too-few-exposed", exposed: 0, needed: options.minExposed });
    return out;
  }
  kept.forEach(({ c, x }, j) => {
    const b = fit.coefficients[j];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) {
      out.set(c.key, { kind: "too-few-exposed", exposed: 0, needed: options.minExposed });
      return;
    }
    // The weighted share exposed among the customers the regression used.
    let wx = 0;
    let ww = 0;
    for (let i = 0; i < x.length; i++) {
      const xi = x[i] ?? NaN;
      if (!Number.isFinite(xi)) continue;
      wx += (w[i] ?? 1) * xi;
      ww += w[i] ?? 1;
    }
    const share = ww > 0 ? wx / ww : 0;
    const effect: LinkEffect = {
      estimator: "linked-regression",
      effect: { value: b.estimate, se: b.se, ci: b.ci, level: fit.level, n: fit.n, nEffective: fit.n, p: b.p, q: NaN },
      df: fit.df,
      exposure: share,
      attributable: { value: -b.estimate * share, ci: [-b.ci[1] * share, -b.ci[0] * share] },
      adjustedFor: dummies.used,
      n: fit.n,
    };
    out.set(c.key, { kind: "effect", effect, p: b.p });
  });
  return out;
}
