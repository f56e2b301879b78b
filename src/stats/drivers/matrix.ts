/**
 * The small dense linear algebra behind key-driver analysis: weighted covariance and correlation matrices of
 * respondent data with missing answers, Cholesky solves of the normal equations, the symmetric eigen-decomposition
 * (cyclic Jacobi) and the square root of a symmetric positive semi-definite matrix. Sizes are those of a survey
 * (≤ 50 evaluation points), where plain arrays and O(p³) algorithms are fast and exact enough.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import { correlationOfColumns, columnMoments, rowsToColumns, square } from "./_moments.js";

export type { Cell, CorrelationResult, CovarianceOptions, CovarianceResult, Matrix, MissingHandling } from "./matrix-types.js";
import type { Cell, CorrelationResult, CovarianceOptions, CovarianceResult, Matrix, MissingHandling } from "./matrix-types.js";

/**
 * A weighted covariance matrix of respondent data (columns = variables), with listwise or pairwise deletion of
 * missing answers. With weights w and V₁ = Σw, V₂ = Σw², the covariance is Σ w (xⱼ − x̄ⱼ)(xₖ − x̄ₖ) / (V₁ − V₂/V₁),
 * R's `cov.wt(method = "unbiased")`; with all weights 1 this is the usual n − 1 denominator. Means are weighted.
 * Pairwise deletion computes each entry on the rows that answered both columns, with their own means, as R's
 * `cov(use = "pairwise.complete.obs")` does.
 *
 * Source: R Core Team, `stats::cov.wt` (unbiased weighted covariance); Chan, Golub & LeVeque (1983) on two-pass
 * (centre first, then sum) accuracy.
 *
 * @param rows - One row per respondent, one cell per variable; `null`, `undefined` or `NaN` mark a missing answer.
 * @param options - Weights, `missing` (`"listwise"` by default) and optional repeat counts.
 * @returns The covariance matrix, means and the number of rows used (see {@link CovarianceResult}).
 * @example
 * ```ts
 * const r = weightedCovariance([[1, 2], [2, 4], [3, 6], [4, null]]);
 * r.covariance; // [[1, 2], [2, 4]]  (the incomplete last row is dropped)
 * r.n; // 3
 * ```
 */
export function weightedCovariance(rows: readonly (readonly Cell[])[], options: CovarianceOptions = {}): CovarianceResult {
  const data = rowsToColumns("weightedCovariance", rows, options);
  const missing = checkMissing("weightedCovariance", options.missing);
  const m = columnMoments(data, missing);
  const q = m.means.length;
  const covariance = square(q, (j, k) => (m.pairCounts[j]![k]! >= 2 ? m.cross[j]![k]! / m.denominator[j]![k]! : NaN));
  return {
    covariance,
    means: m.means,
    missing,
    n: m.n,
    pairCounts: m.pairCounts,
    rows: m.rows,
    sumOfWeights: m.sumOfWeights,
  };
}

/**
 * A weighted (Pearson) correlation matrix of respondent data, with listwise or pairwise deletion of missing answers
 * (see {@link weightedCovariance}). Under pairwise deletion each correlation uses the means and standard deviations
 * of its own pair of columns, like R's `cor(use = "pairwise.complete.obs")`.
 *
 * Source: Pearson's product-moment correlation on weighted moments; R Core Team, `stats::cov.wt(cor = TRUE)`.
 *
 * @param rows - One row per respondent, one cell per variable; `null`, `undefined` or `NaN` mark a missing answer.
 * @param options - Weights, `missing` (`"listwise"` by default) and optional repeat counts.
 * @returns The correlation matrix with standard deviations and counts (see {@link CorrelationResult}).
 * @example
 * ```ts
 * weightedCorrelation([[1, 1], [2, 3], [3, 2]]).correlation; // [[1, 0.5], [0.5, 1]]
 * ```
 */
export function weightedCorrelation(rows: readonly (readonly Cell[])[], options: CovarianceOptions = {}): CorrelationResult {
  const data = rowsToColumns("weightedCorrelation", rows, options);
  const missing = checkMissing("weightedCorrelation", options.missing);
  return correlationOfColumns(data, missing);
}

