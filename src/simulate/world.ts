/**
 * The set-up of one simulation run, before any respondent or case is drawn: the planted causes resolved against the
 * study, which external points each lowers and by how much, each point's base index, the internal raters, the
 * exposure rules; and the collections the run's steps fill (respondents, answers, cases, exposures).
 * @module
 */
import { UsageError } from "../core/errors.js";
import { buildStudyGraph } from "../graph/build.js";
import { downstreamOf } from "../graph/traverse.js";
import type { EvaluationPoint, Question, Standard, Study } from "../model/study.js";
import type { SimCase } from "./cases.js";
import { exposureRule, type ExposureRule } from "./exposure.js";
import type { SimSettings } from "./options.js";
import type { LinkedTheme, PlantedCause, ResolvedCause } from "./plant.js";
import { draws, type Draws } from "./random.js";
import type { SimAnswer, SimRespondent } from "./types.js";

/** A point's latent index when no cause lowers it and it sets no target of its own. */
export const BASE_INDEX = 85;
/** The index points a planted cause of severity 1 takes off the points at its own step. */
export const DROP = 24;
/** How much of the drop is left one hand-off further downstream. */
export const DECAY = 0.9;
/** Spread of a respondent's effect, shared by all their answers. */
export const RESPONDENT_SD = 6;
/** Spread of one answer's noise. */
export const NOISE_SD = 14;
/** Most index points one planted cause takes from an exposed customer at one point (linked mode). */
export const LINK_MAX_DROP = 60;
/** A customer's planted drops at a point leave at least this index (linked mode). */
export const LINK_FLOOR = 10;

/** One cause's constant drop at a point (index points, before linked mode concentrates it on the exposed). */
export interface PointDrop {
  readonly cause: number;
  readonly drop: number;
}

/** A cause's exposure in a theme's cases: the exposed share and the exposed case ids. */
export interface CaseExposure {
  readonly share: number;
  readonly exposed: Set<string>;
}

/** An internal question and where it sits. */
export interface RaterQuestion {
  readonly q: Question;
  readonly point: string;
  readonly step: string;
}

/** One run: its settings, what the study and the planted causes fix, and the collections its steps fill. */
export interface SimRun {
  readonly study: Study;
  readonly settings: SimSettings;
  readonly d: Draws;
  readonly causes: readonly ResolvedCause[];
  readonly stepTheme: ReadonlyMap<string, string>;
  /** Which external points each cause lowers, and by how much (decaying with distance downstream). */
  readonly dropAt: ReadonlyMap<string, readonly PointDrop[]>;
  readonly themes: readonly string[];
  readonly pointsOfTheme: ReadonlyMap<string, readonly EvaluationPoint[]>;
  /** Themes with external questions. */
  readonly extThemes: readonly string[];
  /** Each point's latent index before any cause lowers it. */
  readonly basePoint: ReadonlyMap<string, number>;
  readonly standardsOfMetric: ReadonlyMap<string, readonly Standard[]>;
  /** Internal raters (posts) and the internal questions each answers. */
  readonly raterQuestions: ReadonlyMap<string, readonly RaterQuestion[]>;
  readonly raters: readonly string[];
  readonly totalIntQ: number;
  /** Linked mode: the rule that says whose own case a cause touched (decoys touch nobody's rating). */
  readonly rules: readonly ExposureRule[];
  readonly respondents: SimRespondent[];
  readonly answers: SimAnswer[];
  readonly cases: SimCase[];
  /** Per wave and theme: each cause's exposure in the theme's cases (undefined: the cases cannot show it). */
  readonly exposureIn: Map<string, Map<number, CaseExposure | undefined>>;
  readonly linkedThemes: LinkedTheme[];
  /** Respondent id → own case (linked mode). */
  readonly ownCase: Map<string, SimCase>;
}

/**
 * Set up a run: resolve the planted causes, spread their drops over the points, draw each point's base index.
 *
 * @param study - a validated study.
 * @param settings - the run's settings.
 * @returns the run, with empty collections.
 * @throws UsageError when a planted cause names no step, standard or point of the study.
 * @example
 * ```ts
 * createRun(study, resolveSimulation(study, { seed: 7 })).basePoint.size; // the study's evaluation points
 * ```
 */
