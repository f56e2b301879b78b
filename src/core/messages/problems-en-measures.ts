/**
 * The English text of the problem codes of a catalogue of improvement measures (`ref/unknown-category`,
 * `ref/duplicate-category`, `ref/duplicate-measure`, raised by gaptrace/measures). A family of its own, apart from the
 * study's (problems-en-study.ts), so a bundle that validates studies but reads no catalogue does not carry these
 * texts. The Chinese text is beside it in problems-zh-measures.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, tEn as t } from "./problems-en-words.js";

/** English text of the codes of a catalogue of measures: a plain object (no calls at its top level), so a bundle
 * that raises none of these codes leaves it out. */
export const MEASURES_EN = {
  "ref/unknown-category": (p) => t(`Measure ${q(p.measure)} names category ${q(p.category)}, which is not defined.`, "Define the category under categories or correct the id."),
  "ref/duplicate-category": (p) => t(`Category id ${q(p.id)} is defined twice.`, "Give each category a unique id."),
  "ref/duplicate-measure": (p) => t(`Measure id ${q(p.id)} is defined twice.`, "Give each measure a unique id."),
} satisfies Partial<ProblemTable>;
