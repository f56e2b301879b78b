/**
 * Review after (事后总结): a period's alerts summed up per post and per department — incidents raised, escalated
 * past the first level, resolved, still open, the highest level reached and the time to resolve — and per signal.
 * It reads alerts only (from a monitor, or back from a JSON Lines file), so a review can be run on any period.
 * @module
 */
import * as z from "zod/mini";
import { ValidationError } from "../core/errors.js";
import type { Problem } from "../core/problem.js";
import type { Study } from "../model/study.js";
import type { MonitorAlert, Signal } from "./incidents.js";
import { problemFrom } from "../core/problem-from.js";
import { MONITOR_EN } from "../core/messages/problems-en-monitor.js";
import { ZOD_ENGLISH } from "../core/zod-english.js";

/** The incidents of one post, department or signal in a period. */
export interface ReviewRow {
  /** Incidents raised in the period. */
  readonly raised: number;
  /** Of them, escalated past the first level. */
  readonly escalated: number;
  /** Of them, resolved by the end of the alerts read. */
  readonly resolved: number;
  /** Of them, still open. */
  readonly open: number;
  /** The highest ladder level reached (0 = first). */
  readonly maxLevel: number;
  /** Median and mean minutes from raising to resolution, over the resolved ones (null when none). */
  readonly medianMinutesToResolve: number | null;
  readonly meanMinutesToResolve: number | null;
}

/** The review of a period. */
export interface AlertReview {
  /** The period read: first and last alert time (ISO 8601), null with no alert. */
  readonly from: string | null;
  readonly to: string | null;
  /** All incidents raised in the period. */
  readonly total: ReviewRow;
  /** Per owning post (incidents whose owner is a post), in the study's post order. */
  readonly byPost: readonly (ReviewRow & { readonly post: string; readonly department: string | null })[];
  /** Per owning department (the post's department, or a department owner), in the study's order. */
  readonly byDepartment: readonly (ReviewRow & { readonly department: string })[];
  /** Per signal. */
  readonly bySignal: readonly (ReviewRow & { readonly signal: Signal })[];
  /** Incidents with no owner in the blueprint. */
  readonly unrouted: number;
}

interface Life {
  readonly raisedAt: number;
  readonly signal: Signal;
  readonly post: string | undefined;
  readonly department: string | undefined;
  maxLevel: number;
  resolvedAt: number | undefined;
}

function row(lives: readonly Life[]): ReviewRow {
  const minutes = lives.flatMap((l) => (l.resolvedAt === undefined ? [] : [(l.resolvedAt - l.raisedAt) / 60_000])).sort((a, b) => a - b);
  const mid = minutes.length >> 1;
  const median = minutes.length === 0 ? null : minutes.length % 2 === 1 ? (minutes[mid] ?? 0) : ((minutes[mid - 1] ?? 0) + (minutes[mid] ?? 0)) / 2;
  return {
    raised: lives.length,
    escalated: lives.filter((l) => l.maxLevel > 0).length,
    resolved: minutes.length,
    open: lives.length - minutes.length,
    maxLevel: lives.reduce((m, l) => Math.max(m, l.maxLevel), 0),
    medianMinutesToResolve: median,
    meanMinutesToResolve: minutes.length === 0 ? null : minutes.reduce((a, b) => a + b, 0) / minutes.length,
  };
}

/**
 * Sum up a period's alerts per post, department and signal (review after, 事后总结).
 *
 * @param study - the study (the order of posts and departments).
 * @param alerts - the alerts of the period, in time order (an incident raised before the period is left out).
 * @returns the review.
 * @example
 * ```ts
 * const review = reviewAlerts(study, alerts);
 * review.byDepartment.find((d) => d.department === "marketing_dept")?.escalated;
 * ```
 */
