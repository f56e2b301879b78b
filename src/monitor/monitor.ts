/**
 * The monitor: feed it events as they come (complaints, work-order events, survey answers, ticks) and get alerts
 * back. It keeps one watermark (the newest accepted time): an event more than the allowed lateness behind it is
 * rejected as late, one far ahead of it (or of the clock given as `now`) as clock skew, so one bad timestamp
 * neither jumps the stream forward nor rewrites closed windows. Duplicates (the same complaint id, or the same
 * time, kind, customer and case; the same order event of the same order) are rejected within a horizon.
 * Everything the monitor keeps is bounded by time windows (open windows, orders on a clock, a horizon of ids),
 * never by the stream's length.
 * @module
 */
import * as z from "zod/mini";
import { UsageError, ValidationError } from "../core/errors.js";
import { labelText } from "../core/label.js";
import type { Monitoring } from "../model/monitoring.js";
import type { Scale, Study } from "../model/study.js";
import type { WorkCalendar } from "../data/calendar.js";
import { parseOptionsAt } from "../stats/_usage.js";
import { Deadlines, type DeadlineHit, type UnwatchedStandard } from "./deadlines.js";
import { answerIndex, DipSeries, type DipHit } from "./dip.js";
import { isRejection, MonitorLedger, readMonitorEvent, type AnswerEvent, type ComplaintEvent, type MonitorEvent } from "./events.js";
import { Incidents, type MonitorAlert } from "./incidents.js";
import { monitoringProblems, routesOf, type Routes } from "./routing.js";
import { SurgeSeries, type SurgeHit } from "./surge.js";
import { seenBefore, TimedMap, TimedSet } from "./timed.js";

/** Options of {@link createMonitor}. */
export interface MonitorOptions {
  /** The working calendar, for standards counted in working days (those are not watched without it). */
  readonly calendar?: WorkCalendar;
  /** How far behind the newest event an event may come and still count. Default 5; at most a window's length. */
  readonly maxLatenessMinutes?: number;
  /**
   * How far ahead of `now` (when given) or else of the newest event an event may be before it is clock skew.
   * Default 60 minutes against `now`, 10,080 (a week: a quiet night or weekend is not skew) against the stream.
   */
  readonly maxSkewMinutes?: number;
  /** How long ids are remembered for deduplication. Default 24 hours. */
  readonly dedupeHours?: number;
  /** The wall clock (epoch ms), for live use: skew is then judged against it. */
  readonly now?: () => number;
  /** Language of role names in alerts. Default `en`. */
  readonly lang?: "en" | "zh";
  /** Problems kept per rejection reason in the ledger. Default 100. */
  readonly maxProblemsPerReason?: number;
  /** Called with each alert as it is made. */
  readonly onAlert?: (alert: MonitorAlert) => void;
}

const OptionsSchema = z.strictObject({
  calendar: z.optional(z.custom<WorkCalendar>((v) => typeof (v as { workdaysBetween?: unknown } | null)?.workdaysBetween === "function", "must be a working calendar (workCalendar(...)).")),
  maxLatenessMinutes: z.optional(z.number().check(z.gte(0))),
  maxSkewMinutes: z.optional(z.number().check(z.positive())),
  dedupeHours: z.optional(z.number().check(z.positive())),
  now: z.optional(z.custom<() => number>((v) => typeof v === "function", "must be a function returning epoch milliseconds.")),
  lang: z.optional(z.enum(["en", "zh"])),
  maxProblemsPerReason: z.optional(z.number().check(z.int(), z.gte(0))),
  onAlert: z.optional(z.custom<(a: MonitorAlert) => void>((v) => typeof v === "function", "must be a function.")),
});

const HINTS: Readonly<Record<string, string>> = {
  maxLatenessMinutes: "Give minutes ≥ 0, at most the surge and survey windows' length.",
  calendar: "Pass workCalendar({ utcOffset, holidays, workdays }) from gaptrace/data.",
  "": "Pass an options object, or nothing.",
};

/** What the monitor holds now. */
export interface MonitorStatus {
  /** The newest accepted time (ISO 8601), or null before the first event. */
  readonly watermark: string | null;
  /** Open incidents: key, level, hits, opening time. */
  readonly open: readonly { readonly key: string; readonly level: number; readonly count: number; readonly openedAt: string }[];
  /** Orders on a standard's clock now, flagged at risk so far, past a deadline open, stopped. */
  readonly orders: { readonly open: number; readonly flagged: number; readonly breached: number; readonly stopped: number };
  /** Standards the monitor cannot watch, and why. */
  readonly unwatched: readonly UnwatchedStandard[];
  /** Alerts made so far. */
  readonly alerts: number;
}

