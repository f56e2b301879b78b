/**
 * BPMN 2.0 in: a BPMN file and its mapping become a study draft. Pools and lanes give layers and posts, activities
 * and events give steps, sequence and message flows (through gateways) give hand-offs; the mapping fills what BPMN
 * lacks. The result is the draft, the complete mapping to edit, the located problems of the BPMN side and the
 * study validation of the draft: once the mapping is filled, the draft validates like any study file.
 * @module
 */
import * as z from "zod/mini";
import { hasErrors, type Problem } from "../core/problem.js";
import { parseOptionsAt } from "../stats/_usage.js";
import type { Layer } from "../model/study.js";
import { validateStudy, type StudyReport } from "../study/validate/index.js";
import { lineStarts, locateElement, locateProblems, studyIdFor } from "./ids.js";
import { BPMN_MAPPING_VERSION, BpmnMappingSchema, type BpmnMapping } from "./mapping.js";
import { buildBlueprints, type PerformerPlan } from "./handoffs.js";
import { parseBpmnXml, readBpmnModel, type BpmnModel, type BpmnPerformer } from "./read.js";
import { problemFrom } from "../core/problem-from.js";
import { BPMN_EN } from "../core/messages/problems-en-bpmn.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/** Options of {@link importBpmn}. */
export interface BpmnImportOptions {
  /** The mapping (a parsed YAML or JSON document); left out, the import guesses what it can and says what is missing. */
  readonly mapping?: unknown;
  /** The BPMN file's name, for problem locations. */
  readonly file?: string;
}

/** The outcome of {@link importBpmn}. */
export interface BpmnImport {
  /** True when neither the BPMN side nor the draft's validation has an error: `report.study` is then the study. */
  readonly ok: boolean;
  /** The study draft as a plain document (write it as YAML, or pass it to `validateStudy`); absent when the file could not be read. */
  readonly draft: Readonly<Record<string, unknown>> | undefined;
  /** The mapping with an entry for every process, lane, task and event: the given entries kept, the rest as guessed. */
  readonly mapping: BpmnMapping | undefined;
  /** The BPMN side's problems: unreadable XML, unsupported constructs, unmapped lanes and themes, guesses; located in the XML. */
  readonly problems: readonly Problem[];
  /** The study validation of the draft: paths into the draft; a problem about a step or hand-off is located at its BPMN element. */
  readonly report: StudyReport | undefined;
}

/** A name from the file on one line (BPMN tools break names over lines to fit their shapes). */
const oneLine = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, " ").trim();
  return t === undefined || t === "" ? undefined : t;
};

/** Lane, pool and process names that say the customer does the work. */
const CUSTOMER_NAME = /\b(customers?|clients?|applicants?|citizens?|consumers?|users?|patients?|passengers?|callers?)\b|客户|用户|顾客|乘客|居民|申请人/i;


/**
 * Turn BPMN 2.0 XML (and a mapping) into a study draft, its complete mapping and located problems; never throws
 * for a bad input.
 *
 * @param xml - the BPMN file's text.
 * @param options - the mapping (parsed YAML or JSON) and the file name for locations.
 * @returns `{ ok, draft, mapping, problems, report }`; problems errors first.
 * @throws {@link core!UsageError} for malformed options (not for a bad file or mapping: those are problems).
 * @example
 * ```ts
 * const first = await importBpmn(xml, { file: "repair.bpmn" });
 * writeFileSync("repair.mapping.yaml", stringify(first.mapping)); // fill in layers, departments, items
 * const second = await importBpmn(xml, { file: "repair.bpmn", mapping: parse(readFileSync("repair.mapping.yaml", "utf8")) });
 * if (second.ok) console.log(second.report?.study?.blueprints.length);
 * ```
 */
