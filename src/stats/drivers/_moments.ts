/**
 * Internal: weighted moments of respondent columns under listwise or pairwise deletion, and the input checks shared
 * by the matrix functions and the driver functions. Kept apart so that the public files export only documented,
 * user-facing functions.
 * @internal
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Cell, CorrelationResult, CovarianceOptions, Matrix, MissingHandling } from "./matrix-types.js";
import { scratchPool } from "./_scratch.js";

/**
 * Columns of respondent data in the form the driver functions use internally: one Float64Array per column with
 * NaN for a missing answer, plus weights and repeat counts.
 * @internal
 */
export interface ColumnData {
  readonly columns: readonly Float64Array[];
  readonly weights: Float64Array;
  readonly frequencies?: Uint32Array | undefined;
}

/** Raw centred cross-products, before any division. */
interface Moments {
  readonly means: number[];
  /** Σ f·w·(xj − mj)(xk − mk) over the rows used by the pair. */
  readonly cross: Matrix;
  /** For pairwise deletion, Σ f·w·(xj − mj)² and Σ f·w·(xk − mk)² over the pair's own rows. */
  readonly pairSsq?: [Matrix, Matrix];
  /** V1 − V2 / V1 per pair: the unbiased ("reliability weights") denominator. */
  readonly denominator: Matrix;
  readonly pairCounts: Matrix;
  readonly n: number;
  readonly rows: number;
  readonly sumOfWeights: number;
  /** For listwise deletion, the complete rows (f·w > 0, no NaN), ascending. */
  readonly used?: Uint32Array;
}

/**
 * The correlation matrix of column data; the internal entry point of {@link weightedCorrelation}, used by the
 * driver functions (which validate their input themselves).
 * @internal
 */
export function correlationOfColumns(data: ColumnData, missing: MissingHandling): CorrelationResult {
  const m = columnMoments(data, missing);
  const q = m.means.length;
  const sds = m.means.map((_, j) => (m.pairCounts[j]![j]! >= 2 ? Math.sqrt(m.cross[j]![j]! / m.denominator[j]![j]!) : NaN));
  const correlation = square(q, (j, k) => {
    if (m.pairCounts[j]![k]! < 2) return NaN;
    const sjj = m.pairSsq ? m.pairSsq[0][j]![k]! : m.cross[j]![j]!;
    const skk = m.pairSsq ? m.pairSsq[1][j]![k]! : m.cross[k]![k]!;
    if (!(sjj > 0 && skk > 0)) return NaN;
    if (j === k) return 1;
    // Rounding can push |r| a hair past 1 for (near-)identical columns.
    return Math.max(-1, Math.min(1, m.cross[j]![k]! / Math.sqrt(sjj * skk)));
  });
  return { correlation, sds, means: m.means, missing, n: m.n, pairCounts: m.pairCounts, rows: m.rows, sumOfWeights: m.sumOfWeights };
}

/** Build an n×n matrix from an entry function. @internal */
export function square(n: number, entry: (i: number, j: number) => number): Matrix {
  const m: Matrix = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = entry(i, j);
    m[i] = row;
  }
  return m;
}

/**
 * Validate rows of cells, weights and frequencies and turn them into columns (NaN = missing).
 * @internal
 */
export function rowsToColumns(fn: string, rows: readonly (readonly Cell[])[], options: CovarianceOptions): ColumnData {
  if (!Array.isArray(rows)) throw new UsageError(fn, "expecting rows as an array of arrays.", "Pass one array of numbers per respondent.");
  const n = rows.length;
  const q = n > 0 && Array.isArray(rows[0]) ? rows[0].length : 0;
  const columns = Array.from({ length: q }, () => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== q) {
      throw new UsageError(fn, `row ${i} has ${Array.isArray(row) ? row.length : "no"} cells, expecting ${q}.`, "Give every row one cell per variable (null when missing).");
    }
    for (let j = 0; j < q; j++) columns[j]![i] = cellValue(fn, row[j], () => `row ${i}, column ${j}`);
  }
  return { columns, ...checkWeights(fn, n, options.weights, options.frequencies) };
}

/**
 * Read one cell: a finite number, or NaN for missing. `where` names the cell for the error message; it is a
 * function so that no text is built for the (millions of) cells that are fine.
 * @internal
 */
