/**
 * Improvement measures (改进措施): a catalogue of measures in categories, each saying which of the three tags and
 * which kinds of evidence it addresses and, optionally, the specific steps, standards, posts or departments it is
 * written for; a loader for user catalogues (YAML or JSON, located problems, like the study loader); and
 * {@link attachMeasures}, which gives every finding the measures that fit it, in a deterministic order. The source
 * study ended with 82 measures in 13 categories, each landed on a post; the bundled catalogues
 * ({@link defaultMeasures}: measures that fit any industry, and each industry's own) are a realistic starting
 * point of the same shape. {@link measuresFor} chooses the catalogue a study uses: a user's file (which replaces
 * or extends the bundled one), else the bundled one of the study's declared `industry`, else the shared measures
 * alone, and says which.
 * @module
 */
import type { Document } from "yaml";
import { yamlModule } from "#yaml";
import * as z from "zod/mini";
import { match } from "ts-pattern";
import { UsageError, ValidationError } from "../core/errors.js";
import type { DocPath, Problem, SourceLocation } from "../core/problem.js";
import type { Attribution } from "../attribution/attribute.js";
import { TAGS, type Evidence, type Finding } from "../attribution/shared/findings.js";
import { IdSchema, LabelSchema } from "../model/label.js";
import { LayerSchema, type Industry, type Layer, type Study } from "../model/study.js";
import { isAttribution, requireArgument, requireStudy } from "../model/arguments.js";
import { INDUSTRY_MEASURES_INPUT, mergeMeasureInputs, SHARED_MEASURES_INPUT } from "./catalogue.js";
import { MEASURES_FORMAT, MeasureCatalogueSchema, type ImprovementMeasure, type MeasureCatalogue, type MeasureCatalogueInput, type MeasureCategory, type MeasuresExtends } from "./schema.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";
import { STUDY_EN } from "../core/messages/problems-en-study.js";
import { MEASURES_EN } from "../core/messages/problems-en-measures.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/** The result of {@link validateMeasures} and {@link loadMeasuresText}. */
export interface MeasuresReport {
  readonly ok: boolean;
  readonly catalogue: MeasureCatalogue | undefined;
  readonly problems: readonly Problem[];
}

/**
 * The study and the catalogue of a call with or without the study. Of two arguments the first is the study (or
 * undefined, for none): anything else is refused, so a call in the 0.1 order `(input, study)` is told to put the
 * study first rather than having its catalogue read as the study.
 */
function measuresArgs(args: readonly [unknown] | readonly [unknown, unknown]): readonly [Study | undefined, unknown] {
  if (args.length === 1) return [undefined, args[0]];
  const [study, input] = args;
  return [study === undefined ? undefined : requireStudy("validateMeasures", study), input];
}

/**
 * Validate a catalogue of measures given as plain data; returns every problem, never throws for bad input.
 *
 * @param input - The catalogue (parsed YAML or JSON, or an object literal).
 * @returns The catalogue with defaults applied, when it has no error, and all problems.
 * @example
 * ```ts
 * const report = validateMeasures({ format: "gaptrace/measures@1", categories: [], measures: [] });
 * report.ok; // true
 * ```
 */
export function validateMeasures(input: unknown): MeasuresReport;
/**
 * Validate a catalogue of measures against a study: scoped ids (steps, standards, posts, departments) it does not
 * have are reported as warnings.
 *
 * @param study - The study the catalogue is for.
 * @param input - The catalogue (parsed YAML or JSON, or an object literal).
 * @returns The catalogue with defaults applied, when it has no error, and all problems.
 * @example
 * ```ts
 * validateMeasures(study, parseYaml(text)).problems; // e.g. a warning for a step the study does not have
 * ```
 */
