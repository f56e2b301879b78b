/**
 * The simulator's public shapes: respondents, answers, segments, options and the data set it returns. Apart from
 * the code that fills them (src/simulate/simulate.ts and its steps) so every step can name them without an import
 * cycle.
 * @module
 */
import type { Confounder, PlantedCause, SimulationTruth } from "./plant.js";
import type { SimCase } from "./cases.js";

/** A simulated respondent. */
export interface SimRespondent {
  readonly id: string;
  readonly audience: "external" | "internal";
  /** The respondent's post (internal respondents only). */
  readonly post?: string;
  readonly theme?: string;
  readonly wave: string;
  readonly weight: number;
  readonly segment: readonly (readonly [string, string])[];
  /** Linked mode: the respondent's own case (known to the simulation whether or not the export names it). */
  readonly case?: string;
  /** Linked mode: whether the survey export names the case (a `link.share` of external respondents do). */
  readonly linked?: boolean;
}

/** One raw answer, as a survey tool would export it (before reverse coding; "DK" for don't know). */
export interface SimAnswer {
  readonly respondent: string;
  readonly question: string;
  readonly value: number | string;
}

/** A segment dimension of the simulated population. */
export interface SimSegment {
  readonly dimension: string;
  readonly values: readonly string[];
  /** Share of the sample in each value (default equal). */
  readonly sampleShares?: readonly number[];
  /** Share of the population in each value (default equal); weights correct the sample to it. */
  readonly populationShares?: readonly number[];
}

/** Options of `simulateStudy`. */
export interface SimulationOptions {
  /** The seed; the same seed gives the same data. Default 1. */
  readonly seed?: number;
  /** External (customer) respondents per wave, split across themes. Default 11,000. */
  readonly externalRespondents?: number;
  /** Internal (staff) respondents per wave, split across rating posts. Default 4,000. */
  readonly internalRespondents?: number;
  /** Case records per theme and wave. Default 2,000. */
  readonly casesPerTheme?: number;
  /** Survey waves. Default `["1"]`. */
  readonly waves?: readonly string[];
  /** The problems to plant. */
  readonly plant?: readonly PlantedCause[];
  /** Segments of the population. Default: region city (60% of sample, 50% of population) / rural. */
  readonly segments?: readonly SimSegment[];
  /** Share of answers given as "DK" (don't know). Default 0.01. */
  readonly dontKnowRate?: number;
  /** Share of answers left out (item non-response). Default 0.02. */
  readonly missingRate?: number;
  /** When the first case starts (epoch ms). Default 2026-03-02T08:00+08:00. */
  readonly startTime?: number;
  /**
   * Linked mode: each customer answers about their own case, and their ratings depend on it (see the module
   * comment). Default: not linked (every customer downstream of a cause loses the same drop).
   */
  readonly link?: SimulationLink;
  /** Nuisance confounders: segments that are both slower and harder to please. Default none. */
  readonly confounders?: readonly Confounder[];
}

/** The linked mode's options. */
export interface SimulationLink {
  /** Share (0–1) of external respondents whose export names their own case. Default 1. */
  readonly share?: number;
  /** Write the link column (`case`); false gives the unlinked variant of the same data. Default true. */
  readonly exported?: boolean;
}

/** A simulated data set and the truth behind it. */
export interface SimulatedData {
  readonly respondents: readonly SimRespondent[];
  readonly answers: readonly SimAnswer[];
  readonly cases: readonly SimCase[];
  readonly truth: SimulationTruth;
}
