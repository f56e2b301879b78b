/**
 * Scoring an attribution against a simulation's truth: which planted causes it recovered (right tag, right
 * place, right post), which it missed, and which findings are spurious (neither planted nor a known
 * consequence of a planted cause); and how it traced the customer gaps: to the post of the planted cause that
 * produced each gap, to a wrong post, to a decoy, or through a nuisance confounder. This is how the engine is
 * proved right, and how the sample-size curve in docs/recovery.md is made.
 * @module
 */
import * as z from "zod/mini";
import type { CauseShare, CustomerDissatisfaction, Finding } from "../attribution/shared/findings.js";
import { parseOptions } from "../stats/_usage.js";
import type { Clock, Study } from "../model/study.js";
import { eventRanks, eventTree, standardClock, themeClocks, treePath } from "./cases.js";
import { customerClockOf } from "./exposure.js";
import type { PlantedEffect, ResolvedCause, SimulationTruth } from "./plant.js";

/** What the scoring reads of an attribution: its findings (the customer gaps with their `causes`). */
export interface ScoredAttribution {
  readonly findings: readonly Finding[];
}

/** One customer gap judged against the truth. */
export interface GapVerdict {
  /** The customer-dissatisfaction finding's id. */
  readonly gap: string;
  readonly point: string;
  /** Why, in plain words. */
  readonly note: string;
}

/** How the customer gaps were traced, judged against the truth. */
export interface TracingScore {
  /** Customer gaps (customer-dissatisfaction findings) scored. */
  readonly gaps: number;
  /** Gaps that a planted process cause (not a decoy) produced: the denominator of `tracedRight`. */
  readonly traceable: readonly string[];
  /**
   * Of the traceable gaps, those where a producing cause's effect can be measured on linked customers (the truth
   * has a case-level exposure for it at the point): what an engine that only shares measured effects can trace.
   */
  readonly measurable: readonly string[];
  /**
   * Evaluation points (ids, not findings) where a planted process cause's effect is {@link detectableEffects
   * detectable} (by default: expected z ≥ 2, at least 10 linked customers each side, a gap of at least 1 point
   * expected), whether or not the attribution found a gap there: the denominator of "traced right where the
   * effect is detectable", so a gap the engine did not find counts against it.
   */
  readonly detectablePoints: readonly string[];
  /** Gaps with a planted process cause whose largest share goes to that cause's post (department, if it has no post). */
  readonly tracedRight: readonly GapVerdict[];
  /**
   * Gaps whose largest share goes to a post other than that of a planted process cause that produced the gap; a
   * gap no planted process cause produced is wrong as soon as anything has a share. For the overall question a
   * share to a driver point is right when a cause of the overall gap also lowered that point.
   */
  readonly wrongPost: readonly GapVerdict[];
  /** Gaps where a decoy (or a standard only a decoy stretched) has a share. */
  readonly decoyExplains: readonly GapVerdict[];
  /**
   * Gaps where a standard has a share although a confounder slows its cases and no planted cause of the gap
   * involves it: it is not a producing cause's own standard nor one its delay spills into, and its clock shares
   * no stretch of work with the clocks that decide who a producing cause harms (its own standards' clocks, and the
   * customers' clock of a clock problem), so only the confounder relates it to the point.
   */
  readonly nuisanceLinks: readonly GapVerdict[];
}

/** The score of one attribution against its truth: its findings, and how it traced the gaps ({@link TracingScore}). */
export interface RecoveryScore extends TracingScore {
  readonly planted: number;
  readonly recovered: readonly ResolvedCause[];
  readonly missed: readonly ResolvedCause[];
  /** Findings explained by the truth: planted causes and their known consequences. */
  readonly expected: readonly Finding[];
  /** Findings the truth does not explain. */
  readonly spurious: readonly Finding[];
  /** recovered / planted (1 when nothing was planted). */
  readonly recoveryRate: number;
  /** spurious / all findings (0 when there are none). */
  readonly spuriousRate: number;
  /**
   * Customer gaps traced to the wrong place: a gap that a planted root cause produced but whose causes do not
   * include it, or a planted customer dissatisfaction (which has no process cause) traced to something.
   * @deprecated Written for tracing that shared every gap among its upstream findings. The engine now gives a
   * share only to a measured effect, so a gap whose cause cannot be measured (unlinked data, a cause no case
   * shows) is rightly left unexplained and counted here. Use `tracedRight`, `wrongPost` and `detectablePoints`.
   */
  readonly misattributed: readonly string[];
  /**
   * Spurious findings at steps whose standards a confounder slows (a real miss in the confounder's segment, not a
   * planted cause); still counted in `spurious`.
   */
  readonly confounderFindings: readonly Finding[];
}

