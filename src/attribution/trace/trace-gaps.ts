/**
 * Tracing that follows the data (级级追溯, 层层归因, on evidence): for every customer gap, the upstream candidates
 * are graded by what tests their link to the customer's rating — measured on linked cases, supported by internal
 * customers' ratings along the chain, co-varying across places, or structural only — and a candidate gets a share
 * of the gap only from a measured effect that is harmful and significant after the run's adjustment (one family
 * of link tests, separate from the findings' own tests so neither can flip the other, Holm by default), and is at
 * least `minSeverity` of the gap. What measured causes do not
 * explain stays with the front-line post: causes + unexplained = 100%.
 * @module
 */
import { studyFingerprint } from "../shared/study-fingerprint.js";
import type { StepAdjacency } from "../../graph/adjacency.js";
import type { StudyGraph } from "../../graph/build.js";
import { graphAdjacency } from "../../graph/graph-adjacency.js";
import type { EvaluationPoint, Study } from "../../model/study.js";
import { reachOf } from "../../graph/reach.js";
import { adjustFamily } from "../shared/adjust.js";
import type { CauseLink, CauseShare, Evidence, Grade, Linkage, LinkEffect, LinkReason, NonCompliantExecution, TestData, UnreasonableStandard } from "../shared/findings.js";
import { indexQuestions, respondentIndex } from "../evidence/measure.js";
import { clockOf } from "../evidence/standards.js";
import type { CaseView, RespondentList, SurveyView } from "../shared/inputs.js";
import type { ResolvedAttributionOptions } from "../shared/options.js";
import { evidenceChainIn, upstreamWithSelfIn } from "./chain.js";
import { perCaseKey, traceCandidates, type TraceCandidate } from "./candidates.js";
import { coVariation, placeRatings, segmentLevels, type PlaceRatings } from "./co-variation.js";
import { linkCases } from "./linkage.js";
import { linkedCount, linkedEffects, type PointIndex } from "./linked-effects.js";
import { driverEffects } from "./overall.js";
import { passUpstream, type ChainedMiss } from "./pass-upstream.js";
import { shareSe } from "./share-interval.js";
import type { LinkedWaveSummary } from "../shared/linked-summary.js";
import { driverEffectsFromSummary, linkedEffectsFromCells } from "./linked-from-summary.js";

/** A customer gap to trace. */
export interface GapToTrace {
  readonly point: EvaluationPoint;
  readonly step: string;
  /** The gap in index points (target − index, or expectation − perception). */
  readonly gap: number;
  /** The gap's standard error (of the index, or of the paired gap). */
  readonly gapSe: number;
}

/** What tracing found for one gap. */
export interface TracedGap {
  readonly causes: CauseShare[];
  readonly links: CauseLink[];
  readonly unexplainedShare: number;
}

/** Everything the tracer reads from the run. */
export interface TraceInputs {
  readonly study: Study;
  readonly graph: StudyGraph;
  readonly survey: SurveyView;
  readonly cases: CaseView | undefined;
  readonly options: ResolvedAttributionOptions;
  readonly gaps: readonly GapToTrace[];
  readonly nce: ReadonlyMap<string, NonCompliantExecution>;
  readonly us: readonly UnreasonableStandard[];
  /** Everything measured at each step (the numbers on the links of chains). */
  readonly measuredAt: ReadonlyMap<string, readonly Evidence[]>;
  /** The post that owns (executes) a step. */
  readonly ownerOf: (step: string) => string | undefined;
  /** The department of a post. */
  readonly departmentOf: (post: string | undefined) => string | undefined;
  /** The post facing the customer at a step. */
  readonly frontlinePost: (step: string) => string | undefined;
  /** Each standard's measured compliance and its requirement (from the run's tests), to say when one is met. */
  readonly compliance: ReadonlyMap<string, { readonly value: number; readonly required: number }>;
  /**
   * A point's customer index summed per place of a dimension, when the survey is a summary (no respondents);
   * without it the places are summed from the respondents.
   */
  readonly placeRatings?: (point: EvaluationPoint, dim: string) => PlaceRatings;
  /**
   * The upstream non-compliant standards chained to a standard of a finding (clock within or before it), with the
   * cases' cross-tabulation of their misses: a measured share passes part upstream through them. Without it none
   * passes.
   */
  readonly chained?: (standard: string, finding: string) => readonly ChainedMiss[];
  /**
   * The linked side as a summary (customers joined to their own cases, summarised where the data are): read
   * instead of joining the survey view to the case view.
   */
  readonly linked?: LinkedWaveSummary;
  /**
   * Whether work orders were given in any form (records, a view, or a case summary, which has no view): a finding
   * from internal ratings on a timed step, without them, asks for them. Default: whether `cases` holds any.
   */
  readonly casesGiven?: boolean;
}

