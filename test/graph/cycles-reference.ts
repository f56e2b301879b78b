/**
 * findCycles as it was at a9ba490 (string-keyed maps, a frame object per step, `directedEdge` for self-loops), kept
 * as the reference the typed-array search is compared with (test/graph/cycles.test.ts).
 */
import type { HandoffEdgeAttributes, StudyGraph } from "../../src/graph/build.js";
import type { Cycle } from "../../src/graph/cycles.js";
import { compareIds, stepIdFromKey } from "../../src/graph/ids.js";

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

/** The cycles, as findCycles found them at a9ba490 (the same code). */
export function findCyclesReference(graph: StudyGraph): Cycle[] {
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
