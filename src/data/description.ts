/**
 * The data description (`gaptrace-data: 1`): one YAML or JSON file saying which files hold a study's survey
 * responses and case records and how to read them as teams export them (encoding, delimiter, local-language
 * headers, answer labels to recode, not-applicable and don't-know codes, columns to ignore, segments, time zone,
 * durations given as numbers). Shared by the CLI (`--data`), the API and notebooks. This module holds its zod
 * schema (and the JSON Schema generated from it), its validation against a study, and the mapping to the
 * readers' options; `description-load.ts` reads it from text with located problems.
 * @module
 */
import * as z from "zod/mini";
import { nearMiss } from "../core/near.js";
import type { DocPath, Problem } from "../core/problem.js";
import { UnitSchema, type Study, type Unit } from "../model/study.js";
import { describeFound, schemaProblems } from "../study/validate/schema-issues.js";
import type { CaseColumns, CaseOptions } from "./cases.js";
import type { ResponseColumns, ResponseOptions } from "./responses.js";
import type { CsvOptions } from "./source.js";
import { resolveEncoding } from "./text.js";
import { parseOffset } from "./time.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_DESCRIPTION_EN } from "../core/messages/problems-en-data-description.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

const header = () => z.string().check(z.minLength(1)).register(z.globalRegistry, { description: "a column header, exactly as written in the file" });
const headers = () => z.array(header());
const code = () => z.union([z.string(), z.number()]);
const codesBy = (what: string) =>
  z.record(z.string(), z.array(code())).register(z.globalRegistry, { description: `${what} codes per question id, or "*" for every question (a question's own list replaces "*")` });
const wave = () => z.union([z.string().check(z.minLength(1)), z.number()]).register(z.globalRegistry, { description: "the wave of rows that do not say" });

/** What both kinds of source have. */
const sourceShape = {
  file: z.optional(z.string().check(z.minLength(1))).register(z.globalRegistry, { description: "the data file, relative to this description (CSV, or JSON Lines: .jsonl/.ndjson)" }),
  files: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))).register(z.globalRegistry, { description: "several data files read in order into one table (instead of file)" }),
  form: z.optional(z.enum(["long", "wide"])).register(z.globalRegistry, { description: "long: one answer (event) per row; wide: a column per question (event)" }),
  encoding: z.optional(z.string().check(z.minLength(1))).register(z.globalRegistry, { description: "text encoding of this source's files (overrides the top-level one)" }),
  delimiter: z.optional(z.string()).register(z.globalRegistry, { description: 'CSV field delimiter of this source ("tab" or "\\t" for tabs)' }),
  ignore: z.optional(headers()).register(z.globalRegistry, { description: "columns to skip" }),
  segments: z.optional(headers()).register(z.globalRegistry, { description: "columns read as segment dimensions of the same name" }),
  segmentColumns: z.optional(z.record(z.string(), header())).register(z.globalRegistry, { description: "segment dimension id → the column it is read from" }),
  wave: z.optional(wave()),
};

const ResponseColumnsSchema = z.partial(z.strictObject({ respondent: header(), question: header(), value: header(), audience: header(), post: header(), weight: header(), wave: header(), case: header() }))
  .register(z.globalRegistry, { description: "the columns of respondent attributes (and, long form, question and value) when they are not named as the defaults" });

const ResponsesSourceSchema = z.strictObject({
  ...sourceShape,
  columns: z.optional(ResponseColumnsSchema),
  questions: z.optional(z.record(z.string(), header())).register(z.globalRegistry, { description: "wide form: question id → the column holding its answers" }),
  recode: z.optional(z.record(z.string(), z.record(z.string(), z.number()))).register(z.globalRegistry, { description: 'question id (or "*") → answer label as written → code' }),
  notApplicable: z.optional(codesBy("not-applicable")),
  dontKnow: z.optional(codesBy("don't-know")),
  missing: z.optional(codesBy("missing")),
  linkBy: z.optional(z.enum(["column", "respondent"])).register(z.globalRegistry, { description: "column: the case column links a respondent to a case; respondent: respondent ids are case ids" }),
  post: z.optional(z.string().check(z.minLength(1))).register(z.globalRegistry, { description: "a staff survey of one post: the post (a study post id) of every respondent whose row names none; they are internal respondents" }),
}).register(z.globalRegistry, { description: "the survey responses" });

