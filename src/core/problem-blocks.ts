/**
 * Problems as prose, for {@link core!formatProblems} and for the messages of gaptrace's errors. Internal (not
 * exported from an entry point). It is its own module so that an error's English message needs no table (it is the
 * text each problem carries): a bundle that never asks for Chinese text leaves `messages/problems-zh.ts` out.
 * @module
 * @internal
 */
import type { ProblemCode, ProblemParams, ProblemTable, ProblemText } from "./messages/problem-codes.js";
import { formatPath, type DocPath } from "./messages/path.js";

/** What this module reads of a problem.ts `Problem` (written out: problem.ts imports this module). */
interface Problem {
  readonly code: ProblemCode;
  readonly severity: "error" | "warning" | "info";
  readonly path: DocPath;
  readonly message: string;
  readonly hint: string;
  readonly params: ProblemParams[ProblemCode];
  readonly location?: { readonly file?: string; readonly line?: number; readonly column?: number };
}

/**
 * A problem's message and hint from one language's table. A problem read back from JSON written before problems
 * carried parameters has only its English text; so has one whose code this version does not know.
 * @internal
 */
export function textFrom(table: ProblemTable, p: Problem): ProblemText {
  if ((p.params as unknown) === undefined || !Object.hasOwn(table, p.code)) return { message: p.message, hint: p.hint };
  return (table[p.code] as (params: ProblemParams[ProblemCode]) => ProblemText)(p.params);
}

/** Where a problem is: `study.yaml:12:5 (blueprints[0].steps[3].owner)`. @internal */
export function whereOf(p: Problem): string {
  const loc = p.location;
  const parts: string[] = [];
  if (loc?.file !== undefined || loc?.line !== undefined) {
    let s = loc.file ?? "<input>";
    if (loc.line !== undefined) s += `:${loc.line}`;
    if (loc.column !== undefined) s += `:${loc.column}`;
    parts.push(s);
  }
  if (p.path.length > 0) parts.push(loc?.line !== undefined ? `(${formatPath(p.path)})` : formatPath(p.path));
  return parts.length === 0 ? "(input)" : parts.join(" ");
}

/** One block per problem, errors first: severity, code, where, message, and the hint on the next line. @internal */
export function problemBlocks<P extends Problem>(problems: readonly P[], textOf: (p: P) => ProblemText): string {
  const rank: Record<Problem["severity"], number> = { error: 0, warning: 1, info: 2 };
  return [...problems]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((p) => {
      const { message, hint } = textOf(p);
      return `${p.severity} ${p.code} at ${whereOf(p)}: ${message}\n  → ${hint}`;
    })
    .join("\n");
}
