/**
 * Recognising a study at run time: the argument checks of the public functions (model/arguments.ts) refuse a first
 * argument that is not one, so a call in the 0.1 order (the study second, which 0.3 no longer takes) is told to put the
 * study first. `studyFirst`, which read either order, is kept for one release (deprecated in 0.3, public since 0.2).
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
 * The study and the thing acted on from the first two arguments of a call, in the order `(study, subject)` or in
 * the 0.1 order `(subject, study)`: the study is the argument {@link isStudy} recognises.
 *
 * @deprecated gaptrace's own functions no longer take the 0.1 order (0.3 removed it; they refuse a first argument
 * that is not a study), so nothing in the package uses this. Exported from `gaptrace/model` in 0.2 without a
 * deprecation, it stays for 0.3 and leaves in 0.4: check the order yourself with {@link isStudy}.
 *
 * @param first - The first argument: the study, or (0.1 order) the thing acted on.
 * @param second - The second argument: the thing acted on, or (0.1 order) the study.
 * @returns `[study, subject]`. When neither argument is recognisably a study, the order `(study, subject)` is
 *   assumed, so the caller's own checks report what is wrong.
 * @example
 * ```ts
 * const [s, records] = studyFirst<CaseRecords>(first, second);
 * ```
 */
export function studyFirst<T>(first: Study | T, second: Study | T): readonly [Study, T] {
  if (!isStudy(first) && isStudy(second)) return [second, first];
  return [first as Study, second as T];
}
