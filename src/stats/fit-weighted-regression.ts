/**
 * Weighted least-squares linear regression with design-based (linearised, "sandwich") standard errors: the
 * coefficients, SEs, t tests and intervals R's `svyglm(y ~ x1 + …, design, family = gaussian())` reports for a
 * single-stage design with replacement and sampling weights. The attribution engine regresses satisfaction on
 * exposure to process failures with it.
 * @module
 */
import * as z from "zod/mini";
import { UsageError } from "../core/errors.js";
import { parseOptions } from "./_usage.js";
import { inverseFromFactor, sequentialCholesky, solveFactor } from "./_sequential-cholesky.js";
import { coefficient } from "./_coefficient.js";
import { studentTQuantile } from "./student-t-quantile.js";
import { scratchPool } from "./drivers/_scratch.js";

/** Options of {@link fitWeightedRegression}. */
export interface RegressionOptions {
  /** Confidence level of the intervals, strictly between 0.5 and 1; default 0.95. */
  readonly level?: number;
  /** Fewest rows to fit at all; default rank + 2 (never below rank + 1, which leaves one residual degree of freedom). */
  readonly minN?: number;
  /** One name per column, for the coefficients and messages; default `x1`, `x2`, … */
  readonly names?: readonly string[];
}

/** One coefficient of a {@link RegressionFit}. */
export interface RegressionCoefficient {
  /** `(Intercept)`, or the column's name. */
  readonly name: string;
  /** The estimate; NaN when aliased. */
  readonly estimate: number;
  /** Its design-based standard error; NaN when aliased. */
  readonly se: number;
  /** estimate / se. */
  readonly t: number;
  /** Two-sided p-value from Student t with the fit's `df`. */
  readonly p: number;
  /** estimate ± t_{1−(1−level)/2, df} · se. */
  readonly ci: readonly [number, number];
  /** Dropped as collinear with the intercept and earlier columns (R reports NA): every number above is NaN. */
  readonly aliased: boolean;
}

/** The result of {@link fitWeightedRegression}: a fit, or too few usable rows to fit. */
export type RegressionFit =
  | {
      readonly kind: "estimate";
      /** Rows used (finite y, finite columns, weight finite and > 0). */
      readonly n: number;
      /** Number of coefficients estimated: the intercept plus the columns not aliased. */
      readonly rank: number;
      /** Residual degrees of freedom, n − rank (R: `degf(design) + 1 − rank`). */
      readonly df: number;
      readonly level: number;
      readonly intercept: RegressionCoefficient;
      /** One per column, in the order given. */
      readonly coefficients: readonly RegressionCoefficient[];
      /** (1 + k)×(1 + k) covariance of the estimates, intercept first; NaN rows and columns for aliased columns. */
      readonly covariance: readonly (readonly number[])[];
      /** Σw over the rows used. */
      readonly weightSum: number;
    }
  | { readonly kind: "insufficient"; readonly n: number; readonly minN: number; readonly reason: string };

const FN = "fitWeightedRegression";
/** A column is aliased when the intercept and earlier kept columns explain all but this share of its variance. */
const COLLINEAR = 1e-10;
/** A column is constant when its weighted sum of squares about its mean is this small a share of Σw x². */
const CONSTANT = 1e-14;

