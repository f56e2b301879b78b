/**
 * The compact, read-only step network the library's own validation and attribution run on: steps numbered 0..n-1
 * in study order, with their id, step, theme, layer and owner in arrays, and hand-offs numbered 0..m-1 in study
 * order, with out- and in-adjacency in compressed rows (Int32Array offsets, neighbours and edge numbers). It holds
 * what the public graphology `StudyGraph` holds (src/graph/build.ts builds that graph from it, when asked) in a
 * fraction of the memory (issue 12: the graphology graph of a 20,000-step study was some 17–22 MB of heap, held
 * from the first call's start) and keeps graphology out of a bundle that only loads and attributes.
 *
 * Neighbours are listed in the order graphology lists them for the same study, so a walk visits steps in the same
 * order on either: graphology keeps a node's neighbours in a plain object keyed by neighbour key, which iterates
 * integer-like keys ("12") first in ascending numeric order, then the other keys in insertion (study) order.
 * @module
 */
import { ValidationError } from "../core/errors.js";
import type { DocPath, Problem } from "../core/problem.js";
import { problemFrom } from "../core/problem-from.js";
import { STUDY_EN } from "../core/messages/problems-en-study.js";
import type { Handoff, Layer, Step, Study } from "../model/study.js";
import { requireStudy } from "../model/arguments.js";
import type { StepAdjacency } from "./adjacency.js";
import { stepKey } from "./ids.js";

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

/** What a builder left out of a study's graph or network, or merged. @internal */
export type LeftOut = {
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

/** The arrays a {@link StepNetwork} is made of (its builders fill them). */
export type StepNetworkParts = {
  readonly ids: readonly string[];
  /**
   * The node keys, when the network was read from a user's graph (whose keys need not be `stepKey(id)`): steps
   * are then found by node key, as the graph finds them.
   */
  readonly nodeKeys?: readonly string[];
  readonly steps: readonly (Step | undefined)[];
  readonly themes: readonly string[];
  readonly layers: readonly (Layer | undefined)[];
  readonly owners: readonly (string | undefined)[];
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly handoffs: readonly Handoff[];
  readonly edgeThemes: readonly string[];
  readonly kinds: readonly Handoff["kind"][];
  readonly rework: Uint8Array;
  /** The edge keys, when they are not `handoffKey(from, to)` (a network read from a user's graph). */
  readonly edgeKeys?: readonly string[];
  readonly outOffsets: Int32Array;
  readonly outNeighbours: Int32Array;
  readonly outEdges: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inNeighbours: Int32Array;
  readonly inEdges: Int32Array;
};

/**
 * The steps and hand-offs of a study, numbered: step `v`'s out-neighbours are `outNeighbours[outOffsets[v]]` up to
 * `outOffsets[v + 1]` (the hand-offs' numbers beside them in `outEdges`), in graphology's order; likewise in.
 * Read-only: the library shares one network per study between validation and every attribution of it.
 * @internal
 */
export class StepNetwork implements StepAdjacency<number> {
  /** The number of steps. */
  readonly order: number;
  /** The number of hand-offs. */
  readonly size: number;
  readonly parts: StepNetworkParts;
  private readonly index: ReadonlyMap<string, number>;

  constructor(parts: StepNetworkParts) {
    this.parts = parts;
    this.order = parts.ids.length;
    this.size = parts.edgeFrom.length;
    const index = new Map<string, number>();
    const names = parts.nodeKeys ?? parts.ids;
    for (let v = 0; v < names.length; v++) index.set(names[v]!, v);
    this.index = index;
  }

  find(stepId: string): number | undefined {
    return this.index.get(this.parts.nodeKeys === undefined ? stepId : stepKey(stepId));
  }

  id(v: number): string {
    return this.parts.ids[v]!;
  }

  step(v: number): Step | undefined {
    return this.parts.steps[v];
  }

  theme(v: number): string {
    return this.parts.themes[v]!;
  }

  layer(v: number): Layer | undefined {
    return this.parts.layers[v];
  }

  owner(v: number): string | undefined {
    return this.parts.owners[v];
  }

  forEachOut(v: number, visit: (to: number, rework: boolean) => void): void {
    const { outOffsets, outNeighbours, outEdges, rework } = this.parts;
    for (let k = outOffsets[v]!; k < outOffsets[v + 1]!; k++) visit(outNeighbours[k]!, rework[outEdges[k]!] === 1);
  }

  forEachIn(v: number, visit: (from: number, rework: boolean) => void): void {
    const { inOffsets, inNeighbours, inEdges, rework } = this.parts;
    for (let k = inOffsets[v]!; k < inOffsets[v + 1]!; k++) visit(inNeighbours[k]!, rework[inEdges[k]!] === 1);
  }

  /** The key of hand-off `e`: `${from}->${to}` with the real step ids (or the user's graph's own edge key). */
  edgeKey(e: number): string {
    return this.parts.edgeKeys?.[e] ?? handoffKey(this.id(this.parts.edgeFrom[e]!), this.id(this.parts.edgeTo[e]!));
  }

  /** How many hand-offs start or end at step `v` (a self-loop counts twice, as in graphology). */
  degree(v: number): number {
    const { outOffsets, inOffsets } = this.parts;
    return outOffsets[v + 1]! - outOffsets[v]! + inOffsets[v + 1]! - inOffsets[v]!;
  }
}

/** The network of a study, with everything the builder had to leave out or merge. */
export type LenientStepNetwork = LeftOut & { network: StepNetwork };

// An array index ("0", "12", at most 2^32 - 2) is what a plain object iterates first, in numeric order.
function arrayIndexOf(key: string): number {
  if (!/^(?:0|[1-9][0-9]*)$/.test(key)) return -1;
  const n = Number(key);
  return n <= 4294967294 ? n : -1;
}

/**
 * Compressed rows of `heads` by `tails` (edge e runs tail → head), each row in edge order, then reordered as a
 * graphology node's neighbour object iterates: array-index keys first in numeric order, the rest in edge order.
 */
function rows(n: number, tails: Int32Array, heads: Int32Array, numeric: Float64Array): { offsets: Int32Array; neighbours: Int32Array; edges: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < tails.length; e++) offsets[tails[e]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const neighbours = new Int32Array(tails.length);
  const edges = new Int32Array(tails.length);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < tails.length; e++) {
    const k = fill[tails[e]!]!++;
    neighbours[k] = heads[e]!;
    edges[k] = e;
  }
  for (let v = 0; v < n; v++) {
    let any = false;
    for (let k = offsets[v]!; k < offsets[v + 1]! && !any; k++) any = numeric[neighbours[k]!]! >= 0;
    if (!any) continue;
    const row = [];
    for (let k = offsets[v]!; k < offsets[v + 1]!; k++) row.push({ w: neighbours[k]!, e: edges[k]! });
    const rank = (x: { w: number; e: number }): number => numeric[x.w]!;
    row.sort((a, b) => (rank(a) >= 0 ? (rank(b) >= 0 ? rank(a) - rank(b) : -1) : rank(b) >= 0 ? 1 : a.e - b.e));
    row.forEach((x, i) => {
      neighbours[offsets[v]! + i] = x.w;
      edges[offsets[v]! + i] = x.e;
    });
  }
  return { offsets, neighbours, edges };
}