function matches(study: Study, c: ResolvedCause, f: Finding): boolean {
  switch (c.tag) {
    case "non-compliant-execution":
      return f.tag === "non-compliant-execution" && f.step === c.step && f.post === c.post;
    case "unreasonable-standard":
      return f.tag === "unreasonable-standard" && f.standard === c.standard && f.via === (c.via ?? "threshold") && f.post === c.post && f.department === c.department;
    case "customer-dissatisfaction": {
      const layer = study.blueprints.flatMap((b) => b.steps).find((s) => s.id === c.steps[0])?.layer;
      return f.tag === "customer-dissatisfaction" && f.point === c.point && (layer === "customer" || f.post === c.post);
    }
  }
}

/**
 * Score an attribution against the truth of the simulation it ran on.
 *
 * @param study - the study.
 * @param truth - the simulation's truth.
 * @param result - the attribution of the simulated data.
 * @param options - passed to {@link scoreTracing}: the wave analysed, what counts as a detectable effect.
 * @returns recovered, missed and spurious, with rates, and the tracing of the customer gaps ({@link scoreTracing}).
 * @example
 * ```ts
 * const data = simulateStudy(study, { plant });
 * const score = scoreRecovery(study, data.truth, attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases }));
 * score.recoveryRate; // 1
 * ```
 */
export function scoreRecovery(study: Study, truth: SimulationTruth, result: ScoredAttribution, options: TracingOptions = {}): RecoveryScore {
  const recovered: ResolvedCause[] = [];
  const missed: ResolvedCause[] = [];
  const expected = new Set<Finding>();
  for (const c of truth.planted) {
    const hit = result.findings.filter((f) => matches(study, c, f));
    if (hit.length > 0) recovered.push(c);
    else missed.push(c);
    for (const f of hit) expected.add(f);
  }
  const affected = new Set(truth.affectedPoints.map((a) => a.point));
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  const inducedSteps = new Set(truth.inducedStandards.map((x) => metricStep.get(study.standards.find((s) => s.id === x.standard)?.metric ?? "")));
  for (const f of result.findings) {
    if (f.tag === "customer-dissatisfaction" && affected.has(f.point)) expected.add(f);
    if (f.tag === "non-compliant-execution" && inducedSteps.has(f.step)) expected.add(f);
  }
  const spurious = result.findings.filter((f) => !expected.has(f));
  const misattributed: string[] = [];
  for (const f of result.findings) {
    if (f.tag !== "customer-dissatisfaction") continue;
    const planted = truth.planted.find((c) => c.tag === "customer-dissatisfaction" && c.point === f.point);
    if (planted !== undefined && !f.unexplained) misattributed.push(`${f.id}: planted without a process cause, but traced to ${f.causes.map(who).join(", ")}`);
    const roots = (truth.affectedPoints.find((a) => a.point === f.point)?.causes ?? []).map((i) => truth.planted[i]).filter((c): c is ResolvedCause => c !== undefined).map(rootId).filter((x): x is string => x !== undefined);
    if (roots.length > 0 && !f.causes.some((c) => c.finding !== undefined && roots.includes(c.finding)))
      misattributed.push(`${f.id}: produced by ${roots.join(", ")} but traced to ${f.causes.map(who).join(", ") || "nothing"}`);
  }
  const { gaps, traceable, measurable, detectablePoints, tracedRight, wrongPost, decoyExplains, nuisanceLinks } = scoreTracing(study, truth, result, options);
  const slowed = truth.confounders.some((c) => c.slowdown > 1);
  const confounderFindings = spurious.filter((f) => slowed && f.tag === "non-compliant-execution" && f.standards.some((id) => confoundedStandard(study, truth, id)));
  return {
    planted: truth.planted.length,
    recovered,
    missed,
    expected: [...expected],
    spurious,
    recoveryRate: truth.planted.length === 0 ? 1 : recovered.length / truth.planted.length,
    spuriousRate: result.findings.length === 0 ? 0 : spurious.length / result.findings.length,
    misattributed,
    confounderFindings,
    gaps,
    traceable,
    measurable,
    detectablePoints,
    tracedRight,
    wrongPost,
    decoyExplains,
    nuisanceLinks,
  };
}

