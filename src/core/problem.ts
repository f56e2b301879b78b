/**
 * The one shape of every user-facing complaint in gaptrace: a {@link Problem} has a stable code with typed
 * parameters, a severity, a path into the input (and a file location where one is known), a plain-words message and
 * what to do about it. Modelled on zod's issues: validation collects all problems instead of stopping at the first,
 * and the text comes from one table per language (`messages/problems-en.ts`, `messages/problems-zh.ts`, each joined
 * from one module per family of codes).
 * @module
 */
import type { ProblemCode, ProblemParams, ProblemTable, ProblemText } from "./messages/problem-codes.js";
import type { DocPath } from "./messages/path.js";
import { isLang } from "./label.js";
import { PROBLEMS_EN } from "./messages/problems-en.js";
import { PROBLEMS_ZH } from "./messages/problems-zh.js";
import { problemBlocks, textFrom, whereOf } from "./problem-blocks.js";

export type { ProblemCode, ProblemParams, ProblemText } from "./messages/problem-codes.js";
export { formatPath, type DocPath } from "./messages/path.js";

/** How serious a problem is. `error` blocks use of the input; `warning` and `info` do not. */
export type Severity = "error" | "warning" | "info";


/** Where in a file a problem sits (1-based line and column). */
export interface SourceLocation {
  /** The file name or label the text came from, when known. */
  readonly file?: string;
  /** 1-based line number. */
  readonly line?: number;
  /** 1-based column number. */
  readonly column?: number;
}

/**
 * One located problem with an input.
 *
 * @example
 * ```ts
 * const p: Problem = problem("ref/unknown-post", "error", ["blueprints", 0, "steps", 3, "owner"], {
 *   subject: { kind: "step", id: "dispatch" },
 *   id: "dispatchr",
 * });
 * p.message; // 'Step "dispatch" names post "dispatchr", which is not defined.'
 * ```
 */
export interface Problem<C extends ProblemCode = ProblemCode> {
  /** A stable, machine-readable code such as `ref/unknown-post` or `data/out-of-range`. */
  readonly code: C;
  readonly severity: Severity;
  /** Path into the document (or `[]` for the whole input). */
  readonly path: DocPath;
  /** What is wrong, in plain words (English; {@link problemText} gives other languages). */
  readonly message: string;
  /** What to do about it (English; {@link problemText} gives other languages). */
  readonly hint: string;
  /** What the text of the code needs: ids, numbers and the user's values (see {@link ProblemParams}). */
  readonly params: ProblemParams[C];
  /** File, line and column when the input came from text. */
  readonly location?: SourceLocation;
}

/** The languages problems are written in. */
export type ProblemLang = "en" | "zh";

/**
 * The message table of each language. Only {@link problemText} (and so {@link formatProblems}) reads it:
 * {@link problem} uses PROBLEMS_EN directly and the errors' messages the English text their problems carry, so a
 * bundle that never asks for another language leaves the Chinese table out.
 */
const TABLES: Readonly<Record<ProblemLang, ProblemTable>> = { en: PROBLEMS_EN, zh: PROBLEMS_ZH };

/** Render one code's text from a table; the code and its parameters are checked together where the problem is made. */
function render(table: ProblemTable, code: ProblemCode, params: ProblemParams[ProblemCode]): ProblemText {
  return (table[code] as (p: ProblemParams[ProblemCode]) => ProblemText)(params);
}

/**
 * Build a {@link Problem} from its code and parameters; the English message and hint come from the table.
 *
 * @param code - the problem code.
 * @param severity - how serious it is.
 * @param path - where in the input it is (`[]` for the whole input).
 * @param params - what the code's text needs.
 * @returns the problem, with its English message and hint.
 * @example
 * ```ts
 * problem("theme/no-blueprint", "warning", ["themeMap", "themes", 2], { theme: "billing" }).message;
 * // 'Theme "billing" has no blueprint.'
 * ```
 */
export function problem<C extends ProblemCode>(code: C, severity: Severity, path: DocPath, params: ProblemParams[C]): Problem<C> {
  const { message, hint } = render(PROBLEMS_EN, code, params);
  return { code, severity, path: [...path], message, hint, params };
}

/**
 * True when a text is a problem code gaptrace reports (for problems read back from JSON).
 *
 * @param code - the text.
 * @returns whether both message tables have the code.
 * @example
 * ```ts
 * isProblemCode("ref/unknown-post"); // true
 * isProblemCode("ref/unknown-pots"); // false
 * ```
 */
export function isProblemCode(code: string): code is ProblemCode {
  return Object.prototype.hasOwnProperty.call(PROBLEMS_EN, code);
}

/**
 * The message and hint of a problem in a language.
 *
 * @param p - the problem.
 * @param lang - `"en"` (English) or `"zh"` (Simplified Chinese); any other value gives English. The text is rendered
 *   from the code and its parameters (so English is the problem's own text unless its message was changed after it
 *   was made); a problem without parameters, or with a code this version does not know, gives its own text.
 * @returns the message and the hint.
 * @example
 * ```ts
 * problemText(problem("theme/no-blueprint", "warning", [], { theme: "billing" }), "zh").message;
 * // "服务主题 “billing” 没有蓝图。"
 * ```
 */
export function problemText(p: Problem, lang: ProblemLang): ProblemText {
  // A language without a table gets the English text (textFrom: so does a problem without parameters).
  return textFrom(isLang(lang) ? TABLES[lang] : TABLES.en, p);
}

/**
 * True when a problem has a given code; narrows its parameters to that code's.
 *
 * @param p - the problem.
 * @param code - the code to test for.
 * @returns whether `p.code === code`.
 * @example
 * ```ts
 * if (hasCode(p, "schema/unknown-key") && "keys" in p.params) console.log(p.params.keys);
 * ```
 */
export function hasCode<C extends ProblemCode>(p: Problem, code: C): p is Problem<C> {
  return p.code === code;
}

/** True when any problem in the list is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Render where a problem is: `study.yaml:12:5 (blueprints[0].steps[3].owner)`. */
export function formatWhere(p: Problem): string {
  return whereOf(p);
}

/**
 * Turn problems into prose, one block per problem, errors first.
 *
 * @param problems - the problems.
 * @param lang - the language of the messages and hints (default English).
 * @returns one block per problem: severity, code, where, message, and the hint on the next line.
 * @example
 * ```ts
 * formatProblems([p]);
 * // "error ref/unknown-post at blueprints[0].steps[3].owner: Step ... \n  → Define the post ..."
 * formatProblems([p], "zh"); // the same blocks with the Chinese message and hint
 * ```
 */
export function formatProblems(problems: readonly Problem[], lang: ProblemLang = "en"): string {
  return problemBlocks(problems, (p) => problemText(p, lang));
}
