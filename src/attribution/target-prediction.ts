/**
 * The overall index a set of point targets predicts, from the driver regression the attribution measures effects
 * with: ŷ = b₀ + Σₖ bₖ·vₖ, where vₖ is point k's target when it is moved and its current mean otherwise, so
 * ŷ = Ō + Σₖ bₖ·(vₖ − x̄ₖ) on the fitted rows. Its standard error is design-based (Binder's linearisation): each
 * respondent's influence on ŷ through the coefficients (the regression's estimating equations) and through the
 * current means of the points that stay, summed with their covariances, as fitWeightedRegression sums its scores.
 * @module
 */
import { studentTQuantile } from "../stats/student-t-quantile.js";
import type { DriverFit } from "./trace/overall.js";

/** A predicted overall index with its design-based interval. */
export interface OverallPrediction {
  readonly value: number;
  readonly se: number;
  readonly ci: readonly [number, number];
  readonly level: number;
  /** Residual degrees of freedom of the fit (n − rank): the t reference of the interval. */
  readonly df: number;
  /** Respondents behind the fit (those who answered the overall question and every driver point). */
  readonly n: number;
}

/** The rows of the fit: finite outcome, finite driver columns, positive finite weight (listwise, as the fit). */
export function fitRows(d: DriverFit): Uint8Array {
  const n = d.y.length;
  const use = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = d.weight[i] ?? NaN;
    if (!Number.isFinite(d.y[i] ?? NaN) || !(Number.isFinite(w) && w > 0)) continue;
    if (d.kept.every((k) => Number.isFinite(k.column[i] ?? NaN))) use[i] = 1;
  }
  return use;
}

/**
 * The weighted means of the driver columns on the fit's rows: the "current" value of every point the prediction
 * starts from (b₀ + Σ bₖ x̄ₖ is then the overall mean on those rows, exactly).
 *
 * @param d - the driver fit.
 * @returns one mean per kept driver, in fit order.
 * @example
 * ```ts
 * fitMeans(driverFit(overall, drivers, { level: 0.95, minN: 30 })!); // [71.2, 64.8, …]
 * ```
 */
export function fitMeans(d: DriverFit): number[] {
  const use = fitRows(d);
  let sw = 0;
  const sums = d.kept.map(() => 0);
  for (let i = 0; i < use.length; i++) {
    if (use[i] !== 1) continue;
    const w = d.weight[i] as number;
    sw += w;
    d.kept.forEach((k, j) => (sums[j] = (sums[j] as number) + w * (k.column[i] as number)));
  }
  return sums.map((s) => s / sw);
}

/** Solve A z = c for a small dense symmetric A (Gaussian elimination with partial pivoting). */
function solve(a: number[][], c: number[]): number[] {
  const m = c.length;
  const x = a.map((row, i) => [...row, c[i] as number]);
  for (let col = 0; col < m; col++) {
    let piv = col;
    for (let r = col + 1; r < m; r++) if (Math.abs((x[r] as number[])[col] as number) > Math.abs((x[piv] as number[])[col] as number)) piv = r;
    [x[col], x[piv]] = [x[piv] as number[], x[col] as number[]];
    const p = (x[col] as number[])[col] as number;
    for (let r = 0; r < m; r++) {
      if (r === col) continue;
      const f = ((x[r] as number[])[col] as number) / p;
      if (f === 0) continue;
      for (let k = col; k <= m; k++) (x[r] as number[])[k] = ((x[r] as number[])[k] as number) - f * ((x[col] as number[])[k] as number);
    }
  }
  return x.map((row, i) => (row[m] as number) / (row[i] as number));
}

/**
 * Predict the overall index when the points given a value are moved to it, with a design-based interval.
 *
 * The interval includes the sampling error of every coefficient (intercept and slopes, with their covariances)
 * and of the current means of the points that are not moved (a moved point's new value is its target, which is
 * not estimated). It does not include the error of whether a target, once declared, will be met, nor any change
 * the regression does not capture (the effects are associations measured in one wave). With no point moved it is
 * the overall mean on the fit's rows and that mean's own standard error.
 *
 * Source: Binder (1983), "On the variances of asymptotically normal estimators from complex surveys", ISR 51(3);
 * the linearisation R's `svyglm` (`svy.varcoef`) and `svymean` use for a single-stage with-replacement design.
 *
 * @param d - the driver fit (from the attribution's own `driverFit`).
 * @param values - per kept driver in fit order, its new value, or undefined to leave it at its current mean.
 * @returns the prediction, its standard error and interval on the fit's t reference.
 * @example
 * ```ts
 * predictOverall(fit, [75, undefined, 80]).ci; // [80.1, 82.3]
 * ```
 */
export function predictOverall(d: DriverFit, values: readonly (number | undefined)[]): OverallPrediction {
  const { fit } = d;
  const use = fitRows(d);
  const active = d.kept.map((_, j) => j).filter((j) => fit.coefficients[j]?.aliased !== true);
  const b = d.kept.map((_, j) => (fit.coefficients[j]?.aliased === true ? 0 : (fit.coefficients[j]?.estimate ?? 0)));
  const means = fitMeans(d);
  const v = d.kept.map((_, j) => values[j] ?? (means[j] as number));
  const value = fit.intercept.estimate + b.reduce((acc, bj, j) => acc + bj * (v[j] as number), 0);
  // A = XᵀWX over the fit's rows (intercept and the active columns); z = A⁻¹c with c = (1, v).
  const p = active.length + 1;
  const a = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const row = (i: number): number[] => [1, ...active.map((j) => (d.kept[j] as { column: Float64Array }).column[i] as number)];
  let sw = 0;
  for (let i = 0; i < use.length; i++) {
    if (use[i] !== 1) continue;
    const w = d.weight[i] as number;
    sw += w;
    const x = row(i);
    for (let r = 0; r < p; r++) for (let c = 0; c < p; c++) (a[r] as number[])[c] = ((a[r] as number[])[c] as number) + w * (x[r] as number) * (x[c] as number);
  }
  const z = solve(a, [1, ...active.map((j) => v[j] as number)]);
  const stays = active.filter((j) => values[j] === undefined);
  // Each respondent's influence on ŷ: through the coefficients (z·xᵢ wᵢ eᵢ) and through the means that stay.
  const inf: number[] = [];
  for (let i = 0; i < use.length; i++) {
    if (use[i] !== 1) continue;
    const w = d.weight[i] as number;
    const x = row(i);
    const e = (d.y[i] as number) - fit.intercept.estimate - active.reduce((acc, j, k) => acc + (b[j] as number) * (x[k + 1] as number), 0);
    const viaCoef = x.reduce((acc, xv, k) => acc + (z[k] as number) * xv, 0) * w * e;
    const viaMeans = stays.reduce((acc, j) => acc + ((b[j] as number) * w * (((d.kept[j] as { column: Float64Array }).column[i] as number) - (means[j] as number))) / sw, 0);
    inf.push(viaCoef + viaMeans);
  }
  const n = inf.length;
  const mean = inf.reduce((s, x) => s + x, 0) / n;
  const se = Math.sqrt((n / (n - 1)) * inf.reduce((s, x) => s + (x - mean) ** 2, 0));
  const t = studentTQuantile(1 - (1 - fit.level) / 2, fit.df);
  return { value, se, ci: [value - t * se, value + t * se], level: fit.level, df: fit.df, n: fit.n };
}