/**
 * Fit y = β₀ + Σⱼ βⱼ xⱼ by weighted least squares, β = (XᵀWX)⁻¹XᵀWy, with the design-based covariance of a
 * single-stage with-replacement design: with residuals eᵢ and scores uᵢ = wᵢ eᵢ xᵢ,
 * V = (XᵀWX)⁻¹ [n/(n − 1) Σᵢ (uᵢ − ū)(uᵢ − ū)ᵀ] (XᵀWX)⁻¹. This is R's `svyglm(y ~ x1 + …,
 * svydesign(ids = ~1, weights = ~w, data = d), family = gaussian())` (`svy.varcoef`, then `svyrecvar` on one stage,
 * which centres the scores; ū is 0 at the solution up to rounding). Tests use Student t with df = n − rank
 * (`summary.svyglm`: `degf(design) + 1 − rank`, and `degf` = n − 1 here); the intervals use the same t. R's
 * `confint.svyglm` defaults to the normal instead, so its intervals are slightly narrower.
 *
 * Rows with a non-finite y or column value, or a weight that is not finite and > 0, are left out (listwise), which
 * matches R on a design of the complete rows. R's `svyglm` on a design that still holds the incomplete rows treats
 * them as out of the domain and scales by N/(N − 1) over all N rows; its SEs then differ from these by the factor
 * √[(N/(N − 1))/(n/(n − 1))], by less than 1/(2(n − 1)) (under 0.1% from 500 rows used). Columns are centred at
 * their weighted means before the cross-products are summed, so the normal equations lose no digits to large means.
 * A column that is constant, or that the intercept and earlier kept columns explain to within 1e-10 of its
 * variance, is aliased (estimate NaN, as R's NA) and the rest is fitted; the later of two collinear columns is the
 * one dropped, as in R. (R's QR drops a column whose residual norm is below 1e-7 of its norm, 1e-14 in squares,
 * so exact collinearity is treated alike; a nearly collinear column between the two thresholds is dropped here and
 * kept, with huge SEs, by R.)
 *
 * Source: Binder (1983), "On the variances of asymptotically normal estimators from complex surveys",
 * *International Statistical Review* 51(3), 279–292; Lumley (2010), *Complex Surveys: A Guide to Analysis Using
 * R*, ch. 5 (regression); R survey `svyglm`, `svy.varcoef`, `svyrecvar`, `summary.svyglm`.
 *
 * @param y - The outcome, one value per row; non-finite values drop the row.
 * @param columns - The predictors (k of them, possibly none), each with one value per row; no intercept column.
 * @param weights - Sampling weights, one per row; all 1 when `undefined`. A weight not finite and > 0 drops the row.
 * @param options - Level, minimum rows and column names ({@link RegressionOptions}).
 * @returns The fit, or `kind: "insufficient"` with a plain reason when there are fewer than `minN` rows.
 * @throws {@link core!UsageError} for arguments that are not arrays, of different lengths, or a level outside (0.5, 1).
 * @example
 * ```ts
 * const fit = fitWeightedRegression([3, 5, 4, 8, 7, 9], [[0, 1, 0, 1, 1, 1], [1, 1, 2, 2, 3, 3]], [1, 2, 1, 1, 2, 1], {
 *   names: ["resolved", "visits"],
 * });
 * // { kind: "estimate", n: 6, rank: 3, df: 3, level: 0.95, weightSum: 8,
 * //   intercept: { name: "(Intercept)", estimate: 1.625, se: 0.6108…, t: 2.660…, p: 0.0763…, … },
 * //   coefficients: [{ name: "resolved", estimate: 2.5, se: 0.4189…, p: 0.0094…, ci: [1.166…, 3.833…], … },
 * //                  { name: "visits", estimate: 1.25, se: 0.4020…, p: 0.0529…, … }], … }
 * ```
 */
export function fitWeightedRegression(
  y: ArrayLike<number>,
  columns: readonly ArrayLike<number>[],
  weights: ArrayLike<number> | undefined,
  options: RegressionOptions = {},
): RegressionFit {
  const { rows, k, level, minN, names } = checkArguments(y, columns, weights, options);
  // One column (a linked fit of one exposure, the usual case): the same sums in the same order, in three plain
  // passes over the rows (see oneColumnSums).
  const one = k === 1 ? oneColumnSums(y, columns[0]!, weights) : undefined;
  const use = one?.c.use ?? usedRows(rows, y, columns, weights);
  let n = one?.c.n ?? 0;
  if (one === undefined) for (let i = 0; i < rows; i++) n += use[i]!;
  // Early exit: no row to fit, so no rank to measure; ask for the rank a full fit would have, plus 2.
  if (n === 0) return insufficient(0, minN ?? k + 3);
  const c = one?.c ?? centring(use, n, y, columns, weights);

  // Centred cross-products XᵀWX (lower triangle) and XᵀWy, summed over the rows a block at a time.
  const { s, sxy } = one ?? normalEquations(c);

  const { kept, l } = sequentialCholesky(s, k, c.scale, COLLINEAR, CONSTANT);
  const q = kept.length;
  const rank = 1 + q;
  const need = Math.max(minN ?? rank + 2, rank + 1);
  if (n < need) return insufficient(n, need);

  const beta = solveFactor(l, q, Float64Array.from(kept, (j) => sxy[j]!));
  const v = one !== undefined ? oneColumnInfluence(c, beta, kept, l) : influenceCovariance(c, beta, kept, l);
  return estimateFit(c, { kept, beta, v, level, names });
}

