/**
 * The simulated respondents of one wave and their raw answers: customers (external), each with a random effect
 * shared by their answers and, in linked mode, their own case; and staff (internal) rating the steps they receive
 * work from. The order of the draws is part of the data: a seed gives the same answers only if every draw is taken
 * in the same order, so the steps below keep it.
 * @module
 */
import { convertUnit } from "../model/units.js";
import type { EvaluationPoint, Question, Standard } from "../model/study.js";
import type { SimCase } from "./cases.js";
import type { PlantedCause } from "./plant.js";
import type { Draws } from "./random.js";
import { drawSegment, ratingDropOf, segmentWeight, type SegmentValues } from "./segments.js";
import { activeIn, BASE_INDEX, extCount, LINK_FLOOR, linkedDrop, NOISE_SD, RESPONDENT_SD, type CaseExposure, type SimRun } from "./world.js";

/** Clamp x to [lo, hi]. */
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

/** Record one answer as a survey export would: left out (item non-response), "DK", or the value. */
function emit(run: SimRun, respondent: string, q: Question, value: number): void {
  const { miss, dk } = run.settings;
  const u = run.d.uniform();
  if (u < miss) return;
  run.answers.push({ respondent, question: q.id, value: u < miss + dk ? "DK" : value });
}

/** Expectations (numeric, about a metric): where 80% of customers' acceptable values lie relative to the standard. */
function expectationMedian(run: SimRun, q: Question, wave: string, segment: SegmentValues): number | undefined {
  const candidates = q.metric === undefined ? [] : (run.standardsOfMetric.get(q.metric) ?? []);
  const fits = (st: Standard): boolean => st.scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
  const s = candidates.find((st) => st.scope.length > 0 && fits(st)) ?? candidates.find((st) => st.scope.length === 0) ?? candidates[0];
  if (s === undefined || q.scale.type !== "numeric") return undefined;
  const unreasonable = run.causes.find((c) => c.tag === "unreasonable-standard" && c.standard === s.id && (c.via ?? "threshold") === "threshold" && activeIn(c, wave));
  const sev = unreasonable?.severity ?? 1;
  // The value 80% of customers accept (the 20th percentile of acceptable waits for lower-is-better).
  const threshold = convertUnit(s.threshold, s.unit, q.scale.unit) ?? s.threshold;
  const accept80 = s.better === "lower" ? threshold * (unreasonable ? 1 - 0.45 * sev : 1.35) : threshold * (unreasonable ? 1 + 0.3 * sev : 0.8);
  const z = 0.8416 * 0.35;
  return s.better === "lower" ? accept80 / Math.exp(-z) : accept80 / Math.exp(z);
}

/**
 * Draw a wave's external respondents and their answers, split evenly across the themes with external questions.
 *
 * @param run - the run (its respondents, answers and, in linked mode, own cases grow).
 * @param wave - the wave.
 * @param casesOfTheme - linked mode: the wave's cases by theme, each customer answering about a distinct one.
 * @example
 * ```ts
 * generateExternal(run, "1", new Map()); // not linked: every customer downstream of a cause loses the same drop
 * ```
 */
export function generateExternal(run: SimRun, wave: string, casesOfTheme: ReadonlyMap<string, SimCase[]>): void {
  const { link, nCases } = run.settings;
  run.extThemes.forEach((theme) => {
    const n = extCount(run, theme);
    const pool = link === undefined ? [] : (casesOfTheme.get(theme) ?? []);
    const picked = pickCases(run.d, pool, n);
    const nLinked = link === undefined ? 0 : Math.round(link.share * picked.length);
    if (link !== undefined) run.linkedThemes.push({ theme, wave, respondents: n, linked: nLinked, withCase: picked.length, cases: pool.length, casesRequested: nCases });
    const exposures = run.exposureIn.get(`${wave}\u0000${theme}`);
    for (let i = 0; i < n; i++) externalRespondent(run, { wave, theme, i, own: picked[i], linked: i < nLinked, exposures });
  });
}

/** Linked mode: n distinct cases of the theme (a partial Fisher–Yates shuffle); none when there are too few. */
function pickCases(d: Draws, pool: readonly SimCase[], n: number): SimCase[] {
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
  return picked;
}

/** Who one external respondent is: wave, theme, number, own case (linked mode) and the theme's exposures. */
interface ExternalSlot {
  readonly wave: string;
  readonly theme: string;
  readonly i: number;
  readonly own: SimCase | undefined;
  readonly linked: boolean;
  readonly exposures: ReadonlyMap<number, CaseExposure | undefined> | undefined;
}

