/**
 * The respondent-level dataset: every accepted answer kept, in compact typed-array columns, for analyses that
 * need to know who said what — paired perception − expectation gaps (SERVQUAL), key-driver regressions, and the
 * effect of a customer's own case (work order) on that customer's rating, through each respondent's case link. Meant
 * for studies of the size the method is used at (about 15,000 responses, a few hundred thousand answers); for
 * bigger loads use {@link aggregate}, which keeps no rows.
 * @module
 */
import { NotFoundError, UsageError } from "../core/errors.js";
import { intern } from "../core/intern.js";
import { BlockColumn } from "./block-column.js";
import { ownString } from "./own-string.js";
import type { Study } from "../model/study.js";
import type { LedgerSummary } from "./ledger.js";
import { responsesFrom, ResponseSource, type Answer, type ResponseOptions, type ResponseRow } from "./responses.js";
import type { Segment } from "./segment.js";
import { dataIndex } from "./study-index.js";
import { isRows, requireArgument, requireStudy } from "../model/arguments.js";

/**
 * Answer status codes in the `status` column of {@link ResponseTable.answers}.
 *
 * @example
 * ```ts
 * const dk = table.answers.status.filter((s) => s === ANSWER_STATUS.dontKnow).length;
 * ```
 */
export const ANSWER_STATUS = { answered: 0, missing: 1, dontKnow: 2, notApplicable: 3 } as const;

/** Answer statuses by their name in {@link Answer.status}. */
const STATUS_CODE: Readonly<Record<Answer["status"], number>> = {
  answered: ANSWER_STATUS.answered,
  missing: ANSWER_STATUS.missing,
  "dont-know": ANSWER_STATUS.dontKnow,
  "not-applicable": ANSWER_STATUS.notApplicable,
};

/** Respondent columns: one entry per respondent (id × wave). */
export interface RespondentColumns {
  readonly count: number;
  readonly id: readonly string[];
  /** Index into {@link ResponseTable.waves}. */
  readonly wave: Uint32Array;
  /** 0 external, 1 internal. */
  readonly internal: Uint8Array;
  /** Index into {@link ResponseTable.posts}, or −1 for external respondents. */
  readonly post: Int32Array;
  /** Index into {@link ResponseTable.segments}. */
  readonly segment: Uint32Array;
  readonly weight: Float64Array;
  /**
   * The id of the case (work order) each respondent's answers are about, `""` for no link. Only external
   * respondents are linked; internal respondents always have `""`.
   */
  readonly case: readonly string[];
}

/** Answer columns: one entry per accepted answer. */
export interface AnswerColumns {
  readonly count: number;
  /** Index into the respondent columns. */
  readonly respondent: Uint32Array;
  /** Index into {@link ResponseTable.questions} (study order). */
  readonly question: Uint32Array;
  /** The value on the analysis scale; NaN unless answered. */
  readonly value: Float64Array;
  /** {@link ANSWER_STATUS}: 0 answered, 1 missing, 2 don't know, 3 not applicable. */
  readonly status: Uint8Array;
  /** Line (or row number) of the answer in its input. */
  readonly line: Uint32Array;
}

/** A respondent-level dataset in columns, with the ledger of its load. */
export interface ResponseTable {
  /** The id of the study. */
  readonly study: string;
  /** Question ids in study order; {@link AnswerColumns.question} indexes it. */
  readonly questions: readonly string[];
  readonly waves: readonly string[];
  readonly posts: readonly string[];
  readonly segments: readonly Segment[];
  readonly respondents: RespondentColumns;
  readonly answers: AnswerColumns;
  readonly ledger: LedgerSummary;
}

/** The columns being filled, in blocks (see {@link BlockColumn}): copied once, at the exact length, by `table`. */
class Columns {
  // Respondents.
  rCount = 0;
  rId: string[] = [];
  readonly rWave = new BlockColumn((n) => new Uint32Array(n));
  readonly rInternal = new BlockColumn((n) => new Uint8Array(n));
  readonly rPost = new BlockColumn((n) => new Int32Array(n));
  readonly rSegment = new BlockColumn((n) => new Uint32Array(n));
  readonly rWeight = new BlockColumn((n) => new Float64Array(n));
  rCase: string[] = [];
  // Answers.
  aCount = 0;
  readonly aRespondent = new BlockColumn((n) => new Uint32Array(n));
  readonly aQuestion = new BlockColumn((n) => new Uint32Array(n));
  readonly aValue = new BlockColumn((n) => new Float64Array(n));
  readonly aStatus = new BlockColumn((n) => new Uint8Array(n));
  readonly aLine = new BlockColumn((n) => new Uint32Array(n));
  // Source respondent index → table index (+1; 0 = not yet in the table).
  map = new Uint32Array(256);
  readonly waves = new Map<string, number>();
  readonly posts = new Map<string, number>();