/** Check the arguments' shapes and the options; every mistake is a {@link core!UsageError} naming the function. */
function checkArguments(
  y: unknown,
  columns: unknown,
  weights: unknown,
  options: unknown,
): { rows: number; k: number; level: number; minN: number | undefined; names: readonly string[] } {
  const rows = lengthOf(y, "y");
  if (!Array.isArray(columns)) {
    throw new UsageError(
      FN,
      `expecting columns to be an array of columns, got ${describe(columns)}.`,
      "Pass [] for an intercept-only fit, or one array per predictor.",
    );
  }
  const k = columns.length;
  const { level, minN, names, given } = resolve(options, k);
  columns.forEach((col, j) => {
    const label = given ? `columns[${j}] (${JSON.stringify(names[j])})` : `columns[${j}]`;
    sameLength(lengthOf(col, label), rows, label);
  });
  if (weights !== undefined) sameLength(lengthOf(weights, "weights"), rows, "weights");
  return { rows, k, level, minN, names };
}

/** Listwise selection, column by column so each loop reads one array: 1 for a row every value of which is usable. */
function usedRows(rows: number, y: ArrayLike<number>, columns: readonly ArrayLike<number>[], weights: ArrayLike<number> | undefined): Uint8Array {
  // The outcome and the weights in one pass (a fit reads both whole); each column then in its own.
  const use = new Uint8Array(rows);
  if (weights === undefined) for (let i = 0; i < rows; i++) use[i] = Number.isFinite(y[i]) ? 1 : 0;
  else {
    for (let i = 0; i < rows; i++) {
      const w = weights[i]!;
      use[i] = Number.isFinite(y[i]) && Number.isFinite(w) && w > 0 ? 1 : 0;
    }
  }
  for (const col of columns) markFinite(use, col);
  return use;
}

/** The used rows' weighted means and sizes, and where their values are read from (rows with `use` 1). */
interface CentredRows {
  readonly n: number;
  readonly k: number;
  readonly use: Uint8Array;
  readonly y: ArrayLike<number>;
  readonly columns: readonly ArrayLike<number>[];
  readonly weights: ArrayLike<number> | undefined;
  readonly sumW: number;
  readonly yBar: number;
  readonly xBar: Float64Array;
  /** Σw x² of each column before centring: its size, for the constant-column test. */
  readonly scale: Float64Array;
}

/**
 * The weighted means (and Σw x²) over the used rows, in row order: the sums a copy of the used rows would give. No
 * copy is made: the passes below centre the rows a block at a time (see centredBlocks).
 */
function centring(use: Uint8Array, n: number, y: ArrayLike<number>, columns: readonly ArrayLike<number>[], weights: ArrayLike<number> | undefined): CentredRows {
  const k = columns.length;
  const rows = use.length;
  // Σw and Σwy in one pass (each its own running sum, in row order); the columns below likewise.
  let sumW = 0;
  let swy = 0;
  for (let i = 0; i < rows; i++) {
    if (use[i] !== 1) continue;
    const wi = weights === undefined ? 1 : weights[i]!;
    sumW += wi;
    swy += wi * y[i]!;
  }
  const yBar = swy / sumW;
  const xBar = new Float64Array(k);
  const scale = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const col = columns[j]!;
    let sw = 0;
    let sw2 = 0;
    for (let i = 0; i < rows; i++) {
      if (use[i] !== 1) continue;
      const x = col[i]!;
      const wv = (weights === undefined ? 1 : weights[i]!) * x;
      sw += wv;
      sw2 += wv * x;
    }
    xBar[j] = sw / sumW;
    scale[j] = sw2;
  }
  return { n, k, use, y, columns, weights, sumW, yBar, xBar, scale };
}

