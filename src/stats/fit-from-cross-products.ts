/**
 * The weighted regression of {@link fitWeightedRegression} from sufficient statistics instead of rows, for data that
 * are summarised where they live (in SQL, or part by part): the centred cross-products give the coefficients
 * (the same column-dropping Cholesky, the same thresholds), and the sums of squared weighted residuals times the
 * regressors (the sandwich's "meat", computed in a second round with the coefficients as literals, or from cells
 * where the regressors are constant) give the same design-based covariance. The two routes differ by rounding only.
 * @module
 */
import { inverseFromFactor, sequentialCholesky, solveFactor } from "./_sequential-cholesky.js";
import type { RegressionCoefficient, RegressionFit } from "./fit-weighted-regression.js";
import { coefficient } from "./_coefficient.js";
import { studentTQuantile } from "./student-t-quantile.js";

/** Round 1 of a fit: the rows' count and weights, means, and cross-products centred at the weighted means. */
export interface CentredCrossProducts {
  /** Rows used (finite y and columns, weight > 0). */
  readonly n: number;
  /** Σw. */
  readonly sumW: number;
  /** The weighted mean of y. */
  readonly yBar: number;
  /** The weighted mean of each column. */
  readonly xBar: readonly number[];
  /** Σw (xₐ − x̄ₐ)(x_b − x̄_b), k×k row-major (the lower triangle is read). */
  readonly sxx: readonly number[];
  /** Σw (xₐ − x̄ₐ)(y − ȳ). */
  readonly sxy: readonly number[];
  /** Σw xₐ² before centring (a column's size, for the constant-column test). */
  readonly scale: readonly number[];
}

/** The coefficients of round 1: the kept columns, their slopes and what round 2 needs to map scores to influences. */
export type CrossProductSolution =
  | {
      readonly kind: "solved";
      /** Indices of the columns kept (the others are aliased), ascending. */
      readonly kept: readonly number[];
      /** The kept slopes, in the order of `kept`. */
      readonly beta: Float64Array;
      /** (centred XᵀWX of the kept columns)⁻¹, row-major. */
      readonly inverse: Float64Array;
    }
  | { readonly kind: "insufficient"; readonly n: number; readonly minN: number };

/** Round 2 of a fit: over the same rows, with eᵢ the residual of round 1's coefficients and ž = (1, x̃ of the kept columns). */
export interface ResidualMoments {
  /** Σ wᵢ² eᵢ² žᵢ žᵢᵀ, p×p row-major with p = 1 + kept. */
  readonly meat: readonly number[];
  /** Σ wᵢ eᵢ žᵢ (0 at the solution up to rounding; centred away as R's svyrecvar does). */
  readonly score: readonly number[];
}

const COLLINEAR = 1e-10;
const CONSTANT = 1e-14;

/**
 * Round 1: the slopes from the centred cross-products, dropping constant and collinear columns exactly as
 * {@link fitWeightedRegression} does (Golub & Van Loan 2013, Algorithm 4.2.1, with R's keep-the-earlier rule).
 *
 * @param cp - the centred cross-products.
 * @param minN - the fewest rows to fit (default rank + 2, never below rank + 1).
 * @returns the kept columns, slopes and inverse, or too few rows.
 * @example
 * ```ts
 * solveCrossProducts({ n: 4, sumW: 4, yBar: 2, xBar: [0.5], sxx: [1], sxy: [2], scale: [2] }).kind; // "solved"
 * ```
 */
export function solveCrossProducts(cp: CentredCrossProducts, minN?: number): CrossProductSolution {
  const k = cp.xBar.length;
  if (cp.n === 0) return { kind: "insufficient", n: 0, minN: minN ?? k + 3 };
  const { kept, l } = sequentialCholesky(Float64Array.from(cp.sxx), k, Float64Array.from(cp.scale), COLLINEAR, CONSTANT);
  const q = kept.length;
  const rank = 1 + q;
  const need = Math.max(minN ?? rank + 2, rank + 1);
  if (cp.n < need) return { kind: "insufficient", n: cp.n, minN: need };
  const beta = solveFactor(l, q, Float64Array.from(kept, (j) => cp.sxy[j] ?? 0));
  return { kind: "solved", kept, beta, inverse: inverseFromFactor(l, q) };
}

