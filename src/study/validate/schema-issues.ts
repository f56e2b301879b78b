/**
 * Turns zod's structural issues into gaptrace {@link Problem}s with a code, the path, plain words and a hint.
 * A few structural mistakes have their own codes because the method cares about them (a step with two owners,
 * a post with no department).
 * @module
 */
import type { z } from "zod";
import { problem, type DocPath, type Problem } from "../../core/problem.js";

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

function describe(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  if (typeof v === "string") return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  return `${typeof v} ${String(v)}`;
}

function fieldName(path: DocPath): string {
  const last = path[path.length - 1];
  return last === undefined ? "the document" : typeof last === "number" ? `item ${last}` : `"${last}"`;
}

/**
 * Convert zod issues (from `StudySchema.safeParse(input)`) to problems.
 *
 * @param issues - the issues zod reported.
 * @param input - the raw input, used to describe what was found.
 * @returns one problem per issue, in zod's order.
 * @example
 * ```ts
 * const r = StudySchema.safeParse(raw);
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
      return problem(
        "owner/multiple",
        "error",
        path,
        `A step has ${found.length} accountable owners (${found.map(String).join(", ")}); a step has exactly one.`,
        "Keep the one accountable post in owner and list the others under contributors.",
      );
    }
    if (key === "department" && found === undefined && typeof parent === "number" && path[path.length - 3] === "posts") {
      return problem(
        "post/no-department",
        "error",
        path,
        `Post ${path.length >= 2 ? `at organisation.posts[${parent}]` : ""} is in no department.`,
        "Every post belongs to exactly one department: add department: <department id>.",
      );
    }
    const parentValue = valueAt(input, path.slice(0, -1));
    if (found === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union") && parentValue !== null && typeof parentValue === "object" && !Array.isArray(parentValue)) {
      const expected = issue.code === "invalid_type" ? issue.expected : issue.code === "invalid_value" ? `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}` : "a value";
      return problem("schema/missing", "error", path, `Required field ${fieldName(path)} is missing.`, `Add ${fieldName(path)} (expected ${expected}).`);
    }
    switch (issue.code) {
      case "invalid_type":
        return problem("schema/invalid-type", "error", path, `Expected ${issue.expected} at ${fieldName(path)} but found ${describe(found)}.`, `Write ${fieldName(path)} as ${issue.expected}.`);
      case "unrecognized_keys":
        return problem("schema/unknown-key", "error", path, `Unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}.`, "Remove the field or correct its spelling; the JSON Schema (schema/study.schema.json) lists the allowed fields.");
      case "invalid_value":
        return problem("schema/invalid-value", "error", path, `${fieldName(path)} is ${describe(found)}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`, "Use one of the allowed values.");
      case "invalid_union":
        return problem("schema/invalid-union", "error", path, `${fieldName(path)} (${describe(found)}) matches none of its allowed forms. ${issue.message}`, "Check the field's form in docs/concepts.md or the JSON Schema.");
      case "too_small":
      case "too_big":
        return problem(`schema/${issue.code === "too_small" ? "too-small" : "too-big"}`, "error", path, `${fieldName(path)}: ${issue.message} (found ${describe(found)}).`, "Correct the value.");
      case "invalid_format":
        return problem("schema/invalid-format", "error", path, `${fieldName(path)} (${describe(found)}): ${issue.message}.`, "Ids use letters, digits, _ . : - (any script), starting with a letter, digit or _.");
      default:
        return problem(`schema/${issue.code.replace(/_/g, "-")}`, "error", path, `${fieldName(path)}: ${issue.message}.`, "Correct the value.");
    }
  });
}
