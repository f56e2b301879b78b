/**
 * Upstream and downstream of a step (级级追溯: tracing level by level), by breadth-first search over the study
 * graph. Rework hand-offs point back upstream, so by default they are not followed: otherwise everything after
 * a rework loop would count as upstream of itself.
 * @module
 */
import { DirectedGraph } from "graphology";
import { UsageError, type NotFoundError } from "../core/errors.js";
import type { HandoffEdgeAttributes, StepNodeAttributes, StudyGraph } from "./build.js";
import { requireStepKey } from "./build.js";
import { compareIds, stepIdFromKey } from "./ids.js";

/** Options of {@link upstreamOf} and {@link downstreamOf}. */
export type TraverseOptions = {
  /** Follow hand-offs marked `rework` (default `false`). */
  followRework?: boolean;
  /** Stop this many hand-offs away from the step (default: no limit). `1` gives the direct neighbours. */
  maxDepth?: number;
};

/** A step reached by a traversal, and how many hand-offs away it is (the shortest distance). */
export type ReachedStep = { step: string; depth: number };

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

function checkOptions(fn: string, opts: TraverseOptions | undefined): { followRework: boolean; maxDepth: number } {
  const maxDepth = opts?.maxDepth ?? Number.POSITIVE_INFINITY;
  if (typeof maxDepth !== "number" || !(maxDepth >= 0) || (Number.isFinite(maxDepth) && !Number.isInteger(maxDepth))) {
    throw new UsageError(
      fn,
      `maxDepth must be a non-negative integer, got ${String(maxDepth)}.`,
      "Pass maxDepth: 1 for direct neighbours, or leave it out for no limit.",
    );
  }
  return { followRework: opts?.followRework === true, maxDepth };
}

/**
 * Breadth-first search from a step, visiting each reached step once at its shortest depth; `visit` returning true
 * stops the search going past that step. Rework hand-offs are skipped as they are met unless `followRework`.
 * Nothing the size of the graph is made: graphology-traversal's `bfsFromNode` allocated a queue the size of the
 * whole graph on every call (validating a 20,000-step study, one search per rated step, made some 670 MB of
 * short-lived arrays of it), and a rework-free copy of the graph was kept beside it (about 10 MB at 20,000 steps).
 */
function breadthFirst(graph: StudyGraph, start: string, mode: "inbound" | "outbound", followRework: boolean, visit: (key: string, depth: number) => boolean): void {
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  const depths: number[] = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h] as string;
    const depth = depths[h] as number;
    if (visit(node, depth)) continue;
    const push = (_edge: string, attributes: HandoffEdgeAttributes, source: string, target: string): void => {
      if (attributes.rework && !followRework) return;
      const neighbor = mode === "inbound" ? source : target;
      if (seen.has(neighbor)) return;
      seen.add(neighbor);
      queue.push(neighbor);
      depths.push(depth + 1);
    };
    if (mode === "inbound") graph.forEachInEdge(node, push);
    else graph.forEachOutEdge(node, push);
  }
}

function reach(
  graph: StudyGraph,
  fn: string,
  stepId: string,
  mode: "inbound" | "outbound",
  opts: TraverseOptions | undefined,
): ReachedStep[] {
  const start = requireStepKey(graph, fn, stepId);
  const { followRework, maxDepth } = checkOptions(fn, opts);
  // Early termination
  if (maxDepth === 0) return [];
  const reached: ReachedStep[] = [];
  breadthFirst(graph, start, mode, followRework, (key, depth) => {
    if (depth > 0) reached.push({ step: stepIdFromKey(key), depth });
    return depth >= maxDepth;
  });
  return reached.sort((a, b) => a.depth - b.depth || compareIds(a.step, b.step));
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
  const start = requireStepKey(graph, "isDownstream", from);
  const target = requireStepKey(graph, "isDownstream", to);
  const followRework = opts?.followRework === true;
  let found = false;
  breadthFirst(graph, start, "outbound", followRework, (key) => {
    // Early termination: stop expanding once found.
    if (found) return true;
    // Checking edges rather than visits also covers from === to, which BFS never revisits.
    // The out-edges of the visit, so that parallel hand-offs of a multigraph a caller may pass are read too
    // (directedEdge throws on a multigraph; someDirectedEdge(source, target) also visits target → source here).
    if (graph.someOutEdge(key, (_edge, attributes, _source, head) => head === target && (followRework || !attributes.rework))) found = true;
    return found;
  });
  return found;
}