export function createRun(study: Study, settings: SimSettings): SimRun {
  const d = draws(settings.seed);
  const causes = resolveCauses(study, settings.plant);
  const stepTheme = new Map<string, string>();
  for (const bp of study.blueprints) for (const s of bp.steps) stepTheme.set(s.id, bp.theme);
  const dropAt = pointDrops(study, causes, stepTheme);
  const standardsOfMetric = new Map<string, Standard[]>();
  for (const s of study.standards) standardsOfMetric.set(s.metric, [...(standardsOfMetric.get(s.metric) ?? []), s]);
  const themes = study.blueprints.map((b) => b.theme);
  const pointsOfTheme = new Map(themes.map((t) => [t, study.evaluationPoints.filter((p) => stepTheme.get(p.step) === t)] as const));
  const extThemes = themes.filter((t) => (pointsOfTheme.get(t) ?? []).some((p) => p.questions.some((q) => q.audience.kind === "external")));
  // Each point sits comfortably above its own target (10 index points, give or take), unless a cause lowers it.
  const basePoint = new Map(study.evaluationPoints.map((p) => [p.id, (p.target ?? 75) + 9 + d.uniform() * 4] as const));
  const raterQuestions = new Map<string, RaterQuestion[]>();
  for (const p of study.evaluationPoints)
    for (const q of p.questions)
      if (q.audience.kind === "internal") raterQuestions.set(q.audience.rater, [...(raterQuestions.get(q.audience.rater) ?? []), { q, point: p.id, step: p.step }]);
  const raters = [...raterQuestions.keys()].sort();
  const totalIntQ = raters.reduce((a, r) => a + (raterQuestions.get(r)?.length ?? 0), 0);
  const rules = causes.map((c) => exposureRule(study, c));
  return {
    study,
    settings,
    d,
    causes,
    stepTheme,
    dropAt,
    themes,
    pointsOfTheme,
    extThemes,
    basePoint,
    standardsOfMetric,
    raterQuestions,
    raters,
    totalIntQ,
    rules,
    respondents: [],
    answers: [],
    cases: [],
    exposureIn: new Map(),
    linkedThemes: [],
    ownCase: new Map(),
  };
}

/** Where each planted cause sits and who owns it; a cause naming nothing of the study is the caller's mistake. */
function resolveCauses(study: Study, plant: readonly PlantedCause[]): ResolvedCause[] {
  const stepInfo = new Map<string, { theme: string; owner: string | undefined; layer: string }>();
  for (const bp of study.blueprints) for (const s of bp.steps) stepInfo.set(s.id, { theme: bp.theme, owner: s.owner, layer: s.layer });
  const deptOf = new Map(study.organisation.posts.map((p) => [p.id, p.department] as const));
  return plant.map((c): ResolvedCause => {
    switch (c.tag) {
      case "non-compliant-execution": {
        const info = stepInfo.get(c.step);
        if (info === undefined || info.owner === undefined)
          throw new UsageError("simulateStudy", `cannot plant non-compliant execution at ${JSON.stringify(c.step)}: no such step with an owner.`, "Plant it at a front-line, back-office or support step.");
        return { ...c, steps: [c.step], post: info.owner, department: deptOf.get(info.owner), theme: info.theme };
      }
      case "unreasonable-standard": {
        const s = study.standards.find((x) => x.id === c.standard);
        if (s === undefined) throw new UsageError("simulateStudy", `no standard ${JSON.stringify(c.standard)} to plant as unreasonable.`, "Name a standard of the study.");
        const theme = stepInfo.get(s.steps[0] ?? "")?.theme ?? "";
        const post = "post" in s.owner ? s.owner.post : undefined;
        const department = "post" in s.owner ? deptOf.get(s.owner.post) : s.owner.department;
        return { ...c, steps: [...s.steps], post, department, theme };
      }
      case "customer-dissatisfaction": {
        const p = study.evaluationPoints.find((x) => x.id === c.point);
        const info = p === undefined ? undefined : stepInfo.get(p.step);
        if (p === undefined || info === undefined)
          throw new UsageError("simulateStudy", `no evaluation point ${JSON.stringify(c.point)} to plant customer dissatisfaction at.`, "Name an evaluation point with external perception questions.");
        return { ...c, steps: [p.step], post: info.owner, department: info.owner === undefined ? undefined : deptOf.get(info.owner), theme: info.theme };
      }
    }
  });
}

