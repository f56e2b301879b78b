/**
 * What the attribution finds, as tagged unions: evidence items, the three kinds of finding (客户不满意点,
 * 标准不合理点, 执行不合格点), what must change, and the evidence chain from a root cause to the customer. Every
 * consumer (reports, CLI, notebooks) matches on `tag` / `kind` exhaustively with ts-pattern, so a new variant
 * cannot be forgotten.
 * @module
 */
import type { Clock, Unit } from "../../model/study.js";
import type { SettleItem, UndecidedNeed, UndecidedReason } from "./undecided.js";

/** The three tags. */
export const TAGS = ["customer-dissatisfaction", "unreasonable-standard", "non-compliant-execution"] as const;
/** A finding's tag. */
export type Tag = (typeof TAGS)[number];

/** An estimate with its test against "no gap". */
export interface Measured {
  readonly value: number;
  readonly se: number;
  readonly ci: readonly [number, number];
  readonly level: number;
  readonly n: number;
  readonly nEffective: number;
  /**
   * Degrees of freedom of the Student t distribution behind the interval and p-value; `null`: normal (a share's
   * Wilson interval and score test, or `interval: "z"`). Absent on link effects, whose `df` is on the effect.
   */
  readonly df?: number | null;
  /** Two-sided p-value of the test that the figure differs from its reference (target, zero gap, required share). */
  readonly p: number;
  /** The p-value adjusted for multiple comparisons within its family of tests (one family per kind of test). */
  readonly q: number;
}

/**
 * Unfinished cases behind a compliance figure (abandoned calls, open orders): the rule that counted them, how many
 * were misses and how many left out, and the abandonment figure (the share of started cases never reaching the stop).
 */
export interface UnfinishedEvidence {
  readonly rule: "miss" | "exclude" | "exclude-if-shorter";
  /** The clock's stop event, which these cases never reached. */
  readonly stop: string;
  readonly seconds?: number;
  readonly end?: string;
  /** Cases that started the clock and never reached its stop. */
  readonly cases: number;
  readonly misses: number;
  readonly excluded: number;
  /** Cases that reached the start (less those left out as short): the abandonment figure's denominator. */
  readonly started: number;
  /** `(cases − excluded) / started` with its Wilson interval. */
  readonly abandonment: { readonly value: number; readonly ci: readonly [number, number]; readonly level: number; readonly n: number } | undefined;
}

/** One piece of evidence. */
export type Evidence =
  | {
      /** Customers' (or staff's) satisfaction index at a point is below its target. */
      readonly kind: "perception-below-target";
      readonly point: string;
      readonly questions: readonly string[];
      /** Mean on the 0–100 index. */
      readonly index: Measured;
      readonly target: number;
    }
  | {
      /** SERVQUAL: perception minus expectation, per respondent, is negative. */
      readonly kind: "servqual-gap";
      readonly point: string;
      readonly perception: string;
      readonly expectation: string;
      /** Mean of (perception − expectation) on the 0–100 index. */
      readonly gap: Measured;
    }
  | {
      /** Fewer customers than required accept the standard's threshold. */
      readonly kind: "expectation-vs-standard";
      readonly standard: string;
      readonly question: string;
      readonly threshold: number;
      readonly unit: Unit;
      readonly better: "lower" | "higher";
      /** Share of customers who accept the threshold. */
      readonly acceptShare: Measured;
      /** The required share (the `acceptance` option). */
      readonly required: number;
      /** The value the required share of customers accept (e.g. 30 minutes), when it can be estimated. */
      readonly acceptableValue: { readonly value: number; readonly ci: readonly [number, number] } | undefined;
    }
  | {
      /** The standard's clock starts (or stops) at a different event from the customers' clock. */
      readonly kind: "clock-mismatch";
      readonly standard: string;
      readonly question: string;
      readonly standardClock: Clock;
      readonly customerClock: Clock;
      readonly threshold: number;
      readonly unit: Unit;
      /** Share of cases meeting the threshold on the standard's clock. */
      readonly onStandardClock: Measured | undefined;
      /**
       * Of the cases on time by the standard's own clock, the share also on time by the customers' clock: the
       * clock's own effect, separated from late execution (which the compliance evidence covers).
       */
      readonly onCustomerClock: Measured;
      readonly required: number;
      /** Median time between the two start events, in the standard's unit. */
      readonly medianLag: number | undefined;
    }
  | {
      /** Too few cases meet the standard. */
      readonly kind: "compliance-below-standard";
      readonly standard: string;
      readonly threshold: number;
      readonly unit: Unit;
      readonly better: "lower" | "higher";
      readonly compliance: Measured;
      readonly required: number;
      /** The duration (or value) at the required share of cases now, e.g. the 95th percentile. */
      readonly valueAtRequired: number | undefined;
      /** Standards upstream whose misses coincide with this one's: why this miss is (partly) theirs. */
      readonly coincidence: readonly { readonly standard: string; readonly share: number }[];
      /** Cases that started the clock and never reached its stop, when there were any. */
      readonly unfinished?: UnfinishedEvidence;
    }
  | {
      /** Internal customers rate the support of a step below target (内部客户评价). */
      readonly kind: "internal-rating-below-target";
      readonly point: string;
      readonly rater: string;
      readonly questions: readonly string[];
      readonly index: Measured;
      readonly target: number;
    };