interface Draft {
  readonly gap: GapToTrace;
  readonly finding: string | undefined;
  readonly exposure: CauseLink["exposure"];
  readonly step: string;
  readonly post: string | undefined;
  readonly department: string | undefined;
  readonly grade: Grade;
  readonly effect: LinkEffect | undefined;
  readonly p: number | undefined;
  readonly pre: LinkReason | undefined;
  readonly test: TestData[];
}

/** Whether a point's customer index includes its overall-satisfaction question. */
export function isOverallPoint(point: EvaluationPoint): boolean {
  return indexQuestions(point, "external").some((q) => q.overall);
}

/** Internal customers' ratings along a chain: the points rated below target at every rated link, if all are. */
function internalChain(chainSteps: readonly string[], measuredAt: ReadonlyMap<string, readonly Evidence[]>, alpha: number): string[] | undefined {
  const points: string[] = [];
  let rated = 0;
  for (const s of chainSteps.slice(0, -1))
    for (const e of measuredAt.get(s) ?? []) {
      if (e.kind !== "internal-rating-below-target") continue;
      rated += 1;
      if (!(e.index.q < alpha && e.index.value < e.target)) return undefined;
      points.push(e.point);
    }
  return rated === 0 ? undefined : points;
}

/**
 * Trace every customer gap of a run to its graded upstream links and measured shares.
 *
 * @param inputs - the study, its graph, the data views, the run's findings and options.
 * @returns per point id, the traced gap; and the linkage of responses to cases.
 * @example
 * ```ts
 * const { traced, linkage } = traceGaps({ study, graph, survey, cases, options, gaps, nce, us, measuredAt, ownerOf, departmentOf, frontlinePost });
 * traced.get("ep_or_arrival")?.unexplainedShare;
 * ```
 */
export function traceGaps(inputs: TraceInputs): { traced: Map<string, TracedGap>; linkage: Linkage } {
  return traceGapsOn(inputs, graphAdjacency(inputs.graph));
}

/**
 * {@link traceGaps} on the study's steps and hand-offs however they are held: the attribution passes the study's
 * shared step network (and no graph), the public function its caller's graph through the graph adapter.
 *
 * @param inputs - everything {@link traceGaps} reads but the graph.
 * @param adj - the study's steps and hand-offs.
 * @returns per point id, the traced gap; and the linkage of responses to cases.
 * @example
 * ```ts
 * traceGapsOn({ study, survey, cases, options, gaps, nce, us, measuredAt, ownerOf, departmentOf, frontlinePost }, studyNetworkShared(study));
 * ```
 * @internal
 */