  add(a: Answer): void {
    if (a.respondentIndex >= this.map.length) this.map = grow(this.map, a.respondentIndex + 1);
    let r = (this.map[a.respondentIndex] ?? 0) - 1;
    if (r < 0) {
      r = this.rCount++;
      this.map[a.respondentIndex] = r + 1;
      // The reader's case link is its own copy already (see ownString); linked by respondent, it is the id.
      this.rId.push(a.case === a.respondent ? a.case : ownString(a.respondent));
      this.rWave.push(intern(this.waves, a.wave));
      this.rInternal.push(a.audience === "internal" ? 1 : 0);
      this.rPost.push(a.post === undefined ? -1 : intern(this.posts, a.post));
      this.rSegment.push(a.segmentIndex);
      this.rWeight.push(a.weight);
      this.rCase.push(a.case);
    } else if (a.case !== "" && this.rCase[r] === "") {
      // The respondent's first rows left the case blank; this one names it.
      this.rCase[r] = a.case;
    }
    this.aCount++;
    this.aRespondent.push(r);
    this.aQuestion.push(a.questionIndex);
    this.aValue.push(a.value);
    this.aStatus.push(STATUS_CODE[a.status]);
    this.aLine.push(a.line);
  }
}

function grow(a: Uint32Array<ArrayBuffer>, need: number): Uint32Array<ArrayBuffer> {
  let size = a.length * 2;
  while (size < need) size *= 2;
  const b = new Uint32Array(size);
  b.set(a);
  return b;
}

/**
 * Load answers into a respondent-level {@link ResponseTable}: typed-array columns of respondents and answers,
 * with the ledger. Sync rows give a sync result; a {@link ResponseSource} (CSV, JSONL, streams) gives a promise.
 *
 * @param study - the study.
 * @param rows - rows (long or wide form) or a response source.
 * @param options - how to read rows (ignored for a response source).
 * @returns the dataset.
 * @example
 * ```ts
 * const table = collectResponses(study, rows, { form: "wide" });
 * const sat = questionColumn(table, "q-sat"); // one value per respondent, NaN when not answered
 * ```
 */
export function collectResponses(study: Study, rows: Iterable<ResponseRow>, options?: ResponseOptions): ResponseTable;
export function collectResponses(study: Study, rows: ResponseSource | AsyncIterable<ResponseRow>, options?: ResponseOptions): Promise<ResponseTable>;
export function collectResponses(study: Study, rows: Iterable<ResponseRow> | AsyncIterable<ResponseRow> | ResponseSource, options: ResponseOptions = {}): ResponseTable | Promise<ResponseTable> {
  requireStudy("collectResponses", study);
  requireArgument("collectResponses", "second", rows, "the responses (a response source, or a list or iterable of rows)", isRows, "Pass the study first, then a source from responsesFromCsv or readResponsesCsv, or the rows.");
  const isSource = rows instanceof ResponseSource;
  const source = isSource ? rows : responsesFrom(study, rows, options);
  if (source.study.id !== study.id) {
    throw new UsageError("collectResponses", `the response source reads study "${source.study.id}", not "${study.id}".`, "Collect a source made for the same study.");
  }
  const cols = new Columns();
  const finish = (): ResponseTable => table(study, cols, source);
  const done = source.forEach((a) => cols.add(a));
  if (done instanceof Promise) return done.then(finish);
  return isSource ? Promise.resolve(finish()) : finish();
}

function table(study: Study, c: Columns, source: ResponseSource): ResponseTable {
  const r = c.rCount;
  const n = c.aCount;
  return {
    study: study.id,
    questions: dataIndex(study).questionIds,
    waves: [...c.waves.keys()],
    posts: [...c.posts.keys()],
    segments: source.segments.list(),
    respondents: {
      count: r,
      id: c.rId,
      wave: c.rWave.toArray(),
      internal: c.rInternal.toArray(),
      post: c.rPost.toArray(),
      segment: c.rSegment.toArray(),
      weight: c.rWeight.toArray(),
      case: c.rCase,
    },
    answers: {
      count: n,
      respondent: c.aRespondent.toArray(),
      question: c.aQuestion.toArray(),
      value: c.aValue.toArray(),
      status: c.aStatus.toArray(),
      line: c.aLine.toArray(),
    },
    ledger: source.ledger.summary(),
  };
}

function questionIndex(fn: string, t: ResponseTable, question: string): number {
  const qi = t.questions.indexOf(question);
  if (qi < 0) throw new NotFoundError(fn, "question", question);
  return qi;
}

/**
 * One question as a column aligned with the respondents: the answered value of each respondent, NaN where they
 * did not answer (missing, don't know, or not asked).
 *
 * @param t - the dataset.
 * @param question - the question id.
 * @returns one value per respondent.
 * @throws NotFoundError for an unknown question.
 * @example
 * ```ts
 * const sat = questionColumn(table, "q-sat");
 * sat[0]; // respondent 0's answer, or NaN
 * ```
 */