const isProcess = (c: ResolvedCause | undefined): c is ResolvedCause & { readonly tag: "non-compliant-execution" | "unreasonable-standard" } =>
  c !== undefined && c.tag !== "customer-dissatisfaction" && c.decoy !== true;

/** The finding id the engine gives a planted root cause. */
const rootId = (c: ResolvedCause): string | undefined =>
  c.tag === "non-compliant-execution" ? `nce:${c.step}` : c.tag === "unreasonable-standard" ? `us:${c.standard}:${c.via ?? "threshold"}` : undefined;

/** Whether a share lands where a planted cause sits: its post, or its department when no post owns it. */
function samePlace(c: ResolvedCause, share: CauseShare): boolean {
  return c.post !== undefined ? share.post === c.post : c.department !== undefined && share.department === c.department;
}

/** Whether a confounder slows a standard's cases (a scoped standard whose scope excludes the confounder's segment is not slowed). */
function confoundedStandard(study: Study, truth: SimulationTruth, standard: string): boolean {
  const s = study.standards.find((x) => x.id === standard);
  return s !== undefined && truth.confounders.some((cf) => !s.scope.some((sc) => sc.key === cf.dimension && sc.value !== cf.value));
}

/** The standard a share's exposure is about, if any. */
function shareStandard(share: CauseShare): string | undefined {
  const e = share.exposure;
  return e.kind === "missed-standard" || e.kind === "beyond-acceptable" || e.kind === "customer-clock" ? e.standard : undefined;
}

/** A share in words: its finding (or, for a standard that is met, the exposure), post and size. */
function who(share: CauseShare): string {
  const what = share.finding ?? `${share.exposure.kind} ${shareStandard(share) ?? (share.exposure.kind === "point" || share.exposure.kind === "internal-rating" ? share.exposure.point : "")}`;
  return `${what} (${share.post ?? share.department ?? "no post"}, ${Math.round(share.share * 100)}%)`;
}

/**
 * Judge how an attribution traced each customer gap, against the truth of the simulation it ran on: was the
 * largest share given to the post of a planted cause that produced the gap (`tracedRight`), to another post
 * (`wrongPost`), did a decoy get a share (`decoyExplains`), or a standard linked to the point only through a
 * confounder (`nuisanceLinks`)? Reads `causes` (the measured shares) of the customer-dissatisfaction findings.
 *
 * @param study - the study.
 * @param truth - the simulation's truth.
 * @param result - the attribution (anything with its `findings`).
 * @param options - `wave`: the wave the attribution analysed (causes planted only in other waves do not count);
 * `detectable`: the options of {@link detectableEffects} that decide which gaps count as `detectable`.
 * @returns the verdicts, each with the gap, its point and a note.
 * @example
 * ```ts
 * const t = scoreTracing(study, data.truth, attribute(study, { responses, cases: data.cases }));
 * t.tracedRight.length / t.traceable.length; // share of caused gaps traced to the right post
 * ```
 */
export function scoreTracing(study: Study, truth: SimulationTruth, result: ScoredAttribution, options: TracingOptions = {}): TracingScore {
  const opts = parseOptions("scoreTracing", TracingOptionsSchema, options, TRACING_HINTS);
  const t = tracingTruth(study, truth, opts.wave);
  const detectablePoints = [
    ...new Set(
      detectableEffects(truth, options.detectable)
        .filter((x) => x.detectable && isProcess(truth.planted[x.effect.cause]) && (opts.wave === undefined || x.effect.wave === opts.wave))
        .map((x) => x.effect.point),
    ),
  ].sort();
  const lists: VerdictLists = { traceable: [], measurable: [], tracedRight: [], wrongPost: [], decoyExplains: [], nuisanceLinks: [] };
  let gaps = 0;
  for (const f of result.findings) {
    if (f.tag !== "customer-dissatisfaction") continue;
    gaps++;
    judgeGap(t, f, lists);
  }
  const { traceable, measurable, tracedRight, wrongPost, decoyExplains, nuisanceLinks } = lists;
  return { gaps, traceable, measurable, detectablePoints, tracedRight, wrongPost, decoyExplains, nuisanceLinks };
}