const NONE: readonly MonitorAlert[] = Object.freeze([]);
const NO_CASES: readonly string[] = Object.freeze([]);

const sameComplaint = (a: ComplaintEvent, b: ComplaintEvent): boolean => a.kind === b.kind && a.customer === b.customer && a.case === b.case && a.region === b.region;
const sameQuestion = (a: AnswerEvent, b: AnswerEvent): boolean => a.question === b.question;
const sameAnswerAt = (a: AnswerEvent, b: AnswerEvent): boolean => a.question === b.question && a.value === b.value && a.region === b.region;

/** A monitor over one study's event streams. Make one with {@link createMonitor}. */
export class Monitor {
  /** The accept/reject account of every event fed. */
  readonly ledger: MonitorLedger;
  readonly #m: Monitoring;
  readonly #routes: Routes;
  readonly #incidents: Incidents;
  readonly #deadlines: Deadlines;
  readonly #kinds: ReadonlySet<string>;
  readonly #events: ReadonlySet<string>;
  readonly #scales: ReadonlyMap<string, Scale>;
  readonly #surges = new Map<string, { all: SurgeSeries; regions: Map<string, SurgeSeries> }>();
  readonly #dips = new Map<string, DipSeries>();
  /** Deduplication: complaint ids; id-less complaints by time; order events by case; answers by case or customer, else by time. */
  readonly #ids: TimedSet;
  readonly #complaintsAt: TimedMap<number, ComplaintEvent | ComplaintEvent[]>;
  readonly #orderEvents: TimedMap<string, string | string[]>;
  readonly #answersBy: TimedMap<string | number, AnswerEvent | AnswerEvent[]>;
  readonly #lastComplaint: TimedMap;
  readonly #lateMs: number;
  readonly #skewMs: number;
  readonly #now: (() => number) | undefined;
  readonly #onAlert: ((a: MonitorAlert) => void) | undefined;
  readonly #out: MonitorAlert[] = [];
  readonly #deadlineScratch: DeadlineHit[] = [];
  #watermark = Number.NaN;
  #nextCheck = Number.NEGATIVE_INFINITY;
  #alerts = 0;

  /**
   * Use {@link createMonitor}.
   * @param study - the study, with `monitoring`.
   * @param monitoring - its monitoring.
   * @param o - checked options.
   */
  constructor(study: Study, monitoring: Monitoring, o: MonitorOptions) {
    this.#m = monitoring;
    this.ledger = new MonitorLedger(o.maxProblemsPerReason ?? 100);
    this.#routes = routesOf(study);
    const lang = o.lang ?? "en";
    this.#incidents = new Incidents(monitoring.ladder, monitoring.deescalate.quietMinutes, (l) => labelText(l, lang));
    this.#deadlines = new Deadlines(study, monitoring.deadlines.riskShare, o.calendar);
    this.#kinds = new Set(monitoring.complaintKinds.map((k) => k.id));
    this.#events = new Set(study.events.map((e) => e.id));
    this.#scales = new Map(study.evaluationPoints.flatMap((p) => p.questions.filter((q) => q.audience.kind === "external" && q.measures === "perception").map((q) => [q.id, q.scale] as const)));
    this.#lateMs = (o.maxLatenessMinutes ?? 5) * 60_000;
    this.#skewMs = (o.maxSkewMinutes ?? (o.now === undefined ? 10_080 : 60)) * 60_000;
    const dedupeMs = (o.dedupeHours ?? 24) * 3_600_000;
    this.#ids = new TimedSet(dedupeMs);
    this.#complaintsAt = new TimedMap(dedupeMs);
    this.#orderEvents = new TimedMap(dedupeMs);
    this.#answersBy = new TimedMap(dedupeMs);
    this.#lastComplaint = new TimedMap(monitoring.repeat.windowHours * 3_600_000);
    this.#now = o.now;
    this.#onAlert = o.onAlert;
  }

