/**
 * BPMN activities and events to steps, and sequence and message flows to hand-offs. A flow into a gateway is
 * followed through it (and through the gateways after it) to the steps it reaches: a path through a parallel
 * gateway is a parallel hand-off, any other a serial one; the flow into the step names the hand-off. A flow that
 * closes a loop is rework unless the mapping says otherwise, and the import says so.
 * @module
 */
import type { Problem } from "../core/problem.js";
import type { Label } from "../core/label.js";
import { studyIdFor } from "./ids.js";
import type { Layer } from "../model/study.js";
import type { BpmnFlowEntry, BpmnMapping, BpmnStepEntry } from "./mapping.js";
import type { BpmnFlowInfo, BpmnModel, BpmnNodeInfo } from "./read.js";
import { problemFrom } from "../core/problem-from.js";
import { BPMN_EN } from "../core/messages/problems-en-bpmn.js";

/** What each performer (lane, or laneless pool or process) gives its steps. */
export interface PerformerPlan {
  readonly layer: Layer | undefined;
  readonly post: string | undefined;
}

/** A hand-off found in the BPMN, before its rework flag is settled. */
interface FoundHandoff {
  readonly from: string;
  readonly to: string;
  /** The flow into the target step (the one the mapping's flows name). */
  readonly flow: string;
  readonly parallel: boolean;
  readonly name: string | undefined;
}

const collapse = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t === undefined || t === "" ? undefined : t;
};

/** The steps of each theme, and the mapping's step entries. */
function planSteps(model: BpmnModel, mapping: BpmnMapping, themeOf: ReadonlyMap<string, string>, plans: ReadonlyMap<string, PerformerPlan>, problems: Problem[]) {
  const stepOf = new Map<string, string>();
  const byTheme = new Map<string, Record<string, unknown>[]>();
  const elementsByTheme = new Map<string, string[]>();
  const entries: BpmnStepEntry[] = [];
  const given = new Map<string, BpmnStepEntry>();
  for (const e of mapping.steps) if (!given.has(e.element)) given.set(e.element, e);
  for (const node of model.nodes.values()) {
    if (node.kind !== "step") continue;
    const entry = given.get(node.id);
    const id = entry?.step ?? studyIdFor(node.id);
    if (entry?.step === undefined && id !== node.id) problems.push(problemFrom(BPMN_EN, "bpmn/id", "info", ["bpmn", node.id], { element: node.id, id }));
    stepOf.set(node.id, id);
    const name: Label = entry?.name ?? collapse(node.name) ?? id;
    if (entry?.name === undefined && collapse(node.name) === undefined) problems.push(problemFrom(BPMN_EN, "bpmn/guessed", "info", ["bpmn", node.id], { element: node.id, field: "name", type: node.type }));
    const plan = node.performer === undefined ? undefined : plans.get(node.performer);
    const layer = entry?.layer ?? plan?.layer;
    const owner = layer === "customer" ? undefined : (entry?.owner ?? plan?.post);
    if (node.performer === undefined && (entry?.layer === undefined || (entry.layer !== "customer" && entry.owner === undefined)))
      problems.push(problemFrom(BPMN_EN, "bpmn/no-lane", "error", ["bpmn", node.id], { element: node.id, process: node.process }));
    const description = entry?.description ?? collapse(node.documentation);
    const step = {
      id,
      name,
      ...(layer === undefined ? {} : { layer }),
      ...(owner === undefined ? {} : { owner }),
      ...(entry?.contributors === undefined ? {} : { contributors: entry.contributors }),
      ...(description === undefined ? {} : { description }),
      ...(entry?.reach === undefined ? {} : { reach: entry.reach }),
    };
    const theme = themeOf.get(node.process) ?? node.process;
    const list = byTheme.get(theme);
    if (list === undefined) byTheme.set(theme, [step]);
    else list.push(step);
    elementsByTheme.set(theme, [...(elementsByTheme.get(theme) ?? []), node.id]);
    entries.push({ element: node.id, ...entry, step: id });
  }
  return { stepOf, byTheme, elementsByTheme, entries };
}