/**
 * The network's step arrays and hand-off arrays, with graphology-ordered adjacency.
 *
 * @param nodes - the steps' arrays (ids, steps, themes, layers, owners; node keys for a network read from a graph).
 * @param edges - the hand-offs' arrays (endpoints, hand-offs, themes, kinds, rework, optional keys).
 * @returns the network.
 * @example
 * ```ts
 * networkOf({ ids, steps, themes, layers, owners }, { edgeFrom, edgeTo, handoffs, edgeThemes, kinds, rework });
 * ```
 * @internal
 */
export function networkOf(
  nodes: Pick<StepNetworkParts, "ids" | "nodeKeys" | "steps" | "themes" | "layers" | "owners">,
  edges: Pick<StepNetworkParts, "edgeFrom" | "edgeTo" | "handoffs" | "edgeThemes" | "kinds" | "rework" | "edgeKeys">,
): StepNetwork {
  const numeric = new Float64Array(nodes.ids.length);
  for (let v = 0; v < nodes.ids.length; v++) numeric[v] = arrayIndexOf(nodes.nodeKeys?.[v] ?? stepKey(nodes.ids[v]!));
  const out = rows(nodes.ids.length, edges.edgeFrom, edges.edgeTo, numeric);
  const inn = rows(nodes.ids.length, edges.edgeTo, edges.edgeFrom, numeric);
  return new StepNetwork({
    ...nodes,
    ...edges,
    outOffsets: out.offsets, outNeighbours: out.neighbours, outEdges: out.edges,
    inOffsets: inn.offsets, inNeighbours: inn.neighbours, inEdges: inn.edges,
  });
}

function sameLabel(a: Handoff["label"], b: Handoff["label"]): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object") return false;
  return a.en === b.en && a.zh === b.zh;
}

