/**
 * The study's monitoring (complaint kinds, escalation ladder) checked against the study: ids it names that the
 * study does not define (errors), complaint kinds whose alerts would reach no post (warnings), and ladder levels
 * whose thresholds are missing or do not rise (errors). The monitor (`gaptrace/monitor`) refuses a study with
 * these errors; `validateStudy` reports them with the rest.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import { upstreamIn } from "../../graph/walk.js";
import { lenientNetwork, type RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

type RefKind = "step" | "point" | "post" | "department";

/** Whether a step has an owner, or (a customer step) some upstream step has one to serve it. */
function owned(ctx: RuleContext, step: string): boolean {
  const s = ctx.index.steps.get(step)?.item;
  if (s === undefined) return false;
  if (s.owner !== undefined) return true;
  // The rules' lenient network: the strict graph throws for a study with a dangling hand-off, which validation must
  // report, not throw.
  const { network } = lenientNetwork(ctx);
  return network.find(step) !== undefined && upstreamIn(network, step).some((r) => ctx.index.steps.get(r.step)?.item.owner !== undefined);
}

/**
 * The monitoring rule of `validateStudy`.
 *
 * @param ctx - the study and its index.
 * @returns the problems, at paths under `monitoring`; none when the study declares no monitoring.
 * @example
 * ```ts
 * monitoringRule({ study, index: indexStudy(study) }); // [] for the bundled power-utility study
 * ```
 */
export function monitoringRule(ctx: RuleContext): Problem[] {
  const m = ctx.study.monitoring;
  if (m === undefined) return [];
  const idx = ctx.index;
  const out: Problem[] = [];
  const ref = (path: (string | number)[], kind: RefKind, id: string, known: boolean): void => {
    if (!known) out.push(problemFrom(STUDY_EN, "monitor/unknown-ref", "error", ["monitoring", ...path], { at: path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join(""), kind, id }));
  };
  m.complaintKinds.forEach((k, i) => {
    k.steps.forEach((s, j) => ref(["complaintKinds", i, "steps", j], "step", s, idx.steps.has(s)));
    k.points.forEach((p, j) => ref(["complaintKinds", i, "points", j], "point", p, idx.points.has(p)));
    const o = k.owner;
    if (o !== undefined && "post" in o) ref(["complaintKinds", i, "owner", "post"], "post", o.post, idx.posts.has(o.post));
    if (o !== undefined && "department" in o) ref(["complaintKinds", i, "owner", "department"], "department", o.department, idx.departments.has(o.department));
    const reaches = o !== undefined || k.steps.some((s) => owned(ctx, s)) || k.points.some((p) => owned(ctx, idx.points.get(p)?.item.step ?? ""));
    if (!reaches) out.push(problemFrom(STUDY_EN, "monitor/no-owner", "warning", ["monitoring", "complaintKinds", i], { kind: k.id }));
  });
  let before = { count: 0, minutes: 0 };
  m.ladder.forEach((level, i) => {
    const n = level.notify;
    if (typeof n === "object" && "post" in n) ref(["ladder", i, "notify", "post"], "post", n.post, idx.posts.has(n.post));
    if (typeof n === "object" && "department" in n) ref(["ladder", i, "notify", "department"], "department", n.department, idx.departments.has(n.department));
    if (i === 0) return;
    const count = level.after?.count;
    const minutes = level.after?.minutes;
    if ((count === undefined && minutes === undefined) || (count ?? Infinity) < before.count || (minutes ?? Infinity) < before.minutes) {
      out.push(problemFrom(STUDY_EN, "monitor/ladder-threshold", "error", ["monitoring", "ladder", i, "after"], { level: level.id, index: i }));
    }
    before = { count: count ?? before.count, minutes: minutes ?? before.minutes };
  });
  return out;
}
