/**
 * `attribute`: step 6 of the method. Runs every test (customer gaps, standards against expectations, execution
 * against standards and internal customers), two-sided, controls false discoveries within each kind of test (one
 * family per kind), sets significant differences on the good side apart as strengths (优势点), groups what the data
 * support into findings of the three tags, traces each customer gap upstream to its root causes with shares and
 * evidence chains, and says where the data were too thin to decide.
 * @module
 */
import { refusedKind, unmatched } from "./shared/unmatched.js";
import type { ResponseTable } from "../data/dataset.js";
import { UsageError } from "../core/errors.js";
import type { CaseRecords } from "../data/cases.js";
import { caseGroupOf, caseSummaryBasis, isCaseSummary, type CaseSummary, type LagFigures } from "../data/case-summary.js";
import { groupFigures, viewFigures, type CaseFigures } from "./evidence/figures.js";
import type { StudyGraph } from "../graph/build.js";
import { graphAdjacency } from "../graph/graph-adjacency.js";
import { studyNetworkShared, type StepNetwork } from "../graph/step-network.js";
import type { EvaluationPoint, Standard, Study } from "../model/study.js";
import { adjustFamily } from "./shared/adjust.js";
import type { Candidate } from "./evidence/candidate.js";
import { customerEvidence } from "./evidence/customer.js";
import { executionEvidence } from "./evidence/execution.js";
import { clockOf, standardEvidence } from "./evidence/standards.js";
import type {
  Change, CustomerDissatisfaction, Evidence, Finding, Linkage, NonCompliantExecution, Strength, TestFamily, TestRecord, Undecided, UnreasonableStandard, UntargetedPoint,
} from "./shared/findings.js";
import { TEST_FAMILIES } from "./shared/findings.js";
import { indexQuestions } from "./evidence/measure.js";
import { caseView, caseWave, DEFAULT_WAVE, noSurvey, sortWaves, type CaseRecord, type CaseView, type SurveyView } from "./shared/inputs.js";
import { coverageOf, withoutAbsentAudiences, type Coverage } from "./shared/coverage.js";
import type { SurveyStats, SurveySummary } from "./shared/survey-summary.js";
import { isLinkedSummary, LinkedSummaryMisfitError, type LinkedSummary, type LinkedWaveSummary } from "./shared/linked-summary.js";
import { checkLinkedSummary } from "./shared/linked-summary.js";
import { emptyWaveSummary, summaryLinkage, surveyInput } from "./summary/input.js";
import { resolveAttributionOptions, type AttributionOptions, type ResolvedAttributionOptions } from "./shared/options.js";
import { frontlinePostIn, upstreamWithSelfIn } from "./trace/chain.js";
import { traceGapsOn, type TraceInputs } from "./trace/trace-gaps.js";
import type { ChainedMiss } from "./trace/pass-upstream.js";
import { settleEnglish, type SettleItem } from "./shared/undecided.js";
import type { ThemePriorities } from "./priority.js";
import { isRecord, requireArgument, requireStudy } from "../model/arguments.js";
import type { WalkthroughEvidence } from "./shared/walkthrough.js";

/**
 * The data an attribution reads: survey responses, case records, or both. Each shape attributes what it can show
 * (cases alone: execution against standards; a survey alone: customer gaps, internal ratings, standards against
 * expectations) and {@link Attribution.coverage} says what it cannot.
 */
export interface AttributionData {
  /**
   * Survey responses (a loaded table, or a view of one wave), or their summary ({@link SurveySummary}, from
   * `summariseSurvey` or SQL); leave out to attribute case records alone.
   */
  readonly responses?: ResponseTable | SurveyView | SurveySummary;
  /**
   * Case records with event times (work orders), a view of them, or a case summary of them (computed in SQL, or by
   * `caseSummary`): the standard and execution tests read the same figures from each; links from customers to their
   * own cases need the records.
   */
  readonly cases?: Iterable<CaseRecord> | CaseRecords | CaseView | CaseSummary;
  /**
   * With a survey summary: the linked responses summarised ({@link LinkedSummary}, from `linkedSummaryDuckDB`,
   * `linkedSummaryPostgres` or `summariseLinked`), so the links from customers to their own cases and the overall
   * driver weights are measured as from respondents. Without it, a survey summary links nobody.
   */
  readonly linked?: LinkedSummary;
}

/** The result of {@link attribute}. */
export interface Attribution {
  readonly study: string;
  readonly wave: string;
  readonly options: ResolvedAttributionOptions;
  /** Findings, customer gaps first, then unreasonable standards, then non-compliant execution; by id within. */
  readonly findings: readonly Finding[];
  /** Every test made, with raw and adjusted p-values, its family and direction: the audit trail. */
  readonly tests: readonly TestRecord[];
  /**
   * Strengths (优势点): points customers (or internal customers) rate significantly better than their reference
   * (target, or their own expectation), after their family's adjustment; never findings against a post.
   */
  readonly strengths: readonly Strength[];
  /** Points with rating questions but no declared target: no target test was made there, and what was tested instead. */
  readonly untargeted: readonly UntargetedPoint[];
  /** Where the data were too thin to decide, and what would settle it. */
  readonly undecided: readonly Undecided[];
  /**
   * Per theme: each point's importance to overall satisfaction × its gap, and its importance–performance quadrant.
   * Only on a result given to {@link withPriorities}: `attribute` itself leaves priorities out, so an application
   * that does not show them does not carry the key-driver code.
   */
  readonly priorities?: readonly ThemePriorities[];
  /** How survey responses were joined to their own cases: the basis of every measured link. */
  readonly linkage: Linkage;
  /**
   * What these data could show: which kinds of gap (and whether links to customers) were testable, and for each
   * that was not, the data that would test it.
   */
  readonly coverage: Coverage;
  /**
   * What process walkthroughs add (only on a result given to {@link withWalkthroughs}): counts, corroborated
   * findings, supported links, and steps observed but not confirmed by survey or case data.
   */
  readonly walkthroughs?: WalkthroughEvidence;
}

