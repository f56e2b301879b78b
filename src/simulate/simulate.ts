/**
 * `simulateStudy`: a deterministic, seeded data set for a study (survey respondents and their answers, and case
 * records with event times) with planted problems of each tag at chosen places, so the truth is known. Used to
 * test the attribution engine (does it find what was planted, and nothing else?), to size studies (how many
 * responses are needed) and to run the demo on the bundled example.
 *
 * The generating model, in one paragraph: every external evaluation point has a latent satisfaction index
 * (0–100) of about 85, above the usual target of 75–80. A planted non-compliant step or unreasonable standard
 * lowers the index of the customer points downstream of it (less so the further away), lowers the internal
 * customers' ratings of a non-compliant step, and stretches the case durations the step's standards measure. A
 * planted customer dissatisfaction lowers one point only. Each respondent has a random effect shared by all
 * their answers (so overall satisfaction correlates with the points), and answers carry noise.
 *
 * Linked mode (`link`), where each customer answers about their own case: cases are drawn first; each external
 * respondent of a theme is a distinct case of that theme (sampled without replacement; the theme gets
 * max(casesPerTheme, its respondents) cases), shares the case's segment (and weight), and a `share` of them have
 * the case id in their export. A planted cause lowers a point only for the customers its rule exposes
 * (src/simulate/exposure.ts): their own case missed the non-compliant step's standard; or took longer than
 * what 80% of customers accept (an unreasonable threshold: the standard's durations are then stretched to run as
 * slowly as its required share allows, so such cases exist); or met the standard's clock and missed the
 * customers' clock. An exposed customer loses D = min(60, d / ē) index points, where d = 24 × severity × 0.9^k
 * is the not-linked mode's constant drop k hand-offs downstream and ē the share of the theme's cases of the wave
 * that are exposed, so the point's mean drop is d (or 60 × ē when that is smaller); a customer's planted drops
 * at one point add up to at most the point's base index − 10. Causes the case data cannot show (customer
 * dissatisfaction; a step without a calendar-time standard) lower the point for everyone, as in the not-linked
 * mode. Overall satisfaction is the mean of the respondent's point answers plus noise, in both modes.
 *
 * A planted non-compliant step with standards scoped to segments on one clock (urban 45 minutes, rural 90) is late
 * against the standard that applies to each case (a case no scope covers: against the loosest).
 *
 * Nuisance confounders (`confounders`) multiply every gap of their segment's cases by `slowdown` and take
 * `ratingDrop` off every external point of their segment's customers, in both modes. A decoy (`decoy: true` on a
 * planted cause) has all its process effects (stretched durations, low internal ratings, shifted expectations, a
 * clock lag; a threshold decoy's durations run up to what the standard allows in both modes) but lowers no
 * customer point. Without `link`, `confounders` and decoys the data are exactly those of earlier versions for
 * the same seed (a fingerprint test holds this), except for a step planted as non-compliant whose standards are
 * scoped to different segments on one clock (the bundled study's crew travel), whose cases were all stretched to
 * the loosest standard before.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { convertUnit } from "../model/units.js";
import { buildStudyGraph } from "../graph/build.js";
import { downstreamOf } from "../graph/traverse.js";
import type { Clock, Question, Standard, Study } from "../model/study.js";
import { calibrate, drawEvents, eventRanks, eventTree, standardClock, themeClocks, thresholdMinutes, thresholdStretch, treePath, type EventTree, type SimCase } from "./cases.js";
import type { Confounder, LinkedTheme, PlantedCause, PlantedEffect, PlantedExposure, ResolvedCause, SimulationTruth } from "./plant.js";
import { exposureRule, type ExposureRule } from "./exposure.js";
import { draws, type Draws } from "./random.js";

export type { SimCase } from "./cases.js";

/** A simulated respondent. */
export interface SimRespondent {
  readonly id: string;
  readonly audience: "external" | "internal";
  /** The respondent's post (internal respondents only). */
  readonly post?: string;
  readonly theme?: string;
  readonly wave: string;
  readonly weight: number;
  readonly segment: readonly (readonly [string, string])[];
  /** Linked mode: the respondent's own case (known to the simulation whether or not the export names it). */
  readonly case?: string;
  /** Linked mode: whether the survey export names the case (a `link.share` of external respondents do). */
  readonly linked?: boolean;
}

/** One raw answer, as a survey tool would export it (before reverse coding; "DK" for don't know). */
export interface SimAnswer {
  readonly respondent: string;
  readonly question: string;
  readonly value: number | string;
}

