/**
 * The two kinds of data the attribution reads, seen through narrow views: survey answers of one wave, as
 * respondent-level columns per question (from a {@link ResponseTable}), and case records with event times (work
 * orders), from which any clock's durations are computed. Keeping the views narrow lets the engine run on a
 * loaded table, a simulated data set or a what-if variant alike.
 * @module
 */
import { UsageError } from "../../core/errors.js";
import type { ResponseTable } from "../../data/dataset.js";
import type { CaseRecords } from "../../data/cases.js";
import { eventTimeEntries, sparseColumnsOf } from "../../data/event-times.js";
import type { WorkCalendar } from "../../data/calendar.js";
import { durationIn, measureClock, type ClockCounts } from "../../data/clock.js";
import { ANSWER_STATUS } from "../../data/dataset.js";
import type { Segment } from "../../data/segment.js";
import type { CaseRecord } from "../../data/cases-csv.js";
import type { Clock, Unit } from "../../model/study.js";
import { convertUnit } from "../../model/units.js";
import { setAnswerSource } from "./answer-source.js";

/**
 * Answers to one question in one wave: parallel columns, one entry per answering respondent, in a canonical
 * order (by respondent id), so every sum the engine makes is the same whatever order the rows came in. Read only:
 * questions answered by the same respondents share their `respondent` and `weight` columns.
 */
export interface QuestionAnswers {
  /** The respondent's rank in id order: the same number for the same respondent across questions. */
  readonly respondent: Uint32Array;
  readonly value: Float64Array;
  readonly weight: Float64Array;
}

/** The respondents of a survey view, by rank (the `respondent` numbers of {@link QuestionAnswers}). */
export interface RespondentList {
  readonly id: readonly string[];
  /** The case (work order) the response is about; "" when it names none. */
  readonly case: readonly string[];
  /** 1 for an external (customer) respondent of the view's wave. */
  readonly externalInWave: Uint8Array;
  readonly segment: readonly (Segment | undefined)[];
  readonly weight: Float64Array;
}

/** Respondent-level survey answers of one wave. */
export interface SurveyView {
  readonly wave: string;
  /** Answers to a question (answered only: missing and don't-know left out), optionally in a segment scope. */
  answers(question: string, scope?: readonly { key: string; value: string }[]): QuestionAnswers;
  /** Number of respondents in the table (respondent indexes run below it). */
  readonly respondentCount: number;
  /** Who the respondents are, by rank: ids, their links to cases, segments. */
  respondents(): RespondentList;
}

/** Whether a segment falls in a scope (every key = value of the scope holds; an empty scope holds everywhere). */
export function inScope(segment: Segment | undefined, scope: readonly { key: string; value: string }[] | undefined): boolean {
  if (scope === undefined || scope.length === 0) return true;
  if (segment === undefined) return false;
  return scope.every((c) => segment.some(([k, v]) => k === c.key && v === c.value));
}

