/**
 * What a simulation plants: problems of each of the three tags at chosen steps, standards and evaluation
 * points, so the truth is known and the attribution engine can be checked against it; decoys (a problem in the
 * process data that customers do not feel) and nuisance confounders (an area that is both slower and harder to
 * please) test that the engine blames only what it can show.
 * @module
 */
import type { Clock, Unit } from "../model/study.js";

/** A planted problem. `severity` scales its size (1 = the default, clearly detectable at the real study's scale). */
export type PlantedCause =
  | {
      /** A step misses its standards and its internal customers rate it low (执行不合格点). */
      readonly tag: "non-compliant-execution";
      readonly step: string;
      readonly severity?: number;
      /** Waves the problem is present in (default: all). */
      readonly waves?: readonly string[];
      /**
       * A decoy: the step misses its standards (its durations stretch) and its internal customers rate it low, but
       * no customer point is lowered by it directly. A large upstream problem that explains no customer gap by
       * itself; where its delays run inside another planted standard's clock, the misses it adds there harm the
       * customers as that standard's misses do (linked mode rates a customer by their own case's misses).
       */
      readonly decoy?: boolean;
    }
  | {
      /**
       * A standard looser than customers accept (`via: "threshold"`), or one whose clock starts later than the
       * customers' clock and the gap between the two starts is long (`via: "clock"`, e.g. settled vs paid).
       */
      readonly tag: "unreasonable-standard";
      readonly standard: string;
      readonly via?: "threshold" | "clock";
      readonly severity?: number;
      readonly waves?: readonly string[];
      /**
       * A decoy: the standard's data show the problem (customers' expectations, the clock lag, and for a threshold
       * durations that run up to what the threshold allows) but no customer point is lowered.
       */
      readonly decoy?: boolean;
    }
  | {
      /** Customers are dissatisfied at an evaluation point for a reason the process data do not show. */
      readonly tag: "customer-dissatisfaction";
      readonly point: string;
      readonly severity?: number;
      readonly waves?: readonly string[];
    };

/** The tag of a planted cause (and of a finding). */
export type CauseTag = PlantedCause["tag"];

/** A planted cause resolved against the study: where it sits and who owns it. */
export type ResolvedCause = PlantedCause & {
  /** The steps it sits at (the step; a standard's governed steps; the point's step). */
  readonly steps: readonly string[];
  /** The post that owns it: the executing post, the standard's owner post, or the front-line post. */
  readonly post: string | undefined;
  /** The department that owns it (a standard may be owned by a whole department). */
  readonly department: string | undefined;
  readonly theme: string;
};

/**
 * A nuisance confounder: customers in one segment value (an area, a channel) both have slower cases and rate every
 * point lower, with no causal link from the slow step to the rating. An engine that compares customers across
 * that segment without adjusting for it blames the slow step.
 */
export interface Confounder {
  /** The segment dimension (one of the simulation's segments), e.g. `area`. */
  readonly dimension: string;
  /** The value whose customers are affected, e.g. `remote`. */
  readonly value: string;
  /** Multiplies every duration of that segment's cases (e.g. 1.6: 60% slower). */
  readonly slowdown: number;
  /** Index points (0–100) off every external point for customers in it. */
  readonly ratingDrop: number;
}

/**
 * What puts a simulated customer in a planted cause's harm: their own case missed one of the standards
 * (non-compliant execution), took longer than what the acceptance share of customers accept (unreasonable
 * threshold), met the standard's clock but missed on the customers' clock (unreasonable clock), or nothing
 * case-level (`everyone`: a customer dissatisfaction, a cause the case data cannot show, or the not-linked mode).
 */
export type PlantedExposure =
  | { readonly kind: "missed-standard"; readonly standards: readonly string[] }
  | {
      readonly kind: "beyond-acceptable";
      readonly standard: string;
      /** The value the acceptance share (0.8) of the simulated customers accept, in the standard's unit. */
      readonly acceptable: number;
      readonly unit: Unit;
    }
  | { readonly kind: "customer-clock"; readonly standard: string; readonly customerClock: Clock }
  | { readonly kind: "everyone" };

/** How much one planted cause lowers one point in one wave, and for whom. */
export interface PlantedEffect {
  readonly point: string;
  /** Index into {@link SimulationTruth.planted}. */
  readonly cause: number;
  readonly wave: string;
  readonly theme: string;
  readonly exposure: PlantedExposure;
  /**
   * Index points an exposed customer loses at the point (for the overall question: the mean of the drops at the
   * theme's points, which overall satisfaction follows), before answers are put on their scale.
   */
  readonly drop: number;
  /** Share of the theme's cases of the wave that are exposed (what the drop was scaled by; 1 for `everyone`). */
  readonly caseShare: number;
  /** Share of the theme's external respondents of the wave exposed by their own case, weighted by their weights. */
  readonly exposed: number;
  /** Index points the cause takes off the point's mean: drop × exposed (what a perfect engine attributes to it). */
  readonly attributable: number;
  /** Respondents with an exported link whose case is exposed, and whose case is not: what a linked estimate compares. */
  readonly linkedExposed: number;
  readonly linkedUnexposed: number;
  /**
   * The model's standard error (index points) of the difference in the point's mean index between linked exposed
   * and unexposed customers: σ·√(1/n₁ + 1/n₀) with σ from the simulator's respondent, answer and scale noise;
   * undefined when one side is empty.
   */
  readonly se: number | undefined;
  /**
   * The point's expected gap in the wave, all planted causes and confounders together: its target minus its
   * expected (weighted) mean index (the base index less every effect's attributable points and the confounders'
   * mean drop), on the 0–100 index before answers are put on their scale. Zero or less: no gap is expected, so
   * there is nothing to trace.
   */
  readonly expectedGap: number;
}

/** How survey respondents of one theme and wave were linked to their own cases (linked mode). */
export interface LinkedTheme {
  readonly theme: string;
  readonly wave: string;
  /** External respondents of the theme and wave. */
  readonly respondents: number;
  /** Respondents whose export names their own case. */
  readonly linked: number;
  /** Respondents given an own case (all of them when the theme has case records; 0 without). */
  readonly withCase: number;
  /** Cases generated: the requested `casesPerTheme`, or more when there are more respondents than that. */
  readonly cases: number;
  readonly casesRequested: number;
}

/** The linked mode as simulated. */
export interface LinkTruth {
  /** Share of external respondents whose export names their own case. */
  readonly share: number;
  /** Whether the link column is written (false: the unlinked variant of the same data). */
  readonly exported: boolean;
  readonly themes: readonly LinkedTheme[];
}

/** What the simulation knows to be true. */
export interface SimulationTruth {
  readonly planted: readonly ResolvedCause[];
  /**
   * External evaluation points whose perception the planted causes (not decoys) lowered, and by which causes
   * (indices); `drop` is the planted mean drop (linked mode: the sum of the effects' attributable points,
   * averaged over waves).
   */
  readonly affectedPoints: readonly { readonly point: string; readonly causes: readonly number[]; readonly drop: number }[];
  /** Standards missed as a side effect of a planted cause (their clock spans the delayed work). */
  readonly inducedStandards: readonly { readonly standard: string; readonly cause: number }[];
  /** Indices (into `planted`) of the decoys. */
  readonly decoys: readonly number[];
  /** The nuisance confounders, as planted. */
  readonly confounders: readonly Confounder[];
  /** Per point, cause and wave: who loses how much (the overall question's effect under its point). */
  readonly effects: readonly PlantedEffect[];
  /** The linked mode, or undefined when respondents are not linked to cases. */
  readonly link: LinkTruth | undefined;
}
