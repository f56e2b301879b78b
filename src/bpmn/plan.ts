/**
 * How a study is drawn in BPMN, decided once so the XML and the mapping agree: one pool (participant and process)
 * per blueprint, one lane per layer and owner post (layers top to bottom), one task per step, one sequence flow
 * per hand-off, and a parallel gateway after a step whose hand-offs run in parallel. Element ids are the step ids
 * where those are valid XML ids, generated (`gt_…`) otherwise.
 * @module
 */
import { LAYERS, type Blueprint, type Handoff, type Layer, type Step, type Study } from "../model/study.js";
import { isXmlId } from "./ids.js";

/** A lane of a pool: a layer, and the post that owns its steps (none for the customer layer). */
export interface PlannedLane {
  readonly id: string;
  readonly layer: Layer;
  readonly post: string | undefined;
  readonly steps: readonly Step[];
}

/** A hand-off as drawn: its flow into the target, and the gateway it passes when parallel. */
export interface PlannedFlow {
  readonly handoff: Handoff;
  /** The flow into the target step (the id the mapping's flows name). */
  readonly id: string;
  /** The parallel gateway it passes, after its source step. */
  readonly gateway: string | undefined;
}

/** One blueprint as a pool. */
export interface PlannedPool {
  readonly blueprint: Blueprint;
  readonly process: string;
  readonly participant: string;
  readonly lanes: readonly PlannedLane[];
  readonly flows: readonly PlannedFlow[];
  /** Parallel gateways by source step id: the gateway id, and the flow from the step into it. */
  readonly gateways: ReadonlyMap<string, { readonly id: string; readonly flow: string }>;
}

/** The whole drawing plan. */
export interface BpmnPlan {
  readonly pools: readonly PlannedPool[];
  /** Each step's element id. */
  readonly elementOf: ReadonlyMap<string, string>;
}

/**
 * Plan how a study is drawn in BPMN.
 *
 * @param study - the study.
 * @returns pools, lanes, flows and element ids.
 * @example
 * ```ts
 * planBpmn(study).pools[0]?.lanes.map((l) => l.layer); // ["customer", "frontline", ...]
 * ```
 */
export function planBpmn(study: Study): BpmnPlan {
  const elementOf = new Map<string, string>();
  let n = 0;
  for (const bp of study.blueprints)
    for (const s of bp.steps) {
      n += 1;
      elementOf.set(s.id, isXmlId(s.id) && !s.id.startsWith("gt_") ? s.id : `gt_step_${n}`);
    }
  const pools = study.blueprints.map((blueprint, i): PlannedPool => {
    const lanes = planLanes(blueprint, i);
    const gateways = new Map<string, { readonly id: string; readonly flow: string }>();
    const flows = blueprint.handoffs.map((handoff, k): PlannedFlow => {
      let gateway: string | undefined;
      if (handoff.kind === "parallel") {
        const known = gateways.get(handoff.from);
        gateway = known?.id ?? `gt_gateway_${i + 1}_${gateways.size + 1}`;
        if (known === undefined) gateways.set(handoff.from, { id: gateway, flow: `${gateway}_in` });
      }
      return { handoff, id: `gt_flow_${i + 1}_${k + 1}`, gateway };
    });
    return { blueprint, process: `gt_process_${i + 1}`, participant: `gt_pool_${i + 1}`, lanes, flows, gateways };
  });
  return { pools, elementOf };
}

function planLanes(blueprint: Blueprint, i: number): PlannedLane[] {
  const lanes: { layer: Layer; post: string | undefined; steps: Step[] }[] = [];
  for (const layer of LAYERS)
    for (const step of blueprint.steps.filter((s) => s.layer === layer)) {
      const post = layer === "customer" ? undefined : step.owner;
      const lane = lanes.find((l) => l.layer === layer && l.post === post);
      if (lane === undefined) lanes.push({ layer, post, steps: [step] });
      else lane.steps.push(step);
    }
  return lanes.map((l, k) => ({ ...l, id: `gt_lane_${i + 1}_${k + 1}` }));
}
