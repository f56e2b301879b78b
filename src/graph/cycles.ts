/**
 * Loops and gaps in the process: cycles (strongly connected components, by an iterative Tarjan so a 10,000-step
 * blueprint cannot overflow the stack), weakly connected components, and per blueprint the steps with no
 * hand-off and the parts a blueprint falls into. Rework loops are legal; a loop with no rework hand-off on it
 * usually means a hand-off points the wrong way.
 * @module
 */
import type { Study } from "../model/study.js";
import type { StudyGraph } from "./build.js";
import { networkOfGraph } from "./graph-adjacency.js";
import { compareIds, stepIdFromKey } from "./ids.js";
import type { StepNetwork } from "./step-network.js";

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

/**
 * Iterative Tarjan over the edges kept by `keep`; returns the components that are cycles (more than one step, or
 * one step with a kept hand-off to itself) as step numbers, in completion order. Steps are numbered and every table
 * is a typed array: with string-keyed maps and a frame object per step, the two searches of a 20,000-step study
 * left some 18 MB of garbage that lived long enough to be promoted (part 3g of docs/performance.md).
 */
function cyclicComponents(network: StepNetwork, keep: (edge: number) => boolean): number[][] {
  // The network's own out-rows (the neighbours of step v are outNeighbours[first[v]] up to first[v + 1]), an edge
  // that `keep` refuses skipped where it is read.
  const { outOffsets: first, outNeighbours: targets, outEdges } = network.parts;
  const n = network.order;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  const frameNode = new Int32Array(n);
  const frameNext = new Int32Array(n);
  let top = 0;
  let frames = 0;
  let counter = 0;
  const components: number[][] = [];
  const open = (v: number): void => {
    index[v] = low[v] = counter++;
    stack[top++] = v;
    onStack[v] = 1;
    frameNode[frames] = v;
    frameNext[frames++] = first[v]!;
  };
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    open(root);
    while (frames > 0) {
      const f = frames - 1;
      const v = frameNode[f]!;
      if (frameNext[f]! < first[v + 1]!) {
        const k = frameNext[f]!++;
        if (!keep(outEdges[k]!)) continue;
        const w = targets[k]!;
        if (index[w] === -1) open(w);
        else if (onStack[w] === 1) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      frames--;
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack[--top]!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        if (component.length > 1 || selfLoop(network, keep, v)) components.push(component);
      }
      if (frames > 0) {
        const parent = frameNode[frames - 1]!;
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
    }
  }
  return components;
}

function selfLoop(network: StepNetwork, keep: (edge: number) => boolean, v: number): boolean {
  const { outOffsets, outNeighbours, outEdges } = network.parts;
  for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) if (outNeighbours[k] === v && keep(outEdges[k]!)) return true;
  return false;
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
  return cyclesOf(networkOfGraph(graph));
}

/**
 * The cycles of a step network, as {@link findCycles} gives them for its graph.
 *
 * @param network - the study's step network.
 * @returns the cycles sorted by their first step id.
 * @example
 * ```ts
 * cyclesOf(studyNetworkShared(study)).filter((c) => !c.onlyThroughRework);
 * ```
 * @internal
 */
export function cyclesOf(network: StepNetwork): Cycle[] {
  const { rework, outOffsets, outNeighbours, outEdges } = network.parts;
  const inPlainCycle = new Uint8Array(network.order);
  for (const component of cyclicComponents(network, (e) => rework[e] === 0)) for (const v of component) inPlainCycle[v] = 1;

  const cycles: Cycle[] = [];
  for (const component of cyclicComponents(network, () => true)) {
    const members = new Set(component);
    const handoffs: string[] = [];
    let allRework = true;
    for (const v of component) {
      for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) {
        if (!members.has(outNeighbours[k]!)) continue;
        handoffs.push(network.edgeKey(outEdges[k]!));
        if (rework[outEdges[k]!] === 0) allRework = false;
      }
    }
    cycles.push({
      steps: component.map((v) => network.id(v)).sort(compareIds),
      handoffs: handoffs.sort(compareIds),
      allRework,
      onlyThroughRework: !component.some((v) => inPlainCycle[v] === 1),
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
  return connectivityOf(study, networkOfGraph(graph));
}

/**
 * Per blueprint, the steps with no hand-off at all and the weakly connected parts it falls into, as
 * {@link disconnectedSteps} gives them for the network's graph.
 *
 * @param study - the study.
 * @param network - its step network.
 * @returns one entry per blueprint, in study order.
 * @example
 * ```ts
 * connectivityOf(study, buildStepNetworkLenient(study).network);
 * ```
 * @internal
 */
export function connectivityOf(study: Study, network: StepNetwork): BlueprintConnectivity[] {
  return study.blueprints.map((blueprint) => {
    const members: number[] = [];
    const seen = new Set<number>();
    for (const step of blueprint.steps) {
      const v = network.find(step.id);
      // A duplicate id resolves to the first step, which may sit in another blueprint: count it only there.
      if (v === undefined || seen.has(v) || network.theme(v) !== blueprint.theme) continue;
      seen.add(v);
      members.push(v);
    }

    // Union-find with path halving: iterative, so long chains are safe.
    const parent = new Map<number, number>(members.map((v) => [v, v]));
    const find = (x: number): number => {
      let node = x;
      while (parent.get(node) !== node) {
        const up = parent.get(parent.get(node)!)!;
        parent.set(node, up);
        node = up;
      }
      return node;
    };
    const isolated: string[] = [];
    for (const v of members) {
      if (network.degree(v) === 0) isolated.push(network.id(v));
      network.forEachOut(v, (neighbour) => {
        if (!parent.has(neighbour)) return;
        const a = find(v);
        const b = find(neighbour);
        if (a !== b) parent.set(a, b);
      });
    }

    const byRoot = new Map<number, string[]>();
    for (const v of members) {
      const root = find(v);
      const part = byRoot.get(root);
      if (part === undefined) byRoot.set(root, [network.id(v)]);
      else part.push(network.id(v));
    }
    const parts = [...byRoot.values()].map((part) => part.sort(compareIds)).sort((a, b) => compareIds(a[0]!, b[0]!));
    return { theme: blueprint.theme, isolated, parts, components: parts.length };
  });
}