const TAG_ORDER = { "customer-dissatisfaction": 0, "unreasonable-standard": 1, "non-compliant-execution": 2 } as const;

function isView(x: unknown): x is CaseView {
  return typeof x === "object" && x !== null && typeof (x as CaseView).durations === "function";
}

function isCaseRecordsLike(x: unknown): x is CaseRecords {
  return typeof x === "object" && x !== null && (x as CaseRecords).times instanceof Map && Array.isArray((x as CaseRecords).ids);
}

/** The evidence with its adjusted p-value filled in. */
function withQ(e: Evidence, q: number): Evidence {
  switch (e.kind) {
    case "perception-below-target":
      return { ...e, index: { ...e.index, q } };
    case "servqual-gap":
      return { ...e, gap: { ...e.gap, q } };
    case "expectation-vs-standard":
      return { ...e, acceptShare: { ...e.acceptShare, q } };
    case "clock-mismatch":
      return { ...e, onCustomerClock: { ...e.onCustomerClock, q } };
    case "compliance-below-standard":
      return { ...e, compliance: { ...e.compliance, q } };
    case "internal-rating-below-target":
      return { ...e, index: { ...e.index, q } };
    default:
      return unmatched(e);
  }
}

/**
 * What must change to close the gap one piece of evidence shows.
 *
 * @param e - one piece of evidence of an attribution (a test's or a finding's).
 * @returns the change, or undefined where the evidence names none (no acceptable value of the customers').
 * @throws {@link core!UsageError} when `e` is no piece of evidence (an unknown kind, undefined).
 * @example
 * ```ts
 * result.findings.flatMap((f) => f.evidence.map(changeFor)); // e.g. { kind: "raise-index", from: 68, to: 75 }
 * ```
 */
export function changeFor(e: Evidence): Change | undefined {
  return changeOf(knownEvidence("changeFor", e));
}

/**
 * The p-value behind a piece of evidence, adjusted.
 *
 * @param e - one piece of evidence of an attribution (a test's or a finding's).
 * @returns its adjusted p-value.
 * @throws {@link core!UsageError} when `e` is no piece of evidence (an unknown kind, undefined).
 * @example
 * ```ts
 * result.tests.filter((t) => evidenceQ(t.evidence) < 0.05).length;
 * ```
 */
export function evidenceQ(e: Evidence): number {
  return qOf(knownEvidence("evidenceQ", e));
}

/**
 * The argument of a public function taking evidence, or gaptrace's UsageError for anything else. The checks are in
 * the public functions only: the attribution calls {@link changeOf} and {@link qOf} on evidence it made, so its
 * bundle does not carry the refusal's words.
 */
function knownEvidence(fn: string, e: Evidence): Evidence {
  // TEST_FAMILIES lists every kind of evidence (a test's family is its evidence's kind, and tsc checks that).
  if (isRecord(e) && (TEST_FAMILIES as readonly unknown[]).includes(e.kind)) return e;
  return refusedKind(
    fn,
    e as never,
    "a piece of evidence (one of an attribution's tests[i].evidence or findings[i].evidence)",
    "Pass one piece of evidence at a time, e.g. result.tests.map((t) => evidenceQ(t.evidence)).",
  );
}

/** {@link changeFor} of evidence the attribution made. */
function changeOf(e: Evidence): Change | undefined {
  switch (e.kind) {
    case "perception-below-target":
    case "internal-rating-below-target":
      return { kind: "raise-index", from: e.index.value, to: e.target };
    case "servqual-gap":
      return { kind: "close-servqual-gap", gap: e.gap.value };
    case "expectation-vs-standard":
      return e.acceptableValue === undefined ? undefined : { kind: "tighten-threshold", standard: e.standard, from: e.threshold, to: e.acceptableValue.value, unit: e.unit };
    case "clock-mismatch":
      return e.standardClock.start !== e.customerClock.start
        ? { kind: "move-clock", standard: e.standard, fromEvent: e.standardClock.start, toEvent: e.customerClock.start, which: "start" }
        : { kind: "move-clock", standard: e.standard, fromEvent: e.standardClock.stop, toEvent: e.customerClock.stop, which: "stop" };
    case "compliance-below-standard":
      return { kind: "raise-compliance", standard: e.standard, from: e.compliance.value, to: e.required, valueAtRequired: e.valueAtRequired, threshold: e.threshold, unit: e.unit };
    default:
      return unmatched(e);
  }
}

/** {@link evidenceQ} of evidence the attribution made. */
function qOf(e: Evidence): number {
  switch (e.kind) {
    case "perception-below-target":
    case "internal-rating-below-target":
      return e.index.q;
    case "servqual-gap":
      return e.gap.q;
    case "expectation-vs-standard":
      return e.acceptShare.q;
    case "clock-mismatch":
      return e.onCustomerClock.q;
    case "compliance-below-standard":
      return e.compliance.q;
    default:
      return unmatched(e);
  }
}

/**
 * The post facing the customer at a step: its owner, or for a customer step the nearest front-line step's owner.
 *
 * @param graph - the study's graph.
 * @param step - the step id.
 * @returns the post id, or undefined when no owned step is near.
 * @example
 * ```ts
 * frontlinePost(sharedStudyGraph(study), "or_crew_arrives"); // "repair_crew"
 * ```
 */
