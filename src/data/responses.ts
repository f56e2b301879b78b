/**
 * Survey responses: read long-form rows (one answer per row) or wide-form rows (one respondent per row, a column
 * per question) against a study, check every row and value, and hand on accepted answers with reverse coding and
 * yes/no mapping applied. Every row lands in the {@link Ledger}, accepted or rejected with a reason. An external
 * respondent may be linked to the case (work order) the response is about, from a case column or by declaring
 * that respondent ids are case ids. A {@link ResponseSource} is the lazy, single-pass stream of answers that
 * `aggregate` and `collectResponses` read.
 * @module
 */
import { nearMiss } from "../core/near.js";
import * as z from "zod/mini";
import { UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";
import { parseOptionsAt } from "../stats/_usage.js";
import type { SourceLocation } from "../core/problem.js";
import { Ledger, type LedgerSummary } from "./ledger.js";
import { readSegment, type Getter, type Verdict } from "./row-plan.js";
import { columnNames, got, READER_HINTS, readerChecks, RowReader, textOptionShape, unknownIds, type TextOptionKeys } from "./row-reader.js";
import { cellText, SegmentPool, type Segment, type SegmentInput } from "./segment.js";
import { ByteDictionary, plainNumberBytes, type CsvByteRow, type CsvByteSink } from "./csv-bytes.js";
import {
  refuseCsvDriver,
  csvByteRoute,
  csvRows,
  forEachItem,
  isAsyncIterable,
  jsonlRows,
  objectRows,
  type CsvOptions,
  type SourceBatches,
  type SourceItem,
  type TextInput,
} from "./source.js";
import { AnsweredSet } from "./answered-set.js";
import { IdSet } from "./id-set.js";
import { ownString } from "./own-string.js";
import { dataIndex, type IndexedQuestion, type DataIndex } from "./study-index.js";
import { DEFAULT_DONT_KNOW, isBlank, parseAnswer, parseWeight, recodeKey, show, type AnswerCodes, type ParsedValue } from "./values.js";
import { questionCodes } from "./question-codes.js";
import { isRows, isTextInput, requireArgument, requireStudy } from "../model/arguments.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/** Who a respondent is: an external customer, or staff answering as an internal post. */
export type AudienceKind = "external" | "internal";

/** Column names of the respondent attributes and (long form) of question and value. */
export interface ResponseColumns {
  /** Default `respondent`. */
  readonly respondent?: string;
  /** Long form only. Default `question`. */
  readonly question?: string;
  /** Long form only. Default `value`. */
  readonly value?: string;
  /** `external`/`internal` (外部/内部); when the column is absent or blank, a respondent with a post is internal. Default `audience`. */
  readonly audience?: string;
  /** The rater post of an internal respondent. Default `post`. */
  readonly post?: string;
  /** Default `weight`; blank means 1. */
  readonly weight?: string;
  /** Default `wave`; blank means the default wave. */
  readonly wave?: string;
  /** Object rows only: a field holding the whole segment as an object, Map or pairs. Default `segment`. */
  readonly segment?: string;
  /**
   * The id of the case (work order) an external respondent's answers are about, e.g. `"工单编号"`; a blank cell
   * means no link. Default `case`. A CSV header must have the column when it is named here; the default one may
   * be absent. Not read with `linkBy: "respondent"`.
   */
  readonly case?: string;
}

/** How to read responses. */
export interface ResponseOptions {
  /** `long`: respondent, question, value per row (default). `wide`: one row per respondent, a column per question. */
  readonly form?: "long" | "wide";
  /** Column names, when they differ from the defaults. */
  readonly columns?: ResponseColumns;
  /** Segment dimensions, each read from the column of the same name (e.g. `["region", "customerClass"]`). */
  readonly segments?: readonly string[];
  /**
   * Segment dimensions read from a column of another name: dimension id → column as the header writes it (e.g.
   * `"customer_type"` → `"Customer Type"`). Works with `segments`; a CSV header must have the column.
   */
  readonly segmentColumns?: ReadonlyMap<string, string>;
  /** Wide form: the column of each question, when it is not the question id. */
  readonly questionColumns?: ReadonlyMap<string, string>;
  /** Wide form: columns that are neither attributes nor questions and should be skipped (e.g. a timestamp); trimmed as headers are. */
  readonly ignoreColumns?: readonly string[];
  /** Blank answers: `count` (default) accepts them and counts them as missing; `reject` rejects them. */
  readonly missing?: "count" | "reject";
  /** Texts that also mean missing, besides blank cells (e.g. `"NA"`). */
  readonly missingCodes?: readonly (string | number)[];
  /** Per-question missing codes, replacing `missingCodes` for those questions. */
  readonly missingCodesByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  /** Codes meaning "don't know" (e.g. `99`, `"DK"`, `"不知道"`). Default {@link DEFAULT_DONT_KNOW}. */
  readonly dontKnow?: readonly (string | number)[];
  /** Per-question "don't know" codes, replacing `dontKnow` for those questions (e.g. 99 only where the scale is 1–5). */
  readonly dontKnowByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  /**
   * Codes meaning "not applicable" (e.g. `0` on a 1–5 scale, `"N/A"`): such an answer is accepted with the status
   * `"not-applicable"`, no value, and counted (never a rejection). Default none.
   */
  readonly notApplicable?: readonly (string | number)[];
  /** Per-question "not applicable" codes, replacing `notApplicable` for those questions. */
  readonly notApplicableByQuestion?: ReadonlyMap<string, readonly (string | number)[]>;
  /**
   * Answers written as labels, recoded to codes: question id (or `"*"` for every question) → label as written →
   * code, e.g. `new Map([["overall", new Map([["satisfied", 1], ["neutral or dissatisfied", 0]])]])`. Labels match
   * after trimming and Unicode NFC, case kept; a label of the question's own map wins over `"*"`. The code is then
   * read as any cell (a missing, "don't know" or "not applicable" code, or a value on the question's scale as
   * answered, reverse-coded after). A question's codes must be on its scale; a `"*"` code on at least one
   * question's scale (on another, the recoded value is rejected as out of range). Every recoded value is counted
   * in the ledger ({@link LedgerSummary.coded}).
   */
  readonly recode?: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** The wave of rows that do not say. Default `"1"`. */
  readonly defaultWave?: string;
  /**
   * The post of respondents whose row names none: a staff survey of one post, exported without an audience or
   * post column, is read as internal respondents of this post (a study post). Rows that name a post keep theirs;
   * a row whose audience column says external stays external. Default: none (such rows are external customers).
   */
  readonly defaultPost?: string;
  /** The file name to put in problems. */
  readonly file?: string;
  /** Problems kept per reason. Default 100. */
  readonly maxProblemsPerReason?: number;
  /** Most distinct segments accepted; rows with a new segment beyond it are rejected. Default 10,000. */
  readonly maxSegments?: number;
  /**
   * How an external respondent is linked to the case its answers are about: `column` (default) reads the case
   * column (`columns.case`); `respondent` declares that respondent ids are case ids (a return-visit survey keyed
   * by work-order number), so every external respondent links to the case with its own id. Internal respondents
   * are never linked.
   */
  readonly linkBy?: "column" | "respondent";
}

/** One accepted answer. `value` is on the analysis scale (reverse coding and yes/no mapping applied). */
export interface Answer {
  readonly respondent: string;
  /** Dense index of the respondent (id and wave) within its source, from 0. */
  readonly respondentIndex: number;
  readonly wave: string;
  readonly question: string;
  /** Position of the question in study order. */
  readonly questionIndex: number;
  /** The evaluation point of the question. */
  readonly point: string;
  /** `not-applicable`: a `notApplicable` code (accepted, no value, never in means). */
  readonly status: "answered" | "missing" | "dont-know" | "not-applicable";
  /** The value; `NaN` unless answered. */
  readonly value: number;
  readonly weight: number;
  readonly audience: AudienceKind;
  /** The rater post of an internal respondent. */
  readonly post: string | undefined;
  readonly segment: Segment;
  /** Index of the segment in the source's segment pool. */
  readonly segmentIndex: number;
  /** Line (or row number) the answer came from. */
  readonly line: number;
  /**
   * The case (work order) the respondent is linked to so far, `""` for none (always `""` for internal
   * respondents). A link named on a later row of the same respondent shows from that row on.
   */
  readonly case: string;
}

/**
 * Where a response source can hand its answers: every answer as an {@link Answer}, or (rows read from bytes) an
 * answered value as its fields, with no object made per row. `aggregate`'s builder is one.
 * @internal
 */
export interface AnswerSink {
  /**
   * Add one accepted answer.
   * @param a - the answer.
   */
  add(a: Answer): void;
  /**
   * Add one answered value, as {@link AnswerSink.add} would with an answer of these fields.
   * @param questionIndex - position of the question in study order.
   * @param point - its evaluation point.
   * @param question - its id.
   * @param wave - the wave.
   * @param segmentIndex - the segment's index in the source's pool.
   * @param segment - the segment.
   * @param value - the value (analysis scale).
   * @param weight - the weight.
   */
  addAnswered(questionIndex: number, point: string, question: string, wave: string, segmentIndex: number, segment: Segment, value: number, weight: number): void;
}

/** A respondent row as JavaScript code may write it (long form). Other keys are read per the options. */
export interface LongResponseRow {
  readonly respondent: string | number;
  readonly question: string;
  readonly value: unknown;
  readonly audience?: AudienceKind | string;
  readonly post?: string;
  readonly weight?: number | string;
  readonly wave?: string | number;
  readonly segment?: SegmentInput;
  /** The case (work order) the response is about; blank for none. */
  readonly case?: string | number;
  readonly [column: string]: unknown;
}

/** Any in-memory row: an object (long or wide form) or a `Map` of column → value. */
export type ResponseRow = LongResponseRow | Readonly<Record<string, unknown>> | ReadonlyMap<string, unknown>;

/** The default column names of response rows. */
export const RESPONSE_COLUMNS = {
  respondent: "respondent",
  question: "question",
  value: "value",
  audience: "audience",
  post: "post",
  weight: "weight",
  wave: "wave",
  segment: "segment",
  case: "case",
} as const satisfies Required<ResponseColumns>;

/** Every {@link ResponseOptions} key, in the order messages list them. */
const RESPONSE_OPTION_KEYS = [
  "form",
  "columns",
  "segments",
  "segmentColumns",
  "questionColumns",
  "ignoreColumns",
  "missing",
  "missingCodes",
  "missingCodesByQuestion",
  "dontKnow",
  "dontKnowByQuestion",
  "notApplicable",
  "notApplicableByQuestion",
  "recode",
  "defaultWave",
  "defaultPost",
  "file",
  "maxProblemsPerReason",
  "maxSegments",
  "linkBy",
] as const satisfies readonly (keyof ResponseOptions)[];

/** Answer codes: a list of texts and numbers. */
const codes = () => {
  const error = (iss: { readonly input?: unknown }): string => `must be a list of codes (texts or numbers), got ${got(iss)}.`;
  return z.array(z.union([z.string(), z.number()], { error: (iss) => `must be a code (a text or a number), got ${got(iss)}.` }), { error });
};

/** `recode`: a Map from question ids (or `"*"`) to Maps from labels to finite codes. */
function recodeShape() {
  // zod 4 numbers are finite: Infinity and NaN are refused here.
  const code = z.number({ error: (iss) => `must be a code (a finite number), got ${got(iss)}.` });
  const labels = z.map(z.string({ error: (iss) => `must have labels (strings) as keys, got ${got(iss)}.` }), code, { error: (iss) => `must be a Map from labels to codes, got ${got(iss)}.` });
  return z.optional(z.map(z.string({ error: (iss) => `must have question ids or "*" (strings) as keys, got ${got(iss)}.` }), labels, { error: (iss) => `must be a Map from question ids (or "*") to Maps of labels, got ${got(iss)}.` }));
}

/** Why a code is not an answer on a question's scale, or `undefined` when it is one. */
function offItsScale(code: number, q: IndexedQuestion): string | undefined {
  const r = q.range;
  if ((r.min !== undefined && code < r.min) || (r.max !== undefined && code > r.max) || (r.discrete && !Number.isInteger(code))) {
    return `${r.min ?? "−∞"}–${r.max ?? "∞"}${r.discrete ? ", whole points" : ""}`;
  }
  return undefined;
}

/**
 * The `recode` checks a schema cannot word: question ids of the study (or `"*"`), no blank label (a blank cell is
 * missing), no two labels of one map alike after trimming and NFC, and every code on its question's scale or one
 * of its missing, "don't know" or "not applicable" codes (a `"*"` code so for at least one question); each issue
 * located as `recode.overall."satisfied"`.
 */
function checkRecode(ctx: z.core.$RefinementCtx, ix: DataIndex, options: ResponseOptions): void {
  // A label may be recoded to one of its question's codes (e.g. "说不好" → 99, a "don't know" code).
  const [global, own] = questionCodes(ix, { ...options, recode: new Map() });
  const off = (code: number, q: IndexedQuestion): string | undefined => {
    const c = own[q.index] ?? global;
    return c.missingNumbers.has(code) || c.dontKnowNumbers.has(code) || c.notApplicableNumbers.has(code) ? undefined : offItsScale(code, q);
  };
  for (const [qid, labels] of options.recode ?? []) {
    const q = ix.questions.get(qid);
    if (qid !== "*" && q === undefined) {
      const near = didYouMean(qid, ix.questionIds);
      const hint = `Use question ids of the study, or "*" for every question${near === "" ? "." : near}`;
      ctx.addIssue({ code: "custom", path: ["recode", qid], message: `names question "${qid}", which the study does not have.`, params: { hint } });
      return;
    }
    const seen = new Map<string, string>();
    for (const [label, code] of labels) {
      const at = ["recode", qid, label];
      const key = recodeKey(label);
      const fail = (message: string, hint: string): void => ctx.addIssue({ code: "custom", path: at, message, params: { hint } });
      if (key === "") return fail("is a blank label: a blank cell is a missing answer.", 'Recode only labels with text; blank cells count as missing (missing: "reject" rejects them).');
      const twin = seen.get(key);
      if (twin !== undefined) return fail(`is the same label as ${JSON.stringify(twin)} once trimmed and in NFC.`, "Keep one of the two labels.");
      seen.set(key, label);
      if (q !== undefined) {
        const scale = off(code, q);
        if (scale !== undefined) return fail(`maps to ${code}, which is not on question "${qid}"'s scale (${scale}).`, "Recode the label to a code on the question's scale as answered (reverse coding is applied after).");
      } else if (ix.questionIds.every((id) => off(code, ix.questions.get(id) as IndexedQuestion) !== undefined)) {
        return fail(`maps to ${code}, which is on no question's scale.`, "Recode the label to a code on the scale of the questions it answers.");
      }
    }
  }
}

/**
 * The zod schema of {@link ResponseOptions} for a study: each option's type and range, the column names (only the
 * keys of {@link ResponseColumns}), `questionColumns` and the per-question codes naming only questions of the study,
 * `recode` naming questions of the study (or `"*"`) with codes on their scales, and `columns.case` not together
 * with `linkBy: "respondent"`. A key no option has is refused (a misspelt
 * `dontknow` would otherwise silently read "don't know" codes as answers). Each check words what is wrong after
 * the option's path, as `parseOptionsAt` (src/stats/_usage.ts) writes it.
 *
 * @param study - the study (its questions).
 * @param input - what the loader reads: object `rows`, `jsonl` (also `encoding`) or `csv` and batches (also
 *   `delimiter` and `encoding`: the Node readers hand their whole options to the batch loader).
 * @returns the schema.
 * @example
 * ```ts
 * responseOptionsSchema(study).safeParse({ missing: "drop" }).success; // false
 * responseOptionsSchema(study, "rows").safeParse({ form: "wide", dontKnow: [99] }).success; // true
 * ```
 */
export function responseOptionsSchema(study: Study, input: TextOptionKeys = "csv"): z.ZodMiniType<ResponseOptions & CsvOptions> {
  const questions = new Set(study.evaluationPoints.flatMap((p) => p.questions.map((q) => q.id)));
  const posts = new Set(study.organisation.posts.map((p) => p.id));
  const text = textOptionShape(input);
  const shape = {
    form: readerChecks.form(),
    columns: readerChecks.columns(Object.keys(RESPONSE_COLUMNS)),
    segments: readerChecks.names(),
    segmentColumns: readerChecks.segmentColumns(),
    questionColumns: readerChecks.map("question", z.string({ error: (iss) => `must map each question to a column name (a string), got ${got(iss)}.` })),
    ignoreColumns: readerChecks.names(),
    missing: z.optional(z.enum(["count", "reject"], { error: (iss) => `must be "count" or "reject", got ${got(iss)}.` })),
    missingCodes: z.optional(codes()),
    missingCodesByQuestion: readerChecks.map("question", codes()),
    dontKnow: z.optional(codes()),
    dontKnowByQuestion: readerChecks.map("question", codes()),
    notApplicable: z.optional(codes()),
    notApplicableByQuestion: readerChecks.map("question", codes()),
    recode: recodeShape(),
    defaultWave: readerChecks.text(),
    defaultPost: z.optional(z.string({ error: (iss) => `must be a post id of the study, got ${got(iss)}.` }).check(z.refine((p) => posts.has(p), { error: (iss) => `must be a post id of the study, got ${got(iss)}.` }))),
    file: readerChecks.text(),
    maxProblemsPerReason: readerChecks.count(),
    maxSegments: readerChecks.count(true),
    linkBy: z.optional(z.enum(["column", "respondent"], { error: (iss) => `must be "column" or "respondent", got ${got(iss)}.` })),
    ...text,
  };
  return z.strictObject(shape, readerChecks.object([...RESPONSE_OPTION_KEYS, ...Object.keys(text)])).check(z.superRefine((o, ctx) => {
    if (o.linkBy === "respondent" && o.columns?.["case"] !== undefined) {
      const message = `names column ${JSON.stringify(o.columns["case"])}, but linkBy: "respondent" says respondent ids are the case ids.`;
      ctx.addIssue({ code: "custom", path: ["columns", "case"], message, params: { hint: 'Pass columns.case to read the case id from a column, or linkBy: "respondent", not both.' } });
    }
    unknownIds(ctx, "dontKnowByQuestion", "question", o.dontKnowByQuestion, (q) => questions.has(q));
    unknownIds(ctx, "missingCodesByQuestion", "question", o.missingCodesByQuestion, (q) => questions.has(q));
    unknownIds(ctx, "notApplicableByQuestion", "question", o.notApplicableByQuestion, (q) => questions.has(q));
    unknownIds(ctx, "questionColumns", "question", o.questionColumns, (q) => questions.has(q));
    if (o.recode !== undefined) checkRecode(ctx, dataIndex(study), o as ResponseOptions);
  })) as unknown as z.ZodMiniType<ResponseOptions & CsvOptions>;
}

/** Check response options (throws a located UsageError of `readResponses`); `input` as in {@link responseOptionsSchema}. */
function checkResponseOptions(study: Study, options: unknown, input: TextOptionKeys): void {
  parseOptionsAt("readResponses", responseOptionsSchema(study, input), options, RESPONSE_HINTS);
}

/** Hints of the response options' problems, by option. */
const RESPONSE_HINTS: Readonly<Record<string, string>> = {
  ...READER_HINTS,
  form: 'Pass form: "long" (one answer per row) or "wide" (one respondent per row).',
  columns: `Rename only the columns ${Object.keys(RESPONSE_COLUMNS).join(", ")}, e.g. columns: { respondent: "受访者" }.`,
  questionColumns: 'Pass a Map from question ids of the study to column names, e.g. new Map([["q_sat", "总体满意度"]]).',
  missing: 'Pass missing: "count" to count blanks, or "reject" to reject them.',
  missingCodes: 'Pass the texts that mean missing, e.g. ["NA", ""].',
  dontKnow: 'Pass the "don\'t know" codes, e.g. [99, "DK"].',
  dontKnowByQuestion: 'Pass a Map from question ids of the study to their "don\'t know" codes, e.g. new Map([["q_sat", [99]]]).',
  missingCodesByQuestion: 'Pass a Map from question ids of the study to their missing codes, e.g. new Map([["q_sat", [-9]]]).',
  notApplicable: 'Pass the "not applicable" codes, e.g. [0, "N/A"].',
  notApplicableByQuestion: 'Pass a Map from question ids of the study to their "not applicable" codes, e.g. new Map([["q_wifi", [0]]]).',
  recode: 'Pass a Map from question ids (or "*") to Maps from labels to codes, e.g. new Map([["overall", new Map([["satisfied", 1]])]]).',
  linkBy: 'Pass linkBy: "column" to read the case column, or "respondent" when respondent ids are case ids.',
  defaultPost: "Pass the id of the post whose staff answered (a post of the study's organisation), e.g. defaultPost: \"field_engineer\".",
};

/** Header positions the byte route reads: the attribute columns (in the order of #attrGetters; -1 absent), question, value. */
interface BytePositions {
  readonly attributes: Int32Array;
  readonly question: number;
  readonly value: number;
}

interface Respondent {
  readonly id: string;
  readonly wave: string;
  readonly audience: AudienceKind;
  readonly post: string | undefined;
  readonly weight: number;
  readonly segmentIndex: number;
  /** The case id this row names, `""` for none (for internal respondents: named, but never linked). */
  readonly case: string;
}

/** Link bookkeeping bits of a respondent: counted in the ledger's link counts; an ignored staff case id counted. */
const LINK_COUNTED = 1;
const LINK_IGNORED = 2;

const AUDIENCES = new Map<string, AudienceKind>([
  ["external", "external"],
  ["ext", "external"],
  ["外部", "external"],
  ["外部客户", "external"],
  ["internal", "internal"],
  ["int", "internal"],
  ["内部", "internal"],
  ["内部客户", "internal"],
]);

/**
 * Reads rows into answers, one row at a time, against one study. Internal to the data module: users get it
 * through {@link ResponseSource}.
 */
class ResponseReader {
  readonly #ix: DataIndex;
  readonly #ledger: Ledger;
  readonly #segments: SegmentPool;
  readonly #rows: RowReader<keyof ResponseColumns, IndexedQuestion>;
  readonly #missing: "count" | "reject";
  readonly #codes: AnswerCodes;
  readonly #codesByQuestion: (AnswerCodes | undefined)[];
  readonly #defaultWave: string;
  readonly #defaultPost: string;
  readonly #linkBy: "column" | "respondent";
  /** Whether `columns.case` was named (then a CSV header must have it). */
  readonly #caseNamed: boolean;
  // Respondent state: (wave, id) → index; per index a profile id and a bit per question (answered yet?).
  readonly #respondents = new IdSet();
  readonly #profiles = new Map<string, number>();
  #profileOf = new Int32Array(1024);
  // Per respondent index: its case link ("" none yet), and link bookkeeping bits (LINK_COUNTED, LINK_IGNORED).
  readonly #linkOf: string[] = [];
  #linkState = new Uint8Array(1024);
  #ignoredNoted = false;
  /** The (respondent, question) pairs answered yet: paged, sparse where respondents answer few of many questions. */
  readonly #seen: AnsweredSet;
  // The previous CSV row's attribute cells and what they were read as (see #respondent).
  #attrGetters: Getter[] = [];
  #lastRaw: unknown[] = [];
  #lastR: Respondent | undefined;
  #lastRi: number | undefined;
  // The byte route (long-form CSV): header positions of the columns, the respondent whose attribute bytes are
  // kept in #lastBytes (the #lastR they were read as), and question ids by their bytes.
  #pos: BytePositions | undefined;
  #bytesOwner: Respondent | undefined;
  #lastBytes = new Uint8Array(256);
  readonly #lastEnds: Int32Array = new Int32Array(64);
  #questionBytes: ByteDictionary | undefined;
  #questionList: IndexedQuestion[] = [];
  #answers: AnswerSink | undefined;

  constructor(study: Study, options: ResponseOptions, ledger: Ledger, segments: SegmentPool) {
    this.#ix = dataIndex(study);
    this.#ledger = ledger;
    this.#segments = segments;
    const c = options.columns ?? {};
    this.#linkBy = options.linkBy ?? "column";
    const questionColumns = options.questionColumns ?? new Map<string, string>();
    const targets = new Map<string, IndexedQuestion>();
    for (const [qid, q] of this.#ix.questions) targets.set(questionColumns.get(qid) ?? qid, q);
    this.#caseNamed = c.case !== undefined;
    this.#rows = new RowReader<keyof ResponseColumns, IndexedQuestion>({
      fn: "readResponses",
      form: options.form,
      columns: columnNames(RESPONSE_COLUMNS, c),
      id: "respondent",
      longOnly: ["question", "value"],
      // A case column the caller named must be there: a misspelt name would otherwise link nobody, silently.
      alsoRequired: this.#caseNamed ? ["case"] : [],
      unread: new Set(this.#linkBy === "column" ? [] : ["case"]),
      segments: options.segments,
      segmentColumns: options.segmentColumns,
      ignore: options.ignoreColumns,
      maxSegments: options.maxSegments ?? 10_000,
      pool: segments,
      file: options.file,
      ledger,
      targets,
      items: "questions",
      onHeader: (columns, where) => this.#headerNotes(columns, where),
    });
    this.#missing = options.missing ?? "count";
    [this.#codes, this.#codesByQuestion] = questionCodes(this.#ix, options);
    this.#defaultWave = options.defaultWave ?? "1";
    this.#defaultPost = options.defaultPost ?? "";
    this.#seen = new AnsweredSet(this.#ix.questionIds.length);
  }

  /** Read one source item; accepted answers go to `emit`. */
  item(item: SourceItem, emit: (a: Answer) => void): void {
    this.#rows.item(item, (row) => (this.#rows.form === "long" ? this.#long(row, emit) : this.#wide(row, emit)));
  }

  /**
   * A sink for the byte-level CSV reader: items as {@link ResponseReader.item}, plain rows from their bytes. With
   * `answers`, answered values read from bytes go to its `addAnswered`, everything else to `emit`.
   */
  byteSink(emit: (a: Answer) => void, answers?: AnswerSink): CsvByteSink {
    this.#answers = answers;
    return { item: (item) => this.item(item, emit), row: (row) => this.#byteRow(row, emit) };
  }

  /**
   * A plain CSV row, read from its bytes when it is the usual case: the previous row's respondent (its attribute
   * cells byte for byte the same), a question of the study, the right audience, no link conflict, not yet
   * answered, and a plain number on the question's scale that no code claims. Any other row is decoded and read
   * as text by {@link ResponseReader.item}'s path, so every verdict and message is that path's own.
   */
  #byteRow(row: CsvByteRow, emit: (a: Answer) => void): void {
    const rows = this.#rows;
    const pos = this.#pos;
    if (rows.form !== "long" || rows.header === undefined || pos === undefined) return this.item({ kind: "cells", line: row.line, cells: row.cells() }, emit);
    this.#ledger.row();
    const r = this.#lastR;
    const b = row.bytes;
    const starts = row.starts;
    const ends = row.ends;
    fast: {
      if (r === undefined || r !== this.#bytesOwner || !this.#sameAttributes(row, pos.attributes)) break fast;
      const qk = (this.#questionBytes as ByteDictionary).find(b, starts[pos.question] as number, ends[pos.question] as number);
      if (qk < 0) break fast;
      const q = this.#questionList[qk] as IndexedQuestion;
      const a = q.question.audience;
      if (a.kind === "external" ? r.audience !== "external" : r.audience !== "internal" || r.post !== a.rater) break fast;
      const ri = this.#respondentIndex(r);
      if (typeof ri !== "number") break fast;
      if (r.audience === "external" && r.case !== "") {
        const linked = this.#linkOf[ri] ?? "";
        if (linked !== "" && linked !== r.case) break fast;
      }
      if (this.#isSeen(ri, q.index)) break fast;
      const codes = this.#codesByQuestion[q.index] ?? this.#codes;
      if (codes.recode !== undefined) break fast;
      const v = plainNumberBytes(b, starts[pos.value] as number, ends[pos.value] as number);
      if (Number.isNaN(v)) break fast;
      if ((codes.missingNumbers.size > 0 && codes.missingNumbers.has(v)) || (codes.dontKnowNumbers.size > 0 && codes.dontKnowNumbers.has(v)) || (codes.notApplicableNumbers.size > 0 && codes.notApplicableNumbers.has(v))) break fast;
      const range = q.range;
      if (q.question.scale.type === "yesno" && v !== 0 && v !== 1) break fast;
      if ((range.min !== undefined && v < range.min) || (range.max !== undefined && v > range.max) || (range.discrete && !Number.isInteger(v))) break fast;
      const value = q.question.reverse && range.min !== undefined && range.max !== undefined ? range.min + range.max - v : v;
      this.#ledger.acceptRow();
      this.#markSeen(ri, q.index);
      const answers = this.#answers;
      if (answers === undefined) return this.#emit(r, ri, q, value, "answered", row.line, emit);
      this.#ledger.validValue();
      this.#link(r, ri, row.line);
      answers.addAnswered(q.index, q.point.id, q.question.id, r.wave, r.segmentIndex, this.#segments.segment(r.segmentIndex), value, r.weight);
      return;
    }
    this.#long({ kind: "cells", line: row.line, cells: row.cells() }, emit);
    // A respondent read from this very row: keep its attribute bytes for the rows after it. (#lastR may also have
    // been read from a row that came as text, a quoted one: then no bytes are kept and its rows take this path.)
    const now = this.#lastR;
    if (now !== undefined && now !== r) this.#keepAttributes(row, pos.attributes, now);
  }

  /** Whether a row's attribute cells are byte for byte those kept in #lastBytes. */
  #sameAttributes(row: CsvByteRow, attributes: Int32Array): boolean {
    const b = row.bytes;
    const kept = this.#lastBytes;
    const keptEnds = this.#lastEnds;
    let o = 0;
    for (let k = 0; k < attributes.length; k++) {
      const p = attributes[k] as number;
      const end = keptEnds[k] as number;
      if (p < 0) {
        o = end;
        continue;
      }
      let i = row.starts[p] as number;
      const e = row.ends[p] as number;
      if (e - i !== end - o) return false;
      for (; i < e; i++, o++) if (b[i] !== kept[o]) return false;
    }
    return true;
  }

  /** Keep a row's attribute cells, the ones `r` was read from. */
  #keepAttributes(row: CsvByteRow, attributes: Int32Array, r: Respondent): void {
    let total = 0;
    for (let k = 0; k < attributes.length; k++) {
      const p = attributes[k] as number;
      if (p >= 0) total += (row.ends[p] as number) - (row.starts[p] as number);
    }
    if (total > this.#lastBytes.length) this.#lastBytes = new Uint8Array(total * 2);
    const kept = this.#lastBytes;
    let o = 0;
    for (let k = 0; k < attributes.length; k++) {
      const p = attributes[k] as number;
      if (p >= 0) {
        const s = row.starts[p] as number;
        const e = row.ends[p] as number;
        kept.set(row.bytes.subarray(s, e), o);
        o += e - s;
      }
      this.#lastEnds[k] = o;
    }
    this.#bytesOwner = r;
  }

  #long(item: SourceItem, emit: (a: Answer) => void): void {
    const place = this.#rows.place(item.line);
    const r = this.#respondent(item);
    if ("reason" in r) return this.#ledger.rejectRow(r.reason, place, () => r.message, [r.column]);
    const qid = cellText(this.#rows.get.question(item));
    const q = this.#ix.questions.get(qid);
    if (q === undefined) {
      return this.#ledger.rejectRow("unknown-question", place, () => (qid === "" ? "The row names no question." : `Question "${qid}" is not in the study${didYouMean(qid, this.#ix.questionIds)}.`), [this.#rows.columns.question]);
    }
    const wrong = this.#audienceMismatch(r, q);
    if (wrong !== undefined) return this.#ledger.rejectRow("wrong-audience", place, () => wrong, [this.#rows.columns.question]);
    const ri = this.#respondentIndex(r);
    if (typeof ri !== "number") return this.#ledger.rejectRow(ri.reason, place, () => ri.message, [ri.column]);
    const conflict = this.#linkConflict(r, ri);
    if (conflict !== undefined) return this.#ledger.rejectRow(conflict.reason, place, () => conflict.message, [conflict.column]);
    if (this.#isSeen(ri, q.index)) {
      return this.#ledger.rejectRow("duplicate-answer", place, () => `Respondent "${r.id}" already answered "${q.question.id}" in wave "${r.wave}"; the first answer was kept.`, [this.#rows.columns.question]);
    }
    const p = this.#parse(this.#rows.get.value(item), q);
    if (p.kind === "reject") return this.#ledger.rejectRow(p.reason, place, () => p.message, [this.#rows.columns.value], recodeExtra(p, q));
    if (p.kind === "missing" && this.#missing === "reject") {
      return this.#ledger.rejectRow("missing-value", place, () => `No answer to "${q.question.id}" from respondent "${r.id}".`, [this.#rows.columns.value]);
    }
    this.#ledger.acceptRow();
    this.#markSeen(ri, q.index);
    this.#emit(r, ri, q, p.kind === "value" ? p.value : Number.NaN, p.kind === "value" ? "answered" : p.kind, item.line, emit);
  }

  #wide(item: SourceItem, emit: (a: Answer) => void): void {
    const place = this.#rows.place(item.line);
    const r = this.#respondent(item);
    if ("reason" in r) return this.#ledger.rejectRow(r.reason, place, () => r.message, [r.column]);
    const ri = this.#respondentIndex(r);
    if (typeof ri !== "number") return this.#ledger.rejectRow(ri.reason, place, () => ri.message, [ri.column]);
    const conflict = this.#linkConflict(r, ri);
    if (conflict !== undefined) return this.#ledger.rejectRow(conflict.reason, place, () => conflict.message, [conflict.column]);
    this.#ledger.acceptRow();
    const ledger = this.#ledger;
    for (const { target: q, column, get } of this.#rows.wide) {
      const raw = get(item);
      const wrong = this.#audienceMismatch(r, q);
      if (wrong !== undefined) {
        // A blank cell for a question the respondent was never asked is simply not applicable.
        if (!isBlank(raw)) ledger.rejectValue("wrong-audience", place, () => `${wrong} (value ${show(raw)})`, [column]);
        continue;
      }
      if (this.#isSeen(ri, q.index)) {
        // A repeated row's blank cell carries nothing to keep or reject.
        if (isBlank(raw)) continue;
        ledger.rejectValue("duplicate-answer", place, () => `Respondent "${r.id}" already answered "${q.question.id}" in wave "${r.wave}"; the first answer was kept.`, [column]);
        continue;
      }
      const p = this.#parse(raw, q);
      if (p.kind === "reject") {
        ledger.rejectValue(p.reason, place, () => p.message, [column], recodeExtra(p, q));
        continue;
      }
      if (p.kind === "missing" && this.#missing === "reject") {
        ledger.rejectValue("missing-value", place, () => `No answer to "${q.question.id}" from respondent "${r.id}".`, [column]);
        continue;
      }
      this.#markSeen(ri, q.index);
      this.#emit(r, ri, q, p.kind === "value" ? p.value : Number.NaN, p.kind === "value" ? "answered" : p.kind, item.line, emit);
    }
    for (const { column, get } of this.#rows.unknown) {
      const raw = get(item);
      if (!isBlank(raw)) ledger.rejectValue("unknown-question", place, () => `Column "${column}" is not a question of the study (value ${show(raw)})${didYouMean(column, this.#ix.questionIds)}.`, [column]);
    }
  }

  /**
   * Read a cell against its question's codes. A recoded label is counted here, whatever its code then reads as
   * (a rejected row's recoded value too: the ledger says which labels the file holds).
   */
  #parse(raw: unknown, q: IndexedQuestion): ParsedValue {
    const p = parseAnswer(raw, q, this.#codesByQuestion[q.index] ?? this.#codes);
    if (p.recoded !== undefined) this.#ledger.recodedValue(q.question.id, p.recoded.label, p.recoded.code);
    return p;
  }

  #emit(r: Respondent, ri: number, q: IndexedQuestion, value: number, status: Answer["status"], line: number, emit: (a: Answer) => void): void {
    if (status === "answered") this.#ledger.validValue();
    else if (status === "missing") this.#ledger.missingValue();
    else if (status === "dont-know") this.#ledger.dontKnowValue(q.question.id);
    else this.#ledger.notApplicableValue(q.question.id);
    const link = this.#link(r, ri, line);
    emit({
      respondent: r.id,
      respondentIndex: ri,
      wave: r.wave,
      question: q.question.id,
      questionIndex: q.index,
      point: q.point.id,
      status,
      value,
      weight: r.weight,
      audience: r.audience,
      post: r.post,
      segment: this.#segments.segment(r.segmentIndex),
      segmentIndex: r.segmentIndex,
      line,
      case: link,
    });
  }

  /** A row naming another case than the one its respondent is already linked to is not used. */
  #linkConflict(r: Respondent, ri: number): Verdict | undefined {
    if (r.audience !== "external" || r.case === "") return undefined;
    const linked = this.#linkOf[ri] ?? "";
    if (linked === "" || linked === r.case) return undefined;
    return {
      reason: "conflicting-case-link",
      message: `Respondent "${r.id}" (wave "${r.wave}") is linked to case "${linked}" by an earlier row; this row names case "${r.case}" and was not used.`,
      column: this.#rows.columns.case,
    };
  }

  /**
   * Record a used row's link and count the respondent in the ledger's link counts the first time one of its
   * answers is kept, so the counts describe exactly the respondents a table holds.
   * @returns the respondent's case link after this row.
   */
  #link(r: Respondent, ri: number, line: number): string {
    const links = this.#ledger.links;
    const state = this.#linkState[ri] ?? 0;
    if (r.audience === "internal") {
      if (r.case !== "" && (state & LINK_IGNORED) === 0) {
        this.#linkState[ri] = state | LINK_IGNORED;
        if (links !== undefined) links.internalIgnored++;
        if (!this.#ignoredNoted) {
          this.#ignoredNoted = true;
          this.#ledger.note({
            ...problemFrom(DATA_EN, "data/internal-case-link", "info", [this.#rows.columns.case], { respondent: r.id, post: r.post ?? "", case: r.case }),
            location: this.#rows.file === undefined ? { line } : { file: this.#rows.file, line },
          });
        }
      }
      return "";
    }
    let link = this.#linkOf[ri] ?? "";
    if (link === "" && r.case !== "") {
      // Kept for the whole read and handed to the table: a copy, not a slice of the row (see ownString).
      link = ownString(r.case);
      this.#linkOf[ri] = link;
      if (links !== undefined && (state & LINK_COUNTED) !== 0) {
        // Counted as unlinked by an earlier row with a blank case cell; this row names the case.
        links.unlinked--;
        links.linked++;
      }
    }
    if ((state & LINK_COUNTED) === 0) {
      this.#linkState[ri] = state | LINK_COUNTED;
      if (links !== undefined) {
        if (link === "") links.unlinked++;
        else links.linked++;
      }
    }
    return link;
  }

  #respondent(item: SourceItem): Respondent | Verdict {
    // Long files list a respondent's answers together: when a CSV row repeats the previous row's attribute
    // cells exactly, the previous reading stands.
    if (item.kind === "cells" && this.#lastR !== undefined) {
      let same = true;
      for (let i = 0; i < this.#attrGetters.length && same; i++) same = (this.#attrGetters[i] as Getter)(item) === this.#lastRaw[i];
      if (same) return this.#lastR;
    }
    const r = this.#readRespondent(item);
    if (item.kind === "cells" && !("reason" in r)) {
      this.#lastRaw = this.#attrGetters.map((get) => get(item));
      this.#lastR = r;
      this.#lastRi = undefined;
    }
    return r;
  }

  #readRespondent(item: SourceItem): Respondent | Verdict {
    const g = this.#rows.get;
    const id = cellText(g.respondent(item));
    if (id === "") return { reason: "missing-respondent", message: "The row has no respondent id.", column: this.#rows.columns.respondent };
    const audText = cellText(g.audience(item));
    const ownPost = cellText(g.post(item));
    // A source of one post's staff fills the post its rows leave blank, unless a row says it is a customer's.
    const post = ownPost !== "" || AUDIENCES.get(audText.toLowerCase()) === "external" ? ownPost : this.#defaultPost;
    let audience: AudienceKind;
    if (audText === "") audience = post === "" ? "external" : "internal";
    else {
      const a = AUDIENCES.get(audText.toLowerCase());
      if (a === undefined) return { reason: "invalid-audience", message: `Audience ${show(audText)} is neither external nor internal.`, column: this.#rows.columns.audience };
      audience = a;
    }
    if (audience === "external" && post !== "") {
      return { reason: "invalid-audience", message: `Respondent "${id}" is external but has post "${post}".`, column: this.#rows.columns.post };
    }
    if (audience === "internal") {
      if (post === "") return { reason: "missing-post", message: `Internal respondent "${id}" has no post.`, column: this.#rows.columns.post };
      if (!this.#ix.posts.has(post)) return { reason: "unknown-post", message: `Post "${post}" of respondent "${id}" is not in the study.`, column: this.#rows.columns.post };
    }
    const rawWeight = g.weight(item);
    const weight = parseWeight(rawWeight);
    if (weight === undefined) return { reason: "invalid-weight", message: `Weight ${show(rawWeight)} of respondent "${id}" is not a number greater than 0 and at most 1e12.`, column: this.#rows.columns.weight };
    const waveText = cellText(g.wave(item));
    const wave = waveText === "" ? this.#defaultWave : waveText;
    const seg = this.#segment(item);
    if (typeof seg !== "number") return seg;
    const linked = this.#linkBy === "respondent" ? (audience === "external" ? id : "") : cellText(g.case(item));
    return { id, wave, audience, post: audience === "internal" ? post : undefined, weight, segmentIndex: seg, case: linked };
  }

  #segment(item: SourceItem): number | Verdict {
    return readSegment(item, this.#rows.segmentPlan);
  }

  #audienceMismatch(r: Respondent, q: IndexedQuestion): string | undefined {
    const a = q.question.audience;
    if (a.kind === "external") {
      return r.audience === "external" ? undefined : `Question "${q.question.id}" is for external customers; respondent "${r.id}" answers as internal post "${r.post ?? ""}".`;
    }
    if (r.audience === "external") return `Question "${q.question.id}" is for internal post "${a.rater}"; respondent "${r.id}" is an external customer.`;
    return r.post === a.rater ? undefined : `Question "${q.question.id}" is rated by post "${a.rater}"; respondent "${r.id}" answers as "${r.post ?? ""}".`;
  }

  #respondentIndex(r: Respondent): number | Verdict {
    if (r === this.#lastR && this.#lastRi !== undefined) return this.#lastRi;
    const ri = this.#findRespondent(r);
    if (r === this.#lastR && typeof ri === "number") this.#lastRi = ri;
    return ri;
  }

  #findRespondent(r: Respondent): number | Verdict {
    const profileKey = `${r.audience}\u0000${r.post ?? ""}\u0000${r.segmentIndex}\u0000${r.weight}`;
    let profile = this.#profiles.get(profileKey);
    if (profile === undefined) {
      profile = this.#profiles.size;
      this.#profiles.set(profileKey, profile);
    }
    const at = this.#respondents.indexOf(r.wave, r.id);
    if (at >= 0) {
      const found = at;
      if (this.#profileOf[found] !== profile) {
        return {
          reason: "inconsistent-respondent",
          message: `Respondent "${r.id}" (wave "${r.wave}") appears earlier with a different audience, post, segment or weight; this row was not used.`,
          column: this.#rows.columns.respondent,
        };
      }
      return found;
    }
    const index = -at - 1;
    this.#linkOf.push("");
    if (index >= this.#profileOf.length) {
      const grown = new Int32Array(this.#profileOf.length * 2);
      grown.set(this.#profileOf);
      this.#profileOf = grown;
      const state = new Uint8Array(this.#linkState.length * 2);
      state.set(this.#linkState);
      this.#linkState = state;
    }
    this.#profileOf[index] = profile;
    return index;
  }

  #isSeen(ri: number, qi: number): boolean {
    return this.#seen.has(ri, qi);
  }

  #markSeen(ri: number, qi: number): void {
    this.#seen.add(ri, qi);
  }

  /** Distinct respondents (id × wave) seen so far. */
  get respondentCount(): number {
    return this.#respondents.size;
  }

  /** A header's notes: a case column left unread, unused columns (long form), unknown columns (wide form). */
  #headerNotes(columns: readonly string[], where: SourceLocation): void {
    const rows = this.#rows;
    const c = rows.columns;
    const g = rows.get;
    this.#attrGetters = [g.respondent, g.audience, g.post, g.weight, g.wave, g.case, ...rows.segmentPlan.dims.map(([, get]) => get)];
    this.#lastR = undefined;
    this.#bytesOwner = undefined;
    this.#pos = undefined;
    const header = rows.header;
    if (header !== undefined && rows.form === "long") {
      const at = (name: string): number => header.get(name) ?? -1;
      const attributes = [at(c.respondent), at(c.audience), at(c.post), at(c.weight), at(c.wave), this.#linkBy === "column" ? at(c.case) : -1, ...rows.segmentDims.map(([, column]) => at(column))];
      const question = at(c.question);
      const value = at(c.value);
      if (question >= 0 && value >= 0 && attributes.length <= this.#lastEnds.length) this.#pos = { attributes: Int32Array.from(attributes), question, value };
      if (this.#questionBytes === undefined) {
        // Only ids a trimmed cell can name: the text path trims cells, the byte path matches them as they are.
        this.#questionList = this.#ix.questionIds.filter((id) => id === id.trim()).map((id) => this.#ix.questions.get(id) as IndexedQuestion);
        this.#questionBytes = new ByteDictionary(this.#questionList.map((q) => q.question.id));
      }
    }
    if (this.#linkBy === "respondent" && rows.header?.has(c.case) === true) {
      this.#ledger.note({
        ...problemFrom(DATA_EN, "data/unused-column", "info", [], { columns: [c.case], linkByRespondent: true }),
        location: where,
      });
    }
    if (rows.form === "long") {
      const unused = rows.unused(columns);
      if (unused.length > 0) {
        this.#ledger.note({
          ...problemFrom(DATA_EN, "data/unused-column", "info", [], { columns: unused, linkByRespondent: false }),
          location: where,
        });
      }
      return;
    }
    if (rows.unknown.length > 0) {
      this.#ledger.note({
        ...problemFrom(DATA_EN, "data/unknown-column", "warning", [], { columns: rows.unknown.map((u) => u.column), of: "questions" }),
        location: where,
      });
    }
  }
}

/**
 * A lazy, single-pass stream of accepted answers with its {@link Ledger}. Iterate it (`for await`), or hand it to
 * `aggregate` or `collectResponses`; the ledger is complete once the stream has been read.
 *
 * @example
 * ```ts
 * const source = responsesFrom(study, rows);
 * for await (const answer of source) console.log(answer.question, answer.value);
 * source.ledger.reconciles(); // true
 * ```
 */
export class ResponseSource implements AsyncIterable<Answer> {
  /** The study the answers are checked against. */
  readonly study: Study;
  /** The account of accepted and rejected rows (complete once the source has been read). */
  readonly ledger: Ledger;
  /** The segments met so far; {@link Answer.segmentIndex} indexes it. */
  readonly segments: SegmentPool;
  /** True when the rows come from a synchronous input, so reading can finish without awaiting. */
  readonly isSync: boolean;
  readonly #open: () => SourceBatches;
  readonly #options: ResponseOptions;
  #used = false;
  #reader: ResponseReader | undefined;

  /**
   * Usually made by {@link responsesFrom}, {@link responsesFromCsv}, {@link responsesFromJsonl} or the
   * `gaptrace/node` readers.
   * @param study - the study.
   * @param open - opens the source batches (called once, on first read).
   * @param options - how to read the rows.
   * @param isSync - whether `open` returns sync batches.
   */
  constructor(study: Study, open: () => SourceBatches, options: ResponseOptions = {}, isSync = false) {
    // The widest key set: the Node readers hand their CSV options on to here with the rest.
    checkResponseOptions(study, options, "csv");
    this.study = study;
    this.ledger = new Ledger({ links: true, ...(options.maxProblemsPerReason === undefined ? {} : { maxProblemsPerReason: options.maxProblemsPerReason }) });
    this.segments = new SegmentPool();
    this.isSync = isSync;
    this.#open = open;
    this.#options = options;
    // Check the options and the study now, so a wrong option fails at the call, not at the first row.
    this.#reader = new ResponseReader(study, options, this.ledger, this.segments);
  }

  /** Distinct respondents (id × wave) accepted so far. */
  get respondentCount(): number {
    return this.#reader?.respondentCount ?? 0;
  }

  /**
   * Read every row, calling `each` for every accepted answer, in input order. Sync when {@link isSync}.
   * @param each - receives each answer.
   * @returns nothing, or a promise when the input is async.
   */
  forEach(each: (a: Answer) => void): void | Promise<void> {
    return this.#read(each);
  }

  /**
   * Read every row into a sink, as {@link ResponseSource.forEach} with `sink.add`, except that answered values read
   * from CSV bytes go to `sink.addAnswered` without an {@link Answer} object. Sync when {@link isSync}.
   * @param sink - receives the answers.
   * @returns nothing, or a promise when the input is async.
   * @internal
   */
  forEachInto(sink: AnswerSink): void | Promise<void> {
    return this.#read((a) => sink.add(a), sink);
  }

  #read(each: (a: Answer) => void, answers?: AnswerSink): void | Promise<void> {
    if (this.#used) {
      throw new UsageError("ResponseSource", "this source has already been read.", "Make a new source for each pass (streams can be read once).");
    }
    this.#used = true;
    const reader = this.#reader ?? new ResponseReader(this.study, this.#options, this.ledger, this.segments);
    this.#reader = reader;
    const batches = this.#open();
    const route = csvByteRoute(batches);
    if (route !== undefined) return route(reader.byteSink(each, answers));
    return forEachItem(batches, (item) => reader.item(item, each));
  }

  /** Iterate the accepted answers. */
  async *[Symbol.asyncIterator](): AsyncIterator<Answer> {
    const batches = this.#openOnce();
    const reader = this.#reader ?? new ResponseReader(this.study, this.#options, this.ledger, this.segments);
    const out: Answer[] = [];
    const push = (a: Answer): void => {
      out.push(a);
    };
    if (isAsyncIterable<readonly SourceItem[]>(batches)) {
      for await (const batch of batches) {
        for (const item of batch) reader.item(item, push);
        yield* out.splice(0);
      }
    } else {
      for (const batch of batches) {
        for (const item of batch) reader.item(item, push);
        yield* out.splice(0);
      }
    }
  }

  #openOnce(): SourceBatches {
    if (this.#used) {
      throw new UsageError("ResponseSource", "this source has already been read.", "Make a new source for each pass (streams can be read once).");
    }
    this.#used = true;
    return this.#open();
  }
}

