/**
 * The Cholesky factorisation that drops collinear columns, for {@link fitWeightedRegression}. Internal: columns are
 * taken in their given order and a column that the kept earlier ones already explain is skipped, which is what R's
 * `lm` (LINPACK `dqrdc2` with limited pivoting) does, so the later of two collinear columns is the one dropped.
 * @internal
 * @module
 */

/** A factor of the kept block of a symmetric matrix: A[K, K] = L Lᵀ. */
export interface KeptFactor {
  /** Indices of the kept columns, ascending. */
  readonly kept: readonly number[];
  /** L, lower triangular, |K|×|K| row-major, in the order of `kept`. */
  readonly l: Float64Array;
}

/**
 * Factor the positive semi-definite q×q matrix `a` (row-major, lower triangle read) column by column (left-looking
 * Cholesky, Golub & Van Loan 2013, Algorithm 4.2.1). Column j is dropped when what the kept earlier columns leave of
 * it, the pivot a_jj − Σ L_jm², is at most `relTol` of a_jj (1 − R²_j ≤ relTol), or when a_jj itself is at most
 * `scaleTol` of `scale[j]` (the column is constant relative to its size; an all-zero column has a_jj = scale = 0).
 */
export function sequentialCholesky(a: Float64Array, q: number, scale: Float64Array, relTol: number, scaleTol: number): KeptFactor {
  const kept: number[] = [];
  // Columns of L for the kept indices, each a full length-q column (entries above the diagonal unused).
  const cols: Float64Array[] = [];
  for (let j = 0; j < q; j++) {
    const ajj = a[j * q + j]!;
    let pivot = ajj;
    for (const c of cols) pivot -= c[j]! * c[j]!;
    // Collinear or constant: leave the column out.
    if (!(ajj > scaleTol * scale[j]!) || !(pivot > relTol * ajj)) continue;
    const d = Math.sqrt(pivot);
    const col = new Float64Array(q);
    col[j] = d;
    for (let i = j + 1; i < q; i++) {
      let s = a[i * q + j]!;
      for (const c of cols) s -= c[i]! * c[j]!;
      col[i] = s / d;
    }
    cols.push(col);
    kept.push(j);
  }
  const r = kept.length;
  const l = new Float64Array(r * r);
  for (let m = 0; m < r; m++) {
    const c = cols[m]!;
    for (let i = m; i < r; i++) l[i * r + m] = c[kept[i]!]!;
  }
  return { kept, l };
}

/** Solve L Lᵀ x = b (r×r factor, row-major). */
export function solveFactor(l: Float64Array, r: number, b: Float64Array): Float64Array {
  const y = new Float64Array(r);
  for (let i = 0; i < r; i++) {
    let s = b[i]!;
    for (let m = 0; m < i; m++) s -= l[i * r + m]! * y[m]!;
    y[i] = s / l[i * r + i]!;
  }
  const x = new Float64Array(r);
  for (let i = r - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let m = i + 1; m < r; m++) s -= l[m * r + i]! * x[m]!;
    x[i] = s / l[i * r + i]!;
  }
  return x;
}

/** (L Lᵀ)⁻¹ = L⁻ᵀ L⁻¹ as a full symmetric r×r row-major matrix. */
export function inverseFromFactor(l: Float64Array, r: number): Float64Array {
  // L⁻¹ by forward substitution, column by column of the identity.
  const li = new Float64Array(r * r);
  for (let c = 0; c < r; c++) {
    li[c * r + c] = 1 / l[c * r + c]!;
    for (let i = c + 1; i < r; i++) {
      let s = 0;
      for (let m = c; m < i; m++) s -= l[i * r + m]! * li[m * r + c]!;
      li[i * r + c] = s / l[i * r + i]!;
    }
  }
  const inv = new Float64Array(r * r);
  for (let i = 0; i < r; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let m = i; m < r; m++) s += li[m * r + i]! * li[m * r + j]!;
      inv[i * r + j] = s;
      inv[j * r + i] = s;
    }
  }
  return inv;
}