const CaseColumnsSchema = z.partial(z.strictObject({ case: header(), event: header(), time: header(), context: header(), wave: header(), value: header() }))
  .register(z.globalRegistry, { description: "the columns of case attributes (and, long form, event, time and value) when they are not named as the defaults" });

const CasesSourceSchema = z.strictObject({
  ...sourceShape,
  columns: z.optional(CaseColumnsSchema),
  events: z.optional(z.record(z.string(), header())).register(z.globalRegistry, { description: "event id → how the file names it: wide form, the column holding its time; long form, the word in the event column (e.g. 缴清)" }),
  durations: z.optional(z.record(z.string(), z.strictObject({ column: header(), unit: UnitSchema }))).register(z.globalRegistry, { description: "wide form: metric id → a column holding that metric's duration as a number, with its unit" }),
  timeZone: z.optional(z.string()).register(z.globalRegistry, { description: 'UTC offset of this source\'s local times (overrides the top-level one), e.g. "+08:00"' }),
}).register(z.globalRegistry, { description: "the case records (work orders, calls) with event times" });

const WalkthroughsSourceSchema = z.strictObject({
  file: z.string().check(z.minLength(1)).register(z.globalRegistry, { description: "the walkthrough records, relative to this description (CSV, one row per problem found; or .json/.yaml)" }),
  format: z.optional(z.enum(["csv", "json", "yaml"])).register(z.globalRegistry, { description: "the file's format (default from its name: .json, .yaml/.yml, else CSV)" }),
  encoding: z.optional(z.string().check(z.minLength(1))).register(z.globalRegistry, { description: "text encoding of the file (overrides the top-level one)" }),
  delimiter: z.optional(z.string()).register(z.globalRegistry, { description: 'CSV field delimiter ("tab" or "\\t" for tabs)' }),
}).register(z.globalRegistry, { description: "process-walkthrough records (流程穿越): the problems participants recorded, read as qualitative evidence on steps (docs/walkthroughs.md)" });

/** The zod schema of a data description file (`gaptrace-data: 1`). */
export const DataDescriptionSchema = z.strictObject({
  $schema: z.optional(z.string()).register(z.globalRegistry, { description: "the JSON Schema of this file, for editors" }),
  "gaptrace-data": z.literal(1).register(z.globalRegistry, { description: "the format version: 1" }),
  encoding: z.optional(z.string().check(z.minLength(1))).register(z.globalRegistry, { description: "default text encoding of every source (aliases: cp949, gbk, cp936, big5, cp950, shift_jis, cp932, utf-16)" }),
  delimiter: z.optional(z.string()).register(z.globalRegistry, { description: 'default CSV field delimiter of every source ("tab" or "\\t" for tabs)' }),
  timeZone: z.optional(z.string()).register(z.globalRegistry, { description: 'UTC offset of local times written without one (cases), e.g. "+09:00"' }),
  responses: z.optional(z.union([ResponsesSourceSchema, z.array(ResponsesSourceSchema).check(z.minLength(1))])).register(z.globalRegistry, { description: "the survey responses: one source, or a list of sources each with its own layout (a customer survey and a staff survey from different tools)" }),
  cases: z.optional(CasesSourceSchema),
  walkthroughs: z.optional(WalkthroughsSourceSchema),
}).register(z.globalRegistry, { description: "A gaptrace data description: which files hold a study's responses and cases, and how to read them." });

/** A validated data description. */
export type DataDescription = z.output<typeof DataDescriptionSchema>;
/** One source of the responses part of a {@link DataDescription} (the part is one source or a list of them). */
export type ResponsesDescription = z.output<typeof ResponsesSourceSchema>;

/**
 * The response sources of a description as a list, each with the path that names it (`["responses"]` for a
 * single source, `["responses", i]` in a list).
 *
 * @param d - a parsed description.
 * @returns the sources in the order written.
 * @example
 * ```ts
 * responseSourcesOf(description).map((s) => s.source.file); // ["customers.csv", "staff.csv"]
 * ```
 */