/** The lists of a {@link TracingScore} that the gaps' verdicts fill. */
interface VerdictLists {
  readonly traceable: string[];
  readonly measurable: string[];
  readonly tracedRight: GapVerdict[];
  readonly wrongPost: GapVerdict[];
  readonly decoyExplains: GapVerdict[];
  readonly nuisanceLinks: GapVerdict[];
}

/** What the truth says about tracing, looked up once per score: who produced each point's gap, and which standards each cause involves. */
interface TracingTruth {
  readonly truth: SimulationTruth;
  /** Point → the planted causes (active in the wave) that lower it. */
  readonly causesAt: ReadonlyMap<string, readonly number[]>;
  /** Whether a cause's effect at a point can be measured on linked customers. */
  readonly measurableAt: (point: string, i: number) => boolean;
  /** The finding ids of the decoys. */
  readonly decoyIds: ReadonlySet<string>;
  /** Standards only a decoy stretched. */
  readonly decoyStandards: ReadonlySet<string>;
  /** The standards a producing cause relates to through the process (see {@link relatedStandards}). */
  readonly relatedTo: (i: number) => Set<string>;
  readonly confounded: (standard: string) => boolean;
}

/** Look up, once, what the verdicts of every gap read of the truth. */
function tracingTruth(study: Study, truth: SimulationTruth, wave: string | undefined): TracingTruth {
  const active = (c: ResolvedCause): boolean => wave === undefined || c.waves === undefined || c.waves.includes(wave);
  const causesAt = new Map(truth.affectedPoints.map((a) => [a.point, a.causes.filter((i) => truth.planted[i] !== undefined && active(truth.planted[i] as ResolvedCause))] as const));
  const { standardsOf, relatedTo } = relatedStandards(study, truth);
  const measurableAt = (point: string, i: number): boolean =>
    truth.effects.some((e) => e.point === point && e.cause === i && e.exposure.kind !== "everyone" && (wave === undefined || e.wave === wave));
  const decoyIds = new Set(truth.decoys.map((i) => truth.planted[i]).filter((c): c is ResolvedCause => c !== undefined).map(rootId).filter((x): x is string => x !== undefined));
  // Standards only a decoy stretched: a standard a real planted cause also involves (its own, or one its delay
  // spills into) can rightly carry that cause's share.
  const realStandards = new Set(truth.planted.flatMap((c, i) => (isProcess(c) ? standardsOf(i) : [])));
  const decoyStandards = new Set(truth.decoys.flatMap(standardsOf).filter((s) => !realStandards.has(s)));
  const confounded = (standard: string): boolean => confoundedStandard(study, truth, standard);
  return { truth, causesAt, measurableAt, decoyIds, decoyStandards, relatedTo, confounded };
}

/**
 * The standards a planted cause involves (`standardsOf`: its own, and for late execution those its delay spills
 * into), and those related to it through the process (`relatedTo`: their clocks share a stretch of work, an edge of
 * the theme's event chain, with the clocks that decide who the cause harms, so their misses go with the harm).
 */
function relatedStandards(study: Study, truth: SimulationTruth): { standardsOf: (i: number) => string[]; relatedTo: (i: number) => Set<string> } {
  const metricStep = new Map(study.metrics.map((m) => [m.id, m.step] as const));
  const ownStandards = (step: string): string[] => study.standards.filter((s) => metricStep.get(s.metric) === step).map((s) => s.id);
  const standardsOf = (i: number): string[] => {
    const c = truth.planted[i];
    if (c === undefined) return [];
    const induced = truth.inducedStandards.filter((x) => x.cause === i).map((x) => x.standard);
    return c.tag === "non-compliant-execution" ? [...ownStandards(c.step), ...induced] : c.tag === "unreasonable-standard" ? [c.standard] : [];
  };
  const edgesOf = new Map<string, (clock: Clock) => Set<string>>();
  const edges = (theme: string, clock: Clock): Set<string> => {
    let f = edgesOf.get(theme);
    if (f === undefined) {
      const tree = eventTree(themeClocks(study, theme), eventRanks(study, theme));
      f = (c: Clock) => new Set(treePath(tree, c) ?? []);
      edgesOf.set(theme, f);
    }
    return f(clock);
  };
  const clocksOf = (i: number): Clock[] => {
    const c = truth.planted[i];
    const own = c?.tag === "non-compliant-execution" ? ownStandards(c.step) : c?.tag === "unreasonable-standard" ? [c.standard] : [];
    const std = own.map((id) => study.standards.find((x) => x.id === id)).filter((x) => x !== undefined);
    const out = std.map((x) => standardClock(study, x)).filter((x): x is Clock => x !== undefined);
    if (c?.tag === "unreasonable-standard" && c.via === "clock") {
      const planted = std.find((x) => x.id === c.standard);
      const customer = planted === undefined ? undefined : customerClockOf(study, planted);
      if (customer !== undefined) out.push(customer);
    }
    return out;
  };
  const themeOf = new Map(study.blueprints.flatMap((b) => b.steps.map((x) => [x.id, b.theme] as const)));
  const relatedTo = (i: number): Set<string> => {
    const c = truth.planted[i];
    const out = new Set(standardsOf(i));
    if (c === undefined) return out;
    const cover = new Set(clocksOf(i).flatMap((k) => [...edges(c.theme, k)]));
    for (const s of study.standards) {
      const clock = standardClock(study, s);
      const theme = themeOf.get(s.steps[0] ?? "");
      if (clock === undefined || theme !== c.theme) continue;
      if ([...edges(theme, clock)].some((e) => cover.has(e))) out.add(s.id);
    }
    return out;
  };
  return { standardsOf, relatedTo };
}