export function traceGapsOn(inputs: Omit<TraceInputs, "graph">, adj: StepAdjacency<unknown>): { traced: Map<string, TracedGap>; linkage: Linkage } {
  const run = traceRun(inputs, adj);
  const drafts: Draft[] = [];
  for (const g of inputs.gaps) {
    // Overall satisfaction: through the theme's points' driver weights, to the points' own findings.
    if (isOverallPoint(g.point)) overallDrafts(run, g, drafts);
    else upstreamDrafts(run, g, drafts);
  }

  // One family of link tests for the run.
  // A fit with no residual variation gives an effect whose p-value is undefined (0/0): it is not a test, so it
  // stays out of the family and is reported not significant (q NaN), never a share.
  const tested = drafts.map((d, i) => ({ d, i })).filter((x) => x.d.p !== undefined && Number.isFinite(x.d.p));
  const qs = adjustFamily(tested.map((x) => x.d.p as number), inputs.options.linkCorrection);
  const q = new Map<number, number>(drafts.flatMap((d, i) => (d.p !== undefined && !Number.isFinite(d.p) ? [[i, Number.NaN] as const] : [])));
  tested.forEach((x, k) => q.set(x.i, qs[k] ?? 1));

  const traced = new Map<string, TracedGap>();
  const byGap = new Map<string, { d: Draft; q: number | undefined }[]>();
  drafts.forEach((d, i) => byGap.set(d.gap.point.id, [...(byGap.get(d.gap.point.id) ?? []), { d, q: q.get(i) }]));
  for (const g of inputs.gaps) traced.set(g.point.id, tracedGap(run, g, byGap.get(g.point.id) ?? []));
  return { traced, linkage: run.linkage };
}

/** What tracing every gap of a run shares: the linkage, the respondents, the places, and the per-case exposures. */
interface TraceRun {
  readonly inputs: Omit<TraceInputs, "graph">;
  /** The study's steps and hand-offs, as the walks read them. */
  readonly adj: StepAdjacency<unknown>;
  readonly caseOf: ReturnType<typeof linkCases>["caseOf"];
  readonly linkage: Linkage;
  readonly respondents: RespondentList;
  readonly indexOf: (p: EvaluationPoint, overallOnly: boolean | undefined) => PointIndex;
  readonly levels: ReturnType<typeof segmentLevels> | undefined;
  readonly gapByPoint: ReadonlyMap<string, GapToTrace>;
  readonly reach: ReturnType<typeof reachOf>;
  readonly perCaseCache: Map<string, Float64Array>;
  readonly perCaseAcrossPlaces: (c: TraceCandidate, view: CaseView) => Float64Array;
}

/** Link the responses to their cases and set up what every gap's tracing reads. */
function traceRun(inputs: Omit<TraceInputs, "graph">, adj: StepAdjacency<unknown>): TraceRun {
  const { study, survey, cases } = inputs;
  const { caseOf, linkage } = inputs.linked === undefined ? linkCases(survey, cases) : { caseOf: new Int32Array(0), linkage: { ...inputs.linked.linkage, problems: inputs.linked.linkage.problems.map((p) => ({ ...p })) } };
  // A view made by hand may not know its respondents: then nothing is linked and no segment is known.
  const respondents: RespondentList =
    typeof survey.respondents === "function"
      ? survey.respondents()
      : { id: [], case: [], externalInWave: new Uint8Array(0), segment: [], weight: new Float64Array(0) };
  const indexOf = (p: EvaluationPoint, overallOnly: boolean | undefined): PointIndex => {
    const qs = indexQuestions(p, "external").filter((q) => overallOnly === undefined || q.overall === overallOnly);
    return respondentIndex(qs, (q) => survey.answers(q.id));
  };
  // Co-variation across places stands in only where nothing is linked: where customers are linked, a candidate too
  // rare to measure on them is not better measured across places.
  const levels = cases !== undefined && cases.count > 0 && linkage.linked === 0 ? segmentLevels(cases, respondents.segment) : undefined;
  // The study's per-case exposures, looked up (and its fingerprint walked) once for both caches.
  const exposures = cases === undefined ? undefined : exposuresOf(cases, study);
  const ecological = exposures?.acrossPlaces ?? new Map<string, Float64Array>();
  // Across places, a case outside a standard's scope is not comparable (NaN), not "met": otherwise the scope itself
  // would pass for the effect.
  const perCaseAcrossPlaces = (c: TraceCandidate, view: CaseView): Float64Array => {
    const k = perCaseKey(c);
    let v = ecological.get(k);
    if (v === undefined) ecological.set(k, (v = (c.perCase as NonNullable<TraceCandidate["perCase"]>)(view, NaN)));
    return v;
  };
  const gapByPoint = new Map(inputs.gaps.map((g) => [g.point.id, g] as const));
  const perCaseCache = exposures?.linked ?? new Map<string, Float64Array>();
  return { inputs, adj, caseOf, linkage, respondents, indexOf, levels, gapByPoint, reach: reachOf(study), perCaseCache, perCaseAcrossPlaces };
}

