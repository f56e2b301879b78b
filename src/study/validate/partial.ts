/**
 * The method's rules on the parts of a study that did parse, so one pass reports every problem it can: a schema
 * error in one standard (`compliance: 1.5`) does not hide a rule broken by another (a negative threshold).
 * Elements of the flat lists (events, metrics, standards, evaluation points) with schema errors are set aside;
 * the local rules then run on the rest, and a problem that names a set-aside element (which may well be right) is
 * not reported. When a schema error is elsewhere (organisation, theme map, blueprints, the top level), no rule
 * runs: the schema errors alone are reported.
 * @module
 */
import type { z } from "zod/mini";
import type { Problem } from "../../core/problem.js";
import { indexStudy } from "../../model/index-by-id.js";
import { StudySchema } from "../../model/study.js";
import type { Rule } from "./context.js";
import { stepOwnership } from "./ownership.js";
import { evaluationPoints as questionProblems } from "./questions.js";
import { duplicateIds, unknownReferences } from "./references.js";
import { metricsAndStandards } from "./standards.js";
import { ZOD_ENGLISH } from "../../core/zod-english.js";

/** The lists whose elements stand alone enough to be set aside. */
const LISTS: ReadonlySet<string> = new Set(["events", "metrics", "standards", "evaluationPoints"]);

/** Rules that read one element at a time (and references, filtered), not the shape of the whole process. */
const LOCAL_RULES: readonly Rule[] = [duplicateIds, unknownReferences, stepOwnership, metricsAndStandards, questionProblems];

/** Every `id` inside a value (an evaluation point's questions too). */
function idsIn(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) idsIn(v, out);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && typeof v === "string") out.add(v);
      else idsIn(v, out);
    }
}

/** True when a problem's parameters name one of the ids. */
function names(params: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof params === "string") return ids.has(params);
  if (Array.isArray(params)) return params.some((p) => names(p, ids));
  if (params !== null && typeof params === "object") return Object.values(params).some((p) => names(p, ids));
  return false;
}

/**
 * The problems the local rules find in the parts of a study that parsed, located at the original elements.
 *
 * @param input - the raw study document (an object).
 * @param issues - zod's issues with it.
 * @returns the rules' problems (none when the schema errors are not all inside list elements).
 * @example
 * ```ts
 * const r = StudySchema.safeParse(raw, ZOD_ENGLISH);
 * if (!r.success) problems.push(...partialRuleProblems(raw, r.error.issues));
 * ```
 */
export function partialRuleProblems(input: Readonly<Record<string, unknown>>, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const drop = new Map<string, Set<number>>();
  for (const { path } of issues) {
    const [list, index] = path;
    if (typeof list !== "string" || !LISTS.has(list) || typeof index !== "number" || !Array.isArray(input[list])) return [];
    drop.set(list, (drop.get(list) ?? new Set<number>()).add(index));
  }
  const salvaged: Record<string, unknown> = { ...input };
  const kept = new Map<string, number[]>();
  const setAside = new Set<string>();
  for (const [list, indices] of drop) {
    const items = input[list] as readonly unknown[];
    const keep = items.map((_, i) => i).filter((i) => !indices.has(i));
    for (const i of indices) idsIn(items[i], setAside);
    kept.set(list, keep);
    salvaged[list] = keep.map((i) => items[i]);
  }
  const parsed = StudySchema.safeParse(salvaged, ZOD_ENGLISH);
  if (!parsed.success) return [];
  const ctx = { study: parsed.data, index: indexStudy(parsed.data) };
  return LOCAL_RULES.flatMap((rule) => rule(ctx))
    .filter((p) => !names(p.params, setAside))
    .map((p) => {
      // Paths point into the shortened lists: back to the element's place in the file.
      const [list, index] = p.path;
      const original = typeof list === "string" && typeof index === "number" ? kept.get(list)?.[index] : undefined;
      return original === undefined ? p : { ...p, path: [list as string, original, ...p.path.slice(2)] };
    });
}