/**
 * Whether a cause is a decoy: a real process problem that customers do not feel.
 *
 * @param c - a resolved cause.
 * @returns true for a non-compliant step or unreasonable standard planted with `decoy: true`.
 * @example
 * ```ts
 * isDecoy({ tag: "non-compliant-execution", step: "s", decoy: true, steps: ["s"], post: "p", department: "d", theme: "t" }); // true
 * ```
 */
export function isDecoy(c: ResolvedCause): boolean {
  return c.tag !== "customer-dissatisfaction" && c.decoy === true;
}

/**
 * Whether a cause is present in a wave.
 *
 * @param c - a planted cause.
 * @param wave - a wave name.
 * @returns true when the cause names no waves or names this one.
 * @example
 * ```ts
 * activeIn({ tag: "customer-dissatisfaction", point: "p", waves: ["2"] }, "1"); // false
 * ```
 */
export function activeIn(c: PlantedCause, wave: string): boolean {
  return c.waves === undefined || c.waves.includes(wave);
}

/**
 * Index points a cause takes off one exposed customer at a point (linked mode), from its constant drop: the mean
 * drop over the theme's customers stays the constant one, up to {@link LINK_MAX_DROP}.
 *
 * @param constant - the cause's constant drop at the point.
 * @param share - the share of the theme's cases the cause exposes.
 * @returns min(60, constant ÷ share); 60 when nobody is exposed.
 * @example
 * ```ts
 * linkedDrop(24, 0.5); // 48
 * ```
 */
export function linkedDrop(constant: number, share: number): number {
  return share > 0 ? Math.min(LINK_MAX_DROP, constant / share) : LINK_MAX_DROP;
}

/**
 * How many external respondents of a wave answer about a theme: the respondents split evenly over the themes with
 * external questions, the first themes taking the remainder.
 *
 * @param run - the run.
 * @param theme - a theme.
 * @returns the theme's respondents per wave (0 for a theme without external questions).
 * @example
 * ```ts
 * extCount(run, "outage_repair"); // 11000 / (themes with external questions), rounded
 * ```
 */
export function extCount(run: SimRun, theme: string): number {
  const { extThemes } = run;
  const { nExt } = run.settings;
  const ti = extThemes.indexOf(theme);
  return ti < 0 ? 0 : Math.floor(nExt / extThemes.length) + (ti < nExt % extThemes.length ? 1 : 0);
}

/** Each cause's drop at the external points downstream of it, then at the overall points of their themes. */
function pointDrops(study: Study, causes: readonly ResolvedCause[], stepTheme: ReadonlyMap<string, string>): Map<string, PointDrop[]> {
  const graph = buildStudyGraph(study);
  const dropAt = new Map<string, PointDrop[]>();
  const addDrop = (point: string, cause: number, drop: number): void => {
    const list = dropAt.get(point) ?? [];
    list.push({ cause, drop });
    dropAt.set(point, list);
  };
  causes.forEach((c, i) => {
    // A decoy is a real process problem that customers do not feel.
    if (isDecoy(c)) return;
    const sev = c.severity ?? 1;
    if (c.tag === "customer-dissatisfaction") return addDrop(c.point, i, DROP * sev);
    const dist = new Map<string, number>();
    for (const s of c.steps) {
      dist.set(s, 0);
      for (const r of downstreamOf(graph, s)) dist.set(r.step, Math.min(dist.get(r.step) ?? Infinity, r.depth));
    }
    for (const p of study.evaluationPoints) {
      const k = dist.get(p.step);
      if (k === undefined || !p.questions.some((q) => q.audience.kind === "external" && q.measures === "perception")) continue;
      addDrop(p.id, i, DROP * sev * DECAY ** k);
    }
  });
  // Overall satisfaction follows the mean of a theme's points, so every drop in a theme reaches its overall point.
  for (const p of study.evaluationPoints) {
    if (!p.questions.some((q) => q.overall)) continue;
    const theme = stepTheme.get(p.step);
    const siblings = study.evaluationPoints.filter((x) => stepTheme.get(x.step) === theme && x.questions.some((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall));
    const total = new Map<number, number>();
    for (const x of siblings) for (const d of dropAt.get(x.id) ?? []) total.set(d.cause, (total.get(d.cause) ?? 0) + d.drop);
    for (const [cause, sum] of total) if (!(dropAt.get(p.id) ?? []).some((d) => d.cause === cause)) addDrop(p.id, cause, sum / Math.max(1, siblings.length));
  }
  return dropAt;
}
