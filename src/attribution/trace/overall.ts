/**
 * Overall satisfaction (总体满意度) is not traced by graph position: its gap is shared among the theme's points
 * through their measured driver weights. One weighted regression of the customers' overall index on their index
 * at every point of the theme (design-based standard errors), so raising point k to its target would raise
 * overall satisfaction by b_k × gap_k index points: that is point k's attributable part of the overall gap, and
 * the point's own causes carry it further upstream.
 * @module
 */
import type { EvaluationPoint } from "../../model/study.js";
import { fitWeightedRegression, type RegressionFit } from "../../stats/fit-weighted-regression.js";
import type { LinkEffect } from "../shared/findings.js";
import { alignedIndex, isSharedIndex, type RespondentIndex } from "../evidence/measure.js";
import { coefficientEffect } from "./share-interval.js";
import type { PointIndex } from "./linked-effects.js";

/** One driver point's effect on overall satisfaction. */
export interface DriverOutcome {
  readonly point: string;
  readonly effect: LinkEffect;
  readonly p: number;
}

/** The driver regression of a theme's overall index on its points' indexes, with the columns it was fitted on. */
export interface DriverFit {
  readonly fit: Extract<RegressionFit, { kind: "estimate" }>;
  /** The overall index per row (respondent of the overall question), and the rows' weights. */
  readonly y: Float64Array;
  readonly weight: Float64Array;
  /** The drivers that entered the fit, in fit order: their position in the drivers given, and their column. */
  readonly kept: readonly { readonly driver: number; readonly column: Float64Array }[];
}

/**
 * The regression the attribution measures driver effects with: the overall index on every driver point answered by
 * at least half of the overall question's respondents (and `minN`), weighted, with design-based standard errors.
 * One function, so the effects a report gives and the targets cascaded from them come from the same fit.
 *
 * @param overall - the overall question's index per respondent.
 * @param drivers - the driver points with their index per respondent.
 * @param options - level and the fewest customers.
 * @returns the fit and its columns, or undefined when no driver could enter or the fit could not be made. When
 *   every index is a view's shared index, the fit is kept with them and returned again (read only).
 * @example
 * ```ts
 * driverFit(overallIndex, [{ index: arrivalIndex }, { index: restoreIndex }], { level: 0.95, minN: 30 })?.fit.coefficients[0]?.estimate;
 * ```
 */
export function driverFit(overall: PointIndex, drivers: readonly { readonly point: EvaluationPoint; readonly index: PointIndex }[], options: { readonly level: number; readonly minN: number }): DriverFit | undefined {
  if (drivers.length === 0) return undefined;
  // The shared indexes of a view never change, so the same indexes, names and options give the same fit: kept
  // with the overall index, a repeat call (and the targets' cascade, which fits the same regression) reads it.
  const cacheable = isSharedIndex(overall) && drivers.every((d) => isSharedIndex(d.index));
  const key = `${options.level}\u0000${options.minN}\u0000${drivers.map((d) => d.point.id).join("\u0000")}`;
  const entries = cacheable ? (fits.get(overall) ?? []) : [];
  const hit = entries.find((e) => e.key === key && e.drivers.length === drivers.length && e.drivers.every((x, i) => x === drivers[i]?.index));
  if (hit !== undefined) return hit.fit;
  const fit = fitDrivers(overall, drivers, options);
  if (cacheable) {
    fits.set(overall, [...entries.slice(-(MAX_FITS - 1)), { key, drivers: drivers.map((d) => d.index), fit }]);
  }
  return fit;
}

/** Driver fits kept with their overall index (a few per index: one per option set and driver list). */
const fits = new WeakMap<PointIndex, readonly { readonly key: string; readonly drivers: readonly PointIndex[]; readonly fit: DriverFit | undefined }[]>();
const MAX_FITS = 8;

function fitDrivers(overall: PointIndex, drivers: readonly { readonly point: EvaluationPoint; readonly index: PointIndex }[], options: { readonly level: number; readonly minN: number }): DriverFit | undefined {
  // Each respondent rank's row in the overall index (−1: not there), dense by rank.
  const n = overall.respondent.length;
  let size = 0;
  for (let i = 0; i < n; i++) size = Math.max(size, (overall.respondent[i] ?? 0) + 1);
  const pos = new Int32Array(size).fill(-1);
  for (let i = 0; i < n; i++) pos[overall.respondent[i] ?? 0] = i;
  const columns = drivers.map((d) => {
    // The survey summary aligned the same shared indexes already: the same column, made once per view.
    const shared = alignedIndex(overall as RespondentIndex, d.index as RespondentIndex);
    if (shared !== undefined) return shared;
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
  const kept = columns.map((column, driver) => ({ driver, column })).filter(({ column }) => {
    // An indexed loop: a typed array's iterator made a result object and a boxed number per row (100 MB at 130,000).
    let answered = 0;
    for (let i = 0; i < column.length; i++) if (Number.isFinite(column[i])) answered += 1;
    return answered >= options.minN && answered >= 0.5 * n;
  });
  if (kept.length === 0) return undefined;
  // The index's own columns when they are typed (an index is read only): no copy of a million values.
  const y = overall.value instanceof Float64Array ? overall.value : Float64Array.from(overall.value);
  const weight = overall.weight instanceof Float64Array ? overall.weight : Float64Array.from(overall.weight);
  const fit = fitWeightedRegression(y, kept.map((k) => k.column), weight, {
    level: options.level,
    minN: Math.max(options.minN, kept.length + 2),
    names: kept.map((k) => (drivers[k.driver] as (typeof drivers)[number]).point.id),
  });
  return fit.kind === "estimate" ? { fit, y, weight, kept } : undefined;
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
  const driven = driverFit(overall, drivers, options);
  if (driven === undefined) return [];
  const { fit } = driven;
  const kept = driven.kept.map((k) => ({ d: drivers[k.driver] as (typeof drivers)[number] }));
  const out: DriverOutcome[] = [];
  kept.forEach(({ d }, j) => {
    const b = fit.coefficients[j];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) return;
    const gap = Math.max(0, d.gap);
    out.push({ point: d.point.id, p: b.p, effect: coefficientEffect("driver-regression", b, fit, { value: gap, se: gap > 0 ? d.gapSe : 0 }, []) });
  });
  return out;
}
