/**
 * What the attribution finds, as tagged unions: evidence items, the three kinds of finding (客户不满意点,
 * 标准不合理点, 执行不合格点), what must change, and the evidence chain from a root cause to the customer. Every
 * consumer (reports, CLI, notebooks) matches on `tag` / `kind` exhaustively with ts-pattern, so a new variant
 * cannot be forgotten.
 * @module
 */
import type { Clock, Unit } from "../model/study.js";

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
  /** One-sided p-value of the test that there is a gap (e.g. the mean is below target). */
  readonly p: number;
  /** The p-value adjusted for multiple comparisons across the run. */
  readonly q: number;
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

/** A root cause's part in one customer gap. */
export interface CauseShare {
  /** The root-cause finding. */
  readonly finding: string;
  /** Share of the customer gap (0–1); the shares of one gap sum to 1. */
  readonly share: number;
  /** The severity the share is proportional to. */
  readonly severity: number;
  /** From the root cause's step to the customer's step. */
  readonly chain: readonly ChainLink[];
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
  /** The root causes upstream and their shares (empty when unexplained). */
  readonly causes: readonly CauseShare[];
  /** No upstream cause was found: the gap stays on the front-line post. */
  readonly unexplained: boolean;
  /** For an unexplained gap: what data would settle where it comes from. */
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
  readonly reason: string;
  readonly needs: string;
}

/** One statistical test the run made, significant or not: the audit trail. */
export interface TestRecord {
  readonly id: string;
  readonly evidence: Evidence;
  readonly significant: boolean;
}
