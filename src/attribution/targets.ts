/**
 * Target cascade (目标分解, issue 15): the top target (a theme's overall satisfaction index) decoded into point
 * targets and post moves by the driver effects the attribution measured, never by a weight nobody measured. Per
 * theme: the overall index the declared targets predict (points' own targets and the indicators' targets), with a
 * design-based interval and a two-sided verdict (reaches, falls short, cannot tell); the same for the indicators
 * alone (their consistency with the top target); and, where the declared set falls short or nothing is declared,
 * the smallest set of point moves that reaches the target, allocated to points by measured effect per index point.
 * Each point's move lands on its front-line post, and on the posts of the causes the attribution measured for
 * that point's gap in proportion to their measured shares. Points whose effect is not measured or not significant
 * get no allocation and are listed with the data that would measure them.
 * @module
 */
import * as z from "zod/mini";
import { UsageError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import { indexStudy } from "../model/index-by-id.js";
import type { EvaluationPoint, Study } from "../model/study.js";
import type { Indicator, TopTarget } from "../model/targets.js";
import { estimateMean } from "../stats/estimate-mean.js";
import type { Estimate } from "../stats/estimate.js";
import { momentsFromValues } from "../stats/moments-from-values.js";
import { parseOptions } from "../stats/_usage.js";
import { acceptedByOwner, indicatorPoints, ownerId, targetsRule } from "../study/validate/targets.js";
import { requireStudy } from "../model/arguments.js";
import { studyNetworkShared } from "../graph/step-network.js";
import { attribute, requireData, type Attribution, type AttributionData } from "./attribute.js";
import { frontlinePostIn } from "./trace/chain.js";
import { indexQuestions, respondentIndex } from "./evidence/measure.js";
import { adjustFamily } from "./shared/adjust.js";
import type { CauseLink, CustomerDissatisfaction } from "./shared/findings.js";
import type { SurveyView } from "./shared/inputs.js";
import { sortWaves } from "./shared/inputs.js";
import { resolveAttributionOptions, type AttributionOptions, type ResolvedAttributionOptions } from "./shared/options.js";
import { surveyInput } from "./summary/input.js";
import { fitMeans, predictOverall, type OverallPrediction } from "./target-prediction.js";
import { driverFit, type DriverFit } from "./trace/overall.js";

/** Whether a prediction reaches a target: its whole interval at or above it, below it, or either side. */
export type TargetVerdict = "reaches" | "falls-short" | "cannot-tell";

/** A prediction of the overall index and its verdict against the top target. */
export interface PredictionVerdict {
  readonly prediction: OverallPrediction;
  readonly verdict: TargetVerdict;
}

/** Why a point's effect gives it no allocation. */
export type EffectStatus = "measured" | "not-significant" | "not-in-fit";

/** One post's part of a point's move. */
export interface PostPart {
  /** The post; undefined when the cause lands on a whole department (a standard a department owns). */
  readonly post: string | undefined;
  readonly department: string | undefined;
  /** `cause`: a cause the attribution measured for the point's gap; `front-line`: what no measured cause explains. */
  readonly via: "cause" | "front-line";
  /** The cause's finding, when it is one. */
  readonly finding?: string;
  /** The measured share of the point's gap (causes), or the unexplained share (front line); 1 without a traced gap. */
  readonly share: number;
  /** Index points of the move this post answers for: move × share. */
  readonly move: number;
  /** move × the share's interval (causes only: the front line's part is a remainder, not a measurement). */
  readonly ci?: readonly [number, number];
}

/** One driver point in a theme's cascade. */
export interface CascadePoint {
  readonly point: string;
  readonly status: EffectStatus;
  /** Its mean index on the fit's rows (undefined when it is not in the fit). */
  readonly current: number | undefined;
  /** The driver effect: index points of overall satisfaction per index point of this point. */
  readonly effect?: { readonly value: number; readonly se: number; readonly ci: readonly [number, number]; readonly p: number; readonly q: number };
  /** The declared target it must reach: its own, or an indicator's move added to its current value. */
  readonly declared?: { readonly value: number; readonly source: "point" | "indicator"; readonly indicator?: string };
  /** The target of the cascade: declared, raised by the proposal, or undefined when it does not move. */
  readonly target: number | undefined;
  /** target − current (0 when it does not move). */
  readonly move: number;
  /** Index points of the move the proposal added on top of the declared target. */
  readonly proposed: number;
  /** effect × move, with effect's interval × move. */
  readonly contribution?: { readonly value: number; readonly ci: readonly [number, number] };
  /** Who must move it: the front-line post and the measured causes' posts. */
  readonly posts: readonly PostPart[];
  /** Upstream links of its gap without a measured share, each with the data that would test it. */
  readonly untested: readonly CauseLink[];
}

/** One theme's cascade of one top target. */
export interface ThemeCascade {
  readonly theme: string;
  readonly overallPoint: string | undefined;
  readonly top: TopTarget;
  /** `ok`, or why nothing could be cascaded: no overall question, or too few customers answered it and the points. */
  readonly fit: "ok" | "no-overall" | "too-few";
  /** The overall index now, on the fit's rows, with its interval. */
  readonly current?: OverallPrediction;
  /** The declared targets (points' own and indicators'), if any in the theme. */
  readonly declared?: PredictionVerdict;
  /** The indicators' targets alone: consistent with the top target, not, or cannot tell. */
  readonly consistency?: { readonly prediction: OverallPrediction; readonly verdict: "consistent" | "inconsistent" | "cannot-tell" };
  /** The proposal, when the declared set falls short (by its estimate) or nothing is declared. */
  readonly proposal?: PredictionVerdict & { readonly reachable: boolean; readonly shortfall: number };
  readonly points: readonly CascadePoint[];
}

/** An indicator's value now and what its target asks. */
export interface IndicatorTargetStatus {
  readonly indicator: string;
  readonly points: readonly string[];
  readonly current?: { readonly value: number; readonly ci: readonly [number, number]; readonly n: number };
  readonly target: number;
  /** max(0, target − current); undefined when too few customers rated it. */
  readonly move: number | undefined;
  readonly owners: readonly string[];
  readonly accepted: readonly { readonly by: string; readonly on: string; readonly byOwner: boolean }[];
  readonly acceptedByOwner: boolean;
}

/** One post's (or, for a department-owned cause, one department's) moves across themes and points. */
export interface CascadePost {
  readonly post: string | undefined;
  readonly department: string | undefined;
  readonly items: readonly (PostPart & { readonly theme: string; readonly point: string; readonly from: number; readonly to: number })[];
}

/** The result of {@link cascadeTargets}. */
export interface TargetCascade {
  readonly study: string;
  /** The wave the data are from. */
  readonly wave: string;
  /** The wave the top targets are for. */
  readonly targetWave: string;
  readonly level: number;
  readonly themes: readonly ThemeCascade[];
  readonly indicators: readonly IndicatorTargetStatus[];
  readonly posts: readonly CascadePost[];
  /** The targets' accountability problems (owners, overlaps, acceptance) and reference errors, from validation. */
  readonly problems: readonly Problem[];
}

/** Options of {@link cascadeTargets}: the attribution's, and the wave of the top targets to cascade. */
export type CascadeOptions = AttributionOptions & {
  /** The wave of the top targets to cascade; default the latest wave the top targets name. */
  readonly targetWave?: string;
};

const CascadeOnlySchema = z.object({ targetWave: z.optional(z.string().check(z.minLength(1, { error: "must be a wave name." }))) });

/**
 * Cascade the study's top target to points and posts by the measured driver effects.
 *
 * @param study - the study, with `targets` (at least one top target).
 * @param data - responses (a table or a survey view: the driver fit needs respondents, not a summary) and,
 *   optionally, cases (for the causes' shares).
 * @param options - attribution options and `targetWave`.
 * @returns per theme the predictions and the points' moves, per indicator its value and acceptance, per post its
 *   moves, and the targets' problems.
 * @throws {@link core!UsageError} when the study declares no top target, or the responses are a summary.
 * @example
 * ```ts
 * const c = cascadeTargets(study, { responses: table }, { targetWave: "2014" });
 * c.themes[0]?.declared?.verdict; // "falls-short"
 * ```
 */
export function cascadeTargets(study: Study, data: AttributionData, options: CascadeOptions = {}): TargetCascade {
  requireStudy("cascadeTargets", study);
  requireData("cascadeTargets", data);
  const { targetWave: askedWave, ...attributionOptions } = options ?? {};
  parseOptions("cascadeTargets", CascadeOnlySchema, { targetWave: askedWave }, { targetWave: 'Pass the wave the top target is for, e.g. "2014".' });
  const tops = study.targets?.top ?? [];
  if (tops.length === 0)
    throw new UsageError("cascadeTargets", "the study declares no top target (targets.top).", "Declare one, e.g. targets: { top: [{ target: 81, wave: \"2014\" }] }: no target is assumed.");
  const targetWave = askedWave ?? (sortWaves([...new Set(tops.map((t) => t.wave))]).at(-1) as string);
  const chosen = tops.filter((t) => t.wave === targetWave);
  if (chosen.length === 0)
    throw new UsageError("cascadeTargets", `no top target is for wave ${JSON.stringify(targetWave)} (top targets: ${[...new Set(tops.map((t) => t.wave))].join(", ")}).`, "Pass a wave a top target names.");
  const opts = resolveAttributionOptions(attributionOptions);
  const view = respondentView(study, data, opts);
  const attribution = attribute(study, { ...data, responses: view }, attributionOptions);
  const indicators = (study.targets?.indicators ?? []).map((ind) => indicatorStatus(study, view, ind, opts));
  // A theme's own top target takes precedence over a study-wide one for the same wave.
  const named = new Set(chosen.flatMap((t) => (t.theme === undefined ? [] : [t.theme])));
  const themesOf = (top: TopTarget): string[] => (top.theme === undefined ? study.blueprints.map((b) => b.theme).filter((th) => !named.has(th)) : [top.theme]);
  const themes = chosen.flatMap((top) => themesOf(top).flatMap((theme) => {
    const c = themeCascade({ study, view, opts, attribution, indicators }, top, theme);
    // A study-wide target applies to the themes that have an overall question; a named theme is always reported.
    return c.fit === "no-overall" && top.theme === undefined ? [] : [c];
  }));
  return {
    study: study.id,
    wave: attribution.wave,
    targetWave,
    level: opts.level,
    themes,
    indicators,
    posts: postsOf(themes),
    problems: targetsRule({ study, index: indexStudy(study) }),
  };
}

function respondentView(study: Study, data: AttributionData, opts: ResolvedAttributionOptions): SurveyView {
  const input = surveyInput(study, data.responses, opts);
  if (input.view === undefined)
    throw new UsageError(
      "cascadeTargets",
      data.responses === undefined ? "the data have no survey responses." : "the responses are a survey summary: the driver fit and its interval need each respondent's answers.",
      "Pass the response table (collectResponses or readResponsesCsv) as data.responses.",
    );
  return input.view;
}

/** The customer index of an indicator: per respondent, the mean over its points' customer perception questions. */
function indicatorStatus(study: Study, view: SurveyView, ind: Indicator, opts: ResolvedAttributionOptions): IndicatorTargetStatus {
  const points = indicatorPoints(study, ind);
  const est = indicatorEstimate(study, view, points, opts);
  const accepted = ind.accepted.map((a) => ({ by: a.by, on: a.on, byOwner: acceptedByOwner(study, ind.owners, a.by) }));
  return {
    indicator: ind.id,
    points,
    ...(est !== undefined ? { current: est } : {}),
    target: ind.target,
    move: est === undefined ? undefined : Math.max(0, ind.target - est.value),
    owners: ind.owners.map(ownerId),
    accepted,
    acceptedByOwner: accepted.some((a) => a.byOwner),
  };
}

/**
 * An indicator's customer index in one wave: the mean over its points' perception questions per respondent, then
 * the weighted mean, with its design-based interval (undefined below the fewest customers).
 *
 * @param study - the study.
 * @param view - the wave's survey view.
 * @param points - the indicator's points.
 * @param opts - level and the fewest customers.
 * @returns the estimate, or undefined.
 * @example
 * ```ts
 * indicatorEstimate(study, view, ["ep_hall"], resolveAttributionOptions())?.value; // 71.2
 * ```
 */
export function indicatorEstimate(study: Study, view: SurveyView, points: readonly string[], opts: ResolvedAttributionOptions): { value: number; se: number; ci: readonly [number, number]; n: number } | undefined {
  const e = indicatorMean(study, view, points, opts);
  return e.kind === "estimate" ? { value: e.value, se: e.se, ci: e.ci, n: e.n } : undefined;
}

/** The indicator's index as an estimate (or the reason it is insufficient). */
export function indicatorMean(study: Study, view: SurveyView, points: readonly string[], opts: ResolvedAttributionOptions): Estimate {
  const qs = points.flatMap((id) => {
    const p = study.evaluationPoints.find((x) => x.id === id);
    return p === undefined ? [] : indexQuestions(p, "external").filter((q) => !q.overall);
  });
  if (qs.length === 0) return estimateMean(momentsFromValues([]), { level: opts.level, minN: opts.minExternal });
  const idx = respondentIndex(qs, (q) => view.answers(q.id));
  return estimateMean(momentsFromValues(idx.value, idx.weight), { level: opts.level, minN: opts.minExternal });
}

interface CascadeRun {
  readonly study: Study;
  readonly view: SurveyView;
  readonly opts: ResolvedAttributionOptions;
  readonly attribution: Attribution;
  readonly indicators: readonly IndicatorTargetStatus[];
}

/** A theme's overall point and its driver points, chosen as the attribution's overall tracing chooses them. */
function themeDrivers(study: Study, theme: string): { overall: EvaluationPoint | undefined; drivers: EvaluationPoint[] } {
  const steps = new Set(study.blueprints.filter((b) => b.theme === theme).flatMap((b) => b.steps.map((s) => s.id)));
  const inTheme = study.evaluationPoints.filter((p) => steps.has(p.step));
  const overall = inTheme.find((p) => indexQuestions(p, "external").some((q) => q.overall));
  const drivers = overall === undefined ? [] : inTheme.filter((p) => p.id !== overall.id && indexQuestions(p, "external").some((q) => !q.overall));
  return { overall, drivers };
}

function verdictOf(p: OverallPrediction, target: number): TargetVerdict {
  return p.ci[0] >= target ? "reaches" : p.ci[1] < target ? "falls-short" : "cannot-tell";
}

/** Per kept driver (fit order): the declared target it must reach, from its own target and the indicators'. */
function declaredTargets(run: CascadeRun, fit: DriverFit, drivers: readonly EvaluationPoint[], means: readonly number[], withPoints: boolean): (CascadePoint["declared"] | undefined)[] {
  return fit.kept.map((k, j) => {
    const p = drivers[k.driver] as EvaluationPoint;
    const now = means[j] as number;
    let best: CascadePoint["declared"] | undefined = withPoints && p.target !== undefined ? { value: p.target, source: "point" } : undefined;
    for (const ind of run.indicators) {
      if (!ind.points.includes(p.id) || ind.move === undefined) continue;
      const value = Math.min(100, now + ind.move);
      if (best === undefined || value > best.value) best = { value, source: "indicator", indicator: ind.indicator };
    }
    return best;
  });
}

function themeCascade(run: CascadeRun, topDeclared: TopTarget, theme: string): ThemeCascade {
  // A copy of the study's top target: a caller changing the result must not change the study.
  const top = structuredClone(topDeclared);
  const { study, view, opts } = run;
  const { overall, drivers } = themeDrivers(study, theme);
  if (overall === undefined) return { theme, overallPoint: undefined, top, fit: "no-overall", points: [] };
  const y = respondentIndex(indexQuestions(overall, "external").filter((q) => q.overall), (q) => view.answers(q.id));
  const fit = driverFit(y, drivers.map((p) => ({ point: p, index: respondentIndex(indexQuestions(p, "external").filter((q) => !q.overall), (q) => view.answers(q.id)) })), { level: opts.level, minN: opts.minExternal });
  if (fit === undefined)
    return { theme, overallPoint: overall.id, top, fit: "too-few", points: drivers.map((p) => notInFit(run, p)) };
  const means = fitMeans(fit);
  const qs = adjustFamily(fit.fit.coefficients.map((c) => (Number.isFinite(c.p) ? c.p : 1)), opts.linkCorrection);
  const status = fit.kept.map((_, j): EffectStatus => {
    const c = fit.fit.coefficients[j];
    return c === undefined || c.aliased || !Number.isFinite(c.se) ? "not-in-fit" : c.estimate > 0 && (qs[j] ?? 1) < opts.alpha ? "measured" : "not-significant";
  });
  const declared = declaredTargets(run, fit, drivers, means, true);
  const fromIndicators = declaredTargets(run, fit, drivers, means, false);
  const valuesOf = (d: readonly (CascadePoint["declared"] | undefined)[]): (number | undefined)[] => d.map((x, j) => (x === undefined || x.value <= (means[j] as number) ? undefined : x.value));
  const current = predictOverall(fit, fit.kept.map(() => undefined));
  const declaredValues = valuesOf(declared);
  const anyDeclared = declaredValues.some((v) => v !== undefined);
  const declaredPrediction = anyDeclared ? predictOverall(fit, declaredValues) : undefined;
  const indicatorValues = valuesOf(fromIndicators);
  const consistency = indicatorValues.some((v) => v !== undefined) ? predictOverall(fit, indicatorValues) : undefined;
  const base = declaredPrediction ?? current;
  const proposal = base.value < top.target ? propose(fit, means, declaredValues, status, top.target - base.value) : undefined;
  const final = proposal?.values ?? declaredValues;
  const points = fit.kept.map((k, j) => cascadePoint(run, fit, j, drivers[k.driver] as EvaluationPoint, { current: means[j] as number, status: status[j] as EffectStatus, q: qs[j] ?? 1, declared: declared[j], declaredValue: declaredValues[j], value: final[j] }));
  const left = drivers.filter((_, i) => !fit.kept.some((k) => k.driver === i)).map((p) => notInFit(run, p));
  return {
    theme, overallPoint: overall.id, top, fit: "ok", current,
    ...(declaredPrediction !== undefined ? { declared: { prediction: declaredPrediction, verdict: verdictOf(declaredPrediction, top.target) } } : {}),
    ...(consistency !== undefined ? { consistency: { prediction: consistency, verdict: ({ reaches: "consistent", "falls-short": "inconsistent", "cannot-tell": "cannot-tell" } as const)[verdictOf(consistency, top.target)] } } : {}),
    ...(proposal !== undefined ? { proposal: (() => { const pr = predictOverall(fit, proposal.values); return { prediction: pr, verdict: verdictOf(pr, top.target), reachable: proposal.shortfall <= 1e-9, shortfall: proposal.shortfall }; })() } : {}),
    points: [...points, ...left],
  };
}

/**
 * The smallest total move (in index points) that raises the predicted overall index by `needed`, on top of the
 * declared values: moves go to the measured drivers in order of effect per index point (largest first), each up to
 * 100. This greedy order is optimal for "minimise Σ moves subject to Σ bₖ·moveₖ ≥ needed, 0 ≤ moveₖ ≤ capₖ"
 * (a fractional knapsack). Drivers whose effect is not significant get nothing.
 */
function propose(fit: DriverFit, means: readonly number[], declared: readonly (number | undefined)[], status: readonly EffectStatus[], needed: number): { values: (number | undefined)[]; shortfall: number } {
  const values = [...declared];
  const order = fit.kept.map((_, j) => j).filter((j) => status[j] === "measured").sort((a, b) => (fit.fit.coefficients[b]?.estimate ?? 0) - (fit.fit.coefficients[a]?.estimate ?? 0));
  let left = needed;
  for (const j of order) {
    if (left <= 1e-12) break;
    const b = fit.fit.coefficients[j]?.estimate ?? 0;
    const from = values[j] ?? (means[j] as number);
    const room = 100 - from;
    if (room <= 0) continue;
    const move = Math.min(room, left / b);
    values[j] = from + move;
    left -= b * move;
  }
  return { values, shortfall: Math.max(0, left) };
}

function notInFit(run: CascadeRun, p: EvaluationPoint): CascadePoint {
  return { point: p.id, status: "not-in-fit", current: undefined, target: undefined, move: 0, proposed: 0, posts: [], untested: gapFinding(run, p.id)?.links.filter((l) => l.share === undefined) ?? [] };
}

function gapFinding(run: CascadeRun, point: string): CustomerDissatisfaction | undefined {
  return run.attribution.findings.find((f): f is CustomerDissatisfaction => f.tag === "customer-dissatisfaction" && f.point === point);
}

function cascadePoint(
  run: CascadeRun,
  fit: DriverFit,
  j: number,
  p: EvaluationPoint,
  x: { current: number; status: EffectStatus; q: number; declared: CascadePoint["declared"] | undefined; declaredValue: number | undefined; value: number | undefined },
): CascadePoint {
  const c = fit.fit.coefficients[j];
  const move = x.value === undefined ? 0 : x.value - x.current;
  const proposed = x.value === undefined ? 0 : x.value - (x.declaredValue ?? x.current);
  const f = gapFinding(run, p.id);
  const front = f?.post ?? frontlinePostIn(studyNetworkShared(run.study), p.step);
  const posts: PostPart[] = [];
  if (move > 0) {
    for (const cause of f?.causes ?? []) {
      const ci = cause.shareCi;
      posts.push({ post: cause.post, department: cause.department, via: "cause", ...(cause.finding !== undefined ? { finding: cause.finding } : {}), share: cause.share, move: move * cause.share, ...(ci !== undefined ? { ci: [move * ci[0], move * ci[1]] as const } : {}) });
    }
    const rest = f === undefined ? 1 : f.unexplainedShare;
    if (rest > 0) posts.push({ post: front, department: front === undefined ? undefined : run.study.organisation.posts.find((x) => x.id === front)?.department, via: "front-line", share: rest, move: move * rest });
  }
  return {
    point: p.id,
    status: x.status,
    current: x.current,
    ...(c !== undefined && !c.aliased ? { effect: { value: c.estimate, se: c.se, ci: [c.ci[0], c.ci[1]], p: c.p, q: x.q } } : {}),
    ...(x.declared !== undefined ? { declared: x.declared } : {}),
    target: x.value,
    move,
    proposed,
    ...(c !== undefined && !c.aliased && move > 0 ? { contribution: { value: c.estimate * move, ci: [c.ci[0] * move, c.ci[1] * move] as const } } : {}),
    posts,
    untested: f?.links.filter((l) => l.share === undefined) ?? [],
  };
}

function postsOf(themes: readonly ThemeCascade[]): CascadePost[] {
  const by = new Map<string, { post: string | undefined; department: string | undefined; items: CascadePost["items"][number][] }>();
  for (const t of themes)
    for (const p of t.points)
      for (const part of p.posts) {
        const key = part.post !== undefined ? `post\u0000${part.post}` : `department\u0000${part.department ?? ""}`;
        const entry = by.get(key) ?? { post: part.post, department: part.department, items: [] };
        entry.items.push({ ...part, theme: t.theme, point: p.point, from: p.current ?? 0, to: p.target ?? p.current ?? 0 });
        by.set(key, entry);
      }
  return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}
