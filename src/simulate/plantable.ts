/**
 * Where a study can carry each kind of planted problem, given the data it would produce: a step can show
 * non-compliant execution if its own standards are measured on calendar-time clocks or its internal customers
 * rate it; a standard can be shown unreasonable if customers are asked what they accept (threshold) or count on
 * a different clock (clock); a point can show customer dissatisfaction if customers rate it.
 * @module
 */
import type { Study } from "../model/study.js";
import { secondsPerUnit } from "../model/units.js";
import type { PlantedCause } from "./plant.js";
import { draws } from "./random.js";
import { buildStudyGraph } from "../graph/build.js";
import { downstreamOf } from "../graph/traverse.js";
import { standardClock, thresholdMinutes } from "./cases.js";
import { customerClockOf, stretchableStandards } from "./exposure.js";

/**
 * Every cause the simulator can plant in a study, and the data would reveal.
 *
 * @param study - a validated study.
 * @returns candidate causes (severity 1), sorted by tag then place.
 * @example
 * ```ts
 * plantableCauses(study).filter((c) => c.tag === "unreasonable-standard");
 * ```
 */
export function plantableCauses(study: Study): PlantedCause[] {
  const out: PlantedCause[] = [];
  const metricOf = new Map(study.metrics.map((m) => [m.id, m] as const));
  const steps = new Map(study.blueprints.flatMap((b) => b.steps.map((s) => [s.id, s] as const)));
  const nce = new Set<string>();
  for (const s of study.standards) {
    const m = metricOf.get(s.metric);
    if (m !== undefined && m.kind === "duration" && (s.clock ?? m.clock) !== undefined && secondsPerUnit(s.unit) !== undefined && s.better === "lower") nce.add(m.step);
  }
  for (const p of study.evaluationPoints) if (p.questions.some((q) => q.audience.kind === "internal" && q.scale.type !== "numeric")) nce.add(p.step);
  for (const step of [...nce].sort()) if (steps.get(step)?.owner !== undefined) out.push({ tag: "non-compliant-execution", step });
  const expectations = study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "expectation" && q.scale.type === "numeric" && q.metric !== undefined));
  for (const s of [...study.standards].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (secondsPerUnit(s.unit) === undefined) continue;
    const qs = expectations.filter((q) => q.metric === s.metric);
    if (qs.length === 0) continue;
    // The simulator derives expectations from the first standard on a metric that fits the respondent.
    const first = study.standards.find((x) => x.metric === s.metric && x.scope.length === 0) ?? study.standards.find((x) => x.metric === s.metric);
    const clock = s.clock ?? metricOf.get(s.metric)?.clock;
    // The threshold is compared only with answers on the standard's own clock.
    const onOwnClock = qs.some((q) => q.clock === undefined || clock === undefined || (q.clock.start === clock.start && q.clock.stop === clock.stop));
    if ((first?.id === s.id || s.scope.length > 0) && onOwnClock) out.push({ tag: "unreasonable-standard", standard: s.id, via: "threshold" });
    if (clock !== undefined && qs.some((q) => q.clock !== undefined && q.clock.start !== clock.start && q.clock.stop === clock.stop))
      out.push({ tag: "unreasonable-standard", standard: s.id, via: "clock" });
  }
  for (const p of study.evaluationPoints)
    if (p.questions.some((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall && q.scale.type !== "numeric"))
      out.push({ tag: "customer-dissatisfaction", point: p.id });
  return out;
}

/**
 * Choose causes to plant at random (seeded): `count` of each tag from {@link plantableCauses}, keeping them
 * separable: no two on the same step or standard, no unreasonable standard measured at a step planted as
 * non-compliant, and no customer dissatisfaction at a point downstream of another planted cause (it would
 * rightly be traced to that cause instead).
 *
 * @param study - a validated study.
 * @param seed - the seed.
 * @param count - how many of each tag (default 1).
 * @param options - `linkable`: prefer causes a customer's own case can show; `decoys`: add that many decoys.
 * @returns the causes, in tag order, then the decoys.
 * @example
 * ```ts
 * const plant = choosePlants(study, 11); // one of each tag
 * const linked = choosePlants(study, 11, 1, { linkable: true, decoys: 1 }); // measurable causes and a decoy
 * ```
 */