/** How much must change for the gap to close. */
export type Change =
  | { readonly kind: "raise-index"; readonly from: number; readonly to: number }
  | { readonly kind: "close-servqual-gap"; readonly gap: number }
  | { readonly kind: "tighten-threshold"; readonly standard: string; readonly from: number; readonly to: number; readonly unit: Unit }
  | { readonly kind: "move-clock"; readonly standard: string; readonly fromEvent: string; readonly toEvent: string; readonly which: "start" | "stop" }
  | {
      readonly kind: "raise-compliance";
      readonly standard: string;
      readonly from: number;
      readonly to: number;
      /** The duration at the required share must come down (or up) from this to the threshold. */
      readonly valueAtRequired: number | undefined;
      readonly threshold: number;
      readonly unit: Unit;
    };

/** One link of an evidence chain: a step between the root cause and the customer, with what was measured there. */
export interface ChainLink {
  readonly step: string;
  readonly layer: string;
  readonly post: string | undefined;
  /** Distance (hand-offs) from the root cause. */
  readonly depth: number;
  /** What was measured at this step (may be empty: then the link is inferred from the blueprint). */
  readonly measured: readonly Evidence[];
}

/**
 * How strongly the data support a link from an upstream candidate to a customer gap, strongest first. Only
 * `measured` links can carry a share of a gap. `co-variation` links carry an effect across places with its
 * interval, but no share (an ecological estimate can mislead); `internal-chain` and `structural` links are listed
 * as causes to test, with the data that would test them.
 */
export const GRADES = ["measured", "internal-chain", "co-variation", "structural"] as const;
/**
 * A link's grade:
 * - `measured`: the effect was estimated on customers linked to their own cases (or, for overall satisfaction,
 *   on the customers' own ratings of the points);
 * - `internal-chain`: internal customers rate the support below target at every rated link of the chain (the
 *   method's own internal evaluation), but nothing measures the effect on the customer's rating;
 * - `co-variation`: places where the candidate misses more show lower satisfaction, estimated across places (an
 *   ecological estimate: it can mislead where places differ in other ways, so it carries no share);
 * - `structural`: the candidate is upstream and nothing tests the link.
 */
export type Grade = (typeof GRADES)[number];