/**
 * A one-column fit's listwise selection, weighted means, Σw x² and centred sums Σ (w x̃) x̃ and Σ (w ỹ) x̃: the
 * numbers of usedRows, centring and normalEquations for k = 1, to the bit. Each sum has its own running total, adds
 * the same terms formed the same way ((wᵢx̃ᵢ)x̃ᵢ, (wᵢỹᵢ)x̃ᵢ) in row order, and starts from 0 as those do; only the
 * passes are fewer (the selection and the means in one, the centred sums in a second) and plain loops with no
 * block, scratch or callback, which V8 optimises sooner on a first call (ten such fits in a trace at 130,000 rows).
 */
function oneColumnSums(y: ArrayLike<number>, x: ArrayLike<number>, weights: ArrayLike<number> | undefined): { c: CentredRows; s: Float64Array; sxy: Float64Array } {
  const rows = y.length;
  const use = new Uint8Array(rows);
  let n = 0;
  let sumW = 0;
  let swy = 0;
  let sw = 0;
  let sw2 = 0;
  for (let i = 0; i < rows; i++) {
    const yi = y[i]!;
    const xi = x[i]!;
    const wi = weights === undefined ? 1 : weights[i]!;
    if (!(Number.isFinite(yi) && Number.isFinite(wi) && wi > 0 && Number.isFinite(xi))) continue;
    use[i] = 1;
    n += 1;
    sumW += wi;
    swy += wi * yi;
    const wv = wi * xi;
    sw += wv;
    sw2 += wv * xi;
  }
  const yBar = swy / sumW;
  const xBar = Float64Array.of(sw / sumW);
  const c: CentredRows = { n, k: 1, use, y, columns: [x], weights, sumW, yBar, xBar, scale: Float64Array.of(sw2) };
  const m = xBar[0]!;
  let sxx = 0;
  let sxy = 0;
  if (n > 0) {
    for (let i = 0; i < rows; i++) {
      if (use[i] !== 1) continue;
      const wi = weights === undefined ? 1 : weights[i]!;
      const xc = x[i]! - m;
      sxx += wi * xc * xc;
      sxy += wi * (y[i]! - yBar) * xc;
    }
  }
  return { c, s: Float64Array.of(sxx), sxy: Float64Array.of(sxy) };
}

/**
 * The design-based covariance of influenceCovariance for one column (kept, or aliased as constant), to the bit: each
 * row's residual and influences formed as there (z = 0 + S⁻¹x̃, z₀ = 1/Σw − x̄z, each times wᵢeᵢ), and each of the
 * sums Σh and Σhₐh_b in its own running total in row order, in one pass with nothing stored per row.
 */
function oneColumnInfluence(c: CentredRows, beta: Float64Array, kept: readonly number[], l: Float64Array): Float64Array {
  const { use, y, weights, yBar } = c;
  const x = c.columns[0]!;
  const q = kept.length;
  const inv = inverseFromFactor(l, q);
  const m = c.xBar[0]!;
  const b = q === 1 ? beta[0]! : 0;
  const s = q === 1 ? inv[0]! : 0;
  const w0 = 1 / c.sumW;
  let sh0 = 0;
  let sh1 = 0;
  let s00 = 0;
  let s10 = 0;
  let s11 = 0;
  for (let i = 0; i < use.length; i++) {
    if (use[i] !== 1) continue;
    const wi = weights === undefined ? 1 : weights[i]!;
    const yc = y[i]! - yBar;
    if (q === 0) {
      const h0 = wi * yc * w0;
      sh0 += h0;
      s00 += h0 * h0;
      continue;
    }
    const xc = x[i]! - m;
    const we = wi * (yc - b * xc);
    const z = 0 + s * xc;
    const h0 = we * (w0 - m * z);
    const h1 = we * z;
    sh0 += h0;
    s00 += h0 * h0;
    sh1 += h1;
    s10 += h1 * h0;
    s11 += h1 * h1;
  }
  return q === 0 ? centredInfluence(c.n, 1, [sh0], [s00]) : centredInfluence(c.n, 2, [sh0, sh1], [s00, 0, s10, s11]);
}

