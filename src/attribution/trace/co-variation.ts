/**
 * Co-variation across places (grade `co-variation`): without customers linked to their cases, whether the places
 * (values of one segment: areas, depots, branches) where a candidate misses more are the places where customers
 * rate the point lower. A weighted regression of each place's mean index on its share of cases exposed, weighted
 * by the place's customers, with design-based standard errors over places and t on (places − 2) degrees of
 * freedom. It is an ecological estimate: places differ in more than the candidate, so it can mislead where
 * measured links cannot; reports say so.
 * @module
 */
import type { Segment } from "../../data/segment.js";
import { fitWeightedRegression } from "../../stats/fit-weighted-regression.js";
import type { LinkEffect } from "../findings.js";
import type { CaseView } from "../inputs.js";
import type { PointIndex } from "./linked-effects.js";

/** The co-variation effect of one exposure on a point, or undefined when too few places have both data. */
export function coVariation(
  index: PointIndex,
  perCase: Float64Array,
  cases: CaseView,
  segments: readonly (Segment | undefined)[],
  options: { readonly level: number; readonly minGroups: number; readonly minPerGroup: number },
): { effect: LinkEffect; p: number } | undefined {
  const dims = new Set<string>();
  for (let i = 0; i < cases.count; i++) for (const [k] of cases.segment(i) ?? []) dims.add(k);
  let best: { effect: LinkEffect; p: number; groups: number } | undefined;
  for (const dim of [...dims].sort()) {
    const exposure = new Map<string, { x: number; n: number }>();
    for (let i = 0; i < cases.count; i++) {
      const v = perCase[i] ?? NaN;
      const level = cases.segment(i)?.find(([k]) => k === dim)?.[1];
      if (level === undefined || !Number.isFinite(v)) continue;
      const g = exposure.get(level) ?? { x: 0, n: 0 };
      g.x += v;
      g.n += 1;
      exposure.set(level, g);
    }
    const rating = new Map<string, { s: number; w: number; n: number }>();
    for (let k = 0; k < index.respondent.length; k++) {
      const level = segments[index.respondent[k] ?? 0]?.find(([key]) => key === dim)?.[1];
      const v = index.value[k] ?? NaN;
      if (level === undefined || !Number.isFinite(v)) continue;
      const g = rating.get(level) ?? { s: 0, w: 0, n: 0 };
      const w = index.weight[k] ?? 1;
      g.s += w * v;
      g.w += w;
      g.n += 1;
      rating.set(level, g);
    }
    const levels = [...exposure.keys()].filter((l) => (exposure.get(l)?.n ?? 0) >= options.minPerGroup && (rating.get(l)?.n ?? 0) >= options.minPerGroup).sort();
    if (levels.length < options.minGroups || (best !== undefined && levels.length <= best.groups)) continue;
    const x = levels.map((l) => (exposure.get(l)?.x ?? 0) / (exposure.get(l)?.n ?? 1));
    const y = levels.map((l) => (rating.get(l)?.s ?? 0) / (rating.get(l)?.w ?? 1));
    const w = levels.map((l) => rating.get(l)?.w ?? 0);
    const fit = fitWeightedRegression(y, [x], w, { level: options.level, minN: options.minGroups, names: [dim] });
    if (fit.kind !== "estimate") continue;
    const b = fit.coefficients[0];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) continue;
    let ex = 0;
    let en = 0;
    for (const g of exposure.values()) {
      ex += g.x;
      en += g.n;
    }
    const share = en > 0 ? ex / en : 0;
    best = {
      groups: levels.length,
      p: b.p,
      effect: {
        estimator: "segment-regression",
        effect: { value: b.estimate, se: b.se, ci: b.ci, level: fit.level, n: levels.length, nEffective: levels.length, p: b.p, q: NaN },
        df: fit.df,
        exposure: share,
        attributable: { value: -b.estimate * share, ci: [-b.ci[1] * share, -b.ci[0] * share] },
        adjustedFor: [],
        n: levels.length,
      },
    };
  }
  return best === undefined ? undefined : { effect: best.effect, p: best.p };
}