/** The verdicts on one customer gap, added to the score's lists. */
function judgeGap(t: TracingTruth, f: CustomerDissatisfaction, score: VerdictLists): void {
  const { truth, causesAt } = t;
  const producers = causesAt.get(f.point) ?? [];
  const process = producers.filter((i) => isProcess(truth.planted[i]));
  const names = process.map((i) => rootId(truth.planted[i] as ResolvedCause) ?? `cause ${i}`).join(", ");
  if (process.length > 0) score.traceable.push(f.id);
  if (process.some((i) => t.measurableAt(f.point, i))) score.measurable.push(f.id);
  const verdict = (note: string): GapVerdict => ({ gap: f.id, point: f.point, note });
  const right = (share: CauseShare): boolean =>
    share.exposure.kind === "point"
      ? producers.some((i) => (causesAt.get((share.exposure as { readonly point: string }).point) ?? []).includes(i))
      : process.some((i) => samePlace(truth.planted[i] as ResolvedCause, share));
  const largest = f.causes.reduce<CauseShare | undefined>((a, x) => (a === undefined || x.share > a.share ? x : a), undefined);
  if (largest !== undefined) {
    if (!right(largest)) score.wrongPost.push(verdict(`largest share to ${who(largest)}; ${process.length > 0 ? `produced by ${names}` : "no planted process cause produced it"}`));
    else if (process.length > 0) score.tracedRight.push(verdict(`largest share to ${who(largest)}, produced by ${names}`));
  }
  // A decoy harms nobody by itself; but where its delays run inside a planted standard's clock, the misses it adds
  // are that standard's misses, and the simulated customers are harmed by those misses whatever made them: a share
  // passed upstream to the decoy through that standard is the truth, not a decoy's share.
  const related = new Set(producers.flatMap((i) => [...t.relatedTo(i)]));
  const passedThroughPlanted = (x: CauseShare): boolean => x.through !== undefined && related.has(x.through.standard) && !t.decoyStandards.has(x.through.standard);
  const decoys = f.causes.filter((x) => (t.decoyIds.has(x.finding ?? "") || t.decoyStandards.has(shareStandard(x) ?? "")) && !passedThroughPlanted(x));
  if (decoys.length > 0) score.decoyExplains.push(verdict(`decoy with a share: ${decoys.map(who).join(", ")}`));
  const nuisance = f.causes.filter((x) => {
    const s = shareStandard(x);
    return s !== undefined && !related.has(s) && !t.decoyStandards.has(s) && t.confounded(s);
  });
  if (nuisance.length > 0) score.nuisanceLinks.push(verdict(`share to ${nuisance.map(who).join(", ")}, linked to the point only through a confounder`));
}

/** Options of {@link scoreTracing} and {@link scoreRecovery}. */
export interface TracingOptions {
  /** The wave the attribution analysed (causes planted only in other waves do not count). Default: every wave. */
  readonly wave?: string;
  /** What counts as a detectable effect ({@link detectableEffects}' options). */
  readonly detectable?: DetectabilityOptions;
}

/** Options of {@link detectableEffects}. */
export interface DetectabilityOptions {
  /** Smallest expected z (drop ÷ se). Default 2. */
  readonly z?: number;
  /** Fewest linked customers on each side (exposed, not). Default 10, the engine's default. */
  readonly minExposed?: number;
  /** Smallest expected gap at the point, index points. Default 1. */
  readonly minGap?: number;
}