export function frontlinePost(graph: StudyGraph, step: string): string | undefined {
  return frontlinePostIn(graphAdjacency(graph), step);
}

/**
 * Share of a standard's misses that coincide with misses of another standard whose clock ends no later: nested
 * inside its clock (dispatch inside report-to-arrival), or chained before it (departure delay before arrival
 * delay: the upstream clock's end event precedes this one's). The inner standard must also be missed more often
 * where this one is missed than where it is met (a one-sided two-proportion test at 5%), or the coincidence is
 * chance, not explanation.
 */
function coincidence(cases: CaseFigures, outer: Standard, inner: Standard, study: Study): number | undefined {
  const counts = chainedCounts(cases, outer, inner, study);
  if (counts === undefined) return undefined;
  const { missed, both, met, innerWhenMet } = counts;
  if (missed === 0) return undefined;
  // Not chance: the inner standard is missed more often where the outer one is missed than where it is met
  // (two-sided two-proportion z test at 5%, and the difference in that direction), for nested and chained clocks alike.
  const p1 = both / missed;
  const p0 = met === 0 ? 0 : innerWhenMet / met;
  const pooled = (both + innerWhenMet) / (missed + met);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / missed + (met === 0 ? 0 : 1 / met)));
  if (met > 0 && !(se > 0 ? (p1 - p0) / se >= 1.959963984540054 : p1 > p0)) return 0;
  return p1;
}

/**
 * The cases' counts of misses of two standards whose clocks chain: the inner one's clock runs within the outer
 * one's or starts before the outer one stops (by the medians of the lags between their events), without nesting
 * the other way; undefined when the clocks are the same, unknown or not chained.
 */
function chainedCounts(cases: CaseFigures, outer: Standard, inner: Standard, study: Study): ReturnType<CaseFigures["coincidence"]> | undefined {
  const oc = clockOf(study, outer);
  const ic = clockOf(study, inner);
  if (oc === undefined || ic === undefined || (oc.start === ic.start && oc.stop === ic.stop)) return undefined;
  // Signed lags between the events (a case whose events tie or run backwards counts as it is, not left out).
  // Only the median's sign is read (−1, 0, 1; NaN without cases), which the counts of each sign give exactly.
  const median = (from: string, to: string): number => medianSign(cases.lags(from, to));
  const startsInside = oc.start === ic.start || median(oc.start, ic.start) >= 0;
  const stopsInside = oc.stop === ic.stop || median(ic.stop, oc.stop) >= 0;
  if (!stopsInside) return undefined;
  // Chained: the upstream clock starts before this one and ends first (it can delay it). One that starts before
  // and stops with it (or after) contains this clock: the other way round, never upstream of it.
  if (!startsInside && !(ic.stop !== oc.stop && median(ic.stop, oc.stop) > 0 && median(ic.start, oc.stop) > 0)) return undefined;
  return cases.coincidence(outer, inner, oc, ic);
}

/** The sign of the value at index ⌊n/2⌋ of the sorted lags (the upper median), from the counts of each sign; NaN when none. */
function medianSign(l: LagFigures): number {
  const n = l.negative + l.zero + l.positive;
  if (n === 0) return NaN;
  const k = Math.floor(n / 2);
  return k < l.negative ? -1 : k < l.negative + l.zero ? 0 : 1;
}

/** The gap a customer finding's shares are shares of (target − index, else expectation − perception; index points), with its standard error. */
function gapOf(evidence: readonly Evidence[]): { gap: number; gapSe: number } {
  for (const e of evidence) if (e.kind === "perception-below-target") return { gap: e.target - e.index.value, gapSe: e.index.se };
  for (const e of evidence) if (e.kind === "servqual-gap") return { gap: -e.gap.value, gapSe: e.gap.se };
  return { gap: 0, gapSe: 0 };
}

function maxBy<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.reduce((m, x) => Math.max(m, f(x)), 0);
}

/** A case summary of this study (UsageError otherwise). */
function checkedSummary(study: Study, summary: CaseSummary, opts: ResolvedAttributionOptions): CaseSummary {
  if (summary.study !== study.id) throw new UsageError("attribute", `the case summary is of study "${summary.study}", not "${study.id}".`, "Summarise the case records against the same study.");
  if (summary.basis !== caseSummaryBasis(study))
    throw new UsageError(
      "attribute",
      "the case summary was computed for other standards than the study's (a threshold, clock, unit, scope, required share or rule for unfinished cases differs, e.g. in a what-if).",
      "Summarise the case records again against this study, or pass the records themselves.",
    );
  if (opts.calendar !== undefined && !summary.calendar)
    throw new UsageError("attribute", "a working calendar was given, but the case summary was computed without one (its working-day standards are unconverted).", "Summarise in process with caseSummary(study, records, { calendar }), or leave the calendar out.");
  return summary;
}

