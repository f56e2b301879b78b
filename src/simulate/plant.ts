/**
 * What a simulation plants: problems of each of the three tags at chosen steps, standards and evaluation
 * points, so the truth is known and the attribution engine can be checked against it.
 * @module
 */

/** A planted problem. `severity` scales its size (1 = the default, clearly detectable at the real study's scale). */
export type PlantedCause =
  | {
      /** A step misses its standards and its internal customers rate it low (执行不合格点). */
      readonly tag: "non-compliant-execution";
      readonly step: string;
      readonly severity?: number;
      /** Waves the problem is present in (default: all). */
      readonly waves?: readonly string[];
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

/** What the simulation knows to be true. */
export interface SimulationTruth {
  readonly planted: readonly ResolvedCause[];
  /** External evaluation points whose perception the planted causes lowered, and by which causes (indices). */
  readonly affectedPoints: readonly { readonly point: string; readonly causes: readonly number[]; readonly drop: number }[];
  /** Standards missed as a side effect of a planted cause (their clock spans the delayed work). */
  readonly inducedStandards: readonly { readonly standard: string; readonly cause: number }[];
}
