/**
 * Targets across waves (issue 15): every indicator's value and every top target's overall index in each wave, with
 * its interval, whether the wave's target was met (two-sided: met, missed, or cannot tell), each change from one
 * wave to the next with a two-sided test (the family adjusted like compareWaves'), and the flag the sources ask
 * for: an indicator that fell in two or more consecutive waves (问题处理指标连续多年下滑), saying whether those
 * falls are significant or only point estimates.
 * @module
 */
import * as z from "zod/mini";
import { UsageError } from "../core/errors.js";
import type { ResponseTable } from "../data/dataset.js";
import { requireStudy } from "../model/arguments.js";
import type { Study } from "../model/study.js";
import { compareEstimates } from "../stats/compare-estimates.js";
import type { Estimate } from "../stats/estimate.js";
import { estimateMean } from "../stats/estimate-mean.js";
import { momentsFromValues } from "../stats/moments-from-values.js";
import { parseOptions } from "../stats/_usage.js";
import { indicatorPoints } from "../study/validate/targets.js";
import { indexQuestions, respondentIndex } from "./evidence/measure.js";
import { adjustFamily } from "./shared/adjust.js";
import { isSurveySummary } from "./shared/survey-summary.js";
import { sortWaves, surveyView, type SurveyView } from "./shared/inputs.js";
import { resolveAttributionOptions, type AttributionOptions, type ResolvedAttributionOptions } from "./shared/options.js";
import { indicatorMean } from "./targets.js";

/** Whether a wave's value met its target: its interval at or above it, below it, or either side. */
export type TargetMet = "met" | "missed" | "cannot-tell";

/** One series' value in one wave. */
export interface TrackedValue {
  readonly wave: string;
  /** The value and its interval; undefined when too few customers answered. */
  readonly value?: { readonly value: number; readonly ci: readonly [number, number]; readonly n: number };
  /** The target for this wave, when one is declared. */
  readonly target?: number;
  readonly met?: TargetMet;
}

/** The change of a series from one wave to the next. */
export interface TrackedChange {
  readonly from: string;
  readonly to: string;
  /** to − from, its interval, the two-sided p-value and the adjusted q-value. */
  readonly difference: { readonly value: number; readonly ci: readonly [number, number]; readonly p: number; readonly q: number };
  readonly significant: boolean;
}

/** A run of falls in consecutive waves. */
export interface FallingRun {
  /** The waves of the run, first to last (falls + 1 of them). */
  readonly waves: readonly string[];
  readonly falls: number;
  /** How many of the falls are significant after adjustment: all, some or none (point estimates only). */
  readonly significant: "all" | "some" | "none";
}

/** One tracked target: an indicator, or a theme's overall index (the top target). */
export interface TrackedSeries {
  readonly kind: "indicator" | "top";
  /** The indicator's id, or the theme's. */
  readonly id: string;
  readonly values: readonly TrackedValue[];
  readonly changes: readonly TrackedChange[];
  /** Runs of two or more falls in consecutive waves (by point estimate; each says how many are significant). */
  readonly fallingRuns: readonly FallingRun[];
}

/** The result of {@link trackTargets}. */
export interface TargetTrack {
  readonly waves: readonly string[];
  readonly level: number;
  readonly series: readonly TrackedSeries[];
}

/** Options of {@link trackTargets}: the attribution's level, alpha, correction and fewest customers, and the waves. */
export type TrackOptions = AttributionOptions & {
  /** The waves to track, in order; default every wave of the responses, in natural order. */
  readonly waves?: readonly string[];
};

const TrackOnlySchema = z.object({ waves: z.optional(z.array(z.string().check(z.minLength(1)), { error: "must be a list of wave names." }).check(z.minLength(2, { error: "must list at least two waves." }))) });