/** Follow a flow through gateways to the steps it reaches. */
function reach(model: BpmnModel, out: ReadonlyMap<string, readonly BpmnFlowInfo[]>, start: BpmnNodeInfo, problems: Problem[], looped: Set<string>): FoundHandoff[] {
  const found: FoundHandoff[] = [];
  // Paths through gateways can multiply (a chain of split-and-join pairs doubles them at each pair): a gateway
  // reached again with the same kind and label would give the same hand-offs again, so it is walked once.
  const walked = new Set<string>();
  const walk = (flow: BpmnFlowInfo, parallel: boolean, name: string | undefined, seen: ReadonlySet<string>): void => {
    const target = model.nodes.get(flow.to);
    if (target === undefined) return;
    const label = collapse(flow.name) ?? name;
    if (target.kind === "step") {
      found.push({ from: start.id, to: target.id, flow: flow.id, parallel, name: label });
      return;
    }
    if (seen.has(target.id)) {
      if (!looped.has(target.id)) problems.push(problemFrom(BPMN_EN, "bpmn/unsupported", "warning", ["bpmn", target.id], { element: target.id, type: target.type, reason: "gateway-loop" }));
      looped.add(target.id);
      return;
    }
    const key = `${target.id}\u0000${String(parallel)}\u0000${label ?? ""}`;
    if (walked.has(key)) return;
    walked.add(key);
    for (const next of out.get(target.id) ?? []) walk(next, parallel || target.type === "parallelGateway", label, new Set([...seen, target.id]));
  };
  for (const flow of out.get(start.id) ?? []) walk(flow, false, undefined, new Set());
  return found;
}

/** Message flows between steps of one theme are hand-offs; the others are reported at the flow. */
function messageHandoffs(model: BpmnModel, themeOf: ReadonlyMap<string, string>, problems: Problem[]): FoundHandoff[] {
  const found: FoundHandoff[] = [];
  for (const f of model.flows.filter((x) => x.message)) {
    const ends = [model.nodes.get(f.from), model.nodes.get(f.to)];
    const bad = ends.find((n) => n === undefined || n.kind !== "step");
    const [from, to] = ends;
    if (bad !== undefined || from === undefined || to === undefined) {
      const pool = [f.from, f.to].some((id) => model.participants.has(id));
      const reason = pool ? "pool-end" : bad?.kind === "gateway" ? "gateway-end" : "not-a-step";
      problems.push(problemFrom(BPMN_EN, "bpmn/unsupported", "info", ["bpmn", f.id], { element: f.id, type: "messageFlow", reason }));
    } else if (themeOf.get(from.process) !== themeOf.get(to.process))
      problems.push(problemFrom(BPMN_EN, "bpmn/unsupported", "warning", ["bpmn", f.id], { element: f.id, type: "messageFlow", reason: "across-themes" }));
    else found.push({ from: from.id, to: to.id, flow: f.id, parallel: false, name: collapse(f.name) });
  }
  return found;
}

/** Flows that close a loop (depth-first from the steps nothing hands to, in file order), unless the mapping settles them. */
function backEdges(steps: readonly string[], handoffs: readonly FoundHandoff[], given: ReadonlyMap<string, BpmnFlowEntry>): Set<FoundHandoff> {
  const out = new Map<string, FoundHandoff[]>();
  for (const h of handoffs) if (given.get(h.flow)?.rework !== true) out.set(h.from, [...(out.get(h.from) ?? []), h]);
  const hasIn = new Set(handoffs.filter((h) => given.get(h.flow)?.rework !== true).map((h) => h.to));
  const state = new Map<string, "open" | "done">();
  const back = new Set<FoundHandoff>();
  const visit = (s: string): void => {
    state.set(s, "open");
    for (const h of out.get(s) ?? []) {
      const st = state.get(h.to);
      if (st === "open") back.add(h);
      else if (st === undefined) visit(h.to);
    }
    state.set(s, "done");
  };
  for (const s of [...steps.filter((x) => !hasIn.has(x)), ...steps]) if (!state.has(s)) visit(s);
  return back;
}

