/**
 * Measured links and the overall driver regression from a linked summary: the same decisions as
 * `linkedEffects` and `driverEffects` (which candidates have enough exposed customers, which segments are adjusted
 * for, which columns are aliased, the design-based standard errors, the exposure shares and the delta method),
 * read from per-cell moments and two-round cross-products instead of respondents.
 * @module
 */
import { canonicalJson } from "../shared/canonical-json.js";
import { fitFromCrossProducts, solveCrossProducts, type CentredCrossProducts, type ResidualMoments } from "../../stats/fit-from-cross-products.js";
import type { RegressionFit } from "../../stats/fit-weighted-regression.js";
import { coefficientEffect } from "./share-interval.js";
import { LinkedSummaryMisfitError, type LinkedCell, type LinkedDriverSummary, type LinkedPointSummary, type LinkedSummary } from "../shared/linked-summary.js";
import type { Exposure } from "../shared/findings.js";
import type { TraceCandidate } from "./candidates.js";
import type { LinkedOutcome } from "./linked-effects.js";
import type { DriverOutcome } from "./overall.js";

/** Refuse a summary that does not hold what this run's trace reads. */
function stale(what: string): never {
  throw new LinkedSummaryMisfitError("contents", `${what}: it was made for other findings or another version of the study.`, "Make the linked summary again from the same survey and case data and the same options (linkedSummaryDuckDB, linkedSummaryPostgres, summariseLinked).");
}

/**
 * Whether a summary's exposures are a point's measurable candidates: the same keys in order, and the same
 * definitions (an acceptable value computed by another route may differ in its last bits: 1e-9 relative).
 */
function sameExposures(a: LinkedPointSummary["exposures"], b: readonly TraceCandidate[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const c = b[i];
    if (c === undefined || x.key !== c.key) return false;
    const [u, v] = [x.exposure, c.exposure];
    if (u.kind === "beyond-acceptable" && v.kind === "beyond-acceptable")
      return u.standard === v.standard && u.unit === v.unit && Math.abs(u.acceptable - v.acceptable) <= 1e-9 * Math.max(1, Math.abs(u.acceptable), Math.abs(v.acceptable));
    return canonicalJson(u) === canonicalJson(v);
  });
}

/** The regression of one point: its columns per cell (segment dummies, then the kept exposures). */
interface Design {
  readonly names: string[];
  readonly used: string[];
  /** Per cell used (every kept exposure known), its column values. */
  readonly rows: { readonly cell: LinkedCell; readonly z: Float64Array }[];
}

/** Dummy columns (first level left out, levels sorted) of each dimension with two levels or more among the cells. */
function designOf(cells: readonly LinkedCell[], summaryDims: readonly string[], adjustFor: readonly string[] | undefined, kept: readonly number[]): Design {
  const found = new Set<string>();
  if (adjustFor === undefined) for (const c of cells) c.segment.forEach((v, i) => v !== "" && found.add(summaryDims[i] ?? ""));
  const dims = adjustFor ?? [...found].sort();
  const names: string[] = [];
  const used: string[] = [];
  const dummies: { dim: number; level: string }[] = [];
  for (const dim of dims) {
    const i = summaryDims.indexOf(dim);
    const levels = [...new Set(cells.map((c) => (i < 0 ? "" : (c.segment[i] ?? ""))))].sort();
    if (levels.length < 2) continue;
    used.push(dim);
    for (const level of levels.slice(1)) {
      names.push(`${dim}=${level}`);
      dummies.push({ dim: i, level });
    }
  }
  const rows = cells
    .filter((c) => kept.every((j) => c.exposure[j] === 0 || c.exposure[j] === 1))
    .map((cell) => {
      const z = new Float64Array(dummies.length + kept.length);
      dummies.forEach((d, j) => (z[j] = cell.segment[d.dim] === d.level ? 1 : 0));
      kept.forEach((j, m) => (z[dummies.length + m] = cell.exposure[j] ?? NaN));
      return { cell, z };
    });
  return { names, used, rows };
}

