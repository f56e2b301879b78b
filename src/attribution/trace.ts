/**
 * Tracing upstream (级级追溯, 层层归因): from a customer gap at a step, walk the hand-offs upstream level by level
 * and collect the root causes found there; split the gap among them in proportion to their severity; and record
 * the chain of steps (with what was measured at each) from each root cause down to the customer.
 * @module
 */
import type { StudyGraph } from "../graph/build.js";
import { stepKey, stepIdFromKey } from "../graph/ids.js";
import { upstreamOf } from "../graph/traverse.js";
import type { ChainLink, Evidence } from "./findings.js";

/** Steps upstream of a step (and the step itself at depth 0), rework hand-offs not followed. */
export function upstreamWithSelf(graph: StudyGraph, step: string): Map<string, number> {
  const out = new Map<string, number>([[step, 0]]);
  for (const r of upstreamOf(graph, step)) out.set(r.step, r.depth);
  return out;
}

/**
 * The shortest chain of hand-offs from `from` down to `to` (rework not followed), as step ids including both
 * ends; `[from]` when they are the same step; undefined when `to` is not downstream of `from`.
 */
export function chainSteps(graph: StudyGraph, from: string, to: string): string[] | undefined {
  if (from === to) return [from];
  const start = stepKey(from);
  const goal = stepKey(to);
  if (!graph.hasNode(start) || !graph.hasNode(goal)) return undefined;
  const parent = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const x = queue.shift() as string;
    if (x === goal) break;
    const next: string[] = [];
    graph.forEachOutEdge(x, (_e, attr, _s, target) => {
      if (!attr.rework) next.push(target);
    });
    for (const y of next.sort()) {
      if (seen.has(y)) continue;
      seen.add(y);
      parent.set(y, x);
      queue.push(y);
    }
  }
  if (!seen.has(goal)) return undefined;
  const path = [goal];
  while (path[0] !== start) path.unshift(parent.get(path[0] as string) as string);
  return path.map(stepIdFromKey);
}

/**
 * The evidence chain from a root cause's step to the customer's step, each link with what was measured there.
 *
 * @param graph - the study graph.
 * @param from - the root cause's step.
 * @param to - the step of the customer gap.
 * @param measuredAt - evidence measured at each step (significant or not: the numbers at every link).
 * @returns the links, root first.
 * @example
 * ```ts
 * evidenceChain(graph, "or_bo_dispatch", "or_fl_crew_contact", measuredAt).map((l) => l.step);
 * ```
 */
export function evidenceChain(graph: StudyGraph, from: string, to: string, measuredAt: ReadonlyMap<string, readonly Evidence[]>): ChainLink[] {
  const steps = chainSteps(graph, from, to) ?? [from, to];
  return steps.map((s, depth) => {
    const key = stepKey(s);
    const attrs = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
    return { step: s, layer: attrs?.layer ?? "unknown", post: attrs?.owner, depth, measured: measuredAt.get(s) ?? [] };
  });
}

/**
 * Split a gap among causes in proportion to their severities; equal shares when all severities are zero. The
 * shares sum to 1 (the last share absorbs rounding).
 *
 * @param severities - one per cause.
 * @returns the shares.
 * @example
 * ```ts
 * splitShares([0.3, 0.1]); // [0.75, 0.25]
 * ```
 */
export function splitShares(severities: readonly number[]): number[] {
  if (severities.length === 0) return [];
  const total = severities.reduce((a, b) => a + Math.max(0, b), 0);
  const raw = total > 0 ? severities.map((s) => Math.max(0, s) / total) : severities.map(() => 1 / severities.length);
  const head = raw.slice(0, -1);
  return [...head, 1 - head.reduce((a, b) => a + b, 0)];
}
