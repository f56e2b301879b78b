/**
 * Walking the hand-offs (级级追溯): the steps upstream of a customer's step, and the chain of steps (with what was
 * measured at each) from a candidate cause down to the customer. Being upstream makes a step a candidate only;
 * `trace/trace-gaps.ts` grades each link by the evidence that tests it. Each walk is written once against the
 * steps and hand-offs however they are held: the attribution walks the study's step network, and the public
 * functions here take a graphology `StudyGraph` and walk it through its adapter.
 * @module
 */
import type { StepAdjacency } from "../../graph/adjacency.js";
import type { StudyGraph } from "../../graph/build.js";
import { graphAdjacency } from "../../graph/graph-adjacency.js";
import { compareIds, stepKey } from "../../graph/ids.js";
import { downstreamIn, upstreamIn } from "../../graph/walk.js";
import type { ChainLink, Evidence } from "../shared/findings.js";

/**
 * Steps upstream of a step (and the step itself at depth 0), rework hand-offs not followed.
 *
 * @param graph - the study graph.
 * @param step - the step id.
 * @returns each step id with its depth.
 * @throws {@link core!NotFoundError} when the step is not in the graph.
 * @example
 * ```ts
 * upstreamWithSelf(graph, "repair").get("dispatch"); // 1
 * ```
 */
export function upstreamWithSelf(graph: StudyGraph, step: string): Map<string, number> {
  return upstreamWithSelfIn(graphAdjacency(graph), step);
}

/**
 * {@link upstreamWithSelf} on the steps and hand-offs however they are held.
 *
 * @param adj - the steps and hand-offs (the study's step network, or a graph's adapter).
 * @param step - the step id.
 * @returns each step id with its depth.
 * @example
 * ```ts
 * upstreamWithSelfIn(studyNetworkShared(study), "repair");
 * ```
 * @internal
 */
export function upstreamWithSelfIn<N>(adj: StepAdjacency<N>, step: string): Map<string, number> {
  const out = new Map<string, number>([[step, 0]]);
  for (const r of upstreamIn(adj, step)) out.set(r.step, r.depth);
  return out;
}

/**
 * The shortest chain of hand-offs from `from` down to `to` (rework not followed), as step ids including both
 * ends; `[from]` when they are the same step; undefined when `to` is not downstream of `from`.
 *
 * @param graph - the study graph.
 * @param from - the upstream step.
 * @param to - the downstream step.
 * @returns the chain's step ids, or undefined.
 * @example
 * ```ts
 * chainSteps(graph, "accept", "repair"); // ["accept", "dispatch", "repair"]
 * ```
 */
export function chainSteps(graph: StudyGraph, from: string, to: string): string[] | undefined {
  return chainStepsIn(graphAdjacency(graph), from, to);
}

/**
 * {@link chainSteps} on the steps and hand-offs however they are held. Among equally short chains, the one whose
 * steps' node keys come first at each level (by UTF-16 code units) is taken, whatever order neighbours come in.
 *
 * @param adj - the steps and hand-offs.
 * @param from - the upstream step.
 * @param to - the downstream step.
 * @returns the chain's step ids, or undefined.
 * @example
 * ```ts
 * chainStepsIn(studyNetworkShared(study), "accept", "repair");
 * ```
 * @internal
 */
export function chainStepsIn<N>(adj: StepAdjacency<N>, from: string, to: string): string[] | undefined {
  if (from === to) return [from];
  const start = adj.find(from);
  const goal = adj.find(to);
  if (start === undefined || goal === undefined) return undefined;
  const parent = new Map<N, N>();
  const queue: N[] = [start];
  const seen = new Set<N>([start]);
  for (let h = 0; h < queue.length; h++) {
    const x = queue[h] as N;
    if (x === goal) break;
    const next: { node: N; key: string }[] = [];
    adj.forEachOut(x, (target, rework) => {
      if (!rework) next.push({ node: target, key: stepKey(adj.id(target)) });
    });
    for (const { node: y } of next.sort((a, b) => compareIds(a.key, b.key))) {
      if (seen.has(y)) continue;
      seen.add(y);
      parent.set(y, x);
      queue.push(y);
    }
  }
  if (!seen.has(goal)) return undefined;
  const path: N[] = [goal];
  while (path[0] !== start) path.unshift(parent.get(path[0] as N) as N);
  return path.map((node) => adj.id(node));
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
  return evidenceChainIn(graphAdjacency(graph), from, to, measuredAt);
}

/**
 * {@link evidenceChain} on the steps and hand-offs however they are held.
 *
 * @param adj - the steps and hand-offs.
 * @param from - the root cause's step.
 * @param to - the step of the customer gap.
 * @param measuredAt - evidence measured at each step.
 * @returns the links, root first.
 * @example
 * ```ts
 * evidenceChainIn(studyNetworkShared(study), "or_bo_dispatch", "or_fl_crew_contact", measuredAt);
 * ```
 * @internal
 */
export function evidenceChainIn<N>(adj: StepAdjacency<N>, from: string, to: string, measuredAt: ReadonlyMap<string, readonly Evidence[]>): ChainLink[] {
  const steps = chainStepsIn(adj, from, to) ?? [from, to];
  return steps.map((s, depth) => {
    const node = adj.find(s);
    return { step: s, layer: (node === undefined ? undefined : adj.layer(node)) ?? "unknown", post: node === undefined ? undefined : adj.owner(node), depth, measured: measuredAt.get(s) ?? [] };
  });
}

/**
 * `frontlinePost` (src/attribution/attribute.ts) on the steps and hand-offs however they are held (the study's
 * step network in the library's runs, a graph's adapter for the public function). Here, not beside it: attribute.ts
 * is re-exported whole by gaptrace/attribution, and nothing of the step network is public.
 *
 * @param adj - the steps and hand-offs.
 * @param step - the step id.
 * @returns the post id, or undefined when no owned step is near.
 * @example
 * ```ts
 * frontlinePostIn(studyNetworkShared(study), "or_crew_arrives"); // "repair_crew"
 * ```
 * @internal
 */
export function frontlinePostIn<N>(adj: StepAdjacency<N>, step: string): string | undefined {
  const node = adj.find(step);
  if (node === undefined) return undefined;
  if (adj.layer(node) !== "customer") return adj.owner(node);
  const near = [...upstreamIn(adj, step, { maxDepth: 3 }), ...downstreamIn(adj, step, { maxDepth: 3 })].sort((x, y) => x.depth - y.depth);
  for (const r of near) {
    const b = adj.find(r.step)!;
    if (adj.layer(b) === "frontline" && adj.owner(b) !== undefined) return adj.owner(b);
  }
  for (const r of near) {
    const owner = adj.owner(adj.find(r.step)!);
    if (owner !== undefined) return owner;
  }
  return undefined;
}
