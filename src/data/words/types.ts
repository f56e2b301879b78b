/**
 * The shape of the data module's word tables: the sentences that state a computed figure's basis (取数口径) in
 * each report language, so that every compliance and abandonment figure says in words what it counts.
 * @module
 */
import type { Unit } from "../../model/study.js";

/** What a basis sentence says, with names already in the table's language. */
export interface BasisSentenceArgs {
  /** The clock's start and stop events by name; undefined when the figure has no clock (durations given only). */
  readonly start: string | undefined;
  readonly stop: string | undefined;
  /** The metric by name. */
  readonly metric: string;
  /** The threshold with its unit, e.g. "60 s" or "60秒". */
  readonly limit: string;
  readonly better: "lower" | "higher";
  /** The rule for unfinished cases; `end` by name. */
  readonly rule: { readonly count: "miss" | "exclude" | "exclude-if-shorter"; readonly seconds: string | undefined; readonly end: string | undefined };
  /** Durations given directly as numbers are used where a case has one. */
  readonly given: boolean;
}

/** The data module's words in one language. */
export interface DataWords {
  /** A number with its unit: `60 s`, `60秒`. */
  readonly quantity: (value: string, unit: Unit) => string;
  /** The sentence of a compliance figure's basis. */
  readonly compliance: (a: BasisSentenceArgs) => string;
  /** The sentence of an abandonment figure's basis (cases that reach the start and never reach the stop). */
  readonly abandonment: (a: BasisSentenceArgs) => string;
}
