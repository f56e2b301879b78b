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

// The rework-free copy of a graph, made once and dropped when the graph changes (tracing every customer gap
// would otherwise copy the whole graph per call, quadratic on large blueprints).
const reworkFree = new WeakMap<StudyGraph, StudyGraph>();
const EVENTS = ["nodeAdded", "edgeAdded", "nodeDropped", "edgeDropped", "edgeAttributesUpdated", "nodeAttributesUpdated", "cleared", "edgesCleared"] as const;

function traversable(graph: StudyGraph, followRework: boolean): StudyGraph {
  if (followRework) return graph;
  const cached = reworkFree.get(graph);
  if (cached !== undefined) return cached;
  const copy = graph.someEdge((_edge, attributes) => attributes.rework) ? withoutRework(graph) : graph;
  reworkFree.set(graph, copy);
  const invalidate = (): void => {
    reworkFree.delete(graph);
    for (const e of EVENTS) graph.removeListener(e, invalidate);
  };
  for (const e of EVENTS) graph.on(e, invalidate);
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
 * Breadth-first search from a step, visiting each reached step once at its shortest depth, in the order
 * graphology-traversal's `bfsFromNode` visits them; `visit` returning true stops the search going past that step.
 * Its queue grows with the steps reached: `bfsFromNode` allocates a queue the size of the whole graph on every call,
 * which validating a 20,000-step study (one search per rated step) turned into some 670 MB of short-lived arrays.
 */
function breadthFirst(g: StudyGraph, start: string, mode: "inbound" | "outbound", visit: (key: string, depth: number) => boolean): void {
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  const depths: number[] = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h] as string;
    const depth = depths[h] as number;
    if (visit(node, depth)) continue;
    const push = (neighbor: string): void => {
      if (seen.has(neighbor)) return;
      seen.add(neighbor);
      queue.push(neighbor);
      depths.push(depth + 1);
    };
    if (mode === "inbound") g.forEachInNeighbor(node, push);
    else g.forEachOutNeighbor(node, push);
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
  breadthFirst(traversable(graph, followRework), start, mode, (key, depth) => {
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
  const g = traversable(graph, opts?.followRework === true);
  let found = false;
  breadthFirst(g, start, "outbound", (key) => {
    // Early termination: stop expanding once found.
    if (found) return true;
    // Checking edges rather than visits also covers from === to, which BFS never revisits.
    if (g.hasDirectedEdge(key, target)) found = true;
    return found;
  });
  return found;
}
