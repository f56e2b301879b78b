/**
 * Co-variation across places (grade `co-variation`): without customers linked to their cases, whether the places
 * (values of one segment: areas, depots, branches) where a candidate misses more are the places where customers
 * rate the point lower. A weighted least-squares line of each place's mean index on its share of in-scope cases
 * exposed, weighted by the place's customers, with the model-based slope error (residual variance over places − 2
 * degrees of freedom, Student's t): with a handful of places a sandwich error is far too small. It is an
 * ecological estimate, so it supports or weakens a link but never gives it a share: places differ in more than the
 * candidate (a place that fails at everything makes every failing step look guilty).
 * @module
 */
import type { Segment } from "../../data/segment.js";
import { studentTCdf } from "../../stats/student-t-cdf.js";
import { studentTQuantile } from "../../stats/student-t-quantile.js";
import type { LinkEffect } from "../shared/findings.js";
import type { CaseView } from "../shared/inputs.js";
import type { PointIndex } from "./linked-effects.js";

/** Each case's and each respondent's level of a segment dimension (undefined where not recorded), read once. */
export interface SegmentLevels {
  cases(dim: string): readonly (string | undefined)[];
  respondents(dim: string): readonly (string | undefined)[];
  /** The dimensions the case records carry. */
  readonly dimensions: readonly string[];
}

/**
 * Segment levels of a case view and a respondent list, memoized per dimension.
 *
 * @param cases - the case view.
 * @param segments - each respondent's segment, by rank.
 * @returns the lookups.
 */
export function segmentLevels(cases: CaseView, segments: readonly (Segment | undefined)[]): SegmentLevels {
  const c = new Map<string, (string | undefined)[]>();
  const r = new Map<string, (string | undefined)[]>();
  const dims = new Set<string>();
  for (let i = 0; i < cases.count; i++) for (const [k] of cases.segment(i) ?? []) dims.add(k);
  return {
    dimensions: [...dims].sort(),
    cases(dim) {
      let v = c.get(dim);
      if (v === undefined) c.set(dim, (v = Array.from({ length: cases.count }, (_, i) => cases.segment(i)?.find(([k]) => k === dim)?.[1])));
      return v;
    },
    respondents(dim) {
      let v = r.get(dim);
      if (v === undefined) r.set(dim, (v = segments.map((s) => s?.find(([k]) => k === dim)?.[1])));
      return v;
    },
  };
}

/** A point's index per place (level) of one segment dimension: Σ w·index, Σ w and respondents. */
export type PlaceRatings = ReadonlyMap<string, { readonly s: number; readonly w: number; readonly n: number }>;

/**
 * A point's index summed per place: respondents whose level of the dimension is known and whose index is finite.
 *
 * @param index - the point's index per respondent.
 * @param respLevel - each respondent's level (by rank), undefined where not recorded.
 * @returns per level, Σ w·index, Σ w and the respondents.
 * @example
 * ```ts
 * placeRatings(index, levels.respondents("area")).get("urban")?.n;
 * ```
 */
export function placeRatings(index: PointIndex, respLevel: readonly (string | undefined)[]): PlaceRatings {
  const rating = new Map<string, { s: number; w: number; n: number }>();
  for (let k = 0; k < index.respondent.length; k++) {
    const level = respLevel[index.respondent[k] ?? 0];
    const v = index.value[k] ?? NaN;
    if (level === undefined || !Number.isFinite(v)) continue;
    const g = rating.get(level) ?? { s: 0, w: 0, n: 0 };
    const w = index.weight[k] ?? 1;
    g.s += w * v;
    g.w += w;
    g.n += 1;
    rating.set(level, g);
  }
  return rating;
}

