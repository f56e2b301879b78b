/**
 * The load ledger: every input row is either accepted or rejected with a reason, so a load can always be
 * reconciled (`rowsRead = accepted + rejected`). Wide-form rows carry many values (one per question or event
 * column); those are reconciled one level down (`values.read = valid + missing + dontKnow + notApplicable +
 * rejected`). The ledger keeps counts by reason and only the first N problems per reason, so its memory stays
 * bounded however bad the input is. A survey-response ledger also counts how external respondents link to their
 * own cases, and, per question, the values recoded from a label, not applicable and "don't know".
 * @module
 */
import { UsageError } from "../core/errors.js";
import { ledgerHint } from "../core/messages/problems-en-words.js";
import { LEDGER_REASONS } from "../core/messages/problem-codes.js";
import type { DocPath, Problem } from "../core/problem.js";
import { problemFrom } from "../core/problem-from.js";
import { DATA_EN } from "../core/messages/problems-en-data.js";

/**
 * Every reason a row or a value can be rejected for (one list, kept with the problem codes in core/messages). The
 * problem code is `data/<reason>`.
 *
 * @example
 * ```ts
 * for (const reason of REJECT_REASONS) console.log(reason, ledger.count(reason));
 * ```
 */
export const REJECT_REASONS = LEDGER_REASONS;

/** Why a row or value was rejected. */
export type RejectReason = (typeof REJECT_REASONS)[number];

/**
 * The hint for a rejection reason: what to do about it, in plain words.
 *
 * @param reason - the reason.
 * @returns the hint every problem of that reason carries.
 * @example
 * ```ts
 * reasonHint("invalid-weight"); // "Weights must be finite numbers greater than 0; ..."
 * ```
 */
export function reasonHint(reason: RejectReason): string {
  return ledgerHint(reason);
}

/** Where a row is: the file (when known) and the 1-based line (or row number for in-memory rows). */
export interface RowPlace {
  readonly file?: string | undefined;
  readonly line: number;
}

/** The value-level counts of a ledger (one per answer or event cell). */
export interface ValueCounts {
  /** Values looked at (in accepted rows). */
  read: number;
  /** Values accepted as a usable number or time. */
  valid: number;
  /** Values accepted as missing (blank), counted but not used. */
  missing: number;
  /** Values accepted as "don't know", counted separately from missing. */
  dontKnow: number;
  /** Values accepted as "not applicable" (a `notApplicable` code): counted, never a value, never a rejection. */
  notApplicable: number;
  /** Values rejected (the row itself was accepted). */
  rejected: number;
}

/**
 * The value counts of a {@link LedgerSummary}: `notApplicable` is there only when some value was not applicable,
 * so summaries (and the files written from them) of loads without such codes read as before.
 */
export type ValueCountsSummary = Readonly<Omit<ValueCounts, "notApplicable">> & { readonly notApplicable?: number };

/** One label recoded to a code, and how many values of a question were. */
export interface RecodedLabel {
  /** The label as matched (trimmed, NFC), e.g. `"satisfied"`. */
  readonly label: string;
  /** The code it was recoded to (on the question's scale as answered, before reverse coding). */
  readonly code: number;
  /** Values recoded so. */
  readonly count: number;
}

/**
 * The values of one question read through a code, by reason: recoded from a label (they then count as whatever
 * the code reads as: valid, missing, don't know, not applicable, or rejected off the scale), not applicable, and
 * "don't know". Values of accepted rows only, like {@link ValueCounts}.
 */
export interface CodedValues {
  /** The question id. */
  readonly question: string;
  /** Values recoded from a label (the sum of `labels`). */
  readonly recoded: number;
  /** Per label, in the order first met. */
  readonly labels: readonly RecodedLabel[];
  /** Values accepted as "not applicable". */
  readonly notApplicable: number;
  /** Values accepted as "don't know". */
  readonly dontKnow: number;
}

