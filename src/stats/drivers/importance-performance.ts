/**
 * Importance–performance analysis: put each evaluation point on a grid of how much it matters to overall
 * satisfaction and how well it is done, to say where improvement effort pays off.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Label } from "../../core/label.js";

/**
 * The four quadrants of the importance–performance grid (Martilla & James 1977). "Good" performance (the right-hand
 * quadrants) means: not significantly below the point's own target where it has one, else at or above the cut.
 */
export type Quadrant = "concentrate-here" | "keep-up-the-good-work" | "low-priority" | "possible-overkill";

/** Quadrant names for reports, in English and Chinese, with what each means. */
export const QUADRANTS: ReadonlyMap<
  Quadrant,
  {
    /** The quadrant's name. */
    readonly label: Label;
    /** What it means for improvement work, in a sentence. */
    readonly meaning: Label;
  }
> = new Map([
  [
    "concentrate-here",
    {
      label: { en: "Concentrate here", zh: "重点改进" },
      meaning: { en: "High importance, performance below its reference: improve first.", zh: "重要性高、表现低于参照：优先改进。" },
    },
  ],
  [
    "keep-up-the-good-work",
    {
      label: { en: "Keep up the good work", zh: "继续保持" },
      meaning: { en: "High importance, performance at its reference (not significantly below target): protect.", zh: "重要性高、表现达到参照（未显著低于目标）：保持优势。" },
    },
  ],
  [
    "low-priority",
    {
      label: { en: "Low priority", zh: "次要改进" },
      meaning: { en: "Low importance, performance below its reference: improve later.", zh: "重要性低、表现低于参照：暂缓改进。" },
    },
  ],
  [
    "possible-overkill",
    {
      label: { en: "Possible overkill", zh: "可能过度投入" },
      meaning: { en: "Low importance, performance at its reference (not significantly below target): effort may be better spent elsewhere.", zh: "重要性低、表现达到参照（未显著低于目标）：资源或可转投他处。" },
    },
  ],
]);

/**
 * Where a point's performance is split into good and poor: its own target, the mean performance of the points,
 * or a cut line given by the caller.
 */
export type PerformanceReference = "target" | "mean" | "given";

/** One evaluation point to place on the grid. */
export interface ImportancePerformanceInput {
  /** The evaluation point's id. */
  readonly id: string;
  /** Its importance, e.g. its share from {@link relativeWeights} or {@link shapleyR2} (finite, ≥ 0). */
  readonly importance: number;
  /** Its performance on the 0–100 index (e.g. mean perception score rescaled to 0–100). */
  readonly performance: number;
  /**
   * Its gap in index points, where larger means worse (e.g. expectation − perception, or standard − actual).
   * When omitted, the gap is `target − performance` (the point's own target, else the `target` option).
   * Negative gaps count as 0 in the priority.
   */
  readonly gap?: number | undefined;
  /**
   * The point's own target (0–100). When given it is the point's performance crosshair: the point performs well
   * unless it is below its target (by `belowTarget` when given, else by its estimate).
   */
  readonly target?: number | undefined;
  /**
   * The verdict of the point's target test: `true` when its performance is significantly below its target. When
   * given, it alone decides the side of the crosshair, so the quadrant can never contradict the test. Needs `target`.
   */
  readonly belowTarget?: boolean | undefined;
}

/** Options of {@link importancePerformance}. */
export interface ImportancePerformanceOptions {
  /** Where importance splits high from low; default the mean importance of the points. */
  readonly importanceCut?: number | undefined;
  /** Where performance splits high from low for points without a target; default the mean performance of the points. */
  readonly performanceCut?: number | undefined;
  /** The performance the gap is measured to when a point has neither `gap` nor `target`; default 100 (the top of the index). */
  readonly target?: number | undefined;
}

