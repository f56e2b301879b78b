/**
 * The events a monitor reads, and their ledger. Events come from outside (a message queue, a file, a web hook)
 * and are untrusted: each is checked by hand (a schema library per event would cost more than the monitor
 * itself at a million events), and every rejected one is counted under one reason, with its number in the
 * stream, the field at fault and the value found, the first N per reason kept as located problems. Nothing is
 * dropped without a count: `read = accepted + rejected`.
 * @module
 */
import type { Problem } from "../core/problem.js";
import { MONITOR_REASONS, type MonitorReason } from "../core/messages/problem-codes.js";
import { parseTime } from "../data/time.js";
import { problemFrom } from "../core/problem-from.js";
import { MONITOR_EN } from "../core/messages/problems-en-monitor.js";

/** A complaint (投诉): when, which kind, and where it came from. */
export interface ComplaintEvent {
  readonly type: "complaint";
  /** Epoch milliseconds. */
  readonly time: number;
  /** A complaint kind declared in the study's `monitoring.complaintKinds`. */
  readonly kind: string;
  /** The region (or segment) it came from, e.g. a city bureau. */
  readonly region?: string;
  /** The customer who complained (for repeat complaints). */
  readonly customer?: string;
  /** The case (work order) it is about, kept as evidence. */
  readonly case?: string;
  /** The sender's own id of the complaint, for deduplication. */
  readonly id?: string;
}

/** An event in a work order's life: one of the study's events (order created, crew on site…). */
export interface OrderEvent {
  readonly type: "order";
  readonly time: number;
  /** The work order. */
  readonly case: string;
  /** An event id of the study (`events[].id`). */
  readonly event: string;
  readonly region?: string;
  /** The order's segment values (e.g. `{ area: "urban" }`), matched against a standard's scope. */
  readonly segments?: Readonly<Record<string, string>>;
}

/** An answer of a continuous survey (e.g. return visits after closed orders) to an external perception question. */
export interface AnswerEvent {
  readonly type: "answer";
  readonly time: number;
  /** The question id. */
  readonly question: string;
  /** The answer on the question's scale. */
  readonly value: number;
  readonly region?: string;
  readonly customer?: string;
  readonly case?: string;
}

/** Time passing with no event (so deadlines and quiet periods are noticed in a silent stream). */
export interface TickEvent {
  readonly type: "tick";
  readonly time: number;
}

/** An event the monitor has accepted. */
export type MonitorEvent = ComplaintEvent | OrderEvent | AnswerEvent | TickEvent;

/** A plain, JSON-friendly copy of a monitor's ledger. */
export interface MonitorLedgerSummary {
  /** Events fed. */
  readonly read: number;
  readonly accepted: number;
  readonly rejected: number;
  /** Rejections by reason, in {@link MONITOR_REASONS} order, reasons with none left out. */
  readonly byReason: readonly (readonly [MonitorReason, number])[];
  /** The first `maxProblemsPerReason` problems of each reason. */
  readonly problems: readonly Problem[];
}

/**
 * The accept/reject account of a monitor's input: counts by reason are always complete; only the first
 * `maxProblemsPerReason` problems of each reason are kept, so memory stays flat however bad the stream.
 *
 * @example
 * ```ts
 * const ledger = new MonitorLedger(10);
 * ledger.read++;
 * ledger.reject("bad-time", "time", "yesterday");
 * ledger.summary().byReason; // [["bad-time", 1]]
 * ```
 */
export class MonitorLedger {
  /** Events fed. */
  read = 0;
  /** Events accepted. */
  accepted = 0;
  /** Events rejected. */
  rejected = 0;
  readonly #counts = new Map<MonitorReason, number>();
  readonly #kept = new Map<MonitorReason, Problem[]>();
  readonly #max: number;

  /**
   * Make an empty ledger.
   * @param maxProblemsPerReason - problems kept per reason (default 100).
   */
  constructor(maxProblemsPerReason = 100) {
    this.#max = maxProblemsPerReason;
  }

