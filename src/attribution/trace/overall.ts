/**
 * Overall satisfaction (总体满意度) is not traced by graph position: its gap is shared among the theme's points
 * through their measured driver weights. One weighted regression of the customers' overall index on their index
 * at every point of the theme (design-based standard errors), so raising point k to its target would raise
 * overall satisfaction by b_k × gap_k index points: that is point k's attributable part of the overall gap, and
 * the point's own causes carry it further upstream.
 * @module
 */
import type { EvaluationPoint } from "../../model/study.js";
import { fitWeightedRegression } from "../../stats/fit-weighted-regression.js";
import { studentTQuantile } from "../../stats/student-t-quantile.js";
import type { LinkEffect } from "../shared/findings.js";
import type { PointIndex } from "./linked-effects.js";

/** One driver point's effect on overall satisfaction. */
export interface DriverOutcome {
  readonly point: string;
  readonly effect: LinkEffect;
  readonly p: number;
}

/**
 * The driver effects of a theme's points on its overall index.
 *
 * @param overall - the overall question's index per respondent.
 * @param drivers - each driver point with its index per respondent, its gap to target (index points; 0 when it
 *   meets its target) and the gap's standard error.
 * @param options - level and the fewest customers.
 * @returns one outcome per driver that could be estimated (a driver answered by fewer than half of the overall
 *   question's respondents, or fewer than `minN`, is left out of the fit).
 * @example
 * ```ts
 * driverEffects(overallIndex, [{ point, index, gap: 6.2, gapSe: 0.8 }], { level: 0.95, minN: 30 })[0]?.effect.attributable.value;
 * ```
 */
export function driverEffects(
  overall: PointIndex,
  drivers: readonly { readonly point: EvaluationPoint; readonly index: PointIndex; readonly gap: number; readonly gapSe: number }[],
  options: { readonly level: number; readonly minN: number },
): DriverOutcome[] {
  if (drivers.length === 0) return [];
  // Each respondent rank's row in the overall index (−1: not there), dense by rank.
  const n = overall.respondent.length;
  let size = 0;
  for (let i = 0; i < n; i++) size = Math.max(size, (overall.respondent[i] ?? 0) + 1);
  const pos = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) pos[overall.respondent[i] ?? 0] = i;
  const columns = drivers.map((d) => {
    const col = new Float64Array(n).fill(NaN);
    const { respondent, value } = d.index;
    for (let i = 0; i < respondent.length; i++) {
      const r = respondent[i] ?? 0;
      const k = r < size ? (pos[r] ?? -1) : -1;
      if (k >= 0) col[k] = value[i] ?? NaN;
    }
    return col;
  });
  // A point most customers were not asked (or did not answer) would empty the listwise fit: it stays out, untested.
  const kept = drivers.map((d, j) => ({ d, col: columns[j] as Float64Array })).filter(({ col }) => {
    let answered = 0;
    for (const v of col) if (Number.isFinite(v)) answered += 1;
    return answered >= options.minN && answered >= 0.5 * n;
  });
  if (kept.length === 0) return [];
  const fit = fitWeightedRegression(Float64Array.from(overall.value), kept.map((k) => k.col), Float64Array.from(overall.weight), {
    level: options.level,
    minN: Math.max(options.minN, kept.length + 2),
    names: kept.map((k) => k.d.point.id),
  });
  if (fit.kind !== "estimate") return [];
  const out: DriverOutcome[] = [];
  const t = studentTQuantile(1 - (1 - fit.level) / 2, fit.df);
  kept.forEach(({ d }, j) => {
    const b = fit.coefficients[j];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) return;
    const gap = Math.max(0, d.gap);
    // Delta method for b·gap: Var ≈ gap²·Var(b) + b²·Var(gap).
    const value = b.estimate * gap;
    const se = Math.sqrt(gap * gap * b.se * b.se + b.estimate * b.estimate * (gap > 0 ? d.gapSe * d.gapSe : 0));
    out.push({
      point: d.point.id,
      p: b.p,
      effect: {
        estimator: "driver-regression",
        effect: { value: b.estimate, se: b.se, ci: b.ci, level: fit.level, n: fit.n, nEffective: fit.n, p: b.p, q: NaN },
        df: fit.df,
        exposure: gap,
        attributable: { value, se, ci: [value - t * se, value + t * se] },
        adjustedFor: [],
        n: fit.n,
      },
    });
  });
  return out;
}
