/**
 * Process order of a blueprint, the spine of every walkthrough script: the steps in topological order of the
 * hand-offs (rework hand-offs are not followed, since they point back upstream), grouped into stages. Steps in
 * the same stage do not depend on each other, so they run in parallel. A step's stage is its longest chain of
 * hand-offs from the start; a feeding step with no input of its own (a support system, a warehouse) is placed
 * just before the first step it feeds rather than at the very beginning, where a trainer would not look for it.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import { LAYERS, type Blueprint, type Step, type Study } from "../model/study.js";

/** A stage of a blueprint: the steps that run at the same point of the process. */
export interface ProcessStage {
  /** 1-based stage number. */
  readonly stage: number;
  /** Step ids, top layer first, then in the order the blueprint declares them. */
  readonly steps: readonly string[];
  /** True when the stage holds more than one step (they run in parallel). */
  readonly parallel: boolean;
}

/** The process order of one theme's blueprint. */
export interface ProcessOrder {
  readonly theme: string;
  /** Every step of the blueprint, in process order. */
  readonly order: readonly string[];
  readonly stages: readonly ProcessStage[];
  /** Stage number of each step. */
  readonly stageOf: ReadonlyMap<string, number>;
  /** Position of each step in {@link ProcessOrder.order}. */
  readonly position: ReadonlyMap<string, number>;
  /** The hand-offs that run forward in the order, within the blueprint: the steps each step receives from. */
  readonly predecessors: ReadonlyMap<string, readonly string[]>;
  /** The steps each step hands forward to, within the blueprint, in process order. */
  readonly successors: ReadonlyMap<string, readonly string[]>;
  /**
   * True when hand-offs not marked rework form a loop; the loop was cut at the step declared first, so the order
   * is still complete and deterministic (the validator reports such loops).
   */
  readonly cyclic: boolean;
}

const LAYER_RANK: ReadonlyMap<string, number> = new Map(LAYERS.map((l, i) => [l, i] as const));

/**
 * The blueprint of a theme.
 *
 * @param study - The study.
 * @param theme - The theme id.
 * @param fn - The public function asking, named in the error.
 * @returns The theme's (first) blueprint.
 * @throws {@link core!NotFoundError} when the study has no blueprint for the theme.
 */
export function blueprintOf(study: Study, theme: string, fn: string): Blueprint {
  if (typeof theme !== "string") throw new UsageError(fn, `expecting a theme id (a string), got ${typeof theme}.`, "Pass the id of a theme in the study.");
  const bp = study.blueprints.find((b) => b.theme === theme);
  if (bp === undefined) throw new NotFoundError(fn, "theme", theme);
  return bp;
}

/**
 * The process order of one theme's blueprint: its steps in topological order of the hand-offs, rework not
 * followed, grouped into stages of steps that run in parallel.
 *
 * @param study - The study.
 * @param theme - The theme id.
 * @returns The order, the stages and the stage of each step.
 * @throws {@link core!NotFoundError} when the study has no blueprint for the theme.
 * @example
 * ```ts
 * const { stages } = processOrder(study, "reconnect");
 * stages.map((s) => s.steps.join(" + "));
 * // ["pay", "take_payment + billing_system", "settle", "reconnect_supply", "confirm_supply", "power_back"]
 * ```
 */
