/**
 * Reading one answer cell against its question: a label the caller recodes → its code (then read as any code),
 * blank → missing, a "don't know" code → don't know, a "not applicable" code → not applicable, otherwise a
 * number on the question's scale (yes/no words mapped to 1/0, reverse-coded questions flipped to min + max − v),
 * or a rejection with its reason. Also the shared number and weight parsers.
 * @module
 */
import type { RejectReason } from "./ledger.js";
import type { IndexedQuestion, ScaleRange } from "./study-index.js";

/**
 * The outcome of reading one answer cell. `recoded` is the label (trimmed, NFC) a recode entry matched, whatever
 * the code then read as; a rejection of text on the question's scale carries `text`, so its problem can point at
 * the `recode` option.
 */
export type ParsedValue = (
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "missing" }
  | { readonly kind: "dont-know" }
  | { readonly kind: "not-applicable" }
  | { readonly kind: "reject"; readonly reason: RejectReason; readonly message: string; readonly text?: string }
) & { readonly recoded?: { readonly label: string; readonly code: number } };

const MISSING: ParsedValue = Object.freeze({ kind: "missing" });
const DONT_KNOW: ParsedValue = Object.freeze({ kind: "dont-know" });
const NOT_APPLICABLE: ParsedValue = Object.freeze({ kind: "not-applicable" });

/**
 * Codes that mean "no answer", "don't know" or "not applicable", and labels recoded to codes, normalised for fast
 * matching.
 */
export interface AnswerCodes {
  /** Extra texts that mean missing, besides blank cells (lower-cased, trimmed). */
  readonly missingText: ReadonlySet<string>;
  /** Numbers that mean missing (e.g. −9). */
  readonly missingNumbers: ReadonlySet<number>;
  /** "Don't know" texts (lower-cased, trimmed). */
  readonly dontKnowText: ReadonlySet<string>;
  /** "Don't know" numbers (99 matches "99", "99.0" and 99). */
  readonly dontKnowNumbers: ReadonlySet<number>;
  /** "Not applicable" texts (lower-cased, trimmed). */
  readonly notApplicableText: ReadonlySet<string>;
  /** "Not applicable" numbers (0 matches "0", "0.0" and 0). */
  readonly notApplicableNumbers: ReadonlySet<number>;
  /** Labels (trimmed, NFC, case kept) → codes; `undefined` when nothing is recoded. */
  readonly recode: ReadonlyMap<string, number> | undefined;
}

/**
 * The "don't know" codes used when none are configured. Numbers are never defaults: 99 is a valid answer on a
 * 0–100 scale, so numeric codes must be configured (globally or per question).
 *
 * @example
 * ```ts
 * responsesFrom(study, rows, { dontKnow: [...DEFAULT_DONT_KNOW, 99] });
 * ```
 */
export const DEFAULT_DONT_KNOW: readonly string[] = ["DK", "don't know", "dont know", "不知道", "不清楚", "说不清"];

/**
 * Normalise configured codes for matching.
 *
 * @param missing - texts that mean missing besides blanks (e.g. `"NA"`).
 * @param dontKnow - texts or numbers that mean "don't know" (e.g. `99`, `"DK"`, `"不知道"`).
 * @param notApplicable - texts or numbers that mean "not applicable" (e.g. `0` on a 1–5 scale, `"N/A"`).
 * @param recode - labels as written → codes (matched after trimming and NFC, case kept); empty for none.
 * @returns the code sets.
 * @example
 * ```ts
 * const codes = answerCodes(["NA"], [99, "DK"], [0], new Map([["满意", 5]]));
 * codes.dontKnowNumbers.has(99); // true
 * codes.recode?.get("满意"); // 5
 * ```
 */
export function answerCodes(
  missing: readonly (string | number)[],
  dontKnow: readonly (string | number)[],
  notApplicable: readonly (string | number)[] = [],
  recode: ReadonlyMap<string, number> = new Map(),
): AnswerCodes {
  const missingText = new Set<string>();
  const missingNumbers = new Set<number>();
  for (const m of missing) {
    const t = String(m).trim().toLowerCase();
    missingText.add(t);
    const n = typeof m === "number" ? m : parseNumber(t);
    if (n !== undefined) missingNumbers.add(n);
  }
  const [dontKnowText, dontKnowNumbers] = codeSets(dontKnow);
  const [notApplicableText, notApplicableNumbers] = codeSets(notApplicable);
  const labels = new Map<string, number>();
  for (const [label, code] of recode) labels.set(recodeKey(label), code);
  return { missingText, missingNumbers, dontKnowText, dontKnowNumbers, notApplicableText, notApplicableNumbers, recode: labels.size > 0 ? labels : undefined };
}

