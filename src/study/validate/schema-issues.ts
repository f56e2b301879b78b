/**
 * Turns zod's structural issues into gaptrace {@link Problem}s with a code, the path, plain words and a hint.
 * A few structural mistakes have their own codes because the method cares about them (a step with two owners,
 * a post with no department).
 * @module
 */
import type { z } from "zod/mini";
import type { FieldRef, FoundValue } from "../../core/messages/problem-codes.js";
import type { DocPath, Problem } from "../../core/problem.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/** Read the raw value at a path, tolerating anything (the input is untrusted). */
export function valueAt(root: unknown, path: DocPath): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/**
 * What was found, as data the message tables word ("the text …", "a list").
 *
 * @param v - the raw value.
 * @returns its kind, and the value when it is short enough to show.
 * @example
 * ```ts
 * describeFound([1, 2]); // { kind: "list" }
 * ```
 */
export function describeFound(v: unknown): FoundValue {
  if (v === undefined) return { kind: "nothing" };
  if (v === null) return { kind: "null" };
  if (Array.isArray(v)) return { kind: "list" };
  if (typeof v === "object") return { kind: "object" };
  if (typeof v === "string") return { kind: "text", text: v.length > 40 ? `${v.slice(0, 40)}…` : v };
  return { kind: "other", type: typeof v, value: String(v) };
}

/** The field a path ends at: its key, its item index, or `null` for the document. */
function fieldOf(path: DocPath): FieldRef {
  return path[path.length - 1] ?? null;
}

/**
 * The values a union accepts, when it is a choice among fixed values: the options of a discriminated union whose
 * discriminator matched none (`type: stars`), or a union of literals (`points: 4` for 5 or 7). `null` when the
 * union's forms are structures, which have no short list to name.
 */
function unionAllowed(issue: z.core.$ZodIssueInvalidUnion): string[] | null {
  const options: unknown = (issue as { options?: unknown }).options;
  if (Array.isArray(options) && options.length > 0) return options.map((v) => JSON.stringify(v));
  if (issue.errors.length === 0) return null;
  const values: unknown[] = [];
  for (const branch of issue.errors) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (only === undefined || only.code !== "invalid_value" || only.path.length > 0) return null;
    values.push(...only.values);
  }
  return values.map((v) => JSON.stringify(v));
}

/** A union that matched no form: named values when it is a choice of values, plain words for a standard's owner. */
function unionProblem(issue: z.core.$ZodIssueInvalidUnion, path: DocPath, found: unknown): Problem {
  const allowed = unionAllowed(issue);
  if (allowed !== null) return problemFrom(STUDY_EN, "schema/invalid-value", "error", path, { field: fieldOf(path), found: describeFound(found), allowed });
  if (fieldOf(path) === "owner" && found !== null && typeof found === "object" && !Array.isArray(found)) {
    const owner = found as Record<string, unknown>;
    if (Object.prototype.hasOwnProperty.call(owner, "post") && Object.prototype.hasOwnProperty.call(owner, "department"))
      return problemFrom(STUDY_EN, "owner/post-and-department", "error", path, { post: String(owner["post"]), department: String(owner["department"]) });
  }
  return problemFrom(STUDY_EN, "schema/invalid-union", "error", path, { field: fieldOf(path), found: describeFound(found), detail: issue.message });
}

/**
 * Convert zod issues (from `StudySchema.safeParse(input, ZOD_ENGLISH)`) to problems.
 *
 * @param issues - the issues zod reported.
 * @param input - the raw input, used to describe what was found.
 * @returns one problem per issue, in zod's order.
 * @example
 * ```ts
 * const r = StudySchema.safeParse(raw, ZOD_ENGLISH);
 * if (!r.success) schemaProblems(r.error.issues, raw);
 * ```
 */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const path = issue.path.filter((s): s is string | number => typeof s !== "symbol");
    const found = valueAt(input, path);
    const parent = path[path.length - 2];
    const key = path[path.length - 1];
    if (key === "owner" && Array.isArray(found)) {
      return problemFrom(STUDY_EN, "owner/multiple", "error", path, { owners: found.map(String) });
    }
    if (key === "department" && found === undefined && typeof parent === "number" && path[path.length - 3] === "posts") {
      return problemFrom(STUDY_EN, "post/no-department", "error", path, { index: parent });
    }
    const parentValue = valueAt(input, path.slice(0, -1));
    if (found === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union") && parentValue !== null && typeof parentValue === "object" && !Array.isArray(parentValue)) {
      const expected = issue.code === "invalid_type" ? issue.expected : issue.code === "invalid_value" ? issue.values.map((v) => JSON.stringify(v)) : unionAllowed(issue);
      return problemFrom(STUDY_EN, "schema/missing", "error", path, { field: fieldOf(path), expected });
    }
    switch (issue.code) {
      case "invalid_type":
        return problemFrom(STUDY_EN, "schema/invalid-type", "error", path, { field: fieldOf(path), found: describeFound(found), expected: issue.expected });
      case "unrecognized_keys":
        return problemFrom(STUDY_EN, "schema/unknown-key", "error", path, { keys: issue.keys });
      case "invalid_value":
        return problemFrom(STUDY_EN, "schema/invalid-value", "error", path, { field: fieldOf(path), found: describeFound(found), allowed: issue.values.map((v) => JSON.stringify(v)) });
      case "invalid_union":
        return unionProblem(issue, path, found);
      case "too_small":
      case "too_big":
        return problemFrom(STUDY_EN, issue.code === "too_small" ? "schema/too-small" : "schema/too-big", "error", path, { field: fieldOf(path), found: describeFound(found), detail: issue.message });
      case "invalid_format":
        return problemFrom(STUDY_EN, "schema/invalid-format", "error", path, { field: fieldOf(path), found: describeFound(found), detail: issue.message });
      case "not_multiple_of":
        return problemFrom(STUDY_EN, "schema/not-multiple-of", "error", path, { field: fieldOf(path), detail: issue.message });
      case "invalid_key":
        return problemFrom(STUDY_EN, "schema/invalid-key", "error", path, { field: fieldOf(path), detail: issue.message });
      case "invalid_element":
        return problemFrom(STUDY_EN, "schema/invalid-element", "error", path, { field: fieldOf(path), detail: issue.message });
      default:
        return problemFrom(STUDY_EN, "schema/custom", "error", path, { field: fieldOf(path), detail: issue.message });
    }
  });
}