  /**
   * Reject the event just read.
   * @param reason - why.
   * @param field - the field at fault, or null for the whole event.
   * @param value - the value found there (shown as text, cut to 200 characters).
   */
  reject(reason: MonitorReason, field: string | null, value: unknown): void {
    this.rejected++;
    this.#counts.set(reason, (this.#counts.get(reason) ?? 0) + 1);
    let kept = this.#kept.get(reason);
    if (kept === undefined) this.#kept.set(reason, (kept = []));
    if (kept.length >= this.#max) return;
    const shown = (typeof value === "string" ? value : safeJson(value)).slice(0, 200);
    const p = problemFrom(MONITOR_EN, "monitor/rejected", "warning", field === null ? [] : [field], { reason, event: this.read, field, value: shown });
    kept.push({ ...p, location: { line: this.read } });
  }

  /**
   * How many events were rejected for a reason.
   * @param reason - the reason.
   * @returns the count.
   */
  count(reason: MonitorReason): number {
    return this.#counts.get(reason) ?? 0;
  }

  /**
   * Whether the books balance.
   * @returns `read = accepted + rejected` and the reasons add up to the rejections.
   */
  reconciles(): boolean {
    let n = 0;
    for (const c of this.#counts.values()) n += c;
    return this.read === this.accepted + this.rejected && n === this.rejected;
  }

  /**
   * A plain copy for JSON and reports.
   * @returns the summary.
   */
  summary(): MonitorLedgerSummary {
    return {
      read: this.read,
      accepted: this.accepted,
      rejected: this.rejected,
      byReason: MONITOR_REASONS.filter((r) => this.#counts.has(r)).map((r) => [r, this.#counts.get(r) ?? 0] as const),
      problems: MONITOR_REASONS.flatMap((r) => this.#kept.get(r) ?? []),
    };
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Why an event cannot be read: the reason, the field at fault and the value found. */
export interface EventRejection {
  readonly reason: MonitorReason;
  readonly field: string | null;
  readonly value: unknown;
}

/** Why an event cannot be read, or the event read. */
export type ReadEvent = MonitorEvent | EventRejection;

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

const DIM = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two decimal digits at `i`, or NaN. */
function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * The common case read fast: `YYYY-MM-DDTHH:MM:SS[.sss](Z|±HH:MM)`, digit by digit, checked as strictly as
 * `parseTime` (a day that does not exist in its month is refused). Anything else returns NaN and takes the
 * general reader.
 */
function fastIso(s: string): number {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return Number.NaN;
  const y = d2(s, 0) * 100 + d2(s, 2);
  const mo = d2(s, 5);
  const d = d2(s, 8);
  const h = d2(s, 11);
  const mi = d2(s, 14);
  const sec = d2(s, 17);
  let i = 19;
  let ms = 0;
  if (s.charCodeAt(i) === 46) {
    if (n < 24) return Number.NaN;
    const c = s.charCodeAt(22) - 48;
    ms = d2(s, 20) * 10 + (c >= 0 && c <= 9 ? c : Number.NaN);
    if (Number.isNaN(ms)) return Number.NaN;
    i = 23;
  }
  let off = 0;
  const z = s.charCodeAt(i);
  if (z === 90 && n === i + 1) off = 0;
  else if ((z === 43 || z === 45) && n === i + 6 && s.charCodeAt(i + 3) === 58) {
    const oh = d2(s, i + 1);
    const om = d2(s, i + 4);
    if (!(oh <= 23 && om <= 59)) return Number.NaN;
    off = (z === 43 ? 1 : -1) * (oh * 60 + om);
  } else return Number.NaN;
  if (!(mo >= 1 && mo <= 12 && d >= 1 && h <= 23 && mi <= 59 && sec <= 59)) return Number.NaN;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && !leap ? 28 : (DIM[mo - 1] ?? 0))) return Number.NaN;
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms) - off * 60_000;
}

function readTime(raw: Record<string, unknown>): number | EventRejection {
  const t = raw.time;
  if (t === undefined || t === null || t === "") return { reason: "missing-field", field: "time", value: "" };
  if (typeof t === "number" && Number.isFinite(t) && t > 1e11) return t;
  if (typeof t === "string") {
    const fast = fastIso(t);
    if (!Number.isNaN(fast)) return fast;
  }
  const parsed = parseTime(t);
  return parsed.ok ? parsed.ms : { reason: "bad-time", field: "time", value: t };
}

function optionalText(raw: Record<string, unknown>, key: string): string | undefined | EventRejection {
  const v = raw[key];
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return isText(v) ? v : { reason: "bad-value", field: key, value: v };
}

function requiredText(raw: Record<string, unknown>, key: string): string | EventRejection {
  const v = optionalText(raw, key);
  return v === undefined ? { reason: "missing-field", field: key, value: "" } : v;
}

const failed = (v: unknown): v is EventRejection => typeof v === "object" && v !== null && "reason" in v;

function readSegments(raw: unknown): Record<string, string> | EventRejection {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { reason: "bad-value", field: "segments", value: raw };
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries(raw)) {
    if (!isText(v) && typeof v !== "number") return { reason: "bad-value", field: `segments.${k}`, value: v };
    out[k] = String(v);
  }
  return out;
}

/** The optional fields of events, read into an object only when present. */
function optionals(raw: Record<string, unknown>, keys: readonly string[]): Record<string, string> | EventRejection {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = optionalText(raw, k);
    if (failed(v)) return v;
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Read one raw event (a parsed JSON value) into a {@link MonitorEvent}, or say why it cannot be read. Checks
 * shapes only; whether the kind, event or question exists in the study is the monitor's business.
 *
 * @param raw - the event as received.
 * @returns the event, or `{ reason, field, value }`.
 * @example
 * ```ts
 * readMonitorEvent({ type: "complaint", time: "2026-03-01T09:30:00+08:00", kind: "billing_error" });
 * // { type: "complaint", time: 1772328600000, kind: "billing_error" }
 * readMonitorEvent({ type: "complaint", time: "yesterday", kind: "x" }); // { reason: "bad-time", field: "time", … }
 * ```
 */
export function readMonitorEvent(raw: unknown): ReadEvent {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { reason: "malformed-event", field: null, value: raw };
  const r = raw as Record<string, unknown>;
  // A line that was not JSON (see parseEventLine) is malformed, not an event missing its fields.
  if (r.type === undefined && typeof r.unparsed === "string") return { reason: "malformed-event", field: null, value: r.unparsed };
  const time = readTime(r);
  if (typeof time !== "number") return time;
  switch (r.type) {
    case "complaint": {
      const kind = requiredText(r, "kind");
      if (failed(kind)) return kind;
      // Built field by field (no intermediate objects): complaints are most of a stream.
      const region = optionalText(r, "region");
      if (failed(region)) return region;
      const customer = optionalText(r, "customer");
      if (failed(customer)) return customer;
      const c = optionalText(r, "case");
      if (failed(c)) return c;
      const id = optionalText(r, "id");
      if (failed(id)) return id;
      const e: { -readonly [K in keyof ComplaintEvent]: ComplaintEvent[K] } = { type: "complaint", time, kind };
      if (region !== undefined) e.region = region;
      if (customer !== undefined) e.customer = customer;
      if (c !== undefined) e.case = c;
      if (id !== undefined) e.id = id;
      return e;
    }
    case "order": {
      const c = requiredText(r, "case");
      if (failed(c)) return c;
      const event = requiredText(r, "event");
      if (failed(event)) return event;
      const rest = optionals(r, ["region"]);
      if (failed(rest)) return rest;
      if (r.segments === undefined || r.segments === null) return { type: "order", time, case: c, event, ...rest };
      const segments = readSegments(r.segments);
      return failed(segments) ? segments : { type: "order", time, case: c, event, ...rest, segments };
    }
    case "answer": {
      const question = requiredText(r, "question");
      if (failed(question)) return question;
      const v = typeof r.value === "string" && r.value.trim() !== "" ? Number(r.value) : r.value;
      if (r.value === undefined || r.value === null || r.value === "") return { reason: "missing-field", field: "value", value: "" };
      if (typeof v !== "number" || !Number.isFinite(v)) return { reason: "bad-value", field: "value", value: r.value };
      const rest = optionals(r, ["region", "customer", "case"]);
      return failed(rest) ? rest : { type: "answer", time, question, value: v, ...rest };
    }
    case "tick":
      return { type: "tick", time };
    case undefined:
      return { reason: "missing-field", field: "type", value: "" };
    default:
      return { reason: "unknown-type", field: "type", value: r.type };
  }
}

/**
 * Whether a read result is a rejection.
 *
 * @param e - what {@link readMonitorEvent} returned.
 * @returns true when it says why the event cannot be read.
 * @example
 * ```ts
 * isRejection(readMonitorEvent(42)); // true (malformed-event)
 * ```
 */
export function isRejection(e: ReadEvent): e is EventRejection {
  return "reason" in e;
}