/** Texts (lower-cased, trimmed) and numbers of a code list; a text that reads as a number is matched as that number. */
function codeSets(codes: readonly (string | number)[]): [Set<string>, Set<number>] {
  const text = new Set<string>();
  const numbers = new Set<number>();
  for (const d of codes) {
    if (typeof d === "number") numbers.add(d);
    else {
      const t = d.trim().toLowerCase();
      const n = parseNumber(t);
      if (n !== undefined) numbers.add(n);
      else text.add(t);
    }
  }
  return [text, numbers];
}

/**
 * How a recode label and a cell are compared: trimmed, in Unicode NFC (so a decomposed "é" or Hangul syllable
 * from another system matches), case kept.
 *
 * @param label - a label or a cell's text.
 * @returns the key.
 * @example
 * ```ts
 * recodeKey(" satisfied "); // "satisfied"
 * ```
 */
export function recodeKey(label: string): string {
  return label.trim().normalize("NFC");
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Read a number from a cell: finite numbers as they are, strings in plain decimal notation (full-width digits
 * such as "４" are accepted). Anything else is `undefined`.
 *
 * @param raw - the cell.
 * @returns the number, or `undefined`.
 * @example
 * ```ts
 * parseNumber(" 4.5 "); // 4.5
 * parseNumber("４");    // 4
 * parseNumber("4,5");  // undefined
 * ```
 */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== "string") return undefined;
  let s = raw.trim();
  if (!NUMBER.test(s)) {
    // Full-width digits and signs come from Chinese input methods; NFKC folds them to ASCII.
    if (!/[^\x00-\x7f]/.test(s)) return undefined;
    s = s.normalize("NFKC").trim();
    if (!NUMBER.test(s)) return undefined;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

const YES = new Set(["yes", "y", "true", "是", "1"]);
const NO = new Set(["no", "n", "false", "否", "0"]);

/**
 * Read a yes/no cell as 1 or 0: "yes"/"no", "y"/"n", "是"/"否", 1/0, true/false (any case).
 *
 * @param raw - the cell.
 * @returns 1, 0, or `undefined` when it is not a yes/no answer.
 * @example
 * ```ts
 * parseYesNo("是"); // 1
 * parseYesNo(false); // 0
 * ```
 */
export function parseYesNo(raw: unknown): 0 | 1 | undefined {
  if (raw === true) return 1;
  if (raw === false) return 0;
  if (typeof raw === "number") return raw === 1 ? 1 : raw === 0 ? 0 : undefined;
  if (typeof raw !== "string") return undefined;
  const t = raw.trim().toLowerCase();
  if (YES.has(t)) return 1;
  if (NO.has(t)) return 0;
  const n = parseNumber(t);
  return n === 1 ? 1 : n === 0 ? 0 : undefined;
}

/**
 * Is a cell blank (undefined, null, or only white space)?
 *
 * @param raw - the cell.
 * @returns true when blank.
 * @example
 * ```ts
 * isBlank("  "); // true
 * isBlank(0);    // false
 * ```
 */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

/**
 * Read one answer cell against its question.
 *
 * @param raw - the cell as read (a string from CSV, any JSON value from JSONL or objects).
 * @param q - the question, from {@link dataIndex}.
 * @param codes - recoded labels, missing, "don't know" and "not applicable" codes ({@link answerCodes}).
 * @returns a value (recoding, reverse coding and yes/no mapping applied), missing, don't know, not applicable, or
 *   a rejection.
 * @example
 * ```ts
 * const q = dataIndex(study).questions.get("q-sat")!; // likert 5
 * parseAnswer("4", q, answerCodes([], [])); // { kind: "value", value: 4 }
 * parseAnswer("9", q, answerCodes([], [])); // { kind: "reject", reason: "out-of-range", ... }
 * ```
 */
export function parseAnswer(raw: unknown, q: IndexedQuestion, codes: AnswerCodes): ParsedValue {
  if (codes.recode !== undefined && (typeof raw === "string" || typeof raw === "number")) {
    const label = recodeKey(String(raw));
    const code = codes.recode.get(label);
    if (code !== undefined) return { ...numberAnswer(code, raw, q, codes, code), recoded: { label, code } };
  }
  // Fast path: most cells are plain numbers ("4", "87.5"), which need no trimming, case folding or code lookup.
  if (typeof raw === "number" && Number.isFinite(raw)) return numberAnswer(raw, raw, q, codes);
  if (typeof raw === "string") {
    const n = plainNumber(raw);
    if (n !== undefined) return numberAnswer(n, raw, q, codes);
  }
  if (isBlank(raw)) return MISSING;
  const text = typeof raw === "string" ? raw.trim().toLowerCase() : undefined;
  if (text !== undefined) {
    if (codes.missingText.has(text)) return MISSING;
    if (codes.dontKnowText.has(text)) return DONT_KNOW;
    if (codes.notApplicableText.has(text)) return NOT_APPLICABLE;
  }
  if (q.question.scale.type === "yesno") {
    const yn = parseYesNo(raw);
    if (yn !== undefined) return numberAnswer(yn, raw, q, codes);
  }
  const v = parseNumber(raw);
  if (v !== undefined) return numberAnswer(v, raw, q, codes);
  // Text (not a number, not a code) can only be an answer the caller labels: its problem points at `recode`.
  const label = typeof raw === "string" ? recodeKey(raw) : undefined;
  const message = q.question.scale.type === "yesno" ? `${show(raw)} is not a yes/no answer to question "${q.question.id}".` : `${show(raw)} is not a number (question "${q.question.id}").`;
  return label === undefined ? reject("non-numeric", message) : { kind: "reject", reason: "non-numeric", message, text: label };
}

/**
 * A number already read from a cell, checked against codes and the scale, reverse-coded. `recodedTo` is the code
 * a label was recoded to, for the message of a rejection.
 */
function numberAnswer(v: number, raw: unknown, q: IndexedQuestion, codes: AnswerCodes, recodedTo?: number): ParsedValue {
  if (codes.missingNumbers.size > 0 && codes.missingNumbers.has(v)) return MISSING;
  if (codes.dontKnowNumbers.size > 0 && codes.dontKnowNumbers.has(v)) return DONT_KNOW;
  if (codes.notApplicableNumbers.size > 0 && codes.notApplicableNumbers.has(v)) return NOT_APPLICABLE;
  const shown = recodedTo === undefined ? show(raw) : `${show(raw)} (recoded to ${recodedTo})`;
  if (q.question.scale.type === "yesno" && v !== 0 && v !== 1) {
    return reject("out-of-range", `${shown} is not a yes/no answer (1 or 0) to question "${q.question.id}".`);
  }
  const why = offScale(v, q.range);
  if (why !== undefined) return reject("out-of-range", `${shown} is ${why} (question "${q.question.id}").`);
  const r = q.range;
  return { kind: "value", value: q.question.reverse && r.min !== undefined && r.max !== undefined ? r.min + r.max - v : v };
}

/** Digits with at most one decimal point and an optional leading minus, as csv files write numbers; else undefined. */
function plainNumber(s: string): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let i = s.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return undefined;
  let dot = false;
  let digits = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot) dot = true;
    else return undefined;
  }
  return digits === 0 ? undefined : Number(s);
}

