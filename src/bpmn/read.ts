/**
 * Reading BPMN 2.0 XML (with bpmn-moddle) into the few things a blueprint is made of: processes and the pools
 * that hold them, the lanes that say who does what, the activities and events that become steps, the gateways the
 * hand-offs pass through, and the sequence and message flows. Everything else the file holds is listed as
 * unsupported at its element id, so nothing is dropped without a word. The parsed elements are untrusted: every
 * field is checked where it is read.
 * @module
 */
import { BpmnModdle, type ModdleElement } from "bpmn-moddle";
import type { Problem } from "../core/problem.js";
import type { BpmnPerformerKind, BpmnUnsupportedReason } from "../core/messages/problem-codes.js";
import { problemFrom } from "../core/problem-from.js";
import { BPMN_EN } from "../core/messages/problems-en-bpmn.js";

/** A process: its pool (participant) and collaboration when it is in one. */
export interface BpmnProcessInfo {
  readonly id: string;
  readonly name: string | undefined;
  readonly participant: { readonly id: string; readonly name: string | undefined } | undefined;
  readonly collaboration: string | undefined;
  /** The collaboration's name, when it has one. */
  readonly collaborationName: string | undefined;
  readonly hasLanes: boolean;
}

/** Who does a process's work: a (leaf) lane, or the pool or process itself when it has no lanes. */
export interface BpmnPerformer {
  readonly id: string;
  readonly name: string | undefined;
  readonly process: string;
  readonly kind: BpmnPerformerKind;
}

/** An activity, event or gateway. */
export interface BpmnNodeInfo {
  readonly id: string;
  /** The BPMN type without prefix, e.g. `userTask`, `startEvent`, `parallelGateway`. */
  readonly type: string;
  readonly name: string | undefined;
  readonly documentation: string | undefined;
  readonly process: string;
  /** The performer (lane, or laneless pool or process) it sits in; absent when its process has lanes and none holds it. */
  readonly performer: string | undefined;
  readonly kind: "step" | "gateway";
  /** For a boundary event: the activity it is attached to. */
  readonly attachedTo: string | undefined;
}

/** A sequence flow (inside a process) or a message flow (between pools). */
export interface BpmnFlowInfo {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly name: string | undefined;
  readonly message: boolean;
}

/** What the import reads from a BPMN file. */
export interface BpmnModel {
  readonly id: string | undefined;
  readonly name: string | undefined;
  readonly processes: readonly BpmnProcessInfo[];
  readonly performers: readonly BpmnPerformer[];
  readonly nodes: ReadonlyMap<string, BpmnNodeInfo>;
  readonly flows: readonly BpmnFlowInfo[];
  /** Participants (pools) by id, so message flows that end at a whole pool can be told apart. */
  readonly participants: ReadonlySet<string>;
  /** The reader's warnings and every element not imported, located at its element id. */
  readonly problems: readonly Problem[];
}

const STEP_TYPES = new Set([
  "task",
  "userTask",
  "serviceTask",
  "sendTask",
  "receiveTask",
  "manualTask",
  "businessRuleTask",
  "scriptTask",
  "callActivity",
  "subProcess",
  "adHocSubProcess",
  "transaction",
  "startEvent",
  "endEvent",
  "intermediateCatchEvent",
  "intermediateThrowEvent",
  "boundaryEvent",
  "implicitThrowEvent",
]);
const GATEWAY_TYPES = new Set(["exclusiveGateway", "inclusiveGateway", "parallelGateway", "eventBasedGateway", "complexGateway"]);
const CONTAINERS = new Set(["subProcess", "adHocSubProcess", "transaction"]);

const text = (el: ModdleElement | undefined, key: string): string | undefined => {
  const v = el?.[key];
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};
const list = (el: ModdleElement | undefined, key: string): ModdleElement[] => {
  const v = el?.[key];
  return Array.isArray(v) ? v.filter((x): x is ModdleElement => typeof x === "object" && x !== null && typeof (x as ModdleElement).$type === "string") : [];
};
const ref = (el: ModdleElement, key: string): ModdleElement | undefined => {
  const v = el[key];
  return typeof v === "object" && v !== null && typeof (v as ModdleElement).$type === "string" ? (v as ModdleElement) : undefined;
};
/**
 * The BPMN type of a parsed element without its prefix, as BPMN writes it in XML.
 *
 * @param el - the element.
 * @returns e.g. `userTask` for `bpmn:UserTask`.
 * @example
 * ```ts
 * localType({ $type: "bpmn:UserTask" }); // "userTask"
 * ```
 */
