/**
 * The words of the reports in English: every heading, name and sentence, by the one {@link ReportWords} interface
 * the Chinese table implements too.
 * @module
 */
import { UNDECIDED_EN } from "../../attribution/shared/undecided.js";
import type { ReportWords } from "./types.js";

/** “name”. */
function q(name: string): string {
  return `“${name}”`;
}

/** The English table. */
export const EN: ReportWords = {
  undecided: UNDECIDED_EN,
  undecidedKinds: { point: "evaluation point", standard: "standard", clock: "standard's clock", internal: "internal rating" },
  undecidedSubject: (kind, name) => `${kind} ${q(name)}`,
};