/** One evaluation point placed on the grid. */
export interface ImportancePerformancePoint {
  /** The evaluation point's id. */
  readonly id: string;
  /** Its importance, as given. */
  readonly importance: number;
  /** Its performance (0–100), as given. */
  readonly performance: number;
  /** The gap used: the given `gap`, else `target − performance` (may be negative: better than target). */
  readonly gap: number;
  /** Where its performance is split: its own target, else the performance cut. */
  readonly crosshair: number;
  /** What {@link ImportancePerformancePoint.crosshair} is. */
  readonly reference: PerformanceReference;
  /**
   * Counted as performing well (a right-hand quadrant): not significantly below its target (by the test's verdict
   * when given), or, without a target, at or above the cut.
   */
  readonly good: boolean;
  /** Where it falls on the grid. */
  readonly quadrant: Quadrant;
  /** importance × max(gap, 0): how much overall satisfaction is at stake in closing this point's gap. */
  readonly priority: number;
  /** 1 for the highest priority; ties share a rank. */
  readonly rank: number;
}

/** The grid: the cut lines used and every point placed. */
export interface ImportancePerformanceResult {
  /** The importance cut used (given, or the mean importance). */
  readonly importanceCut: number;
  /** The performance cut used for points without a target (given, or the mean performance of all the points). */
  readonly performanceCut: number;
  /**
   * The performance crosshair of the grid: `target` when every point has its own target, `mean` or `given` when no
   * point has one (the performance cut), `mixed` when some have.
   */
  readonly performanceReference: PerformanceReference | "mixed";
  /** Points in input order. */
  readonly points: readonly ImportancePerformancePoint[];
}

/**
 * Importance–performance analysis: each point is high or low on importance (at or above the importance cut is high)
 * and good or poor on performance, which places it in one of four quadrants: "concentrate here" (high importance,
 * poor performance), "keep up the good work" (high, good), "low priority" (low, poor) and "possible overkill" (low
 * importance, good performance).
 *
 * The performance crosshair is the point's own target where it has one: the point is good unless it is below
 * target, and when the target test's verdict is given (`belowTarget`), unless that test found it significantly
 * below, so a quadrant never contradicts the test. A point without a target is cut at the performance cut, by
 * default the mean of the points (the data-centred grid: good then means "better than the other points", not
 * "good enough"); the result says which reference was used. Pass fixed cuts to compare waves on the same grid.
 *
 * The priority score is importance × max(gap, 0): a point's share of the explained variance times the index
 * points it falls short by, a rough measure of how much overall satisfaction an improvement could move. It orders
 * points within and across quadrants; a point at or above target has priority 0.
 *
 * Source: Martilla, J. A. & James, J. C. (1977), "Importance-performance analysis", Journal of Marketing 41(1),
 * 77–79; data-centred and target cut lines: Bacon, D. R. (2003), "A comparison of approaches to
 * importance-performance analysis", International Journal of Market Research 45(1), 55–71.
 *
 * @param points - Per evaluation point: id, importance, performance (0–100), optional gap, target and verdict.
 * @param options - Cut lines (default: means) and the target for gaps of points without one (default 100).
 * @returns The cut lines, the reference used and, per point, its crosshair, quadrant, gap, priority and rank.
 * @throws {@link core!UsageError} for an empty list, duplicate ids, values out of range, or a verdict without a target.
 * @example
 * ```ts
 * const grid = importancePerformance([
 *   { id: "repair-speed", importance: 0.4, performance: 60, target: 80, belowTarget: true },
 *   { id: "staff-attitude", importance: 0.3, performance: 78, target: 80, belowTarget: false },
 *   { id: "notice", importance: 0.2, performance: 70, target: 75, belowTarget: true },
 *   { id: "hall-comfort", importance: 0.1, performance: 95, target: 80, belowTarget: false },
 * ]);
 * grid.performanceReference; // "target"
 * grid.points.map((p) => [p.id, p.quadrant, p.gap]);
 * // [["repair-speed", "concentrate-here", 20],
 * //  ["staff-attitude", "keep-up-the-good-work", 2],   below 80, but not significantly
 * //  ["notice", "low-priority", 5],
 * //  ["hall-comfort", "possible-overkill", -15]]
 * ```
 */