/**
 * The blueprints of a BPMN model: steps per theme, hand-offs through gateways and across pools, rework settled.
 *
 * @param model - what {@link readBpmnModel} read.
 * @param mapping - the mapping (defaults applied).
 * @param themeOf - each process's theme.
 * @param plans - each performer's layer and post.
 * @param problems - where problems are added.
 * @returns the blueprints, the BPMN element behind each step and hand-off, and the mapping's step and flow entries.
 * @example
 * ```ts
 * const { blueprints } = buildBlueprints(model, mapping, themeOf, plans, problems);
 * ```
 */
export function buildBlueprints(model: BpmnModel, mapping: BpmnMapping, themeOf: ReadonlyMap<string, string>, plans: ReadonlyMap<string, PerformerPlan>, problems: Problem[]) {
  const { stepOf, byTheme, elementsByTheme, entries } = planSteps(model, mapping, themeOf, plans, problems);
  const flowsByTheme = new Map<string, string[]>();
  const out = new Map<string, BpmnFlowInfo[]>();
  for (const f of model.flows) if (!f.message) out.set(f.from, [...(out.get(f.from) ?? []), f]);
  const looped = new Set<string>();
  const found: FoundHandoff[] = [];
  for (const node of model.nodes.values()) {
    if (node.kind !== "step") continue;
    if (node.attachedTo !== undefined && model.nodes.get(node.attachedTo)?.kind === "step") found.push({ from: node.attachedTo, to: node.id, flow: node.id, parallel: false, name: undefined });
    found.push(...reach(model, out, node, problems, looped));
  }
  found.push(...messageHandoffs(model, themeOf, problems));
  const given = new Map(mapping.flows.map((e) => [e.flow, e] as const));
  const seen = new Set<string>();
  const unique = found.filter((h) => (seen.has(`${h.from}\u0000${h.to}`) ? false : (seen.add(`${h.from}\u0000${h.to}`), true)));
  const back = backEdges([...stepOf.keys()], unique, given);
  const flows: BpmnFlowEntry[] = [...mapping.flows];
  const handoffsByTheme = new Map<string, Record<string, unknown>[]>();
  for (const h of unique) {
    const entry = given.get(h.flow);
    const guessed = entry?.rework === undefined && back.has(h);
    if (guessed) {
      problems.push(problemFrom(BPMN_EN, "bpmn/guessed", "info", ["bpmn", h.flow], { element: h.flow, field: "rework", from: stepOf.get(h.from) ?? h.from, to: stepOf.get(h.to) ?? h.to }));
      flows.push({ flow: h.flow, rework: true });
    }
    const label = entry?.label ?? h.name;
    const handoff = { from: stepOf.get(h.from) ?? h.from, to: stepOf.get(h.to) ?? h.to, kind: entry?.kind ?? (h.parallel ? "parallel" : "serial"), ...(label === undefined ? {} : { label }), rework: entry?.rework ?? guessed };
    const theme = themeOf.get(model.nodes.get(h.from)?.process ?? "") ?? "";
    const list = handoffsByTheme.get(theme);
    if (list === undefined) handoffsByTheme.set(theme, [handoff]);
    else list.push(handoff);
    const ids = flowsByTheme.get(theme);
    if (ids === undefined) flowsByTheme.set(theme, [h.flow]);
    else ids.push(h.flow);
  }
  const blueprints = [...byTheme.entries()].map(([theme, steps]) => ({ theme, steps, handoffs: handoffsByTheme.get(theme) ?? [] }));
  // The BPMN element behind each step and hand-off, so the draft's validation problems can be located in the file.
  const sources = [...byTheme.keys()].map((theme) => ({ steps: elementsByTheme.get(theme) ?? [], handoffs: flowsByTheme.get(theme) ?? [] }));
  return { blueprints, sources, steps: entries, flows };
}
