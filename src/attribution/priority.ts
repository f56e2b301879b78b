/**
 * Priorities: how much each evaluation point matters to overall satisfaction (key-driver analysis on the
 * customers' own answers: Johnson's relative weights of the points' satisfaction indices in explaining the
 * theme's overall-satisfaction question), times the size of its gap to target; and where it falls on the
 * importance–performance grid. Where a theme has no overall question, or the regression cannot be made, stated
 * importance questions are used instead, and the result says so. The grid's performance crosshair is each point's
 * own target, split by the verdict of its target test (a point significantly below target is never in a "good"
 * quadrant, and one not significantly below is never in a "poor" one); a point without a target is compared
 * with the mean satisfaction of its theme's points, and says so.
 * @module
 */
import type { Study } from "../model/study.js";
import type { Evidence } from "./shared/findings.js";
import { UsageError } from "../core/errors.js";
import { relativeWeightsFromCrossProducts } from "../stats/drivers/cross-products.js";
import { importancePerformance, type Quadrant } from "../stats/drivers/importance-performance.js";
import { estimateMean } from "../stats/estimate-mean.js";
import { hasIndex, indexQuestions } from "./evidence/measure.js";
import type { SurveyView } from "./shared/inputs.js";
import { surveyStats, type SurveyStats } from "./shared/survey-summary.js";
import { summariseView } from "./summary/summarise.js";
import type { ResolvedAttributionOptions } from "./shared/options.js";

/** One evaluation point's priority. */
export interface PointPriority {
  readonly point: string;
  /** Share of the explained variance of overall satisfaction (or of stated importance), 0–1. */
  readonly importance: number;
  /** Satisfaction index (0–100). */
  readonly performance: number;
  /** The point's target (its own, else the attribution's default target); undefined when it has none. */
  readonly target: number | undefined;
  /**
   * What performance is compared with: the target, or, for a point without one, the mean satisfaction of the
   * theme's points in the grid (a relative reference, not a target).
   */
  readonly referenceKind: "target" | "mean-of-points";
  /** The value of that reference (the target, or the mean). */
  readonly reference: number;
  /**
   * The verdict of the point's target test: true when its satisfaction is significantly below target, false when
   * not; undefined without a target or without a test. The quadrant follows it.
   */
  readonly belowTarget: boolean | undefined;
  /** reference − performance (negative: above it). */
  readonly gap: number;
  /** importance × max(gap, 0). */
  readonly priority: number;
  readonly rank: number;
  readonly quadrant: Quadrant;
}

/** The verdicts of the target tests of an attribution: the tests' evidence and whether each was significant. */
export interface TargetTestRecord {
  readonly evidence: Evidence;
  readonly significant: boolean;
}

/** The priorities of one theme. */
export interface ThemePriorities {
  readonly theme: string;
  /** How importance was measured. */
  readonly method: "relative-weights" | "stated-importance";
  /** R² of overall satisfaction on the points (relative weights only). */
  readonly rSquared: number | undefined;
  /** Respondents behind the importance figures. */
  readonly n: number;
  /** Why the method fell back to stated importance, when it did. */
  readonly note: string | undefined;
  readonly points: readonly PointPriority[];
}

/**
 * Priorities per theme.
 *
 * @param study - the study.
 * @param wave - the wave analysed: its survey view, or its statistics (a survey summary's wave, read by
 *   {@link surveyStats}); a view is summarised first, so both decide alike.
 * @param options - resolved attribution options (targets, minimum samples).
 * @param tests - the attribution's tests (`result.tests`): their verdicts on satisfaction below target decide the
 *   quadrants of points with a target; without them a point is good when its estimate is at or above target.
 * @returns one entry per theme with at least two rated points.
 * @example
 * ```ts
 * prioritize(study, surveyView(table), resolveAttributionOptions(), result.tests)[0]?.points[0]?.quadrant; // "concentrate-here"
 * ```
 */
