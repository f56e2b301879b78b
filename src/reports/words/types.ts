/**
 * The shape of a report language's words: one interface that both tables (English, Simplified Chinese) implement,
 * so TypeScript refuses a table with an entry missing. Fixed words are strings; a sentence with numbers or names is
 * a function of already formatted parts, so each language orders them as it reads.
 * @module
 */
import type { Undecided } from "../../attribution/shared/findings.js";
import type { UndecidedWords } from "../../attribution/shared/undecided.js";

/** Every word of the reports in one language. */
export interface ReportWords {
  /** Undecided items: why, what would settle them, what would show where an unexplained gap comes from. */
  readonly undecided: UndecidedWords;
  /** What an undecided item is about, by kind ("standard's clock"). */
  readonly undecidedKinds: { readonly [K in Undecided["kind"]]: string };
  /** An undecided item's subject: its kind and its name in quotes. */
  readonly undecidedSubject: (kind: string, name: string) => string;
}