/** The steps of every blueprint, the first of each id kept (steps first, so hand-offs may link blueprints in any order). */
function networkSteps(study: Study, duplicateSteps: DuplicateStep[]): { nodes: Pick<StepNetworkParts, "ids" | "steps" | "themes" | "layers" | "owners">; number: Map<string, number> } {
  const ids: string[] = [];
  const steps: Step[] = [];
  const themes: string[] = [];
  const layers: Layer[] = [];
  const owners: (string | undefined)[] = [];
  const number = new Map<string, number>();
  const paths: DocPath[] = [];
  study.blueprints.forEach((blueprint, b) => {
    blueprint.steps.forEach((step, s) => {
      const path: DocPath = ["blueprints", b, "steps", s];
      const first = number.get(step.id);
      if (first !== undefined) {
        duplicateSteps.push({ step, theme: blueprint.theme, path, firstPath: paths[first]! });
        return;
      }
      number.set(step.id, ids.length);
      ids.push(step.id);
      steps.push(step);
      themes.push(blueprint.theme);
      layers.push(step.layer);
      owners.push(step.owner);
      paths.push(path);
    });
  });
  return { nodes: { ids, steps, themes, layers, owners }, number };
}

/** The hand-offs between known steps, the first of each pair kept; the rest reported as dangling or duplicate. */
function networkHandoffs(study: Study, number: ReadonlyMap<string, number>, left: LeftOut): Pick<StepNetworkParts, "edgeFrom" | "edgeTo" | "handoffs" | "edgeThemes" | "kinds" | "rework"> {
  const from: number[] = [];
  const to: number[] = [];
  const handoffs: Handoff[] = [];
  const edgeThemes: string[] = [];
  const kept = new Map<string, { path: DocPath; edge: number }>();
  study.blueprints.forEach((blueprint, b) => {
    blueprint.handoffs.forEach((handoff, h) => {
      const path: DocPath = ["blueprints", b, "handoffs", h];
      const s = number.get(handoff.from);
      const t = number.get(handoff.to);
      if (s === undefined || t === undefined) {
        const missing: ("from" | "to")[] = [];
        if (s === undefined) missing.push("from");
        if (t === undefined) missing.push("to");
        left.danglingHandoffs.push({ handoff, theme: blueprint.theme, path, missing });
        return;
      }
      const key = handoffKey(handoff.from, handoff.to);
      const first = kept.get(key);
      if (first !== undefined) {
        const k = handoffs[first.edge]!;
        const conflicting = k.kind !== handoff.kind || k.rework !== handoff.rework || !sameLabel(k.label, handoff.label);
        left.duplicateHandoffs.push({ handoff, key, theme: blueprint.theme, path, firstPath: first.path, conflicting });
        return;
      }
      kept.set(key, { path, edge: handoffs.length });
      from.push(s);
      to.push(t);
      handoffs.push(handoff);
      edgeThemes.push(blueprint.theme);
    });
  });
  return {
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    handoffs,
    edgeThemes,
    kinds: handoffs.map((h) => h.kind),
    rework: Uint8Array.from(handoffs, (h) => (h.rework ? 1 : 0)),
  };
}

/**
 * Builds a study's step network without throwing: unknown endpoints, duplicate steps and duplicate hand-offs are
 * left out or merged and returned beside it, exactly as `buildStudyGraphLenient` reports them (it is built from
 * this): the same problems, at the same paths, in the same order.
 *
 * @param study - A study that passed the schema (its references may still be broken).
 * @returns The network and the lists of dangling hand-offs, duplicate steps and duplicate hand-offs.
 * @example
 * ```ts
 * const { network, danglingHandoffs } = buildStepNetworkLenient(study);
 * network.order; // number of distinct steps
 * ```
 * @internal
 */
export function buildStepNetworkLenient(study: Study): LenientStepNetwork {
  const left: LeftOut = { danglingHandoffs: [], duplicateSteps: [], duplicateHandoffs: [] };
  const { nodes, number } = networkSteps(study, left.duplicateSteps);
  const edges = networkHandoffs(study, number, left);
  return { network: networkOf(nodes, edges), ...left };
}

/**
 * Turns what a lenient builder left out or merged into located problems (all errors): `graphBuildProblems` for
 * the lenient graph, and the validator and the strict builders for the lenient step network.
 *
 * @param result - what the step network's (or the graph's) lenient builder left out or merged.
 * @returns One problem per unknown endpoint, duplicate step and duplicate hand-off, in study order per kind.
 * @example
 * ```ts
 * leftOutProblems(buildStepNetworkLenient(study)).map((p) => p.code);
 * // ["graph/dangling-handoff", "graph/duplicate-step"]
 * ```
 * @internal
 */
