/**
 * Walking the hand-offs (级级追溯): the steps upstream of a customer's step, and the chain of steps (with what was
 * measured at each) from a candidate cause down to the customer. Being upstream makes a step a candidate only;
 * `trace/trace-gaps.ts` grades each link by the evidence that tests it.
 * @module
 */
import type { StudyGraph } from "../../graph/build.js";
import { stepKey, stepIdFromKey } from "../../graph/ids.js";
import { upstreamOf } from "../../graph/traverse.js";
import type { ChainLink, Evidence } from "../shared/findings.js";

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
