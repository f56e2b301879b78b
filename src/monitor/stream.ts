/**
 * A seeded event-stream simulator with planted outbreaks, to prove the monitor: complaints of each kind in each
 * region arrive as a Poisson process whose rate follows the time of day; repair orders run from fault report to
 * crew on site in log-normal times; return-visit answers come each day. Outbreaks are planted on purpose — a
 * billing-system fault that multiplies billing complaints for some hours, a crew shortage that makes repair
 * orders run late, a dip in a question's answers — and returned as the truth the alerts are scored against. A
 * stream with no outbreak is a null stream: every surge or dip alert on it is a false alarm.
 * @module
 */
import { draws, type Draws } from "../simulate/random.js";
import type { MonitorAlert } from "./incidents.js";

/** An outbreak planted in a stream. */
export type PlantedOutbreak =
  | { readonly type: "surge"; readonly kind: string; readonly region?: string; readonly startHour: number; readonly hours: number; readonly factor: number }
  | { readonly type: "crew-shortage"; readonly startHour: number; readonly hours: number; readonly factor: number }
  | { readonly type: "dip"; readonly question: string; readonly startHour: number; readonly hours: number; readonly shift: number };

/** Options of {@link simulateEventStream}. */
export interface StreamOptions {
  readonly seed: number;
  /** Start of the stream (epoch ms, on an hour). Default 2026-01-05T00:00Z (a Monday). */
  readonly start?: number;
  readonly days: number;
  /** Complaint kinds and their mean complaints per hour per region (over the day's cycle). */
  readonly complaints: readonly { readonly kind: string; readonly perHour: number }[];
  /** Regions. Default four: north, south, east, west. */
  readonly regions?: readonly string[];
  /** Amplitude of the daily cycle (0 = flat; 0.6: the busiest hour has 1.6× the mean). Default 0.6. */
  readonly dailyAmplitude?: number;
  /** Customers complaints are drawn from (a smaller pool means more repeat complaints). Default 1,000,000. */
  readonly customers?: number;
  /** Repair orders per hour (fault reported → crew on site), or 0. Default 0. */
  readonly ordersPerHour?: number;
  /** Median minutes from fault report to crew on site. Default 25. */
  readonly arrivalMedianMinutes?: number;
  /** Return-visit answers per day per question, and the questions (5-point Likert). Default none. */
  readonly answers?: { readonly perDay: number; readonly questions: readonly string[] };
  readonly outbreaks?: readonly PlantedOutbreak[];
  /** Write times as ISO 8601 text instead of epoch ms. Default false. */
  readonly isoTimes?: boolean;
}

/** A simulated event: a raw object the monitor reads. */
export type SimulatedEvent = Readonly<Record<string, string | number | Readonly<Record<string, string>>>>;

const HOUR = 3_600_000;

function poisson(d: Draws, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * d.normal()));
  const l = Math.exp(-mean);
  let k = 0;
  let p = d.uniform();
  while (p > l) {
    k++;
    p *= d.uniform();
  }
  return k;
}

function factorAt(outbreaks: readonly PlantedOutbreak[], kind: string, region: string, hour: number): number {
  let f = 1;
  for (const o of outbreaks) if (o.type === "surge" && o.kind === kind && (o.region === undefined || o.region === region) && hour >= o.startHour && hour < o.startHour + o.hours) f *= o.factor;
  return f;
}

function hourEvents(o: StreamOptions, d: Draws, hour: number, t0: number): { t: number; e: Record<string, string | number | Record<string, string>> }[] {
  const regions = o.regions ?? ["north", "south", "east", "west"];
  const outbreaks = o.outbreaks ?? [];
  const cycle = 1 + (o.dailyAmplitude ?? 0.6) * Math.sin(((hour % 24) - 8) * (Math.PI / 12));
  const out: { t: number; e: Record<string, string | number | Record<string, string>> }[] = [];
  for (const c of o.complaints) {
    for (const region of regions) {
      const n = poisson(d, c.perHour * cycle * factorAt(outbreaks, c.kind, region, hour));
      for (let i = 0; i < n; i++) {
        const t = t0 + Math.floor(d.uniform() * HOUR);
        out.push({ t, e: { type: "complaint", time: t, kind: c.kind, region, customer: `c${d.int(o.customers ?? 1_000_000)}` } });
      }
    }
  }
  const orders = poisson(d, (o.ordersPerHour ?? 0) * cycle);
  let slow = 1;
  for (const b of outbreaks) if (b.type === "crew-shortage" && hour >= b.startHour && hour < b.startHour + b.hours) slow *= b.factor;
  for (let i = 0; i < orders; i++) {
    const t = t0 + Math.floor(d.uniform() * HOUR);
    const id = `wo${hour}-${i}`;
    const area = regions[i % regions.length] === "west" ? "rural" : "urban";
    out.push({ t, e: { type: "order", time: t, case: id, event: "fault_reported", region: regions[i % regions.length] ?? "", segments: { area } } });
    const arrive = t + Math.round(d.logNormal((o.arrivalMedianMinutes ?? 25) * slow, 0.3) * 60_000);
    out.push({ t: arrive, e: { type: "order", time: arrive, case: id, event: "crew_on_site", region: regions[i % regions.length] ?? "" } });
  }
  if (o.answers !== undefined && hour % 24 === 10) {
    for (const q of o.answers.questions) {
      let shift = 0;
      for (const b of outbreaks) if (b.type === "dip" && b.question === q && hour >= b.startHour && hour < b.startHour + b.hours) shift += b.shift;
      const n = poisson(d, o.answers.perDay);
      for (let i = 0; i < n; i++) {
        const v = Math.min(5, Math.max(1, Math.round(4 + shift + 0.9 * d.normal())));
        const t = t0 + Math.floor(d.uniform() * 8 * HOUR);
        out.push({ t, e: { type: "answer", time: t, question: q, value: v, case: `rv${hour}-${q}-${i}` } });
      }
    }
  }
  return out;
}