/**
 * Rescale a covariance matrix to a correlation matrix: rᵢⱼ = cᵢⱼ / √(cᵢᵢ cⱼⱼ). A variable with zero (or NaN)
 * variance gets NaN correlations, since its correlation is undefined.
 *
 * Source: the definition of Pearson's correlation.
 *
 * @param covariance - A symmetric covariance matrix.
 * @returns The correlation matrix.
 * @example
 * ```ts
 * covarianceToCorrelation([[4, 2], [2, 9]]); // [[1, 1/3], [1/3, 1]]
 * ```
 */
export function covarianceToCorrelation(covariance: Matrix): Matrix {
  const q = checkSquare("covarianceToCorrelation", covariance, false);
  return square(q, (j, k) => {
    const cjj = covariance[j]![j]!;
    const ckk = covariance[k]![k]!;
    if (!(cjj > 0 && ckk > 0)) return NaN;
    return j === k ? 1 : covariance[j]![k]! / Math.sqrt(cjj * ckk);
  });
}

/**
 * The Cholesky factor L (lower triangular, A = L Lᵀ) of a symmetric positive definite matrix, or `undefined` when
 * the matrix is not numerically positive definite (a pivot falls below 1e-13 of its diagonal entry, which is what
 * exact collinearity leaves after rounding).
 *
 * Source: Golub & Van Loan (2013), *Matrix Computations*, 4th ed., Algorithm 4.2.1 (Cholesky, gaxpy version).
 *
 * @param a - A symmetric matrix (only the lower triangle is read).
 * @returns L, or `undefined` if `a` is not positive definite.
 * @example
 * ```ts
 * cholesky([[4, 2], [2, 5]]); // [[2, 0], [1, 2]]
 * cholesky([[1, 1], [1, 1]]); // undefined (singular)
 * ```
 */
export function cholesky(a: Matrix): Matrix | undefined {
  const n = checkSquare("cholesky", a, false);
  const l = square(n, () => 0);
  for (let j = 0; j < n; j++) {
    const lj = l[j]!;
    let pivot = a[j]![j]!;
    for (let k = 0; k < j; k++) pivot -= lj[k]! * lj[k]!;
    // Not positive definite, or singular up to rounding.
    if (!(pivot > 1e-13 * Math.abs(a[j]![j]!))) return undefined;
    const d = Math.sqrt(pivot);
    lj[j] = d;
    for (let i = j + 1; i < n; i++) {
      const li = l[i]!;
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= li[k]! * lj[k]!;
      li[j] = s / d;
    }
  }
  return l;
}

/**
 * Solve A x = b for a symmetric positive definite A by Cholesky factorisation: forward substitution with L, then
 * back substitution with Lᵀ. With A = XᵀX (or a correlation matrix Rₓₓ) and b = Xᵀy (or rₓᵧ) this is the least
 * squares solution of the normal equations; for standardized data, x is the vector of standardized betas and
 * bᵀx the R².
 *
 * Source: Golub & Van Loan (2013), *Matrix Computations*, 4th ed., §4.2 and §5.3.2 (normal equations).
 *
 * @param a - A symmetric positive definite matrix.
 * @param b - The right-hand side.
 * @returns x, or `undefined` if `a` is not positive definite (see {@link cholesky}).
 * @example
 * ```ts
 * choleskySolve([[4, 2], [2, 5]], [6, 7]); // [1, 1]
 * // standardized betas from a correlation matrix: r12 = 0.5, r1y = 0.6, r2y = 0.3
 * choleskySolve([[1, 0.5], [0.5, 1]], [0.6, 0.3]); // [0.6, 0]
 * ```
 */
export function choleskySolve(a: Matrix, b: readonly number[]): number[] | undefined {
  const n = checkSquare("choleskySolve", a, false);
  if (b.length !== n) {
    throw new UsageError("choleskySolve", `expecting b of length ${n}, got ${b.length}.`, "Pass one right-hand side value per row of a.");
  }
  const l = cholesky(a);
  if (l === undefined) return undefined;
  return solveWithFactor(l, b);
}

/** Solve L Lᵀ x = b given the Cholesky factor L. */
function solveWithFactor(l: Matrix, b: readonly number[]): number[] {
  const n = l.length;
  const y = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const li = l[i]!;
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= li[k]! * y[k]!;
    y[i] = s / li[i]!;
  }
  const x = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