/**
 * Round 2: the fit with its design-based covariance from the residual moments. Each row's influence is
 * hᵢ = G žᵢ wᵢ eᵢ with G mapping centred scores to the uncentred parametrisation (β₀ = ȳ − Σ x̄ⱼ βⱼ), so
 * Σ hᵢhᵢᵀ = G (Σ wᵢ²eᵢ² žᵢžᵢᵀ) Gᵀ and V = n/(n − 1) (Σ hhᵀ − Σh Σhᵀ / n): R's `svyglm` (`svy.varcoef`, `svyrecvar`
 * on one stage with replacement); Binder (1983); Lumley (2010), ch. 5.
 *
 * @param cp - round 1's cross-products.
 * @param solution - round 1's solution (solved).
 * @param residuals - round 2's moments over the same rows.
 * @param options - the level and the columns' names.
 * @returns the fit, as {@link fitWeightedRegression} returns it.
 * @example
 * ```ts
 * const s = solveCrossProducts(cp);
 * if (s.kind === "solved") fitFromCrossProducts(cp, s, { meat, score }, { level: 0.95, names: ["x1"] }).coefficients[0]?.se;
 * ```
 */
export function fitFromCrossProducts(
  cp: CentredCrossProducts,
  solution: Extract<CrossProductSolution, { kind: "solved" }>,
  residuals: ResidualMoments,
  options: { readonly level: number; readonly names: readonly string[] },
): Extract<RegressionFit, { kind: "estimate" }> {
  const { kept, beta, inverse } = solution;
  const q = kept.length;
  const p = 1 + q;
  // G: row 0 = (1/Σw, −x̄ᵀ S⁻¹), rows 1… = (0, S⁻¹).
  const g = new Float64Array(p * p);
  g[0] = 1 / cp.sumW;
  for (let b = 0; b < q; b++) {
    let s = 0;
    for (let a = 0; a < q; a++) s += (cp.xBar[kept[a] ?? 0] ?? 0) * (inverse[a * q + b] ?? 0);
    g[b + 1] = -s;
  }
  for (let a = 0; a < q; a++) for (let b = 0; b < q; b++) g[(a + 1) * p + b + 1] = inverse[a * q + b] ?? 0;
  const gm = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = 0; b < p; b++) {
      let s = 0;
      for (let c = 0; c < p; c++) s += (g[a * p + c] ?? 0) * (residuals.meat[c * p + b] ?? 0);
      gm[a * p + b] = s;
    }
  const sh = new Float64Array(p);
  for (let a = 0; a < p; a++) {
    let s = 0;
    for (let c = 0; c < p; c++) s += (g[a * p + c] ?? 0) * (residuals.score[c] ?? 0);
    sh[a] = s;
  }
  const n = cp.n;
  const f = n / (n - 1);
  const v = new Float64Array(p * p);
  for (let a = 0; a < p; a++)
    for (let b = 0; b <= a; b++) {
      let shh = 0;
      for (let c = 0; c < p; c++) shh += (gm[a * p + c] ?? 0) * (g[b * p + c] ?? 0);
      const cov = f * (shh - ((sh[a] ?? 0) * (sh[b] ?? 0)) / n);
      v[a * p + b] = cov;
      v[b * p + a] = cov;
    }
  return estimate(cp, { kept, beta, v, level: options.level, names: options.names });
}

/** The fit from the kept slopes and their covariance (as fitWeightedRegression's own last step). */
function estimate(cp: CentredCrossProducts, fit: { kept: readonly number[]; beta: Float64Array; v: Float64Array; level: number; names: readonly string[] }): Extract<RegressionFit, { kind: "estimate" }> {
  const { n } = cp;
  const k = cp.xBar.length;
  const { kept, beta, v, level, names } = fit;
  const q = kept.length;
  const p = 1 + q;
  let intercept = cp.yBar;
  for (let m = 0; m < q; m++) intercept -= (cp.xBar[kept[m] ?? 0] ?? 0) * (beta[m] ?? 0);
  const df = n - p;
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  const slot = new Int32Array(k).fill(-1);
  kept.forEach((j, m) => (slot[j] = m + 1));
  const covariance = Array.from({ length: 1 + k }, (_, a) =>
    Array.from({ length: 1 + k }, (_, b) => {
      const sa = a === 0 ? 0 : (slot[a - 1] ?? -1);
      const sb = b === 0 ? 0 : (slot[b - 1] ?? -1);
      return sa < 0 || sb < 0 ? NaN : (v[sa * p + sb] ?? NaN);
    }),
  );
  return {
    kind: "estimate",
    n,
    rank: p,
    df,
    level,
    intercept: coefficient("(Intercept)", intercept, v[0] ?? NaN, df, t),
    coefficients: names.map((name, j) => {
      const m = slot[j] ?? -1;
      return m < 0 ? { name, estimate: NaN, se: NaN, t: NaN, p: NaN, ci: [NaN, NaN], aliased: true } : coefficient(name, beta[m - 1] ?? NaN, v[m * p + m] ?? NaN, df, t);
    }),
    covariance,
    weightSum: cp.sumW,
  };
}