export function cellValue(fn: string, x: unknown, where: () => string): number {
  if (x === null || x === undefined) return NaN;
  if (typeof x !== "number" || x === Infinity || x === -Infinity) {
    throw new UsageError(fn, `expecting a number or null at ${where()}, got ${typeof x === "number" ? String(x) : JSON.stringify(x)}.`, "Use numbers for answers and null (or NaN) for missing ones.");
  }
  return x;
}

/**
 * Validate weights and frequencies.
 * @internal
 */
export function checkWeights(
  fn: string,
  n: number,
  weights: readonly number[] | undefined,
  frequencies: readonly number[] | undefined,
): { weights: Float64Array; frequencies?: Uint32Array } {
  const w = new Float64Array(n).fill(1);
  if (weights !== undefined) {
    if (!Array.isArray(weights) || weights.length !== n) {
      throw new UsageError(fn, `expecting ${n} weights (one per row), got ${Array.isArray(weights) ? weights.length : String(weights)}.`, "Pass one weight per respondent.");
    }
    for (let i = 0; i < n; i++) {
      const x: unknown = weights[i];
      if (typeof x !== "number" || !Number.isFinite(x) || x < 0) {
        throw new UsageError(fn, `expecting a finite weight ≥ 0 at row ${i}, got ${String(x)}.`, "Weights must be finite and non-negative; drop respondents with missing weights first.");
      }
      w[i] = x;
    }
  }
  if (frequencies === undefined) return { weights: w };
  if (!Array.isArray(frequencies) || frequencies.length !== n) {
    throw new UsageError(fn, `expecting ${n} frequencies (one per row).`, "Pass one repeat count per row.");
  }
  const f = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const x: unknown = frequencies[i];
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x >= 2 ** 32) {
      throw new UsageError(fn, `expecting an integer frequency ≥ 0 at row ${i}, got ${String(x)}.`, "Frequencies are repeat counts.");
    }
    f[i] = x;
  }
  return { weights: w, frequencies: f };
}

/** Weighted centred cross-products of columns under listwise or pairwise deletion (two-pass for accuracy). */
export function columnMoments(data: ColumnData, missing: MissingHandling): Moments {
  const { columns, weights, frequencies } = data;
  const n = weights.length;
  const fw = new Float64Array(n);
  let rows = 0;
  for (let i = 0; i < n; i++) {
    const f = frequencies ? frequencies[i]! : 1;
    fw[i] = f * weights[i]!;
    rows += f;
  }
  const freq = (i: number): number => (frequencies ? frequencies[i]! : 1);
  return missing === "listwise" ? listwiseMoments(columns, fw, weights, freq, rows) : pairwiseMoments(columns, fw, weights, freq, rows);
}

/** The centred copies' scratch, reused from call to call (see scratchPool). */
const scratch = scratchPool();

function listwiseMoments(
  columns: readonly Float64Array[],
  fw: Float64Array,
  weights: Float64Array,
  freq: (i: number) => number,
  rows: number,
): Moments {
  const q = columns.length;
  const n = fw.length;
  // The complete rows, as a typed list (a million respondents: no growing array of numbers, no closure per row).
  const complete = (i: number): boolean => {
    if (!(fw[i]! > 0)) return false;
    for (let j = 0; j < q; j++) if (Number.isNaN(columns[j]![i]!)) return false;
    return true;
  };
  // Each row tested once: the complete rows listed into a column of every row, then cut to their count.
  const all = new Uint32Array(n);
  let m = 0;
  let count = 0;
  let v1 = 0;
  let v2 = 0;
  for (let i = 0; i < n; i++) {
    if (!complete(i)) continue;
    all[m++] = i;
    count += freq(i);
    v1 += fw[i]!;
    v2 += fw[i]! * weights[i]!;
  }
  const used = all.subarray(0, m);
  const means = columns.map((col) => {
    let s = 0;
    for (let r = 0; r < m; r++) s += fw[used[r]!]! * col[used[r]!]!;
    return v1 > 0 ? s / v1 : NaN;
  });
  const cross = centredCross(columns, means, fw, used);
  const den = v1 - v2 / v1;
  return {
    means,
    cross,
    denominator: square(q, () => den),
    pairCounts: square(q, () => count),
    n: count,
    rows,
    sumOfWeights: v1,
    used,
  };
}

/** Rows centred at a time: the scratch holds a block of each column, not a copy of a million rows. */
const BLOCK = 4096;

/**
 * Σ fw·(xj − mj)(xk − mk) over the used rows, for every pair, in row order. The rows are centred a block at a time
 * into one small scratch (reused from call to call, see scratchPool), and each pair's running sum is carried from
 * block to block: the same additions in the same order as over whole centred copies, so every digit is the same,
 * without (q + 1) new columns of the used rows (17 × 8 MB for a theme of 16 points at a million respondents).
 */
