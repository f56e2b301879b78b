/**
 * The lenient study-graph builder as it was before the step network (gaptrace 5013d12, src/graph/build.ts), kept
 * verbatim as the reference the step network's property test compares against: the same graph, problems and
 * neighbour order; and the walks as they were then (src/graph/traverse.ts, src/attribution/trace/chain.ts,
 * frontlinePost of src/attribution/attribute.ts), graphology all the way, so the walks now written once over
 * src/graph/walk.ts are compared with code they do not share.
 */
import { DirectedGraph } from "graphology";
import type { DocPath } from "../../src/core/problem.js";
import type { HandoffEdgeAttributes, LenientStudyGraph, StepNodeAttributes, StudyGraph } from "../../src/graph/build.js";
import { compareIds, stepIdFromKey, stepKey } from "../../src/graph/ids.js";
import type { Handoff, Study } from "../../src/model/study.js";

function sameLabel(a: Handoff["label"], b: Handoff["label"]): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object") return false;
  return a.en === b.en && a.zh === b.zh;
}

/** The old `buildStudyGraphLenient`, graphology all the way. */
export function referenceLenientGraph(study: Study): LenientStudyGraph {
  const graph: StudyGraph = new DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>({ multi: false, allowSelfLoops: true });
  const out: LenientStudyGraph = { graph, danglingHandoffs: [], duplicateSteps: [], duplicateHandoffs: [] };
  const stepPaths = new Map<string, DocPath>();
  const handoffPaths = new Map<string, DocPath>();
  study.blueprints.forEach((blueprint, b) => {
    blueprint.steps.forEach((step, s) => {
      const path: DocPath = ["blueprints", b, "steps", s];
      const firstPath = stepPaths.get(step.id);
      if (firstPath !== undefined) {
        out.duplicateSteps.push({ step, theme: blueprint.theme, path, firstPath });
        return;
      }
      stepPaths.set(step.id, path);
      const attributes: StepNodeAttributes = { step, theme: blueprint.theme, layer: step.layer };
      if (step.owner !== undefined) attributes.owner = step.owner;
      graph.addNode(stepKey(step.id), attributes);
    });
  });
  study.blueprints.forEach((blueprint, b) => {
    blueprint.handoffs.forEach((handoff, h) => {
      const path: DocPath = ["blueprints", b, "handoffs", h];
      const missing: ("from" | "to")[] = [];
      if (!stepPaths.has(handoff.from)) missing.push("from");
      if (!stepPaths.has(handoff.to)) missing.push("to");
      if (missing.length > 0) {
        out.danglingHandoffs.push({ handoff, theme: blueprint.theme, path, missing });
        return;
      }
      const key = `${handoff.from}->${handoff.to}`;
      const firstPath = handoffPaths.get(key);
      if (firstPath !== undefined) {
        const kept = graph.getEdgeAttribute(key, "handoff");
        const conflicting = kept.kind !== handoff.kind || kept.rework !== handoff.rework || !sameLabel(kept.label, handoff.label);
        out.duplicateHandoffs.push({ handoff, key, theme: blueprint.theme, path, firstPath, conflicting });
        return;
      }
      handoffPaths.set(key, path);
      graph.addDirectedEdgeWithKey(key, stepKey(handoff.from), stepKey(handoff.to), { handoff, theme: blueprint.theme, kind: handoff.kind, rework: handoff.rework });
    });
  });
  return out;
}

/** A step reached by the old walks, at its shortest depth. */
export type ReferenceReached = { step: string; depth: number };

/** The old `upstreamOf` (`inbound`) and `downstreamOf` (`outbound`), for a step in the graph. */
export function referenceReach(graph: StudyGraph, stepId: string, mode: "inbound" | "outbound", opts?: { followRework?: boolean; maxDepth?: number }): ReferenceReached[] {
  const start = stepKey(stepId);
  const followRework = opts?.followRework === true;
  const maxDepth = opts?.maxDepth ?? Number.POSITIVE_INFINITY;
  if (maxDepth === 0) return [];
  const reached: ReferenceReached[] = [];
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  const depths: number[] = [0];
  for (let h = 0; h < queue.length; h++) {
    const node = queue[h]!;
    const depth = depths[h]!;
    if (depth > 0) reached.push({ step: stepIdFromKey(node), depth });
    if (depth >= maxDepth) continue;
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
  return reached.sort((a, b) => a.depth - b.depth || compareIds(a.step, b.step));
}

/** The old `chainSteps`. */
export function referenceChainSteps(graph: StudyGraph, from: string, to: string): string[] | undefined {
  if (from === to) return [from];
  const start = stepKey(from);
  const goal = stepKey(to);
  if (!graph.hasNode(start) || !graph.hasNode(goal)) return undefined;
  const parent = new Map<string, string>();
  const queue = [start];
  const seen = new Set([start]);
  while (queue.length > 0) {
    const x = queue.shift() as string;
    if (x === goal) break;
    const next: string[] = [];
    graph.forEachOutEdge(x, (_e, attr, _s, target) => {
      if (!attr.rework) next.push(target);
    });
    for (const y of next.sort()) {
      if (seen.has(y)) continue;
      seen.add(y);
      parent.set(y, x);
      queue.push(y);
    }
  }
  if (!seen.has(goal)) return undefined;
  const path = [goal];
  while (path[0] !== start) path.unshift(parent.get(path[0] as string) as string);
  return path.map(stepIdFromKey);
}

/** The old `frontlinePost`. */
export function referenceFrontlinePost(graph: StudyGraph, step: string): string | undefined {
  const key = stepKey(step);
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  if (a.layer !== "customer") return a.owner;
  const near = [...referenceReach(graph, step, "inbound", { maxDepth: 3 }), ...referenceReach(graph, step, "outbound", { maxDepth: 3 })].sort((x, y) => x.depth - y.depth);
  for (const r of near) {
    const b = graph.getNodeAttributes(stepKey(r.step));
    if (b.layer === "frontline" && b.owner !== undefined) return b.owner;
  }
  for (const r of near) {
    const b = graph.getNodeAttributes(stepKey(r.step));
    if (b.owner !== undefined) return b.owner;
  }
  return undefined;
}