/**
 * Extra parameters of a rejection's problem: text on a question's scale (`data/non-numeric`) names the question and
 * the text, so the problem can point at the `recode` option.
 */
export interface RejectExtra {
  readonly recode?: { readonly question: string; readonly value: string };
}

/**
 * How the external respondents of a survey-response load link to their own cases (work orders), counted once per
 * respondent (id × wave) that has an accepted answer. Whether a linked case exists is only known once the case
 * records are read; the attribution counts that.
 */
export interface LinkCounts {
  /** External respondents linked to a case: a case id on their rows, or `linkBy: "respondent"`. */
  linked: number;
  /** External respondents with no case id on any of their used rows. */
  unlinked: number;
  /** Internal respondents whose rows name a case: staff are never linked, so the case id was ignored. */
  internalIgnored: number;
}

/** The link counts of a ledger summary, with the rows rejected for naming a second case. */
export interface LinkSummary extends Readonly<LinkCounts> {
  /** Rows rejected as `conflicting-case-link` (the same as `byReason`'s count for it). */
  readonly conflicting: number;
}

/** A plain, JSON-friendly copy of a ledger. */
export interface LedgerSummary {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly values: ValueCountsSummary;
  /** Blank lines skipped (they carry no data, so they are not rows). */
  readonly blankLines: number;
  /** Rejections by reason (rows and values together), in {@link REJECT_REASONS} order. */
  readonly byReason: readonly (readonly [RejectReason, number])[];
  /** The kept problems: the first `maxProblemsPerReason` of each reason, then the notes. */
  readonly problems: readonly Problem[];
  /** Problems not tied to one row (an ignored column, a header remark). */
  readonly notes: readonly Problem[];
  readonly maxProblemsPerReason: number;
  /** Survey-response loads only: how external respondents link to their cases (work orders). */
  readonly links?: LinkSummary;
  /**
   * Survey-response loads only, and only when some value was recoded or not applicable: per question (in the order
   * the questions were first met), the values recoded (per label), not applicable and "don't know", e.g. `overall`
   * recoded 1,203 (`"satisfied"` → 1 …). Loads that use neither keep the summary they always had: their
   * don't-know values are in `values.dontKnow`, and per question in {@link Ledger.coded}.
   */
  readonly coded?: readonly CodedValues[];
}

/** Options of a {@link Ledger}. */
export interface LedgerOptions {
  /** How many problems to keep per reason (the counts are always complete). Default 100. */
  readonly maxProblemsPerReason?: number;
  /** Keep {@link LinkCounts} (survey-response loads). Default false. */
  readonly links?: boolean;
}

/**
 * The accept/reject account of one load. Loaders call {@link Ledger.row} for each row and then accept or reject
 * it; nothing is ever dropped without a count.
 *
 * @example
 * ```ts
 * const ledger = new Ledger({ maxProblemsPerReason: 10 });
 * ledger.row();
 * ledger.rejectRow("invalid-weight", { file: "a.csv", line: 2 }, () => 'weight "-1" is not greater than 0', ["weight"]);
 * ledger.rowsRead === ledger.accepted + ledger.rejected; // true
 * ```
 */
export class Ledger {
  /** Rows read (blank lines and the header excluded). */
  rowsRead = 0;
  /** Rows accepted. */
  accepted = 0;
  /** Rows rejected. */
  rejected = 0;
  /** Blank lines skipped. */
  blankLines = 0;
  /** Value-level counts (one per answer or event). */
  readonly values: ValueCounts = { read: 0, valid: 0, missing: 0, dontKnow: 0, notApplicable: 0, rejected: 0 };
  /** How many problems are kept per reason. */
  readonly maxProblemsPerReason: number;
  /** Case links of external respondents; `undefined` unless the ledger was made with `links: true`. */
  links: LinkCounts | undefined;
  readonly #counts = new Map<RejectReason, number>();
  readonly #kept = new Map<RejectReason, Problem[]>();
  readonly #notes: Problem[] = [];
  /** Per question: recoded, not-applicable and don't-know counts, and the recoded labels (label → code, count). */
  readonly #coded = new Map<string, { recoded: number; notApplicable: number; dontKnow: number; labels: Map<string, { code: number; count: number }> }>();