/** Round 1 from cells: the regressors are constant within a cell, so every sum is a sum over cells. */
function cellCrossProducts(rows: Design["rows"], k: number): CentredCrossProducts {
  let n = 0;
  let sumW = 0;
  let sy = 0;
  const sx = new Float64Array(k);
  const scale = new Float64Array(k);
  for (const { cell, z } of rows) {
    const m = cell.moments;
    n += m.n;
    sumW += m.sumW;
    sy += m.sumW * m.mean;
    for (let j = 0; j < k; j++) {
      sx[j] = (sx[j] ?? 0) + m.sumW * (z[j] ?? 0);
      scale[j] = (scale[j] ?? 0) + m.sumW * (z[j] ?? 0) ** 2;
    }
  }
  const yBar = sy / sumW;
  const xBar = Array.from(sx, (v) => v / sumW);
  const sxx = new Array<number>(k * k).fill(0);
  const sxy = new Array<number>(k).fill(0);
  for (const { cell, z } of rows) {
    const w = cell.moments.sumW;
    const dy = cell.moments.mean - yBar;
    for (let a = 0; a < k; a++) {
      const da = (z[a] ?? 0) - (xBar[a] ?? 0);
      sxy[a] = (sxy[a] ?? 0) + w * da * dy;
      for (let b = 0; b <= a; b++) sxx[a * k + b] = (sxx[a * k + b] ?? 0) + w * da * ((z[b] ?? 0) - (xBar[b] ?? 0));
    }
  }
  return { n, sumW, yBar, xBar, sxx, sxy, scale: Array.from(scale) };
}

/**
 * Round 2 from cells: with the fitted value f of a cell, Σ w²e² = m2W2 + ΣW2 (meanW2 − f)² and Σ w e = Σw (mean − f)
 * (the cell's moments, centred, so no power sums lose digits).
 */
function cellResiduals(rows: Design["rows"], cp: CentredCrossProducts, kept: readonly number[], beta: Float64Array): ResidualMoments {
  const p = 1 + kept.length;
  const meat = new Array<number>(p * p).fill(0);
  const score = new Array<number>(p).fill(0);
  const zz = new Float64Array(p);
  for (const { cell, z } of rows) {
    const m = cell.moments;
    zz[0] = 1;
    let f = cp.yBar;
    kept.forEach((j, i) => {
      const d = (z[j] ?? 0) - (cp.xBar[j] ?? 0);
      zz[i + 1] = d;
      f += (beta[i] ?? 0) * d;
    });
    const s2 = m.m2W2 + m.sumW2 * (m.meanW2 - f) ** 2;
    const s1 = m.sumW * (m.mean - f);
    for (let a = 0; a < p; a++) {
      score[a] = (score[a] ?? 0) + s1 * (zz[a] ?? 0);
      for (let b = 0; b < p; b++) meat[a * p + b] = (meat[a * p + b] ?? 0) + s2 * (zz[a] ?? 0) * (zz[b] ?? 0);
    }
  }
  return { meat, score };
}

/** A fit from cross-products and residuals, or insufficient, as fitWeightedRegression would return it. */
function fitOf(cp: CentredCrossProducts, minN: number, names: readonly string[], level: number, residuals: (kept: readonly number[], beta: Float64Array) => ResidualMoments | undefined): RegressionFit {
  const s = solveCrossProducts(cp, minN);
  if (s.kind === "insufficient") return { kind: "insufficient", n: s.n, minN: s.minN, reason: `${s.n} rows, at least ${s.minN} needed` };
  const r = residuals(s.kept, s.beta);
  if (r === undefined) return stale("was computed with other coefficients than its own first round gives");
  return fitFromCrossProducts(cp, s, r, { level, names });
}

/**
 * Every candidate's effect on a point from its linked cells (see `linkedEffects`, which this follows decision by
 * decision).
 *
 * @param point - the point's linked cells.
 * @param dimensions - the cells' segment dimensions.
 * @param candidates - the point's candidates.
 * @param options - as for `linkedEffects`.
 * @returns per candidate key, the effect or why there is none.
 * @throws {@link core!UsageError} when the summary's exposures are not this run's candidates.
 * @example
 * ```ts
 * linkedEffectsFromCells(summary.waves[0].points[0], summary.waves[0].dimensions, candidates, { adjustFor: undefined, level: 0.95, minExposed: 10, minN: 30 });
 * ```
 */
