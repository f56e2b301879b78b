/**
 * Builds the graph view of a study: one directed graph whose nodes are the steps of every blueprint and whose
 * edges are the hand-offs between them. The lenient builder tolerates a study that zod accepted but whose
 * references are broken (the validator reports them from its result); the strict builder throws. Both are made
 * from the study's step network (src/graph/step-network.ts), which finds what is left out or merged; the library's
 * own validation and attribution run on that network and build this graph only when a user asks for it.
 * @module
 */
import { DirectedGraph } from "graphology";
import { UsageError, type NotFoundError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import type { Handoff, Layer, Step, Study } from "../model/study.js";
import { stepKey } from "./ids.js";
import { requireStudy } from "../model/arguments.js";
import {
  buildStepNetworkLenient,
  handoffKey,
  leftOutProblems,
  requireConsistent,
  studyNetworkShared,
  type DanglingHandoff,
  type DuplicateHandoff,
  type DuplicateStep,
  type StepNetwork,
} from "./step-network.js";
import { requireStep } from "./walk.js";

export { handoffKey, type DanglingHandoff, type DuplicateHandoff, type DuplicateStep } from "./step-network.js";

/**
 * What a step node carries: the step itself, the theme of its blueprint, its layer and its accountable post.
 */
export type StepNodeAttributes = {
  /** The step as written in the study. */
  step: Step;
  /** The id of the theme whose blueprint holds the step. */
  theme: string;
  layer: Layer;
  /** The accountable post; absent on customer steps. */
  owner?: string;
};

/** What a hand-off edge carries: the hand-off itself, the theme of its blueprint, its kind and rework flag. */
export type HandoffEdgeAttributes = {
  /** The hand-off as written in the study (the first one, when it was written more than once). */
  handoff: Handoff;
  /** The id of the theme whose blueprint declares the hand-off. */
  theme: string;
  kind: Handoff["kind"];
  rework: boolean;
};

/**
 * The study graph: a graphology `DirectedGraph` (no parallel edges, self-loops allowed) of steps and hand-offs.
 * Nodes are keyed by step id (see {@link stepKey} for the few ids that need escaping); edges are keyed
 * `${from}->${to}` with the real step ids.
 */
export type StudyGraph = DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>;

/** The graph of a study, with everything the builder had to leave out or merge. */
export type LenientStudyGraph = {
  graph: StudyGraph;
  danglingHandoffs: DanglingHandoff[];
  duplicateSteps: DuplicateStep[];
  duplicateHandoffs: DuplicateHandoff[];
};

/** The graphology graph of a step network: its steps in order, then its hand-offs in order (study order both). */
function graphOfNetwork(network: StepNetwork): StudyGraph {
  const graph: StudyGraph = new DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>({
    multi: false,
    allowSelfLoops: true,
  });
  const { ids, steps, themes, edgeFrom, edgeTo, handoffs, edgeThemes } = network.parts;
  for (let v = 0; v < network.order; v++) {
    const step = steps[v]!;
    const attributes: StepNodeAttributes = { step, theme: themes[v]!, layer: step.layer };
    if (step.owner !== undefined) attributes.owner = step.owner;
    graph.addNode(stepKey(ids[v]!), attributes);
  }
  for (let e = 0; e < network.size; e++) {
    const handoff = handoffs[e]!;
    const from = ids[edgeFrom[e]!]!;
    const to = ids[edgeTo[e]!]!;
    graph.addDirectedEdgeWithKey(handoffKey(from, to), stepKey(from), stepKey(to), {
      handoff,
      theme: edgeThemes[e]!,
      kind: handoff.kind,
      rework: handoff.rework,
    });
  }
  return graph;
}

/**
 * Builds the study graph without throwing: unknown endpoints, duplicate steps and duplicate hand-offs are
 * left out or merged and returned beside the graph, for the validator to report.
 *
 * @param study - A study that passed the schema (its references may still be broken).
 * @returns The graph and the lists of dangling hand-offs, duplicate steps and duplicate hand-offs.
 * @example
 * ```ts
 * const { graph, danglingHandoffs } = buildStudyGraphLenient(study);
 * graph.order; // number of distinct steps
 * danglingHandoffs.map((d) => d.path); // [["blueprints", 0, "handoffs", 4]]
 * ```
 */
export function buildStudyGraphLenient(study: Study): LenientStudyGraph {
  const { network, danglingHandoffs, duplicateSteps, duplicateHandoffs } = buildStepNetworkLenient(study);
  return { graph: graphOfNetwork(network), danglingHandoffs, duplicateSteps, duplicateHandoffs };
}

/**
 * Turns what the lenient builder left out or merged into located problems (all errors).
 *
 * @param result - The result of {@link buildStudyGraphLenient}.
 * @returns One problem per unknown endpoint, duplicate step and duplicate hand-off, in study order per kind.
 * @example
 * ```ts
 * graphBuildProblems(buildStudyGraphLenient(study)).map((p) => p.code);
 * // ["graph/dangling-handoff", "graph/duplicate-step"]
 * ```
 */
export function graphBuildProblems(result: LenientStudyGraph): Problem[] {
  return leftOutProblems(result);
}

/**
 * Builds the study graph, refusing a study whose blueprints do not form a consistent graph.
 *
 * @param study - A study that passed the schema.
 * @returns The study graph.
 * @throws {@link core!ValidationError} when a hand-off names an unknown step, a step id is used twice or a hand-off
 *   is declared twice; its `problems` say where.
 * @example
 * ```ts
 * const graph = buildStudyGraph(study);
 * graph.outNeighbors("dispatch"); // ["repair", "supply"]
 * ```
 */
export function buildStudyGraph(study: Study): StudyGraph {
  requireStudy("buildStudyGraph", study);
  const result = buildStepNetworkLenient(study);
  requireConsistent(result);
  return graphOfNetwork(result.network);
}

/**
 * The node key of a step that must exist in the graph.
 *
 * @param graph - The study graph.
 * @param fn - The public function asking, named in the error message.
 * @param stepId - The step id.
 * @returns The node key of the step.
 * @throws {@link core!NotFoundError} when the graph has no such step; {@link UsageError} when the id is not a string.
 * @example
 * ```ts
 * requireStepKey(graph, "upstreamOf", "dispatch"); // "dispatch"
 * requireStepKey(graph, "upstreamOf", "nope"); // throws NotFoundError
 * ```
 */
export function requireStepKey(graph: StudyGraph, fn: string, stepId: string): string {
  return requireStep({ find: (id) => (graph.hasNode(stepKey(id)) ? stepKey(id) : undefined) }, fn, stepId);
}

const sharedGraphs = new WeakMap<Study, { readonly network: StepNetwork; readonly graph: StudyGraph }>();

/**
 * The study's graph, built once per study (from its shared step network, `studyNetworkShared`, which the
 * library's own runs read instead) and kept for {@link sharedStudyGraph}: {@link buildStudyGraph} builds a fresh
 * graph each call, for callers that change it. A study whose blueprints were replaced or edited in place (steps, owners,
 * layers, hand-offs) gets a fresh graph. The library's own readers only; users get {@link sharedStudyGraph}'s
 * read-only view of it. Never change the graph this returns: its attribute objects are frozen.
 *
 * @param study - a validated study.
 * @returns the shared graph itself.
 * @throws ValidationError as {@link buildStudyGraph} does.
 * @example
 * ```ts
 * studyGraphShared(study) === studyGraphShared(study); // true while the study's blueprints are unchanged
 * ```
 * @internal
 */
export function studyGraphShared(study: Study): StudyGraph {
  const network = studyNetworkShared(study);
  const hit = sharedGraphs.get(study);
  if (hit !== undefined && hit.network === network) return hit.graph;
  const graph = freezeAttributes(graphOfNetwork(network));
  sharedGraphs.set(study, { network, graph });
  return graph;
}

/**
 * Freezes a graph's own, node and edge attribute objects (not the study's steps and hand-offs they name), so a
 * reader writing to `getNodeAttributes(key)` or `getAttributes()` cannot change a graph other runs share.
 *
 * @param graph - a graph about to be shared (the shared graph of a study).
 * @returns the same graph.
 * @example
 * ```ts
 * Object.isFrozen(freezeAttributes(buildStudyGraph(study)).getNodeAttributes(stepKey("dispatch"))); // true
 * ```
 * @internal
 */
export function freezeAttributes(graph: StudyGraph): StudyGraph {
  Object.freeze(graph.getAttributes());
  graph.forEachNode((_, a) => Object.freeze(a));
  graph.forEachEdge((_, a) => Object.freeze(a));
  return graph;
}

/**
 * graphology's methods that change a graph: adding, merging, updating, dropping, setting, removing, replacing,
 * importing, upgrading (older versions' `upgradeToMixed`/`upgradeToMulti`); not its listener methods. test/graph/
 * build.test.ts sorts every method of the installed graphology into these and readers, so a new verb fails there.
 */
const MUTATOR = /^(add(?!Listener$)|merge|update|drop|clear|set(?!MaxListeners$)|remove(?!AllListeners$|Listener$)|replace|import$|upgrade|_reset)/;

const views = new WeakMap<StudyGraph, StudyGraph>();

/** A view of a shared graph whose every mutator throws: reads go to the graph itself (its prototype). */
function readOnlyView(graph: StudyGraph): StudyGraph {
  const hit = views.get(graph);
  if (hit !== undefined) return hit;
  const view = Object.create(graph) as StudyGraph;
  // Listeners are no change to the graph, but graphology keeps them in the object's `_events`: the view gets its
  // own, so a user's listener is not registered on the graph the library's runs share.
  Object.defineProperty(view, "_events", { value: Object.create(null) as object, writable: true });
  Object.defineProperty(view, "_eventsCount", { value: 0, writable: true });
  const names = new Set<string>();
  for (let p: object | null = graph; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) for (const n of Object.getOwnPropertyNames(p)) names.add(n);
  for (const name of names) {
    if (!MUTATOR.test(name)) continue;
    Object.defineProperty(view, name, {
      value: () => {
        throw new UsageError(
          "sharedStudyGraph",
          `the shared graph of a study is read-only (${name} would change it for every later run of the study).`,
          "Use buildStudyGraph(study), or sharedStudyGraph(study).copy(), for a graph you can change.",
        );
      },
    });
  }
  views.set(graph, view);
  return view;
}

/**
 * The study's graph, built once per study (on the first call, from the compact step network the library's own
 * runs read: an attribution, whatIf or a notebook builds no graphology graph) and shared by every caller, as a
 * read-only view: reading it costs no copy, and every method that would change it
 * (`addNode`, `setNodeAttribute`, `dropEdge`, `clear`, `import`…) throws a {@link core!UsageError}, and its
 * attribute objects (the graph's, its nodes' and edges') are frozen, so nothing done with it changes a later
 * attribution of the study; listeners (`on`) may be added, and stay on the view. For a graph
 * you can change, call {@link buildStudyGraph} (or `.copy()` this one). A study whose blueprints were replaced or
 * edited in place (steps, owners, layers, hand-offs) gets a fresh graph.
 *
 * @param study - a validated study.
 * @returns the shared graph, read-only (the same object while the study's blueprints are unchanged).
 * @throws ValidationError as {@link buildStudyGraph} does.
 * @example
 * ```ts
 * const graph = sharedStudyGraph(study);
 * upstreamOf(graph, "crew_reconnects"); // reads it as any StudyGraph
 * graph.setNodeAttribute("dispatch", "owner", "x"); // throws UsageError: the shared graph is read-only
 * ```
 */
export function sharedStudyGraph(study: Study): StudyGraph {
  return readOnlyView(studyGraphShared(study));
}