export async function importBpmn(xml: string, options: BpmnImportOptions = {}): Promise<BpmnImport> {
  parseOptionsAt("importBpmn", ImportOptionsSchema, options, HINTS);
  if (typeof xml !== "string")
    return { ok: false, draft: undefined, mapping: undefined, report: undefined, problems: [problemFrom(BPMN_EN, "bpmn/xml", "error", [], { detail: `got ${xml === null ? "null" : typeof xml} instead of text`, line: null, column: null })] };
  const mapping = readMapping(options.mapping);
  if (!mapping.ok) return { ok: false, draft: undefined, mapping: undefined, report: undefined, problems: mapping.problems };
  const parsed = await parseBpmnXml(xml);
  if (!parsed.ok) return { ok: false, draft: undefined, mapping: undefined, report: undefined, problems: locateProblems(xml, parsed.problems, options.file) };
  const model = readBpmnModel(parsed.definitions);
  const problems: Problem[] = [...parsed.warnings, ...model.problems, ...unknownEntries(model, mapping.mapping)];
  const { draft, complete, sources } = buildDraft(model, mapping.mapping, problems);
  const report = locateReport(xml, validateStudy(draft), sources, options.file);
  const located = bySeverity(locateProblems(xml, problems, options.file));
  return { ok: !hasErrors(located) && report.ok, draft, mapping: complete, problems: located, report };
}

const ImportOptionsSchema = z.strictObject({ mapping: z.optional(z.unknown()), file: z.optional(z.string({ error: "must be a file name (a string)." })) });
const HINTS: Readonly<Record<string, string>> = { file: 'Pass file: "repair.bpmn", or leave it out.', "": "Pass an options object ({ mapping, file }), or nothing." };
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then information; file order within each. */
function bySeverity(problems: readonly Problem[]): Problem[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => RANK[a.p.severity] - RANK[b.p.severity] || a.i - b.i).map((x) => x.p);
}

/** The BPMN element behind each step and hand-off of each blueprint of the draft. */
type Sources = readonly { readonly steps: readonly string[]; readonly handoffs: readonly string[] }[];

/** Locate the draft's validation problems about a step or hand-off at the BPMN element it came from. */
function locateReport(xml: string, report: StudyReport, sources: Sources, file: string | undefined): StudyReport {
  const starts = lineStarts(xml);
  const problems = report.problems.map((p) => {
    const [top, i, kind, j] = p.path;
    if (top !== "blueprints" || typeof i !== "number" || (kind !== "steps" && kind !== "handoffs") || typeof j !== "number") return p;
    const element = sources[i]?.[kind][j];
    return element === undefined ? p : { ...p, location: locateElement(xml, element, file, starts) };
  });
  return { ...report, problems };
}

function readMapping(input: unknown): { readonly ok: true; readonly mapping: BpmnMapping } | { readonly ok: false; readonly problems: Problem[] } {
  const parsed = BpmnMappingSchema.safeParse(input ?? { gaptraceBpmn: BPMN_MAPPING_VERSION }, ZOD_ENGLISH);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => problemFrom(BPMN_EN, "bpmn/mapping", "error", ["mapping", ...i.path.map((k) => (typeof k === "symbol" ? String(k) : k))], { detail: i.message })) };
}

/** Mapping entries that name elements the file does not have. */
function unknownEntries(model: BpmnModel, mapping: BpmnMapping): Problem[] {
  const processes = new Set(model.processes.map((p) => p.id));
  const lanes = new Set(model.performers.map((p) => p.id));
  const flows = new Set(model.flows.map((f) => f.id));
  const checks = [
    ["themes", mapping.themes.map((e) => e.process), processes],
    ["lanes", mapping.lanes.map((e) => e.lane), lanes],
    ["steps", mapping.steps.map((e) => e.element), new Set([...model.nodes.values()].filter((n) => n.kind === "step").map((n) => n.id))],
    ["flows", mapping.flows.map((e) => e.flow), flows],
  ] as const;
  return checks.flatMap(([key, ids, known]) =>
    ids.flatMap((element, i) => (known.has(element) ? [] : [problemFrom(BPMN_EN, "bpmn/mapping-unknown", "warning", ["mapping", key, i], { element, key })])),
  );
}