/**
 * The candidates' per-case exposures, kept with the case view per study (views are cached per records, so a
 * repeat call reads the same arrays, and the linked fits kept with them are found again): within one regression
 * (out of scope = 0) and across places (out of scope = NaN). A what-if's changed standards are another study; a
 * study whose standards or metrics were edited in place since (a notebook changing a threshold) gets fresh
 * exposures, as a fresh copy of it would.
 */
function exposuresOf(cases: CaseView, study: Study): { readonly linked: Map<string, Float64Array>; readonly acrossPlaces: Map<string, Float64Array> } {
  let byStudy = exposureCache.get(cases);
  if (byStudy === undefined) exposureCache.set(cases, (byStudy = new WeakMap()));
  // What a per-case exposure reads of the study: its standards (threshold, direction, scope, clock) and metrics.
  const fingerprint = studyFingerprint(study, "standards", "metrics", "events");
  let out = byStudy.get(study);
  if (out === undefined || out.fingerprint !== fingerprint) byStudy.set(study, (out = { fingerprint, linked: new Map(), acrossPlaces: new Map() }));
  return out;
}

const exposureCache = new WeakMap<CaseView, WeakMap<Study, { readonly fingerprint: string; readonly linked: Map<string, Float64Array>; readonly acrossPlaces: Map<string, Float64Array> }>>();

/** An overall gap's links: the theme's points with gaps of their own, measured by their driver effects on overall satisfaction. */
function overallDrafts(run: TraceRun, g: GapToTrace, drafts: Draft[]): void {
  const { study, options } = run.inputs;
  const { gapByPoint, indexOf } = run;
  const inputs = run.inputs;
  const bp = study.blueprints.find((b) => b.steps.some((s) => s.id === g.step));
  const steps = new Set(bp?.steps.map((s) => s.id) ?? []);
  const drivers = study.evaluationPoints
    .filter((p) => p.id !== g.point.id && steps.has(p.step) && indexQuestions(p, "external").some((q) => !q.overall))
    .map((p) => ({ point: p, index: indexOf(p, false), gap: gapByPoint.get(p.id)?.gap ?? 0, gapSe: gapByPoint.get(p.id)?.gapSe ?? 0 }));
  const fit = { level: options.level, minN: options.minExternal };
  const linked = inputs.linked;
  const found =
    linked === undefined
      ? driverEffects(indexOf(g.point, true), drivers, fit)
      : driverEffectsFromSummary(linked.drivers.find((x) => x.point === g.point.id), drivers.map((d) => ({ point: d.point.id, gap: d.gap, gapSe: d.gapSe })), fit);
  const outcomes = new Map(found.map((o) => [o.point, o] as const));
  for (const d of drivers) {
    const own = gapByPoint.get(d.point.id);
    if (own === undefined) continue;
    const o = outcomes.get(d.point.id);
    const post = inputs.frontlinePost(d.point.step);
    drafts.push({
      gap: g, finding: `cd:${d.point.id}`, exposure: { kind: "point", point: d.point.id }, step: d.point.step, post, department: inputs.departmentOf(post),
      grade: o === undefined ? "structural" : "measured", effect: o?.effect, p: o?.p, pre: o === undefined ? { kind: "untested" } : undefined,
      // Not estimated: too few customers rate both, too few rate all the points the (listwise) regression keeps,
      // or the point's ratings move with the other points'.
      test: o === undefined ? [{ kind: "driver-answers", point: d.point.id, needed: options.minExternal }] : [],
    });
  }
}

