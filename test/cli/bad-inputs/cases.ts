/**
 * The catalogue of bad inputs (issue 11): every kind of mistake a user can make in a study file, on the command
 * line, in a survey file or in a case file, with what `gaptrace` must say about it. test/cli/bad-inputs.test.ts
 * runs each one. To add a kind, add one entry to the list of its area (see docs/cli.md, "The bad-input catalogue").
 */
import type { Kind } from "./kind.js";
import { CASE_KINDS, SURVEY_KINDS } from "./data-kinds.js";
import { DESCRIPTION_KINDS } from "./description-kinds.js";
import { FLAG_KINDS } from "./flag-kinds.js";
import { STUDY_KINDS } from "./study-kinds.js";

export type { Kind, LedgerExpectation } from "./kind.js";
export { writeBaseline } from "./kind.js";

/** Every kind, by area. */
export const KINDS: readonly Kind[] = [...STUDY_KINDS, ...FLAG_KINDS, ...SURVEY_KINDS, ...CASE_KINDS, ...DESCRIPTION_KINDS];

/** How many kinds the catalogue has. */
export const KIND_COUNT = KINDS.length;