/** V = n/(n − 1) Σᵢ (hᵢ − h̄)(hᵢ − h̄)ᵀ from Σh and the lower triangle of Σhhᵀ (p×p): svyrecvar for one stage centres the influences. */
function centredInfluence(n: number, p: number, sh: ArrayLike<number>, shh: ArrayLike<number>): Float64Array {
  const v = new Float64Array(p * p);
  const f = n / (n - 1);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b <= a; b++) {
      const cov = f * (shh[a * p + b]! - (sh[a]! * sh[b]!) / n);
      v[a * p + b] = cov;
      v[b * p + a] = cov;
    }
  }
  return v;
}

/** Used rows centred at a time: the scratch holds a block of each column, not a copy of every row. */
const BLOCK = 4096;

/** One block of used rows, centred: weights, y − ȳ and each column minus its mean (column j at x[j·BLOCK …]). */
interface Block {
  readonly size: number;
  readonly w: Float64Array;
  readonly yc: Float64Array;
  readonly x: Float64Array;
}

/** The centred blocks' scratch, reused from call to call (see scratchPool). */
const scratch = scratchPool();

/**
 * Visit the used rows in order, a block at a time, centred at the means of {@link centring}: each value is the one a
 * centred copy of all the used rows would hold, and every running sum below is carried from block to block in row
 * order, so a fit has every digit it had when the rows were copied whole (at a million rows that copy was 8 MB a
 * column, and V8 starts a full collection each time some 64 MB of array buffers have been made).
 */
function centredBlocks(c: CentredRows, visit: (block: Block) => void): void {
  const { n, k, use, y, columns, weights, yBar, xBar } = c;
  const buffer = scratch((k + 2) * BLOCK);
  const w = buffer.subarray(0, BLOCK);
  const yc = buffer.subarray(BLOCK, 2 * BLOCK);
  const x = buffer.subarray(2 * BLOCK, (k + 2) * BLOCK);
  const at = new Uint32Array(Math.min(BLOCK, n));
  let i = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const size = Math.min(BLOCK, n - start);
    for (let r = 0; r < size; i++) if (use[i] === 1) at[r++] = i;
    for (let r = 0; r < size; r++) {
      const row = at[r]!;
      w[r] = weights === undefined ? 1 : weights[row]!;
      yc[r] = y[row]! - yBar;
    }
    for (let j = 0; j < k; j++) {
      const col = columns[j]!;
      const o = j * BLOCK;
      const m = xBar[j]!;
      for (let r = 0; r < size; r++) x[o + r] = col[at[r]!]! - m;
    }
    visit({ size, w, yc, x });
  }
}

/** Σ w x̃ₐ x̃_b (lower triangle, k×k) and Σ (w ỹ) x̃ⱼ over the used rows, each sum in row order. */
function normalEquations(c: CentredRows): { s: Float64Array; sxy: Float64Array } {
  const { k } = c;
  const s = new Float64Array(k * k);
  const sxy = new Float64Array(k);
  const vx = new Float64Array(BLOCK);
  centredBlocks(c, ({ size, w, yc, x }) => {
    for (let a = 0; a < k; a++) {
      const oa = a * BLOCK;
      for (let r = 0; r < size; r++) vx[r] = w[r]! * x[oa + r]!;
      crossRow(vx, 0, x, a, size, s, a * k);
    }
    // The product wᵣ ỹᵣ formed row by row (no column of them).
    for (let j = 0; j < k; j++) {
      const o = j * BLOCK;
      let acc = sxy[j]!;
      for (let r = 0; r < size; r++) acc += w[r]! * yc[r]! * x[o + r]!;
      sxy[j] = acc;
    }
  });
  return { s, sxy };
}