function centredCross(columns: readonly Float64Array[], means: readonly number[], fw: Float64Array, used: Uint32Array): Matrix {
  const q = columns.length;
  const m = used.length;
  const buffer = scratch((q + 1) * BLOCK);
  const sums = new Float64Array(q * q);
  for (let start = 0; start < m; start += BLOCK) {
    const b = Math.min(BLOCK, m - start);
    for (let j = 0; j < q; j++) {
      const col = columns[j]!;
      const mean = means[j]!;
      const o = j * BLOCK;
      for (let r = 0; r < b; r++) buffer[o + r] = col[used[start + r]!]! - mean;
    }
    const ow = q * BLOCK;
    for (let r = 0; r < b; r++) buffer[ow + r] = fw[used[start + r]!]!;
    for (let j = 0; j < q; j++) {
      const oj = j * BLOCK;
      for (let k = 0; k <= j; k++) {
        const ok = k * BLOCK;
        let s = sums[j * q + k]!;
        for (let r = 0; r < b; r++) s += buffer[ow + r]! * buffer[oj + r]! * buffer[ok + r]!;
        sums[j * q + k] = s;
      }
    }
  }
  const cross = square(q, () => 0);
  for (let j = 0; j < q; j++) {
    for (let k = 0; k <= j; k++) {
      cross[j]![k] = sums[j * q + k]!;
      cross[k]![j] = sums[j * q + k]!;
    }
  }
  return cross;
}

function pairwiseMoments(
  columns: readonly Float64Array[],
  fw: Float64Array,
  weights: Float64Array,
  freq: (i: number) => number,
  rows: number,
): Moments {
  const q = columns.length;
  const n = fw.length;
  const cross = square(q, () => 0);
  const ssqJ = square(q, () => 0);
  const ssqK = square(q, () => 0);
  const denominator = square(q, () => NaN);
  const pairCounts = square(q, () => 0);
  let anyV1 = 0;
  for (let i = 0; i < n; i++) {
    if (!(fw[i]! > 0)) continue;
    if (columns.some((c) => !Number.isNaN(c[i]!))) anyV1 += fw[i]!;
  }
  for (let j = 0; j < q; j++) {
    const cj = columns[j]!;
    for (let k = 0; k <= j; k++) {
      const ck = columns[k]!;
      let v1 = 0;
      let v2 = 0;
      let count = 0;
      let sj = 0;
      let sk = 0;
      for (let i = 0; i < n; i++) {
        const wi = fw[i]!;
        if (!(wi > 0) || Number.isNaN(cj[i]!) || Number.isNaN(ck[i]!)) continue;
        v1 += wi;
        v2 += wi * weights[i]!;
        count += freq(i);
        sj += wi * cj[i]!;
        sk += wi * ck[i]!;
      }
      const mj = sj / v1;
      const mk = sk / v1;
      let sjk = 0;
      let sjj = 0;
      let skk = 0;
      for (let i = 0; i < n; i++) {
        const wi = fw[i]!;
        if (!(wi > 0) || Number.isNaN(cj[i]!) || Number.isNaN(ck[i]!)) continue;
        const dj = cj[i]! - mj;
        const dk = ck[i]! - mk;
        sjk += wi * dj * dk;
        sjj += wi * dj * dj;
        skk += wi * dk * dk;
      }
      cross[j]![k] = cross[k]![j] = sjk;
      ssqJ[j]![k] = sjj;
      ssqK[j]![k] = skk;
      ssqJ[k]![j] = skk;
      ssqK[k]![j] = sjj;
      denominator[j]![k] = denominator[k]![j] = v1 - v2 / v1;
      pairCounts[j]![k] = pairCounts[k]![j] = count;
    }
  }
  const means = columns.map((col) => {
    let s = 0;
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (fw[i]! > 0 && !Number.isNaN(col[i]!)) {
        s += fw[i]! * col[i]!;
        v += fw[i]!;
      }
    }
    return v > 0 ? s / v : NaN;
  });
  let minCount = q === 0 ? 0 : Infinity;
  for (const row of pairCounts) for (const c of row) minCount = Math.min(minCount, c);
  return { means, cross, pairSsq: [ssqJ, ssqK], denominator, pairCounts, n: minCount, rows, sumOfWeights: anyV1 };
}