  /**
   * Make an empty ledger.
   * @param options - `maxProblemsPerReason` (default 100).
   */
  constructor(options: LedgerOptions = {}) {
    const max = options.maxProblemsPerReason ?? 100;
    if (!Number.isInteger(max) || max < 0) {
      throw new UsageError("Ledger", `maxProblemsPerReason must be a whole number ≥ 0, got ${String(max)}.`, "Pass e.g. 100.");
    }
    this.maxProblemsPerReason = max;
    this.links = options.links === true ? { linked: 0, unlinked: 0, internalIgnored: 0 } : undefined;
  }

  /** Count one row read; the caller then accepts or rejects it. */
  row(): void {
    this.rowsRead++;
  }

  /** Accept the current row. */
  acceptRow(): void {
    this.accepted++;
  }

  /**
   * Reject a row.
   * @param reason - why.
   * @param place - file and line of the row.
   * @param message - the plain-words message (built only when the problem is kept).
   * @param path - the column(s) at fault, e.g. `["weight"]`.
   * @param extra - further parameters of the problem (text that `recode` could map).
   */
  rejectRow(reason: RejectReason, place: RowPlace, message: () => string, path: DocPath = [], extra?: RejectExtra): void {
    this.rejected++;
    this.#count(reason, place, message, path, extra);
  }

  /**
   * Turn an accepted row into a rejected one (a check that can only run after all rows are in, such as a stop
   * event before its start). Keeps `rowsRead = accepted + rejected`, and withdraws the `validValues` the row had
   * been counted with (a long-form row has one), so the value counts add up too.
   * @param reason - why.
   * @param place - file and line of the row.
   * @param message - the plain-words message.
   * @param path - the column(s) at fault.
   * @param validValues - how many valid values the row was counted with (default 0).
   */
  revokeRow(reason: RejectReason, place: RowPlace, message: () => string, path: DocPath = [], validValues = 0): void {
    this.accepted--;
    // A rejected row's values are not counted, so the values it had when accepted are withdrawn too.
    this.values.valid -= validValues;
    this.values.read -= validValues;
    this.rejectRow(reason, place, message, path);
  }

  /** Count one value accepted as valid. */
  validValue(): void {
    this.values.read++;
    this.values.valid++;
  }

  /** Count one value accepted as missing. */
  missingValue(): void {
    this.values.read++;
    this.values.missing++;
  }

  /**
   * Count one value accepted as "don't know".
   * @param question - the question it answers (survey responses), counted in {@link LedgerSummary.coded}.
   */
  dontKnowValue(question?: string): void {
    this.values.read++;
    this.values.dontKnow++;
    if (question !== undefined) this.#codedOf(question).dontKnow++;
  }

  /**
   * Count one value accepted as "not applicable".
   * @param question - the question it answers, counted in {@link LedgerSummary.coded}.
   */
  notApplicableValue(question?: string): void {
    this.values.read++;
    this.values.notApplicable++;
    if (question !== undefined) this.#codedOf(question).notApplicable++;
  }

  /**
   * Count one value recoded from a label. Not a value count of its own: the value is also counted as what its
   * code reads as (valid, missing, don't know, not applicable or rejected).
   * @param question - the question.
   * @param label - the label as matched.
   * @param code - the code it was recoded to.
   */
  recodedValue(question: string, label: string, code: number): void {
    const c = this.#codedOf(question);
    c.recoded++;
    const l = c.labels.get(label);
    if (l === undefined) c.labels.set(label, { code, count: 1 });
    else l.count++;
  }