/** A segment dimension of the simulated population. */
export interface SimSegment {
  readonly dimension: string;
  readonly values: readonly string[];
  /** Share of the sample in each value (default equal). */
  readonly sampleShares?: readonly number[];
  /** Share of the population in each value (default equal); weights correct the sample to it. */
  readonly populationShares?: readonly number[];
}

/** Options of {@link simulateStudy}. */
export interface SimulationOptions {
  /** The seed; the same seed gives the same data. Default 1. */
  readonly seed?: number;
  /** External (customer) respondents per wave, split across themes. Default 11,000. */
  readonly externalRespondents?: number;
  /** Internal (staff) respondents per wave, split across rating posts. Default 4,000. */
  readonly internalRespondents?: number;
  /** Case records per theme and wave. Default 2,000. */
  readonly casesPerTheme?: number;
  /** Survey waves. Default `["1"]`. */
  readonly waves?: readonly string[];
  /** The problems to plant. */
  readonly plant?: readonly PlantedCause[];
  /** Segments of the population. Default: region city (60% of sample, 50% of population) / rural. */
  readonly segments?: readonly SimSegment[];
  /** Share of answers given as "DK" (don't know). Default 0.01. */
  readonly dontKnowRate?: number;
  /** Share of answers left out (item non-response). Default 0.02. */
  readonly missingRate?: number;
  /** When the first case starts (epoch ms). Default 2026-03-02T08:00+08:00. */
  readonly startTime?: number;
  /**
   * Linked mode: each customer answers about their own case, and their ratings depend on it (see the module
   * comment). Default: not linked (every customer downstream of a cause loses the same drop).
   */
  readonly link?: SimulationLink;
  /** Nuisance confounders: segments that are both slower and harder to please. Default none. */
  readonly confounders?: readonly Confounder[];
}

/** The linked mode's options. */
export interface SimulationLink {
  /** Share (0–1) of external respondents whose export names their own case. Default 1. */
  readonly share?: number;
  /** Write the link column (`case`); false gives the unlinked variant of the same data. Default true. */
  readonly exported?: boolean;
}

/** A simulated data set and the truth behind it. */
export interface SimulatedData {
  readonly respondents: readonly SimRespondent[];
  readonly answers: readonly SimAnswer[];
  readonly cases: readonly SimCase[];
  readonly truth: SimulationTruth;
}

const BASE_INDEX = 85;
const DROP = 24;
const DECAY = 0.9;
const RESPONDENT_SD = 6;
const NOISE_SD = 14;
/** Most index points one planted cause takes from an exposed customer at one point (linked mode). */
const LINK_MAX_DROP = 60;
/** A customer's planted drops at a point leave at least this index (linked mode). */
const LINK_FLOOR = 10;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** An answer on a question's scale from a latent 0–100 index. */
function onScale(q: Question, index: number, d: Draws): number {
  const s = q.scale;
  switch (s.type) {
    case "likert": {
      const v = clamp(Math.round(1 + (index / 100) * (s.points - 1)), 1, s.points);
      return q.reverse ? 1 + s.points - v : v;
    }
    case "score": {
      const v = clamp(Math.round((index / 100) * s.max), 0, s.max);
      return q.reverse ? s.max - v : v;
    }
    case "yesno":
      return d.uniform() < clamp(index, 0, 100) / 100 ? 1 : 0;
    case "numeric":
      return clamp(index, s.min ?? -Infinity, s.max ?? Infinity);
  }
}

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
 * Default segments: one dimension per key that standards are scoped by (e.g. area: urban / rural / remote), so
 * scoped standards have cases to apply to; the sample over-represents the first value, and weights correct it.
 * Without scoped standards: region city / rural.
 */
export function defaultSegments(study: Study): SimSegment[] {
  const dims = new Map<string, string[]>();
  for (const s of study.standards) for (const c of s.scope) dims.set(c.key, [...new Set([...(dims.get(c.key) ?? []), c.value])]);
  if (dims.size === 0) return [{ dimension: "region", values: ["city", "rural"], sampleShares: [0.6, 0.4], populationShares: [0.5, 0.5] }];
  return [...dims].sort(([a], [b]) => (a < b ? -1 : 1)).map(([dimension, vs]) => {
    const values = vs.length === 1 ? [...vs, "other"] : vs;
    const k = values.length;
    const sampleShares = values.map((_, i) => (i === 0 ? 0.6 : 0.4 / (k - 1)));
    const populationShares = values.map((_, i) => (i === 0 ? 0.5 : 0.5 / (k - 1)));
    return { dimension, values, sampleShares, populationShares };
  });
}

function activeIn(c: PlantedCause, wave: string): boolean {
  return c.waves === undefined || c.waves.includes(wave);
}