/**
 * Answers from in-memory rows: objects (or Maps) in long or wide form, from an array, iterable or async
 * iterable. Rows are numbered from 1 in problems.
 *
 * @param study - the study to check them against.
 * @param rows - the rows.
 * @param options - form, column names, codes (see {@link ResponseOptions}).
 * @returns a response source (read it once).
 * @example
 * ```ts
 * const source = responsesFrom(study, [{ respondent: "r1", question: "q-sat", value: 4, segment: { region: "north" } }]);
 * const agg = await aggregate(study, source);
 * ```
 */
export function responsesFrom(study: Study, rows: Iterable<ResponseRow> | AsyncIterable<ResponseRow>, options: ResponseOptions = {}): ResponseSource {
  requireStudy("responsesFrom", study);
  requireArgument("responsesFrom", "second", rows, "the rows (a list or an iterable of row objects)", isRows, "Pass the study first, then the rows (a list or an iterable of row objects).");
  checkResponseOptions(study, options, "rows");
  return new ResponseSource(study, () => objectRows(rows), options, !isAsyncIterable(rows));
}

/**
 * Answers from CSV text (a string, or text/byte chunks, sync or async), read by the core's CSV reader
 * ({@link csvRows}). In Node, `readResponsesCsv` from `gaptrace/node` reads files.
 *
 * @param study - the study.
 * @param input - the CSV, header first.
 * @param options - reading options plus delimiter and encoding.
 * @returns a response source (read it once).
 * @example
 * ```ts
 * const source = responsesFromCsv(study, "respondent,question,value\nr1,q-sat,4\n");
 * const agg = await aggregate(study, source);
 * ```
 */