export function validateMeasures(study: Study, input: unknown): MeasuresReport;
export function validateMeasures(...args: readonly [unknown] | readonly [unknown, unknown]): MeasuresReport {
  const [study, input] = measuresArgs(args);
  const parsed = MeasureCatalogueSchema.safeParse(input, ZOD_ENGLISH);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) =>
      problemFrom(STUDY_EN, i.code === "unrecognized_keys" ? "schema/unknown-key" : `schema/${i.code}`, "error", i.path.filter((p): p is string | number => typeof p !== "symbol"), {
        source: "measures",
        detail: i.message,
        keys: i.code === "unrecognized_keys" ? i.keys : null,
        format: i.path[0] === "format" ? MEASURES_FORMAT : null,
      }),
    );
    return { ok: false, catalogue: undefined, problems };
  }
  const cat = parsed.data;
  const problems: Problem[] = [];
  const categories = new Map<string, number>();
  cat.categories.forEach((c, i) => {
    if (categories.has(c.id)) problems.push(problemFrom(MEASURES_EN, "ref/duplicate-category", "error", ["categories", i, "id"], { id: c.id }));
    else categories.set(c.id, i);
  });
  // A catalogue that extends a bundled one may file its measures under the bundled categories.
  for (const id of extendedCategories(cat.extends, study)) if (!categories.has(id)) categories.set(id, -1);
  const seen = new Set<string>();
  cat.measures.forEach((m, i) => {
    if (seen.has(m.id)) problems.push(problemFrom(MEASURES_EN, "ref/duplicate-measure", "error", ["measures", i, "id"], { id: m.id }));
    seen.add(m.id);
    if (!categories.has(m.category))
      problems.push(problemFrom(MEASURES_EN, "ref/unknown-category", "error", ["measures", i, "category"], { measure: m.id, category: m.category }));
  });
  if (study !== undefined) problems.push(...scopeProblems(cat, study));
  const ok = !problems.some((p) => p.severity === "error");
  return { ok, catalogue: ok ? cat : undefined, problems };
}

/** The problem code of an unknown id in each scope list of a measure. */
const SCOPE_CODE = { steps: "ref/unknown-step", standards: "ref/unknown-standard", posts: "ref/unknown-post", departments: "ref/unknown-department" } as const;

/** Scoped ids the study does not know: warnings, since a catalogue may serve several studies. */
function scopeProblems(cat: MeasureCatalogue, study: Study): Problem[] {
  const known = {
    steps: new Set(study.blueprints.flatMap((b) => b.steps.map((s) => s.id))),
    standards: new Set(study.standards.map((s) => s.id)),
    posts: new Set(study.organisation.posts.map((p) => p.id)),
    departments: new Set(study.organisation.departments.map((d) => d.id)),
  };
  const out: Problem[] = [];
  cat.measures.forEach((m, i) => {
    for (const key of ["steps", "standards", "posts", "departments"] as const)
      m[key].forEach((id, k) => {
        if (!known[key].has(id))
          out.push(problemFrom(STUDY_EN, SCOPE_CODE[key], "warning", ["measures", i, key, k], { measure: m.id, id }));
      });
  });
  return out;
}

/** Options of {@link loadMeasuresText}. */
export interface LoadMeasuresOptions {
  /** The file name to put in problem locations. */
  readonly file?: string;
  /** The format; guessed from the file name (`.json`) or the first character when left out. */
  readonly format?: "yaml" | "json";
  /** Check scoped ids against this study (unknown ones are warnings). */
  readonly study?: Study;
}

/**
 * Parse and validate a measures catalogue from YAML or JSON text, with file, line and column on every problem;
 * never throws for a bad input.
 *
 * @param text - The file's text.
 * @param options - File name, format, and a study to check scoped ids against.
 * @returns The validation report.
 * @example
 * ```ts
 * const report = loadMeasuresText(readFileSync("measures.yaml", "utf8"), { file: "measures.yaml", study });
 * if (!report.ok) for (const p of report.problems) console.log(formatWhere(p), p.message);
 * ```
 */
export function loadMeasuresText(text: string, options: LoadMeasuresOptions = {}): MeasuresReport {
  const file = options.file;
  const at = (pos: { line: number; col: number } | undefined): SourceLocation => ({
    ...(file !== undefined ? { file } : {}),
    ...(pos !== undefined ? { line: pos.line, column: pos.col } : {}),
  });
  if (typeof text !== "string")
    return { ok: false, catalogue: undefined, problems: [problemFrom(DOCUMENTS_EN, "parse/not-text", "error", [], { source: "measures" })] };
  const format = options.format ?? (file !== undefined ? (/\.json$/i.test(file) ? "json" : "yaml") : /^\s*[{[]/.test(text) ? "json" : "yaml");
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  // YAML is a superset of JSON, so one parser locates problems in both.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      catalogue: undefined,
      problems: doc.errors.map((err) => ({
        ...problemFrom(DOCUMENTS_EN, `parse/${format}`, "error", [], { source: "measures", stage: "syntax", detail: err.message.split("\n")[0] ?? err.code }),
        location: at(err.linePos?.[0] ?? lineCounter.linePos(err.pos[0])),
      })),
    };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, catalogue: undefined, problems: [{ ...problemFrom(DOCUMENTS_EN, "parse/yaml", "error", [], { source: "measures", stage: "read", detail: e instanceof Error ? e.message : String(e) }), location: at(undefined) }] };
  }
  const report = options.study === undefined ? validateMeasures(raw) : validateMeasures(options.study, raw);
  return {
    ...report,
    problems: report.problems.map((p) => {
      const off = offsetOf(doc, p.path);
      return { ...p, location: at(off === undefined ? undefined : lineCounter.linePos(off)) };
    }),
  };
}

