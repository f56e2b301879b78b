/**
 * Declared reach (影响范围): which evaluation points a step or a standard can affect, as the study declares it.
 * Tracing upstream makes every step above a gap a candidate cause; a declared reach lets domain experts narrow
 * that ("a late departure can affect arrival punctuality and connections, but not in-flight wifi"). It only ever
 * removes candidates: a step or standard without a declaration can affect every point downstream of it.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";

/** A step or a standard, by id: what a reach is declared on. */
export type ReachSubject = { step: string } | { standard: string };

/**
 * The declared reach of every step and standard of a study. Every step and standard id has an entry: the set of
 * evaluation point ids it can affect, or `undefined` when the study declares nothing (then it can affect every
 * point downstream of it through hand-offs).
 */
export type StudyReach = {
  readonly steps: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  readonly standards: ReadonlyMap<string, ReadonlySet<string> | undefined>;
};

/**
 * The declared reach of every step and standard, read once so {@link canAffect} is a lookup. When an id is
 * defined twice, the first definition wins, as in the study index and the study graph.
 *
 * @param study - The study (validated, so ids and defaults are in place).
 * @returns For each step id and each standard id, its declared set of evaluation point ids or `undefined`.
 * @example
 * ```ts
 * const reach = reachOf(study);
 * reach.steps.get("depart"); // Set { "ep_arrival", "ep_connection" }
 * reach.steps.get("board"); // undefined: nothing declared, every downstream point
 * reach.standards.get("std_on_time"); // Set { "ep_arrival" }
 * ```
 */
export function reachOf(study: Study): StudyReach {
  const steps = new Map<string, ReadonlySet<string> | undefined>();
  for (const bp of study.blueprints)
    for (const s of bp.steps) if (!steps.has(s.id)) steps.set(s.id, s.reach === undefined ? undefined : new Set(s.reach));
  const standards = new Map<string, ReadonlySet<string> | undefined>();
  for (const s of study.standards)
    if (!standards.has(s.id)) standards.set(s.id, s.reach === undefined ? undefined : new Set(s.reach));
  return { steps, standards };
}

/**
 * Whether the study allows a step or a standard to be a cause of a gap at an evaluation point: true when it
 * declares no reach, otherwise true only for the points it lists. It does not look at hand-offs: the trace still
 * decides which steps are upstream of a point; this only narrows those candidates, it never adds one. A standard
 * is answered for alone (its governed steps' reach is not consulted): a caller that wants a standard to act only
 * through candidate steps checks the step as well.
 *
 * @param reach - The study's declared reach, from {@link reachOf}.
 * @param subject - `{ step: id }` or `{ standard: id }`.
 * @param point - The evaluation point id of the gap.
 * @returns False only when the subject declares a reach that leaves the point out.
 * @throws {@link core!NotFoundError} when the study has no such step or standard; {@link UsageError} for a subject
 *   that names neither.
 * @example
 * ```ts
 * const reach = reachOf(study);
 * canAffect(reach, { step: "depart" }, "ep_arrival"); // true: declared
 * canAffect(reach, { step: "depart" }, "ep_wifi"); // false: "depart" declares a reach without it
 * canAffect(reach, { step: "board" }, "ep_wifi"); // true: "board" declares nothing
 * canAffect(reach, { standard: "std_on_time" }, "ep_connection"); // false
 * ```
 */
export function canAffect(reach: StudyReach, subject: ReachSubject, point: string): boolean {
  const id: unknown = typeof subject !== "object" || subject === null ? undefined : "step" in subject ? subject.step : subject.standard;
  if (typeof id !== "string")
    throw new UsageError("canAffect", "expecting { step: id } or { standard: id } as the subject.", "Name the step or the standard whose reach to check.");
  const [kind, map] = "step" in subject ? (["step", reach.steps] as const) : (["standard", reach.standards] as const);
  if (!map.has(id)) throw new NotFoundError("canAffect", kind, id);
  const declared = map.get(id);
  return declared === undefined || declared.has(point);
}
