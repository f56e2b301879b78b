/**
 * Upstream and downstream of a step (级级追溯: tracing level by level), by breadth-first search over the study
 * graph. Rework hand-offs point back upstream, so by default they are not followed: otherwise everything after
 * a rework loop would count as upstream of itself.
 * @module
 */
import { DirectedGraph } from "graphology";
import type { NotFoundError, UsageError } from "../core/errors.js";
import type { HandoffEdgeAttributes, StepNodeAttributes, StudyGraph } from "./build.js";
import { graphAdjacency } from "./graph-adjacency.js";
import { leadsTo, reachFrom, requireStep, traverseOptions, type TraverseOptions } from "./walk.js";

export type { ReachedStep, TraverseOptions } from "./walk.js";
import type { ReachedStep } from "./walk.js";

/**
 * A copy of the graph without its rework hand-offs (node and edge attributes are shared, not cloned).
 *
 * @param graph - The study graph.
 * @returns A new graph with the same steps and only the hand-offs not marked rework.
 * @example
 * ```ts
 * withoutRework(graph).hasEdge("review->repair"); // false when that hand-off is rework
 * ```
 */
export function withoutRework(graph: StudyGraph): StudyGraph {
  const copy: StudyGraph = new DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>({
    multi: false,
    allowSelfLoops: true,
  });
  graph.forEachNode((key, attributes) => {
    copy.addNode(key, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!attributes.rework) copy.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return copy;
}

function reach(
  graph: StudyGraph,
  fn: string,
  stepId: string,
  mode: "inbound" | "outbound",
  opts: TraverseOptions | undefined,
): ReachedStep[] {
  const adj = graphAdjacency(graph);
  const start = requireStep(adj, fn, stepId);
  return reachFrom(adj, start, mode, traverseOptions(fn, opts));
}

/**
 * The steps upstream of a step, level by level: depth 1 hands work directly to it, depth 2 to those, and so on.
 * The step itself is never listed, even on a cycle; each step appears once, at its shortest distance.
 *
 * @param graph - The study graph.
 * @param stepId - The step to trace back from.
 * @param opts - `followRework` (default false) and `maxDepth` (default no limit).
 * @returns The upstream steps sorted by depth, then by id.
 * @throws {@link core!NotFoundError} when the step is not in the graph; {@link UsageError} for a bad `maxDepth`.
 * @example
 * ```ts
 * upstreamOf(graph, "repair");
 * // [{ step: "dispatch", depth: 1 }, { step: "supply", depth: 1 }, { step: "accept", depth: 2 }, ...]
 * upstreamOf(graph, "repair", { maxDepth: 1 }); // direct suppliers only
 * ```
 */
export function upstreamOf(graph: StudyGraph, stepId: string, opts?: TraverseOptions): ReachedStep[] {
  return reach(graph, "upstreamOf", stepId, "inbound", opts);
}

/**
 * The steps downstream of a step, level by level: depth 1 receives work directly from it, and so on.
 * The step itself is never listed, even on a cycle; each step appears once, at its shortest distance.
 *
 * @param graph - The study graph.
 * @param stepId - The step to follow forward from.
 * @param opts - `followRework` (default false) and `maxDepth` (default no limit).
 * @returns The downstream steps sorted by depth, then by id.
 * @throws {@link core!NotFoundError} when the step is not in the graph; {@link UsageError} for a bad `maxDepth`.
 * @example
 * ```ts
 * downstreamOf(graph, "dispatch", { maxDepth: 1 });
 * // [{ step: "repair", depth: 1 }, { step: "supply", depth: 1 }]
 * ```
 */
export function downstreamOf(graph: StudyGraph, stepId: string, opts?: TraverseOptions): ReachedStep[] {
  return reach(graph, "downstreamOf", stepId, "outbound", opts);
}

/**
 * Whether a chain of one or more hand-offs leads from one step to another. A step is downstream of itself
 * only when it lies on a cycle.
 *
 * @param graph - The study graph.
 * @param from - The upstream step id.
 * @param to - The step that may be downstream of it.
 * @param opts - `followRework` (default false).
 * @returns True when `to` can be reached from `from`.
 * @throws {@link core!NotFoundError} when either step is not in the graph.
 * @example
 * ```ts
 * isDownstream(graph, "accept", "repair"); // true
 * isDownstream(graph, "repair", "accept"); // false
 * ```
 */
export function isDownstream(
  graph: StudyGraph,
  from: string,
  to: string,
  opts?: Pick<TraverseOptions, "followRework">,
): boolean {
  const adj = graphAdjacency(graph);
  const start = requireStep(adj, "isDownstream", from);
  const target = requireStep(adj, "isDownstream", to);
  return leadsTo(adj, start, target, opts?.followRework === true);
}