/** Every process's theme: from the mapping, else the collaboration's (one service) or the process's own id. */
function planThemes(model: BpmnModel, mapping: BpmnMapping, problems: Problem[]): { readonly themeOf: Map<string, string>; readonly themes: Record<string, unknown>[]; readonly entries: BpmnMapping["themes"] } {
  const themeOf = new Map<string, string>();
  const themes = new Map<string, { theme: Record<string, unknown>; processes: string[] }>();
  const entries: BpmnMapping["themes"][number][] = [];
  const shared = new Map<string, number>();
  for (const p of model.processes) if (p.collaboration !== undefined) shared.set(p.collaboration, (shared.get(p.collaboration) ?? 0) + 1);
  for (const p of model.processes) {
    const entry = mapping.themes.find((e) => e.process === p.id);
    const id = entry?.theme ?? studyIdFor(p.collaboration ?? p.id);
    themeOf.set(p.id, id);
    // The pools of one collaboration are one service: named for the whole (the collaboration, the file), not one pool.
    const whole = (shared.get(p.collaboration ?? "") ?? 0) > 1 ? (p.collaborationName ?? model.name) : undefined;
    const name = entry?.name ?? oneLine(whole ?? p.participant?.name ?? p.name) ?? id;
    const known = themes.get(id);
    if (known === undefined) {
      const items = entry?.items ?? [];
      const extra = { ...(entry?.description === undefined ? {} : { description: entry.description }), ...(entry?.measureCategories === undefined ? {} : { measureCategories: [...entry.measureCategories] }) };
      themes.set(id, { theme: { id, name, items: [...items], ...extra }, processes: [p.id] });
    } else {
      known.processes.push(p.id);
      if (entry?.items !== undefined) (known.theme["items"] as string[]).push(...entry.items.filter((i) => !(known.theme["items"] as string[]).includes(i)));
    }
    entries.push({
      process: p.id,
      theme: id,
      name: entry?.name ?? name,
      items: entry?.items ?? [],
      ...(entry?.description === undefined ? {} : { description: entry.description }),
      ...(entry?.measureCategories === undefined ? {} : { measureCategories: [...entry.measureCategories] }),
    });
  }
  for (const [id, t] of themes)
    if ((t.theme["items"] as string[]).length === 0) problems.push(problemFrom(BPMN_EN, "bpmn/theme-items", "error", ["bpmn", t.processes[0] ?? ""], { theme: id, processes: t.processes }));
  return { themeOf, themes: [...themes.values()].map((t) => t.theme), entries };
}

/** Every performer's layer and post: from the mapping, else the layer guessed from a customer name and a post named after the lane. */
function planPerformers(model: BpmnModel, mapping: BpmnMapping, problems: Problem[]): { readonly plans: Map<string, PerformerPlan>; readonly entries: BpmnMapping["lanes"]; readonly posts: Record<string, unknown>[] } {
  const plans = new Map<string, PerformerPlan>();
  const entries: BpmnMapping["lanes"][number][] = [];
  const known = new Set(mapping.organisation.posts.map((p) => (typeof p === "object" && p !== null ? (p as { id?: unknown }).id : undefined)).filter((x): x is string => typeof x === "string"));
  const posts: Record<string, unknown>[] = [];
  const given = new Map<string, BpmnMapping["lanes"][number]>();
  for (const e of mapping.lanes) if (!given.has(e.lane)) given.set(e.lane, e);
  // A lane or pool without steps (an empty pool, a lane left over) needs no layer and makes no post.
  const busy = new Set([...model.nodes.values()].filter((n) => n.kind === "step" && n.performer !== undefined).map((n) => n.performer));
  for (const perf of model.performers) {
    if (!busy.has(perf.id)) continue;
    const entry = given.get(perf.id);
    const layer = entry?.layer ?? guessLayer(perf, problems);
    const post = layer === "customer" ? undefined : (entry?.post ?? studyIdFor(perf.id));
    if (post !== undefined && !known.has(post)) {
      known.add(post);
      posts.push({ id: post, name: oneLine(perf.name) ?? perf.id });
      problems.push(problemFrom(BPMN_EN, "bpmn/post-department", "error", ["bpmn", perf.id], { post, lane: perf.id, kind: perf.kind }));
    }
    plans.set(perf.id, { layer, post });
    entries.push({ lane: perf.id, ...(perf.name === undefined ? {} : { name: perf.name }), ...(layer === undefined ? {} : { layer }), ...(post === undefined ? {} : { post }) });
  }
  return { plans, entries, posts };
}

function guessLayer(perf: BpmnPerformer, problems: Problem[]): Layer | undefined {
  if (perf.name !== undefined && CUSTOMER_NAME.test(perf.name)) {
    problems.push(problemFrom(BPMN_EN, "bpmn/guessed", "info", ["bpmn", perf.id], { element: perf.id, field: "layer", value: "customer", name: perf.name, kind: perf.kind }));
    return "customer";
  }
  problems.push(problemFrom(BPMN_EN, "bpmn/lane-layer", "error", ["bpmn", perf.id], { lane: perf.id, name: perf.name ?? null, kind: perf.kind }));
  return undefined;
}

