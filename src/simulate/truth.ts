/**
 * The truth behind a simulated data set, once every wave is drawn: the planted causes, the points they lower and by
 * how much, the standards a late step also makes miss, and per wave, theme, point and cause who loses how much and
 * how precisely a linked comparison can see it.
 * @module
 */
import type { Question } from "../model/study.js";
import { eventRanks, eventTree, standardClock, themeClocks, treePath } from "./cases.js";
import type { ExposureRule } from "./exposure.js";
import type { PlantedCause, PlantedEffect, PlantedExposure, SimulationTruth } from "./plant.js";
import { ratingDropOf } from "./segments.js";
import type { SimRespondent } from "./types.js";
import { activeIn, BASE_INDEX, isDecoy, linkedDrop, NOISE_SD, RESPONDENT_SD, type CaseExposure, type PointDrop, type SimRun } from "./world.js";

/**
 * The truth of a run whose waves are all drawn.
 *
 * @param run - the run.
 * @returns planted causes, affected points, induced standard misses, decoys, confounders, effects and the link.
 * @example
 * ```ts
 * simulationTruth(run).affectedPoints.map((a) => a.point);
 * ```
 */
export function simulationTruth(run: SimRun): SimulationTruth {
  const { causes, settings } = run;
  const { link, confounders } = settings;
  const inducedStandards = inducedMisses(run);
  const effects = plantedEffects(run);
  return {
    planted: causes,
    affectedPoints: affectedPoints(run, effects),
    inducedStandards,
    decoys: causes.flatMap((c, i) => (isDecoy(c) ? [i] : [])),
    confounders: confounders.map((c) => ({ dimension: c.dimension, value: c.value, slowdown: c.slowdown, ratingDrop: c.ratingDrop })),
    effects,
    link: link === undefined ? undefined : { share: link.share, exported: link.exported, themes: run.linkedThemes },
  };
}

/** Induced standard misses: other standards whose clock spans an edge a planted late step delays. */
function inducedMisses(run: SimRun): { standard: string; cause: number }[] {
  const { study } = run;
  const inducedStandards: { standard: string; cause: number }[] = [];
  run.causes.forEach((c, i) => {
    if (c.tag !== "non-compliant-execution") return;
    const tree = eventTree(themeClocks(study, c.theme), eventRanks(study, c.theme));
    const delayed = new Set<string>();
    const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
    const own = study.standards.filter((x) => metricStep.get(x.metric) === c.step);
    for (const s of own) {
      const clock = standardClock(study, s);
      const path = clock === undefined ? undefined : treePath(tree, clock);
      const last = path?.[path.length - 1];
      if (last !== undefined) delayed.add(last);
    }
    for (const s of study.standards) {
      if (own.includes(s)) continue;
      const clock = standardClock(study, s);
      const path = clock === undefined ? undefined : treePath(tree, clock);
      if (path?.some((e) => delayed.has(e))) inducedStandards.push({ standard: s.id, cause: i });
    }
  });
  return inducedStandards;
}

/** The points the causes lower and the total drop (linked mode: the attributable drop, averaged over waves and themes). */
function affectedPoints(run: SimRun, effects: readonly PlantedEffect[]): SimulationTruth["affectedPoints"] {
  const linked = run.settings.link !== undefined;
  return [...run.dropAt]
    .map(([point, xs]) => {
      const linkedDrop = (x: PointDrop): number => {
        const rs = effects.filter((e) => e.point === point && e.cause === x.cause);
        return rs.length === 0 ? x.drop : rs.reduce((a, e) => a + e.attributable, 0) / rs.length;
      };
      return { point, causes: xs.map((x) => x.cause), drop: xs.reduce((a, x) => a + (linked ? linkedDrop(x) : x.drop), 0) };
    })
    .sort((a, b) => (a.point < b.point ? -1 : 1));
}

/** A theme's customers of one wave, and what every effect in the theme shares. */
interface ThemeScope {
  readonly wave: string;
  readonly theme: string;
  readonly exposures: ReadonlyMap<number, CaseExposure | undefined> | undefined;
  readonly people: readonly SimRespondent[];
  /** The theme's external perception questions (but the overall one), with their points. */
  readonly themeQs: readonly { q: Question; point: string }[];
  readonly totalWeight: number;
  /** Share of questions answered (not left out, not "DK"). */
  readonly answered: number;
}

/** Per wave, theme, point and cause: who loses how much, and how precisely a linked comparison can see it. */
function plantedEffects(run: SimRun): PlantedEffect[] {
  const out: PlantedEffect[] = [];
  const { miss, dk, waves } = run.settings;
  const answered = Math.max(1e-9, 1 - miss - dk);
  for (const wave of waves)
    for (const theme of run.extThemes) {
      const points = run.pointsOfTheme.get(theme) ?? [];
      const people = run.respondents.filter((r) => r.audience === "external" && r.wave === wave && r.theme === theme);
      const scope: ThemeScope = {
        wave,
        theme,
        exposures: run.exposureIn.get(`${wave}\u0000${theme}`),
        people,
        themeQs: points.flatMap((p) => perception(p.questions).map((q) => ({ q, point: p.id }))),
        totalWeight: people.reduce((a, r) => a + r.weight, 0),
        answered,
      };
      const first = out.length;
      themeEffects(run, scope, out);
      expectedGaps(run, scope, out, first);
    }
  return out;
}

/** A point's external perception questions, but the overall one. */
function perception(questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall);
}