/** A point's links to its upstream candidates: measured on linked customers, confounded, or graded by weaker evidence. */
function upstreamDrafts(run: TraceRun, g: GapToTrace, drafts: Draft[]): void {
  const { study, cases, options } = run.inputs;
  const inputs = run.inputs;
  const upstream = upstreamWithSelfIn(run.adj, g.step);
  const candidates = traceCandidates({ study, upstream, point: g.point.id, nce: inputs.nce, us: inputs.us, ownerOf: inputs.ownerOf, departmentOf: inputs.departmentOf, reach: run.reach });
  const index = run.indexOf(g.point, undefined);
  const fit = { adjustFor: options.adjustFor, level: options.level, minExposed: options.minExposed, minN: options.minExternal };
  const summary = inputs.linked;
  const linked =
    summary === undefined
      ? linkedEffects(index, candidates, cases, run.caseOf, run.respondents.segment, fit, run.perCaseCache)
      : linkedEffectsFromCells(summary.points.find((p) => p.point === g.point.id), summary.dimensions, candidates, fit);
  for (const c of candidates) {
    const outcome = linked.get(c.key);
    if (outcome?.kind === "effect") {
      drafts.push(draft(g, c, "measured", outcome.effect, outcome.p, undefined, []));
      continue;
    }
    if (outcome?.kind === "confounded") {
      if (c.finding !== undefined) drafts.push(draft(g, c, "structural", undefined, undefined, { kind: "confounded" }, [{ kind: "unconfounded-cases", adjustedFor: outcome.adjustedFor }]));
      continue;
    }
    // Listed only when it is a finding: a candidate that is neither measured nor a finding is not a cause.
    if (c.finding === undefined) continue;
    drafts.push(unmeasuredDraft(run, g, c, index, outcome));
  }
}

/**
 * A finding not measured on linked customers: measured across places (co-variation) where nothing is linked, else
 * supported by a chain of internal ratings, else structural; with the tests that would settle it.
 */