/**
 * Track every declared target across the survey's waves.
 *
 * @param study - the study, with `targets`.
 * @param data - the responses of two or more waves (a response table).
 * @param options - attribution options (level, alpha, correction, minExternal) and `waves`.
 * @returns per indicator and per top target's theme: the value in each wave, whether its target was met, the
 *   changes and the runs of consecutive falls.
 * @throws {@link core!UsageError} when the study declares no targets, the responses are not a table, or fewer
 *   than two waves are tracked or a wave is not in the data.
 * @example
 * ```ts
 * const track = trackTargets(study, { responses: table }, { waves: ["2011", "2012", "2013"] });
 * track.series.filter((s) => s.fallingRuns.length > 0).map((s) => s.id); // ["ind_problem"]
 * ```
 */
export function trackTargets(study: Study, data: { readonly responses: ResponseTable }, options: TrackOptions = {}): TargetTrack {
  requireStudy("trackTargets", study);
  const { waves: askedWaves, ...attributionOptions } = options ?? {};
  parseOptions("trackTargets", TrackOnlySchema, { waves: askedWaves }, { waves: 'Pass e.g. ["2012", "2013", "2014"].' });
  const targets = study.targets;
  if (targets === undefined || (targets.indicators.length === 0 && targets.top.length === 0))
    throw new UsageError("trackTargets", "the study declares no targets (targets.top or targets.indicators).", "Declare the targets in the study: nothing is tracked against a target nobody set.");
  const table = data?.responses;
  if (isSurveySummary(table))
    throw new UsageError("trackTargets", "data.responses is a survey summary: an indicator's index over several points needs each respondent's answers.", "Pass the response table (collectResponses or readResponsesCsv) holding every wave.");
  if (table === null || typeof table !== "object" || !Array.isArray((table as ResponseTable).waves) || typeof (table as ResponseTable).answers !== "object")
    throw new UsageError("trackTargets", "data.responses is not a response table.", "Load responses with collectResponses (or readResponsesCsv) and pass { responses: table }.");
  const waves = askedWaves !== undefined ? [...askedWaves] : sortWaves(table.waves);
  if (waves.length < 2) throw new UsageError("trackTargets", `the responses have ${waves.length} wave(s); tracking needs at least two.`, "Pass responses of two or more waves.");
  const missing = waves.filter((w) => !table.waves.includes(w));
  if (missing.length > 0) throw new UsageError("trackTargets", `the responses have no wave ${missing.map((w) => JSON.stringify(w)).join(", ")} (waves: ${table.waves.join(", ")}).`, "Pass waves the data hold.");
  const opts = resolveAttributionOptions(attributionOptions);
  const views = waves.map((w) => surveyView(table, w));
  const latestTop = sortWaves([...new Set(targets.top.map((t) => t.wave))]).at(-1);
  const raw: { kind: TrackedSeries["kind"]; id: string; estimates: Estimate[]; targets: (number | undefined)[] }[] = [];
  for (const ind of targets.indicators) {
    const points = indicatorPoints(study, ind);
    const targetOf = (w: string): number | undefined => ind.previous.find((p) => p.wave === w)?.target ?? (w === latestTop ? ind.target : undefined);
    raw.push({ kind: "indicator", id: ind.id, estimates: views.map((v) => indicatorMean(study, v, points, opts)), targets: waves.map(targetOf) });
  }
  const themes = [...new Set(targets.top.flatMap((t) => (t.theme === undefined ? study.blueprints.map((b) => b.theme) : [t.theme])))];
  for (const theme of themes) {
    const est = views.map((v) => overallMean(study, v, theme, opts));
    if (est.every((e) => e === undefined)) continue;
    const targetOf = (w: string): number | undefined => (targets.top.find((t) => t.wave === w && t.theme === theme) ?? targets.top.find((t) => t.wave === w && t.theme === undefined))?.target;
    raw.push({ kind: "top", id: theme, estimates: est.map((e) => e ?? estimateMean(momentsFromValues([]), { minN: opts.minExternal })), targets: waves.map(targetOf) });
  }
  return { waves, level: opts.level, series: series(raw, waves, opts) };
}