/** The linked summary's wave of a run, checked as untrusted input and against the study, options and survey side. */
function linkedWave(study: Study, linked: unknown, survey: SurveyView | undefined, wave: string, opts: ResolvedAttributionOptions): LinkedWaveSummary | undefined {
  if (linked === undefined) return undefined;
  if (!isLinkedSummary(linked)) throw new UsageError("attribute", "data.linked is not a linked summary.", "Pass the result of linkedSummaryDuckDB, linkedSummaryPostgres or summariseLinked, or leave linked out.");
  checkLinkedSummary("attribute", linked);
  if (survey !== undefined) throw new UsageError("attribute", "a linked summary was given with respondent-level responses, which are linked to the cases directly.", "Pass the linked summary with a survey summary, or pass the responses and case records without it.");
  if (linked.study !== study.id) throw new LinkedSummaryMisfitError("study", `is of study ${JSON.stringify(linked.study)}, not ${JSON.stringify(study.id)}.`, "Summarise the linked responses with the study you attribute.");
  if (linked.minExternal !== opts.minExternal)
    throw new LinkedSummaryMisfitError("min-external", `was made with minExternal ${linked.minExternal}, the attribution asks for ${opts.minExternal}.`, "Pass the same minExternal to the linked summary and to attribute: it decides which drivers enter the overall regression.");
  const w = linked.waves.find((x) => x.wave === wave);
  if (w === undefined) throw new LinkedSummaryMisfitError("wave", `has no wave ${JSON.stringify(wave)} (waves: ${linked.waves.map((x) => x.wave).join(", ")}).`, "Summarise the linked responses of the wave you attribute.");
  return w;
}

/**
 * The wave a run on a case summary analyses, as {@link caseWave} reads it from records: the one asked for, else the
 * latest wave the summary names, else the default.
 */
function summaryWave(summary: CaseSummary, wave: string | undefined): string {
  const named = summary.groups.filter((g) => g.wave !== "" && g.cases > 0).map((g) => g.wave);
  const unnamed = summary.groups.some((g) => g.wave === "" && g.cases > 0);
  if (wave !== undefined) {
    if (!named.includes(wave) && !unnamed && named.length > 0)
      throw new UsageError("attribute", `the case summary has no wave ${JSON.stringify(wave)} (waves: ${sortWaves(named).join(", ")}).`, "Pass one of the waves in the case summary.");
    return wave;
  }
  return sortWaves(named).at(-1) ?? DEFAULT_WAVE;
}

/**
 * Check the data argument of {@link attribute}, {@link whatIf} and {@link compareWaves}: `{ responses, cases? }`.
 *
 * @param fn - the public function's name.
 * @param data - the argument.
 * @internal
 */
export function requireData(fn: string, data: unknown): void {
  requireArgument(
    fn,
    "second",
    data,
    "the data { responses?, cases? } with responses, cases or both",
    (v) => isRecord(v) && (isRecord(v.responses) || (v.responses === undefined && v.cases !== undefined && v.cases !== null)),
    "Load responses with collectResponses (or readResponsesCsv), case records with readCasesCsv (or casesFrom), and pass { responses: table, cases: records }, or either alone.",
  );
}

/**
 * Attribute customer-satisfaction gaps to the posts that cause them.
 *
 * @param study - a validated study.
 * @param data - survey responses, case records, or both (without responses the wave comes from the cases).
 * @param options - level, false discovery rate, minimum samples, default target, acceptance share, wave.
 * @returns findings of the three tags with evidence, shares and chains; every test; what could not be decided;
 *   what the data could not test, with the data that would ({@link Attribution.coverage}).
 * @example
 * ```ts
 * const result = attribute(study, { responses: table, cases: records }, { alpha: 0.05 });
 * for (const f of result.findings) console.log(f.tag, f.post, f.severity);
 * const casesOnly = attribute(study, { cases: records });
 * casesOnly.coverage.gaps.filter((g) => !g.testable); // customer gaps and standards against expectations
 * ```
 */