  #codedOf(question: string): { recoded: number; notApplicable: number; dontKnow: number; labels: Map<string, { code: number; count: number }> } {
    let c = this.#coded.get(question);
    if (c === undefined) {
      c = { recoded: 0, notApplicable: 0, dontKnow: 0, labels: new Map() };
      this.#coded.set(question, c);
    }
    return c;
  }

  /**
   * Values read through a code, per question (see {@link LedgerSummary.coded}).
   * @returns the counts, in the order the questions were first met.
   */
  coded(): CodedValues[] {
    return [...this.#coded].map(([question, c]) => ({
      question,
      recoded: c.recoded,
      labels: [...c.labels].map(([label, l]) => ({ label, code: l.code, count: l.count })),
      notApplicable: c.notApplicable,
      dontKnow: c.dontKnow,
    }));
  }

  /**
   * Reject one value of an accepted row (wide form).
   * @param reason - why.
   * @param place - file and line of the row.
   * @param message - the plain-words message.
   * @param path - the column at fault.
   * @param extra - further parameters of the problem (text that `recode` could map).
   */
  rejectValue(reason: RejectReason, place: RowPlace, message: () => string, path: DocPath = [], extra?: RejectExtra): void {
    this.values.read++;
    this.values.rejected++;
    this.#count(reason, place, message, path, extra);
  }

  /**
   * Turn a valid value into a rejected one (see {@link Ledger.revokeRow}).
   * @param reason - why.
   * @param place - file and line of the row.
   * @param message - the plain-words message.
   * @param path - the column at fault.
   */
  revokeValue(reason: RejectReason, place: RowPlace, message: () => string, path: DocPath = []): void {
    this.values.valid--;
    this.values.read--;
    this.rejectValue(reason, place, message, path);
  }

  /** Record a problem that is not a row rejection (an ignored column, a remark about the header). */
  note(p: Problem): void {
    if (this.#notes.length < this.maxProblemsPerReason) this.#notes.push(p);
  }

  /** How many rows and values were rejected for a reason. */
  count(reason: RejectReason): number {
    return this.#counts.get(reason) ?? 0;
  }

  /** Rejections by reason, in {@link REJECT_REASONS} order, reasons with no rejection left out. */
  byReason(): [RejectReason, number][] {
    return REJECT_REASONS.filter((r) => this.#counts.has(r)).map((r) => [r, this.#counts.get(r) ?? 0]);
  }

  /** The kept problems of one reason, or of all reasons (then the notes), in reason order. */
  problems(reason?: RejectReason): Problem[] {
    if (reason !== undefined) return [...(this.#kept.get(reason) ?? [])];
    const out: Problem[] = [];
    for (const r of REJECT_REASONS) out.push(...(this.#kept.get(r) ?? []));
    return out;
  }

  /** Problems not tied to a row. */
  notes(): Problem[] {
    return [...this.#notes];
  }

  /**
   * True when the books balance: rows, values and reasons all add up.
   * @returns whether `rowsRead = accepted + rejected`, the value counts add up (`read = valid + missing + dontKnow +
   *   notApplicable + rejected`) and the reason counts equal the
   *   rejections.
   */
  reconciles(): boolean {
    const v = this.values;
    let reasons = 0;
    for (const n of this.#counts.values()) reasons += n;
    return (
      this.rowsRead === this.accepted + this.rejected &&
      v.read === v.valid + v.missing + v.dontKnow + v.notApplicable + v.rejected &&
      reasons === this.rejected + v.rejected
    );
  }

  /** A plain copy for JSON and reports. */
  summary(): LedgerSummary {
    const { notApplicable, ...values } = this.values;
    const coded = this.coded();
    return {
      rowsRead: this.rowsRead,
      accepted: this.accepted,
      rejected: this.rejected,
      // Loads without not-applicable codes keep the summary (and ledger.json) they always had.
      values: notApplicable > 0 ? { ...values, notApplicable } : values,
      blankLines: this.blankLines,
      byReason: this.byReason(),
      problems: this.problems(),
      notes: this.notes(),
      maxProblemsPerReason: this.maxProblemsPerReason,
      ...(this.links === undefined ? {} : { links: { ...this.links, conflicting: this.count("conflicting-case-link") } }),
      // Loads that recode nothing and have no not-applicable code keep the summary they always had.
      ...(coded.some((c) => c.recoded > 0 || c.notApplicable > 0) ? { coded } : {}),
    };
  }

  /**
   * Rebuild a ledger from its summary (e.g. after JSON).
   * @param s - the summary.
   * @returns a ledger with the same counts and kept problems.
   */
  static fromSummary(s: LedgerSummary): Ledger {
    const l = new Ledger({ maxProblemsPerReason: s.maxProblemsPerReason });
    l.#absorb(s);
    return l;
  }

  /**
   * Combine two ledgers (two parts of one load): counts add, kept problems are concatenated up to the cap.
   * @param a - first ledger.
   * @param b - second ledger.
   * @returns a new ledger; the inputs are untouched.
   */
  static merge(a: Ledger | LedgerSummary, b: Ledger | LedgerSummary): Ledger {
    const sa = a instanceof Ledger ? a.summary() : a;
    const sb = b instanceof Ledger ? b.summary() : b;
    const l = new Ledger({ maxProblemsPerReason: Math.max(sa.maxProblemsPerReason, sb.maxProblemsPerReason) });
    l.#absorb(sa);
    l.#absorb(sb);
    return l;
  }

  #absorb(s: LedgerSummary): void {
    this.rowsRead += s.rowsRead;
    this.accepted += s.accepted;
    this.rejected += s.rejected;
    this.blankLines += s.blankLines;
    this.values.read += s.values.read;
    this.values.valid += s.values.valid;
    this.values.missing += s.values.missing;
    this.values.dontKnow += s.values.dontKnow;
    this.values.notApplicable += s.values.notApplicable ?? 0;
    this.values.rejected += s.values.rejected;
    for (const q of s.coded ?? []) {
      const c = this.#codedOf(q.question);
      c.recoded += q.recoded;
      c.notApplicable += q.notApplicable;
      c.dontKnow += q.dontKnow;
      for (const l of q.labels) {
        const had = c.labels.get(l.label);
        if (had === undefined) c.labels.set(l.label, { code: l.code, count: l.count });
        else had.count += l.count;
      }
    }
    for (const [r, n] of s.byReason) this.#counts.set(r, (this.#counts.get(r) ?? 0) + n);
    for (const p of s.problems) {
      const reason = reasonOf(p.code);
      if (reason === undefined) continue;
      const kept = this.#kept.get(reason) ?? [];
      if (kept.length < this.maxProblemsPerReason) kept.push(p);
      this.#kept.set(reason, kept);
    }
    for (const p of s.notes) this.note(p);
    if (s.links !== undefined) {
      // `conflicting` is not absorbed: it is derived from the reason counts above.
      this.links ??= { linked: 0, unlinked: 0, internalIgnored: 0 };
      this.links.linked += s.links.linked;
      this.links.unlinked += s.links.unlinked;
      this.links.internalIgnored += s.links.internalIgnored;
    }
  }

  #count(reason: RejectReason, place: RowPlace, message: () => string, path: DocPath, extra?: RejectExtra): void {
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
    let kept = this.#kept.get(reason);
    if (kept === undefined) {
      kept = [];
      this.#kept.set(reason, kept);
    }
    // Past the cap only the count grows, so a file full of bad rows costs no memory.
    if (kept.length >= this.maxProblemsPerReason) return;
    const location = place.file === undefined ? { line: place.line } : { file: place.file, line: place.line };
    kept.push({ ...problemFrom(DATA_EN, `data/${reason}`, "warning", path, { detail: message(), ...extra }), location });
  }
}

const REASON_SET: ReadonlySet<string> = new Set(REJECT_REASONS);

/** The reason behind a `data/<reason>` problem code, if it is one. */
function reasonOf(code: string): RejectReason | undefined {
  const r = code.startsWith("data/") ? code.slice(5) : "";
  return REASON_SET.has(r) ? (r as RejectReason) : undefined;
}