/** The eigen-decomposition of a symmetric matrix, A = V diag(values) Vᵀ. */
export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  readonly values: number[];
  /**
   * Orthonormal eigenvectors as the columns of V (`vectors[i][k]` is component i of eigenvector k), each signed so
   * that its largest component (in absolute value) is positive, which makes the output reproducible.
   */
  readonly vectors: Matrix;
  /** Jacobi sweeps used (each sweep rotates every off-diagonal pair once). */
  readonly sweeps: number;
}

const MAX_SWEEPS = 50;

/**
 * The eigenvalues and eigenvectors of a real symmetric matrix by the cyclic Jacobi method: repeated plane rotations
 * each zero one off-diagonal entry, sweeping row by row until the off-diagonal part vanishes. Slower than QR for big
 * matrices but simple and highly accurate (small eigenvalues get small relative error), which matters for the nearly
 * collinear correlation matrices of satisfaction surveys (p ≤ 50). Convergence is quadratic: 6–10 sweeps.
 *
 * Source: Jacobi (1846); Golub & Van Loan (2013), *Matrix Computations*, 4th ed., §8.5.3 (cyclic Jacobi); the
 * threshold strategy and rotation formulas follow Press et al. (2007), *Numerical Recipes*, 3rd ed., §11.1.
 *
 * @param a - A symmetric matrix (asymmetry above 1e-8 of its largest entry is a usage error).
 * @returns Eigenvalues (largest first), eigenvectors and the number of sweeps (see {@link SymmetricEigen}).
 * @example
 * ```ts
 * const { values, vectors } = symmetricEigen([[2, 1], [1, 2]]);
 * values; // [3, 1]
 * vectors; // [[0.7071…, 0.7071…], [0.7071…, -0.7071…]]  (columns: (1, 1)/√2 and (1, −1)/√2)
 * ```
 */
export function symmetricEigen(a: Matrix): SymmetricEigen {
  const n = checkSquare("symmetricEigen", a, true);
  // Work on the upper triangle of a copy; d holds the diagonal, z the updates of the current sweep.
  const w = a.map((row) => [...row]);
  const v = square(n, (i, j) => (i === j ? 1 : 0));
  const d = w.map((row, i) => row[i]!);
  const b = [...d];
  const z = new Array<number>(n).fill(0);
  let sweeps = 0;
  for (; sweeps < MAX_SWEEPS; sweeps++) {
    let off = 0;
    for (let p = 0; p < n - 1; p++) for (let q = p + 1; q < n; q++) off += Math.abs(w[p]![q]!);
    // Early termination: the off-diagonal part is exactly zero (rounding-level entries are zeroed below).
    if (off === 0) break;
    const threshold = sweeps < 3 ? (0.2 * off) / (n * n) : 0;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = w[p]![q]!;
        const g = 100 * Math.abs(apq);
        if (sweeps > 3 && Math.abs(d[p]!) + g === Math.abs(d[p]!) && Math.abs(d[q]!) + g === Math.abs(d[q]!)) {
          // Below rounding of both diagonal entries: set it to zero rather than rotate.
          w[p]![q] = 0;
        } else if (Math.abs(apq) > threshold) {
          const h = d[q]! - d[p]!;
          let t: number;
          if (Math.abs(h) + g === Math.abs(h)) {
            t = apq / h;
          } else {
            const theta = (0.5 * h) / apq;
            t = 1 / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
            if (theta < 0) t = -t;
          }
          const c = 1 / Math.sqrt(1 + t * t);
          const s = t * c;
          const tau = s / (1 + c);
          const hh = t * apq;
          z[p] = z[p]! - hh;
          z[q] = z[q]! + hh;
          d[p] = d[p]! - hh;
          d[q] = d[q]! + hh;
          w[p]![q] = 0;
          for (let j = 0; j < p; j++) rotate(w, s, tau, j, p, j, q);
          for (let j = p + 1; j < q; j++) rotate(w, s, tau, p, j, j, q);
          for (let j = q + 1; j < n; j++) rotate(w, s, tau, p, j, q, j);
          for (let j = 0; j < n; j++) rotate(v, s, tau, j, p, j, q);
        }
      }
    }
    for (let p = 0; p < n; p++) {
      b[p] = b[p]! + z[p]!;
      d[p] = b[p]!;
      z[p] = 0;
    }
  }
  const order = d.map((_, i) => i).sort((i, j) => d[j]! - d[i]! || i - j);
  const values = order.map((i) => d[i]!);
  const vectors = square(n, () => 0);
  order.forEach((src, k) => {
    let big = 0;
    for (let i = 0; i < n; i++) if (Math.abs(v[i]![src]!) > Math.abs(v[big]![src]!)) big = i;
    const sign = v[big]![src]! < 0 ? -1 : 1;
    for (let i = 0; i < n; i++) vectors[i]![k] = sign * v[i]![src]!;
  });
  return { values, vectors, sweeps };
}