export function attribute(study: Study, data: AttributionData, options: AttributionOptions = {}): Attribution {
  requireStudy("attribute", study);
  requireData("attribute", data);
  const opts = resolveAttributionOptions(options);
  if ((data as { walkthroughs?: unknown }).walkthroughs !== undefined)
    throw new UsageError("attribute", "data.walkthroughs is no longer read here (since 0.3).", "Attribute without them, then add them to the result: withWalkthroughs(study, attribute(study, { responses, cases }), walkthroughs).");
  // A one-pass iterable (a generator) is read once, here: the wave and the view both read it.
  const iterable = (x: unknown): x is Iterable<CaseRecord> => typeof x === "object" && x !== null && typeof (x as Iterable<CaseRecord>)[Symbol.iterator] === "function";
  // A case summary (computed in SQL, or by caseSummary) carries the figures the standard and execution tests read,
  // not the cases: links from customers to their own cases cannot be tested from it.
  const summary = isCaseSummary(data.cases) ? checkedSummary(study, data.cases, opts) : undefined;
  // An array is kept as it is (the case view is cached per records object, so a repeat call on the same array
  // reuses it); only a one-pass iterable is copied.
  const given =
    summary !== undefined
      ? undefined
      : data.cases === undefined || isView(data.cases) || isCaseRecordsLike(data.cases) || Array.isArray(data.cases) || !iterable(data.cases)
        ? (data.cases as CaseView | CaseRecords | readonly CaseRecord[] | undefined)
        : [...(data.cases as Iterable<CaseRecord>)];
  // The survey decisions read statistics: a table or a view is summarised first, a summary is read as it is.
  const input = surveyInput(study, data.responses, opts);
  const survey = input.view;
  const wave = input.wave ?? (summary !== undefined ? summaryWave(summary, opts.wave) : caseWave(given ?? [], opts.wave));
  const stats = input.stats ?? emptyWaveSummary(wave);
  const cases = given === undefined ? undefined : isView(given) ? given : caseView(given, wave, opts.calendar);
  const figures = summary !== undefined ? groupFigures(caseGroupOf(summary, wave)) : cases === undefined ? undefined : viewFigures(study, cases);
  const ctx = findingContext(study, figures, opts);

  // 1. Every test, in a deterministic order, each kind of test adjusted as a family of its own; an audience that
  // gave no answer at all is said once, in the coverage, not as an undecided item per point.
  const audiences = stats.respondents;
  const all = testAll(study, stats, figures, opts);
  const tested = all.tested;
  const undecided = withoutAbsentAudiences(all.undecided, audiences);
  const tests: TestRecord[] = tested.map((c) => ({ id: c.id, evidence: c.evidence, significant: c.significant, family: c.evidence.kind, direction: c.direction }));
  const measuredAt = measuredAtSteps(tested);

  // 2. Group significant evidence into findings.
  const { byPoint, byStep, byStandard } = groupSignificant(tested.filter((c) => c.significant));
  const nce = nonCompliantFindings(ctx, byStep);
  const us = unreasonableFindings(ctx, byStandard);

  // 3. Customer gaps, traced upstream: graded links, and shares only from measured effects.
  // From a survey summary the trace has no respondents: co-variation across places reads the summary's per-place sums.
  const fromSummary = survey === undefined ? input.stats : undefined;
  const placeRatings = fromSummary === undefined ? {} : { placeRatings: (p: EvaluationPoint, dim: string) => fromSummary.places(indexQuestions(p, "external").map((q) => q.id), dim) };
  const linked = linkedWave(study, data.linked, survey, wave, opts);
  const traced = customerFindings(ctx, { view: cases, survey: survey ?? noSurvey(wave), byPoint, nce, us, tested, measuredAt, undecided, ...placeRatings, ...(linked === undefined ? {} : { linked }) });
  const { customer, explains } = traced;
  // From a survey summary without a linked summary nothing can be joined to a case: every customer is unlinked, and
  // the links are untested.
  const linkage = input.stats !== undefined && survey === undefined && linked === undefined ? summaryLinkage(input.stats, cases?.count ?? (summary === undefined ? 0 : caseGroupOf(summary, wave).cases)) : traced.linkage;
  const withExplains = <F extends NonCompliantExecution | UnreasonableStandard>(f: F): F => ({ ...f, explains: explains.get(f.id) ?? [] });
  const findings: Finding[] = [...customer, ...us.map(withExplains), ...nce.map(withExplains)].sort(
    (a, b) => TAG_ORDER[a.tag] - TAG_ORDER[b.tag] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const strengths = strengthsOf(ctx, tested);
  const targetOf = (point: string): number | undefined => study.evaluationPoints.find((p) => p.id === point)?.target ?? opts.defaultTarget;
  const coverage = coverageOf(study, { survey, cases: figures, casesSummarised: summary !== undefined, tests, undecided, audiences, linked: linkage.linked, targetOf });
  return { study: study.id, wave, options: opts, findings, tests, strengths, untargeted: untargetedPoints(study, tested, opts), undecided, linkage, coverage };
}

/**
 * A candidate after the adjustment: its evidence carries its q-value; `significant` makes it a finding,
 * `direction` says which side of its reference a significant difference lies on.
 */
type Tested = Candidate & { significant: boolean; direction: "below" | "above" | undefined };

/**
 * The estimate and the reference a piece of evidence is tested against (index vs target, gap vs 0, share vs
 * required share), and the estimate's interval.
 */
function comparedOf(e: Evidence): { estimate: number; reference: number; ci: readonly [number, number] } {
  switch (e.kind) {
    case "perception-below-target":
    case "internal-rating-below-target":
      return { estimate: e.index.value, reference: e.target, ci: e.index.ci };
    case "servqual-gap":
      return { estimate: e.gap.value, reference: 0, ci: e.gap.ci };
    case "expectation-vs-standard":
      return { estimate: e.acceptShare.value, reference: e.required, ci: e.acceptShare.ci };
    case "clock-mismatch":
      return { estimate: e.onCustomerClock.value, reference: e.required, ci: e.onCustomerClock.ci };
    case "compliance-below-standard":
      return { estimate: e.compliance.value, reference: e.required, ci: e.compliance.ci };
    default:
      return unmatched(e);
  }
}

/**
 * Run every test of the three tags and adjust each kind of test as a family of its own (a significant test also
 * needs a severity worth a finding, on the harmful side).
 */
function testAll(study: Study, survey: SurveyStats, cases: CaseFigures | undefined, opts: ResolvedAttributionOptions): { tested: Tested[]; undecided: Undecided[] } {
  const built = [customerEvidence(study, survey, opts), standardEvidence(study, survey, cases, opts), executionEvidence(study, survey, cases, opts)];
  const candidates = built.flatMap((b) => b.candidates).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const undecided = built.flatMap((b) => b.undecided).sort((a, b) => (a.subject + a.reason < b.subject + b.reason ? -1 : 1));
  const qs = new Map<Candidate, number>();
  for (const family of TEST_FAMILIES) {
    const members = candidates.filter((c) => c.evidence.kind === family);
    adjustFamily(members.map((c) => c.p), opts.correction).forEach((q, i) => qs.set(members[i] as Candidate, q));
  }
  const tested: Tested[] = candidates.map((c) => {
    const q = qs.get(c) ?? 1;
    const { estimate, reference } = comparedOf(c.evidence);
    const direction = q < opts.alpha ? (estimate < reference ? "below" : estimate > reference ? "above" : undefined) : undefined;
    return { ...c, evidence: withQ(c.evidence, q), direction, significant: direction === "below" && c.severity > 0 && c.severity >= opts.minSeverity };
  });
  return { tested, undecided };
}

const STRENGTH_KIND = {
  "perception-below-target": "above-target",
  "servqual-gap": "perception-above-expectation",
  "internal-rating-below-target": "internal-above-target",
} as const satisfies Partial<Record<TestFamily, Strength["kind"]>>;

/**
 * The strengths: satisfaction, SERVQUAL and internal-rating tests significant on the good side, by at least
 * `minSeverity` of their reference (as findings must be on the harmful side; for a gap, of the 0–100 range).
 */
function strengthsOf(ctx: FindingContext, tested: readonly Tested[]): Strength[] {
  const out: Strength[] = [];
  for (const c of tested) {
    const e = c.evidence;
    if (c.direction !== "above" || c.subject.kind === "standard") continue;
    if (e.kind !== "perception-below-target" && e.kind !== "servqual-gap" && e.kind !== "internal-rating-below-target") continue;
    const { estimate, reference, ci } = comparedOf(e);
    if ((estimate - reference) / Math.max(reference, e.kind === "servqual-gap" ? 100 : 1) < ctx.opts.minSeverity) continue;
    const m = e.kind === "servqual-gap" ? e.gap : e.index;
    const step = c.subject.step;
    out.push({
      id: c.id, kind: STRENGTH_KIND[e.kind], point: e.point, step, theme: ctx.themeOf(step),
      post: e.kind === "internal-rating-below-target" ? ctx.ownerOf(step) : frontlinePostIn(ctx.graph, step),
      rater: e.kind === "internal-rating-below-target" ? e.rater : undefined,
      evidence: e, estimate, reference, ci, level: m.level, n: m.n, df: m.df ?? null, p: m.p, q: m.q,
    });
  }
  return out;
}

/** Points with rating questions and no declared target: what was tested there instead. */
function untargetedPoints(study: Study, tested: readonly Tested[], opts: ResolvedAttributionOptions): UntargetedPoint[] {
  const out: UntargetedPoint[] = [];
  // The SERVQUAL tests by point, in test order: one pass, not one per point.
  const servqualAt = new Map<string, Tested[]>();
  for (const c of tested)
    if (c.evidence.kind === "servqual-gap") {
      let list = servqualAt.get(c.evidence.point);
      if (list === undefined) servqualAt.set(c.evidence.point, (list = []));
      list.push(c);
    }
  for (const p of study.evaluationPoints) {
    if ((p.target ?? opts.defaultTarget) !== undefined) continue;
    const external = indexQuestions(p, "external").map((q) => q.id);
    const raters = [...new Set(p.questions.flatMap((q) => (q.audience.kind === "internal" ? [q.audience.rater] : [])))].sort().filter((r) => indexQuestions(p, { rater: r }).length > 0);
    if (external.length === 0 && raters.length === 0) continue;
    const servqual = servqualAt.get(p.id) ?? [];
    const paired = new Set(servqual.map((c) => (c.evidence.kind === "servqual-gap" ? c.evidence.perception : "")));
    out.push({ point: p.id, servqual: servqual.map((c) => c.id), untested: external.filter((q) => !paired.has(q)), untestedRaters: raters });
  }
  return out;
}

/**
 * Everything measured at each step (significant or not): the numbers on the links of evidence chains. Standards
 * against customers' expectations are not measurements of a step's work, so they are left out.
 */
function measuredAtSteps(tested: readonly Tested[]): Map<string, Evidence[]> {
  const measuredAt = new Map<string, Evidence[]>();
  const put = (step: string | undefined, e: Evidence): void => {
    if (step !== undefined) measuredAt.set(step, [...(measuredAt.get(step) ?? []), e]);
  };
  for (const c of tested) {
    const s = c.subject;
    switch (s.kind) {
      case "point":
      case "step":
        put(s.step, c.evidence);
        break;
      case "standard":
        // A standard against expectations is about the standard, not about work measured at a step.
        break;
      default:
        unmatched(s);
    }
  }
  return measuredAt;
}

/** Significant candidates by what they are about: point, step, or (standard, via). */
function groupSignificant(significant: readonly Tested[]): { byPoint: Map<string, Candidate[]>; byStep: Map<string, Candidate[]>; byStandard: Map<string, Candidate[]> } {
  const byPoint = new Map<string, Candidate[]>();
  const byStep = new Map<string, Candidate[]>();
  const byStandard = new Map<string, Candidate[]>();
  for (const c of significant) {
    const s = c.subject;
    switch (s.kind) {
      case "point":
        byPoint.set(s.point, [...(byPoint.get(s.point) ?? []), c]);
        break;
      case "step":
        byStep.set(s.step, [...(byStep.get(s.step) ?? []), c]);
        break;
      case "standard":
        byStandard.set(`${s.standard}\u0000${s.via}`, [...(byStandard.get(`${s.standard}\u0000${s.via}`) ?? []), c]);
        break;
      default:
        unmatched(s);
    }
  }
  return { byPoint, byStep, byStandard };
}

/** What every finding reads of the study: its step network, who owns and staffs each step, and how evidence becomes a change. */
interface FindingContext {
  readonly study: Study;
  readonly graph: StepNetwork;
  readonly cases: CaseFigures | undefined;
  readonly opts: ResolvedAttributionOptions;
  readonly stdById: ReadonlyMap<string, Standard>;
  readonly postDept: ReadonlyMap<string, string>;
  readonly personsOf: (post: string | undefined) => string[];
  readonly themeOf: (step: string) => string;
  readonly ownerOf: (step: string) => string | undefined;
  readonly changes: (ev: readonly Evidence[]) => Change[];
  readonly minQ: (ev: readonly Evidence[]) => number;
}

/** Build the lookups the findings share. */
function findingContext(study: Study, cases: CaseFigures | undefined, opts: ResolvedAttributionOptions): FindingContext {
  // Read only: the network is shared by every run on this study (built again when its blueprints change).
  const graph = studyNetworkShared(study);
  return {
    study,
    graph,
    cases,
    opts,
    stdById: new Map(study.standards.map((s) => [s.id, s] as const)),
    postDept: new Map(study.organisation.posts.map((p) => [p.id, p.department] as const)),
    personsOf: (post) => (post === undefined ? [] : study.organisation.persons.filter((p) => p.post === post).map((p) => p.id).sort()),
    themeOf: (step) => {
      const v = graph.find(step);
      return v === undefined ? "" : graph.theme(v);
    },
    ownerOf: (step) => {
      const v = graph.find(step);
      return v === undefined ? undefined : graph.owner(v);
    },
    changes: (ev) => ev.map(changeOf).filter((x): x is Change => x !== undefined),
    minQ: (ev) => ev.reduce((m, e) => Math.min(m, qOf(e)), 1),
  };
}

/** Non-compliant execution, with standards explained by nested upstream standards. */
function nonCompliantFindings(ctx: FindingContext, byStep: ReadonlyMap<string, readonly Candidate[]>): NonCompliantExecution[] {
  const nceDraft = [...byStep].sort(([a], [b]) => (a < b ? -1 : 1)).map(([step, cs]) => {
    const evidence = cs.map((c) => c.evidence);
    return { step, evidence, severity: maxBy(cs, (c) => c.severity) };
  });
  const nonCompliantStandards = new Map<string, string>(); // standard → step
  for (const d of nceDraft) for (const e of d.evidence) if (e.kind === "compliance-below-standard") nonCompliantStandards.set(e.standard, d.step);
  return nceDraft.map((d) => {
    const { evidence, explainedBy } = explainedMisses(ctx, d.step, d.evidence, nonCompliantStandards);
    const post = ctx.ownerOf(d.step);
    return {
      id: `nce:${d.step}`, tag: "non-compliant-execution", theme: ctx.themeOf(d.step), step: d.step, post, department: post === undefined ? undefined : ctx.postDept.get(post),
      persons: ctx.personsOf(post), evidence, change: ctx.changes(evidence), severity: d.severity, q: ctx.minQ(evidence),
      standards: evidence.flatMap((e) => (e.kind === "compliance-below-standard" ? [e.standard] : [])),
      explainedBy, explains: [],
    };
  });
}

/**
 * A step's evidence with, on each missed standard, how often its misses coincide with the misses of the other
 * steps' non-compliant standards; the step is explained by those upstream steps only when every piece of its
 * evidence is a miss so explained.
 */
function explainedMisses(
  ctx: FindingContext,
  step: string,
  draft: readonly Evidence[],
  nonCompliantStandards: ReadonlyMap<string, string>,
): { evidence: Evidence[]; explainedBy: string[] } {
  const { cases, stdById, study, opts } = ctx;
  const explainedBy = new Set<string>();
  let allExplained = draft.length > 0;
  const evidence = draft.map((e) => {
    if (e.kind !== "compliance-below-standard") {
      allExplained = false;
      return e;
    }
    const outer = stdById.get(e.standard);
    const co: { standard: string; share: number }[] = [];
    if (outer !== undefined && cases !== undefined)
      for (const [inner, innerStep] of [...nonCompliantStandards].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (innerStep === step) continue;
        const s2 = stdById.get(inner);
        const share = s2 === undefined ? undefined : coincidence(cases, outer, s2, study);
        if (share !== undefined) co.push({ standard: inner, share });
      }
    const explaining = co.filter((x) => x.share >= opts.explainedShare);
    if (explaining.length === 0) allExplained = false;
    for (const x of explaining) explainedBy.add(`nce:${nonCompliantStandards.get(x.standard)}`);
    return { ...e, coincidence: co };
  });
  return { evidence, explainedBy: allExplained ? [...explainedBy].sort() : [] };
}

/** Unreasonable standards, one finding per (standard, via), owned by the standard's owner. */
function unreasonableFindings(ctx: FindingContext, byStandard: ReadonlyMap<string, readonly Candidate[]>): UnreasonableStandard[] {
  return [...byStandard].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, cs]) => {
    const [standardId = "", via = "threshold"] = key.split("\u0000");
    const s = ctx.stdById.get(standardId) as Standard;
    const evidence = cs.map((c) => c.evidence);
    const post = "post" in s.owner ? s.owner.post : undefined;
    const department = "post" in s.owner ? ctx.postDept.get(s.owner.post) : s.owner.department;
    const step = s.steps[0] ?? "";
    return {
      id: `us:${standardId}:${via}`, tag: "unreasonable-standard", theme: ctx.themeOf(step), step, post, department, persons: ctx.personsOf(post),
      evidence, change: ctx.changes(evidence), severity: maxBy(cs, (c) => c.severity), q: ctx.minQ(evidence),
      standard: standardId, via: via === "clock" ? "clock" : "threshold", explains: [],
    };
  });
}

