/**
 * The lenient study-graph builder as it was before the step network (gaptrace 5013d12, src/graph/build.ts), kept
 * verbatim as the reference the step network's property test compares against: the same graph, problems and
 * neighbour order.
 */
import { DirectedGraph } from "graphology";
import type { DocPath } from "../../src/core/problem.js";
import type { HandoffEdgeAttributes, LenientStudyGraph, StepNodeAttributes, StudyGraph } from "../../src/graph/build.js";
import { stepKey } from "../../src/graph/ids.js";
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