/**
 * The design-based covariance of (intercept, kept slopes), p×p row-major with p = 1 + kept.
 *
 * Each row's influence on the estimates, hᵢ = (XᵀWX)⁻¹ uᵢ with the score uᵢ = wᵢ eᵢ (1, x̃ᵢ), in the uncentred
 * parametrisation (β₀ = ȳ − Σ x̄ⱼ βⱼ). With centred columns XᵀWX is block diagonal (Σw, then the kept block of s),
 * so hᵢ = wᵢ eᵢ zᵢ with z_slopes = S⁻¹ x̃ᵢ and z₀ = 1/Σw − Σ x̄ⱼ z_j. Mapping each score to its influence before
 * summing, as R does (estfun %*% Ainv), keeps V positive semi-definite and leaves a coefficient that the data pin
 * down exactly (a row of leverage 1) with an SE at rounding level; sandwiching the summed scores instead leaves
 * cancellation noise there that changes with the row order. One pass over the rows, nothing stored per row.
 */
function influenceCovariance(c: CentredRows, beta: Float64Array, kept: readonly number[], l: Float64Array): Float64Array {
  const { n, xBar } = c;
  const q = kept.length;
  const p = 1 + q;
  const inv = inverseFromFactor(l, q);
  const shift = Float64Array.from(kept, (j) => xBar[j]!);
  const offsets = Int32Array.from(kept, (j) => j * BLOCK);
  // A block's influences, column by column: h[a·BLOCK + r] is row r's influence on coefficient a (0 = intercept).
  // Every sum adds the same terms in the same order (within a row, over b; across rows, in row order) as one row
  // at a time would, so the result is the same to the bit; the loops run down contiguous columns, four at a time.
  const h = new Float64Array(p * BLOCK);
  const sh = new Float64Array(p);
  const shh = new Float64Array(p * p);
  const w0 = 1 / c.sumW;
  centredBlocks(c, ({ size, w, yc, x }) => {
    // Residuals e = ỹ − X̃_K β, column by column (ỹ is not needed again in this block).
    const e = yc;
    for (let m = 0; m < q; m++) {
      const o = offsets[m]!;
      const b = beta[m]!;
      for (let r = 0; r < size; r++) e[r] = e[r]! - b * x[o + r]!;
    }
    // zₐ = Σ_b S⁻¹[a, b] x̃_b in column a + 1; z₀ = 1/Σw − Σₐ x̄ₐ zₐ in column 0; then each scaled by wᵣ eᵣ.
    for (let r = 0; r < size; r++) h[r] = w0;
    for (let a = 0; a < q; a++) {
      const oz = (a + 1) * BLOCK;
      productRow(h, oz, size, inv, a * q, x, offsets, q);
      const sa = shift[a]!;
      for (let r = 0; r < size; r++) h[r] = h[r]! - sa * h[oz + r]!;
    }
    for (let a = 0; a < p; a++) {
      const oa = a * BLOCK;
      for (let r = 0; r < size; r++) h[oa + r] = w[r]! * e[r]! * h[oa + r]!;
    }
    accumulateOuter(h, size, p, sh, shh);
  });
  return centredInfluence(n, p, sh, shh);
}

/**
 * out[oz + r] = Σ_b m[row + b] · x[offsets[b] + r] for r < size, the terms added in b order from 0 (as a row at a
 * time adds them), four columns per pass.
 */
