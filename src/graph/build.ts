/**
 * Builds the graph view of a study: one directed graph whose nodes are the steps of every blueprint and whose
 * edges are the hand-offs between them. The lenient builder tolerates a study that zod accepted but whose
 * references are broken (the validator reports them from its result); the strict builder throws.
 * @module
 */
import { DirectedGraph } from "graphology";
import { NotFoundError, UsageError, ValidationError } from "../core/errors.js";
import { problem, type DocPath, type Problem } from "../core/problem.js";
import type { Handoff, Layer, Step, Study } from "../model/study.js";
import { stepKey } from "./ids.js";
import { requireStudy } from "../model/arguments.js";

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

/** A hand-off left out of the graph because a step it names does not exist. */
export type DanglingHandoff = {
  handoff: Handoff;
  /** The theme of the blueprint that declares it. */
  theme: string;
  /** Where it is in the study, e.g. `["blueprints", 0, "handoffs", 3]`. */
  path: DocPath;
  /** Which endpoints name an unknown step. */
  missing: ("from" | "to")[];
};

/** A step whose id was already used by an earlier step (anywhere in the study); the earlier one is kept. */
export type DuplicateStep = {
  step: Step;
  theme: string;
  path: DocPath;
  /** Where the step that was kept is. */
  firstPath: DocPath;
};

/** A hand-off between two steps that were already linked; it is merged into the first one. */
export type DuplicateHandoff = {
  handoff: Handoff;
  /** The edge key, `${from}->${to}`. */
  key: string;
  theme: string;
  path: DocPath;
  /** Where the hand-off that was kept is. */
  firstPath: DocPath;
  /** True when it disagrees with the kept one on kind, rework or label (the kept one wins). */
  conflicting: boolean;
};

/** The graph of a study, with everything the builder had to leave out or merge. */
export type LenientStudyGraph = {
  graph: StudyGraph;
  danglingHandoffs: DanglingHandoff[];
  duplicateSteps: DuplicateStep[];
  duplicateHandoffs: DuplicateHandoff[];
};

/**
 * The edge key of the hand-off between two steps.
 *
 * @param from - Upstream step id.
 * @param to - Downstream step id.
 * @returns `${from}->${to}`.
 * @example
 * ```ts
 * handoffKey("accept", "dispatch"); // "accept->dispatch"
 * graph.getEdgeAttribute(handoffKey("accept", "dispatch"), "rework"); // false
 * ```
 */
export function handoffKey(from: string, to: string): string {
  return `${from}->${to}`;
}

function sameLabel(a: Handoff["label"], b: Handoff["label"]): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object") return false;
  return a.en === b.en && a.zh === b.zh;
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
  const graph: StudyGraph = new DirectedGraph<StepNodeAttributes, HandoffEdgeAttributes>({
    multi: false,
    allowSelfLoops: true,
  });
  const danglingHandoffs: DanglingHandoff[] = [];
  const duplicateSteps: DuplicateStep[] = [];
  const duplicateHandoffs: DuplicateHandoff[] = [];
  const stepPaths = new Map<string, DocPath>();
  const handoffPaths = new Map<string, DocPath>();

  // Steps first, across all blueprints, so hand-offs may link blueprints in any order.
  study.blueprints.forEach((blueprint, b) => {
    blueprint.steps.forEach((step, s) => {
      const path: DocPath = ["blueprints", b, "steps", s];
      const firstPath = stepPaths.get(step.id);
      if (firstPath !== undefined) {
        duplicateSteps.push({ step, theme: blueprint.theme, path, firstPath });
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
        danglingHandoffs.push({ handoff, theme: blueprint.theme, path, missing });
        return;
      }
      const key = handoffKey(handoff.from, handoff.to);
      const firstPath = handoffPaths.get(key);
      if (firstPath !== undefined) {
        const kept = graph.getEdgeAttribute(key, "handoff");
        const conflicting =
          kept.kind !== handoff.kind || kept.rework !== handoff.rework || !sameLabel(kept.label, handoff.label);
        duplicateHandoffs.push({ handoff, key, theme: blueprint.theme, path, firstPath, conflicting });
        return;
      }
      handoffPaths.set(key, path);
      graph.addDirectedEdgeWithKey(key, stepKey(handoff.from), stepKey(handoff.to), {
        handoff,
        theme: blueprint.theme,
        kind: handoff.kind,
        rework: handoff.rework,
      });
    });
  });

  return { graph, danglingHandoffs, duplicateSteps, duplicateHandoffs };
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
  const problems: Problem[] = [];
  for (const d of result.danglingHandoffs) {
    for (const end of d.missing) {
      const id = d.handoff[end];
      problems.push(
        problem("graph/dangling-handoff", "error", [...d.path, end], { handoff: handoffKey(d.handoff.from, d.handoff.to), theme: d.theme, end, step: id }),
      );
    }
  }
  for (const d of result.duplicateSteps) {
    problems.push(
      problem("graph/duplicate-step", "error", [...d.path, "id"], { step: d.step.id, first: d.firstPath }),
    );
  }
  for (const d of result.duplicateHandoffs) {
    problems.push(
      problem("graph/duplicate-handoff", "error", d.path, { handoff: d.key, first: d.firstPath, conflicting: d.conflicting }),
    );
  }
  return problems;
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
  const result = buildStudyGraphLenient(study);
  const problems = graphBuildProblems(result);
  if (problems.length > 0) {
    throw new ValidationError(
      "gaptrace/buildStudyGraph: the blueprints do not form a consistent graph; use buildStudyGraphLenient to inspect them.",
      problems,
    );
  }
  return result.graph;
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
  if (typeof stepId !== "string") {
    throw new UsageError(fn, `expecting a step id (a string), got ${typeof stepId}.`, "Pass the id of a step in the study.");
  }
  const key = stepKey(stepId);
  if (!graph.hasNode(key)) throw new NotFoundError(fn, "step", stepId);
  return key;
}