export function responseSourcesOf(d: Pick<DataDescription, "responses">): { readonly source: ResponsesDescription; readonly at: DocPath }[] {
  const r = d.responses;
  if (r === undefined) return [];
  return Array.isArray(r) ? r.map((source, i) => ({ source, at: ["responses", i] })) : [{ source: r, at: ["responses"] }];
}
/** The cases part of a {@link DataDescription}. */
export type CasesDescription = z.output<typeof CasesSourceSchema>;

/** The report of {@link validateDataDescription}: the description when it has no errors, and every problem. */
export interface DataDescriptionReport {
  readonly ok: boolean;
  readonly description: DataDescription | undefined;
  readonly problems: readonly Problem[];
}

/** The keys allowed at each place of the description, for "did you mean" on an unknown key. */
function allowedKeys(path: DocPath): readonly string[] {
  // A source in a list of sources (responses.1.columns) has the keys of a single one (responses.columns).
  const at = path.filter((k, i) => !(i === 1 && path[0] === "responses" && typeof k === "number")).join(".");
  if (at === "") return Object.keys(DataDescriptionSchema.shape);
  if (at === "responses") return Object.keys(ResponsesSourceSchema.shape);
  if (at === "cases") return Object.keys(CasesSourceSchema.shape);
  if (at === "responses.columns") return Object.keys(ResponseColumnsSchema.shape);
  if (at === "cases.columns") return Object.keys(CaseColumnsSchema.shape);
  if (at === "walkthroughs") return Object.keys(WalkthroughsSourceSchema.shape);
  if (path[0] === "cases" && path[1] === "durations" && path.length === 3) return ["column", "unit"];
  return [];
}

/**
 * The readers' option names (the API, `ResponseOptions` and `CaseOptions`) that a description spells otherwise: a
 * user who knows the API writes them first.
 */
const API_NAMES: ReadonlyMap<string, string> = new Map([
  ["questionColumns", "questions"],
  ["eventColumns", "events"],
  ["durationColumns", "durations"],
  ["ignoreColumns", "ignore"],
  ["missingCodes", "missing"],
  ["missingCodesByQuestion", "missing"],
  ["dontKnowByQuestion", "dontKnow"],
  ["notApplicableByQuestion", "notApplicable"],
  ["defaultWave", "wave"],
  ["defaultPost", "post"],
  ["assumeOffset", "timeZone"],
]);

/** The allowed key an unknown key is probably meant to be: the description's name of an API option, or a near miss. */
function nearKey(key: string, allowed: readonly string[]): string | undefined {
  const api = API_NAMES.get(key);
  if (api !== undefined && allowed.includes(api)) return api;
  return nearMiss(key, allowed);
}

/** zod's issues as problems; an unknown key names the key it is probably meant to be. */
function shapeProblems(issues: readonly z.core.$ZodIssue[], raw: unknown): Problem[] {
  return schemaProblems(issues, raw).map((p) => {
    if (p.code !== "schema/unknown-key" || !("keys" in p.params) || p.params.keys === null) return p;
    const keys = p.params.keys;
    const near = keys.length === 1 ? (nearKey(keys[0] as string, allowedKeys(p.path)) ?? null) : null;
    return problemFrom(DATA_DESCRIPTION_EN, "data-description/unknown-key", "error", p.path, { keys, near });
  });
}

/** Records one use of a column per source; a second use is a problem located at it. */
class ColumnUses {
  readonly #first = new Map<string, string>();
  readonly problems: Problem[] = [];
  use(column: string, path: DocPath): void {
    const key = column.trim().normalize("NFC");
    const first = this.#first.get(key);
    if (first === undefined) this.#first.set(key, path.join("."));
    else this.problems.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/column-twice", "error", path, { column, first }));
  }
}

/** Every column a source names, each once. Default attribute columns are not counted: they may go unused. */
function columnProblems(name: "responses" | "cases", source: ResponsesDescription | CasesDescription, at: DocPath): Problem[] {
  const uses = new ColumnUses();
  for (const [k, c] of Object.entries(source.columns ?? {})) if (typeof c === "string") uses.use(c, [...at, "columns", k]);
  const key = name === "responses" ? "questions" : "events";
  const mapped = name === "responses" ? (source as ResponsesDescription).questions : (source as CasesDescription).events;
  // In long form the events name words in the event column, not columns.
  if ((source.form ?? "long") === "wide") for (const [id, c] of Object.entries(mapped ?? {})) uses.use(c, [...at, key, id]);
  if (name === "cases") for (const [id, d] of Object.entries((source as CasesDescription).durations ?? {})) uses.use(d.column, [...at, "durations", id, "column"]);
  (source.segments ?? []).forEach((c, i) => uses.use(c, [...at, "segments", i]));
  for (const [dim, c] of Object.entries(source.segmentColumns ?? {})) uses.use(c, [...at, "segmentColumns", dim]);
  (source.ignore ?? []).forEach((c, i) => uses.use(c, [...at, "ignore", i]));
  return uses.problems;
}