export function linkedEffectsFromCells(
  point: LinkedPointSummary | undefined,
  dimensions: readonly string[],
  candidates: readonly TraceCandidate[],
  options: { readonly adjustFor: readonly string[] | undefined; readonly level: number; readonly minExposed: number; readonly minN: number },
): Map<string, LinkedOutcome> {
  const out = new Map<string, LinkedOutcome>();
  const measurable = candidates.filter((c) => c.perCase !== undefined);
  if (point === undefined) return measurable.length === 0 ? out : stale("has no entry for a traced point");
  if (!sameExposures(point.exposures, measurable)) stale(`was made for other exposures at point ${JSON.stringify(point.point)}`);
  const cells = point.cells.filter((c) => c.moments.n > 0);
  const m = cells.reduce((a, c) => a + c.moments.n, 0);
  if (m === 0) return out;
  const kept: number[] = [];
  const count = (j: number, v: number): number => cells.reduce((a, c) => a + (c.exposure[j] === v ? c.moments.n : 0), 0);
  const tooFew = (j: number): LinkedOutcome => {
    const exposed = count(j, 1);
    const unexposed = count(j, 0);
    return { kind: "too-few-exposed", exposed, unexposed, unknown: m - exposed - unexposed, needed: options.minExposed };
  };
  measurable.forEach((c, j) => {
    const exposed = count(j, 1);
    const unexposed = count(j, 0);
    if (Math.min(exposed, unexposed) < options.minExposed || exposed + unexposed < 0.8 * m) out.set(c.key, tooFew(j));
    else kept.push(j);
  });
  if (kept.length === 0) return out;
  const design = designOf(cells, dimensions, options.adjustFor, kept);
  const d = design.names.length;
  const k = d + kept.length;
  const cp = cellCrossProducts(design.rows, k);
  const names = [...design.names, ...kept.map((j) => measurable[j]?.key ?? "")];
  const fit = design.rows.length === 0 ? ({ kind: "insufficient" } as const) : fitOf(cp, Math.max(options.minN, kept.length + d + 2), names, options.level, (ks, beta) => cellResiduals(design.rows, cp, ks, beta));
  if (fit.kind === "insufficient") {
    for (const j of kept) out.set(measurable[j]?.key ?? "", tooFew(j));
    return out;
  }
  kept.forEach((j, i) => {
    const c = measurable[j] as TraceCandidate;
    const b = fit.coefficients[d + i];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) {
      out.set(c.key, { kind: "confounded", adjustedFor: design.used });
      return;
    }
    const { share, se } = cellShare(design.rows, d + i);
    out.set(c.key, { kind: "effect", effect: coefficientEffect("linked-regression", b, fit, { value: share, se }, design.used), p: b.p });
  });
  return out;
}

/** The weighted exposure share over the rows used, with its linearization error (as `weightedShare`). */
function cellShare(rows: Design["rows"], col: number): { share: number; se: number } {
  let n = 0;
  let sw = 0;
  let swx = 0;
  for (const { cell, z } of rows) {
    n += cell.moments.n;
    sw += cell.moments.sumW;
    swx += cell.moments.sumW * (z[col] ?? 0);
  }
  const p = swx / sw;
  let ss = 0;
  for (const { cell, z } of rows) ss += cell.moments.sumW2 * ((z[col] ?? 0) - p) ** 2;
  return { share: p, se: n > 1 ? Math.sqrt((n / (n - 1)) * ss) / sw : NaN };
}

/**
 * The driver effects of a theme's points on its overall index from a linked summary (see `driverEffects`).
 *
 * @param summary - the overall point's driver regression.
 * @param drivers - each driver point's id, gap to target and the gap's standard error.
 * @param options - level and the fewest customers.
 * @returns one outcome per driver that could be estimated.
 * @throws {@link core!UsageError} when the summary was made for other drivers or options.
 * @example
 * ```ts
 * driverEffectsFromSummary(summary.waves[0].drivers[0], [{ point: "ep_or_arrival", gap: 6.2, gapSe: 0.8 }], { level: 0.95, minN: 30 });
 * ```
 */
