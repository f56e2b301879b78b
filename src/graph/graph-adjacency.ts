/**
 * A user's graphology `StudyGraph` read as the library's own steps and hand-offs: an adapter for the walks of
 * src/graph/walk.ts (steps by node key, nothing copied), and a step network read from the graph for the
 * whole-graph algorithms (cycles, connectivity), which visit every step and hand-off anyway. So the public
 * functions that take a `StudyGraph` run the same code as the library's runs on the study's network. Nothing here
 * imports graphology: the graph is only read through its methods.
 * @module
 */
import type { Handoff, Layer, Step } from "../model/study.js";
import type { StepAdjacency } from "./adjacency.js";
import type { StudyGraph } from "./build.js";
import { stepIdFromKey, stepKey } from "./ids.js";
import { networkOf, type StepNetwork } from "./step-network.js";

class GraphAdjacency implements StepAdjacency<string> {
  constructor(private readonly graph: StudyGraph) {}

  find(stepId: string): string | undefined {
    const key = stepKey(stepId);
    return this.graph.hasNode(key) ? key : undefined;
  }

  id(key: string): string {
    return stepIdFromKey(key);
  }

  step(key: string): Step | undefined {
    return this.graph.getNodeAttribute(key, "step");
  }

  theme(key: string): string {
    return this.graph.getNodeAttribute(key, "theme");
  }

  layer(key: string): Layer | undefined {
    return this.graph.getNodeAttribute(key, "layer");
  }

  owner(key: string): string | undefined {
    return this.graph.getNodeAttribute(key, "owner");
  }

  forEachOut(key: string, visit: (to: string, rework: boolean) => void): void {
    this.graph.forEachOutEdge(key, (_edge, attributes, _source, target) => visit(target, attributes.rework));
  }

  forEachIn(key: string, visit: (from: string, rework: boolean) => void): void {
    this.graph.forEachInEdge(key, (_edge, attributes, source) => visit(source, attributes.rework));
  }
}

const adapters = new WeakMap<StudyGraph, StepAdjacency<string>>();

/**
 * A graphology study graph as {@link StepAdjacency} (by node key; reads go to the graph, so changes to it show).
 *
 * @param graph - a study graph (a user's, the shared one, or its read-only view).
 * @returns the adapter (one per graph).
 * @example
 * ```ts
 * reachFrom(graphAdjacency(graph), stepKey("repair"), "inbound", { followRework: false, maxDepth: 1 });
 * ```
 * @internal
 */
export function graphAdjacency(graph: StudyGraph): StepAdjacency<string> {
  let hit = adapters.get(graph);
  if (hit === undefined) {
    hit = new GraphAdjacency(graph);
    adapters.set(graph, hit);
  }
  return hit;
}

/**
 * A step network read from a graphology study graph as it is now: its nodes in the graph's order, its edges in the
 * graph's order, each node's neighbours in the order graphology iterates them, and its node and edge keys (a step
 * is found by node key, `stepKey(id)`, as on the graph, whatever keys the graph's maker chose).
 *
 * @param graph - a study graph.
 * @returns a network of the same steps and hand-offs (not shared, not cached: the graph may change).
 * @example
 * ```ts
 * networkOfGraph(buildStudyGraph(study)).order === graph.order; // true
 * ```
 * @internal
 */
export function networkOfGraph(graph: StudyGraph): StepNetwork {
  const keys = graph.nodes();
  const number = new Map<string, number>();
  keys.forEach((key, v) => number.set(key, v));
  const attributes = keys.map((key) => graph.getNodeAttributes(key));
  const nodes = {
    ids: keys.map(stepIdFromKey),
    nodeKeys: keys,
    steps: attributes.map((a) => a.step),
    themes: attributes.map((a) => a.theme),
    layers: attributes.map((a) => a.layer),
    owners: attributes.map((a) => a.owner),
  };
  const from: number[] = [];
  const to: number[] = [];
  const handoffs: Handoff[] = [];
  const edgeThemes: string[] = [];
  const kinds: Handoff["kind"][] = [];
  const rework: number[] = [];
  const edgeKeys: string[] = [];
  graph.forEachEdge((edge, a, source, target) => {
    from.push(number.get(source)!);
    to.push(number.get(target)!);
    handoffs.push(a.handoff);
    edgeThemes.push(a.theme);
    kinds.push(a.kind);
    rework.push(a.rework ? 1 : 0);
    edgeKeys.push(edge);
  });
  return networkOf(nodes, {
    edgeFrom: Int32Array.from(from), edgeTo: Int32Array.from(to), handoffs, edgeThemes, kinds, rework: Uint8Array.from(rework), edgeKeys,
  });
}