export function responsesFromCsv(study: Study, input: TextInput, options: ResponseOptions & CsvOptions = {}): ResponseSource {
  requireStudy("responsesFromCsv", study);
  if (arguments[3] !== undefined) refuseCsvDriver("responsesFromCsv");
  requireArgument("responsesFromCsv", "second", input, "the text (a string, or text or byte chunks)", isTextInput, "Pass the study first, then the text: a string, or an iterable of text or byte chunks.");
  checkResponseOptions(study, options, "csv");
  return new ResponseSource(study, () => csvRows(input, options), options, !isAsyncIterable(input));
}

/**
 * Answers from JSON Lines text (one object per line), long or wide form.
 *
 * @param study - the study.
 * @param input - the JSONL text or chunks.
 * @param options - reading options plus encoding.
 * @returns a response source (read it once).
 * @example
 * ```ts
 * const source = responsesFromJsonl(study, '{"respondent":"r1","question":"q-sat","value":4}\n');
 * ```
 */
export function responsesFromJsonl(study: Study, input: TextInput, options: ResponseOptions & Pick<CsvOptions, "encoding"> = {}): ResponseSource {
  requireStudy("responsesFromJsonl", study);
  requireArgument("responsesFromJsonl", "second", input, "the text (a string, or text or byte chunks)", isTextInput, "Pass the study first, then the text: a string, or an iterable of text or byte chunks.");
  checkResponseOptions(study, options, "jsonl");
  return new ResponseSource(study, () => jsonlRows(input, options), options, !isAsyncIterable(input));
}

/**
 * Answers from ready-made source batches (for custom readers such as `gaptrace/node`).
 *
 * @param study - the study.
 * @param batches - opens the batches; called once, on first read.
 * @param options - reading options.
 * @param isSync - whether the batches are synchronous.
 * @returns a response source.
 * @example
 * ```ts
 * const source = responsesFromBatches(study, () => csvRows(text), {}, true);
 * ```
 */
export function responsesFromBatches(study: Study, batches: (() => SourceBatches), options: ResponseOptions = {}, isSync = false): ResponseSource {
  requireStudy("responsesFromBatches", study);
  return new ResponseSource(study, batches, options, isSync);
}

/** The extra parameters of a rejected cell's problem: text on the question's scale, which `recode` could map. */
function recodeExtra(p: ParsedValue & { readonly kind: "reject" }, q: IndexedQuestion): { readonly recode: { readonly question: string; readonly value: string } } | undefined {
  return p.text === undefined ? undefined : { recode: { question: q.question.id, value: p.text } };
}

/** `; did you mean "q_hours"?` when a name is a near miss of a question id, else nothing. */
function didYouMean(name: string, ids: readonly string[]): string {
  const near = nearMiss(name, ids);
  return near === undefined ? "" : `; did you mean "${near}"?`;
}