/** What puts a customer "in" a candidate cause: the exposure whose effect on the point is estimated. */
export type Exposure =
  | {
      /** The customer's own case missed the standard on the standard's own clock (执行不合格). */
      readonly kind: "missed-standard";
      readonly standard: string;
    }
  | {
      /**
       * The customer's own case met the standard but took longer (or less) than the value the required share of
       * customers accept: the harm of an unreasonable threshold (标准不合理: threshold).
       */
      readonly kind: "beyond-acceptable";
      readonly standard: string;
      /** The value the required share of customers accept, in the standard's unit. */
      readonly acceptable: number;
      readonly unit: Unit;
    }
  | {
      /** The case met the standard on its own clock but missed it on the customers' clock (标准不合理: clock). */
      readonly kind: "customer-clock";
      readonly standard: string;
      readonly customerClock: Clock;
    }
  | {
      /** Internal customers rate the support at a step (no customer-level exposure: graded by the chain). */
      readonly kind: "internal-rating";
      readonly point: string;
      readonly rater: string;
    }
  | {
      /** Overall satisfaction: the customer's own satisfaction at another point (key driver). */
      readonly kind: "point";
      readonly point: string;
    };

/** An effect of a candidate on a point's satisfaction, with what it implies for the gap. */
export interface LinkEffect {
  /** How it was estimated. */
  readonly estimator: "linked-regression" | "segment-regression" | "wave-regression" | "driver-regression";
  /**
   * The adjusted difference in the point's index (0–100) between exposed and unexposed customers (negative:
   * exposed customers rate lower); for `driver-regression`, index points of overall satisfaction per index point
   * of the driver. The p-value is two-sided; q is adjusted within the run's family of link tests.
   */
  readonly effect: Measured;
  /** Degrees of freedom of the t reference distribution of the effect's interval and test. */
  readonly df: number;
  /** Share of the (weighted) customers exposed; for a driver, the driver's gap to its target in index points. */
  readonly exposure: number;
  /**
   * Index points of the gap that would close if the exposure went away: −effect × exposure (for a driver:
   * effect × the driver's gap), with its interval by the delta method (the effect's and the exposure's standard
   * errors; their covariance is taken as zero). Positive numbers close the gap.
   */
  readonly attributable: { readonly value: number; readonly se: number; readonly ci: readonly [number, number] };
  /** The segment dimensions the estimate is adjusted for (same-segment comparisons). */
  readonly adjustedFor: readonly string[];
  /** Customers (or groups, for co-variation) behind the estimate. */
  readonly n: number;
}

/** Why a link has the share it has, or none. */
export type LinkReason =
  /**
   * A measured (or co-variation) effect, harmful and significant after the run's adjustment: it has a share.
   * `capped`: the shares of the gap added to more than 100% and were scaled down. `standardMet`: the candidate's
   * standard meets its compliance requirement (so it is no finding), yet the misses that remain measurably lower
   * the customers' rating; the share lands on the post that executes the step.
   */
  | { readonly kind: "share"; readonly capped: boolean; readonly standardMet: boolean }
  /** The effect was estimated but is not significant after the adjustment. */
  | { readonly kind: "not-significant" }
  /** Exposed customers do not rate lower (the estimate points the other way, or the gap it implies is nil). */
  | { readonly kind: "no-harm" }
  /** Harmful and significant, but it explains less than `minSeverity` of the gap: too small to name a post for. */
  | { readonly kind: "negligible" }
  /**
   * The customers' exposure cannot be told apart from the segments it is compared within (or from another
   * candidate's): every rural case late, say. The link is not identifiable from these data.
   */
  | { readonly kind: "confounded" }
  /**
   * Places where the candidate misses more rate the point lower (or not): an ecological estimate, with its interval,
   * that supports or weakens the link but gives no share.
   */
  | { readonly kind: "ecological" }
  /**
   * The linked customers cannot measure the effect: too few were exposed, or too few were not (every linked
   * customer's case missed, say: no one to compare with), or the exposure is unknown for too many (their cases
   * lack the events). Counts are of the linked customers who answered the point.
   */
  | { readonly kind: "too-few-exposed"; readonly exposed: number; readonly unexposed: number; readonly unknown: number; readonly needed: number }
  /** Internal customers rate the support below target at every rated link of the chain; no size is measured. */
  | { readonly kind: "internal-chain"; readonly points: readonly string[] }
  /** Upstream only: nothing tests the link. */
  | { readonly kind: "untested" };