export function importancePerformance(
  points: readonly ImportancePerformanceInput[],
  options: ImportancePerformanceOptions = {},
): ImportancePerformanceResult {
  const fn = "importancePerformance";
  checkPoints(fn, points);
  const cut = (name: string, given: number | undefined, fallback: number): number => {
    if (given === undefined) return fallback;
    if (typeof given !== "number" || !Number.isFinite(given)) {
      throw new UsageError(fn, `expecting ${name} to be a finite number, got ${String(given)}.`, `Leave ${name} out to cut at the mean.`);
    }
    return given;
  };
  const importanceCut = cut("importanceCut", options.importanceCut, mean(points.map((p) => p.importance)));
  const performanceCut = cut("performanceCut", options.performanceCut, mean(points.map((p) => p.performance)));
  const cutKind: PerformanceReference = options.performanceCut === undefined ? "mean" : "given";
  const target = cut("target", options.target, 100);
  const placed = points.map((pt) => {
    const own = pt.target;
    const gap = pt.gap ?? (own ?? target) - pt.performance;
    const high = pt.importance >= importanceCut;
    const good = own === undefined ? pt.performance >= performanceCut : pt.belowTarget === undefined ? pt.performance >= own : !pt.belowTarget;
    const quadrant: Quadrant = high ? (good ? "keep-up-the-good-work" : "concentrate-here") : good ? "possible-overkill" : "low-priority";
    const reference: PerformanceReference = own === undefined ? cutKind : "target";
    return { id: pt.id, importance: pt.importance, performance: pt.performance, gap, crosshair: own ?? performanceCut, reference, good, quadrant, priority: pt.importance * Math.max(gap, 0) };
  });
  const withTarget = points.filter((p) => p.target !== undefined).length;
  return {
    importanceCut,
    performanceCut,
    performanceReference: withTarget === points.length ? "target" : withTarget === 0 ? cutKind : "mixed",
    points: placed.map((pt) => ({ ...pt, rank: 1 + placed.filter((o) => o.priority > pt.priority).length })),
  };
}

/** Every point well formed: an id once, importance ≥ 0, performance and target on the index, a verdict only with a target. */
function checkPoints(fn: string, points: readonly ImportancePerformanceInput[]): void {
  if (!Array.isArray(points) || points.length === 0) {
    throw new UsageError(fn, "expecting a non-empty array of points.", "Pass one { id, importance, performance } per evaluation point.");
  }
  const seen = new Set<string>();
  points.forEach((pt, i) => {
    if (typeof pt !== "object" || pt === null || typeof pt.id !== "string") {
      throw new UsageError(fn, `point ${i} has no id.`, "Give every point a string id.");
    }
    const at = `point ${JSON.stringify(pt.id)}`;
    if (seen.has(pt.id)) throw new UsageError(fn, `point id ${JSON.stringify(pt.id)} appears twice.`, "Give each point once.");
    seen.add(pt.id);
    if (typeof pt.importance !== "number" || !Number.isFinite(pt.importance) || pt.importance < 0) {
      throw new UsageError(fn, `${at}: expecting importance to be finite and ≥ 0, got ${String(pt.importance)}.`, "Use the share from relativeWeights or shapleyR2.");
    }
    if (typeof pt.performance !== "number" || !(pt.performance >= 0 && pt.performance <= 100)) {
      throw new UsageError(fn, `${at}: expecting performance on the 0–100 index, got ${String(pt.performance)}.`, "Rescale scores to 0–100 first (e.g. (mean − min) / (max − min) × 100).");
    }
    if (pt.gap !== undefined && (typeof pt.gap !== "number" || !Number.isFinite(pt.gap))) {
      throw new UsageError(fn, `${at}: expecting a finite gap, got ${String(pt.gap)}.`, "Leave gap out to measure it to the target.");
    }
    if (pt.target !== undefined && (typeof pt.target !== "number" || !(pt.target >= 0 && pt.target <= 100))) {
      throw new UsageError(fn, `${at}: expecting a target on the 0–100 index, got ${String(pt.target)}.`, "Leave target out for a point that has none.");
    }
    if (pt.belowTarget !== undefined && (typeof pt.belowTarget !== "boolean" || pt.target === undefined)) {
      throw new UsageError(fn, `${at}: belowTarget is the verdict of a target test, so it needs a target.`, "Give the point's target with the verdict, or leave belowTarget out.");
    }
  });
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