/** Wave names in natural order ("2" before "10", "2025H2" before "2026H1"): the order "latest" is read in. */
export function sortWaves(waves: readonly string[]): string[] {
  return [...waves].sort((a, b) => a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A survey view of one wave of a response table.
 *
 * @param table - the loaded responses ({@link data!collectResponses}).
 * @param wave - the wave; default the latest wave by name in natural order ({@link sortWaves}), whatever the
 *   order of the rows.
 * @returns the view.
 * @example
 * ```ts
 * const view = surveyView(table, "2026Q1");
 * view.answers("q_or_arrival_timely_p").value.length; // customers who answered
 * ```
 */
export function surveyView(table: ResponseTable, wave?: string): SurveyView {
  if (table === null || typeof table !== "object" || !Array.isArray(table.waves) || typeof table.answers !== "object")
    throw new UsageError("attribute", "data.responses is not a response table.", "Load responses with collectResponses(study, rows) (await it when reading a file or a stream) and pass the result.");
  if (table.waves.length === 0) throw new UsageError("attribute", "the responses are empty: no answer was accepted.", "Check the responses' ledger (table.ledger) for why rows were rejected.");
  const w = wave ?? sortWaves(table.waves).at(-1);
  const waveIndex = w === undefined ? -1 : table.waves.indexOf(w);
  if (w === undefined || waveIndex < 0)
    throw new UsageError("surveyView", `the responses have no wave ${JSON.stringify(wave ?? "")}${table.waves.length > 0 ? ` (waves: ${table.waves.join(", ")})` : " (they are empty)"}.`, "Pass one of the waves in the data, or load responses first.");
  // One view per table and wave: every call on the same table (a notebook re-run, whatIf's two runs,
  // compareWaves) reads the same columns, and so the same memoized indexes.
  const cached = columnarOf(table);
  let view = cached.views.get(w);
  if (view === undefined) cached.views.set(w, (view = buildSurveyView(table, cached, w, waveIndex)));
  return view;
}

/**
 * What every survey view of one table shares: the canonical respondent order (by id, then wave), computed once per
 * table, and the views made so far, by wave. `columns` holds the identities of the table's columns the cache was
 * made from: a table whose columns were replaced gets a fresh cache.
 */
interface TableColumnar {
  readonly columns: readonly unknown[];
  /** Respondent (table index) → rank in canonical order. */
  readonly rank: Uint32Array;
  /** Rank → respondent (table index). */
  readonly order: Uint32Array;
  readonly views: Map<string, SurveyView>;
}

const columnarCache = new WeakMap<ResponseTable, TableColumnar>();

/** The identities of a table's columns (and counts): what a cached view was computed from. */
function columnsOf(table: ResponseTable): unknown[] {
  const a = table.answers;
  const r = table.respondents;
  return [a, a.count, a.respondent, a.question, a.value, a.status, r, r.count, r.id, r.wave, r.internal, r.segment, r.weight, r.case, table.questions, table.waves, table.segments];
}

function columnarOf(table: ResponseTable): TableColumnar {
  const columns = columnsOf(table);
  const hit = columnarCache.get(table);
  if (hit !== undefined && hit.columns.length === columns.length && hit.columns.every((c, i) => c === columns[i])) return hit;
  const r = table.respondents;
  // Canonical respondent order: by id (rows may arrive in any order; sums must not depend on it).
  const compare = (x: number, y: number): number => {
    const a1 = r.id[x] ?? "";
    const b1 = r.id[y] ?? "";
    return a1 < b1 ? -1 : a1 > b1 ? 1 : (r.wave[x] ?? 0) - (r.wave[y] ?? 0);
  };
  const order = new Uint32Array(r.count);
  for (let i = 0; i < r.count; i++) order[i] = i;
  // Respondents already in strictly ascending order (the usual table) are their own sorted order: no sort of
  // 130,000 string comparisons' worth of log n (the only order with no tie to break, so the same one).
  let ascending = true;
  for (let i = 1; i < r.count && ascending; i++) ascending = compare(i - 1, i) < 0;
  if (!ascending) order.sort(compare);
  const rank = new Uint32Array(r.count);
  for (let k = 0; k < order.length; k++) rank[order[k] as number] = k;
  const out: TableColumnar = { columns, rank, order, views: new Map() };
  columnarCache.set(table, out);
  return out;
}

/**
 * A wave's answers held once, columnar: the answered answers of the wave grouped by question (offsets into one
 * array of answer indexes), each question's answers in respondent-rank order (a counting sort by rank, stable, so
 * a repeated answer keeps its load order), from which each question's {@link QuestionAnswers} are read.
 */
function buildSurveyView(table: ResponseTable, t: TableColumnar, w: string, waveIndex: number): SurveyView {
  const qIndex = new Map(table.questions.map((q, i) => [q, i] as const));
  const a = table.answers;
  const r = table.respondents;
  const { rank } = t;
  const nq = table.questions.length;
  // Answers of the wave dealt into question buckets in load order, then each bucket put in rank order (see
  // rankOrder): no column of every answer by rank first (64 MB at a million respondents of 16 questions).
  const perQuestion = new Uint32Array(nq + 1);
  let kept = 0;
  for (let i = 0; i < a.count; i++) {
    if (a.status[i] !== ANSWER_STATUS.answered) continue;
    const resp = a.respondent[i] ?? 0;
    if (r.wave[resp] !== waveIndex) continue;
    const q = a.question[i] ?? 0;
    if (q >= nq) continue;
    perQuestion[q + 1] = (perQuestion[q + 1] ?? 0) + 1;
    kept++;
  }
  for (let q = 0; q < nq; q++) perQuestion[q + 1] = (perQuestion[q + 1] ?? 0) + (perQuestion[q] ?? 0);
  // One allocation for the answer index and the per-answer column the one-question indexes are written into
  // (perAnswerColumns): V8 starts a full collection each time some 64 MB of new array buffers have been made, so
  // at a million respondents of 16 questions 192 MB made at once start one, made in 17 parts three.
  const buffer = new ArrayBuffer(kept * 12);
  const perAnswer = new Float64Array(buffer, 0, kept);
  const byQuestion = new Uint32Array(buffer, kept * 8, kept);
  const fillQuestion = perQuestion.slice(0, nq);
  for (let i = 0; i < a.count; i++) {
    if (a.status[i] !== ANSWER_STATUS.answered) continue;
    const resp = a.respondent[i] ?? 0;
    const q = a.question[i] ?? 0;
    if (r.wave[resp] !== waveIndex || q >= nq) continue;
    byQuestion[fillQuestion[q] ?? 0] = i;
    fillQuestion[q] = (fillQuestion[q] ?? 0) + 1;
  }
  rankOrder(byQuestion, perQuestion, (i) => rank[a.respondent[i] ?? 0] ?? 0, r.count);
  let list: RespondentList | undefined;
  const respondents = (): RespondentList => {
    if (list !== undefined) return list;
    const caseCol = (r as { readonly case?: readonly string[] }).case;
    const id = new Array<string>(r.count);
    const kase = new Array<string>(r.count);
    const segment = new Array<Segment | undefined>(r.count);
    const externalInWave = new Uint8Array(r.count);
    const weight = new Float64Array(r.count);
    for (let i = 0; i < r.count; i++) {
      const k = rank[i] ?? 0;
      id[k] = r.id[i] ?? "";
      kase[k] = caseCol?.[i] ?? "";
      segment[k] = table.segments[r.segment[i] ?? 0];
      externalInWave[k] = r.internal[i] === 0 && r.wave[i] === waveIndex ? 1 : 0;
      weight[k] = r.weight[i] ?? 1;
    }
    return (list = { id, case: kase, segment, externalInWave, weight });
  };
  return {
    wave: w,
    respondentCount: r.count,
    respondents,
    answers: answersReader(table, t, qIndex, perQuestion, byQuestion, perAnswer),
  };
}

/**
 * Put each question's bucket of answer indexes (in load order) in respondent-rank order, a repeated answer keeping
 * its load order (a stable counting sort by rank): the order a counting sort of all the wave's answers by rank,
 * dealt into question buckets, gives. A bucket already in rank order (answers loaded respondent by respondent, in
 * canonical order) is left as it is; the counts and the one bucket's copy are made only for a bucket that is not.
 */
function rankOrder(byQuestion: Uint32Array, perQuestion: Uint32Array, rankOf: (answer: number) => number, ranks: number): void {
  let counts: Uint32Array | undefined;
  let copy: Uint32Array | undefined;
  for (let q = 0; q + 1 < perQuestion.length; q++) {
    const from = perQuestion[q] ?? 0;
    const to = perQuestion[q + 1] ?? 0;
    // Each answer's rank read once (the previous one carried), not twice.
    let sorted = true;
    let previous = from < to ? rankOf(byQuestion[from] ?? 0) : 0;
    for (let j = from + 1; j < to && sorted; j++) {
      const k = rankOf(byQuestion[j] ?? 0);
      sorted = k >= previous;
      previous = k;
    }
    if (sorted) continue;
    counts = counts === undefined ? new Uint32Array(ranks + 1) : counts.fill(0);
    if (copy === undefined || copy.length < to - from) copy = new Uint32Array(to - from);
    for (let j = from; j < to; j++) {
      const k = rankOf(byQuestion[j] ?? 0) + 1;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (let k = 0; k < ranks; k++) counts[k + 1] = (counts[k + 1] ?? 0) + (counts[k] ?? 0);
    for (let j = from; j < to; j++) {
      const i = byQuestion[j] ?? 0;
      const k = rankOf(i);
      copy[counts[k] ?? 0] = i;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    byQuestion.set(copy.subarray(0, to - from), from);
  }
}

/** Where a {@link ViewAnswers} keeps its values once made, and how it makes them: a non-enumerable own property. */
const lazyValue = Symbol("gaptrace.lazyValue");

/**
 * A view's answers to one question: the respondent and weight columns made (or shared) when asked, the values
 * when first read. The one-question index reads the values from the table through {@link answerSource} instead,
 * so at a million respondents a question whose values nothing else reads costs no column of 8 MB. `value` is an
 * own enumerable property (a getter) between `respondent` and `weight`, as in a plain `{ respondent, value,
 * weight }`, so `Object.keys`, JSON, a spread, `structuredClone` or `toEqual` of the answers are as before. Its
 * state is a symbol-keyed property rather than a private field: a getter reading `this.#value` throws when the
 * answers are read through a Proxy (a reactive store) or a derived object, whose `this` is not the instance.
 */
class ViewAnswers implements QuestionAnswers {
  declare readonly respondent: Uint32Array;
  declare readonly value: Float64Array;
  declare readonly weight: Float64Array;
  declare readonly [lazyValue]: { value: Float64Array | undefined; readonly fill: () => Float64Array };
  // One getter function for every instance: they share one hidden class.
  static readonly #valueProperty: PropertyDescriptor = {
    get(this: ViewAnswers): Float64Array {
      const s = this[lazyValue];
      return (s.value ??= s.fill());
    },
    enumerable: true,
  };
  constructor(respondent: Uint32Array, weight: Float64Array, fill: () => Float64Array) {
    (this as { respondent: Uint32Array }).respondent = respondent;
    Object.defineProperty(this, "value", ViewAnswers.#valueProperty);
    (this as { weight: Float64Array }).weight = weight;
    Object.defineProperty(this, lazyValue, { value: { value: undefined, fill } });
  }
}

/**
 * A view's answers of one question (in scope), by respondent rank; each set of columns made once per view, and
 * questions answered by the same respondents share their respondent and weight columns. Unscoped answers record
 * their source ({@link answerSource}): the table's values, their order, and a part of one column of the view's
 * size, one part a question.
 */
function answersReader(table: ResponseTable, t: TableColumnar, qIndex: ReadonlyMap<string, number>, perQuestion: Uint32Array, byQuestion: Uint32Array, perAnswer: Float64Array): SurveyView["answers"] {
  const a = table.answers;
  const r = table.respondents;
  const { rank } = t;
  const cache = new Map<string, QuestionAnswers>();
  // A few distinct respondent columns made so far, each with its weights (a respondent's weight is one number).
  const sharedColumns: { readonly respondent: Uint32Array; readonly weight: Float64Array }[] = [];
  // Whether the answers from..to (those in scope) are those of exactly these respondents, in this order.
  const sameRespondents = (column: Uint32Array, from: number, to: number, segmentIn: Uint8Array | undefined): boolean => {
    let k = 0;
    for (let j = from; j < to; j++) {
      const resp = a.respondent[byQuestion[j] ?? 0] ?? 0;
      if (segmentIn !== undefined && segmentIn[r.segment[resp] ?? 0] !== 1) continue;
      if (column[k++] !== (rank[resp] ?? 0)) return false;
    }
    return k === column.length;
  };
  const columns = perAnswerColumns(perQuestion, perAnswer);
  return (question, scope) => {
    // Every test, index, priority and trace asks for the same columns: build each once per view.
    const unscoped = scope === undefined || scope.length === 0;
    const key = unscoped ? question : `${question}\u0000${JSON.stringify(scope)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const qi = qIndex.get(question);
    const from = qi === undefined ? 0 : (perQuestion[qi] ?? 0);
    const to = qi === undefined ? 0 : (perQuestion[qi + 1] ?? 0);
    // Segments in scope, decided once per segment rather than once per answer.
    const segmentIn = unscoped ? undefined : Uint8Array.from(table.segments, (s) => (inScope(s, scope) ? 1 : 0));
    let n = to - from;
    if (segmentIn !== undefined) {
      n = 0;
      for (let j = from; j < to; j++) if (segmentIn[r.segment[a.respondent[byQuestion[j] ?? 0] ?? 0] ?? 0] === 1) n++;
    }
    // Questions answered by the same respondents share one respondent column and one weight column (read only):
    // at a million respondents each is 4 or 8 MB a question.
    const same = sharedColumns.find((c) => c.respondent.length === n && sameRespondents(c.respondent, from, to, segmentIn));
    const respondent = same?.respondent ?? new Uint32Array(n);
    const weight = same?.weight ?? new Float64Array(n);
    if (same === undefined) {
      let k = 0;
      for (let j = from; j < to; j++) {
        const resp = a.respondent[byQuestion[j] ?? 0] ?? 0;
        if (segmentIn !== undefined && segmentIn[r.segment[resp] ?? 0] !== 1) continue;
        respondent[k] = rank[resp] ?? 0;
        weight[k] = r.weight[resp] ?? 1;
        k++;
      }
      if (n > 0 && sharedColumns.length < 4) sharedColumns.push({ respondent, weight });
    }
    const fill = (): Float64Array => {
      const value = new Float64Array(n);
      let k = 0;
      for (let j = from; j < to; j++) {
        const i = byQuestion[j] ?? 0;
        if (segmentIn !== undefined && segmentIn[r.segment[a.respondent[i] ?? 0] ?? 0] !== 1) continue;
        value[k++] = a.value[i] ?? NaN;
      }
      return value;
    };
    const out = new ViewAnswers(respondent, weight, fill);
    if (unscoped && qi !== undefined) setAnswerSource(out, { values: a.value, order: byQuestion.subarray(from, to), column: () => columns(qi) });
    cache.set(key, out);
    return out;
  };
}

/**
 * Each question's part of the view's zero-filled column of a number per answer (all questions, made with the view's
 * answer index), given once: the one-question indexes' values in one allocation rather than one a question. Pages
 * never written are never touched, so a part nobody takes costs address space, not memory.
 */
function perAnswerColumns(perQuestion: Uint32Array, all: Float64Array): (question: number) => Float64Array | undefined {
  const given = new Uint8Array(Math.max(0, perQuestion.length - 1));
  return (q) => {
    if (q >= given.length || given[q] === 1) return undefined;
    given[q] = 1;
    return all.subarray(perQuestion[q] ?? 0, perQuestion[q + 1] ?? 0);
  };
}

export type { CaseRecord } from "../../data/cases-csv.js";

function isCaseRecords(x: unknown): x is CaseRecords {
  return typeof x === "object" && x !== null && (x as CaseRecords).times instanceof Map && Array.isArray((x as CaseRecords).ids);
}

/**
 * Loaded case records (columns, from {@link data!casesFromCsv} and friends) as a list of {@link CaseRecord}s.
 *
 * @param records - loaded case records.
 * @returns one record per case, with the events that happened.
 * @example
 * ```ts
 * caseRecordList(casesFromCsv(study, text))[0]?.events;
 * ```
 */
export function caseRecordList(records: CaseRecords): CaseRecord[] {
  const out: CaseRecord[] = [];
  // Each case's events in the records' event order, dealt from the sparse columns: the cost is the times given,
  // not events × cases.
  const perCase = Array.from({ length: records.count }, (): [string, number][] => []);
  for (const [e, col] of eventTimeEntries(records.times)) {
    for (let k = 0; k < col.cases.length; k++) {
      const t = col.times[k];
      if (t !== undefined && Number.isFinite(t)) perCase[col.cases[k] ?? 0]?.push([e, t]);
    }
  }
  for (let i = 0; i < records.count; i++) {
    const events = perCase[i] ?? [];
    const wave = records.waves[records.wave[i] ?? 0] ?? "";
    const unknownEvents: string[] = [];
    for (const [e, set] of records.rejectedTimes ?? []) if (set.has(i)) unknownEvents.push(e);
    const given = new Map<string, { value: number; unit: Unit }>();
    for (const [m, g] of records.givenDurations ?? []) {
      const v = g.values[i];
      if (v !== undefined && !Number.isNaN(v)) given.set(m, { value: v, unit: g.unit });
    }
    // A case loaded without a wave ("") belongs to every wave.
    out.push({
      id: records.ids[i] ?? String(i),
      ...(wave === "" ? {} : { wave }),
      segment: records.segments[records.segment[i] ?? 0] ?? [],
      events,
      ...(unknownEvents.length > 0 ? { unknownEvents } : {}),
      ...(given.size > 0 ? { given } : {}),
    });
  }
  return out;
}

/**
 * Durations on a clock: the measured cases (indexes into the view, ascending) and their values, and, from the
 * duration engine ({@link measureClock}), the counts of the cases with either event that were not measured and why
 * (a stop before its start, an open case, working days without a calendar). Views made elsewhere may leave the
 * counts out.
 */
export interface ClockDurations extends Partial<ClockCounts> {
  readonly cases: Uint32Array;
  readonly values: Float64Array;
  /** The cases with the start event but not the stop (unfinished, or stop unknown), when the view says. */
  readonly open?: Uint32Array;
}

/** Case records of one wave, read through clocks. */
export interface CaseView {
  readonly wave: string | undefined;
  /** Number of cases in the view. */
  readonly count: number;
  /** Case ids, in the view's canonical order (the case numbers of {@link ClockDurations}). */
  readonly ids: readonly string[];
  /** The case's segment. */
  segment(index: number): Segment | undefined;
  /**
   * Durations on a clock, in `unit`, of the cases in scope that have both of its events. Cost grows with the
   * cases that have the clock's events, not with all cases: a study with many themes stays linear.
   */
  durations(clock: Clock, unit: Unit, scope?: readonly { key: string; value: string }[]): ClockDurations;
  /**
   * Signed time from one event to another, in `unit` (calendar days for `workday`; negative when the second came
   * first), for every case that has both: how events are ordered in the data, for deciding whether one clock ends
   * before another.
   */
  lags?(from: string, to: string, unit: Unit): Float64Array;
  /** A case's time of an event (epoch ms), `NaN` when it has none: the end of an unfinished case. */
  time?(index: number, event: string): number;
  /** Whether a case's time of an event was given but rejected at load (unknown, not absent). */
  unknown?(index: number, event: string): boolean;
  /**
   * Durations of a metric given directly as numbers, in `unit`, of the cases in scope that have one (cases whose
   * number cannot be put in `unit` are counted as unconverted).
   */
  given?(metric: string, unit: Unit, scope?: readonly { key: string; value: string }[]): ClockDurations;
}

/**
 * Join two sets of clock durations on their cases: the pairs (a, b) of cases that have both.
 *
 * @param a - durations on one clock.
 * @param b - durations on another.
 * @returns parallel arrays of the values of the common cases, in case order.
 * @example
 * ```ts
 * const { first, second } = joinDurations(view.durations(standardClock, "h"), view.durations(customerClock, "h"));
 * ```
 */
export function joinDurations(a: ClockDurations, b: ClockDurations): { first: number[]; second: number[] } {
  const first: number[] = [];
  const second: number[] = [];
  let j = 0;
  for (let i = 0; i < a.cases.length; i++) {
    const c = a.cases[i] ?? 0;
    while (j < b.cases.length && (b.cases[j] ?? 0) < c) j++;
    if (j < b.cases.length && b.cases[j] === c) {
      first.push(a.values[i] ?? NaN);
      second.push(b.values[j] ?? NaN);
    }
  }
  return { first, second };
}

/**
 * A case view over records, restricted to one wave (records without a wave belong to every wave).
 *
 * @param records - case records (loaded, or from {@link simulate!simulateStudy}).
 * @param wave - the wave to keep.
 * @param calendar - the working calendar for durations in working days (without it, cases are counted as unconverted, not measured).
 * @returns the view; durations of calendar-time clocks convert to any calendar unit.
 * @example
 * ```ts
 * const cases = caseView(data.cases, "1");
 * cases.durations({ start: "fault_reported", stop: "crew_on_site" }, "min").values;
 * ```
 */
export function caseView(records: Iterable<CaseRecord> | CaseRecords, wave?: string, calendar?: WorkCalendar): CaseView {
  if (records === null || typeof records !== "object" || (!isCaseRecords(records) && typeof (records as Iterable<CaseRecord>)[Symbol.iterator] !== "function"))
    throw new UsageError("attribute", "data.cases is neither loaded case records nor a list of cases.", "Load work orders with readCasesCsv/casesFrom (await it for files), or pass [{ id, events: [[event, epochMs], …] }].");
  // One view per records, wave and calendar: a repeat call on the same records reads the same sorted cases and
  // the figures kept with the view (with its last few clock durations). Only loaded records and arrays are cached
  // (a one-pass iterable cannot be re-read), and a hit is checked against what the view was made from (the
  // records' columns, or each case and its events), so records changed in place or replaced get a fresh view.
  const cacheable = isCaseRecords(records) || Array.isArray(records);
  const byKey = cacheable ? caseViewCache.get(records as object) : undefined;
  const key = wave === undefined ? "\u0000" : `w:${wave}`;
  const hit = byKey?.get(key)?.get(calendar);
  // The hit is checked in place (a million cases would otherwise make a list of seven million references a call).
  if (hit !== undefined && cacheable && sameSource(hit.source, records)) return hit.view;
  const cases = (isCaseRecords(records) ? keptFromRecords(records, wave) : undefined) ?? keptCases(isCaseRecords(records) ? caseRecordList(records) : records, wave);
  const view = buildCaseView(cases, wave, calendar);
  const source = cacheable ? caseSourceOf(records) : undefined;
  if (source !== undefined) {
    let m = byKey;
    if (m === undefined) caseViewCache.set(records as object, (m = new Map()));
    let c = m.get(key);
    if (c === undefined) m.set(key, (c = new Map()));
    c.set(calendar, { source, view });
  }
  return view;
}

const caseViewCache = new WeakMap<object, Map<string, Map<WorkCalendar | undefined, { readonly source: readonly unknown[]; readonly view: CaseView }>>>();

/** What a case view is made from, by identity: the columns of loaded records, or each case and its events. */
function caseSourceOf(records: Iterable<CaseRecord> | CaseRecords): unknown[] {
  if (isCaseRecords(records))
    // Loaded records' event times make a fresh column on each read (they are read-only): the map itself is the identity.
    return [records.count, records.ids, records.times, ...(sparseColumnsOf(records.times) !== undefined ? [] : records.times.values()), records.wave, records.waves, records.segment, records.segments, records.rejectedTimes, records.givenDurations];
  const list = records as readonly CaseRecord[];
  const out = new Array<unknown>(list.length * 7 + 1);
  out[0] = list.length;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    out[7 * i + 1] = c;
    out[7 * i + 2] = c?.id;
    out[7 * i + 3] = c?.wave;
    out[7 * i + 4] = c?.events;
    out[7 * i + 5] = c?.segment;
    out[7 * i + 6] = c?.given;
    out[7 * i + 7] = c?.unknownEvents;
  }
  return out;
}

/** Whether records are still what a view was made from ({@link caseSourceOf}), compared without copying them. */
function sameSource(a: readonly unknown[], records: Iterable<CaseRecord> | CaseRecords): boolean {
  if (isCaseRecords(records)) {
    const b = caseSourceOf(records);
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  const list = records as readonly CaseRecord[];
  if (a.length !== list.length * 7 + 1 || a[0] !== list.length) return false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const o = 7 * i;
    if (a[o + 1] !== c || a[o + 2] !== c?.id || a[o + 3] !== c?.wave || a[o + 4] !== c?.events || a[o + 5] !== c?.segment || a[o + 6] !== c?.given || a[o + 7] !== c?.unknownEvents) return false;
  }
  return true;
}

/**
 * A view's cases in canonical order, as columns (no object per case: 120,000 cases kept some 8 MB of them with
 * every view): their ids, their segments, the few that have unknown events or durations given as numbers (by
 * position, ascending), and each event's cases (ascending) with their times.
 */
interface KeptCases {
  readonly ids: readonly string[];
  /** The segment of the case at a position (undefined past the last). */
  readonly segment: (i: number) => Segment | undefined;
  readonly unknownEvents: ReadonlyMap<number, readonly string[]>;
  readonly given: ReadonlyMap<number, NonNullable<CaseRecord["given"]>>;
  readonly withEvent: ReadonlyMap<string, EventColumn>;
}

/** Refuses a case's durations given as anything but a Map (a plain object or pairs would otherwise be ignored). */
function refuseGiven(id: unknown, given: unknown): never {
  const what = given === null ? "null" : Array.isArray(given) ? "an array" : typeof given === "object" ? "an object" : `a ${typeof given}`;
  throw new UsageError(
    "attribute",
    `case ${JSON.stringify(id)} gives its durations (given) as ${what}, not a Map.`,
    'Give a case\'s durations as a Map of metric id → { value, unit }, e.g. new Map([["m_dispatch_time", { value: 12.5, unit: "min" }]]), or leave given out.',
  );
}

/** The cases of a list (any records a user passes) kept for a wave, in canonical order. */
function keptCases(records: Iterable<CaseRecord>, wave: string | undefined): KeptCases {
  const kept: { id: string; waved: boolean; segment: Segment | undefined; events: CaseEvents; unknownEvents: readonly string[] | undefined; given: CaseRecord["given"] }[] = [];
  for (const c of records) {
    if (wave !== undefined && c.wave !== undefined && c.wave !== wave) continue;
    const ev = c.events;
    const events =
      ev instanceof Map
        ? ev
        : Array.isArray(ev)
          ? distinctPairs(ev) ?? new Map(ev as readonly (readonly [string, number])[])
          : ev !== null && typeof ev === "object"
            ? new Map(Object.entries(ev as Record<string, number>))
            : undefined;
    if (events === undefined) throw new UsageError("attribute", `case ${JSON.stringify(c.id)} has no events.`, "Give each case events: a Map, [[event, epochMs], …] or { event: epochMs }.");
    if (c.given !== undefined && !(c.given instanceof Map)) refuseGiven(c.id, c.given);
    kept.push({ id: String(c.id), waved: c.wave !== undefined, segment: c.segment, events, unknownEvents: c.unknownEvents, given: c.given });
  }
  // Canonical order, so results do not depend on the order records came in: by case id; for a repeated id, the
  // record of this wave before one that names no wave, then by its events.
  const eventKey = (e: CaseEvents): string => JSON.stringify([...e].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
  // Cases given with ids strictly ascending (the usual export) are already in that order, the only one: not sorted.
  let ascending = true;
  for (let i = 1; i < kept.length && ascending; i++) ascending = (kept[i - 1] as { id: string }).id < (kept[i] as { id: string }).id;
  if (!ascending)
    kept.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.waved !== y.waved ? (x.waved ? -1 : 1) : x.id === y.id ? (eventKey(x.events) < eventKey(y.events) ? -1 : eventKey(x.events) > eventKey(y.events) ? 1 : 0) : 0));
  // Which cases have each event (ascending) and their times, so a clock only visits the cases that can have it.
  // The view keeps these columns, not a Map of events per case (a few hundred bytes a case).
  const withEvent = eventColumns(kept);
  const unknownEvents = new Map<number, readonly string[]>();
  const given = new Map<number, NonNullable<CaseRecord["given"]>>();
  kept.forEach((c, i) => {
    if (c.unknownEvents !== undefined && c.unknownEvents.length > 0) unknownEvents.set(i, c.unknownEvents);
    if (c.given !== undefined && c.given.size > 0) given.set(i, c.given);
  });
  const segments = kept.map((c) => c.segment);
  return { ids: kept.map((c) => c.id), segment: (i) => segments[i], unknownEvents, given, withEvent };
}

/** A case's events as a map, or as the list of [event, time] pairs it was given when no event repeats in it. */
type CaseEvents = ReadonlyMap<string, number> | readonly (readonly [string, number])[];

/**
 * A case's list of [event, time] pairs as it is, when every entry is a pair (two items) and no event repeats (what a map made
 * from it would hold, in the same order): a first call on a list of a million cases made a `Map` per case only to
 * read it once. Undefined otherwise, and the caller makes the map as before (a repeated event keeps its last time).
 */
function distinctPairs(list: readonly unknown[]): readonly (readonly [string, number])[] | undefined {
  if (list.length > 16) return undefined;
  for (let a = 0; a < list.length; a++) {
    const pa = list[a];
    if (!Array.isArray(pa) || pa.length !== 2) return undefined;
    for (let b = 0; b < a; b++) {
      const e = (list[b] as unknown[])[0];
      // SameValueZero, as a Map's keys compare.
      if (e === pa[0] || (e !== e && pa[0] !== pa[0])) return undefined;
    }
  }
  return list as readonly (readonly [string, number])[];
}

/**
 * The cases of loaded records kept for a wave, in the canonical order {@link keptCases} gives them, made from the
 * records' columns without a record object or a map of events per case (which, for 120,000 cases, came to some
 * 150 MB of short-lived objects on a first call). Undefined when two kept cases share an id and whether they name a
 * wave, which keptCases orders by their events.
 */
function keptFromRecords(records: CaseRecords, wave: string | undefined): KeptCases | undefined {
  const n = records.count;
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = records.waves[records.wave[i] ?? 0] ?? "";
    if (wave !== undefined && w !== "" && w !== wave) continue;
    index.push(i);
  }
  const id = (i: number): string => String(records.ids[i] ?? String(i));
  const waved = (i: number): boolean => (records.waves[records.wave[i] ?? 0] ?? "") !== "";
  index.sort((x, y) => {
    const a = id(x);
    const b = id(y);
    return a < b ? -1 : a > b ? 1 : waved(x) !== waved(y) ? (waved(x) ? -1 : 1) : 0;
  });
  for (let k = 1; k < index.length; k++) if (id(index[k - 1] ?? 0) === id(index[k] ?? 0) && waved(index[k - 1] ?? 0) === waved(index[k] ?? 0)) return undefined;
  const viewOf = new Int32Array(n).fill(-1);
  index.forEach((i, k) => (viewOf[i] = k));
  const unknown = new Map<number, string[]>();
  for (const [e, set] of records.rejectedTimes ?? [])
    for (const i of set) {
      let l = unknown.get(i);
      if (l === undefined) unknown.set(i, (l = []));
      if (!l.includes(e)) l.push(e);
    }
  const givenColumns = [...(records.givenDurations ?? [])];
  const count = index.length;
  const segmentIndex = new Uint32Array(count);
  const unknownEvents = new Map<number, readonly string[]>();
  const given = new Map<number, NonNullable<CaseRecord["given"]>>();
  const ids = index.map((i, k): string => {
    segmentIndex[k] = records.segment[i] ?? 0;
    const u = unknown.get(i);
    if (u !== undefined) unknownEvents.set(k, u);
    // A map only for a case that gives a duration (most give none).
    let g: Map<string, { value: number; unit: Unit }> | undefined;
    for (const [m, col] of givenColumns) {
      const v = col.values[i];
      if (v !== undefined && !Number.isNaN(v)) (g ??= new Map()).set(m, { value: v, unit: col.unit });
    }
    if (g !== undefined) given.set(k, g);
    return id(i);
  });
  // Undefined for any position that is not a case's (past the last, negative, fractional), as a list's index gives.
  const segment = (k: number): Segment | undefined => {
    const s = segmentIndex[k];
    return s === undefined ? undefined : records.segments[s] ?? [];
  };
  return { ids, segment, unknownEvents, given, withEvent: viewColumns(eventTimeEntries(records.times), viewOf) };
}

/**
 * Every event's column in a view's order ({@link viewColumn}), all of them parts of two buffers (the view's cases,
 * and their times): the 3,600 events the cases of 20,000 steps carry made 7,200 small buffers kept with the view,
 * each its own allocation outside the heap, and three more short-lived ones each.
 */
function viewColumns(sparse: ReadonlyMap<string, { readonly cases: ArrayLike<number>; readonly times: ArrayLike<number> }>, viewOf: Int32Array): Map<string, EventColumn> {
  let total = 0;
  for (const col of sparse.values())
    for (let k = 0; k < col.cases.length; k++) if ((viewOf[col.cases[k] ?? 0] ?? -1) >= 0 && Number.isFinite(col.times[k] ?? Number.NaN)) total++;
  const cases = new Uint32Array(total);
  const times = new Float64Array(total);
  const scratch = { order: new Uint32Array(0), cases: new Uint32Array(0), times: new Float64Array(0) };
  const out = new Map<string, EventColumn>();
  let at = 0;
  for (const [e, col] of sparse) {
    const m = viewColumn(col, viewOf, cases.subarray(at), times.subarray(at), scratch);
    if (m === 0) continue;
    out.set(e, { cases: cases.subarray(at, at + m), times: times.subarray(at, at + m) });
    at += m;
  }
  return out;
}

/**
 * One event's column in a view's order: the view's cases that have a finite time for it, ascending, with their
 * times, written at the start of `position` and `time`; returns how many. Made without a `[case, time]` pair per
 * time (a million short-lived arrays for a million times): the positions and times are gathered, then put in order
 * through an index (in `scratch`, grown as needed and shared by the events of a view).
 */
function viewColumn(
  col: { readonly cases: ArrayLike<number>; readonly times: ArrayLike<number> },
  viewOf: Int32Array,
  position: Uint32Array,
  time: Float64Array,
  scratch: { order: Uint32Array; cases: Uint32Array; times: Float64Array },
): number {
  let m = 0;
  let ascending = true;
  for (let k = 0; k < col.cases.length; k++) {
    const v = viewOf[col.cases[k] ?? 0] ?? -1;
    const t = col.times[k] ?? Number.NaN;
    if (v < 0 || !Number.isFinite(t)) continue;
    if (m > 0 && v < (position[m - 1] ?? 0)) ascending = false;
    position[m] = v;
    time[m] = t;
    m++;
  }
  if (m === 0 || ascending) return m;
  if (scratch.order.length < m) {
    const size = Math.max(m, 2 * scratch.order.length);
    scratch.order = new Uint32Array(size);
    scratch.cases = new Uint32Array(size);
    scratch.times = new Float64Array(size);
  }
  // Each view position appears once per event (viewOf is one-to-one), so the order is the one a stable sort gives.
  const order = scratch.order.subarray(0, m);
  for (let k = 0; k < m; k++) order[k] = k;
  order.sort((a, b) => (position[a] ?? 0) - (position[b] ?? 0));
  const { cases, times } = scratch;
  cases.set(position.subarray(0, m));
  times.set(time.subarray(0, m));
  for (let k = 0; k < m; k++) {
    const o = order[k] ?? 0;
    position[k] = cases[o] ?? 0;
    time[k] = times[o] ?? Number.NaN;
  }
  return m;
}

function buildCaseView({ ids, segment, unknownEvents, given: givenOf, withEvent }: KeptCases, wave: string | undefined, calendar: WorkCalendar | undefined): CaseView {
  const timeOf = (event: string, i: number): number => rawTime(withEvent, event, i) ?? Number.NaN;
  const scopeCache = new Map<string, Uint8Array>();
  const inScopeMask = (scope: readonly { key: string; value: string }[]): Uint8Array => {
    const key = JSON.stringify(scope);
    let mask = scopeCache.get(key);
    if (mask === undefined) {
      mask = new Uint8Array(ids.length);
      for (let i = 0; i < ids.length; i++) mask[i] = inScope(segment(i), scope) ? 1 : 0;
      scopeCache.set(key, mask);
    }
    return mask;
  };
  const durationCache = new Map<string, ClockDurations>();
  const given = givenDurations(givenOf, inScopeMask);
  return {
    wave,
    count: ids.length,
    ids,
    segment,
    lags(from, to, unit) {
      // The one clock's conversion (data/clock.ts), signed. Lags order events, so they stay in calendar time:
      // working days become calendar days (a working calendar cannot give a negative lag its sign).
      const inUnit = durationIn(unit === "workday" ? "d" : unit) ?? durationIn("h");
      const a = withEvent.get(from)?.cases ?? [];
      const b = withEvent.get(to)?.cases ?? [];
      const out: number[] = [];
      for (const i of a.length <= b.length ? a : b) {
        const s0 = rawTime(withEvent, from, i);
        const s1 = rawTime(withEvent, to, i);
        if (s0 !== undefined && s1 !== undefined && inUnit !== undefined) out.push(inUnit(s0, s1));
      }
      return Float64Array.from(out);
    },
    time: (i, event) => timeOf(event, i),
    unknown: (i, event) => unknownEvents.get(i)?.includes(event) === true,
    given,
    durations(clock, unit, scope) {
      // A standard's figures, its exposures and coincidences read the same clock's durations one after another: the
      // last few are kept (measuring again gives the same numbers). Not every clock of the view: what a view keeps
      // from call to call is its standards' figures (evidence/figures.ts), and durations kept for each of them
      // were the larger part of what an attribution held at its peak (30 MB at 20,000 steps).
      const key = `${clock.start}\u0000${clock.stop}\u0000${unit}\u0000${scope === undefined || scope.length === 0 ? "" : JSON.stringify(scope)}`;
      const hit = durationCache.get(key);
      if (hit !== undefined) return hit;
      // The data module's duration engine and its one rule: a case with either event is looked at; one with both
      // is measured unless its stop comes first (counted, not measured) or the unit cannot be reached (working
      // days without a calendar: counted as unconverted).
      const mask = scope === undefined || scope.length === 0 ? undefined : inScopeMask(scope);
      const union = unionAscending(withEvent.get(clock.start)?.cases ?? [], withEvent.get(clock.stop)?.cases ?? []);
      // Unscoped, every case of the union is visited: no filtered copy of it (two million numbers at a million cases).
      const visit = mask === undefined ? union : union.filter((i) => mask[i] === 1);
      const time = (event: string) => (i: number): number => timeOf(event, i);
      const out = measureClock(visit, time(clock.start), time(clock.stop), unit, calendar);
      keepRecent(durationCache, key, out);
      return out;
    },
  };
}

/** How many clock durations a case view keeps (the most recently measured). */
const RECENT_DURATIONS = 8;

/** Keep a value under a key, forgetting the oldest kept once there are more than {@link RECENT_DURATIONS}. */
function keepRecent<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.set(key, value);
  for (const old of cache.keys()) {
    if (cache.size <= RECENT_DURATIONS) break;
    cache.delete(old);
  }
}

/**
 * Per event, the view's cases that have it (ascending) and their times: typed arrays for loaded records (12 bytes a
 * time), plain lists for a list of cases (their times kept as the caller gave them).
 */
interface EventColumn {
  readonly cases: ArrayLike<number> & Iterable<number>;
  readonly times: ArrayLike<number>;
}

function eventColumns(kept: readonly { readonly events: CaseEvents }[]): Map<string, EventColumn> {
  const out = new Map<string, { readonly cases: number[]; readonly times: number[] }>();
  const add = (e: string, t: number, i: number): void => {
    let col = out.get(e);
    if (col === undefined) out.set(e, (col = { cases: [], times: [] }));
    col.cases.push(i);
    col.times.push(t);
  };
  for (let i = 0; i < kept.length; i++) {
    const events = (kept[i] as { readonly events: CaseEvents }).events;
    // A list of pairs read by index (no iterator and destructuring per event); a map as it iterates.
    if (Array.isArray(events)) {
      for (let k = 0; k < events.length; k++) {
        const pair = events[k] as readonly [string, number];
        add(pair[0], pair[1], i);
      }
    } else for (const [e, t] of events as ReadonlyMap<string, number>) add(e, t, i);
  }
  return out;
}

/** Where `i` is in an ascending list, or −1. */
function ascendingIndex(list: ArrayLike<number>, i: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] ?? 0) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo] === i ? lo : -1;
}

/** A case's time of an event as given (undefined when it has none). */
function rawTime(withEvent: ReadonlyMap<string, EventColumn>, event: string, i: number): number | undefined {
  const col = withEvent.get(event);
  const k = col === undefined ? -1 : ascendingIndex(col.cases, i);
  return k < 0 ? undefined : col?.times[k];
}

/**
 * A case view's durations given directly as numbers, per metric, unit and scope: only the cases that give the
 * metric are visited (an index from metric to cases, made when first asked), and each answer is memoized.
 */
function givenDurations(
  kept: ReadonlyMap<number, NonNullable<CaseRecord["given"]>>,
  inScopeMask: (scope: readonly { key: string; value: string }[]) => Uint8Array,
): NonNullable<CaseView["given"]> {
  const cache = new Map<string, ClockDurations>();
  let withGiven: Map<string, number[]> | undefined;
  const withGivenOf = (): Map<string, number[]> => {
    if (withGiven !== undefined) return withGiven;
    const byMetric = new Map<string, number[]>();
    // The map's positions are ascending (it is filled in the view's order), so each metric's list is too.
    kept.forEach((g, i) => {
      for (const m of g.keys()) {
        let list = byMetric.get(m);
        if (list === undefined) byMetric.set(m, (list = []));
        list.push(i);
      }
    });
    return (withGiven = byMetric);
  };
  return (metric, unit, scope) => {
    const key = `${metric}\u0000${unit}\u0000${scope === undefined || scope.length === 0 ? "" : JSON.stringify(scope)}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const mask = scope === undefined || scope.length === 0 ? undefined : inScopeMask(scope);
    const cases: number[] = [];
    const values: number[] = [];
    let unconverted = 0;
    for (const i of withGivenOf().get(metric) ?? []) {
      const g = kept.get(i)?.get(metric);
      if (g === undefined || (mask !== undefined && mask[i] !== 1)) continue;
      const v = convertUnit(g.value, g.unit, unit);
      if (v === undefined) unconverted++;
      else {
        cases.push(i);
        values.push(v);
      }
    }
    const out = { cases: Uint32Array.from(cases), values: Float64Array.from(values), unconverted };
    cache.set(key, out);
    return out;
  };
}

/** The union of two ascending lists of case indexes, ascending, each index once. */
function unionAscending(a: ArrayLike<number>, b: ArrayLike<number>): Uint32Array {
  // Written into one array of the largest size the union can have and cut to its length (a view, not a copy: the
  // union lives only while one clock is measured).
  const out = new Uint32Array(a.length + b.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] ?? 0) : Number.POSITIVE_INFINITY;
    const y = j < b.length ? (b[j] ?? 0) : Number.POSITIVE_INFINITY;
    if (x <= y) i++;
    if (y <= x) j++;
    out[n++] = Math.min(x, y);
  }
  return out.subarray(0, n);
}

/**
 * A survey view with no respondents: what the engine reads when a study comes with case records only, so every
 * survey-side test finds nothing to test and the coverage statement says so.
 *
 * @param wave - the wave the run analyses.
 * @returns a view whose every question has no answer.
 * @example
 * ```ts
 * noSurvey("2026H1").answers("q_overall").value.length; // 0
 * ```
 */
export function noSurvey(wave: string): SurveyView {
  const none: QuestionAnswers = { respondent: new Uint32Array(0), value: new Float64Array(0), weight: new Float64Array(0) };
  const list: RespondentList = { id: [], case: [], externalInWave: new Uint8Array(0), segment: [], weight: new Float64Array(0) };
  return { wave, respondentCount: 0, answers: () => none, respondents: () => list };
}

/** The wave of a run without responses when none is asked for: what a survey without a wave column is read as. */
export const DEFAULT_WAVE = "1";

/**
 * The wave a run without responses analyses: the one asked for, else the latest wave the case records name (in
 * natural order, {@link sortWaves}), else {@link DEFAULT_WAVE} (cases that name no wave belong to every wave).
 *
 * @param cases - the case records (loaded, a list, or a view).
 * @param wave - the wave asked for, if any.
 * @returns the wave.
 * @throws {@link core!UsageError} when a wave is asked for that no case has, and every case names its wave.
 * @example
 * ```ts
 * caseWave([{ id: "c1", wave: "2026H1", events: {} }]); // "2026H1"
 * ```
 */
export function caseWave(cases: Iterable<CaseRecord> | CaseRecords | CaseView, wave?: string): string {
  let named: string[];
  let unnamed: boolean;
  if (isCaseRecords(cases)) {
    const used = new Set<number>(cases.wave);
    named = cases.waves.filter((w, i) => w !== "" && used.has(i));
    unnamed = cases.waves.some((w, i) => w === "" && used.has(i));
  } else if (typeof (cases as CaseView).durations === "function") {
    const w = (cases as CaseView).wave;
    named = w === undefined || w === "" ? [] : [w];
    unnamed = named.length === 0;
  } else {
    if (cases === null || typeof cases !== "object" || typeof (cases as Iterable<CaseRecord>)[Symbol.iterator] !== "function") return caseWave(caseView(cases as never), wave);
    const all = new Set<string>();
    unnamed = false;
    for (const c of cases as Iterable<CaseRecord>) {
      if (c.wave === undefined || c.wave === "") unnamed = true;
      else all.add(c.wave);
    }
    named = [...all];
  }
  if (wave !== undefined) {
    if (!named.includes(wave) && !unnamed && named.length > 0)
      throw new UsageError("attribute", `the case records have no wave ${JSON.stringify(wave)} (waves: ${sortWaves(named).join(", ")}).`, "Pass one of the waves in the case records.");
    return wave;
  }
  return sortWaves(named).at(-1) ?? DEFAULT_WAVE;
}
