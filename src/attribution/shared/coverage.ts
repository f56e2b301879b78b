/**
 * What a run's data could show (its coverage): which of the three kinds of gap (客户不满意点, 标准不合理点,
 * 执行不合格点) the data could test, whether customer gaps could be linked to upstream causes, and for each that
 * could not, which data would test it. A study can come with cases only (operational standards, no survey), a
 * survey only (SERVQUAL pairs, no targets), or an internal survey only (staff rating their upstream support, no
 * customers): each attributes what its data can show, and this statement says what it cannot, so a report never
 * reads "no unreasonable standard" where nothing could have found one.
 * @module
 */
import { refusedKind } from "./unmatched.js";
import type { Study } from "../../model/study.js";
import type { Evidence, Tag, Undecided } from "./findings.js";
import type { CaseView, SurveyView } from "./inputs.js";

/** Data that would test a kind of gap (or the links to customers) that these data cannot. */
export type CoverageNeed =
  /**
   * Customers' answers to perception questions at these points (the study's own questions there; none listed when
   * the study asks customers nothing). When the study has no evaluation point where customers meet the service,
   * `steps` names the customer-facing steps to put one at.
   */
  | { readonly kind: "customer-perception"; readonly points: readonly string[]; readonly questions: readonly string[]; readonly steps: readonly string[] }
  /** A target at these points (for internal ratings), or for customers a target or a SERVQUAL expectation question. */
  | { readonly kind: "targets"; readonly points: readonly string[]; readonly audience: "external" | "internal" }
  /**
   * Customers' expectations on the metrics of these standards (numeric expectation questions with the metric, e.g.
   * "the longest acceptable wait"); the study's own such questions listed, none when it has none.
   */
  | { readonly kind: "expectation-questions"; readonly metrics: readonly string[]; readonly standards: readonly string[]; readonly questions: readonly string[] }
  /** The study declares no standards (metric, threshold, clock): nothing to test execution or expectations against. */
  | { readonly kind: "standards" }
  /** Case records (work orders) with these events, for these standards' clocks. */
  | { readonly kind: "case-records"; readonly events: readonly string[]; readonly standards: readonly string[] }
  /** Internal customers' ratings (staff of these posts rating their upstream support) at these points. */
  | { readonly kind: "internal-ratings"; readonly points: readonly string[]; readonly raters: readonly string[] }
  /** Survey responses that name their own case (a case column), joined to the case records. */
  | { readonly kind: "linked-responses" }
  /** The cases came as a summary (per wave, no case ids): joining answers to their own cases needs the records. */
  | { readonly kind: "case-level-records" };

/** Whether the data could test one kind of gap. */
export interface GapCoverage {
  readonly tag: Tag;
  /** At least one test of this kind was made, or was tried and found too few answers or cases (see `undecided`). */
  readonly testable: boolean;
  /** Tests made of this kind (before the adjustment decides which are significant). */
  readonly tests: number;
  /** The kinds of evidence tested, in report order. */
  readonly ways: readonly Evidence["kind"][];
  /** Data that would test it (when not testable), or test it in more ways (when testable). */
  readonly needs: readonly CoverageNeed[];
}

/** What a run's data could show and what they could not. */
export interface Coverage {
  /** What the run read: respondents of the wave by audience, case records of the wave, responses linked to a case. */
  readonly data: { readonly customers: number; readonly staff: number; readonly cases: number; readonly linked: number };
  /** One entry per tag, in tag order. */
  readonly gaps: readonly GapCoverage[];
  /**
   * Whether customer gaps could be linked to upstream causes by measured effects (customers' answers joined to
   * their own cases); when not, the data that would.
   */
  readonly links: { readonly testable: boolean; readonly needs: readonly CoverageNeed[] };
  /** Every kind of gap and the links were testable. */
  readonly complete: boolean;
}

const WAYS: { readonly [T in Tag]: readonly Evidence["kind"][] } = {
  "customer-dissatisfaction": ["perception-below-target", "servqual-gap"],
  "unreasonable-standard": ["expectation-vs-standard", "clock-mismatch"],
  "non-compliant-execution": ["compliance-below-standard", "internal-rating-below-target"],
};

/** Undecided reasons that mean a test of the tag was tried and found the data too thin (so the tag is testable). */
const THIN: { readonly [T in Tag]: readonly Undecided["why"]["kind"][] } = {
  "customer-dissatisfaction": ["perception-scarce", "servqual-scarce"],
  "unreasonable-standard": ["expectation-scarce", "customer-clock-scarce", "clock-confounded"],
  "non-compliant-execution": ["compliance-scarce", "internal-scarce", "no-calendar"],
};