/** The source offset of the deepest node along a path. */
function offsetOf(doc: Document, path: DocPath): number | undefined {
  const { isCollection, isNode } = yamlModule();
  let node: unknown = doc.contents;
  let best = isNode(node) ? node.range?.[0] : undefined;
  for (const seg of path) {
    if (!isCollection(node)) break;
    const child: unknown = node.get(seg, true);
    if (!isNode(child)) break;
    node = child;
    best = child.range?.[0] ?? best;
  }
  return best;
}

/**
 * Parse and validate a measures catalogue, or throw a {@link ValidationError} with located problems.
 *
 * @param text - The file's text.
 * @param options - File name, format and study.
 * @returns The catalogue.
 * @throws ValidationError when the catalogue has errors.
 * @example
 * ```ts
 * const catalogue = readMeasuresText(yamlText, { file: "measures.yaml" });
 * ```
 */
export function readMeasuresText(text: string, options: LoadMeasuresOptions = {}): MeasureCatalogue {
  const report = loadMeasuresText(text, options);
  if (!report.ok || report.catalogue === undefined)
    throw new ValidationError(`gaptrace/readMeasuresText: ${options.file ?? "the measures catalogue"} is not valid.`, report.problems.filter((p) => p.severity === "error"));
  return report.catalogue;
}

const bundled = new Map<Industry | "shared", MeasureCatalogue>();

/**
 * A bundled catalogue: the measures that fit any industry (standard revision, clock definition, staffing to the
 * load, communication, training, system support, knowledge, supervision and KPIs, coordination, walkthroughs,
 * early warning), followed by the industry's own when one is given (power utility: dispatch, crews, depots, stock,
 * payment posting, outage information; water and gas: leaks and bursts, interruptions, meter reading, appointments;
 * telecom: installation, repair, network outages, bills, porting; contact centre: forecasting, call-backs, IVR,
 * routing, first-contact resolution, quality monitoring; transport: check-in, gate and boarding, baggage, delay
 * information, disruption care, crew scheduling, turnaround, cabin). Without an industry, only the shared ones:
 * no trade's measure is suggested to a study that has not said its trade.
 *
 * @param industry - The industry; left out, the shared measures alone.
 * @returns The catalogue (validated once, then shared).
 * @example
 * ```ts
 * defaultMeasures("transport").measures.some((m) => m.id === "tr-bag-delivery"); // true
 * defaultMeasures().measures.some((m) => m.id === "staff-standby-crews"); // false: a power-utility measure
 * ```
 */
export function defaultMeasures(industry?: Industry): MeasureCatalogue {
  const key = industry ?? "shared";
  let cat = bundled.get(key);
  if (cat === undefined) {
    const own = industry === undefined ? undefined : INDUSTRY_MEASURES_INPUT.get(industry);
    if (industry !== undefined && own === undefined)
      throw new UsageError("defaultMeasures", `no bundled catalogue for the industry ${JSON.stringify(industry)}.`, "Use one of power-utility, water-gas, telecom, contact-centre, transport, or leave the industry out.");
    cat = MeasureCatalogueSchema.parse(own === undefined ? SHARED_MEASURES_INPUT : mergeMeasureInputs(own.name, own, SHARED_MEASURES_INPUT), ZOD_ENGLISH);
    bundled.set(key, cat);
  }
  return cat;
}

/** The bundled catalogue a catalogue file extends (`industry`: the study's; undefined: none). */
function extendedBase(ext: MeasuresExtends | undefined, study: Study | undefined): MeasureCatalogue | undefined {
  if (ext === undefined) return undefined;
  if (ext === "shared") return defaultMeasures();
  if (ext === "industry") return defaultMeasures(study?.industry);
  return defaultMeasures(ext);
}

/** The categories a catalogue file may use without defining them: those of what it extends (any industry's when the study is not known). */
function extendedCategories(ext: MeasuresExtends | undefined, study: Study | undefined): string[] {
  if (ext === "industry" && study === undefined)
    return [...new Set([undefined, ...INDUSTRY_MEASURES_INPUT.keys()].flatMap((i) => defaultMeasures(i).categories.map((c) => c.id)))];
  return extendedBase(ext, study)?.categories.map((c) => c.id) ?? [];
}