/** What the customer findings are built from: the survey, the significant gaps, the process findings and every test. */
interface CustomerInputs {
  /** The case view, for links from customers to their own cases (none from a case summary). */
  readonly view: CaseView | undefined;
  readonly survey: SurveyView;
  readonly byPoint: ReadonlyMap<string, readonly Candidate[]>;
  readonly nce: readonly NonCompliantExecution[];
  readonly us: readonly UnreasonableStandard[];
  readonly tested: readonly Tested[];
  readonly measuredAt: ReadonlyMap<string, Evidence[]>;
  readonly undecided: readonly Undecided[];
  /** Per-place sums of each point's index, when the survey is a summary. */
  readonly placeRatings?: TraceInputs["placeRatings"];
  readonly linked?: TraceInputs["linked"];
}

/** Customer gaps traced upstream, and which gaps each process finding explains (with its share). */
function customerFindings(
  ctx: FindingContext,
  inputs: CustomerInputs,
): { customer: CustomerDissatisfaction[]; explains: Map<string, { gap: string; share: number }[]>; linkage: Linkage } {
  const { study, graph, opts, postDept } = ctx;
  const { view: cases, survey, nce, us, tested, measuredAt, undecided } = inputs;
  const pointStep = new Map(study.evaluationPoints.map((p) => [p.id, p.step] as const));
  const cdDrafts = [...inputs.byPoint].sort(([a], [b]) => (a < b ? -1 : 1)).map(([point, cs]) => {
    const p = study.evaluationPoints.find((x) => x.id === point);
    const evidence = cs.map((c) => c.evidence);
    return { p, point, step: pointStep.get(point) ?? "", cs, evidence, ...gapOf(evidence) };
  });
  const { traced, linkage } = traceGapsOn({
    study, survey, cases, options: opts,
    gaps: cdDrafts.flatMap((d) => (d.p === undefined ? [] : [{ point: d.p, step: d.step, gap: d.gap, gapSe: d.gapSe }])),
    nce: new Map(nce.map((f) => [f.step, f] as const)),
    us,
    measuredAt,
    ownerOf: ctx.ownerOf,
    departmentOf: (post) => (post === undefined ? undefined : postDept.get(post)),
    frontlinePost: (step) => frontlinePostIn(graph, step),
    ...(inputs.placeRatings === undefined ? {} : { placeRatings: inputs.placeRatings }),
    ...(inputs.linked === undefined ? {} : { linked: inputs.linked }),
    compliance: new Map(tested.flatMap((c) => (c.evidence.kind === "compliance-below-standard" ? [[c.evidence.standard, { value: c.evidence.compliance.value, required: c.evidence.required }] as const] : []))),
    ...(ctx.cases === undefined ? {} : { chained: chainedMisses(ctx, ctx.cases, nce) }),
    casesGiven: ctx.cases !== undefined && ctx.cases.count > 0,
  }, graph);
  const explains = new Map<string, { gap: string; share: number }[]>();
  const customer: CustomerDissatisfaction[] = cdDrafts.map(({ point, step, cs, evidence, gap }) => {
    const t = traced.get(point) ?? { causes: [], links: [], unexplainedShare: 1 };
    for (const c of t.causes) if (c.finding !== undefined) explains.set(c.finding, [...(explains.get(c.finding) ?? []), { gap: `cd:${point}`, share: c.share }]);
    const post = frontlinePostIn(graph, step);
    const settle = t.causes.length > 0 ? [] : whatWouldSettle(study, [...upstreamWithSelfIn(graph, step).keys()], measuredAt, undecided);
    return {
      id: `cd:${point}`, tag: "customer-dissatisfaction", theme: ctx.themeOf(step), step, post, department: post === undefined ? undefined : postDept.get(post),
      persons: ctx.personsOf(post), evidence, change: ctx.changes(evidence), severity: maxBy(cs, (c) => c.severity), q: ctx.minQ(evidence),
      point, gap, causes: t.causes, links: t.links, unexplainedShare: t.unexplainedShare, unexplained: t.causes.length === 0, settle, settleWith: settle.map(settleEnglish),
    };
  });
  return { customer, explains, linkage };
}