export function questionColumn(t: ResponseTable, question: string): Float64Array {
  const qi = questionIndex("questionColumn", t, question);
  const out = new Float64Array(t.respondents.count).fill(Number.NaN);
  const a = t.answers;
  for (let i = 0; i < a.count; i++) {
    if (a.question[i] === qi && a.status[i] === ANSWER_STATUS.answered) out[a.respondent[i] ?? 0] = a.value[i] ?? Number.NaN;
  }
  return out;
}

/** Respondents who answered both questions of a pair, with both values and their weights. */
export interface PairedValues {
  /** Respondent indexes. */
  readonly respondent: Uint32Array;
  readonly first: Float64Array;
  readonly second: Float64Array;
  readonly weight: Float64Array;
}

/**
 * The respondents who answered both questions, with both values: the input of a paired gap such as
 * perception − expectation (SERVQUAL), computed respondent by respondent rather than from two separate means.
 *
 * @param t - the dataset.
 * @param first - a question id (e.g. the perception question).
 * @param second - another question id (e.g. the paired expectation question).
 * @returns aligned columns; the gap of respondent k is `first[k] − second[k]`.
 * @throws NotFoundError for an unknown question.
 * @example
 * ```ts
 * const p = pairedValues(table, "q-sat", "q-sat-expect");
 * const gaps = p.first.map((v, k) => v - p.second[k]!);
 * ```
 */
export function pairedValues(t: ResponseTable, first: string, second: string): PairedValues {
  questionIndex("pairedValues", t, first);
  questionIndex("pairedValues", t, second);
  const a = questionColumn(t, first);
  const b = questionColumn(t, second);
  const idx: number[] = [];
  for (let r = 0; r < t.respondents.count; r++) if (!Number.isNaN(a[r] ?? Number.NaN) && !Number.isNaN(b[r] ?? Number.NaN)) idx.push(r);
  const respondent = Uint32Array.from(idx);
  return {
    respondent,
    first: Float64Array.from(idx, (r) => a[r] ?? Number.NaN),
    second: Float64Array.from(idx, (r) => b[r] ?? Number.NaN),
    weight: Float64Array.from(idx, (r) => t.respondents.weight[r] ?? 1),
  };
}

/** An external respondent linked to a case: see {@link respondentCases}. */
export interface RespondentCase {
  /** The respondent's index in {@link ResponseTable.respondents}. */
  readonly index: number;
  /** The respondent id. */
  readonly respondent: string;
  readonly wave: string;
  /** The id of the case (work order) the respondent's answers are about. */
  readonly case: string;
  /** The first line (or row number) of the respondent's kept answers: where to look for the link. */
  readonly line: number;
}

/**
 * The external respondents that are linked to a case, with the line to look at, in table order: the input of a
 * join with case records. Whether each case exists, and whether two respondents name the same case, is for the
 * caller to check against the records.
 *
 * @param t - the dataset.
 * @param wave - only this wave; default every wave.
 * @returns one entry per linked respondent.
 * @throws UsageError when the table has no such wave.
 * @example
 * ```ts
 * const table = collectResponses(study, rows, { columns: { case: "工单编号" } });
 * for (const link of respondentCases(table, "2026H1")) console.log(link.respondent, "→", link.case, "line", link.line);
 * ```
 */
export function respondentCases(t: ResponseTable, wave?: string): RespondentCase[] {
  const r = t.respondents;
  const waveIndex = wave === undefined ? -1 : t.waves.indexOf(wave);
  if (wave !== undefined && waveIndex < 0) {
    throw new UsageError(
      "respondentCases",
      `the responses have no wave ${JSON.stringify(wave)}${t.waves.length > 0 ? ` (waves: ${t.waves.join(", ")})` : " (they are empty)"}.`,
      "Pass one of the table's waves, or no wave for all of them.",
    );
  }
  const firstLine = new Float64Array(r.count).fill(Number.POSITIVE_INFINITY);
  const a = t.answers;
  for (let i = 0; i < a.count; i++) {
    const k = a.respondent[i] ?? 0;
    const line = a.line[i] ?? 0;
    if (line < (firstLine[k] ?? 0)) firstLine[k] = line;
  }
  const out: RespondentCase[] = [];
  for (let k = 0; k < r.count; k++) {
    const c = r.case[k] ?? "";
    if (c === "" || (wave !== undefined && r.wave[k] !== waveIndex)) continue;
    const line = firstLine[k] ?? 0;
    out.push({ index: k, respondent: r.id[k] ?? "", wave: t.waves[r.wave[k] ?? 0] ?? "", case: c, line: Number.isFinite(line) ? line : 0 });
  }
  return out;
}