export const localType = (el: ModdleElement): string => {
  const name = el.$type.replace(/^[^:]*:/, "");
  return name.charAt(0).toLowerCase() + name.slice(1);
};
const idOf = (el: ModdleElement | undefined): string | undefined => text(el, "id");

/** The parsed definitions, or the located problem of a file that is not BPMN 2.0 XML. */
export type ParsedBpmn = { readonly ok: true; readonly definitions: ModdleElement; readonly warnings: readonly Problem[] } | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Parse BPMN 2.0 XML with bpmn-moddle; never throws for a bad input.
 *
 * @param xml - the file's text.
 * @returns the definitions element and the reader's warnings, or a `bpmn/xml` problem.
 * @example
 * ```ts
 * const parsed = await parseBpmnXml(xml);
 * if (!parsed.ok) console.error(formatProblems(parsed.problems));
 * ```
 */
export async function parseBpmnXml(xml: string): Promise<ParsedBpmn> {
  try {
    const result = await new BpmnModdle().fromXML(xml);
    if (result.rootElement.$type !== "bpmn:Definitions")
      return { ok: false, problems: [problemFrom(BPMN_EN, "bpmn/xml", "error", [], { detail: `the root element is ${result.rootElement.$type}`, line: null, column: null })] };
    const warnings = result.warnings.map((w) => problemFrom(BPMN_EN, "bpmn/xml-warning", "warning", [], { detail: firstLine(String(w.message)) }));
    return { ok: true, definitions: result.rootElement, warnings };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // The reader's messages carry "line: N" and "column: N" on their own lines (0-based; shown 1-based).
    const line = /line: (\d+)/.exec(message);
    const column = /column: (\d+)/.exec(message);
    const detail = message.split("\n").map((s) => s.trim()).filter((s) => s !== "" && !/^(line|column):/.test(s)).join("; ");
    return {
      ok: false,
      problems: [problemFrom(BPMN_EN, "bpmn/xml", "error", [], { detail, line: line === null ? null : Number(line[1]) + 1, column: column === null ? null : Number(column[1]) + 1 })],
    };
  }
}

const firstLine = (s: string): string => s.split("\n").map((x) => x.trim()).filter((x) => x !== "").join("; ");

interface Collector {
  readonly processes: BpmnProcessInfo[];
  readonly performers: BpmnPerformer[];
  readonly nodes: Map<string, BpmnNodeInfo>;
  readonly flows: BpmnFlowInfo[];
  readonly participants: Set<string>;
  readonly problems: Problem[];
}

const unsupported = (c: Collector, el: ModdleElement, reason: BpmnUnsupportedReason): void => {
  c.problems.push(problemFrom(BPMN_EN, "bpmn/unsupported", "info", ["bpmn", idOf(el) ?? ""], { element: idOf(el) ?? "", type: localType(el), reason }));
};

/**
 * Read the blueprint-relevant parts of parsed BPMN definitions.
 *
 * @param definitions - the root element from {@link parseBpmnXml}.
 * @returns processes, performers, nodes and flows, and a problem for every element not imported.
 * @example
 * ```ts
 * const parsed = await parseBpmnXml(xml);
 * if (parsed.ok) console.log(readBpmnModel(parsed.definitions).nodes.size);
 * ```
 */
export function readBpmnModel(definitions: ModdleElement): BpmnModel {
  const c: Collector = { processes: [], performers: [], nodes: new Map(), flows: [], participants: new Set(), problems: [] };
  const pools = new Map<string, Pool>();
  const roots = list(definitions, "rootElements");
  for (const collab of roots.filter((r) => r.$type === "bpmn:Collaboration")) readCollaboration(c, collab, pools);
  for (const root of roots) {
    if (root.$type === "bpmn:Process") readProcess(c, root, pools.get(idOf(root) ?? ""));
    else if (root.$type === "bpmn:Choreography" || root.$type === "bpmn:GlobalConversation") unsupported(c, root, "collaboration-part");
  }
  if (![...c.nodes.values()].some((n) => n.kind === "step"))
    c.problems.push(problemFrom(BPMN_EN, "bpmn/unsupported", "error", ["bpmn", idOf(definitions) ?? ""], { element: idOf(definitions) ?? "", type: "definitions", reason: "no-process" }));
  return { id: idOf(definitions), name: text(definitions, "name"), processes: c.processes, performers: c.performers, nodes: c.nodes, flows: c.flows, participants: c.participants, problems: c.problems };
}

/** A pool (participant) and the collaboration it is in. */
interface Pool {
  readonly id: string;
  readonly name: string | undefined;
  readonly collaboration: string;
  readonly collaborationName: string | undefined;
}