/** A theme's overall-satisfaction index in one wave, or undefined when the theme has no overall question. */
function overallMean(study: Study, view: SurveyView, theme: string, opts: ResolvedAttributionOptions): Estimate | undefined {
  const steps = new Set(study.blueprints.filter((b) => b.theme === theme).flatMap((b) => b.steps.map((s) => s.id)));
  const qs = study.evaluationPoints.filter((p) => steps.has(p.step)).flatMap((p) => indexQuestions(p, "external").filter((q) => q.overall));
  if (qs.length === 0) return undefined;
  const idx = respondentIndex(qs, (q) => view.answers(q.id));
  return estimateMean(momentsFromValues(idx.value, idx.weight), { level: opts.level, minN: opts.minExternal });
}

function metOf(e: Estimate, target: number | undefined): TargetMet | undefined {
  if (target === undefined || e.kind !== "estimate") return undefined;
  return e.ci[0] >= target ? "met" : e.ci[1] < target ? "missed" : "cannot-tell";
}

function series(
  raw: readonly { kind: TrackedSeries["kind"]; id: string; estimates: Estimate[]; targets: (number | undefined)[] }[],
  waves: readonly string[],
  opts: ResolvedAttributionOptions,
): TrackedSeries[] {
  // Every wave-to-wave change of every series is one family, adjusted as compareWaves adjusts its changes.
  const diffs = raw.map((r) => r.estimates.slice(1).map((e, i) => compareEstimates(e, r.estimates[i] as Estimate, opts.level)));
  const flat = diffs.flatMap((ds, s) => ds.flatMap((d, i) => (d.kind === "estimate" ? [{ s, i, p: d.pValue }] : [])));
  const qs = adjustFamily(flat.map((f) => f.p), opts.correction);
  const qOf = new Map(flat.map((f, k) => [`${f.s}:${f.i}`, qs[k] ?? 1] as const));
  return raw.map((r, s) => {
    const values: TrackedValue[] = waves.map((wave, i) => {
      const e = r.estimates[i] as Estimate;
      const target = r.targets[i];
      const met = metOf(e, target);
      return { wave, ...(e.kind === "estimate" ? { value: { value: e.value, ci: e.ci, n: e.n } } : {}), ...(target !== undefined ? { target } : {}), ...(met !== undefined ? { met } : {}) };
    });
    const changes: (TrackedChange | undefined)[] = (diffs[s] ?? []).map((d, i) => {
      const q = qOf.get(`${s}:${i}`);
      if (d.kind !== "estimate" || q === undefined) return undefined;
      return { from: waves[i] as string, to: waves[i + 1] as string, difference: { value: d.value, ci: d.ci, p: d.pValue, q }, significant: q < opts.alpha };
    });
    return { kind: r.kind, id: r.id, values, changes: changes.filter((c): c is TrackedChange => c !== undefined), fallingRuns: fallingRuns(changes, waves) };
  });
}

/** Runs of two or more consecutive falls (a wave without a comparison breaks a run). */
function fallingRuns(changes: readonly (TrackedChange | undefined)[], waves: readonly string[]): FallingRun[] {
  const out: FallingRun[] = [];
  let start = -1;
  const close = (end: number): void => {
    const run = changes.slice(start, end) as TrackedChange[];
    if (run.length >= 2) {
      const sig = run.filter((c) => c.significant).length;
      out.push({ waves: waves.slice(start, end + 1), falls: run.length, significant: sig === run.length ? "all" : sig > 0 ? "some" : "none" });
    }
    start = -1;
  };
  changes.forEach((c, i) => {
    const falls = c !== undefined && c.difference.value < 0;
    if (falls && start < 0) start = i;
    if (!falls && start >= 0) close(i);
  });
  if (start >= 0) close(changes.length);
  return out;
}
