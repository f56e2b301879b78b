/**
 * Incidents and their escalation ladder. A signal (a surge window, an order at risk, a repeat complaint, a low
 * survey window) is a hit on an incident key such as `surge:billing_error@north`. The first hit opens an
 * incident at the ladder's first level and raises an alert; further hits add to its count. The incident climbs
 * to a higher level when its count, or its duration (from the first to the latest hit of the episode: how long
 * the problem has kept producing hits), reaches that level's threshold; after a quiet period with no hit it steps down one level, and below the first it is resolved,
 * each step an alert. While an incident is open, new hits never raise a second one: alerts are deduplicated by
 * key, and the incident's id (signal, key and opening time) is stable for the same stream.
 * @module
 */
import type { LadderLevel } from "../model/monitoring.js";
import { recipientOf, type AlertOwner, type Recipient } from "./routing.js";
import type { Notify } from "../model/monitoring.js";

/** The four signals. */
export type Signal = "surge" | "deadline" | "repeat" | "dip";

/** What changed: an incident opened, climbed, stepped down or closed. */
export type AlertAction = "raised" | "escalated" | "de-escalated" | "resolved";

/** What an incident is about. */
export interface AlertSubject {
  /** The complaint kind (surges, repeats). */
  readonly kind?: string;
  /** The region, for a surge watched per region. */
  readonly region?: string;
  /** The standard at risk (deadlines). */
  readonly standard?: string;
  /** The survey question (dips). */
  readonly question?: string;
}

/** The evidence an alert carries: counts, the rule's figures and the cases. */
export interface AlertEvidence {
  /** Hits since the incident opened (complaints in alarmed windows, orders at risk, repeats, low windows). */
  readonly count: number;
  /** Time of the first and the latest hit (ISO 8601, UTC). */
  readonly first: string;
  readonly last: string;
  /** The cases (work orders) or customers involved, the first 20. */
  readonly cases: readonly string[];
  /** The signal's own figures of the latest hit: window, count, baseline, limit, interval… */
  readonly rule: Readonly<Record<string, number | string>>;
}

/** One alert: a change of an incident, whom it notifies, and why. */
export interface MonitorAlert {
  /** Stable id of this alert: the incident's id and the change's number (`…#1` is the raising). */
  readonly id: string;
  /** Stable id of the incident: `signal:key@opening time`. */
  readonly incident: string;
  readonly action: AlertAction;
  readonly signal: Signal;
  /** The incident key, e.g. `surge:billing_error@north`. */
  readonly key: string;
  readonly subject: AlertSubject;
  /** When the change happened (stream time, ISO 8601 UTC). */
  readonly time: string;
  /** The ladder level after the change (0 = first level; −1 once resolved). */
  readonly level: number;
  /** The level's id (`resolved` once resolved). */
  readonly levelId: string;
  /** Whom this alert notifies (the level's recipient), when one can be named. */
  readonly notify?: Recipient;
  /** The owner of the cause, from the blueprint. */
  readonly owner?: AlertOwner;
  readonly evidence: AlertEvidence;
}

interface Incident {
  readonly id: string;
  readonly key: string;
  readonly signal: Signal;
  readonly subject: AlertSubject;
  readonly owner: AlertOwner | undefined;
  readonly openedAt: number;
  first: number;
  last: number;
  count: number;
  /** Hits and start of the current episode (since opening or the last step down). */
  episodeHits: number;
  episodeStart: number;
  level: number;
  seq: number;
  cases: string[];
  rule: Readonly<Record<string, number | string>>;
}

const MAX_CASES = 20;
const iso = (ms: number): string => new Date(ms).toISOString();

/** The incidents of one monitor. */
export class Incidents {
  readonly #open = new Map<string, Incident>();
  readonly #ladder: readonly LadderLevel[];
  readonly #quietMs: number;
  readonly #roleText: (l: Extract<Notify, { role: unknown }>["role"]) => string;

  /**
   * @param ladder - the study's ladder, lowest level first.
   * @param quietMinutes - quiet minutes before stepping down a level.
   * @param roleText - how a role's label is written in the alert.
   */
  constructor(ladder: readonly LadderLevel[], quietMinutes: number, roleText: (l: Extract<Notify, { role: unknown }>["role"]) => string) {
    this.#ladder = ladder;
    this.#quietMs = quietMinutes * 60_000;
    this.#roleText = roleText;
  }

  /** Open incidents. */
  get size(): number {
    return this.#open.size;
  }