/** A finite number option, worded with its name. */
const finite = (name: string): z.ZodMiniOptional<z.ZodMiniNumber> => z.optional(z.number({ error: (iss) => `${name} must be a finite number, got ${String(iss.input)}.` }));

/** The options of {@link detectableEffects}, checked. */
const DetectabilityOptionsSchema = z.object(
  {
    z: finite("z"),
    minExposed: z.optional(z.int({ error: (iss) => `minExposed must be a whole number, got ${String(iss.input)}.` }).check(z.gte(0, { error: (iss) => `minExposed must be ≥ 0, got ${String(iss.input)}.` }))),
    minGap: finite("minGap"),
  },
  { error: "expecting detectability options as an object { z?, minExposed?, minGap? }." },
);

/** The options of {@link scoreTracing} and {@link scoreRecovery}, checked. */
const TracingOptionsSchema = z.object(
  {
    wave: z.optional(z.string({ error: (iss) => `wave must be a wave name (a string), got ${String(iss.input)}.` })),
    detectable: z.optional(DetectabilityOptionsSchema),
  },
  { error: "expecting options as an object { wave?, detectable? }." },
);

/** Hints of the options' problems, by option. */
const TRACING_HINTS: Readonly<Record<string, string>> = {
  wave: "Pass the wave the attribution analysed, e.g. \"2\", or leave it out.",
  z: "Pass the smallest expected z, e.g. 2 (about half the effects found) or 2.8 (about 80%).",
  "detectable.z": "Pass the smallest expected z, e.g. 2 (about half the effects found) or 2.8 (about 80%).",
  minExposed: "Pass the fewest linked customers on each side, e.g. 10 (the engine's default).",
  "detectable.minExposed": "Pass the fewest linked customers on each side, e.g. 10 (the engine's default).",
  minGap: "Pass the smallest expected gap in index points, e.g. 1.",
  "detectable.minGap": "Pass the smallest expected gap in index points, e.g. 1.",
  "": "Pass an options object, or nothing.",
};

/** Whether the design can detect one planted effect with a linked comparison. */
export interface EffectDetectability {
  readonly effect: PlantedEffect;
  /** Expected z of the linked estimate: drop ÷ se (undefined when one side has no linked customers). */
  readonly z: number | undefined;
  readonly detectable: boolean;
}

/**
 * Which planted effects a linked estimate can be expected to detect. Rule: the point is expected to have a gap of
 * at least `minGap` index points (else there is nothing to trace), and the expected attributable gap (drop ×
 * exposed share) is at least `z` of its standard errors (exposed share × se, the share taken as known), i.e.
 * drop ≥ z × se, with at least `minExposed` linked customers on each side. With z = 2 an effect is found
 * about half the time at the 5% level before adjustment for multiple tests; z = 2.8 gives about 80% power. The
 * standard error is the simulator's model value ({@link PlantedEffect.se}): σ·√(1/n₁ + 1/n₀) (difference of two
 * independent means), with σ from the respondent, answer and scale-rounding noise; answers clamped at a scale's
 * ends make the real effect somewhat smaller than the drop. Effects on everyone (no case-level exposure) are
 * never detectable this way.
 *
 * @param truth - the simulation's truth.
 * @param options - `z` (default 2), `minExposed` (default 10, the engine's default), `minGap` (default 1).
 * @returns one entry per planted effect.
 * @example
 * ```ts
 * detectableEffects(data.truth).filter((e) => e.detectable).map((e) => e.effect.point);
 * ```
 */
export function detectableEffects(truth: SimulationTruth, options: DetectabilityOptions = {}): EffectDetectability[] {
  const opts = parseOptions("detectableEffects", DetectabilityOptionsSchema, options, TRACING_HINTS);
  const z = opts.z ?? 2;
  const minExposed = opts.minExposed ?? 10;
  const minGap = opts.minGap ?? 1;
  return truth.effects.map((effect) => {
    const expected = effect.se === undefined || effect.se <= 0 ? undefined : effect.drop / effect.se;
    const detectable =
      effect.exposure.kind !== "everyone" && expected !== undefined && expected >= z && Math.min(effect.linkedExposed, effect.linkedUnexposed) >= minExposed && effect.expectedGap >= minGap;
    return { effect, z: expected, detectable };
  });
}
