/**
 * Loops and gaps in the process: cycles (strongly connected components, by an iterative Tarjan so a 10,000-step
 * blueprint cannot overflow the stack), weakly connected components, and per blueprint the steps with no
 * hand-off and the parts a blueprint falls into. Rework loops are legal; a loop with no rework hand-off on it
 * usually means a hand-off points the wrong way.
 * @module
 */
import type { Study } from "../model/study.js";
import type { HandoffEdgeAttributes, StudyGraph } from "./build.js";
import { compareIds, stepIdFromKey, stepKey } from "./ids.js";

/** A cycle of the process: a strongly connected set of steps. */
export type Cycle = {
  /** The steps in it, sorted by id. */
  steps: string[];
  /** The keys of the hand-offs between its steps, sorted. */
  handoffs: string[];
  /** True when every hand-off inside it is marked rework. */
  allRework: boolean;
  /**
   * True when every loop inside it passes through a rework hand-off, so dropping rework hand-offs leaves no
   * cycle: an ordinary rework loop (A → B → C, C ⟲ A marked rework). False means a loop without rework.
   */
  onlyThroughRework: boolean;
};

// Iterative Tarjan over the edges kept by `keep`; returns the components as node keys, in completion order.
function stronglyConnected(graph: StudyGraph, keep: (edge: HandoffEdgeAttributes) => boolean): string[][] {
  const adjacency = new Map<string, string[]>();
  graph.forEachNode((key) => {
    adjacency.set(key, []);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (keep(attributes)) adjacency.get(source)?.push(target);
  });

  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const open = (v: string, frames: { v: string; i: number }[]): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    frames.push({ v, i: 0 });
  };

  for (const root of adjacency.keys()) {
    if (index.has(root)) continue;
    const frames: { v: string; i: number }[] = [];
    open(root, frames);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const neighbours = adjacency.get(frame.v)!;
      if (frame.i < neighbours.length) {
        const w = neighbours[frame.i++]!;
        if (!index.has(w)) open(w, frames);
        else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const v = frame.v;
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string | undefined;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        components.push(component);
      }
      const parent = frames[frames.length - 1];
      if (parent !== undefined) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(v)!));
    }
  }
  return components;
}

function isCycle(graph: StudyGraph, component: string[], keep: (edge: HandoffEdgeAttributes) => boolean): boolean {
  if (component.length > 1) return true;
  const only = component[0]!;
  const edge = graph.directedEdge(only, only);
  return edge !== undefined && keep(graph.getEdgeAttributes(edge));
}

/**
 * The cycles of the process: every strongly connected set of more than one step, or a step with a hand-off to
 * itself, with its hand-offs and whether rework explains it.
 *
 * @param graph - The study graph.
 * @returns The cycles sorted by their first step id.
 * @example
 * ```ts
 * findCycles(graph);
 * // [{ steps: ["callback", "confirm", "repair", "review"], handoffs: [...], allRework: false, onlyThroughRework: true }]
 * findCycles(graph).filter((c) => !c.onlyThroughRework); // loops nobody marked as rework
 * ```
 */
export function findCycles(graph: StudyGraph): Cycle[] {
  const all = (): boolean => true;
  const notRework = (edge: HandoffEdgeAttributes): boolean => !edge.rework;
  const inPlainCycle = new Set<string>();
  for (const component of stronglyConnected(graph, notRework)) {
    if (isCycle(graph, component, notRework)) for (const key of component) inPlainCycle.add(key);
  }

  const cycles: Cycle[] = [];
  for (const component of stronglyConnected(graph, all)) {
    if (!isCycle(graph, component, all)) continue;
    const members = new Set(component);
    const handoffs: string[] = [];
    let allRework = true;
    for (const key of component) {
      graph.forEachOutEdge(key, (edge, attributes, _source, target) => {
        if (!members.has(target)) return;
        handoffs.push(edge);
        if (!attributes.rework) allRework = false;
      });
    }
    cycles.push({
      steps: component.map(stepIdFromKey).sort(compareIds),
      handoffs: handoffs.sort(compareIds),
      allRework,
      onlyThroughRework: !component.some((key) => inPlainCycle.has(key)),
    });
  }
  return cycles.sort((a, b) => compareIds(a.steps[0]!, b.steps[0]!));
}

