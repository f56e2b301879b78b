/**
 * gaptrace's own error classes. A user's mistake (a malformed file, a bad reference, an invalid argument) is
 * always thrown as a {@link GaptraceError} carrying located {@link Problem}s, never as a bare stack trace.
 * @module
 */
import type { NotFoundKind } from "./messages/problem-codes.js";
import type { Problem } from "./problem.js";
import { problemBlocks } from "./problem-blocks.js";
import { problemFrom } from "./problem-from.js";
import { CORE_EN } from "./messages/problems-en-core.js";

/**
 * The problems laid out as `formatProblems(problems)` lays them out, with the English message and hint each problem
 * carries (rendered from its family's table when it was made) rather than its text rendered again from the table:
 * so an error needs no table at all, neither the Chinese one nor the English texts of codes the program never
 * raises. For every problem gaptrace makes the two are the same text.
 */
const englishBlocks = (problems: readonly Problem[]): string =>
  problemBlocks(problems, (p) => ({ message: textOr(p.message, `(no message; code ${String(p.code)})`), hint: textOr(p.hint, "(no hint)") }));

/** A problem's own text, or what to say instead when a problem built in plain JavaScript has none. */
const textOr = (text: unknown, instead: string): string => (typeof text === "string" ? text : instead);

/**
 * Base class of every error gaptrace throws on purpose. Its message is the summary, then one block per problem
 * (errors first): severity, code, where, and the problem's own `message` and `hint` as it carries them (a problem
 * built by hand, or whose message was changed after it was made, shows that text, and one without a message or
 * hint says so; `formatProblems` and `problemText` render the text again from the code and its parameters).
 */
export class GaptraceError extends Error {
  override readonly name: string = "GaptraceError";
  /** The located problems behind the error (at least one). */
  readonly problems: readonly Problem[];

  constructor(summary: string, problems: readonly Problem[]) {
    // A single problem that restates the summary adds only its hint (no sentence said twice).
    const only = problems.length === 1 ? problems[0] : undefined;
    super(only !== undefined && only.message === summary ? `${summary}\n  → ${only.hint}` : problems.length > 0 ? `${summary}\n${englishBlocks(problems)}` : summary);
    this.problems = problems;
  }
}

/** The input (a study, a data file) failed validation; {@link GaptraceError.problems} says where and why. */
export class ValidationError extends GaptraceError {
  override readonly name = "ValidationError";
}

/** A function was called the wrong way (wrong argument, unknown id). Message starts with the function's name. */
export class UsageError extends GaptraceError {
  override readonly name = "UsageError";
  constructor(fn: string, message: string, hint: string) {
    super(`gaptrace/${fn}: ${message}`, [problemFrom(CORE_EN, "usage", "error", [], { fn, detail: message, hint })]);
  }
}

/** Something named by id does not exist in the study. */
export class NotFoundError extends GaptraceError {
  override readonly name = "NotFoundError";
  constructor(fn: string, kind: NotFoundKind, id: string) {
    super(`gaptrace/${fn}: no ${kind} with id ${JSON.stringify(id)}.`, [problemFrom(CORE_EN, `not-found/${kind}`, "error", [], { fn, id })]);
  }
}

/** True for errors gaptrace raised about its input (as opposed to bugs). */
export function isGaptraceError(e: unknown): e is GaptraceError {
  return e instanceof GaptraceError;
}