export function driverEffectsFromSummary(
  summary: LinkedDriverSummary | undefined,
  drivers: readonly { readonly point: string; readonly gap: number; readonly gapSe: number }[],
  options: { readonly level: number; readonly minN: number },
): DriverOutcome[] {
  if (drivers.length === 0) return [];
  if (summary === undefined) return stale("has no driver regression for an overall point");
  if (JSON.stringify(summary.drivers.map((d) => d.point)) !== JSON.stringify(drivers.map((d) => d.point))) stale(`was made for other drivers of ${JSON.stringify(summary.point)}`);
  const kept = summary.drivers.filter((d) => d.answered >= options.minN && d.answered >= 0.5 * summary.rows).map((d) => d.point);
  if (JSON.stringify(kept) !== JSON.stringify(summary.kept)) stale(`kept other drivers of ${JSON.stringify(summary.point)}`);
  if (kept.length === 0) return [];
  const r2 = summary.round2;
  const fit = fitOf(summary.cross, Math.max(options.minN, kept.length + 2), kept, options.level, (ks, beta) => {
    if (r2 === undefined) return undefined;
    const expected = kept.map((_, j) => (ks.includes(j) ? (beta[ks.indexOf(j)] ?? NaN) : null));
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    const ok = near(r2.yBar, summary.cross.yBar) && r2.xBar.every((x, j) => near(x, summary.cross.xBar[j] ?? NaN)) && expected.every((b, j) => (b === null ? r2.beta[j] === null : near(b, r2.beta[j] ?? NaN)));
    return ok ? r2.residuals : undefined;
  });
  if (fit.kind !== "estimate") return [];
  const gapOf = new Map(drivers.map((d) => [d.point, d] as const));
  const out: DriverOutcome[] = [];
  kept.forEach((id, j) => {
    const b = fit.coefficients[j];
    if (b === undefined || b.aliased || !Number.isFinite(b.se)) return;
    const d = gapOf.get(id);
    const gap = Math.max(0, d?.gap ?? 0);
    out.push({ point: id, p: b.p, effect: coefficientEffect("driver-regression", b, fit, { value: gap, se: gap > 0 ? (d?.gapSe ?? 0) : 0 }, []) });
  });
  return out;
}

/**
 * The weighted share of a point's linked customers whose own case shows an exposure, from the point's cells: what
 * `linkedExposure` reads off respondents (every linked customer with an index and a known exposure; the
 * linearization error of a weighted mean, Lumley 2010, ch. 2).
 *
 * @param point - the point's linked cells.
 * @param key - the candidate's key (`missed-standard:std_…`).
 * @returns the share, its standard error and the customers behind it; undefined when the point has no such
 *   exposure or no linked customer with it known.
 * @example
 * ```ts
 * linkedExposureFromCells(summary.waves[0].points[0], "missed-standard:std_arrival_urban_45min")?.share;
 * ```
 */
export function linkedExposureFromCells(point: LinkedPointSummary, key: string): { share: number; se: number; n: number } | undefined {
  const j = point.exposures.findIndex((e) => e.key === key);
  if (j < 0) return undefined;
  const known = point.cells.filter((c) => c.exposure[j] === 0 || c.exposure[j] === 1);
  const n = known.reduce((a, c) => a + c.moments.n, 0);
  const sw = known.reduce((a, c) => a + c.moments.sumW, 0);
  if (n === 0 || !(sw > 0)) return undefined;
  const p = known.reduce((a, c) => a + c.moments.sumW * (c.exposure[j] ?? 0), 0) / sw;
  const ss = known.reduce((a, c) => a + c.moments.sumW2 * ((c.exposure[j] ?? 0) - p) ** 2, 0);
  return { share: p, se: n > 1 ? Math.sqrt((n / (n - 1)) * ss) / sw : NaN, n };
}

/**
 * The share of a point's linked customers exposed to a cause, read off a linked summary's cells in one wave (what
 * `linkedExposure` reads off respondents and their cases).
 *
 * @param linked - the linked summary.
 * @param wave - the wave.
 * @param point - the evaluation point's id.
 * @param exposure - the cause's exposure.
 * @returns the share, its standard error and the customers behind it; undefined when the summary has no such wave,
 *   point or exposure (the wave's candidates differ), or no linked customer with the exposure known.
 * @example
 * ```ts
 * exposureFromLinked(linked, "2026H2", "ep_or_arrival", { kind: "missed-standard", standard: "std_arrival_urban_45min" })?.share;
 * ```
 */
export function exposureFromLinked(linked: LinkedSummary, wave: string, point: string, exposure: Exposure): { share: number; se: number; n: number } | undefined {
  const p = linked.waves.find((w) => w.wave === wave)?.points.find((x) => x.point === point);
  const key = canonicalJson(exposure);
  const e = p?.exposures.find((x) => canonicalJson(x.exposure) === key);
  return p === undefined || e === undefined ? undefined : linkedExposureFromCells(p, e.key);
}