function buildDraft(model: BpmnModel, mapping: BpmnMapping, problems: Problem[]): { readonly draft: Record<string, unknown>; readonly complete: BpmnMapping; readonly sources: Sources } {
  const themes = planThemes(model, mapping, problems);
  const performers = planPerformers(model, mapping, problems);
  const built = buildBlueprints(model, mapping, themes.themeOf, performers.plans, problems);
  const id = mapping.study?.id ?? studyIdFor(model.id ?? "bpmn");
  const study = { id, name: mapping.study?.name ?? model.name ?? id, ...(mapping.study?.description === undefined ? {} : { description: mapping.study.description }), ...(mapping.study?.industry === undefined ? {} : { industry: mapping.study.industry }) };
  const organisation = { departments: mapping.organisation.departments, posts: [...mapping.organisation.posts, ...performers.posts], persons: mapping.organisation.persons };
  const drawn = new Set(themes.themes.map((t) => t["id"]));
  const undrawn = mapping.themeMap.themes.filter((t) => !(typeof t === "object" && t !== null && drawn.has((t as { id?: unknown }).id)));
  const themeMap = { needs: mapping.themeMap.needs, items: mapping.themeMap.items, themes: undrawn };
  const rest = { events: mapping.events, metrics: mapping.metrics, standards: mapping.standards, evaluationPoints: mapping.evaluationPoints, ...(mapping.monitoring === undefined ? {} : { monitoring: mapping.monitoring }) };
  const draft = { gaptrace: 1, ...study, organisation, themeMap: { ...themeMap, themes: [...undrawn, ...themes.themes] }, blueprints: built.blueprints, ...rest };
  const complete: BpmnMapping = { gaptraceBpmn: BPMN_MAPPING_VERSION, study, themes: themes.entries, lanes: performers.entries, steps: built.steps, flows: built.flows, organisation, themeMap, ...rest };
  return { draft, complete, sources: built.sources };
}

/**
 * The draft's validation problems that the BPMN side does not already report: a post without a department
 * (`bpmn/post-department`), a theme without service items (`bpmn/theme-items`) and a step without a layer (its
 * lane's `bpmn/lane-layer` or `bpmn/no-lane`) each come back from the study validation too; listing them twice
 * buries what is left to do. The `report` of the import keeps every problem; this is what to show beside
 * `problems`.
 *
 * @param result - what {@link importBpmn} returned.
 * @returns the draft's problems, less those the BPMN side's errors already name.
 * @example
 * ```ts
 * const r = await importBpmn(xml, { file: "repair.bpmn" });
 * console.log(formatProblems([...r.problems, ...draftProblemsNotCovered(r)]));
 * ```
 */
export function draftProblemsNotCovered(result: BpmnImport): Problem[] {
  const all = result.report?.problems ?? [];
  const errors = result.problems.filter((p) => p.severity === "error");
  const postsNamed = new Set(errors.flatMap((p) => (p.code === "bpmn/post-department" ? [(p.params as { post: string }).post] : [])));
  const themesNamed = new Set(errors.flatMap((p) => (p.code === "bpmn/theme-items" ? [(p.params as { theme: string }).theme] : [])));
  const lanesUnset = errors.some((p) => p.code === "bpmn/lane-layer" || p.code === "bpmn/no-lane");
  const draft = result.draft as { organisation?: { posts?: { id?: unknown }[] }; themeMap?: { themes?: { id?: unknown }[] } } | undefined;
  const idAt = (list: readonly { id?: unknown }[] | undefined, i: unknown): unknown => (typeof i === "number" ? list?.[i]?.id : undefined);
  return all.filter((p) => {
    const [a, b, c, d, e] = p.path;
    if (p.code === "post/no-department" && a === "organisation" && b === "posts") return !postsNamed.has(String(idAt(draft?.organisation?.posts, c)));
    if (p.code === "schema/too-small" && a === "themeMap" && b === "themes" && d === "items") return !themesNamed.has(String(idAt(draft?.themeMap?.themes, c)));
    if (p.code === "schema/missing" && a === "blueprints" && c === "steps" && e === "layer") return !lanesUnset;
    return true;
  });
}
