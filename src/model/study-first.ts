/**
 * Recognising a study at run time: the argument checks of the public functions (model/arguments.ts) refuse a first
 * argument that is not one, so a call in the 0.1 order (the study second, which 0.3 no longer takes) is told to put the
 * study first.
 * @module
 */
import { STUDY_FORMAT_VERSION, type Study } from "./study.js";

/**
 * Whether a value is a study: an object that declares the study format (`gaptrace: 1`) and has blueprints.
 *
 * @param value - Anything.
 * @returns True for a study, validated or as written; false for rows, records, results and everything else.
 * @example
 * ```ts
 * isStudy(study);    // true
 * isStudy(records);  // false
 * ```
 */
export function isStudy(value: unknown): value is Study {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { readonly gaptrace?: unknown; readonly blueprints?: unknown };
  return v.gaptrace === STUDY_FORMAT_VERSION && Array.isArray(v.blueprints);
}