/** Why a number is off a scale, or `undefined` when it is on it. */
function offScale(v: number, r: ScaleRange): string | undefined {
  if (r.min !== undefined && v < r.min) return `below the scale's minimum ${r.min}`;
  if (r.max !== undefined && v > r.max) return `above the scale's maximum ${r.max}`;
  if (r.discrete && !Number.isInteger(v)) return `not a whole point on the ${r.min}–${r.max} scale`;
  return undefined;
}

function reject(reason: RejectReason, message: string): ParsedValue {
  return { kind: "reject", reason, message };
}

/**
 * Read a respondent weight: blank means 1; otherwise a finite number greater than 0.
 *
 * @param raw - the cell.
 * @returns the weight, or `undefined` when invalid.
 * @example
 * ```ts
 * parseWeight("");    // 1
 * parseWeight("2.5"); // 2.5
 * parseWeight("0");   // undefined
 * ```
 */
export function parseWeight(raw: unknown): number | undefined {
  if (isBlank(raw)) return 1;
  const w = parseNumber(raw);
  // Weights are relative; beyond MAX_WEIGHT their squares (in standard errors) would overflow.
  return w !== undefined && w > 0 && w <= MAX_WEIGHT ? w : undefined;
}

/** The largest weight accepted (1e12): weights are relative, and squares of larger ones overflow in sums. */
export const MAX_WEIGHT = 1e12;

/**
 * Show a cell in a message: quoted, and cut short when long, so a stray megabyte never lands in a report.
 *
 * @param raw - the cell.
 * @returns a short quoted rendering.
 * @example
 * ```ts
 * show("abc"); // '"abc"'
 * ```
 */
export function show(raw: unknown): string {
  let s: string;
  if (typeof raw === "string") s = raw;
  else if (raw === undefined) return "(nothing)";
  else {
    try {
      s = JSON.stringify(raw) ?? String(raw);
    } catch {
      s = String(raw);
    }
    return s.length > 60 ? `${s.slice(0, 57)}...` : s;
  }
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}