  /**
   * Count hits on an incident key, opening it if needed.
   * @param key - the incident key.
   * @param signal - the signal.
   * @param subject - what it is about (used when it opens).
   * @param owner - the owner of the cause (used when it opens).
   * @param time - stream time of the hit.
   * @param n - how many hits.
   * @param cases - cases or customers involved.
   * @param rule - the signal's figures.
   * @param out - alerts are appended here.
   */
  hit(key: string, signal: Signal, subject: AlertSubject, owner: AlertOwner | undefined, time: number, n: number, cases: readonly string[], rule: Readonly<Record<string, number | string>>, out: MonitorAlert[]): void {
    let inc = this.#open.get(key);
    if (inc === undefined) {
      inc = { id: `${key}@${iso(time)}`, key, signal, subject, owner, openedAt: time, first: time, last: time, count: 0, episodeHits: 0, episodeStart: time, level: 0, seq: 0, cases: [], rule };
      this.#open.set(key, inc);
      this.#add(inc, time, n, cases, rule);
      out.push(this.#alert(inc, "raised", time));
    } else this.#add(inc, time, n, cases, rule);
    this.#climb(inc, time, out);
  }

  #add(inc: Incident, time: number, n: number, cases: readonly string[], rule: Readonly<Record<string, number | string>>): void {
    if (inc.episodeHits === 0) inc.episodeStart = time;
    inc.count += n;
    inc.episodeHits += n;
    inc.first = Math.min(inc.first, time);
    inc.last = Math.max(inc.last, time);
    inc.rule = rule;
    for (const c of cases) if (inc.cases.length < MAX_CASES && !inc.cases.includes(c)) inc.cases.push(c);
  }

  #target(inc: Incident): number {
    if (inc.episodeHits === 0) return inc.level;
    let target = inc.level;
    for (let i = inc.level + 1; i < this.#ladder.length; i++) {
      const after = this.#ladder[i]?.after;
      if (after === undefined) break;
      const byCount = after.count !== undefined && inc.episodeHits >= after.count;
      // Duration is how long the hits have kept coming, not how long ago the first one was: a lone hit never ages into a higher level.
      const byTime = after.minutes !== undefined && inc.last - inc.episodeStart >= after.minutes * 60_000;
      if (byCount || byTime) target = i;
      else break;
    }
    return target;
  }

  #climb(inc: Incident, time: number, out: MonitorAlert[]): void {
    const target = this.#target(inc);
    if (target > inc.level) {
      inc.level = target;
      out.push(this.#alert(inc, "escalated", time));
    }
  }

  /**
   * Let stream time pass: step down after quiet periods, resolve.
   * @param time - the stream's time now.
   * @param out - alerts are appended here.
   */
  advance(time: number, out: MonitorAlert[]): void {
    for (const inc of this.#open.values()) {
      // Each full quiet period since the last hit is one step down (a long silence may take several).
      while (this.#open.has(inc.key) && time - Math.max(inc.last, inc.episodeHits === 0 ? inc.episodeStart : inc.last) >= this.#quietMs) {
        const at = (inc.episodeHits === 0 ? inc.episodeStart : inc.last) + this.#quietMs;
        inc.episodeHits = 0;
        inc.episodeStart = at;
        if (inc.level === 0) {
          this.#open.delete(inc.key);
          inc.level = -1;
          out.push(this.#alert(inc, "resolved", at));
        } else {
          inc.level--;
          out.push(this.#alert(inc, "de-escalated", at));
        }
      }
    }
  }

  #alert(inc: Incident, action: AlertAction, time: number): MonitorAlert {
    inc.seq++;
    const level = this.#ladder[Math.max(0, inc.level)];
    const notify = action === "resolved" || level === undefined ? undefined : recipientOf(level.notify, inc.owner, this.#roleText, inc.subject.region);
    return {
      id: `${inc.id}#${inc.seq}`,
      incident: inc.id,
      action,
      signal: inc.signal,
      key: inc.key,
      subject: inc.subject,
      time: iso(time),
      level: inc.level,
      levelId: inc.level < 0 ? "resolved" : (level?.id ?? ""),
      ...(notify === undefined ? {} : { notify }),
      ...(inc.owner === undefined ? {} : { owner: inc.owner }),
      evidence: { count: inc.count, first: iso(inc.first), last: iso(inc.last), cases: [...inc.cases], rule: inc.rule },
    };
  }

  /**
   * The open incidents' state, for a status view (not alerts: nothing changed).
   * @param time - stream time now.
   * @returns key, level, hits, opening time and the time of the snapshot, per open incident.
   */
  snapshot(time: number): { readonly key: string; readonly level: number; readonly count: number; readonly openedAt: string; readonly asOf: string }[] {
    return [...this.#open.values()].map((i) => ({ key: i.key, level: i.level, count: i.count, openedAt: iso(i.openedAt), asOf: iso(time) }));
  }
}
