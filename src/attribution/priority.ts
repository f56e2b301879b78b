/**
 * Priorities: how much each evaluation point matters to overall satisfaction (key-driver analysis on the
 * customers' own answers: Johnson's relative weights of the points' satisfaction indices in explaining the
 * theme's overall-satisfaction question), times the size of its gap to target; and where it falls on the
 * importance–performance grid. Where a theme has no overall question, or the regression cannot be made, stated
 * importance questions are used instead, and the result says so.
 * @module
 */
import type { Study } from "../model/study.js";
import { relativeWeights } from "../stats/drivers/relative-weights.js";
import { importancePerformance, type Quadrant } from "../stats/drivers/importance-performance.js";
import type { DriverData } from "../stats/drivers/types.js";
import { estimateMean } from "../stats/estimate-mean.js";
import { momentsFromValues } from "../stats/moments-from-values.js";
import { hasIndex, indexQuestions, respondentIndex } from "./evidence/measure.js";
import type { SurveyView } from "./shared/inputs.js";
import type { ResolvedAttributionOptions } from "./shared/options.js";

/** One evaluation point's priority. */
export interface PointPriority {
  readonly point: string;
  /** Share of the explained variance of overall satisfaction (or of stated importance), 0–1. */
  readonly importance: number;
  /** Satisfaction index (0–100). */
  readonly performance: number;
  /** The point's declared target (its own, or the `defaultTarget` option); undefined: none declared. */
  readonly target: number | undefined;
  /** target − performance (negative: above target); undefined where no target is declared. */
  readonly gap: number | undefined;
  /** importance × max(gap, 0); 0 where no target is declared (no gap to weigh). */
  readonly priority: number;
  readonly rank: number;
  readonly quadrant: Quadrant;
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
 * @param survey - answers of the wave analysed.
 * @param options - resolved attribution options (targets, minimum samples).
 * @returns one entry per theme with at least two rated points.
 * @example
 * ```ts
 * prioritize(study, surveyView(table), resolveAttributionOptions())[0]?.points[0]?.quadrant; // "concentrate-here"
 * ```
 */
export function prioritize(study: Study, survey: SurveyView, options: ResolvedAttributionOptions): ThemePriorities[] {
  const out: ThemePriorities[] = [];
  for (const bp of study.blueprints) {
    const steps = new Set(bp.steps.map((s) => s.id));
    const points = study.evaluationPoints.filter((p) => steps.has(p.step));
    const overallQ = points.flatMap((p) => p.questions).find((q) => q.overall && hasIndex(q));
    const rated = points
      // The points that explain overall satisfaction: their own index, without the overall question itself.
      .map((p) => ({ p, qs: indexQuestions(p, "external").filter((q) => !q.overall) }))
      .filter((x) => x.qs.length > 0);
    // Each point's index by respondent rank, dense (NaN: not answered): the driver rows are read off it directly.
    const perf = new Map<string, { mean: number; byRespondent: Float64Array }>();
    for (const { p, qs } of rated) {
      const idx = respondentIndex(qs, (q) => survey.answers(q.id));
      const e = estimateMean(momentsFromValues(idx.value, idx.weight), { minN: options.minExternal, level: options.level });
      if (e.kind === "insufficient") continue;
      const byRespondent = new Float64Array(survey.respondentCount).fill(NaN);
      idx.respondent.forEach((r, i) => (byRespondent[r] = idx.value[i] ?? NaN));
      perf.set(p.id, { mean: e.value, byRespondent });
    }
    const ids = rated.map((x) => x.p.id).filter((id) => perf.has(id));
    if (ids.length < 2) continue;
    let method: ThemePriorities["method"] = "stated-importance";
    let rSquared: number | undefined;
    let n = 0;
    let note: string | undefined;
    let importance = new Map<string, number>();
    if (overallQ !== undefined) {
      const oa = respondentIndex([overallQ], (q) => survey.answers(q.id));
      const data: DriverData = {
        predictors: ids,
        scores: oa.respondent.map((r) => ids.map((id) => {
          const v = perf.get(id)?.byRespondent[r] ?? NaN;
          return Number.isFinite(v) ? v : null;
        })),
        overall: oa.value,
        weights: oa.weight,
      };
      const rw = relativeWeights(data);
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
        const idx = respondentIndex(qs, (q) => survey.answers(q.id));
        if (idx.value.length >= options.minExternal) {
          // Weighted, like every other estimate.
          const w = idx.weight.reduce((a, b) => a + b, 0);
          stated.set(p.id, idx.value.reduce((a, v, i) => a + v * (idx.weight[i] ?? 1), 0) / w);
          n = Math.max(n, idx.value.length);
        }
      }
      const total = [...stated.values()].reduce((a, b) => a + b, 0);
      if (total <= 0) continue;
      importance = new Map([...stated].map(([k, v]) => [k, v / total] as const));
    }
    const included = ids.filter((id) => importance.has(id));
    if (included.length < 2) continue;
    // Only declared targets: a point without one has no gap (priority 0), never a gap to an invented target.
    const target = new Map(points.map((p) => [p.id, p.target ?? options.defaultTarget] as const));
    const gapOf = (id: string): number | undefined => {
      const t = target.get(id);
      return t === undefined ? undefined : t - (perf.get(id)?.mean ?? 0);
    };
    const grid = importancePerformance(
      included.map((id) => ({ id, importance: importance.get(id) ?? 0, performance: perf.get(id)?.mean ?? 0, gap: gapOf(id) ?? 0 })),
    );
    out.push({
      theme: bp.theme,
      method,
      rSquared,
      n,
      note,
      points: grid.points.map((g) => ({ point: g.id, importance: g.importance, performance: g.performance, target: target.get(g.id), gap: gapOf(g.id), priority: g.priority, rank: g.rank, quadrant: g.quadrant })),
    });
  }
  return out;
}