function unmeasuredDraft(run: TraceRun, g: GapToTrace, c: TraceCandidate, index: PointIndex, outcome: ReturnType<ReturnType<typeof linkedEffects>["get"]>): Draft {
  const { cases, options } = run.inputs;
  const inputs = run.inputs;
  const { linkage, levels } = run;
  const chainSteps = evidenceChainIn(run.adj, c.step, g.step, inputs.measuredAt).map((l) => l.step);
  const test: TestData[] = [];
  // Linking is the route where nothing is linked, or where this point's customers are not (no linked outcome).
  if (c.perCase !== undefined && (linkage.linked === 0 || outcome === undefined)) test.push({ kind: "linked-cases", events: c.events });
  const cv = c.perCase !== undefined && cases !== undefined && levels !== undefined
    ? coVariation((dim) => inputs.placeRatings?.(g.point, dim) ?? placeRatings(index, levels.respondents(dim)), run.perCaseAcrossPlaces(c, cases), levels, { level: options.level, minGroups: options.minGroups, minPerGroup: options.minExposed })
    : undefined;
  if (cv !== undefined) return draft(g, c, "co-variation", cv.effect, cv.p, { kind: "ecological" }, test);
  // Places are compared only where nothing is linked (traceRun): with customers linked, segments are no route.
  if (c.perCase !== undefined) {
    if (linkage.linked === 0) test.push({ kind: "segments", needed: options.minGroups, perPlace: options.minExposed });
  }
  // No clock on the candidate's step (or its standard has none: a customers'-clock exposure compares against the
  // standard's own clock): nothing in the case records says whose case missed it, so timing the step comes first
  // (with the linking, or the places, that nothing linked would still need). A wait beyond what customers accept
  // with a clock lacks only the acceptable value, which the unreasonable-standard finding itself estimated.
  else if (c.events.length === 0 || c.exposure.kind === "customer-clock") {
    // A step the study times already, found from internal ratings only because no work orders were given: the
    // work orders with its clocks' events are what is missing (then its standards are tested, and a missed one is
    // the finding's per-case exposure), not another clock.
    const given = inputs.casesGiven ?? (cases !== undefined && cases.count > 0);
    const events = given || inputs.linked !== undefined ? [] : stepClockEvents(inputs.study, c.step);
    if (c.exposure.kind === "internal-rating" && events.length > 0) test.push({ kind: "linked-cases", events }, { kind: "segments", needed: options.minGroups, perPlace: options.minExposed });
    else {
      // Linking is needed where nothing is linked, or where this point's own customers are not (others may be);
      // from a linked summary (no join here) only the run's count is known.
      const unlinked = linkage.linked === 0 || (inputs.linked === undefined && cases !== undefined && linkedCount(index, run.caseOf) === 0);
      test.push({ kind: "step-clock", step: c.step, post: c.post, link: unlinked, places: linkage.linked === 0 ? options.minGroups : undefined, perPlace: linkage.linked === 0 ? options.minExposed : undefined });
    }
  }
  const supported = internalChain(chainSteps, inputs.measuredAt, options.alpha);
  if (supported === undefined)
    for (const s of chainSteps.slice(0, -1)) {
      const downstream = chainSteps[chainSteps.indexOf(s) + 1];
      if (!(inputs.measuredAt.get(s) ?? []).some((e) => e.kind === "internal-rating-below-target"))
        test.push({ kind: "internal-ratings", step: s, post: downstream === undefined ? undefined : inputs.ownerOf(downstream) });
    }
  const pre: LinkReason | undefined =
    outcome?.kind === "too-few-exposed" ? { kind: "too-few-exposed", exposed: outcome.exposed, unexposed: outcome.unexposed, unknown: outcome.unknown, needed: outcome.needed }
    : supported !== undefined ? { kind: "internal-chain", points: supported }
    : { kind: "untested" };
  // The customers are linked, but the data cannot measure the link: the exposure unknown for too many (their cases
  // lack the events), or too few customers on one side (every linked case missed, say: no one to compare with).
  if (outcome?.kind === "too-few-exposed" && c.perCase !== undefined) {
    const known = outcome.exposed + outcome.unexposed;
    if (known < 0.8 * (known + outcome.unknown)) {
      if (!test.some((t) => t.kind === "linked-cases")) test.unshift({ kind: "linked-cases", events: c.events });
    } else test.unshift({ kind: "both-sides", exposed: outcome.exposed, unexposed: outcome.unexposed, needed: outcome.needed });
  }
  return draft(g, c, supported !== undefined ? "internal-chain" : "structural", undefined, undefined, pre, test);
}

/** The start and stop events of the clocks of the duration standards on a step (none: the study does not time it). */
function stepClockEvents(study: Study, step: string): string[] {
  const events = new Set<string>();
  for (const s of study.standards) {
    const m = study.metrics.find((x) => x.id === s.metric);
    const clock = clockOf(study, s);
    if (m?.step === step && m.kind === "duration" && clock !== undefined) events.add(clock.start).add(clock.stop);
  }
  return [...events];
}