  /**
   * Feed one event (as received: it is checked here).
   * @param raw - the event, e.g. a parsed JSON line.
   * @returns the alerts it caused (often none).
   */
  push(raw: unknown): readonly MonitorAlert[] {
    this.ledger.read++;
    const e = readMonitorEvent(raw);
    if (isRejection(e)) {
      this.ledger.reject(e.reason, e.field, e.value);
      return NONE;
    }
    if (!this.#timely(e.time)) return NONE;
    // One scratch list for every push: most events raise nothing, and then nothing is allocated.
    const out = this.#out;
    if (!this.#accept(e, out)) return NONE;
    this.ledger.accepted++;
    this.#advance(e.time, out);
    if (out.length === 0) return NONE;
    const alerts = out.slice();
    out.length = 0;
    return this.#emit(alerts);
  }

  /**
   * Feed many events.
   * @param events - the events.
   * @returns all the alerts they caused, in order.
   */
  pushAll(events: Iterable<unknown>): MonitorAlert[] {
    const all: MonitorAlert[] = [];
    for (const e of events) for (const a of this.push(e)) all.push(a);
    return all;
  }

  /**
   * Let stream time pass without an event (not counted in the ledger): deadlines, escalation by age, quiet
   * periods and survey windows are judged up to `time`.
   * @param time - epoch ms; ignored unless after the newest event.
   * @returns the alerts.
   */
  advance(time: number): readonly MonitorAlert[] {
    if (!Number.isFinite(time)) throw new UsageError("Monitor.advance", `time must be epoch milliseconds, got ${String(time)}.`, "Pass e.g. Date.now().");
    const out: MonitorAlert[] = [];
    this.#nextCheck = Number.NEGATIVE_INFINITY;
    this.#advance(time, out);
    return this.#emit(out);
  }

  /**
   * What the monitor holds now.
   * @returns the watermark, open incidents, orders on a clock and unwatched standards.
   */
  status(): MonitorStatus {
    const w = this.#watermark;
    return {
      watermark: Number.isNaN(w) ? null : new Date(w).toISOString(),
      open: this.#incidents.snapshot(Number.isNaN(w) ? 0 : w).map(({ key, level, count, openedAt }) => ({ key, level, count, openedAt })),
      orders: { open: this.#deadlines.open, flagged: this.#deadlines.flagged, breached: this.#deadlines.breached, stopped: this.#deadlines.stopped },
      unwatched: this.#deadlines.unwatched,
      alerts: this.#alerts,
    };
  }

  #emit(out: MonitorAlert[]): readonly MonitorAlert[] {
    if (out.length === 0) return NONE;
    this.#alerts += out.length;
    if (this.#onAlert !== undefined) for (const a of out) this.#onAlert(a);
    return out;
  }

  #timely(time: number): boolean {
    const w = this.#watermark;
    const ref = this.#now?.() ?? w;
    if (!Number.isNaN(ref) && time > ref + this.#skewMs) {
      this.ledger.reject("clock-skew", "time", new Date(time).toISOString());
      return false;
    }
    if (!Number.isNaN(w) && time < w - this.#lateMs) {
      this.ledger.reject("late", "time", new Date(time).toISOString());
      return false;
    }
    return true;
  }

  #accept(e: MonitorEvent, out: MonitorAlert[]): boolean {
    switch (e.type) {
      case "complaint":
        if (!this.#kinds.has(e.kind)) return this.#reject("unknown-kind", "kind", e.kind);
        if (e.id !== undefined ? !this.#ids.add(e.id, e.time) : seenBefore(this.#complaintsAt, e.time, e, sameComplaint, e.time)) return this.#reject("duplicate", e.id === undefined ? null : "id", e.id ?? e.kind);
        this.#complaint(e, out);
        return true;
      case "order":
        if (!this.#events.has(e.event)) return this.#reject("unknown-event", "event", e.event);
        if (seenBefore(this.#orderEvents, e.case, e.event, (a, b) => a === b, e.time)) return this.#reject("duplicate", "case", e.case);
        {
          const hits: DeadlineHit[] = [];
          this.#deadlines.event(e.case, e.event, e.time, e.region, e.segments, hits);
          if (hits.length > 0) this.#deadlineHits(hits, out);
        }
        return true;
      case "answer": {
        const scale = this.#scales.get(e.question);
        if (scale === undefined) return this.#reject("unknown-question", "question", e.question);
        const index = answerIndex(scale, e.value);
        if (index === undefined) return this.#reject("bad-value", "value", String(e.value));
        const who = e.case ?? e.customer;
        if (seenBefore(this.#answersBy, who ?? e.time, e, who === undefined ? sameAnswerAt : sameQuestion, e.time)) return this.#reject("duplicate", "question", e.question);
        let series = this.#dips.get(e.question);
        if (series === undefined) this.#dips.set(e.question, (series = new DipSeries(e.question, this.#m.satisfaction)));
        const hits: DipHit[] = [];
        series.add(e.time, index, hits);
        this.#dipHits(hits, out);
        return true;
      }
      case "tick":
        return true;
    }
  }

  #reject(reason: "unknown-kind" | "unknown-event" | "unknown-question" | "bad-value" | "duplicate", field: string | null, value: string): false {
    this.ledger.reject(reason, field, value);
    return false;
  }

  #complaint(e: ComplaintEvent, out: MonitorAlert[]): void {
    let s = this.#surges.get(e.kind);
    if (s === undefined) this.#surges.set(e.kind, (s = { all: new SurgeSeries(this.#m.surge), regions: new Map() }));
    const owner = this.#routes.kinds.get(e.kind);
    // Built only on a hit (rare): most complaints raise nothing.
    const cases = e.case === undefined ? NO_CASES : [e.case];
    const all = s.all.add(e.time);
    if (all !== undefined) this.#incidents.hit(`surge:${e.kind}`, "surge", { kind: e.kind }, owner, e.time, all.n, cases, this.#surgeRule(all), out);
    if (this.#m.surge.byRegion && e.region !== undefined) {
      let r = s.regions.get(e.region);
      if (r === undefined) s.regions.set(e.region, (r = new SurgeSeries(this.#m.surge)));
      const hit = r.add(e.time);
      if (hit !== undefined) this.#incidents.hit(`surge:${e.kind}@${e.region}`, "surge", { kind: e.kind, region: e.region }, owner, e.time, hit.n, cases, this.#surgeRule(hit), out);
    }
    if (e.customer !== undefined) {
      const before = this.#lastComplaint.get(e.customer);
      const windowMs = this.#m.repeat.windowHours * 3_600_000;
      if (before !== undefined && Math.abs(e.time - before) <= windowMs) {
        const rule = { customer: e.customer, previous: new Date(before).toISOString(), windowHours: this.#m.repeat.windowHours };
        this.#incidents.hit(`repeat:${e.kind}`, "repeat", { kind: e.kind }, owner, e.time, 1, [e.customer], rule, out);
      }
      this.#lastComplaint.set(e.customer, before === undefined ? e.time : Math.max(before, e.time), e.time);
    }
  }

  #surgeRule(h: SurgeHit): Record<string, number | string> {
    return { window: new Date(h.windowStart).toISOString(), windowMinutes: this.#m.surge.binMinutes, count: h.count, baseline: Math.round(h.baseline * 1000) / 1000, limit: h.limit, alpha: this.#m.surge.alpha };
  }

  #dipHits(hits: readonly DipHit[], out: MonitorAlert[]): void {
    const r3 = (x: number): number => Math.round(x * 1000) / 1000;
    for (const h of hits) {
      const rule = { window: new Date(h.windowStart).toISOString(), windowMinutes: this.#m.satisfaction.binMinutes, answers: h.n, mean: r3(h.mean), lower: r3(h.lower), upper: r3(h.upper), baseline: r3(h.baseline), confidence: this.#m.satisfaction.confidence };
      // A window is judged once it has ended: the alert is dated at its end, or later when judged later.
      const t = h.windowStart + this.#m.satisfaction.binMinutes * 60_000;
      this.#incidents.hit(`dip:${h.question}`, "dip", { question: h.question }, this.#routes.questions.get(h.question), Number.isNaN(this.#watermark) ? t : Math.max(t, this.#watermark), 1, [], rule, out);
    }
  }

  #deadlineHits(hits: readonly DeadlineHit[], out: MonitorAlert[]): void {
    for (const h of hits) {
      const rule = { start: new Date(h.start).toISOString(), deadline: new Date(h.deadline).toISOString(), minutesLeft: Math.round(h.minutesLeft * 10) / 10, riskShare: this.#m.deadlines.riskShare };
      this.#incidents.hit(`deadline:${h.standard}`, "deadline", { standard: h.standard }, this.#routes.standards.get(h.standard), h.deadline - (h.deadline - h.start) * this.#m.deadlines.riskShare, 1, [h.case], rule, out);
    }
  }

  #advance(time: number, out: MonitorAlert[]): void {
    if (!(time > this.#watermark) && !Number.isNaN(this.#watermark)) return;
    this.#watermark = time;
    const hits = this.#deadlineScratch;
    this.#deadlines.advance(time, hits);
    if (hits.length > 0) {
      this.#deadlineHits(hits, out);
      hits.length = 0;
    }
    if (time < this.#nextCheck) return;
    this.#nextCheck = time + 60_000;
    const dips: DipHit[] = [];
    for (const d of this.#dips.values()) d.advance(time, this.#lateMs, dips);
    this.#dipHits(dips, out);
    this.#incidents.advance(time, out);
  }
}

/**
 * Make a monitor over a study's event streams: complaint surges per kind (and region), open work orders at risk
 * of missing their standard, repeat complaints, and dips of continuous-survey satisfaction, each alert routed to
 * the owner the blueprint gives the cause and escalated up the study's ladder.
 *
 * @param study - the study; it must declare `monitoring` (complaint kinds, ladder).
 * @param options - calendar, lateness, skew, deduplication horizon, wall clock, language, alert callback.
 * @returns the monitor.
 * @throws {@link core!UsageError} when the study declares no monitoring or an option is wrong;
 *   {@link core!ValidationError} when the monitoring names ids the study lacks or its ladder does not rise.
 * @example
 * ```ts
 * const monitor = createMonitor(study, { calendar: workCalendar({ utcOffset: "+08:00" }) });
 * for (const alert of monitor.push({ type: "complaint", time: "2026-03-01T09:30:00+08:00", kind: "billing_error", region: "north" })) {
 *   console.log(alert.action, alert.key, alert.notify);
 * }
 * monitor.ledger.summary().byReason; // rejected events by reason
 * ```
 */
export function createMonitor(study: Study, options: MonitorOptions = {}): Monitor {
  const o = parseOptionsAt("createMonitor", OptionsSchema, options, HINTS);
  const m = study.monitoring;
  if (m === undefined) throw new UsageError("createMonitor", "the study declares no monitoring.", "Add monitoring: { complaintKinds, ladder } to the study (docs/monitoring.md).");
  const errors = monitoringProblems(study).filter((p) => p.severity === "error");
  if (errors.length > 0) throw new ValidationError("gaptrace/createMonitor: the study's monitoring does not fit the study.", errors);
  const late = o.maxLatenessMinutes ?? 5;
  if (late > m.surge.binMinutes || late > m.satisfaction.binMinutes) {
    throw new UsageError("createMonitor", `maxLatenessMinutes ${late} is longer than a surge or survey window (${m.surge.binMinutes}, ${m.satisfaction.binMinutes} minutes).`, HINTS.maxLatenessMinutes ?? "");
  }
  const period = m.surge.season === "daily" ? 1440 : m.surge.season === "weekly" ? 10_080 : 0;
  if (period > 0 && period % m.surge.binMinutes !== 0) {
    throw new UsageError("createMonitor", `monitoring.surge.binMinutes ${m.surge.binMinutes} does not divide the ${m.surge.season} season (${period} minutes).`, "Use a window that divides the day, e.g. 15, 30, 60 or 120.");
  }
  return new Monitor(study, m, o as MonitorOptions);
}

/**
 * Watch a stream: feed every event of an (async) iterable to a new monitor and yield its alerts as they come.
 *
 * @param study - the study, with `monitoring`.
 * @param events - the events, e.g. parsed JSON lines from a queue.
 * @param options - as {@link createMonitor}; `onAlert` is called too.
 * @returns the alerts, in order; the monitor (for its ledger and status) is returned when the stream ends.
 * @example
 * ```ts
 * for await (const alert of watchEvents(study, queue)) notify(alert.notify, alert);
 * ```
 */
export async function* watchEvents(study: Study, events: AsyncIterable<unknown> | Iterable<unknown>, options: MonitorOptions = {}): AsyncGenerator<MonitorAlert, Monitor, undefined> {
  const monitor = createMonitor(study, options);
  for await (const e of events) yield* monitor.push(e);
  return monitor;
}
