/**
 * How gaptrace's own modules make a {@link Problem}: from the table of the family of codes they raise
 * (`messages/problems-en-study.ts`, `messages/problems-en-data.ts`, …) rather than from the whole English table, so
 * that a bundle carries the texts of the codes its code can raise and no others. The public {@link problem} renders
 * from every family's table; the result is the same problem. Internal (not exported from an entry point).
 * @module
 * @internal
 */
import type { ProblemCode, ProblemParams, ProblemTable, ProblemText } from "./messages/problem-codes.js";
import type { DocPath } from "./messages/path.js";
import type { Problem, Severity } from "./problem.js";

/**
 * {@link problem} with the English text taken from one family's table, which the caller imports.
 *
 * @param texts - the English table of the code's family (`STUDY_EN`, `DATA_EN`, …).
 * @param code - the problem code (one of that table's).
 * @param severity - how serious it is.
 * @param path - where in the input it is (`[]` for the whole input).
 * @param params - what the code's text needs.
 * @returns the problem, with its English message and hint.
 * @example
 * ```ts
 * problemFrom(STUDY_EN, "theme/no-blueprint", "warning", ["themeMap", "themes", 2], { theme: "billing" }).message;
 * // 'Theme "billing" has no blueprint.'
 * ```
 * @internal
 */
export function problemFrom<T extends Partial<ProblemTable>, C extends keyof T & ProblemCode>(texts: T, code: C, severity: Severity, path: DocPath, params: ProblemParams[C]): Problem<C> {
  const { message, hint } = (texts[code] as unknown as (p: ProblemParams[C]) => ProblemText)(params);
  return { code, severity, path: [...path], message, hint, params };
}