/** Survey-side undecided reasons and the audience whose answers they wait for. */
const SURVEY_REASONS: ReadonlyMap<Undecided["why"]["kind"], "customers" | "staff"> = new Map([
  ["perception-scarce", "customers"],
  ["servqual-scarce", "customers"],
  ["expectation-scarce", "customers"],
  ["internal-scarce", "staff"],
] as const);

/**
 * Who answered the survey view: respondents of the wave with at least one answer to an external, or an internal,
 * question of the study.
 *
 * @param study - the study (its questions and their audiences).
 * @param survey - the survey view of the wave, or undefined when the run has no responses.
 * @returns the number of customers and of staff who answered.
 * @example
 * ```ts
 * surveyAudiences(study, surveyView(table)); // { customers: 480, staff: 0 } for a customer survey
 * ```
 */
export function surveyAudiences(study: Study, survey: SurveyView | undefined): { customers: number; staff: number } {
  if (survey === undefined) return { customers: 0, staff: 0 };
  // Marks by respondent rank (ranks run below respondentCount), counted as they are first set.
  const size = survey.respondentCount;
  const seen = { external: new Uint8Array(size), internal: new Uint8Array(size) };
  const count = { external: 0, internal: 0 };
  const extra = { external: new Set<number>(), internal: new Set<number>() };
  // Questions answered by the same respondents share one respondent column (see surveyView): a column already
  // marked for an audience marks nothing new, so it is read once.
  const read = { external: new Set<ArrayLike<number>>(), internal: new Set<ArrayLike<number>>() };
  for (const p of study.evaluationPoints)
    for (const q of p.questions) {
      const kind = q.audience.kind;
      const marks = seen[kind];
      const rs = survey.answers(q.id).respondent;
      if (read[kind].has(rs)) continue;
      read[kind].add(rs);
      for (let i = 0; i < rs.length; i++) {
        const r = rs[i] ?? 0;
        if (r >= size) extra[kind].add(r);
        else if (marks[r] === 0) {
          marks[r] = 1;
          count[kind]++;
        }
      }
    }
  return { customers: count.external + extra.external.size, staff: count.internal + extra.internal.size };
}

/**
 * The undecided items that only repeat that an audience gave no answer at all: they are left out, as the coverage
 * statement says it once, with the data that would test it.
 *
 * @param undecided - the run's undecided items.
 * @param audiences - respondents by audience.
 * @returns the items worth listing.
 * @example
 * ```ts
 * withoutAbsentAudiences(undecided, { customers: 0, staff: 12 }); // no "too few customers" items
 * ```
 */
export function withoutAbsentAudiences(undecided: readonly Undecided[], audiences: { readonly customers: number; readonly staff: number }): Undecided[] {
  return undecided.filter((u) => {
    const who = SURVEY_REASONS.get(u.why.kind);
    return who === undefined || audiences[who] > 0;
  });
}

/** What {@link coverageOf} reads. */
export interface CoverageInputs {
  readonly survey: SurveyView | undefined;
  readonly cases: Pick<CaseView, "count"> | undefined;
  /** The cases came as a case summary: their figures were read, but no case can be joined to an answer. */
  readonly casesSummarised?: boolean;
  /** Every test made (its evidence kind). */
  readonly tests: readonly { readonly evidence: Evidence }[];
  /** The undecided items listed. */
  readonly undecided: readonly Undecided[];
  /** Respondents of the wave by audience ({@link surveyAudiences}). */
  readonly audiences: { readonly customers: number; readonly staff: number };
  /** External respondents joined to a case of the wave. */
  readonly linked: number;
  /** A point's target (its own, or the default), undefined when it has none. */
  readonly targetOf: (point: string) => number | undefined;
}

/**
 * The coverage of a run: what its data could test, and for what they could not, the data that would.
 *
 * @param study - the study.
 * @param inputs - the data views, the tests, the undecided items and the audiences.
 * @returns the coverage statement.
 * @example
 * ```ts
 * const c = coverageOf(study, { survey: undefined, cases, tests, undecided, audiences: { customers: 0, staff: 0 }, linked: 0, targetOf: () => 75 });
 * c.gaps[0]?.testable; // false: no customer answered
 * ```
 */
