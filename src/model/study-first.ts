/**
 * The one argument order of gaptrace's public functions: the study first, the thing acted on next, options last.
 * Functions that took the study second in 0.1 accept that order for one release through a deprecated overload;
 * these helpers tell the two orders apart at run time by recognising the study.
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

/**
 * The study and the thing acted on from the first two arguments of a call, in the current order `(study, subject)`
 * or in the 0.1 order `(subject, study)`, which is deprecated and accepted until 0.3.
 *
 * @param first - The first argument: the study, or (0.1 order) the thing acted on.
 * @param second - The second argument: the thing acted on, or (0.1 order) the study.
 * @returns `[study, subject]`. When neither argument is recognisably a study, the current order is assumed, so
 *   the function's own checks report what is wrong.
 * @example
 * ```ts
 * const [s, records] = studyFirst<CaseRecords>(first, second);
 * ```
 */
export function studyFirst<T>(first: Study | T, second: Study | T): readonly [Study, T] {
  if (!isStudy(first) && isStudy(second)) return [second, first];
  return [first as Study, second as T];
}