/** Data that would test a link (or test it better). */
export type TestData =
  /** Survey responses linked to their own cases (a case column), and case records with these events. */
  | { readonly kind: "linked-cases"; readonly events: readonly string[] }
  /** Internal customers' ratings of the support at a step. */
  | { readonly kind: "internal-ratings"; readonly step: string; readonly post: string | undefined }
  /**
   * The survey and the case records split by the same segment into at least `needed` places, each with at least
   * `perPlace` customers rating the point and `perPlace` work orders (fewer in a place, and it is left out).
   */
  | { readonly kind: "segments"; readonly needed: number; readonly perPlace: number }
  /**
   * Linked customers on both sides: at least `needed` whose own case was exposed and `needed` whose case was not
   * (now `exposed` and `unexposed`): a larger linked sample, or one from places or periods where the case differs.
   */
  | { readonly kind: "both-sides"; readonly exposed: number; readonly unexposed: number; readonly needed: number }
  /**
   * No per-case measure of the step exists (no standard on it has a clock the case records can read): time it in
   * the case records, a standard on the step whose clock's start and stop events are recorded in the work orders,
   * so customers whose own case missed it can be compared with those whose case did not. `link`: the customers
   * who rate the point are not linked to their cases (nothing is linked, or only other points' customers; from a
   * linked summary, only "nothing is linked" is known), and must be too. `places`: with nothing linked, the other route
   * the tracer runs once the step is timed: the same segment recorded on survey responses and work orders in at
   * least this many places, to compare places, each with at least `perPlace` customers and `perPlace` work orders;
   * both undefined when customers are linked (places are then not compared).
   * Internal customers' ratings per place are no route: the tracer compares places by the case records only.
   */
  | { readonly kind: "step-clock"; readonly step: string; readonly post: string | undefined; readonly link: boolean; readonly places: number | undefined; readonly perPlace: number | undefined }
  /**
   * The exposure cannot be told apart from the segments the comparison adjusts for (`adjustedFor`, segment
   * dimensions) or from another candidate's exposure: linked customers whose own case was exposed and customers
   * whose case was not within the same segments, and cases exposed apart from the other candidates' exposures,
   * would separate them (a larger linked sample, or places or periods where they differ).
   */
  | { readonly kind: "unconfounded-cases"; readonly adjustedFor: readonly string[] }
  /**
   * A point's effect on overall satisfaction could not be estimated (key-driver regression): at least `needed`
   * customers, and at least half of those who rate overall satisfaction, rating the point too; at least `needed`
   * of them also rating every other point the regression takes in (those rated by `needed` and by half of those who
   * rate overall: the fit is listwise, so it uses only customers who rate all of them); their ratings of it varying
   * apart from their ratings of the theme's other points.
   */
  | { readonly kind: "driver-answers"; readonly point: string; readonly needed: number };

