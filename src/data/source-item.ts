/**
 * The items a row source yields: a header, a row of cells, an object row, a blank line, a malformed line, and the
 * end of a text source. Kept apart from the sources so the CSV reader and the row reader share it without a cycle.
 * @module
 */

/** One item read from a source, with its 1-based line (or row number for in-memory rows). */
export type SourceItem =
  | {
      readonly kind: "header";
      readonly line: number;
      readonly columns: readonly string[];
      /** Set when the header's bytes are not valid in the encoding read with: the encoding, and ones that fit. */
      readonly undecodable?: { readonly encoding: string; readonly candidates: readonly string[] };
    }
  | { readonly kind: "cells"; readonly line: number; readonly cells: readonly string[] }
  | { readonly kind: "object"; readonly line: number; readonly value: unknown }
  | {
      readonly kind: "malformed";
      readonly line: number;
      /** Last line of the malformed stretch (a broken quote can swallow several lines). */
      readonly lastLine: number;
      /** What was wrong, in plain words. */
      readonly detail: string;
      /** Why, when it is not the line's shape: its bytes are not valid in the encoding. */
      readonly reason?: "invalid-encoding";
    }
  | { readonly kind: "blank"; readonly line: number }
  /**
   * The end of a text source (CSV or JSON Lines), after its last line: a reader that has read no row by then
   * stops with an error, as an empty or header-only file is a mistake, not an empty survey.
   */
  | { readonly kind: "end"; readonly line: number };