/**
 * Simulate survey answers and case records for a study, with planted problems.
 *
 * @param study - a validated study.
 * @param options - seed, sizes, waves, segments and the causes to plant.
 * @returns respondents, raw answers, cases and the truth.
 * @example
 * ```ts
 * const data = simulateStudy(study, {
 *   seed: 7,
 *   plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }],
 * });
 * data.truth.planted[0]?.post; // "repair_dispatcher"
 * ```
 */
export function simulateStudy(study: Study, options: SimulationOptions = {}): SimulatedData {
  const seed = options.seed ?? 1;
  const d = draws(seed);
  const waves = options.waves ?? ["1"];
  const nExt = options.externalRespondents ?? 11_000;
  const nInt = options.internalRespondents ?? 4_000;
  const nCases = options.casesPerTheme ?? 2_000;
  const dk = options.dontKnowRate ?? 0.01;
  const miss = options.missingRate ?? 0.02;
  const t0 = options.startTime ?? Date.parse("2026-03-02T08:00:00+08:00");
  const segments = options.segments ?? defaultSegments(study);
  for (const [name, n] of [["externalRespondents", nExt], ["internalRespondents", nInt], ["casesPerTheme", nCases]] as const)
    if (!Number.isInteger(n) || n < 0) throw new UsageError("simulateStudy", `${name} must be a whole number ≥ 0, got ${String(n)}.`, "Pass a count such as 2000.");
  const link = options.link === undefined ? undefined : { share: options.link.share ?? 1, exported: options.link.exported ?? true };
  if (link !== undefined && !(link.share >= 0 && link.share <= 1))
    throw new UsageError("simulateStudy", `link.share must be between 0 and 1, got ${String(link.share)}.`, "Pass the share of customers whose survey record names their case, e.g. 0.6.");
  const confounders = options.confounders ?? [];
  for (const c of confounders) {
    const seg = segments.find((s) => s.dimension === c.dimension);
    if (seg === undefined || !seg.values.includes(c.value))
      throw new UsageError("simulateStudy", `confounder ${JSON.stringify(c.dimension)} = ${JSON.stringify(c.value)} is not a segment of the simulation.`, `Use one of: ${segments.map((s) => `${s.dimension} (${s.values.join(", ")})`).join("; ")}.`);
    if (!(Number.isFinite(c.slowdown) && c.slowdown > 0) || !Number.isFinite(c.ratingDrop))
      throw new UsageError("simulateStudy", `confounder ${c.dimension} = ${c.value}: slowdown must be a number > 0 and ratingDrop a number, got ${String(c.slowdown)} and ${String(c.ratingDrop)}.`, "E.g. { slowdown: 1.6, ratingDrop: 8 }.");
  }

  const causes = resolveCauses(study, options.plant ?? []);
  const isDecoy = (c: ResolvedCause): boolean => c.tag !== "customer-dissatisfaction" && c.decoy === true;
  const graph = buildStudyGraph(study);
  const stepTheme = new Map<string, string>();
  for (const bp of study.blueprints) for (const s of bp.steps) stepTheme.set(s.id, bp.theme);

  // Which external points each cause lowers, and by how much (decaying with distance downstream).
  const dropAt = new Map<string, { cause: number; drop: number }[]>();
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
  const respondents: SimRespondent[] = [];
  const answers: SimAnswer[] = [];
  const cases: SimCase[] = [];
  const segmentOf = (): { segment: [string, string][]; weight: number } => {
    const segment: [string, string][] = [];
    let weight = 1;
    for (const s of segments) {
      const shares = s.sampleShares ?? s.values.map(() => 1 / s.values.length);
      const pop = s.populationShares ?? s.values.map(() => 1 / s.values.length);
      let u = d.uniform();
      let k = 0;
      while (k < s.values.length - 1 && u >= (shares[k] ?? 0)) u -= shares[k++] ?? 0;
      segment.push([s.dimension, s.values[k] ?? ""]);
      weight *= (pop[k] ?? 0) / (shares[k] ?? 1);
    }
    return { segment, weight: Math.round(weight * 1e6) / 1e6 };
  };
  // The weight of a given segment (a linked respondent takes their case's segment), as segmentOf computes it.
  const weightOf = (segment: readonly (readonly [string, string])[]): number => {
    let weight = 1;
    for (const s of segments) {
      const shares = s.sampleShares ?? s.values.map(() => 1 / s.values.length);
      const pop = s.populationShares ?? s.values.map(() => 1 / s.values.length);
      const k = s.values.indexOf(segment.find(([dim]) => dim === s.dimension)?.[1] ?? "");
      if (k >= 0) weight *= (pop[k] ?? 0) / (shares[k] ?? 1);
    }
    return Math.round(weight * 1e6) / 1e6;
  };
  const inConfounder = (c: Confounder, segment: readonly (readonly [string, string])[]): boolean => segment.some(([k, v]) => k === c.dimension && v === c.value);
  const slowdownOf = (segment: readonly (readonly [string, string])[]): number => confounders.reduce((a, c) => (inConfounder(c, segment) ? a * c.slowdown : a), 1);
  const ratingDropOf = (segment: readonly (readonly [string, string])[]): number => confounders.reduce((a, c) => (inConfounder(c, segment) ? a + c.ratingDrop : a), 0);
  const emit = (respondent: string, q: Question, value: number): void => {
    const u = d.uniform();
    if (u < miss) return;
    answers.push({ respondent, question: q.id, value: u < miss + dk ? "DK" : value });
  };

  // Expectations (numeric, about a metric): where 80% of customers' acceptable values lie relative to the standard.
  const standardsOfMetric = new Map<string, Standard[]>();
  for (const s of study.standards) standardsOfMetric.set(s.metric, [...(standardsOfMetric.get(s.metric) ?? []), s]);
  const expectationMedian = (q: Question, wave: string, segment: readonly (readonly [string, string])[]): number | undefined => {
    const candidates = q.metric === undefined ? [] : (standardsOfMetric.get(q.metric) ?? []);
    const fits = (st: Standard): boolean => st.scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
    const s = candidates.find((st) => st.scope.length > 0 && fits(st)) ?? candidates.find((st) => st.scope.length === 0) ?? candidates[0];
    if (s === undefined || q.scale.type !== "numeric") return undefined;
    const unreasonable = causes.find((c) => c.tag === "unreasonable-standard" && c.standard === s.id && (c.via ?? "threshold") === "threshold" && activeIn(c, wave));
    const sev = unreasonable?.severity ?? 1;
    // The value 80% of customers accept (the 20th percentile of acceptable waits for lower-is-better).
    const threshold = convertUnit(s.threshold, s.unit, q.scale.unit) ?? s.threshold;
    const accept80 = s.better === "lower" ? threshold * (unreasonable ? 1 - 0.45 * sev : 1.35) : threshold * (unreasonable ? 1 + 0.3 * sev : 0.8);
    const z = 0.8416 * 0.35;
    return s.better === "lower" ? accept80 / Math.exp(-z) : accept80 / Math.exp(z);
  };

  const themes = study.blueprints.map((b) => b.theme);
  const pointsOfTheme = new Map(themes.map((t) => [t, study.evaluationPoints.filter((p) => stepTheme.get(p.step) === t)] as const));
  const extThemes = themes.filter((t) => (pointsOfTheme.get(t) ?? []).some((p) => p.questions.some((q) => q.audience.kind === "external")));
  // Each point sits comfortably above its own target (10 index points, give or take), unless a cause lowers it.
  const basePoint = new Map(study.evaluationPoints.map((p) => [p.id, (p.target ?? 75) + 9 + d.uniform() * 4] as const));
  const extCount = (theme: string): number => {
    const ti = extThemes.indexOf(theme);
    return ti < 0 ? 0 : Math.floor(nExt / extThemes.length) + (ti < nExt % extThemes.length ? 1 : 0);
  };

  // Internal raters: posts and the internal questions they answer.
  const raterQuestions = new Map<string, { q: Question; point: string; step: string }[]>();
  for (const p of study.evaluationPoints)
    for (const q of p.questions)
      if (q.audience.kind === "internal") raterQuestions.set(q.audience.rater, [...(raterQuestions.get(q.audience.rater) ?? []), { q, point: p.id, step: p.step }]);
  const raters = [...raterQuestions.keys()].sort();
  const totalIntQ = raters.reduce((a, r) => a + (raterQuestions.get(r)?.length ?? 0), 0);

  // Linked mode: the rule that says whose own case a cause touched (decoys touch nobody's rating).
  const rules: ExposureRule[] = causes.map((c) => exposureRule(study, c));
  /** Per wave and theme: each cause's exposure in the theme's cases (undefined: the cases cannot show it). */
  const exposureIn = new Map<string, Map<number, { share: number; exposed: Set<string> } | undefined>>();
  const linkedThemes: LinkedTheme[] = [];
  /** Per wave and theme: respondent id → own case. */
  const ownCase = new Map<string, SimCase>();

  /** Index points a cause takes off one exposed customer at a point (linked mode), from its constant drop. */
  const linkedDrop = (constant: number, share: number): number => (share > 0 ? Math.min(LINK_MAX_DROP, constant / share) : LINK_MAX_DROP);

  const generateExternal = (wave: string, casesOfTheme: ReadonlyMap<string, SimCase[]>): void => {
    // External respondents, split evenly across themes with external questions.
    extThemes.forEach((theme) => {
      const n = extCount(theme);
      const points = pointsOfTheme.get(theme) ?? [];
      const pool = link === undefined ? [] : (casesOfTheme.get(theme) ?? []);
      // Linked mode: distinct cases of the theme (a partial Fisher–Yates shuffle), the first `share` of them named.
      const picked: SimCase[] = [];
      if (pool.length >= n && pool.length > 0) {
        const idx = pool.map((_, i) => i);
        for (let i = 0; i < n; i++) {
          const j = i + d.int(idx.length - i);
          const tmp = idx[i] as number;
          idx[i] = idx[j] as number;
          idx[j] = tmp;
          picked.push(pool[idx[i] as number] as SimCase);
        }
      }
      const nLinked = link === undefined ? 0 : Math.round(link.share * picked.length);
      if (link !== undefined) linkedThemes.push({ theme, wave, respondents: n, linked: nLinked, withCase: picked.length, cases: pool.length, casesRequested: nCases });
      const exposures = exposureIn.get(`${wave}\u0000${theme}`);
      for (let i = 0; i < n; i++) {
        const id = `w${wave}-${theme}-c${i + 1}`;
        const own = picked[i];
        const { segment, weight } = own === undefined ? segmentOf() : { segment: own.segment, weight: weightOf(own.segment) };
        respondents.push({ id, audience: "external", theme, wave, weight, segment, ...(own === undefined ? {} : { case: own.id, linked: i < nLinked }) });
        if (own !== undefined) ownCase.set(id, own);
        const rho = d.normal() * RESPONDENT_SD;
        const nuisance = ratingDropOf(segment);
        const indices: number[] = [];
        for (const p of points) {
          const base = basePoint.get(p.id) ?? BASE_INDEX;
          const active = (dropAt.get(p.id) ?? []).filter((x) => activeIn(causes[x.cause] as PlantedCause, wave));
          let drop: number;
          if (own === undefined) drop = active.reduce((a, x) => a + x.drop, 0);
          else {
            drop = 0;
            for (const x of active) {
              const e = exposures?.get(x.cause);
              if (e === undefined) drop += x.drop;
              else if (e.exposed.has(own.id)) drop += linkedDrop(x.drop, e.share);
            }
            drop = Math.min(drop, Math.max(0, base - LINK_FLOOR));
          }
          const latent = base - drop - nuisance + rho;
          for (const q of p.questions) {
            if (q.audience.kind !== "external" || q.overall) continue;
            if (q.measures === "perception") {
              const idx = latent + d.normal() * NOISE_SD;
              indices.push(idx);
              emit(id, q, onScale(q, idx, d));
            } else if (q.measures === "expectation") {
              const med = expectationMedian(q, wave, segment);
              if (med !== undefined) emit(id, q, Math.round(onScale(q, d.logNormal(med, 0.35), d) * 10) / 10);
              else emit(id, q, onScale(q, 78 + d.normal() * NOISE_SD, d));
            } else if (q.measures === "importance") emit(id, q, onScale(q, 80 + d.normal() * NOISE_SD, d));
            else if (q.scale.type === "numeric") emit(id, q, Math.round(onScale(q, d.logNormal(30, 0.4), d)));
            else emit(id, q, onScale(q, latent + d.normal() * NOISE_SD, d));
          }
        }
        const overallIdx = indices.length > 0 ? indices.reduce((a, b) => a + b, 0) / indices.length : BASE_INDEX + rho;
        for (const p of points) for (const q of p.questions) if (q.overall) emit(id, q, onScale(q, overallIdx + d.normal() * 6, d));
      }
    });
  };

  const generateInternal = (wave: string): void => {
    // Internal respondents, split across rating posts by how many questions each answers.
    raters.forEach((post) => {
      const qs = raterQuestions.get(post) ?? [];
      const n = totalIntQ === 0 ? 0 : Math.round((nInt * qs.length) / totalIntQ);
      for (let i = 0; i < n; i++) {
        const id = `w${wave}-${post}-s${i + 1}`;
        respondents.push({ id, audience: "internal", post, wave, weight: 1, segment: [] });
        const rho = d.normal() * RESPONDENT_SD;
        for (const { q, step } of qs) {
          const bad = causes.filter((c) => c.tag === "non-compliant-execution" && c.step === step && activeIn(c, wave)).reduce((a, c) => a + 26 * (c.severity ?? 1), 0);
          emit(id, q, onScale(q, BASE_INDEX - bad + rho + d.normal() * NOISE_SD, d));
        }
      }
    });
  };

  const generateCases = (wave: string): Map<string, SimCase[]> => {
    const out = new Map<string, SimCase[]>();
    // Cases per theme.
    for (const theme of themes) {
      const clocks = themeClocks(study, theme);
      if (clocks.length === 0) continue;
      const tree: EventTree = eventTree(clocks, eventRanks(study, theme));
      const inTheme = new Set(study.blueprints.find((b) => b.theme === theme)?.steps.map((s) => s.id) ?? []);
      const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
      const stds = study.standards.filter((s) => s.steps.some((x) => inTheme.has(x)));
      const plantedClock = new Set(causes.filter((c) => c.tag === "unreasonable-standard" && c.via === "clock" && activeIn(c, wave)).map((c) => (c.tag === "unreasonable-standard" ? c.standard : "")));
      const customerClocks = stds.filter((st) => !plantedClock.has(st.id)).flatMap((st) =>
        study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.metric === st.metric && q.clock !== undefined).map((q) => ({ clock: q.clock as Clock, standard: st }))),
      );
      calibrate(tree, study, stds, customerClocks);
      const override = new Map<string, number>();
      // Linked mode (and decoys): an unreasonable threshold lets service run as slowly as the standard allows, in its scope.
      const stretches: { standard: Standard; edge: string; median: number }[] = [];
      // Late execution against scoped standards (urban 45 min, rural 90 min, remote 2 h on one edge): each case is
      // late against the standard that applies to it, not the loosest, or its own area would miss by far more
      // than the planted 75%-or-so compliance; a case no scope covers is late against the loosest.
      const delays: { standard: Standard; edge: string; median: number }[] = [];
      for (const c of causes) {
        if (!activeIn(c, wave) || c.theme !== theme) continue;
        const sev = c.severity ?? 1;
        if (c.tag === "non-compliant-execution") {
          for (const s of stds.filter((x) => metricStep.get(x.metric) === c.step)) {
            const clock = standardClock(study, s);
            const path = clock === undefined ? undefined : treePath(tree, clock);
            const minutes = thresholdMinutes(s);
            const last = path?.[path.length - 1];
            if (last === undefined || minutes === undefined || s.better !== "lower") continue;
            const median = Math.max(0.75 * minutes * sev, tree.median.get(last) ?? 0);
            if (s.scope.length > 0) delays.push({ standard: s, edge: last, median });
            else override.set(last, Math.max(override.get(last) ?? 0, median));
          }
        } else if (c.tag === "unreasonable-standard" && c.via === "clock") {
          const s = study.standards.find((x) => x.id === c.standard);
          const sc = s === undefined ? undefined : standardClock(study, s);
          const minutes = s === undefined ? undefined : thresholdMinutes(s);
          // Lengthen the stretch between the customers' start event and the standard's start event.
          const q = study.evaluationPoints.flatMap((p) => p.questions).find((x) => x.metric === s?.metric && x.clock !== undefined && x.clock.start !== sc?.start);
          const path = q?.clock === undefined || sc === undefined ? undefined : treePath(tree, { start: q.clock.start, stop: sc.start });
          if (path !== undefined && minutes !== undefined) for (const e of path) override.set(e, (0.9 * minutes * sev) / path.length);
        } else if (c.tag === "unreasonable-standard" && (link !== undefined || c.decoy === true)) {
          const s = study.standards.find((x) => x.id === c.standard);
          const sc = s === undefined ? undefined : standardClock(study, s);
          const minutes = s === undefined ? undefined : thresholdMinutes(s);
          const st = s === undefined || sc === undefined || minutes === undefined ? undefined : thresholdStretch(tree, sc, minutes, s.compliance, s.better);
          if (s !== undefined && st !== undefined) stretches.push({ standard: s, edge: st[0], median: st[1] });
        }
      }
      const loosest = new Map<string, number>();
      for (const x of delays) loosest.set(x.edge, Math.max(loosest.get(x.edge) ?? 0, x.median));
      const overrideFor = new Map<string, Map<string, number>>();
      const caseOverride = (segment: readonly (readonly [string, string])[]): ReadonlyMap<string, number> => {
        const fits = (st: Standard): boolean => st.scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
        const mine = stretches.filter((x) => fits(x.standard));
        const myDelays = delays.filter((x) => fits(x.standard));
        if (mine.length === 0 && delays.length === 0) return override;
        const key = [...myDelays.map((x) => `d:${x.standard.id}`), ...mine.map((x) => `s:${x.standard.id}`)].join("\u0000");
        let m = overrideFor.get(key);
        if (m === undefined) {
          m = new Map(override);
          for (const [edge, loose] of loosest) {
            const own = myDelays.filter((x) => x.edge === edge).map((x) => x.median);
            m.set(edge, Math.max(m.get(edge) ?? 0, own.length > 0 ? Math.max(...own) : loose));
          }
          for (const x of mine) m.set(x.edge, Math.max(m.get(x.edge) ?? 0, x.median));
          overrideFor.set(key, m);
        }
        return m;
      };
      const list: SimCase[] = [];
      // Linked mode: at least one case per respondent of the theme, so each answers about a distinct case.
      const count = link === undefined ? nCases : Math.max(nCases, extCount(theme));
      for (let i = 0; i < count; i++) {
        const { segment } = segmentOf();
        const start = t0 + i * 7 * 60_000 + Math.floor(d.uniform() * 60_000);
        const c: SimCase = { id: `w${wave}-${theme}-case${i + 1}`, theme, wave, segment, events: drawEvents(tree, d, start, caseOverride(segment), slowdownOf(segment)) };
        cases.push(c);
        list.push(c);
      }
      out.set(theme, list);
    }
    return out;
  };

  /** Which of a theme's cases each active, non-decoy cause touched (linked mode). */
  const measureExposures = (wave: string, casesOfTheme: ReadonlyMap<string, SimCase[]>): void => {
    for (const theme of extThemes) {
      const pool = casesOfTheme.get(theme) ?? [];
      const m = new Map<number, { share: number; exposed: Set<string> } | undefined>();
      causes.forEach((c, i) => {
        const rule = rules[i] as ExposureRule;
        if (isDecoy(c) || !activeIn(c, wave) || rule.exposure.kind === "everyone" || pool.length === 0) return m.set(i, undefined);
        const events = pool.map((x) => new Map(x.events));
        // The cases cannot show the exposure when none has the rule's events (e.g. a cause in another theme).
        if (!events.some((ev) => rule.events.every((e) => ev.has(e)))) return m.set(i, undefined);
        const exposed = new Set<string>();
        pool.forEach((x, j) => {
          if (rule.test(events[j] as Map<string, number>, x.segment)) exposed.add(x.id);
        });
        return m.set(i, { share: exposed.size / pool.length, exposed });
      });
      exposureIn.set(`${wave}\u0000${theme}`, m);
    }
  };

  for (const wave of waves) {
    if (link === undefined) {
      generateExternal(wave, new Map());
      generateInternal(wave);
      generateCases(wave);
    } else {
      // Linked mode: cases first, so each customer can answer about their own.
      const casesOfTheme = generateCases(wave);
      measureExposures(wave, casesOfTheme);
      generateExternal(wave, casesOfTheme);
      generateInternal(wave);
    }
  }

  // Truth: induced standard misses (other standards whose clock spans a delayed edge).
  const inducedStandards: { standard: string; cause: number }[] = [];
  causes.forEach((c, i) => {
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
  const effects = plantedEffects();
  const affectedPoints = [...dropAt]
    .map(([point, xs]) => {
      const linkedDrop = (x: { cause: number; drop: number }): number => {
        const rs = effects.filter((e) => e.point === point && e.cause === x.cause);
        return rs.length === 0 ? x.drop : rs.reduce((a, e) => a + e.attributable, 0) / rs.length;
      };
      return { point, causes: xs.map((x) => x.cause), drop: xs.reduce((a, x) => a + (link === undefined ? x.drop : linkedDrop(x)), 0) };
    })
    .sort((a, b) => (a.point < b.point ? -1 : 1));
  return {
    respondents,
    answers,
    cases,
    truth: {
      planted: causes,
      affectedPoints,
      inducedStandards,
      decoys: causes.flatMap((c, i) => (isDecoy(c) ? [i] : [])),
      confounders: confounders.map((c) => ({ dimension: c.dimension, value: c.value, slowdown: c.slowdown, ratingDrop: c.ratingDrop })),
      effects,
      link: link === undefined ? undefined : { share: link.share, exported: link.exported, themes: linkedThemes },
    },
  };

  /** Per wave, theme, point and cause: who loses how much, and how precisely a linked comparison can see it. */
  function plantedEffects(): PlantedEffect[] {
    const out: PlantedEffect[] = [];
    const answered = Math.max(1e-9, 1 - miss - dk);
    const perception = (p: (typeof study.evaluationPoints)[number]): Question[] => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall);
    for (const wave of waves)
      for (const theme of extThemes) {
        const points = pointsOfTheme.get(theme) ?? [];
        const exposures = exposureIn.get(`${wave}\u0000${theme}`);
        const people = respondents.filter((r) => r.audience === "external" && r.wave === wave && r.theme === theme);
        const themeQs = points.flatMap((p) => perception(p).map((q) => ({ q, point: p.id })));
        // One cause's drop for an exposed customer at a point (linked or constant).
        const dropOf = (point: string, cause: number): number => {
          const x = (dropAt.get(point) ?? []).find((y) => y.cause === cause);
          if (x === undefined) return 0;
          const e = exposures?.get(cause);
          return e === undefined || link === undefined ? x.drop : linkedDrop(x.drop, e.share);
        };
        // Weighted, as the engine weighs customers to the population.
        const totalWeight = people.reduce((a, r) => a + r.weight, 0);
        const nuisance = totalWeight === 0 ? 0 : people.reduce((a, r) => a + r.weight * ratingDropOf(r.segment), 0) / totalWeight;
        const themeBase = themeQs.length === 0 ? BASE_INDEX : themeQs.reduce((a, x) => a + (basePoint.get(x.point) ?? BASE_INDEX), 0) / themeQs.length;
        const record = (point: string, cause: number, drop: number, sd: number): void => {
          const e = link === undefined ? undefined : exposures?.get(cause);
          const rule = rules[cause] as ExposureRule;
          const exposure: PlantedExposure = e === undefined ? { kind: "everyone" } : rule.exposure;
          const hit = (r: SimRespondent): boolean => {
            if (e === undefined) return true;
            const own = ownCase.get(r.id);
            return own !== undefined && e.exposed.has(own.id);
          };
          const exposedShare = totalWeight === 0 ? 0 : people.filter(hit).reduce((a, r) => a + r.weight, 0) / totalWeight;
          const visible = link?.exported === true ? people.filter((r) => r.linked === true) : [];
          const n1 = visible.filter(hit).length;
          const n0 = visible.length - n1;
          out.push({
            point,
            cause,
            wave,
            theme,
            exposure,
            drop,
            caseShare: e === undefined ? 1 : e.share,
            exposed: exposedShare,
            attributable: drop * exposedShare,
            linkedExposed: n1,
            linkedUnexposed: n0,
            se: n1 === 0 || n0 === 0 ? undefined : sd * Math.sqrt(1 / (n1 * answered) + 1 / (n0 * answered)),
            expectedGap: 0,
          });
        };
        const first = out.length;
        const active = causes.map((c, i) => i).filter((i) => activeIn(causes[i] as PlantedCause, wave));
        for (const p of points) {
          const qs = perception(p);
          if (p.questions.some((q) => q.overall)) {
            // The overall question follows the mean of the respondent's point answers.
            const overallQ = p.questions.find((q) => q.overall) as Question;
            const disc = themeQs.reduce((a, x) => a + NOISE_SD ** 2 + scaleVariance(x.q), 0) / Math.max(1, themeQs.length) ** 2;
            const sd = Math.sqrt(RESPONDENT_SD ** 2 + disc + 36 + scaleVariance(overallQ));
            for (const i of active) {
              if (themeQs.length === 0 || !themeQs.some((x) => (dropAt.get(x.point) ?? []).some((y) => y.cause === i))) continue;
              record(p.id, i, themeQs.reduce((a, x) => a + dropOf(x.point, i), 0) / themeQs.length, sd);
            }
            continue;
          }
          if (qs.length === 0) continue;
          const sd = Math.sqrt(RESPONDENT_SD ** 2 + qs.reduce((a, q) => a + NOISE_SD ** 2 + scaleVariance(q), 0) / qs.length ** 2);
          for (const x of dropAt.get(p.id) ?? []) if (active.includes(x.cause)) record(p.id, x.cause, dropOf(p.id, x.cause), sd);
        }
        // Every effect at a point shares the point's expected gap; the overall question follows the theme's points.
        const mine = out.slice(first);
        for (let k = first; k < out.length; k++) {
          const e = out[k] as PlantedEffect;
          const p = points.find((x) => x.id === e.point);
          const overall = p?.questions.some((q) => q.overall) ?? false;
          const base = overall ? themeBase : (basePoint.get(e.point) ?? BASE_INDEX);
          const planted = mine.filter((x) => x.point === e.point).reduce((a, x) => a + x.attributable, 0);
          out[k] = { ...e, expectedGap: (p?.target ?? 75) - (base - planted - nuisance) };
        }
      }
    return out;
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