/**
 * The weakly connected components of the graph: steps linked by hand-offs in either direction.
 *
 * @param graph - The study graph.
 * @returns The components, each sorted by id, ordered by their first step id.
 * @example
 * ```ts
 * components(graph).length; // 1 when every step is linked to every other
 * ```
 */
export function components(graph: StudyGraph): string[][] {
  // A breadth-first search over hand-offs either way, from each step not yet reached (what graphology-traversal's
  // `bfs` in "directed" mode did; its own, so that a browser bundle of parseStudy carries no graphology-traversal,
  // graphology-indices or mnemonist: about 10 KB minified).
  const parts: string[][] = [];
  const seen = new Set<string>();
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const queue = [start];
    const reach = (neighbor: string): void => {
      if (seen.has(neighbor)) return;
      seen.add(neighbor);
      queue.push(neighbor);
    };
    for (let h = 0; h < queue.length; h++) graph.forEachNeighbor(queue[h] as string, reach);
    parts.push(queue.map(stepIdFromKey));
  });
  for (const part of parts) part.sort(compareIds);
  return parts.sort((a, b) => compareIds(a[0]!, b[0]!));
}

/** How one blueprint is connected. */
export type BlueprintConnectivity = {
  theme: string;
  /** Steps of the blueprint with no hand-off at all (to or from any step of any blueprint), in study order. */
  isolated: string[];
  /**
   * The weakly connected parts of the blueprint, counting only hand-offs between its own steps; isolated steps
   * are parts of their own. Each part is sorted by id; parts are ordered by their first step id.
   */
  parts: string[][];
  /** `parts.length`: more than 1 means the blueprint falls into unconnected pieces. */
  components: number;
};

/**
 * Per blueprint, the steps with no hand-off at all and the weakly connected parts it falls into.
 *
 * @param study - The study.
 * @param graph - Its graph (a step whose id an earlier blueprint already used is not counted here).
 * @returns One entry per blueprint, in study order.
 * @example
 * ```ts
 * disconnectedSteps(study, graph).filter((b) => b.components > 1 || b.isolated.length > 0);
 * ```
 */
export function disconnectedSteps(study: Study, graph: StudyGraph): BlueprintConnectivity[] {
  return study.blueprints.map((blueprint) => {
    const members: string[] = [];
    const seen = new Set<string>();
    for (const step of blueprint.steps) {
      const key = stepKey(step.id);
      // A duplicate id resolves to the first step, which may sit in another blueprint: count it only there.
      if (seen.has(key) || !graph.hasNode(key) || graph.getNodeAttribute(key, "theme") !== blueprint.theme) continue;
      seen.add(key);
      members.push(key);
    }

    // Union-find with path halving: iterative, so long chains are safe.
    const parent = new Map<string, string>(members.map((key) => [key, key]));
    const find = (x: string): string => {
      let node = x;
      while (parent.get(node) !== node) {
        const up = parent.get(parent.get(node)!)!;
        parent.set(node, up);
        node = up;
      }
      return node;
    };
    const isolated: string[] = [];
    for (const key of members) {
      if (graph.degree(key) === 0) isolated.push(stepIdFromKey(key));
      graph.forEachOutNeighbor(key, (neighbour) => {
        if (!parent.has(neighbour)) return;
        const a = find(key);
        const b = find(neighbour);
        if (a !== b) parent.set(a, b);
      });
    }

    const byRoot = new Map<string, string[]>();
    for (const key of members) {
      const root = find(key);
      const part = byRoot.get(root);
      if (part === undefined) byRoot.set(root, [stepIdFromKey(key)]);
      else part.push(stepIdFromKey(key));
    }
    const parts = [...byRoot.values()].map((part) => part.sort(compareIds)).sort((a, b) => compareIds(a[0]!, b[0]!));
    return { theme: blueprint.theme, isolated, parts, components: parts.length };
  });
}