export function coverageOf(study: Study, inputs: CoverageInputs): Coverage {
  const cases = inputs.cases?.count ?? 0;
  const data = { customers: inputs.audiences.customers, staff: inputs.audiences.staff, cases, linked: inputs.linked };
  const needs: { readonly [T in Tag]: CoverageNeed[] } = {
    "customer-dissatisfaction": customerNeeds(study, inputs),
    "unreasonable-standard": standardNeeds(study, inputs),
    "non-compliant-execution": executionNeeds(study, inputs),
  };
  const gaps = (Object.keys(WAYS) as Tag[]).map((tag): GapCoverage => {
    const tests = inputs.tests.filter((t) => WAYS[tag].includes(t.evidence.kind));
    const thin = inputs.undecided.some((u) => THIN[tag].includes(u.why.kind));
    return { tag, testable: tests.length > 0 || thin, tests: tests.length, ways: WAYS[tag].filter((k) => tests.some((t) => t.evidence.kind === k)), needs: needs[tag] };
  });
  const linkNeeds: CoverageNeed[] = [];
  if (data.customers === 0) linkNeeds.push(perceptionNeed(study));
  if (cases === 0) linkNeeds.push(caseNeed(study, study.standards.map((s) => s.id)));
  if (data.linked === 0) linkNeeds.push({ kind: "linked-responses" });
  if (inputs.casesSummarised === true && cases > 0) linkNeeds.push({ kind: "case-level-records" });
  const links = { testable: data.customers > 0 && data.linked > 0, needs: data.customers > 0 && data.linked > 0 ? [] : nonEmpty(linkNeeds) };
  return { data, gaps, links, complete: links.testable && gaps.every((g) => g.testable) };
}

/**
 * Whether a need is data the study already declares but the run did not have (questions it asks that nobody
 * answered, staff ratings nobody gave, case records for its standards, responses naming their case), as opposed to
 * a change of design the study could make (a target, a new question, a standard). Reports state the first kind even
 * when every kind of gap was tested, so a point or post the study names is never left out in silence.
 *
 * @param need - one need of a coverage statement.
 * @returns true when the study declares the data and the run lacked them.
 * @throws {@link core!UsageError} when `need` is no coverage need (an unknown kind, undefined).
 * @example
 * ```ts
 * declaredButMissing({ kind: "internal-ratings", points: ["ep_billing"], raters: [] }); // true
 * declaredButMissing({ kind: "targets", points: ["ep_billing"], audience: "external" }); // false: a design choice
 * ```
 */
export function declaredButMissing(need: CoverageNeed): boolean {
  // `?.`: a JavaScript caller's undefined reaches the refusal below, not a TypeError.
  switch (need?.kind) {
    case "customer-perception":
    case "expectation-questions":
      return need.questions.length > 0;
    case "targets":
    case "standards":
      return false;
    case "case-records":
    case "internal-ratings":
    case "linked-responses":
    case "case-level-records":
      return true;
    default:
      return refusedKind(
        "declaredButMissing",
        need,
        "a coverage need (one of an attribution's coverage.gaps[i].needs or coverage.links.needs)",
        "Pass one need at a time, e.g. result.coverage.gaps.some((g) => g.needs.some(declaredButMissing)).",
      );
  }
}

/** A question that rates the service as experienced (not an expectation or an importance). */
function rates(measures: string): boolean {
  return measures === "perception" || measures === "performance";
}

/** Drop a case-records need that names no event (the study has no clock to measure). */
function nonEmpty(needs: readonly CoverageNeed[]): CoverageNeed[] {
  return needs.filter((n) => n.kind !== "case-records" || n.events.length > 0);
}

/** Customers' perception answers at the study's external points (or, when it asks customers nothing, at its customer-facing points). */
function perceptionNeed(study: Study): CoverageNeed {
  const asked = study.evaluationPoints.filter((p) => p.questions.some((q) => q.audience.kind === "external" && rates(q.measures)));
  if (asked.length > 0)
    return {
      kind: "customer-perception",
      points: asked.map((p) => p.id),
      questions: asked.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && rates(q.measures)).map((q) => q.id)),
      steps: [],
    };
  const steps = study.blueprints.flatMap((b) => b.steps);
  const facingSteps = new Set(steps.filter((s) => s.layer === "customer" || s.layer === "frontline").map((s) => s.id));
  const facing = study.evaluationPoints.filter((p) => facingSteps.has(p.step));
  return { kind: "customer-perception", points: facing.map((p) => p.id), questions: [], steps: facing.length > 0 ? [] : [...facingSteps] };
}

/** Case records with the events of the clocks of these standards. */
function caseNeed(study: Study, standards: readonly string[]): CoverageNeed {
  const metrics = new Map(study.metrics.map((m) => [m.id, m] as const));
  const events: string[] = [];
  const timed: string[] = [];
  for (const s of study.standards.filter((x) => standards.includes(x.id))) {
    const clock = s.clock ?? metrics.get(s.metric)?.clock;
    if (clock === undefined) continue;
    timed.push(s.id);
    for (const e of [clock.start, clock.stop]) if (!events.includes(e)) events.push(e);
  }
  return { kind: "case-records", events, standards: timed };
}