/**
 * The upstream non-compliant standards chained to a standard, per finding: for a measured share against the
 * standard's misses, which other findings' missed standards run within or before its clock, with the cases'
 * cross-tabulation of the two kinds of miss (upstream missed or not, by downstream missed or not).
 */
function chainedMisses(ctx: FindingContext, cases: CaseFigures, nce: readonly NonCompliantExecution[]): (standard: string, finding: string) => ChainedMiss[] {
  return (standard, finding) => {
    const outer = ctx.stdById.get(standard);
    if (outer === undefined) return [];
    return nce.flatMap((to) => {
      if (to.id === finding) return [];
      return to.standards.flatMap((id): ChainedMiss[] => {
        const inner = ctx.stdById.get(id);
        const c = inner === undefined || id === standard ? undefined : chainedCounts(cases, outer, inner, ctx.study);
        if (c === undefined || c.missed + c.met === 0) return [];
        return [{ to, upstream: id, table: { exposedWith: c.both, unexposedWith: c.missed - c.both, exposedWithout: c.innerWhenMet, unexposedWithout: c.met - c.innerWhenMet } }];
      });
    });
  };
}

/** For an unexplained gap: the data that would show whether an upstream step causes it. */
function whatWouldSettle(study: Study, upstream: readonly string[], measuredAt: ReadonlyMap<string, readonly Evidence[]>, undecided: readonly Undecided[]): SettleItem[] {
  const out: SettleItem[] = [];
  const steps = new Map(study.blueprints.flatMap((b) => b.steps.map((s) => [s.id, s] as const)));
  for (const id of upstream) {
    const s = steps.get(id);
    if (s === undefined || s.layer === "customer") continue;
    const m = measuredAt.get(id) ?? [];
    if (!m.some((e) => e.kind === "internal-rating-below-target")) out.push({ kind: "internal-ratings", step: id, owner: s.owner });
    for (const st of study.standards.filter((x) => x.steps.includes(id))) {
      const u = undecided.find((x) => x.subject === st.id);
      if (u !== undefined) out.push({ kind: "standard", standard: st.id, need: u.need });
    }
  }
  // The same data can settle several steps: each is asked for once, as its English text shows.
  const seen = new Set<string>();
  return out.filter((x) => !seen.has(settleEnglish(x)) && (seen.add(settleEnglish(x)), true)).slice(0, 8);
}