function productRow(out: Float64Array, oz: number, size: number, m: Float64Array, row: number, x: Float64Array, offsets: Int32Array, q: number): void {
  for (let r = 0; r < size; r++) out[oz + r] = 0;
  let b = 0;
  for (; b + 3 < q; b += 4) {
    const m0 = m[row + b]!;
    const m1 = m[row + b + 1]!;
    const m2 = m[row + b + 2]!;
    const m3 = m[row + b + 3]!;
    const o0 = offsets[b]!;
    const o1 = offsets[b + 1]!;
    const o2 = offsets[b + 2]!;
    const o3 = offsets[b + 3]!;
    for (let r = 0; r < size; r++) {
      let z = out[oz + r]!;
      z = z + m0 * x[o0 + r]!;
      z = z + m1 * x[o1 + r]!;
      z = z + m2 * x[o2 + r]!;
      z = z + m3 * x[o3 + r]!;
      out[oz + r] = z;
    }
  }
  for (; b < q; b++) {
    const mb = m[row + b]!;
    const ob = offsets[b]!;
    for (let r = 0; r < size; r++) out[oz + r] = out[oz + r]! + mb * x[ob + r]!;
  }
}

/**
 * sh[a] += Σᵣ h[a·BLOCK + r] and shh[a·p + b] += Σᵣ h[a·BLOCK + r] h[b·BLOCK + r] (b ≤ a), each sum in row order,
 * four pairs per pass.
 */
function accumulateOuter(h: Float64Array, size: number, p: number, sh: Float64Array, shh: Float64Array): void {
  for (let a = 0; a < p; a++) {
    const oa = a * BLOCK;
    let acc = sh[a]!;
    for (let r = 0; r < size; r++) acc += h[oa + r]!;
    sh[a] = acc;
    crossRow(h, oa, h, a, size, shh, a * p);
  }
}

/**
 * out[row + b] += Σᵣ v[vo + r] · x[b·BLOCK + r] for every b ≤ a: one row of a lower triangle of cross-products over a
 * block, four b per pass, each sum adding its terms in row order (the same to the bit as one b at a time).
 */
function crossRow(v: Float64Array, vo: number, x: Float64Array, a: number, size: number, out: Float64Array, row: number): void {
  let b = 0;
  for (; b + 3 <= a; b += 4) {
    const o0 = b * BLOCK;
    const o1 = o0 + BLOCK;
    const o2 = o1 + BLOCK;
    const o3 = o2 + BLOCK;
    let c0 = out[row + b]!;
    let c1 = out[row + b + 1]!;
    let c2 = out[row + b + 2]!;
    let c3 = out[row + b + 3]!;
    for (let r = 0; r < size; r++) {
      const vr = v[vo + r]!;
      c0 += vr * x[o0 + r]!;
      c1 += vr * x[o1 + r]!;
      c2 += vr * x[o2 + r]!;
      c3 += vr * x[o3 + r]!;
    }
    out[row + b] = c0;
    out[row + b + 1] = c1;
    out[row + b + 2] = c2;
    out[row + b + 3] = c3;
  }
  for (; b <= a; b++) {
    const ob = b * BLOCK;
    let acc = out[row + b]!;
    for (let r = 0; r < size; r++) acc += v[vo + r]! * x[ob + r]!;
    out[row + b] = acc;
  }
}

/** The fit from the kept slopes and their covariance: the intercept, t tests and intervals, aliased columns as NaN. */
function estimateFit(
  c: CentredRows,
  fit: { kept: readonly number[]; beta: Float64Array; v: Float64Array; level: number; names: readonly string[] },
): RegressionFit {
  const { n, k, xBar } = c;
  const { kept, beta, v, level, names } = fit;
  const q = kept.length;
  const p = 1 + q;
  const rank = 1 + q;
  let intercept = c.yBar;
  for (let m = 0; m < q; m++) intercept -= xBar[kept[m]!]! * beta[m]!;
  const df = n - rank;
  const t = studentTQuantile(1 - (1 - level) / 2, df);
  // Position of each column in the kept block (0 = intercept), or -1 when aliased.
  const slot = new Int32Array(k).fill(-1);
  kept.forEach((j, m) => (slot[j] = m + 1));
  const covariance = Array.from({ length: 1 + k }, (_, a) =>
    Array.from({ length: 1 + k }, (_, b) => {
      const sa = a === 0 ? 0 : slot[a - 1]!;
      const sb = b === 0 ? 0 : slot[b - 1]!;
      return sa < 0 || sb < 0 ? NaN : v[sa * p + sb]!;
    }),
  );
  return {
    kind: "estimate",
    n,
    rank,
    df,
    level,
    intercept: coefficient("(Intercept)", intercept, v[0]!, df, t),
    coefficients: names.map((name, j) => {
      const m = slot[j]!;
      return m < 0 ? aliasedCoefficient(name) : coefficient(name, beta[m - 1]!, v[m * p + m]!, df, t);
    }),
    covariance,
    weightSum: c.sumW,
  };
}