/**
 * Long form: the words the event column uses for events. Two events may not share a word, and a word may not be
 * another event's id (a row would then mean two events).
 */
function eventNameProblems(study: Study, events: Readonly<Record<string, string>>, at: DocPath): Problem[] {
  const out: Problem[] = [];
  const ids = new Set(study.events.map((e) => e.id));
  const first = new Map<string, string>();
  for (const [id, raw] of Object.entries(events)) {
    const word = raw.trim().normalize("NFC");
    const earlier = first.get(word);
    if (earlier !== undefined) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/event-name", "error", [...at, id], { name: raw, clash: { kind: "name", first: earlier } }));
    else if (word !== id && ids.has(word)) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/event-name", "error", [...at, id], { name: raw, clash: { kind: "event", event: word } }));
    else first.set(word, id);
  }
  return out;
}

/** Ids the study does not define, each with its near miss; `"*"` allowed where `star` says. */
function idProblems(kind: "question" | "event" | "metric" | "post", ids: Iterable<string>, known: ReadonlySet<string>, at: DocPath, star: boolean): Problem[] {
  const out: Problem[] = [];
  for (const id of ids) {
    if (known.has(id) || (star && id === "*")) continue;
    out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/unknown-id", "error", [...at, id], { kind, id, near: nearMiss(id, known) ?? null }));
  }
  return out;
}

/** Encoding, delimiter and time zone: values the schema cannot check. */
function textProblems(at: DocPath, o: { readonly encoding?: string | undefined; readonly delimiter?: string | undefined; readonly timeZone?: string | undefined }): Problem[] {
  const out: Problem[] = [];
  if (o.encoding !== undefined) {
    try {
      resolveEncoding(o.encoding);
    } catch {
      out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/encoding", "error", [...at, "encoding"], { encoding: o.encoding }));
    }
  }
  if (o.delimiter !== undefined && delimiterText(o.delimiter) === undefined) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/delimiter", "error", [...at, "delimiter"], { delimiter: o.delimiter }));
  if (o.timeZone !== undefined && parseOffset(o.timeZone) === undefined) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/time-zone", "error", [...at, "timeZone"], { value: o.timeZone }));
  return out;
}

/** A source's own checks: its files, its wide-form keys, its ids against the study, its columns. */
function sourceProblems(study: Study, name: "responses" | "cases", source: ResponsesDescription | CasesDescription, at: DocPath = [name]): Problem[] {
  const out: Problem[] = [];
  if ((source.file === undefined) === (source.files === undefined)) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/file-and-files", "error", at, { both: source.file !== undefined }));
  out.push(...textProblems(at, source));
  const long = (source.form ?? "long") === "long";
  if (name === "responses") {
    const r = source as ResponsesDescription;
    const questions = new Set(study.evaluationPoints.flatMap((p) => p.questions.map((q) => q.id)));
    if (long && r.questions !== undefined) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/wide-only", "error", [...at, "questions"], { key: "questions" }));
    out.push(...idProblems("question", Object.keys(r.questions ?? {}), questions, [...at, "questions"], false));
    if (r.post !== undefined) out.push(...idProblems("post", [r.post], new Set(study.organisation.posts.map((p) => p.id)), at, false).map((p) => ({ ...p, path: [...at, "post"] })));
    for (const key of ["recode", "notApplicable", "dontKnow", "missing"] as const) out.push(...idProblems("question", Object.keys(r[key] ?? {}), questions, [...at, key], true));
  } else {
    const c = source as CasesDescription;
    if (long) out.push(...eventNameProblems(study, c.events ?? {}, [name, "events"]));
    if (long && c.durations !== undefined) out.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/wide-only", "error", [name, "durations"], { key: "durations" }));
    out.push(...idProblems("event", Object.keys(c.events ?? {}), new Set(study.events.map((e) => e.id)), [name, "events"], false));
    out.push(...idProblems("metric", Object.keys(c.durations ?? {}), new Set(study.metrics.map((m) => m.id)), [name, "durations"], false));
  }
  return [...out, ...columnProblems(name, source, at)];
}