/** One upstream candidate examined for a customer gap, graded by its evidence. */
export interface CauseLink {
  /** The finding the candidate is (a root cause, or for overall satisfaction a point's customer gap), if any. */
  readonly finding: string | undefined;
  /** What the candidate is. */
  readonly exposure: Exposure;
  /** The candidate's step (for a standard: the step its metric measures). */
  readonly step: string;
  /** The post the candidate lands on (executor, standard owner, or the driver point's front-line post). */
  readonly post: string | undefined;
  readonly department: string | undefined;
  readonly grade: Grade;
  /** The estimated effect (measured and co-variation links only). */
  readonly effect: LinkEffect | undefined;
  /**
   * Share of the customer gap (0–1): attributable ÷ gap, bounded to [0, 1]; only for measured links whose effect
   * is harmful and significant after the run's adjustment. Undefined otherwise: no share is stated for a link the
   * data have not measured.
   */
  readonly share: number | undefined;
  /**
   * The share's interval (same level as the effect's), by the delta method from the effect's and the exposure
   * share's standard errors and the gap's own standard error; scaled like the share when shares were capped.
   */
  readonly shareCi: readonly [number, number] | undefined;
  /** Why the link has the share it has (or none): typed, so each report language words it from its own table. */
  readonly reason: LinkReason;
  /** For links without a share: the data that would test them (or test them better). */
  readonly test: readonly TestData[];
  /** From the candidate's step to the customer's step. */
  readonly chain: readonly ChainLink[];
  /**
   * On a share passed upstream: the downstream link it is part of. The customers' rating was measured against the
   * downstream standard's misses; this upstream post's share is the part of those misses in excess where its own
   * standard was missed (measured on the cases), times the downstream share.
   */
  readonly through?: PassedThrough;
  /** On a downstream link whose share was partly passed upstream: to whom, and which fraction of its misses. */
  readonly passedUpstream?: readonly PassedThrough[];
  /**
   * Process-walkthrough problems (流程穿越) still open at the candidate's step (unsolved or partly solved), by id:
   * qualitative support for the link. They never change its grade, its reason or its share. Absent when no
   * walkthrough records were given, or none is open at the step.
   */
  readonly observed?: readonly string[];
}

/**
 * A chained miss that carries part of a measured share upstream: of the cases that missed the downstream standard,
 * the fraction in excess where the upstream standard was missed too (Levin's attributable fraction over every
 * case measured on both clocks, with its interval and two-sided test). Only a fraction whose interval lies above 0
 * passes a share.
 */
export interface PassedThrough {
  /** The downstream finding the measured effect belongs to (e.g. `nce:fl_onsite`). */
  readonly from: string;
  /** The upstream finding the part passes to (e.g. `nce:bo_dispatch`). */
  readonly to: string;
  /** The post of that finding (the part's owner). */
  readonly post: string | undefined;
  /** The downstream standard the customers were measured on. */
  readonly standard: string;
  /** The upstream standard whose misses account for part of the downstream misses. */
  readonly upstream: string;
  /** The attributable fraction (0–1) and its interval. */
  readonly fraction: number;
  readonly ci: readonly [number, number];
  /** Two-sided p-value of "no excess". */
  readonly p: number;
  /** Cases measured on both clocks. */
  readonly cases: number;
}

/**
 * A cause with a share of a customer gap: a measured (or co-variation) link whose effect is significant. Its
 * `finding` is the root-cause finding it is, or undefined for a missed standard whose compliance requirement is met
 * (the share then lands on `post`, the executing post).
 */
export interface CauseShare extends CauseLink {
  readonly share: number;
  readonly effect: LinkEffect;
}

interface FindingBase {
  /** Stable id, e.g. `nce:or_bo_dispatch`. */
  readonly id: string;
  readonly theme: string;
  /** The step the finding is at (for a standard: the first governed step). */
  readonly step: string;
  /** The accountable post, when the finding lands on a post. */
  readonly post: string | undefined;
  /** The accountable department. */
  readonly department: string | undefined;
  /** Named persons in the post, where the study names them. */
  readonly persons: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly change: readonly Change[];
  /** Relative size of the gap (0–1), the basis of shares and priorities. */
  readonly severity: number;
  /** The smallest adjusted p-value of the evidence. */
  readonly q: number;
}