function aliasedCoefficient(name: string): RegressionCoefficient {
  return { name, estimate: NaN, se: NaN, t: NaN, p: NaN, ci: [NaN, NaN], aliased: true };
}

function insufficient(n: number, minN: number): RegressionFit {
  return { kind: "insufficient", n, minN, reason: `${n} ${n === 1 ? "row" : "rows"}, at least ${minN} needed` };
}

function markFinite(use: Uint8Array, values: ArrayLike<number>): void {
  for (let i = 0; i < use.length; i++) if (!Number.isFinite(values[i])) use[i] = 0;
}

function isArrayLike(x: unknown): x is ArrayLike<number> {
  return Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView));
}

function lengthOf(x: unknown, name: string): number {
  if (!isArrayLike(x)) {
    throw new UsageError(
      FN,
      `expecting ${name} to be an array of numbers, got ${describe(x)}.`,
      `Pass ${name} as an array or a typed array, one value per row.`,
    );
  }
  return x.length;
}

function sameLength(length: number, rows: number, name: string): void {
  if (length !== rows) {
    throw new UsageError(
      FN,
      `expecting ${name} to have ${rows} values (one per row of y), got ${length}.`,
      "Every column and the weights need one value per row; use NaN for a missing value.",
    );
  }
}

function describe(x: unknown): string {
  return x === null ? "null" : Array.isArray(x) ? "an array" : typeof x;
}

/** The options schema for k columns (names must number k), built once per k. */
function optionsSchema(k: number): z.ZodMiniType<{ level?: number | null | undefined; minN?: number | undefined; names?: string[] | undefined }> {
  let schema = SCHEMAS.get(k);
  if (schema === undefined) {
    const levelError = (iss: { input?: unknown }): string => `expecting a confidence level strictly between 0.5 and 1, got ${String(iss.input)}.`;
    const minNError = (iss: { input?: unknown }): string => `expecting minN to be a positive integer, got ${String(iss.input)}.`;
    const namesError = `expecting names to be ${k} strings, one per column.`;
    schema = z.object(
      {
        // null reads as "not given", as it always has.
        level: z.nullish(z.number({ error: levelError }).check(z.gt(0.5, { error: levelError }), z.lt(1, { error: levelError }))),
        minN: z.optional(z.int({ error: minNError }).check(z.gte(1, { error: minNError }))),
        names: z.optional(z.array(z.string({ error: namesError }), { error: namesError }).check(z.length(k, { error: namesError }))),
      },
      { error: (iss) => `expecting options to be an object, got ${describe(iss.input)}.` },
    );
    SCHEMAS.set(k, schema);
  }
  return schema;
}

/** Options schemas by number of columns. */
const SCHEMAS = new Map<number, z.ZodMiniType<{ level?: number | null | undefined; minN?: number | undefined; names?: string[] | undefined }>>();

/** Hints of the options' problems, by option. */
const HINTS: Readonly<Record<string, string>> = {
  level: "Write the level as a share, e.g. 0.95 for 95%.",
  minN: "Pass minN ≥ 1, or leave it out for rank + 2.",
  names: "Pass one name per column, in the order of columns, or leave names out.",
  "": "Pass { level, minN, names } or nothing.",
};

/** Check the options against the number of columns and apply the defaults. */
function resolve(options: unknown, k: number): { level: number; minN: number | undefined; names: readonly string[]; given: boolean } {
  const o = parseOptions(FN, optionsSchema(k), options, HINTS);
  const names = o.names ?? Array.from({ length: k }, (_, j) => `x${j + 1}`);
  return { level: o.level ?? 0.95, minN: o.minN, names, given: o.names !== undefined };
}