export function leftOutProblems(result: LeftOut): Problem[] {
  const problems: Problem[] = [];
  for (const d of result.danglingHandoffs) {
    for (const end of d.missing) {
      const id = d.handoff[end];
      problems.push(
        problemFrom(STUDY_EN, "graph/dangling-handoff", "error", [...d.path, end], { handoff: handoffKey(d.handoff.from, d.handoff.to), theme: d.theme, end, step: id }),
      );
    }
  }
  for (const d of result.duplicateSteps) {
    problems.push(
      problemFrom(STUDY_EN, "graph/duplicate-step", "error", [...d.path, "id"], { step: d.step.id, first: d.firstPath }),
    );
  }
  for (const d of result.duplicateHandoffs) {
    problems.push(
      problemFrom(STUDY_EN, "graph/duplicate-handoff", "error", d.path, { handoff: d.key, first: d.firstPath, conflicting: d.conflicting }),
    );
  }
  return problems;
}

/**
 * Refuses a study whose blueprints do not form a consistent graph, as `buildStudyGraph` does (same message).
 *
 * @param result - what {@link buildStepNetworkLenient} returned for the study.
 * @throws {@link core!ValidationError} when anything was left out or merged.
 * @example
 * ```ts
 * requireConsistent(buildStepNetworkLenient(study)); // throws for a dangling hand-off
 * ```
 * @internal
 */
export function requireConsistent(result: LeftOut): void {
  const problems = leftOutProblems(result);
  if (problems.length > 0) {
    throw new ValidationError(
      "gaptrace/buildStudyGraph: the blueprints do not form a consistent graph; use buildStudyGraphLenient to inspect them.",
      problems,
    );
  }
}

/** What a shared network was built from, by identity and value: the blueprints, their steps and hand-offs. */
function blueprintSource(study: Study): unknown[] {
  const out: unknown[] = [study.blueprints, study.blueprints.length];
  for (const b of study.blueprints) {
    out.push(b, b.theme, b.steps, b.steps.length, b.handoffs, b.handoffs.length);
    for (const s of b.steps) out.push(s, s.id, s.layer, s.owner);
    for (const h of b.handoffs) out.push(h, h.from, h.to, h.kind, h.rework, h.label);
  }
  return out;
}

const sharedNetworks = new WeakMap<Study, { readonly source: readonly unknown[]; readonly network: StepNetwork }>();

/**
 * The study's step network, built once per study and shared by every run that reads it (validation, an
 * attribution and its tracing, a notebook's repeat calls, whatIf's before run, the monitor's routes). A study whose
 * blueprints were replaced or edited in place (steps, owners, layers, hand-offs) gets a fresh network. The shared
 * graphology graph (`studyGraphShared`) is built from it, when asked.
 *
 * @param study - a validated study.
 * @returns the shared network (the same object while the study's blueprints are unchanged).
 * @throws ValidationError as `buildStudyGraph` does.
 * @example
 * ```ts
 * studyNetworkShared(study) === studyNetworkShared(study); // true while the study's blueprints are unchanged
 * ```
 * @internal
 */
export function studyNetworkShared(study: Study): StepNetwork {
  const source = blueprintSource(study);
  const hit = sharedNetworks.get(study);
  if (hit !== undefined && hit.source.length === source.length && hit.source.every((x, i) => x === source[i])) return hit.network;
  requireStudy("buildStudyGraph", study);
  const built = buildStepNetworkLenient(study);
  requireConsistent(built);
  sharedNetworks.set(study, { source, network: built.network });
  return built.network;
}

/**
 * Offers a network the lenient builder just made of a study as the study's shared network, when nothing was left
 * out or merged: `validateStudy` builds one for its rules, and without this the first attribution of the study
 * built it again. {@link studyNetworkShared} still checks the blueprints on every read.
 *
 * @param study - the study the network was built from.
 * @param built - what {@link buildStepNetworkLenient} returned for it.
 * @returns whether the network is now the study's shared network.
 * @example
 * ```ts
 * const built = buildStepNetworkLenient(study);
 * offerSharedStepNetwork(study, built) && studyNetworkShared(study) === built.network; // true for a consistent study
 * ```
 * @internal
 */
export function offerSharedStepNetwork(study: Study, built: LenientStepNetwork): boolean {
  if (built.danglingHandoffs.length > 0 || built.duplicateSteps.length > 0 || built.duplicateHandoffs.length > 0) return false;
  if (sharedNetworks.has(study)) return false;
  sharedNetworks.set(study, { source: blueprintSource(study), network: built.network });
  return true;
}