/**
 * Validate a data description (already parsed from YAML or JSON) against its schema and the study: question,
 * event and metric ids must be the study's (with "did you mean"), encodings known, delimiters usable, time zones
 * UTC offsets, each source naming `file` or `files`, each column given one use. Problems carry paths; use
 * `loadDataDescriptionText` for file, line and column. Never throws for a bad input.
 *
 * @param study - the study the data is for.
 * @param raw - the parsed description.
 * @returns the report; `description` is set when there is no error.
 * @example
 * ```ts
 * const report = validateDataDescription(study, { "gaptrace-data": 1, responses: { file: "survey.csv" } });
 * report.ok; // true
 * ```
 */
export function validateDataDescription(study: Study, raw: unknown): DataDescriptionReport {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return { ok: false, description: undefined, problems: [problemFrom(DATA_DESCRIPTION_EN, "data-description/not-a-description", "error", [], { found: describeFound(raw) })] };
  const parsed = parseDescription(raw as Record<string, unknown>);
  if (!parsed.success) return { ok: false, description: undefined, problems: shapeProblems(parsed.issues, raw) };
  const d = parsed.data;
  const problems = [...textProblems([], d)];
  if (d.responses === undefined && d.cases === undefined) problems.push(problemFrom(DATA_DESCRIPTION_EN, "data-description/no-source", "error", [], {}));
  for (const { source, at } of responseSourcesOf(d)) problems.push(...sourceProblems(study, "responses", source, at));
  if (d.cases !== undefined) problems.push(...sourceProblems(study, "cases", d.cases));
  if (d.walkthroughs !== undefined) problems.push(...textProblems(["walkthroughs"], d.walkthroughs));
  const ok = problems.every((p) => p.severity !== "error");
  return { ok, description: ok ? d : undefined, problems };
}

// The description without its responses, which are checked apart: as one source, or as a list of sources each
// checked at its index, so a mistake inside a source is reported as itself, not as "matches none of the forms".
const DescriptionRestSchema = z.extend(DataDescriptionSchema, { responses: z.optional(z.unknown()) });

function parseDescription(raw: Record<string, unknown>): { success: true; data: DataDescription } | { success: false; issues: z.core.$ZodIssue[] } {
  const rest = DescriptionRestSchema.safeParse(raw, ZOD_ENGLISH);
  const issues: z.core.$ZodIssue[] = rest.success ? [] : [...rest.error.issues];
  const r = raw["responses"];
  let responses: DataDescription["responses"];
  if (Array.isArray(r)) {
    const list = z.array(z.unknown()).check(z.minLength(1)).safeParse(r, ZOD_ENGLISH);
    if (!list.success) issues.push(...list.error.issues.map((i) => ({ ...i, path: ["responses", ...i.path] })));
    const sources: ResponsesDescription[] = [];
    r.forEach((item, k) => {
      const one = ResponsesSourceSchema.safeParse(item, ZOD_ENGLISH);
      if (one.success) sources.push(one.data);
      else issues.push(...one.error.issues.map((i) => ({ ...i, path: ["responses", k, ...i.path] })));
    });
    responses = sources;
  } else if (r !== undefined) {
    const one = ResponsesSourceSchema.safeParse(r, ZOD_ENGLISH);
    if (one.success) responses = one.data;
    else issues.push(...one.error.issues.map((i) => ({ ...i, path: ["responses", ...i.path] })));
  }
  if (issues.length > 0 || !rest.success) {
    // In the order the keys are written, as one parse of the whole would give them.
    const order = new Map(Object.keys(raw).map((k, i) => [k, i] as const));
    const at = (i: z.core.$ZodIssue): number => order.get(String(i.path[0] ?? "")) ?? -1;
    return { success: false, issues: issues.map((i, k) => ({ i, k })).sort((x, y) => at(x.i) - at(y.i) || x.k - y.k).map((x) => x.i) };
  }
  return { success: true, data: { ...rest.data, ...(responses === undefined ? {} : { responses }) } as DataDescription };
}