/**
 * A seeded stream of events in time order, with the outbreaks given planted in it.
 *
 * @param options - seed, length, complaint kinds and rates, regions, orders, answers, outbreaks.
 * @returns the events, lazily (a long stream costs no memory).
 * @example
 * ```ts
 * const events = simulateEventStream({ seed: 1, days: 28, complaints: [{ kind: "billing_error", perHour: 2 }],
 *   outbreaks: [{ type: "surge", kind: "billing_error", startHour: 600, hours: 6, factor: 3 }] });
 * monitor.pushAll(events);
 * ```
 */
export function* simulateEventStream(options: StreamOptions): Generator<SimulatedEvent> {
  const d = draws(options.seed);
  const start = options.start ?? Date.UTC(2026, 0, 5);
  // Order stops fall after the hour that started them: they wait in a pending list until their time comes.
  let pending: { t: number; e: Record<string, string | number | Record<string, string>> }[] = [];
  const iso = options.isoTimes === true;
  for (let hour = 0; hour < options.days * 24; hour++) {
    const t0 = start + hour * HOUR;
    const now = hourEvents(options, d, hour, t0);
    const all = pending.concat(now);
    all.sort((a, b) => a.t - b.t);
    const end = t0 + HOUR;
    pending = [];
    for (const x of all) {
      if (x.t >= end) {
        pending.push(x);
        continue;
      }
      if (iso) x.e.time = new Date(x.t).toISOString();
      yield x.e;
    }
  }
}

/** How the alerts of a stream fared against its planted outbreaks. */
export interface DetectionScore {
  /** Per planted surge or dip: detected, and the delay from its start to the first alert raised on it (minutes). */
  readonly outbreaks: readonly { readonly outbreak: PlantedOutbreak; readonly detected: boolean; readonly delayMinutes: number | null; readonly key: string | null }[];
  /** Surge and dip incidents raised outside every planted outbreak (and its aftermath window). */
  readonly falseAlarms: number;
  /** False alarms per week of stream. */
  readonly falseAlarmsPerWeek: number;
}

/**
 * Score a stream's alerts against its planted outbreaks: detection delay of each surge and dip outbreak, and
 * surge or dip incidents raised outside them (false alarms; an alert within `graceHours` after an outbreak is
 * counted as its echo, neither a detection nor a false alarm).
 *
 * @param options - the stream's options (its outbreaks, start and length).
 * @param alerts - the monitor's alerts on it.
 * @param graceHours - hours after an outbreak in which its echoes are ignored. Default 24.
 * @returns the score.
 * @example
 * ```ts
 * const score = scoreDetection(options, monitor.pushAll(simulateEventStream(options)));
 * score.outbreaks[0]?.delayMinutes; // e.g. 42
 * ```
 */
export function scoreDetection(options: StreamOptions, alerts: readonly MonitorAlert[], graceHours = 24): DetectionScore {
  const start = options.start ?? Date.UTC(2026, 0, 5);
  const raised = alerts.filter((a) => a.action === "raised" && (a.signal === "surge" || a.signal === "dip"));
  const planted = (options.outbreaks ?? []).filter((o) => o.type !== "crew-shortage");
  const matches = (a: MonitorAlert, o: PlantedOutbreak): boolean =>
    o.type === "surge" ? a.signal === "surge" && a.subject.kind === o.kind && (o.region === undefined || a.subject.region === undefined || a.subject.region === o.region) : o.type === "dip" && a.signal === "dip" && a.subject.question === o.question;
  const window = (o: PlantedOutbreak): [number, number] => [start + o.startHour * HOUR, start + (o.startHour + o.hours) * HOUR];
  const outbreaks = planted.map((o) => {
    const [from, to] = window(o);
    const first = raised.find((a) => matches(a, o) && Date.parse(a.time) >= from && Date.parse(a.time) <= to + (o.type === "dip" ? 24 * HOUR : 0));
    return { outbreak: o, detected: first !== undefined, delayMinutes: first === undefined ? null : (Date.parse(first.time) - from) / 60_000, key: first?.key ?? null };
  });
  const falseAlarms = raised.filter((a) => !planted.some((o) => {
    const [from, to] = window(o);
    const t = Date.parse(a.time);
    return matches(a, o) && t >= from && t <= to + graceHours * HOUR;
  })).length;
  return { outbreaks, falseAlarms, falseAlarmsPerWeek: falseAlarms / (options.days / 7) };
}