/** 客户不满意点: customers are dissatisfied at an evaluation point. */
export interface CustomerDissatisfaction extends FindingBase {
  readonly tag: "customer-dissatisfaction";
  readonly point: string;
  /** The gap the shares are shares of, in index points (target − index, or expectation − perception). */
  readonly gap: number;
  /**
   * The causes with a measured share of the gap, largest first. Shares come only from measured effects with
   * their intervals; with {@link CustomerDissatisfaction.unexplainedShare} they sum to 1.
   */
  readonly causes: readonly CauseShare[];
  /**
   * Every upstream candidate examined, graded by its evidence (those in `causes` too). Links without a share are
   * possible causes to test, each with the data that would test it.
   */
  readonly links: readonly CauseLink[];
  /** Share of the gap no measured upstream effect explains: it stays with the front-line post. */
  readonly unexplainedShare: number;
  /** No measured cause: the whole gap stays on the front-line post. */
  readonly unexplained: boolean;
  /** What data would settle where the unexplained part comes from: typed, so each report language words it. */
  readonly settle: readonly SettleItem[];
  /** `settle` in English, with study ids as written (kept for compatibility). */
  readonly settleWith: readonly string[];
}

/** 标准不合理点: a standard does not meet customers' expectations (threshold or clock). */
export interface UnreasonableStandard extends FindingBase {
  readonly tag: "unreasonable-standard";
  readonly standard: string;
  readonly via: "threshold" | "clock";
  /** The customer gaps it explains, with its share of each. */
  readonly explains: readonly { readonly gap: string; readonly share: number }[];
}

/** 执行不合格点: a step misses its standard or its internal customers rate it below target. */
export interface NonCompliantExecution extends FindingBase {
  readonly tag: "non-compliant-execution";
  readonly standards: readonly string[];
  /** Root-cause findings upstream that explain this one (then it is not a root cause itself). */
  readonly explainedBy: readonly string[];
  readonly explains: readonly { readonly gap: string; readonly share: number }[];
}

/** A finding. Match on `tag`. */
export type Finding = CustomerDissatisfaction | UnreasonableStandard | NonCompliantExecution;

/** Where the data were too thin to decide, and what would settle it. */
export interface Undecided {
  readonly subject: string;
  readonly kind: "point" | "standard" | "clock" | "internal";
  /** Why it could not be decided: typed, so each report language words it from its own table. */
  readonly why: UndecidedReason;
  /** What data would settle it: typed, like `why`. */
  readonly need: UndecidedNeed;
  /** `why` in English, with study ids as written (kept for compatibility). */
  readonly reason: string;
  /** `need` in English, with study ids as written (kept for compatibility). */
  readonly needs: string;
}

/**
 * The families of tests, one per kind of test (the evidence kind that records it), each adjusted for multiple
 * comparisons on its own so that one kind of test cannot change another's verdict: satisfaction against targets,
 * SERVQUAL gaps, standards against customers' expectations, standards' clocks, compliance, internal ratings. The
 * link tests (effects of upstream candidates on customers' ratings) are a seventh family, adjusted by
 * `linkCorrection`.
 */
export const TEST_FAMILIES = [
  "perception-below-target",
  "servqual-gap",
  "expectation-vs-standard",
  "clock-mismatch",
  "compliance-below-standard",
  "internal-rating-below-target",
] as const satisfies readonly Evidence["kind"][];
/** A family of tests: the kind of evidence its tests record. */
export type TestFamily = (typeof TEST_FAMILIES)[number];

/** One statistical test the run made, significant or not: the audit trail. */
export interface TestRecord {
  readonly id: string;
  readonly evidence: Evidence;
  /** The test is a finding: significant after its family's adjustment, in the harmful direction, and large enough. */
  readonly significant: boolean;
  /** The family the test was adjusted in (the kind of its evidence). */
  readonly family: TestFamily;
  /**
   * Which side of its reference the estimate lies on, when the test is significant after its family's adjustment
   * (`"below"`: the harmful side for satisfaction, gaps and shares; `"above"`: the good side); `undefined` when
   * not significant.
   */
  readonly direction: "below" | "above" | undefined;
}