/** What a shared graph was built from, by identity and value: the blueprints, their steps and hand-offs. */
function blueprintSource(study: Study): unknown[] {
  const out: unknown[] = [study.blueprints, study.blueprints.length];
  for (const b of study.blueprints) {
    out.push(b, b.theme, b.steps, b.steps.length, b.handoffs, b.handoffs.length);
    for (const s of b.steps) out.push(s, s.id, s.layer, s.owner);
    for (const h of b.handoffs) out.push(h, h.from, h.to, h.kind, h.rework, h.label);
  }
  return out;
}

const sharedGraphs = new WeakMap<Study, { readonly source: readonly unknown[]; readonly graph: StudyGraph }>();

/**
 * The study's graph, built once per study and shared by every run that only reads it (an attribution and its
 * tracing, a notebook's repeat calls, whatIf's before run): {@link buildStudyGraph} builds a fresh graph each
 * call, for callers that change it. A study whose blueprints were replaced or edited in place (steps, owners,
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
  const source = blueprintSource(study);
  const hit = sharedGraphs.get(study);
  if (hit !== undefined && hit.source.length === source.length && hit.source.every((x, i) => x === source[i])) return hit.graph;
  const graph = freezeAttributes(buildStudyGraph(study));
  sharedGraphs.set(study, { source, graph });
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
 * The study's graph, built once per study and shared with the library's own runs (an attribution, whatIf, a
 * notebook's repeat calls), as a read-only view: reading it costs no copy, and every method that would change it
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

/**
 * Offers a graph the lenient builder just made of a study as the study's shared graph, when it is the graph
 * {@link buildStudyGraph} would build (nothing left out or merged): `validateStudy` builds one for its rules, and
 * without this the first attribution of the study built it again (some 20 MB allocated in that call at 20,000
 * steps, most of it promoted while the call's own garbage peaked). The graph must not have been changed since it
 * was built (its attribute objects are frozen here); {@link studyGraphShared} still checks the blueprints on
 * every read.
 *
 * @param study - the study the graph was built from.
 * @param built - what {@link buildStudyGraphLenient} returned for it.
 * @returns whether the graph is now the study's shared graph.
 * @example
 * ```ts
 * const built = buildStudyGraphLenient(study);
 * offerSharedStudyGraph(study, built) && studyGraphShared(study) === built.graph; // true for a consistent study
 * ```
 * @internal
 */
export function offerSharedStudyGraph(study: Study, built: LenientStudyGraph): boolean {
  if (built.danglingHandoffs.length > 0 || built.duplicateSteps.length > 0 || built.duplicateHandoffs.length > 0) return false;
  if (sharedGraphs.has(study)) return false;
  sharedGraphs.set(study, { source: blueprintSource(study), graph: freezeAttributes(built.graph) });
  return true;
}