/** One customer: their segment (their case's, in linked mode), random effect and answers at the theme's points. */
function externalRespondent(run: SimRun, slot: ExternalSlot): void {
  const { wave, theme, i, own } = slot;
  const id = `w${wave}-${theme}-c${i + 1}`;
  const { segment, weight } = own === undefined ? drawSegment(run.settings.segments, run.d) : { segment: own.segment, weight: segmentWeight(run.settings.segments, own.segment) };
  run.respondents.push({ id, audience: "external", theme, wave, weight, segment, ...(own === undefined ? {} : { case: own.id, linked: slot.linked }) });
  if (own !== undefined) run.ownCase.set(id, own);
  const rho = run.d.normal() * RESPONDENT_SD;
  const nuisance = ratingDropOf(run.settings.confounders, segment);
  const points = run.pointsOfTheme.get(theme) ?? [];
  const indices: number[] = [];
  for (const p of points) {
    const base = run.basePoint.get(p.id) ?? BASE_INDEX;
    const latent = base - plantedDrop(run, p, base, slot) - nuisance + rho;
    pointAnswers(run, { id, wave, segment }, p, latent, indices);
  }
  const overallIdx = indices.length > 0 ? indices.reduce((a, b) => a + b, 0) / indices.length : BASE_INDEX + rho;
  for (const p of points) for (const q of p.questions) if (q.overall) emit(run, id, q, onScale(q, overallIdx + run.d.normal() * 6, run.d));
}

/**
 * The index points the active causes take off one customer at a point: every constant drop when not linked; in
 * linked mode the concentrated drop of each cause whose exposure their own case shows (or the constant drop of a
 * cause the cases cannot show), leaving at least {@link LINK_FLOOR}.
 */
function plantedDrop(run: SimRun, p: EvaluationPoint, base: number, slot: ExternalSlot): number {
  const active = (run.dropAt.get(p.id) ?? []).filter((x) => activeIn(run.causes[x.cause] as PlantedCause, slot.wave));
  const own = slot.own;
  if (own === undefined) return active.reduce((a, x) => a + x.drop, 0);
  let drop = 0;
  for (const x of active) {
    const e = slot.exposures?.get(x.cause);
    if (e === undefined) drop += x.drop;
    else if (e.exposed.has(own.id)) drop += linkedDrop(x.drop, e.share);
  }
  return Math.min(drop, Math.max(0, base - LINK_FLOOR));
}

/** One customer's answers to a point's external questions (but the overall one), from their latent index there. */
function pointAnswers(run: SimRun, who: { id: string; wave: string; segment: SegmentValues }, p: EvaluationPoint, latent: number, indices: number[]): void {
  const { d } = run;
  const { id } = who;
  for (const q of p.questions) {
    if (q.audience.kind !== "external" || q.overall) continue;
    if (q.measures === "perception") {
      const idx = latent + d.normal() * NOISE_SD;
      indices.push(idx);
      emit(run, id, q, onScale(q, idx, d));
    } else if (q.measures === "expectation") {
      const med = expectationMedian(run, q, who.wave, who.segment);
      if (med !== undefined) emit(run, id, q, Math.round(onScale(q, d.logNormal(med, 0.35), d) * 10) / 10);
      else emit(run, id, q, onScale(q, 78 + d.normal() * NOISE_SD, d));
    } else if (q.measures === "importance") emit(run, id, q, onScale(q, 80 + d.normal() * NOISE_SD, d));
    else if (q.scale.type === "numeric") emit(run, id, q, Math.round(onScale(q, d.logNormal(30, 0.4), d)));
    else emit(run, id, q, onScale(q, latent + d.normal() * NOISE_SD, d));
  }
}

/**
 * Draw a wave's internal respondents (staff) and their ratings, split across rating posts by how many questions each
 * answers; a planted non-compliant step is rated low by the staff who receive its work.
 *
 * @param run - the run (its respondents and answers grow).
 * @param wave - the wave.
 * @example
 * ```ts
 * generateInternal(run, "1");
 * ```
 */
export function generateInternal(run: SimRun, wave: string): void {
  const { d } = run;
  run.raters.forEach((post) => {
    const qs = run.raterQuestions.get(post) ?? [];
    const n = run.totalIntQ === 0 ? 0 : Math.round((run.settings.nInt * qs.length) / run.totalIntQ);
    for (let i = 0; i < n; i++) {
      const id = `w${wave}-${post}-s${i + 1}`;
      run.respondents.push({ id, audience: "internal", post, wave, weight: 1, segment: [] });
      const rho = d.normal() * RESPONDENT_SD;
      for (const { q, step } of qs) {
        const bad = run.causes.filter((c) => c.tag === "non-compliant-execution" && c.step === step && activeIn(c, wave)).reduce((a, c) => a + 26 * (c.severity ?? 1), 0);
        emit(run, id, q, onScale(q, BASE_INDEX - bad + rho + d.normal() * NOISE_SD, d));
      }
    }
  });
}