export function reviewAlerts(study: Study, alerts: Iterable<MonitorAlert>): AlertReview {
  const lives = new Map<string, Life>();
  let from: string | null = null;
  let to: string | null = null;
  for (const a of alerts) {
    from ??= a.time;
    to = a.time;
    const t = Date.parse(a.time);
    if (a.action === "raised") {
      lives.set(a.incident, { raisedAt: t, signal: a.signal, post: a.owner?.post, department: a.owner?.department, maxLevel: a.level, resolvedAt: undefined });
      continue;
    }
    const life = lives.get(a.incident);
    if (life === undefined) continue;
    life.maxLevel = Math.max(life.maxLevel, a.level);
    if (a.action === "resolved") life.resolvedAt = t;
  }
  const all = [...lives.values()];
  const byPost = study.organisation.posts.flatMap((p) => {
    const mine = all.filter((l) => l.post === p.id);
    return mine.length === 0 ? [] : [{ post: p.id, department: p.department, ...row(mine) }];
  });
  const byDepartment = study.organisation.departments.flatMap((d) => {
    const mine = all.filter((l) => l.department === d.id);
    return mine.length === 0 ? [] : [{ department: d.id, ...row(mine) }];
  });
  const signals: readonly Signal[] = ["surge", "deadline", "repeat", "dip"];
  const bySignal = signals.flatMap((signal) => {
    const mine = all.filter((l) => l.signal === signal);
    return mine.length === 0 ? [] : [{ signal, ...row(mine) }];
  });
  return { from, to, total: row(all), byPost, byDepartment, bySignal, unrouted: all.filter((l) => l.post === undefined && l.department === undefined).length };
}

const count = () => z.number().check(z.int(), z.gte(0));
const minutes = () => z.nullable(z.number().check(z.gte(0)));
const ROW = { raised: count(), escalated: count(), resolved: count(), open: count(), maxLevel: count(), medianMinutesToResolve: minutes(), meanMinutesToResolve: minutes() };

/** The zod schema of a review as {@link reviewAlerts} returns it and `gaptrace watch --review` writes it. */
export const AlertReviewSchema = z.strictObject({
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  total: z.strictObject(ROW),
  byPost: z.array(z.strictObject({ ...ROW, post: z.string(), department: z.nullable(z.string()) })),
  byDepartment: z.array(z.strictObject({ ...ROW, department: z.string() })),
  bySignal: z.array(z.strictObject({ ...ROW, signal: z.enum(["surge", "deadline", "repeat", "dip"]) })),
  unrouted: count(),
});

/**
 * Read a review back from the JSON `gaptrace watch --review` writes, checked as untrusted input: its shape, and
 * that its posts and departments are the study's (a review of another study's alerts would land on nobody).
 *
 * @param study - the study the alerts were reviewed for.
 * @param text - the file's text.
 * @param options - `file`: the name to locate problems at.
 * @returns the review.
 * @throws ValidationError with `monitor/review-file` problems naming what is wrong and where.
 * @example
 * ```ts
 * const review = readAlertReview(study, readFileSync("review.json", "utf8"), { file: "review.json" });
 * buildReport(study, result, { monitoring: review });
 * ```
 */
export function readAlertReview(study: Study, text: string, options: { readonly file?: string } = {}): AlertReview {
  const at = options.file === undefined ? {} : { location: { file: options.file } };
  const fail = (problems: Problem[]): never => {
    throw new ValidationError(`gaptrace/readAlertReview: ${options.file ?? "the review"} cannot be used.`, problems.map((p) => ({ ...p, ...at })));
  };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return fail([problemFrom(MONITOR_EN, "monitor/review-file", "error", [], { kind: "json", detail: e instanceof Error ? e.message : String(e) })]);
  }
  const parsed = AlertReviewSchema.safeParse(raw, ZOD_ENGLISH);
  if (!parsed.success)
    return fail(parsed.error.issues.slice(0, 10).map((i) => problemFrom(MONITOR_EN, "monitor/review-file", "error", i.path.filter((k): k is string | number => typeof k !== "symbol"), { kind: "shape", detail: `${i.path.join(".") || "(top)"}: ${i.message}` })));
  const review = parsed.data;
  const posts = new Set(study.organisation.posts.map((p) => p.id));
  const departments = new Set(study.organisation.departments.map((d) => d.id));
  const unknown = [
    ...review.byPost.flatMap((r, i) => (posts.has(r.post) ? [] : [problemFrom(MONITOR_EN, "monitor/review-file", "error", ["byPost", i, "post"], { kind: "unknown-id", what: "post", id: r.post })])),
    ...review.byDepartment.flatMap((r, i) => (departments.has(r.department) ? [] : [problemFrom(MONITOR_EN, "monitor/review-file", "error", ["byDepartment", i, "department"], { kind: "unknown-id", what: "department", id: r.department })])),
  ];
  if (unknown.length > 0) fail(unknown);
  return review;
}
