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

/**
 * The cycles from the search at a9ba490 (its components, in its completion order, filtered by its `isCycle`),
 * summed up over the graph's edge list rather than per step as findCycles does, so the reference shares no code
 * with what it checks. Sorted as findCycles sorts.
 */
export function findCyclesReference(graph: StudyGraph): Cycle[] {
  const notRework = (edge: HandoffEdgeAttributes): boolean => !edge.rework;
  const plain = new Set(stronglyConnected(graph, notRework).filter((c) => isCycle(graph, c, notRework)).flat());
  const found = stronglyConnected(graph, () => true).filter((c) => isCycle(graph, c, () => true));
  return found
    .map((component) => {
      const members = new Set(component);
      const inside = graph.filterEdges((_e, _a, source, target) => members.has(source) && members.has(target));
      return {
        steps: component.map(stepIdFromKey).sort(compareIds),
        handoffs: inside.sort(compareIds),
        allRework: inside.every((e) => graph.getEdgeAttribute(e, "rework")),
        onlyThroughRework: component.every((key) => !plain.has(key)),
      };
    })
    .sort((a, b) => compareIds(a.steps[0]!, b.steps[0]!));
}