export function prioritize(study: Study, wave: SurveyView | SurveyStats, options: ResolvedAttributionOptions, tests: readonly TargetTestRecord[] = []): ThemePriorities[] {
  const survey = isSurveyStats(wave) ? wave : surveyStats(summariseView(study, wave, options.minExternal));
  const verdicts = targetVerdicts(tests);
  const out: ThemePriorities[] = [];
  for (const bp of study.blueprints) {
    const steps = new Set(bp.steps.map((s) => s.id));
    const points = study.evaluationPoints.filter((p) => steps.has(p.step));
    const overallQ = points.flatMap((p) => p.questions).find((q) => q.overall && hasIndex(q));
    const rated = points
      // The points that explain overall satisfaction: their own index, without the overall question itself.
      .map((p) => ({ p, qs: indexQuestions(p, "external").filter((q) => !q.overall) }))
      .filter((x) => x.qs.length > 0);
    // Each point's mean index.
    const perf = new Map<string, { mean: number }>();
    for (const { p, qs } of rated) {
      const e = estimateMean(survey.index(qs.map((q) => q.id)), { minN: options.minExternal, level: options.level });
      if (e.kind === "insufficient") continue;
      perf.set(p.id, { mean: e.value });
    }
    const ids = rated.map((x) => x.p.id).filter((id) => perf.has(id));
    if (ids.length < 2) continue;
    let method: ThemePriorities["method"] = "stated-importance";
    let rSquared: number | undefined;
    let n = 0;
    let note: string | undefined;
    let importance = new Map<string, number>();
    if (overallQ !== undefined) {
      const d = survey.drivers(bp.theme);
      if (d === undefined || d.overall !== overallQ.id || d.cross.predictors.join("\u0000") !== ids.join("\u0000"))
        throw new UsageError(
          "attribute",
          `the survey summary's driver data for theme ${JSON.stringify(bp.theme)} are for points ${d === undefined ? "none" : d.cross.predictors.join(", ")}, where these data's customers select ${ids.join(", ")}.`,
          "Summarise the whole survey with the minExternal of the attribution; merged parts must each give every point enough customers.",
        );
      // Johnson's relative weights from the listwise cross-products of the points' indexes and the overall index.
      const rw = relativeWeightsFromCrossProducts(d.cross);
      if (rw.kind === "ok" && rw.n >= options.minExternal) {
        method = "relative-weights";
        rSquared = rw.rSquared;
        n = rw.n;
        importance = new Map(rw.drivers.map((d) => [d.predictor, d.share] as const));
      } else note = rw.kind === "ok" ? `only ${rw.n} customers answered every point and the overall question` : rw.problem.message;
    } else note = "the theme has no overall-satisfaction question (mark one with overall: true)";
    if (method === "stated-importance") {
      const stated = new Map<string, number>();
      for (const { p } of rated) {
        const qs = p.questions.filter((q) => q.measures === "importance" && hasIndex(q));
        if (!ids.includes(p.id) || qs.length === 0) continue;
        const m = survey.index(qs.map((q) => q.id));
        const answered = m.n + m.nZeroWeight;
        if (answered >= options.minExternal) {
          // Weighted, like every other estimate.
          stated.set(p.id, m.mean);
          n = Math.max(n, answered);
        }
      }
      const total = [...stated.values()].reduce((a, b) => a + b, 0);
      if (total <= 0) continue;
      importance = new Map([...stated].map(([k, v]) => [k, v / total] as const));
    }
    const included = ids.filter((id) => importance.has(id));
    if (included.length < 2) continue;
    const fallback: number | undefined = options.defaultTarget;
    const target = new Map(points.flatMap((p) => { const t = p.target ?? fallback; return t === undefined ? [] : [[p.id, t] as const]; }));
    out.push({ theme: bp.theme, method, rSquared, n, note, points: placeTheme(included, importance, perf, target, verdicts) });
  }
  return out;
}

function isSurveyStats(x: SurveyView | SurveyStats): x is SurveyStats {
  return typeof (x as SurveyStats).index === "function";
}

/**
 * Per point, whether its satisfaction was found significantly below its target. Significance alone is not enough:
 * a two-sided test is also significant for a point significantly above target (a strength), so the estimate must
 * be below the target too.
 */
function targetVerdicts(tests: readonly TargetTestRecord[]): ReadonlyMap<string, boolean> {
  const out = new Map<string, boolean>();
  for (const t of tests) {
    const e = t.evidence;
    if (e.kind !== "perception-below-target") continue;
    out.set(e.point, t.significant && e.index.value < e.target);
  }
  return out;
}

/** One theme's grid: points with a target split at it by their test's verdict, the others at the mean of the points. */
function placeTheme(
  ids: readonly string[],
  importance: ReadonlyMap<string, number>,
  perf: ReadonlyMap<string, { readonly mean: number }>,
  target: ReadonlyMap<string, number>,
  verdicts: ReadonlyMap<string, boolean>,
): PointPriority[] {
  const performance = (id: string): number => perf.get(id)?.mean ?? 0;
  const meanOfPoints = ids.reduce((a, id) => a + performance(id), 0) / ids.length;
  const grid = importancePerformance(
    ids.map((id) => {
      const t = target.get(id);
      const verdict = t === undefined ? undefined : verdicts.get(id);
      return { id, importance: importance.get(id) ?? 0, performance: performance(id), gap: (t ?? meanOfPoints) - performance(id), target: t, belowTarget: verdict };
    }),
    { performanceCut: meanOfPoints },
  );
  return grid.points.map((g) => {
    const t = target.get(g.id);
    return {
      point: g.id,
      importance: g.importance,
      performance: g.performance,
      target: t,
      referenceKind: t === undefined ? "mean-of-points" : "target",
      reference: g.crosshair,
      belowTarget: t === undefined ? undefined : verdicts.get(g.id),
      gap: g.gap,
      priority: g.priority,
      rank: g.rank,
      quadrant: g.quadrant,
    };
  });
}
