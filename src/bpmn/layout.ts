/**
 * Where the exported BPMN's shapes go (its diagram interchange, DI), so BPMN tools open the file as drawn: pools
 * stacked top to bottom, lanes in layer order, steps in columns by hand-off order (rework aside; steps side by side
 * in different lanes share a column), the parallel
 * gateway just right of its step, and the findings' annotations in rows under their pool.
 * @module
 */
import type { BpmnPlan, PlannedPool } from "./plan.js";

/** A rectangle. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The layout of one pool. */
export interface PoolLayout {
  readonly pool: Box;
  readonly lanes: ReadonlyMap<string, Box>;
  /** Steps by step id, gateways by gateway id. */
  readonly shapes: ReadonlyMap<string, Box>;
  /** Where the annotations of this pool start, and how many fit in a row. */
  readonly notes: { readonly x: number; readonly y: number; readonly perRow: number };
}

/** Sizes, in BPMN diagram units (pixels at 100%). */
export const SIZE = { header: 30, lane: 140, column: 180, margin: 40, task: { width: 100, height: 80 }, gateway: 50, note: { width: 200, height: 80, gap: 20 } } as const;

/**
 * Each step's column: one after the furthest step that hands to it (rework hand-offs aside), so steps that run side
 * by side in different lanes share a column; a step whose lane already has that column moves right. Steps are
 * placed in hand-off order (ties in blueprint order; in a loop not marked rework, the first unplaced step).
 */
function columns(pool: PlannedPool): Map<string, number> {
  const steps = pool.blueprint.steps.map((s) => s.id);
  const laneOf = new Map<string, string>();
  for (const lane of pool.lanes) for (const s of lane.steps) laneOf.set(s.id, lane.id);
  const forward = pool.blueprint.handoffs.filter((h) => !h.rework && h.from !== h.to);
  const incoming = new Map<string, number>(steps.map((s) => [s, 0]));
  for (const h of forward) incoming.set(h.to, (incoming.get(h.to) ?? 0) + 1);
  const col = new Map<string, number>();
  const used = new Map<string, Set<number>>();
  while (col.size < steps.length) {
    const next = steps.find((s) => !col.has(s) && (incoming.get(s) ?? 0) === 0) ?? steps.find((s) => !col.has(s));
    if (next === undefined) break;
    let c = Math.max(0, ...forward.filter((h) => h.to === next && col.has(h.from)).map((h) => (col.get(h.from) ?? 0) + 1));
    const lane = used.get(laneOf.get(next) ?? "") ?? new Set<number>();
    while (lane.has(c)) c += 1;
    lane.add(c);
    used.set(laneOf.get(next) ?? "", lane);
    col.set(next, c);
    for (const h of forward) if (h.from === next) incoming.set(h.to, (incoming.get(h.to) ?? 0) - 1);
  }
  return col;
}

/**
 * Lay out every pool of a plan.
 *
 * @param plan - the drawing plan.
 * @param notesPerPool - how many annotations each pool carries (rows of them go under it).
 * @returns one layout per pool, in the plan's order.
 * @example
 * ```ts
 * layoutBpmn(planBpmn(study), [0])[0]?.pool.height; // lanes × 140
 * ```
 */
export function layoutBpmn(plan: BpmnPlan, notesPerPool: readonly number[]): PoolLayout[] {
  let top = 0;
  return plan.pools.map((pool, i) => {
    const col = columns(pool);
    const width = SIZE.header + 2 * SIZE.margin + (Math.max(0, ...col.values()) + 1) * SIZE.column;
    const lanes = new Map<string, Box>();
    const shapes = new Map<string, Box>();
    pool.lanes.forEach((lane, k) => {
      const y = top + k * SIZE.lane;
      lanes.set(lane.id, { x: SIZE.header, y, width: width - SIZE.header, height: SIZE.lane });
      for (const step of lane.steps) {
        const x = SIZE.header + SIZE.margin + (col.get(step.id) ?? 0) * SIZE.column;
        shapes.set(step.id, { x, y: y + (SIZE.lane - SIZE.task.height) / 2, width: SIZE.task.width, height: SIZE.task.height });
      }
    });
    for (const [step, gw] of pool.gateways) {
      const s = shapes.get(step);
      if (s !== undefined) shapes.set(gw.id, { x: s.x + s.width + 15, y: s.y + (s.height - SIZE.gateway) / 2, width: SIZE.gateway, height: SIZE.gateway });
    }
    const height = Math.max(1, pool.lanes.length) * SIZE.lane;
    const box: Box = { x: 0, y: top, width, height };
    const perRow = Math.max(1, Math.floor((width - SIZE.header) / (SIZE.note.width + SIZE.note.gap)));
    const notes = { x: SIZE.header, y: top + height + SIZE.note.gap, perRow };
    const rows = Math.ceil((notesPerPool[i] ?? 0) / perRow);
    top += height + rows * (SIZE.note.height + SIZE.note.gap) + SIZE.margin;
    return { pool: box, lanes, shapes, notes };
  });
}

/**
 * The waypoints of a flow between two shapes: right side to left side, with a dog-leg; backwards under the shapes.
 *
 * @param from - the source shape.
 * @param to - the target shape.
 * @returns the waypoints.
 * @example
 * ```ts
 * route({ x: 0, y: 0, width: 100, height: 80 }, { x: 180, y: 0, width: 100, height: 80 }); // [{ x: 100, y: 40 }, { x: 180, y: 40 }]
 * ```
 */
export function route(from: Box, to: Box): { readonly x: number; readonly y: number }[] {
  const sy = from.y + from.height / 2;
  const ty = to.y + to.height / 2;
  const sx = from.x + from.width;
  if (to.x >= sx) {
    if (sy === ty) return [{ x: sx, y: sy }, { x: to.x, y: ty }];
    const mid = Math.round((sx + to.x) / 2);
    return [{ x: sx, y: sy }, { x: mid, y: sy }, { x: mid, y: ty }, { x: to.x, y: ty }];
  }
  const below = Math.max(from.y + from.height, to.y + to.height) + 15;
  const fx = from.x + from.width / 2;
  const tx = to.x + to.width / 2;
  return [{ x: fx, y: from.y + from.height }, { x: fx, y: below }, { x: tx, y: below }, { x: tx, y: to.y + to.height }];
}
