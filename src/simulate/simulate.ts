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
 * @module
 */
import { UsageError } from "../core/errors.js";
import { convertUnit } from "../model/units.js";
import { buildStudyGraph } from "../graph/build.js";
import { downstreamOf } from "../graph/traverse.js";
import type { Clock, Question, Standard, Study } from "../model/study.js";
import { calibrate, drawEvents, eventRanks, eventTree, standardClock, themeClocks, thresholdMinutes, treePath, type EventTree, type SimCase } from "./cases.js";
import type { PlantedCause, ResolvedCause, SimulationTruth } from "./plant.js";
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

  const causes = resolveCauses(study, options.plant ?? []);
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

  // Internal raters: posts and the internal questions they answer.
  const raterQuestions = new Map<string, { q: Question; point: string; step: string }[]>();
  for (const p of study.evaluationPoints)
    for (const q of p.questions)
      if (q.audience.kind === "internal") raterQuestions.set(q.audience.rater, [...(raterQuestions.get(q.audience.rater) ?? []), { q, point: p.id, step: p.step }]);
  const raters = [...raterQuestions.keys()].sort();
  const totalIntQ = raters.reduce((a, r) => a + (raterQuestions.get(r)?.length ?? 0), 0);

  for (const wave of waves) {
    // External respondents, split evenly across themes with external questions.
    extThemes.forEach((theme, ti) => {
      const n = Math.floor(nExt / extThemes.length) + (ti < nExt % extThemes.length ? 1 : 0);
      const points = pointsOfTheme.get(theme) ?? [];
      for (let i = 0; i < n; i++) {
        const id = `w${wave}-${theme}-c${i + 1}`;
        const { segment, weight } = segmentOf();
        respondents.push({ id, audience: "external", theme, wave, weight, segment });
        const rho = d.normal() * RESPONDENT_SD;
        const indices: number[] = [];
        for (const p of points) {
          const drop = (dropAt.get(p.id) ?? []).filter((x) => activeIn(causes[x.cause] as PlantedCause, wave)).reduce((a, x) => a + x.drop, 0);
          const latent = (basePoint.get(p.id) ?? BASE_INDEX) - drop + rho;
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
            override.set(last, Math.max(override.get(last) ?? 0, 0.75 * minutes * sev, tree.median.get(last) ?? 0));
          }
        } else if (c.tag === "unreasonable-standard" && c.via === "clock") {
          const s = study.standards.find((x) => x.id === c.standard);
          const sc = s === undefined ? undefined : standardClock(study, s);
          const minutes = s === undefined ? undefined : thresholdMinutes(s);
          // Lengthen the stretch between the customers' start event and the standard's start event.
          const q = study.evaluationPoints.flatMap((p) => p.questions).find((x) => x.metric === s?.metric && x.clock !== undefined && x.clock.start !== sc?.start);
          const path = q?.clock === undefined || sc === undefined ? undefined : treePath(tree, { start: q.clock.start, stop: sc.start });
          if (path !== undefined && minutes !== undefined) for (const e of path) override.set(e, (0.9 * minutes * sev) / path.length);
        }
      }
      for (let i = 0; i < nCases; i++) {
        const { segment } = segmentOf();
        const start = t0 + i * 7 * 60_000 + Math.floor(d.uniform() * 60_000);
        cases.push({ id: `w${wave}-${theme}-case${i + 1}`, theme, wave, segment, events: drawEvents(tree, d, start, override) });
      }
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
  const affectedPoints = [...dropAt].map(([point, xs]) => ({ point, causes: xs.map((x) => x.cause), drop: xs.reduce((a, x) => a + x.drop, 0) })).sort((a, b) => (a.point < b.point ? -1 : 1));
  return { respondents, answers, cases, truth: { planted: causes, affectedPoints, inducedStandards } };
}