export function choosePlants(study: Study, seed: number, count = 1, options: ChoosePlantsOptions = {}): PlantedCause[] {
  const d = draws(seed);
  const graph = buildStudyGraph(study);
  const plantable = plantableCauses(study);
  // Linkable: keep, of each tag, the causes a customer's own case can show (when the study has any).
  const linkableOnes = options.linkable === true ? plantable.filter((c) => c.tag === "customer-dissatisfaction" || linkable(study, c)) : plantable;
  const all = (["non-compliant-execution", "unreasonable-standard", "customer-dissatisfaction"] as const).flatMap((tag) => {
    const mine = linkableOnes.filter((c) => c.tag === tag);
    return mine.length > 0 ? mine : plantable.filter((c) => c.tag === tag);
  });
  const pick = <T>(xs: T[]): T | undefined => (xs.length === 0 ? undefined : xs.splice(d.int(xs.length), 1)[0]);
  const out: PlantedCause[] = [];
  const usedSteps = new Set<string>();
  const usedStandards = new Set<string>();
  const stepsOfStandard = new Map(study.standards.map((s) => [s.id, s.steps] as const));
  const pointStep = new Map(study.evaluationPoints.map((p) => [p.id, p.step] as const));
  const nce = all.filter((c) => c.tag === "non-compliant-execution");
  const us = all.filter((c) => c.tag === "unreasonable-standard");
  const cd = all.filter((c) => c.tag === "customer-dissatisfaction");
  for (let i = 0; i < count; i++) {
    const c = pick(nce.filter((x) => x.tag === "non-compliant-execution" && !usedSteps.has(x.step)));
    if (c?.tag === "non-compliant-execution") (out.push(c), usedSteps.add(c.step));
  }
  // A standard measured at a step planted as non-compliant cannot also show its own clock or threshold problem
  // separably (late execution confounds both), so such standards are left out.
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  const confounded = (standard: string): boolean => usedSteps.has(metricStep.get(study.standards.find((s) => s.id === standard)?.metric ?? "") ?? "");
  for (let i = 0; i < count; i++) {
    const c = pick(us.filter((x) => x.tag === "unreasonable-standard" && !usedStandards.has(x.standard) && !confounded(x.standard)));
    if (c?.tag === "unreasonable-standard") (out.push(c), usedStandards.add(c.standard));
  }
  const downstreamOfPlants = new Set<string>();
  for (const c of out)
    for (const s of c.tag === "non-compliant-execution" ? [c.step] : c.tag === "unreasonable-standard" ? (stepsOfStandard.get(c.standard) ?? []) : []) {
      downstreamOfPlants.add(s);
      for (const r of downstreamOf(graph, s)) downstreamOfPlants.add(r.step);
    }
  for (let i = 0; i < count; i++) {
    const c = pick(cd.filter((x) => x.tag === "customer-dissatisfaction" && !downstreamOfPlants.has(pointStep.get(x.point) ?? "")));
    if (c?.tag === "customer-dissatisfaction") {
      out.push(c);
      downstreamOfPlants.add(pointStep.get(c.point) ?? "");
    }
  }
  // Decoys: late execution at other steps, none measuring a standard planted as unreasonable (its misses would
  // then be the planted problem's). Drawn last, so the real plants are those of the same seed without decoys.
  const plantedStandardSteps = new Set(out.flatMap((c) => (c.tag === "unreasonable-standard" ? [metricStep.get(study.standards.find((s) => s.id === c.standard)?.metric ?? "") ?? ""] : [])));
  for (let i = 0; i < (options.decoys ?? 0); i++) {
    const c = pick(nce.filter((x) => x.tag === "non-compliant-execution" && !usedSteps.has(x.step) && !plantedStandardSteps.has(x.step)));
    if (c?.tag === "non-compliant-execution") (out.push({ ...c, decoy: true }), usedSteps.add(c.step));
  }
  return out;
}

/** Options of {@link choosePlants}. */
export interface ChoosePlantsOptions {
  /**
   * Prefer causes whose effect a customer's own case can show (linked data): late execution at a step with a
   * calendar-time standard on a clock, a standard with a calendar threshold (or a customers' clock that starts
   * elsewhere). Customer dissatisfaction, which no case shows, is still planted. A tag with no such cause in the
   * study falls back to all its plantable causes. Default false: every plantable cause.
   */
  readonly linkable?: boolean;
  /**
   * How many decoys to add after the real causes: non-compliant execution (`decoy: true`) at other steps,
   * linkable ones when `linkable` is set. Default 0.
   */
  readonly decoys?: number;
}

/**
 * Whether a planted cause's effect can be read off a customer's own case: the simulator's exposure rule for it
 * is case-level, not `everyone` (see {@link exposureRule} in exposure.ts).
 */
function linkable(study: Study, c: PlantedCause): boolean {
  if (c.tag === "non-compliant-execution") return stretchableStandards(study, c.step).length > 0;
  if (c.tag === "customer-dissatisfaction") return false;
  const s = study.standards.find((x) => x.id === c.standard);
  if (s === undefined || thresholdMinutes(s) === undefined || standardClock(study, s) === undefined) return false;
  return (c.via ?? "threshold") === "threshold" || customerClockOf(study, s) !== undefined;
}