function rotate(m: Matrix, s: number, tau: number, i: number, j: number, k: number, l: number): void {
  const g = m[i]![j]!;
  const h = m[k]![l]!;
  m[i]![j] = g - s * (h + g * tau);
  m[k]![l] = h + s * (g - h * tau);
}

/**
 * The symmetric square root of a symmetric positive semi-definite matrix: the unique symmetric PSD S with S S = A,
 * computed as V diag(√λ) Vᵀ from {@link symmetricEigen}. Eigenvalues at rounding level (|λ| ≤ n·ε·λₘₐₓ, with ε the
 * double-precision epsilon) are numerically zero and treated as 0, so a rank-deficient matrix gets an exact zero
 * rather than √(rounding noise); clearly negative ones (below −1e-10 of the largest) are an error. In Johnson's relative weights, the square root of the predictors'
 * correlation matrix holds the correlations between the predictors and their best orthogonal approximations.
 *
 * Source: Higham (2008), *Functions of Matrices*, §6.1 (principal square root via the spectral decomposition).
 *
 * @param a - A symmetric positive semi-definite matrix.
 * @returns Its symmetric square root.
 * @throws {@link core!UsageError} if `a` has a clearly negative eigenvalue.
 * @example
 * ```ts
 * symmetricSqrt([[4, 0], [0, 9]]); // [[2, 0], [0, 3]]
 * symmetricSqrt([[2, 1], [1, 2]]); // [[1.366…, 0.366…], [0.366…, 1.366…]]
 * ```
 */
export function symmetricSqrt(a: Matrix): Matrix {
  const { values, vectors } = symmetricEigen(a);
  const n = values.length;
  // Early exit: the 0×0 matrix is its own square root.
  if (n === 0) return [];
  const scale = Math.max(Math.abs(values[0]!), Math.abs(values[n - 1]!));
  if (values[n - 1]! < -1e-10 * scale) {
    throw new UsageError(
      "symmetricSqrt",
      `expecting a positive semi-definite matrix, but its smallest eigenvalue is ${values[n - 1]}.`,
      "A pairwise-deletion correlation matrix can be indefinite; use listwise deletion.",
    );
  }
  const zero = n * Number.EPSILON * scale;
  const root = values.map((x) => (x <= zero ? 0 : Math.sqrt(x)));
  const out = square(n, () => 0);
  // Fill one triangle and mirror it, so the result is exactly symmetric.
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += vectors[i]![k]! * root[k]! * vectors[j]![k]!;
      out[i]![j] = out[j]![i] = s;
    }
  }
  return out;
}


function checkSquare(fn: string, a: unknown, symmetric: boolean): number {
  if (!Array.isArray(a)) throw new UsageError(fn, "expecting a matrix as an array of rows.", "Pass number[][].");
  const n = a.length;
  let big = 0;
  for (const row of a as unknown[]) {
    if (!Array.isArray(row) || row.length !== n) {
      throw new UsageError(fn, `expecting a square ${n}×${n} matrix.`, "Pass one row per column, each of the same length.");
    }
    for (const x of row as unknown[]) {
      if (typeof x !== "number" || !Number.isFinite(x)) {
        throw new UsageError(fn, `expecting finite numbers, got ${String(x)}.`, "Remove NaN and infinite entries first.");
      }
      big = Math.max(big, Math.abs(x));
    }
  }
  if (symmetric) {
    const m = a as Matrix;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (Math.abs(m[i]![j]! - m[j]![i]!) > 1e-8 * big) {
          throw new UsageError(fn, `expecting a symmetric matrix; entries [${i}][${j}] and [${j}][${i}] differ.`, "Pass a symmetric matrix.");
        }
      }
    }
  }
  return n;
}

function checkMissing(fn: string, missing: unknown): MissingHandling {
  if (missing === undefined) return "listwise";
  if (missing === "listwise" || missing === "pairwise") return missing;
  throw new UsageError(fn, `expecting missing to be "listwise" or "pairwise", got ${JSON.stringify(missing)}.`, 'Use "listwise" (default) or "pairwise".');
}