export function processOrder(study: Study, theme: string): ProcessOrder {
  const bp = blueprintOf(study, theme, "processOrder");
  const steps: Step[] = [];
  const declared = new Map<string, number>();
  for (const s of bp.steps) {
    if (declared.has(s.id)) continue;
    declared.set(s.id, steps.length);
    steps.push(s);
  }
  const preds = new Map<string, Set<string>>(steps.map((s) => [s.id, new Set<string>()]));
  const succs = new Map<string, Set<string>>(steps.map((s) => [s.id, new Set<string>()]));
  for (const h of bp.handoffs) {
    if (h.rework || h.from === h.to || !declared.has(h.from) || !declared.has(h.to)) continue;
    preds.get(h.to)?.add(h.from);
    succs.get(h.from)?.add(h.to);
  }

  // Kahn's algorithm, the earliest-declared ready step first; a loop is cut at its earliest-declared step.
  const byDecl = (a: string, b: string): number => (declared.get(a) ?? 0) - (declared.get(b) ?? 0);
  const remaining = new Map<string, number>(steps.map((s) => [s.id, preds.get(s.id)?.size ?? 0]));
  const order: string[] = [];
  const placed = new Set<string>();
  let cyclic = false;
  while (order.length < steps.length) {
    let next: string | undefined;
    for (const s of steps) {
      if (!placed.has(s.id) && remaining.get(s.id) === 0) {
        next = s.id;
        break;
      }
    }
    if (next === undefined) {
      cyclic = true;
      next = steps.find((s) => !placed.has(s.id))?.id;
      // Unreachable: the loop runs only while some step is unplaced.
      if (next === undefined) break;
    }
    placed.add(next);
    order.push(next);
    for (const t of succs.get(next) ?? []) remaining.set(t, (remaining.get(t) ?? 0) - 1);
  }

  // Longest chain from the start, counting only hand-offs that run forward in the order (a cut loop's edge does not).
  const position = new Map(order.map((id, i) => [id, i] as const));
  const rank = new Map<string, number>();
  for (const id of order) {
    let r = 0;
    for (const p of preds.get(id) ?? []) if ((position.get(p) ?? 0) < (position.get(id) ?? 0)) r = Math.max(r, (rank.get(p) ?? 0) + 1);
    rank.set(id, r);
  }
  for (const id of order) {
    const forwardPreds = [...(preds.get(id) ?? [])].filter((p) => (position.get(p) ?? 0) < (position.get(id) ?? 0));
    const next = [...(succs.get(id) ?? [])].filter((t) => (position.get(t) ?? 0) > (position.get(id) ?? 0));
    if (forwardPreds.length > 0 || next.length === 0) continue;
    rank.set(id, Math.max(0, Math.min(...next.map((t) => rank.get(t) ?? 0)) - 1));
  }

  const distinct = [...new Set(rank.values())].sort((a, b) => a - b);
  const stageNumber = new Map(distinct.map((r, i) => [r, i + 1] as const));
  const layerOf = new Map(steps.map((s) => [s.id, LAYER_RANK.get(s.layer) ?? 0] as const));
  const stageOf = new Map<string, number>();
  const members = new Map<number, string[]>();
  for (const id of order) {
    const stage = stageNumber.get(rank.get(id) ?? 0) ?? 1;
    stageOf.set(id, stage);
    const list = members.get(stage);
    if (list === undefined) members.set(stage, [id]);
    else list.push(id);
  }
  const stages: ProcessStage[] = [...members.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([stage, ids]) => {
      const sorted = [...ids].sort((a, b) => (layerOf.get(a) ?? 0) - (layerOf.get(b) ?? 0) || byDecl(a, b));
      return { stage, steps: sorted, parallel: sorted.length > 1 };
    });
  const finalOrder = stages.flatMap((s) => s.steps);
  const finalPosition = new Map(finalOrder.map((id, i) => [id, i] as const));
  const byPosition = (a: string, b: string): number => (finalPosition.get(a) ?? 0) - (finalPosition.get(b) ?? 0);
  const forward = (id: string, next: Iterable<string>, dir: 1 | -1): string[] =>
    [...next].filter((t) => dir * ((position.get(t) ?? 0) - (position.get(id) ?? 0)) > 0).sort(byPosition);
  const predecessors = new Map(finalOrder.map((id) => [id, forward(id, preds.get(id) ?? [], -1)] as const));
  const successors = new Map(finalOrder.map((id) => [id, forward(id, succs.get(id) ?? [], 1)] as const));
  return { theme, order: finalOrder, stages, stageOf, position: finalPosition, predecessors, successors, cyclic };
}