/**
 * 优势点: a strength. Customers (or internal customers) rate an evaluation point significantly better than its
 * reference: satisfaction above its declared target, perception above expectation (a positive SERVQUAL gap), or
 * internal customers' rating of the support above target. A strength is never a finding against a post; it says
 * what to keep. Compliance and acceptance above their required shares are not strengths: meeting a standard with
 * room to spare is what the standard asks, and says nothing of customers' experience beyond it.
 */
export interface Strength {
  /** The id of the test it comes from (`servqual:p01:e01`, `perception:p01`, `internal:p03:post`). */
  readonly id: string;
  /** What was compared. */
  readonly kind: "above-target" | "perception-above-expectation" | "internal-above-target";
  readonly point: string;
  readonly step: string;
  readonly theme: string;
  /** The front-line (or rated) post whose work customers rate well, when the study names one. */
  readonly post: string | undefined;
  /** The rater post, for internal ratings. */
  readonly rater: string | undefined;
  /** The test's evidence (its kind names the test; the estimate lies above its reference). */
  readonly evidence: Evidence;
  /** The estimate: the index (0–100), or the SERVQUAL gap P − E in index points. */
  readonly estimate: number;
  /** The reference it is above: the target, or 0 for a gap. */
  readonly reference: number;
  /** The estimate's interval (level as the run's). */
  readonly ci: readonly [number, number];
  readonly level: number;
  readonly n: number;
  /** Degrees of freedom of the t distribution behind the interval and p (null: normal). */
  readonly df: number | null;
  /** Two-sided p-value. */
  readonly p: number;
  /** Adjusted within its family. */
  readonly q: number;
}

/**
 * An evaluation point with rating questions but no declared target (neither its own `target` nor the
 * `defaultTarget` option): no target test was made there, for customers or staff; what was tested instead.
 */
export interface UntargetedPoint {
  readonly point: string;
  /** The SERVQUAL tests made at the point instead (test ids), perception against customers' own expectation. */
  readonly servqual: readonly string[];
  /** Customer perception questions with no reference to test them against. */
  readonly untested: readonly string[];
  /** Internal raters whose ratings of the point were not tested (no target to test them against). */
  readonly untestedRaters: readonly string[];
}

/** One survey response whose link to a case could not be used, with why. */
export interface LinkProblem {
  readonly respondent: string;
  readonly case: string;
  /**
   * `unknown-case`: no case of the wave has that id; `duplicate-link`: another respondent (earlier by id) already
   * links that case, so this one is not used for effects.
   */
  readonly reason: "unknown-case" | "duplicate-link";
}

/**
 * How external survey responses of the wave were joined to their own cases (work orders, bookings), the basis of
 * every measured link: responses = linked + unlinked + unknown case + duplicate link.
 */
export interface Linkage {
  /** External respondents of the wave. */
  readonly respondents: number;
  /** Respondents joined to a case of the wave. */
  readonly linked: number;
  /** Respondents that name no case. */
  readonly unlinked: number;
  /** Respondents whose case is not among the case records of the wave. */
  readonly unknownCase: number;
  /** Respondents whose case another respondent already links. */
  readonly duplicate: number;
  /** Cases in the case records of the wave (0: no case records were given, so nothing could be linked). */
  readonly caseRecords: number;
  /** The first problems (at most 100), in respondent order. */
  readonly problems: readonly LinkProblem[];
}

/** Evidence kinds, in the order reports list them. */
export const EVIDENCE_KINDS = [
  "perception-below-target",
  "servqual-gap",
  "expectation-vs-standard",
  "clock-mismatch",
  "compliance-below-standard",
  "internal-rating-below-target",
] as const satisfies readonly Evidence["kind"][];

/** Change kinds, in the order reports list them. */
export const CHANGE_KINDS = [
  "raise-index",
  "close-servqual-gap",
  "tighten-threshold",
  "move-clock",
  "raise-compliance",
] as const satisfies readonly Change["kind"][];
