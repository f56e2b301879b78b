/**
 * What process walkthroughs (流程穿越) add to an attribution, as data: the runs and problems of the wave, their
 * counts as the sources give them (people, tasks, problems found, solved), which findings the open problems
 * corroborate, which traced links they support, and which steps they point at that no survey or case data
 * confirm. A walkthrough observation is qualitative: it names a problem, it does not measure how much of a gap it
 * causes, so it never gives a share and never changes a link's grade.
 * @module
 */
import type { WalkthroughKind, WalkthroughLedger, WalkthroughObservation, WalkthroughRun } from "../../data/walkthroughs.js";
import type { Grade, TestData } from "./findings.js";

/** The counts of the walkthroughs of a wave: the figures the sources report (583 people, 158 tasks, 349 problems). */
export interface WalkthroughTotals {
  readonly runs: number;
  /** Runs by kind (客户穿越, 岗位穿越, 部门穿越). */
  readonly runsByKind: Readonly<Record<WalkthroughKind, number>>;
  /** People who took part, summed over runs. */
  readonly participants: number;
  /** Tasks walked: each run's declared count, else the distinct tasks of its problems. */
  readonly tasks: number;
  /** Problems found. */
  readonly problems: number;
  readonly solved: number;
  readonly partly: number;
  /** Not solved (`no`). */
  readonly open: number;
}

/** A finding that open walkthrough problems corroborate: the same step, the same standard, or the same post and kind. */
export interface WalkthroughCorroboration {
  readonly finding: string;
  /** The open (unsolved or partly solved) problems, by id. */
  readonly observations: readonly string[];
}

/** A traced link of a customer gap whose step has open walkthrough problems (also on the link: `observed`). */
export interface WalkthroughSupport {
  /** The customer-gap finding. */
  readonly gap: string;
  readonly step: string;
  readonly post: string | undefined;
  /** The link's grade, as the data made it (the walkthrough does not change it). */
  readonly grade: Grade;
  /** Whether the link has a measured share (the walkthrough adds none). */
  readonly share: number | undefined;
  readonly observations: readonly string[];
}

/** A step with open walkthrough problems and no finding: observed in a walkthrough, not confirmed by survey or case data. */
export interface WalkthroughUnconfirmed {
  readonly step: string;
  /** The post the problems belong to (the step's owner unless the records say otherwise). */
  readonly posts: readonly string[];
  readonly observations: readonly string[];
  /** The data that would test whether the step's work costs customers' satisfaction. */
  readonly test: readonly TestData[];
  /**
   * Present when the step is the customer's own (customer layer): no post executes it, so no internal customer rates
   * it, and unless a standard's clock covers it (a `linked-cases` entry in `test`) no work order times it either, so
   * only customers' answers can test it; `points` are the evaluation points rated at the step (none: no survey
   * question asks about it yet). Reports say so when `test` is empty.
   */
  readonly customerStep?: { readonly points: readonly string[] };
}

/** What process walkthroughs add to an attribution ({@link attribution!Attribution.walkthroughs}). */
export interface WalkthroughEvidence {
  /** The runs of the attribution's wave (and those that name no wave). */
  readonly runs: readonly WalkthroughRun[];
  /** Their problems, in record order. */
  readonly observations: readonly WalkthroughObservation[];
  readonly totals: WalkthroughTotals;
  /** The read's ledger (records read = accepted + rejected), when the records came from `readWalkthroughs`. */
  readonly ledger?: WalkthroughLedger;
  /** Runs (and their problems) of other waves, left out of this wave's evidence. */
  readonly otherWaves: { readonly runs: number; readonly problems: number };
  readonly corroborations: readonly WalkthroughCorroboration[];
  readonly supports: readonly WalkthroughSupport[];
  readonly unconfirmed: readonly WalkthroughUnconfirmed[];
}