/** Where the measures of a report come from. */
export interface MeasuresSource {
  /** `bundled`: the bundled catalogue; `file`: a user's catalogue alone; `file-and-bundled`: a user's catalogue extending a bundled one. */
  readonly kind: "bundled" | "file" | "file-and-bundled";
  /** The industry whose bundled measures are used; undefined for the shared measures alone, or for a file alone. */
  readonly industry: Industry | undefined;
  /** The user catalogue's name, when there is one. */
  readonly name: MeasureCatalogue["name"];
}

/** The result of {@link measuresFor}: the catalogue to attach from and where it comes from. */
export interface ResolvedMeasures {
  readonly catalogue: MeasureCatalogue;
  readonly source: MeasuresSource;
}

/**
 * The catalogue a study's findings get their measures from: the user's catalogue when given (alone, or added to a
 * bundled one when it `extends` it), else the bundled catalogue of the study's declared `industry`, else the shared
 * measures alone. A finding no measure fits gets none.
 *
 * @param study - The study (its `industry`).
 * @param catalogue - A user's catalogue (validated); left out, the bundled one.
 * @returns The catalogue to use and its source, for the report to say.
 * @example
 * ```ts
 * measuresFor(study).source; // { kind: "bundled", industry: "power-utility", name: … }
 * measuresFor(study, readMeasuresText(text)).source.kind; // "file", or "file-and-bundled" with `extends`
 * ```
 */
export function measuresFor(study: Study, catalogue?: MeasureCatalogue): ResolvedMeasures {
  if (catalogue === undefined) {
    const cat = defaultMeasures(study.industry);
    return { catalogue: cat, source: { kind: "bundled", industry: study.industry, name: cat.name } };
  }
  const base = extendedBase(catalogue.extends, study);
  if (base === undefined) return { catalogue, source: { kind: "file", industry: undefined, name: catalogue.name } };
  const { extends: ext, ...own } = catalogue;
  const merged = MeasureCatalogueSchema.parse(mergeMeasureInputs(own.name ?? base.name, own as MeasureCatalogueInput, base as MeasureCatalogueInput), ZOD_ENGLISH);
  const industry = ext === "shared" ? undefined : ext === "industry" ? study.industry : ext;
  return { catalogue: merged, source: { kind: "file-and-bundled", industry, name: catalogue.name } };
}

// ── Matching measures to findings ───────────────────────────────────────────────────────────────────────────

/** A measure attached to a finding, with why it fits. */
export interface MatchedMeasure {
  readonly measure: ImprovementMeasure;
  readonly category: MeasureCategory | undefined;
  /** The finding's evidence kinds the measure addresses (empty when the measure addresses any). */
  readonly evidence: readonly Evidence["kind"][];
  /** The measure is written for this finding's step, standard, post or department (not just its layer). */
  readonly specific: boolean;
}

/** Options of {@link attachMeasures}. */
export interface AttachMeasuresOptions {
  /** At most this many measures per finding; default 4. */
  readonly max?: number;
}

/** The ids a finding can be matched on. */
function scopeOf(f: Finding, study: Study, layerOf: ReadonlyMap<string, Layer>): Record<ScopeKey, string[]> {
  const posts = f.post === undefined ? [] : [f.post];
  const departments = f.department === undefined ? [] : [f.department];
  const base = match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => ({ steps: [x.step], standards: [] as string[] }))
    .with({ tag: "unreasonable-standard" }, (x) => ({ steps: [...(study.standards.find((s) => s.id === x.standard)?.steps ?? [x.step])], standards: [x.standard] }))
    .with({ tag: "non-compliant-execution" }, (x) => ({ steps: [x.step], standards: [...x.standards] }))
    .exhaustive();
  const layers = [...new Set(base.steps.flatMap((s) => { const l = layerOf.get(s); return l === undefined ? [] : [l]; }))];
  return { ...base, posts, departments, layers };
}

/** Each step's service-area measure categories: those its theme names (`measureCategories`). */
function serviceAreasOf(study: Study): ReadonlyMap<string, readonly string[]> {
  const byTheme = new Map(study.themeMap.themes.map((t) => [t.id, t.measureCategories ?? []] as const));
  return new Map(study.blueprints.flatMap((b) => b.steps.map((s) => [s.id, byTheme.get(b.theme) ?? []] as const)));
}