function readCollaboration(c: Collector, collab: ModdleElement, pools: Map<string, Pool>): void {
  const collaboration = idOf(collab) ?? "";
  const collaborationName = text(collab, "name");
  for (const p of list(collab, "participants")) {
    const id = idOf(p);
    if (id === undefined) continue;
    c.participants.add(id);
    const process = ref(p, "processRef");
    if (process === undefined) unsupported(c, p, "black-box-pool");
    else pools.set(idOf(process) ?? "", { id, name: text(p, "name"), collaboration, collaborationName });
  }
  for (const f of list(collab, "messageFlows")) {
    const from = idOf(ref(f, "sourceRef"));
    const to = idOf(ref(f, "targetRef"));
    const id = idOf(f);
    if (id !== undefined && from !== undefined && to !== undefined) c.flows.push({ id, from, to, name: text(f, "name"), message: true });
  }
  for (const key of ["conversations", "conversationLinks", "choreographyRef"]) for (const el of list(collab, key)) unsupported(c, el, "collaboration-part");
  for (const el of list(collab, "artifacts")) unsupported(c, el, "not-a-step");
}

/** The leaf lanes of a lane set, each with the flow nodes it holds (a node in a nested lane belongs to the deepest). */
function leafLanes(sets: readonly ModdleElement[]): { readonly lane: ModdleElement; readonly nodes: readonly string[] }[] {
  const out: { readonly lane: ModdleElement; readonly nodes: readonly string[] }[] = [];
  for (const set of sets)
    for (const lane of list(set, "lanes")) {
      const child = ref(lane, "childLaneSet");
      const inner = child === undefined ? [] : leafLanes([child]);
      if (inner.length > 0) out.push(...inner);
      else out.push({ lane, nodes: list(lane, "flowNodeRef").map((n) => idOf(n) ?? "") });
    }
  return out;
}

function readProcess(c: Collector, process: ModdleElement, pool: Pool | undefined): void {
  const id = idOf(process) ?? "";
  const lanes = leafLanes(list(process, "laneSets"));
  c.processes.push({ id, name: text(process, "name"), participant: pool === undefined ? undefined : { id: pool.id, name: pool.name }, collaboration: pool?.collaboration, collaborationName: pool?.collaborationName, hasLanes: lanes.length > 0 });
  const laneOf = new Map<string, string>();
  for (const { lane, nodes } of lanes) {
    const laneId = idOf(lane) ?? "";
    c.performers.push({ id: laneId, name: text(lane, "name"), process: id, kind: "lane" });
    for (const n of nodes) laneOf.set(n, laneId);
  }
  const whole = lanes.length > 0 ? undefined : (pool?.id ?? id);
  if (whole !== undefined) c.performers.push({ id: whole, name: pool?.name ?? text(process, "name"), process: id, kind: pool === undefined ? "process" : "pool" });
  readFlowElements(c, process, id, (node) => laneOf.get(node) ?? whole);
  for (const el of list(process, "artifacts")) unsupported(c, el, "not-a-step");
}

function readFlowElements(c: Collector, container: ModdleElement, process: string, performerOf: (node: string) => string | undefined): void {
  for (const el of list(container, "flowElements")) {
    const type = localType(el);
    const id = idOf(el);
    if (id === undefined) continue;
    if (type === "sequenceFlow") {
      const from = idOf(ref(el, "sourceRef"));
      const to = idOf(ref(el, "targetRef"));
      if (from !== undefined && to !== undefined) c.flows.push({ id, from, to, name: text(el, "name"), message: false });
    } else if (STEP_TYPES.has(type) || GATEWAY_TYPES.has(type)) {
      const docs = list(el, "documentation").map((d) => text(d, "text")).filter((t): t is string => t !== undefined);
      c.nodes.set(id, {
        id,
        type,
        name: text(el, "name"),
        documentation: docs.length > 0 ? docs.join("\n") : undefined,
        process,
        performer: performerOf(id),
        kind: GATEWAY_TYPES.has(type) ? "gateway" : "step",
        attachedTo: idOf(ref(el, "attachedToRef")),
      });
      if (CONTAINERS.has(type)) for (const inner of [...list(el, "flowElements"), ...list(el, "artifacts")]) unsupported(c, inner, "inside-sub-process");
      // Data read and written by an activity or event are connections too: no hand-off, but said.
      for (const assoc of [...list(el, "dataInputAssociations"), ...list(el, "dataOutputAssociations")]) if (idOf(assoc) !== undefined) unsupported(c, assoc, "not-a-step");
    } else unsupported(c, el, "not-a-step");
  }
}
