/**
 * Importance–performance analysis: put each evaluation point on a grid of how much it matters to overall
 * satisfaction and how well it is done, to say where improvement effort pays off.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { Label } from "../../core/label.js";

/** The four quadrants of the importance–performance grid (Martilla & James 1977). */
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
      meaning: { en: "High importance, low performance: improve first.", zh: "重要性高、表现差：优先改进。" },
    },
  ],
  [
    "keep-up-the-good-work",
    {
      label: { en: "Keep up the good work", zh: "继续保持" },
      meaning: { en: "High importance, high performance: protect.", zh: "重要性高、表现好：保持优势。" },
    },
  ],
  [
    "low-priority",
    {
      label: { en: "Low priority", zh: "次要改进" },
      meaning: { en: "Low importance, low performance: improve later.", zh: "重要性低、表现差：暂缓改进。" },
    },
  ],
  [
    "possible-overkill",
    {
      label: { en: "Possible overkill", zh: "可能过度投入" },
      meaning: { en: "Low importance, high performance: effort may be better spent elsewhere.", zh: "重要性低、表现好：资源或可转投他处。" },
    },
  ],
]);

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
   * When omitted, the gap is `target − performance`. Negative gaps count as 0 in the priority.
   */
  readonly gap?: number | undefined;
}

/** Options of {@link importancePerformance}. */
export interface ImportancePerformanceOptions {
  /** Where importance splits high from low; default the mean importance of the points. */
  readonly importanceCut?: number | undefined;
  /** Where performance splits high from low; default the mean performance of the points. */
  readonly performanceCut?: number | undefined;
  /** The performance the gap is measured to when a point has no `gap`; default 100 (the top of the index). */
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
  /** The performance cut used (given, or the mean performance). */
  readonly performanceCut: number;
  /** Points in input order. */
  readonly points: readonly ImportancePerformancePoint[];
}

/**
 * Importance–performance analysis: each point is high or low on importance (at or above the importance cut is high)
 * and on performance (at or above the performance cut is high), which places it in one of four quadrants:
 * "concentrate here" (high importance, low performance), "keep up the good work" (high, high), "low priority"
 * (low, low) and "possible overkill" (low importance, high performance). The cut lines default to the means of the
 * points (the data-centred grid); pass fixed cuts to compare waves on the same grid.
 *
 * The priority score is importance × max(gap, 0): a point's share of the explained variance times the index
 * points it falls short by, a rough measure of how much overall satisfaction an improvement could move. It orders
 * points within and across quadrants; a point at or above target has priority 0.
 *
 * Source: Martilla, J. A. & James, J. C. (1977), "Importance-performance analysis", Journal of Marketing 41(1),
 * 77–79; data-centred cut lines: Bacon, D. R. (2003), "A comparison of approaches to importance-performance
 * analysis", International Journal of Market Research 45(1), 55–71.
 *
 * @param points - Per evaluation point: id, importance, performance (0–100) and optional gap.
 * @param options - Cut lines (default: means) and the target for gaps (default 100).
 * @returns The cut lines and, per point, its quadrant, gap, priority and priority rank.
 * @throws {@link UsageError} for an empty list, duplicate ids, or values out of range.
 * @example
 * ```ts
 * const grid = importancePerformance([
 *   { id: "repair-speed", importance: 0.4, performance: 60 },
 *   { id: "staff-attitude", importance: 0.3, performance: 90 },
 *   { id: "notice", importance: 0.2, performance: 70 },
 *   { id: "hall-comfort", importance: 0.1, performance: 95 },
 * ]);
 * grid.importanceCut; // ≈ 0.25 (mean importance)
 * grid.performanceCut; // 78.75 (mean performance)
 * grid.points.map((p) => [p.id, p.quadrant, p.priority, p.rank]);
 * // [["repair-speed", "concentrate-here", 16, 1],      gap 100 − 60 = 40
 * //  ["staff-attitude", "keep-up-the-good-work", 3, 3],
 * //  ["notice", "low-priority", 6, 2],
 * //  ["hall-comfort", "possible-overkill", 0.5, 4]]
 * ```
 */
export function importancePerformance(
  points: readonly ImportancePerformanceInput[],
  options: ImportancePerformanceOptions = {},
): ImportancePerformanceResult {
  const fn = "importancePerformance";
  if (!Array.isArray(points) || points.length === 0) {
    throw new UsageError(fn, "expecting a non-empty array of points.", "Pass one { id, importance, performance } per evaluation point.");
  }
  const seen = new Set<string>();
  points.forEach((pt, i) => {
    if (typeof pt !== "object" || pt === null || typeof pt.id !== "string") {
      throw new UsageError(fn, `point ${i} has no id.`, "Give every point a string id.");
    }
    if (seen.has(pt.id)) throw new UsageError(fn, `point id ${JSON.stringify(pt.id)} appears twice.`, "Give each point once.");
    seen.add(pt.id);
    if (typeof pt.importance !== "number" || !Number.isFinite(pt.importance) || pt.importance < 0) {
      throw new UsageError(fn, `point ${JSON.stringify(pt.id)}: expecting importance to be finite and ≥ 0, got ${String(pt.importance)}.`, "Use the share from relativeWeights or shapleyR2.");
    }
    if (typeof pt.performance !== "number" || !(pt.performance >= 0 && pt.performance <= 100)) {
      throw new UsageError(fn, `point ${JSON.stringify(pt.id)}: expecting performance on the 0–100 index, got ${String(pt.performance)}.`, "Rescale scores to 0–100 first (e.g. (mean − min) / (max − min) × 100).");
    }
    if (pt.gap !== undefined && (typeof pt.gap !== "number" || !Number.isFinite(pt.gap))) {
      throw new UsageError(fn, `point ${JSON.stringify(pt.id)}: expecting a finite gap, got ${String(pt.gap)}.`, "Leave gap out to measure it to the target.");
    }
  });
  const cut = (name: string, given: number | undefined, mean: number): number => {
    if (given === undefined) return mean;
    if (typeof given !== "number" || !Number.isFinite(given)) {
      throw new UsageError(fn, `expecting ${name} to be a finite number, got ${String(given)}.`, `Leave ${name} out to cut at the mean.`);
    }
    return given;
  };
  const importanceCut = cut("importanceCut", options.importanceCut, mean(points.map((p) => p.importance)));
  const performanceCut = cut("performanceCut", options.performanceCut, mean(points.map((p) => p.performance)));
  const target = cut("target", options.target, 100);
  const placed = points.map((pt) => {
    const gap = pt.gap ?? target - pt.performance;
    const high = pt.importance >= importanceCut;
    const good = pt.performance >= performanceCut;
    const quadrant: Quadrant = high ? (good ? "keep-up-the-good-work" : "concentrate-here") : good ? "possible-overkill" : "low-priority";
    return { id: pt.id, importance: pt.importance, performance: pt.performance, gap, quadrant, priority: pt.importance * Math.max(gap, 0) };
  });
  return {
    importanceCut,
    performanceCut,
    points: placed.map((pt) => ({ ...pt, rank: 1 + placed.filter((o) => o.priority > pt.priority).length })),
  };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0) / xs.length;
}