/** The effects of the wave's active causes at a theme's points; the overall question follows the theme's points. */
function themeEffects(run: SimRun, scope: ThemeScope, out: PlantedEffect[]): void {
  const { themeQs } = scope;
  const active = run.causes.map((c, i) => i).filter((i) => activeIn(run.causes[i] as PlantedCause, scope.wave));
  for (const p of run.pointsOfTheme.get(scope.theme) ?? []) {
    const qs = perception(p.questions);
    if (p.questions.some((q) => q.overall)) {
      // The overall question follows the mean of the respondent's point answers.
      const overallQ = p.questions.find((q) => q.overall) as Question;
      const disc = themeQs.reduce((a, x) => a + NOISE_SD ** 2 + scaleVariance(x.q), 0) / Math.max(1, themeQs.length) ** 2;
      const sd = Math.sqrt(RESPONDENT_SD ** 2 + disc + 36 + scaleVariance(overallQ));
      for (const i of active) {
        if (themeQs.length === 0 || !themeQs.some((x) => (run.dropAt.get(x.point) ?? []).some((y) => y.cause === i))) continue;
        out.push(effect(run, scope, p.id, i, themeQs.reduce((a, x) => a + dropOf(run, scope, x.point, i), 0) / themeQs.length, sd));
      }
      continue;
    }
    if (qs.length === 0) continue;
    const sd = Math.sqrt(RESPONDENT_SD ** 2 + qs.reduce((a, q) => a + NOISE_SD ** 2 + scaleVariance(q), 0) / qs.length ** 2);
    for (const x of run.dropAt.get(p.id) ?? []) if (active.includes(x.cause)) out.push(effect(run, scope, p.id, x.cause, dropOf(run, scope, p.id, x.cause), sd));
  }
}

/** One cause's drop for an exposed customer at a point (linked or constant). */
function dropOf(run: SimRun, scope: ThemeScope, point: string, cause: number): number {
  const x = (run.dropAt.get(point) ?? []).find((y) => y.cause === cause);
  if (x === undefined) return 0;
  const e = scope.exposures?.get(cause);
  return e === undefined || run.settings.link === undefined ? x.drop : linkedDrop(x.drop, e.share);
}

/** One effect: who the cause exposes (weighted, as the engine weighs customers to the population) and the linked counts. */
function effect(run: SimRun, scope: ThemeScope, point: string, cause: number, drop: number, sd: number): PlantedEffect {
  const { link } = run.settings;
  const { people, totalWeight, answered } = scope;
  const e = link === undefined ? undefined : scope.exposures?.get(cause);
  const rule = run.rules[cause] as ExposureRule;
  const exposure: PlantedExposure = e === undefined ? { kind: "everyone" } : rule.exposure;
  const hit = (r: SimRespondent): boolean => {
    if (e === undefined) return true;
    const own = run.ownCase.get(r.id);
    return own !== undefined && e.exposed.has(own.id);
  };
  const exposedShare = totalWeight === 0 ? 0 : people.filter(hit).reduce((a, r) => a + r.weight, 0) / totalWeight;
  const visible = link?.exported === true ? people.filter((r) => r.linked === true) : [];
  const n1 = visible.filter(hit).length;
  const n0 = visible.length - n1;
  return {
    point,
    cause,
    wave: scope.wave,
    theme: scope.theme,
    exposure,
    drop,
    caseShare: e === undefined ? 1 : e.share,
    exposed: exposedShare,
    attributable: drop * exposedShare,
    linkedExposed: n1,
    linkedUnexposed: n0,
    se: n1 === 0 || n0 === 0 ? undefined : sd * Math.sqrt(1 / (n1 * answered) + 1 / (n0 * answered)),
    expectedGap: 0,
  };
}

/** Every effect at a point shares the point's expected gap; the overall question follows the theme's points. */
function expectedGaps(run: SimRun, scope: ThemeScope, out: PlantedEffect[], first: number): void {
  const { people, totalWeight, themeQs } = scope;
  const points = run.pointsOfTheme.get(scope.theme) ?? [];
  const nuisance = totalWeight === 0 ? 0 : people.reduce((a, r) => a + r.weight * ratingDropOf(run.settings.confounders, r.segment), 0) / totalWeight;
  const themeBase = themeQs.length === 0 ? BASE_INDEX : themeQs.reduce((a, x) => a + (run.basePoint.get(x.point) ?? BASE_INDEX), 0) / themeQs.length;
  const mine = out.slice(first);
  for (let k = first; k < out.length; k++) {
    const e = out[k] as PlantedEffect;
    const p = points.find((x) => x.id === e.point);
    const overall = p?.questions.some((q) => q.overall) ?? false;
    const base = overall ? themeBase : (run.basePoint.get(e.point) ?? BASE_INDEX);
    const planted = mine.filter((x) => x.point === e.point).reduce((a, x) => a + x.attributable, 0);
    out[k] = { ...e, expectedGap: (p?.target ?? 75) - (base - planted - nuisance) };
  }
}

/** Variance (index points²) an answer scale adds by rounding: a step of h index points adds h²/12; yes/no about 0.16 × 100². */
function scaleVariance(q: Question): number {
  const s = q.scale;
  switch (s.type) {
    case "likert":
      return (100 / Math.max(1, s.points - 1)) ** 2 / 12;
    case "score":
      return (100 / Math.max(1, s.max)) ** 2 / 12;
    case "yesno":
      return 1600;
    case "numeric":
      return 0;
  }
}