/** What would test customer gaps: customers' answers, or (answered but with nothing to compare to) targets or expectation pairs. */
function customerNeeds(study: Study, inputs: CoverageInputs): CoverageNeed[] {
  if (inputs.audiences.customers === 0) return [perceptionNeed(study)];
  const bare = study.evaluationPoints.filter((p) => {
    const external = p.questions.filter((q) => q.audience.kind === "external");
    const paired = external.some((q) => q.measures === "expectation" && q.pairs !== undefined);
    return external.some((q) => rates(q.measures)) && !paired && inputs.targetOf(p.id) === undefined;
  });
  return bare.length === 0 ? [] : [{ kind: "targets", points: bare.map((p) => p.id), audience: "external" }];
}

/** What would test standards against customers: standards, customers' expectations on their metrics, cases for their clocks. */
function standardNeeds(study: Study, inputs: CoverageInputs): CoverageNeed[] {
  if (study.standards.length === 0) return [{ kind: "standards" }];
  const out: CoverageNeed[] = [];
  // Tested, too thin to test, or answered on another clock (the undecided list names the question that would test it).
  const testedThreshold =
    inputs.tests.some((t) => t.evidence.kind === "expectation-vs-standard") ||
    inputs.undecided.some((u) => u.why.kind === "expectation-scarce" || u.why.kind === "expectation-on-other-clock");
  const metrics = [...new Set(study.standards.map((s) => s.metric))];
  // The expectation questions asking about each metric, in study order: one pass, not one per metric.
  const askingBy = new Map<string, string[]>();
  for (const p of study.evaluationPoints)
    for (const q of p.questions)
      if (q.audience.kind === "external" && q.measures === "expectation" && q.metric !== undefined) {
        let list = askingBy.get(q.metric);
        if (list === undefined) askingBy.set(q.metric, (list = []));
        list.push(q.id);
      }
  const asking = (m: string): string[] => askingBy.get(m) ?? [];
  const on = (ms: readonly string[]): string[] => {
    const set = new Set(ms);
    return study.standards.filter((s) => set.has(s.metric)).map((s) => s.id);
  };
  // Metrics the study asks customers about: their answers would test the standards (when none was tested).
  const asked = metrics.filter((m) => asking(m).length > 0);
  if (asked.length > 0 && (!testedThreshold || inputs.audiences.customers === 0))
    out.push({ kind: "expectation-questions", metrics: asked, standards: on(asked), questions: asked.flatMap(asking) });
  // Metrics it does not ask about: their standards cannot be tested against customers until it does.
  const unasked = metrics.filter((m) => asking(m).length === 0);
  if (unasked.length > 0) out.push({ kind: "expectation-questions", metrics: unasked, standards: on(unasked), questions: [] });
  const clockless = inputs.undecided.filter((u) => u.why.kind === "clock-without-cases").map((u) => u.subject);
  if (clockless.length > 0) {
    const events = inputs.undecided.flatMap((u) => (u.why.kind === "clock-without-cases" && u.need.kind === "case-records" ? u.need.events : []));
    out.push({ kind: "case-records", events: [...new Set(events)], standards: [...new Set(clockless)] });
  }
  return out;
}

/** What would test execution: case records for the standards' clocks, internal ratings (with targets). */
function executionNeeds(study: Study, inputs: CoverageInputs): CoverageNeed[] {
  const out: CoverageNeed[] = [];
  if ((inputs.cases?.count ?? 0) === 0 && study.standards.length > 0) out.push(caseNeed(study, study.standards.map((s) => s.id)));
  const rated = study.evaluationPoints.filter((p) => p.questions.some((q) => q.audience.kind === "internal"));
  if (rated.length > 0 && inputs.audiences.staff === 0)
    out.push({
      kind: "internal-ratings",
      points: rated.map((p) => p.id),
      raters: [...new Set(rated.flatMap((p) => p.questions.flatMap((q) => (q.audience.kind === "internal" ? [q.audience.rater] : []))))].sort(),
    });
  const untargeted = rated.filter((p) => inputs.targetOf(p.id) === undefined);
  if (inputs.audiences.staff > 0 && untargeted.length > 0) out.push({ kind: "targets", points: untargeted.map((p) => p.id), audience: "internal" });
  if (study.standards.length === 0 && rated.length === 0) out.push({ kind: "standards" });
  return nonEmpty(out);
}
