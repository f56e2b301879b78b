/**
 * The one shape of every user-facing complaint in gaptrace: a {@link Problem} has a stable code, a severity,
 * a path into the input (and a file location where one is known), a plain-words message and what to do about it.
 * Modelled on zod's issues: validation collects all problems instead of stopping at the first.
 * @module
 */

/** How serious a problem is. `error` blocks use of the input; `warning` and `info` do not. */
export type Severity = "error" | "warning" | "info";

/** A path into a document: object keys and array indices, as zod reports them. */
export type DocPath = readonly (string | number)[];

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
 * const p: Problem = {
 *   code: "ref/unknown-post",
 *   severity: "error",
 *   path: ["blueprints", 0, "steps", 3, "owner"],
 *   message: 'Step "dispatch" names owner post "dispatchr", which is not defined.',
 *   hint: "Define the post under organisation.posts or correct the id.",
 * };
 * ```
 */
export interface Problem {
  /** A stable, machine-readable code such as `ref/unknown-post` or `csv/out-of-range`. */
  readonly code: string;
  readonly severity: Severity;
  /** Path into the document (or `[]` for the whole input). */
  readonly path: DocPath;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** File, line and column when the input came from text. */
  readonly location?: SourceLocation;
}

/** Build a {@link Problem}; a small helper so rules read as one line each. */
export function problem(
  code: string,
  severity: Severity,
  path: DocPath,
  message: string,
  hint: string,
): Problem {
  return { code, severity, path: [...path], message, hint };
}

/** True when any problem in the list is an error. */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Render a path like `blueprints[0].steps[3].owner`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === "" ? "(document)" : out;
}

/** Render where a problem is: `study.yaml:12:5 (blueprints[0].steps[3].owner)`. */
export function formatWhere(p: Problem): string {
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

/**
 * Turn problems into prose, one block per problem, errors first.
 *
 * @example
 * ```ts
 * formatProblems([p]);
 * // "error ref/unknown-post at blueprints[0].steps[3].owner: Step ... \n  → Define the post ..."
 * ```
 */
export function formatProblems(problems: readonly Problem[]): string {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return [...problems]
    .sort((a, b) => rank[a.severity] - rank[b.severity])
    .map((p) => `${p.severity} ${p.code} at ${formatWhere(p)}: ${p.message}\n  → ${p.hint}`)
    .join("\n");
}