/**
 * The co-variation effect of one exposure on a point, across the places of the segment with the most usable ones.
 *
 * @param ratingOf - the point's index summed per place of a dimension ({@link placeRatings} of the respondents'
 *   index, or a survey summary's `places`).
 * @param perCase - per case: 1 exposed, 0 not, NaN unknown or out of the standard's scope.
 * @param levels - segment levels of cases and respondents.
 * @param options - level, fewest places, fewest cases and customers a place.
 * @returns the effect (index points per 100% exposed) and its two-sided p, or undefined with too few places.
 */
export function coVariation(
  ratingOf: (dim: string) => PlaceRatings,
  perCase: Float64Array,
  levels: SegmentLevels,
  options: { readonly level: number; readonly minGroups: number; readonly minPerGroup: number },
): { effect: LinkEffect; p: number } | undefined {
  let best: { effect: LinkEffect; p: number; groups: number } | undefined;
  for (const dim of levels.dimensions) {
    const caseLevel = levels.cases(dim);
    const exposure = new Map<string, { x: number; n: number }>();
    for (let i = 0; i < perCase.length; i++) {
      const v = perCase[i] ?? NaN;
      const level = caseLevel[i];
      if (level === undefined || !Number.isFinite(v)) continue;
      const g = exposure.get(level) ?? { x: 0, n: 0 };
      g.x += v;
      g.n += 1;
      exposure.set(level, g);
    }
    const rating = ratingOf(dim);
    const places = [...exposure.keys()].filter((l) => (exposure.get(l)?.n ?? 0) >= options.minPerGroup && (rating.get(l)?.n ?? 0) >= options.minPerGroup).sort();
    const G = places.length;
    if (G < options.minGroups || (best !== undefined && G <= best.groups)) continue;
    const x = places.map((l) => (exposure.get(l)?.x ?? 0) / (exposure.get(l)?.n ?? 1));
    const y = places.map((l) => (rating.get(l)?.s ?? 0) / (rating.get(l)?.w ?? 1));
    const w = places.map((l) => rating.get(l)?.w ?? 0);
    const sw = w.reduce((a, b) => a + b, 0);
    const xBar = x.reduce((a, v, i) => a + (w[i] ?? 0) * v, 0) / sw;
    const yBar = y.reduce((a, v, i) => a + (w[i] ?? 0) * v, 0) / sw;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < G; i++) {
      sxx += (w[i] ?? 0) * ((x[i] ?? 0) - xBar) ** 2;
      sxy += (w[i] ?? 0) * ((x[i] ?? 0) - xBar) * ((y[i] ?? 0) - yBar);
    }
    // Exposure that does not vary across places says nothing about its effect.
    if (!(sxx > 1e-12 * sw)) continue;
    const b = sxy / sxx;
    let rss = 0;
    for (let i = 0; i < G; i++) rss += (w[i] ?? 0) * ((y[i] ?? 0) - yBar - b * ((x[i] ?? 0) - xBar)) ** 2;
    const df = G - 2;
    // Model-based: the residual variance per unit weight, over places − 2 degrees of freedom.
    const se = Math.sqrt(rss / df / sxx);
    const tStat = se > 0 ? b / se : b === 0 ? 0 : Math.sign(b) * Infinity;
    const p = 2 * studentTCdf(-Math.abs(tStat), df);
    const t = studentTQuantile(1 - (1 - options.level) / 2, df);
    let ex = 0;
    let en = 0;
    for (const g of exposure.values()) {
      ex += g.x;
      en += g.n;
    }
    const share = en > 0 ? ex / en : 0;
    const value = -b * share;
    best = {
      groups: G,
      p,
      effect: {
        estimator: "segment-regression",
        effect: { value: b, se, ci: [b - t * se, b + t * se], level: options.level, n: G, nEffective: G, p, q: NaN },
        df,
        exposure: share,
        attributable: { value, se: se * share, ci: [value - t * se * share, value + t * se * share] },
        adjustedFor: [],
        n: G,
      },
    };
  }
  return best === undefined ? undefined : { effect: best.effect, p: best.p };
}