/** A delimiter as written (`tab`, `\t`, `;`), or `undefined` when it cannot separate fields. */
function delimiterText(raw: string): string | undefined {
  if (raw.toLowerCase() === "tab" || raw === "\\t" || raw === "\t") return "\t";
  return raw === "" || /["\r\n]/.test(raw) ? undefined : raw;
}

/**
 * Response reader options a description gives, including the fields of issue 10 (`recode`, `notApplicable`,
 * `notApplicableByQuestion`, `missingCodesByQuestion`, `segmentColumns`) that the response reader gains
 * alongside this description; each is set only when the description gives it.
 */
export interface DescribedResponseOptions extends ResponseOptions, CsvOptions {
  readonly recode?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly notApplicable?: readonly (string | number)[];
  readonly notApplicableByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  readonly missingCodesByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  readonly segmentColumns?: ReadonlyMap<string, string>;
}

/** Case reader options a description gives, including `segmentColumns`, `durationColumns` and `columns.value`. */
export interface DescribedCaseOptions extends Omit<CaseOptions, "columns">, CsvOptions {
  readonly columns?: CaseColumns & { readonly value?: string };
  readonly segmentColumns?: ReadonlyMap<string, string>;
  readonly durationColumns?: ReadonlyMap<string, { readonly column: string; readonly unit: Unit }>;
}

/** One source of a description, ready to read: its files (as written, relative to the description) and options. */
export interface DescribedSource<O> {
  readonly files: readonly string[];
  readonly options: O;
}

/** The sources of a description, ready to read. */
export interface DescribedReadOptions {
  /** The response source, when the description has exactly one (with several, see `responseSources`). */
  readonly responses?: DescribedSource<DescribedResponseOptions>;
  /** Every response source, in the order written (one entry for a single source). */
  readonly responseSources: readonly DescribedSource<DescribedResponseOptions>[];
  readonly cases?: DescribedSource<DescribedCaseOptions>;
  /** The walkthrough records (流程穿越), with how to read them (`readWalkthroughs` options, `file` as written). */
  readonly walkthroughs?: { readonly file: string; readonly options: { readonly format?: "csv" | "json" | "yaml"; readonly encoding?: string; readonly delimiter?: string } };
}

const entries = <V>(o: Readonly<Record<string, V>> | undefined): [string, V][] => Object.entries(o ?? {});
/** `"*"` and the per-question rest of a codes-by-question mapping. */
function splitStar(o: Readonly<Record<string, readonly (string | number)[]>> | undefined): { all?: readonly (string | number)[]; by?: Map<string, readonly (string | number)[]> } {
  if (o === undefined) return {};
  const by = new Map(entries(o).filter(([k]) => k !== "*"));
  const all = o["*"];
  return { ...(all !== undefined ? { all } : {}), ...(by.size > 0 ? { by } : {}) };
}

/** What both sources share: form, encoding, delimiter, ignored and segment columns, wave. */
function commonOptions(d: DataDescription, s: ResponsesDescription | CasesDescription): Record<string, unknown> {
  const encoding = s.encoding ?? d.encoding;
  const delimiter = s.delimiter ?? d.delimiter;
  return {
    ...(s.form !== undefined ? { form: s.form } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(delimiter !== undefined ? { delimiter: delimiterText(delimiter) ?? delimiter } : {}),
    ...(s.ignore !== undefined ? { ignoreColumns: s.ignore } : {}),
    ...(s.segments !== undefined ? { segments: s.segments } : {}),
    ...(s.segmentColumns !== undefined ? { segmentColumns: new Map(entries(s.segmentColumns)) } : {}),
    ...(s.wave !== undefined ? { defaultWave: String(s.wave) } : {}),
  };
}

function responseOptionsOf(d: DataDescription, r: ResponsesDescription): DescribedResponseOptions {
  const na = splitStar(r.notApplicable);
  const dk = splitStar(r.dontKnow);
  const missing = splitStar(r.missing);
  return {
    ...commonOptions(d, r),
    ...(r.columns !== undefined ? { columns: r.columns as ResponseColumns } : {}),
    ...(r.questions !== undefined ? { questionColumns: new Map(entries(r.questions)) } : {}),
    ...(r.recode !== undefined ? { recode: new Map(entries(r.recode).map(([q, m]) => [q, new Map(entries(m))])) } : {}),
    ...(na.all !== undefined ? { notApplicable: na.all } : {}),
    ...(na.by !== undefined ? { notApplicableByQuestion: na.by } : {}),
    ...(dk.all !== undefined ? { dontKnow: dk.all } : {}),
    ...(dk.by !== undefined ? { dontKnowByQuestion: dk.by } : {}),
    ...(missing.all !== undefined ? { missingCodes: missing.all } : {}),
    ...(missing.by !== undefined ? { missingCodesByQuestion: missing.by } : {}),
    ...(r.linkBy !== undefined ? { linkBy: r.linkBy } : {}),
    ...(r.post !== undefined ? { defaultPost: r.post } : {}),
  };
}

function caseOptionsOf(d: DataDescription, c: CasesDescription): DescribedCaseOptions {
  const timeZone = c.timeZone ?? d.timeZone;
  return {
    ...commonOptions(d, c),
    ...(c.columns !== undefined ? { columns: c.columns as CaseColumns & { readonly value?: string } } : {}),
    ...(c.events !== undefined ? { eventColumns: new Map(entries(c.events)) } : {}),
    ...(c.durations !== undefined ? { durationColumns: new Map(entries(c.durations)) } : {}),
    ...(timeZone !== undefined ? { assumeOffset: timeZone } : {}),
  };
}

/**
 * The readers' options a validated description gives, per source: the files to read (in order, as written)
 * and the options of `responsesFromCsv`/`casesFromCsv` (and their Node readers): per-source encoding, delimiter
 * and time zone over the top-level ones, `"*"` codes as the all-question lists and the rest per question.
 *
 * @param description - a description from {@link validateDataDescription} or `loadDataDescriptionText`.
 * @returns the sources present, each with its files and options.
 * @example
 * ```ts
 * const { responses } = describedReadOptions(description);
 * responses?.options.questionColumns?.get("e01"); // "기대1"
 * ```
 */
export function describedReadOptions(description: DataDescription): DescribedReadOptions {
  const d = description;
  const filesOf = (s: { readonly file?: string | undefined; readonly files?: readonly string[] | undefined }): string[] => (s.files !== undefined ? [...s.files] : s.file !== undefined ? [s.file] : []);
  const responseSources = responseSourcesOf(d).map(({ source }) => ({ files: filesOf(source), options: responseOptionsOf(d, source) }));
  return {
    responseSources,
    ...(responseSources.length === 1 ? { responses: responseSources[0] as DescribedSource<DescribedResponseOptions> } : {}),
    ...(d.cases !== undefined ? { cases: { files: filesOf(d.cases), options: caseOptionsOf(d, d.cases) } } : {}),
    ...(d.walkthroughs !== undefined ? { walkthroughs: walkthroughOptionsOf(d, d.walkthroughs) } : {}),
  };
}

/** How to read the walkthrough records: their own encoding and delimiter, else the description's. */
function walkthroughOptionsOf(d: DataDescription, w: NonNullable<DataDescription["walkthroughs"]>): NonNullable<DescribedReadOptions["walkthroughs"]> {
  const encoding = w.encoding ?? d.encoding;
  const delimiter = w.delimiter ?? d.delimiter;
  return {
    file: w.file,
    options: { ...(w.format === undefined ? {} : { format: w.format }), ...(encoding === undefined ? {} : { encoding }), ...(delimiter === undefined ? {} : { delimiter: delimiterText(delimiter) ?? delimiter }) },
  };
}

/**
 * The JSON Schema (draft 2020-12) of a data description file, generated from {@link DataDescriptionSchema} so
 * the two cannot drift. The shipped copy is `schema/data.schema.json`.
 *
 * @returns a JSON-serialisable schema object.
 * @example
 * ```ts
 * dataJsonSchema().$id; // "https://gaptrace.dev/schema/data.schema.json"
 * ```
 */
export function dataJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DataDescriptionSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, $id: "https://gaptrace.dev/schema/data.schema.json", title: "gaptrace data description" };
}