/**
 * How a catalogue's service-area categories meet a study's themes: the categories no theme names (their measures
 * are never suggested), and the names themes give that the catalogue has no service-area category for (a typo, or
 * a category of work such as training, which fits every theme anyway).
 *
 * @param study - The study (its themes' `measureCategories`).
 * @param catalogue - The catalogue in use ({@link measuresFor}).
 * @returns The unnamed service-area categories, and each theme's unknown names.
 * @example
 * ```ts
 * serviceAreaCoverage(study, measuresFor(study).catalogue).unnamed.map((c) => c.id); // ["billing", "installation"]
 * ```
 */
export function serviceAreaCoverage(study: Study, catalogue: MeasureCatalogue): { readonly unnamed: readonly MeasureCategory[]; readonly unknown: readonly { readonly theme: string; readonly category: string }[] } {
  const named = new Set(study.themeMap.themes.flatMap((t) => t.measureCategories ?? []));
  const areas = new Set(catalogue.categories.filter((c) => c.serviceArea).map((c) => c.id));
  return {
    unnamed: catalogue.categories.filter((c) => c.serviceArea && !named.has(c.id)),
    unknown: study.themeMap.themes.flatMap((t) => (t.measureCategories ?? []).filter((c) => !areas.has(c)).map((category) => ({ theme: t.id, category }))),
  };
}

const SCOPE_KEYS = ["steps", "standards", "posts", "departments", "layers"] as const;
type ScopeKey = (typeof SCOPE_KEYS)[number];

/**
 * Give every finding of an attribution the measures of a catalogue that fit it: a measure fits when it addresses
 * the finding's tag, at least one of its evidence kinds (or names none), and, for each scope it names (steps,
 * standards, posts, departments, layers), the finding's. Measures written for the finding come first, then those
 * addressing more of its evidence, then catalogue order.
 *
 * @param study - The study it was made on (for the steps a standard governs).
 * @param result - The attribution.
 * @param catalogue - The catalogue (one that `extends` a bundled one is merged with it); default the bundled
 *   catalogue of the study's industry ({@link measuresFor}).
 * @param options - How many measures per finding at most.
 * @returns Per finding id, in the order of `result.findings`, its measures.
 * @example
 * ```ts
 * const measures = attachMeasures(study, result, defaultMeasures());
 * measures.get("nce:or_bo_dispatch")?.map((m) => m.measure.id); // ["dispatch-auto", …]
 * ```
 */
export function attachMeasures(study: Study, result: Attribution, catalogue?: MeasureCatalogue, options: AttachMeasuresOptions = {}): ReadonlyMap<string, readonly MatchedMeasure[]> {
  requireStudy("attachMeasures", study);
  requireArgument("attachMeasures", "second", result, "an attribution (the result of attribute)", isAttribution, "Pass the study first, then the attribution: attachMeasures(study, result, catalogue, options).");
  const chosen = measuresFor(study, catalogue).catalogue;
  const max = options.max ?? 4;
  const categories = new Map(chosen.categories.map((c) => [c.id, c] as const));
  const layerOf = new Map(study.blueprints.flatMap((b) => b.steps.map((s) => [s.id, s.layer] as const)));
  const areasOf = serviceAreasOf(study);
  const out = new Map<string, readonly MatchedMeasure[]>();
  for (const f of result.findings) {
    const kinds = new Set(f.evidence.map((e) => e.kind));
    const scope = scopeOf(f, study, layerOf);
    const areas = new Set(scope.steps.flatMap((s) => areasOf.get(s) ?? []));
    const fits: { m: MatchedMeasure; score: number; index: number }[] = [];
    chosen.measures.forEach((m, index) => {
      if (!m.tags.includes(f.tag)) return;
      // A measure of one service area fits only the themes that name its category.
      if (categories.get(m.category)?.serviceArea === true && !areas.has(m.category)) return;
      const evidence = m.evidence.filter((k) => kinds.has(k));
      if (m.evidence.length > 0 && evidence.length === 0) return;
      let specific = false;
      for (const key of SCOPE_KEYS) {
        const wanted: readonly string[] = m[key];
        if (wanted.length === 0) continue;
        if (!wanted.some((id) => scope[key].includes(id))) return;
        // A layer narrows a generic measure; it does not make it written for this finding.
        if (key !== "layers") specific = true;
      }
      fits.push({ m: { measure: m, category: categories.get(m.category), evidence, specific }, score: (specific ? 100 : 0) + evidence.length, index });
    });
    fits.sort((a, b) => b.score - a.score || a.index - b.index);
    out.set(f.id, fits.slice(0, Math.max(0, max)).map((x) => x.m));
  }
  return out;
}