/** One gap's links with their q-values: each share (scaled down together when they add up to more than the gap), sorted. */
function tracedGap(run: TraceRun, g: GapToTrace, items: readonly { d: Draft; q: number | undefined }[]): TracedGap {
  const { inputs, adj } = run;
  const { options } = inputs;
  const raw = items.map(({ d, q: qv }) => {
    const effect = d.effect === undefined || qv === undefined ? undefined : { ...d.effect, effect: { ...d.effect.effect, q: qv } };
    if (d.pre !== undefined || effect === undefined) return { d, effect, share: undefined, reason: d.pre ?? ({ kind: "untested" } as LinkReason) };
    // (Only a measured link reaches here: co-variation carries the "ecological" reason and no share.)
    if (!(effect.attributable.value > 0)) return { d, effect, share: undefined, reason: { kind: "no-harm" } as LinkReason };
    if (!(effect.effect.q < options.alpha)) return { d, effect, share: undefined, reason: { kind: "not-significant" } as LinkReason };
    // Like a finding, a share must matter: below minSeverity of the gap it is measured, and negligible.
    if (g.gap > 0 && effect.attributable.value / g.gap < options.minSeverity) return { d, effect, share: undefined, reason: { kind: "negligible" } as LinkReason };
    const std = "standard" in d.exposure ? inputs.compliance.get(d.exposure.standard) : undefined;
    // "Standard met" only where the compliance estimate reaches its requirement, not merely where it was not
    // shown to fall short.
    const standardMet = d.finding === undefined && std !== undefined && std.value >= std.required;
    return { d, effect, share: g.gap > 0 ? Math.min(1, effect.attributable.value / g.gap) : 0, reason: { kind: "share", capped: false, standardMet } as LinkReason };
  });
  const total = raw.reduce((a, x) => a + (x.share ?? 0), 0);
  const scale = total > 1 ? 1 / total : 1;
  const drafted = raw.map((x): CauseLink => ({
      finding: x.d.finding, exposure: x.d.exposure, step: x.d.step, post: x.d.post, department: x.d.department, grade: x.d.grade, effect: x.effect,
      share: x.share === undefined ? undefined : x.share * scale,
      shareCi: x.share === undefined || x.effect === undefined ? undefined : shareInterval(x.effect, g, scale),
      reason: x.reason.kind === "share" ? { ...x.reason, capped: scale < 1 } : x.reason,
      test: x.d.test,
      chain: evidenceChainIn(adj, x.d.step, g.step, inputs.measuredAt),
    }));
  const chained = inputs.chained;
  const links = (chained === undefined ? drafted : passUpstream(drafted, g, { graph: adj, measuredAt: inputs.measuredAt, level: options.level, chained })).sort((a, b) => (b.share ?? -1) - (a.share ?? -1) || GRADE_ORDER[a.grade] - GRADE_ORDER[b.grade] || (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const causes = links.filter((l): l is CauseShare => l.share !== undefined && l.effect !== undefined);
  const explained = causes.reduce((a, c) => a + c.share, 0);
  return { causes, links, unexplainedShare: Math.max(0, 1 - explained) };
}

const GRADE_ORDER: Record<Grade, number> = { measured: 0, "internal-chain": 1, "co-variation": 2, structural: 3 };

function keyOf(l: CauseLink): string {
  return `${l.exposure.kind}:${"standard" in l.exposure ? l.exposure.standard : "point" in l.exposure ? l.exposure.point : ""}:${l.finding ?? ""}`;
}

/**
 * A share's interval by the delta method: s = A / G with Var(s) ≈ Var(A)/G² + A²·Var(G)/G⁴ (A and G taken as
 * independent), on the effect's t reference, bounded to [0, 1] and scaled like the share when shares were capped.
 */
function shareInterval(effect: LinkEffect, g: GapToTrace, scale: number): readonly [number, number] {
  const { share: s, se, t } = shareSe(effect, g);
  const bound = (v: number): number => Math.min(1, Math.max(0, v)) * scale;
  return [bound(s - t * se), bound(s + t * se)];
}

function draft(gap: GapToTrace, c: TraceCandidate, grade: Grade, effect: LinkEffect | undefined, p: number | undefined, pre: LinkReason | undefined, test: TestData[]): Draft {
  return { gap, finding: c.finding?.id, exposure: c.exposure, step: c.step, post: c.post, department: c.department, grade, effect, p, pre, test };
}
