/**
 * The walks over hand-offs (级级追溯: tracing level by level), written once against {@link StepAdjacency}: the
 * library's runs walk the study's step network, and the public functions of src/graph/traverse.ts walk a user's
 * graphology `StudyGraph` through its adapter, with the same code. Rework hand-offs point back upstream, so by
 * default they are not followed: otherwise everything after a rework loop would count as upstream of itself.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import type { StepAdjacency } from "./adjacency.js";
import { compareIds } from "./ids.js";

/** Options of `upstreamOf` and `downstreamOf`. */
export type TraverseOptions = {
  /** Follow hand-offs marked `rework` (default `false`). */
  followRework?: boolean;
  /** Stop this many hand-offs away from the step (default: no limit). `1` gives the direct neighbours. */
  maxDepth?: number;
};

/** A step reached by a traversal, and how many hand-offs away it is (the shortest distance). */
export type ReachedStep = { step: string; depth: number };

/**
 * The handle of a step that must exist.
 *
 * @param adj - the steps and hand-offs.
 * @param fn - the public function asking, named in the error message.
 * @param stepId - the step id.
 * @returns the step's handle.
 * @throws {@link core!NotFoundError} when there is no such step; {@link core!UsageError} when the id is not a string.
 * @example
 * ```ts
 * requireStep(network, "upstreamOf", "dispatch"); // 3
 * ```
 * @internal
 */
export function requireStep<N>(adj: Pick<StepAdjacency<N>, "find">, fn: string, stepId: string): N {
  if (typeof stepId !== "string") {
    throw new UsageError(fn, `expecting a step id (a string), got ${typeof stepId}.`, "Pass the id of a step in the study.");
  }
  const node = adj.find(stepId);
  if (node === undefined) throw new NotFoundError(fn, "step", stepId);
  return node;
}

/**
 * The options of a traversal, checked.
 *
 * @param fn - the public function asking, named in the error message.
 * @param opts - the caller's options.
 * @returns whether to follow rework and the depth limit (infinite when none).
 * @throws {@link core!UsageError} for a `maxDepth` that is not a non-negative integer.
 * @example
 * ```ts
 * traverseOptions("upstreamOf", { maxDepth: 1 }); // { followRework: false, maxDepth: 1 }
 * ```
 * @internal
 */
export function traverseOptions(fn: string, opts: TraverseOptions | undefined): { followRework: boolean; maxDepth: number } {
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
function breadthFirst<N>(adj: StepAdjacency<N>, start: N, mode: "inbound" | "outbound", followRework: boolean, visit: (node: N, depth: number) => boolean): void {
  const seen = new Set<N>([start]);
  const queue: N[] = [start];
  const depths: number[] = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h] as N;
    const depth = depths[h] as number;
    if (visit(node, depth)) continue;
    const push = (neighbour: N, rework: boolean): void => {
      if ((rework && !followRework) || seen.has(neighbour)) return;
      seen.add(neighbour);
      queue.push(neighbour);
      depths.push(depth + 1);
    };
    if (mode === "inbound") adj.forEachIn(node, push);
    else adj.forEachOut(node, push);
  }
}

/**
 * The steps upstream (`inbound`) or downstream (`outbound`) of a step, each once at its shortest distance, the step
 * itself never listed (even on a cycle).
 *
 * @param adj - the steps and hand-offs.
 * @param start - the step's handle.
 * @param mode - `inbound` for upstream, `outbound` for downstream.
 * @param options - checked options ({@link traverseOptions}).
 * @returns the reached steps sorted by depth, then by id.
 * @example
 * ```ts
 * reachFrom(network, network.find("repair")!, "inbound", { followRework: false, maxDepth: Infinity });
 * ```
 * @internal
 */
export function reachFrom<N>(adj: StepAdjacency<N>, start: N, mode: "inbound" | "outbound", options: { followRework: boolean; maxDepth: number }): ReachedStep[] {
  const { followRework, maxDepth } = options;
  // Early termination
  if (maxDepth === 0) return [];
  const reached: ReachedStep[] = [];
  breadthFirst(adj, start, mode, followRework, (node, depth) => {
    if (depth > 0) reached.push({ step: adj.id(node), depth });
    return depth >= maxDepth;
  });
  return reached.sort((a, b) => a.depth - b.depth || compareIds(a.step, b.step));
}

/**
 * The steps upstream of a step, as `upstreamOf` gives them for a graph.
 *
 * @param adj - the steps and hand-offs.
 * @param stepId - the step id.
 * @param opts - `followRework` (default false) and `maxDepth` (default no limit).
 * @returns the upstream steps sorted by depth, then id.
 * @throws {@link core!NotFoundError} when there is no such step, as `upstreamOf` does.
 * @example
 * ```ts
 * upstreamIn(studyNetworkShared(study), "repair");
 * ```
 * @internal
 */
export function upstreamIn<N>(adj: StepAdjacency<N>, stepId: string, opts?: TraverseOptions): ReachedStep[] {
  return reachFrom(adj, requireStep(adj, "upstreamOf", stepId), "inbound", traverseOptions("upstreamOf", opts));
}

/**
 * The steps downstream of a step, as `downstreamOf` gives them for a graph.
 *
 * @param adj - the steps and hand-offs.
 * @param stepId - the step id.
 * @param opts - `followRework` (default false) and `maxDepth` (default no limit).
 * @returns the downstream steps sorted by depth, then id.
 * @throws {@link core!NotFoundError} when there is no such step, as `downstreamOf` does.
 * @example
 * ```ts
 * downstreamIn(studyNetworkShared(study), "dispatch", { maxDepth: 1 });
 * ```
 * @internal
 */
export function downstreamIn<N>(adj: StepAdjacency<N>, stepId: string, opts?: TraverseOptions): ReachedStep[] {
  return reachFrom(adj, requireStep(adj, "downstreamOf", stepId), "outbound", traverseOptions("downstreamOf", opts));
}

/**
 * Whether a chain of one or more hand-offs leads from one step to another (a step leads to itself only on a
 * cycle).
 *
 * @param adj - the steps and hand-offs.
 * @param start - the upstream step's handle.
 * @param target - the handle of the step that may be downstream of it.
 * @param followRework - whether rework hand-offs count.
 * @returns true when `target` can be reached from `start`.
 * @example
 * ```ts
 * leadsTo(network, network.find("accept")!, network.find("repair")!, false); // true
 * ```
 * @internal
 */
export function leadsTo<N>(adj: StepAdjacency<N>, start: N, target: N, followRework: boolean): boolean {
  let found = false;
  breadthFirst(adj, start, "outbound", followRework, (node) => {
    // Early termination: stop expanding once found.
    if (found) return true;
    // Checking edges rather than visits also covers from === to, which BFS never revisits; every out-edge of the
    // visit is read, so parallel hand-offs of a multigraph a caller may pass count too.
    adj.forEachOut(node, (head, rework) => {
      if (head === target && (followRework || !rework)) found = true;
    });
    return found;
  });
  return found;
}
