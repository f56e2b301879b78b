/**
 * Where an alert goes: the owner the blueprint gives the cause. A complaint kind maps to the steps that produce
 * it (or the evaluation points it speaks about, or a declared owner); a standard at risk to the post executing
 * the step it governs; a survey question to its evaluation point's step, or, on a customer step, the front-line
 * post handing work to it. Also the checks of the study's monitoring against the study (unknown ids, kinds that
 * reach no post, a ladder whose thresholds do not rise), as problems.
 * @module
 */
import type { Problem } from "../core/problem.js";
import type { Notify } from "../model/monitoring.js";
import type { Study } from "../model/study.js";
import { indexStudy, type StudyIndex } from "../model/index-by-id.js";
import { studyNetworkShared } from "../graph/step-network.js";
import { upstreamIn } from "../graph/walk.js";
import { monitoringRule } from "../study/validate/monitoring.js";

/** The owner an alert is routed to, and the blueprint element that names it. */
export interface AlertOwner {
  /** The owning post, when one is known. */
  readonly post?: string;
  /** The owning department (the post's department, or a department named as owner). */
  readonly department?: string;
  /** What gave the owner: a step, an evaluation point, a standard, or the kind's declared owner. */
  readonly via: { readonly kind: "step" | "point" | "standard" | "declared"; readonly id: string };
}

/** Who one notification reaches: a post, a department (its head), or a role outside the chart. */
export type Recipient = { readonly post: string; readonly department?: string } | { readonly department: string } | { readonly role: string; readonly region?: string };

/** The routes of a study's monitoring, computed once. */
export interface Routes {
  readonly kinds: ReadonlyMap<string, AlertOwner | undefined>;
  readonly standards: ReadonlyMap<string, AlertOwner | undefined>;
  readonly questions: ReadonlyMap<string, AlertOwner | undefined>;
}

function stepOwner(idx: StudyIndex, study: Study, step: string, kind: AlertOwner["via"]["kind"], id: string): AlertOwner | undefined {
  const s = idx.steps.get(step)?.item;
  if (s === undefined) return undefined;
  let post = s.owner;
  if (post === undefined) {
    // A customer step has no owner: the nearest upstream step with one (the front line that serves it) owns it.
    const network = studyNetworkShared(study);
    if (network.find(step) === undefined) return undefined;
    post = upstreamIn(network, step).map((r) => idx.steps.get(r.step)?.item.owner).find((o) => o !== undefined);
  }
  if (post === undefined) return undefined;
  const department = idx.posts.get(post)?.item.department;
  return department === undefined ? { post, via: { kind, id } } : { post, department, via: { kind, id } };
}

/**
 * Route every complaint kind, standard and external perception question of a study to its owner.
 *
 * @param study - the study (its `monitoring` gives the complaint kinds).
 * @returns the owner of each, `undefined` where the blueprint names none.
 * @example
 * ```ts
 * routesOf(study).kinds.get("billing_error"); // { post: "billing_clerk", department: "marketing_dept", via: { kind: "step", id: "pr_bo_settle_arrears" } }
 * ```
 */
export function routesOf(study: Study): Routes {
  const idx = indexStudy(study);
  const kinds = new Map<string, AlertOwner | undefined>();
  for (const k of study.monitoring?.complaintKinds ?? []) {
    let owner: AlertOwner | undefined;
    if (k.owner !== undefined) {
      owner = "post" in k.owner ? stepless(idx, k.owner.post, k.id) : { department: k.owner.department, via: { kind: "declared", id: k.id } };
    }
    for (const s of k.steps) owner ??= stepOwner(idx, study, s, "step", s);
    for (const p of k.points) {
      const step = idx.points.get(p)?.item.step;
      if (step !== undefined) owner ??= stepOwner(idx, study, step, "point", p);
    }
    kinds.set(k.id, owner);
  }
  const standards = new Map<string, AlertOwner | undefined>();
  for (const s of study.standards) {
    const metricStep = idx.metrics.get(s.metric)?.item.step;
    const steps = metricStep !== undefined && s.steps.includes(metricStep) ? [metricStep, ...s.steps] : s.steps;
    let owner: AlertOwner | undefined;
    for (const step of steps) owner ??= stepOwner(idx, study, step, "standard", s.id);
    standards.set(s.id, owner);
  }
  const questions = new Map<string, AlertOwner | undefined>();
  for (const p of study.evaluationPoints) {
    for (const q of p.questions) {
      if (q.audience.kind !== "external" || q.measures !== "perception") continue;
      questions.set(q.id, stepOwner(idx, study, p.step, "point", p.id));
    }
  }
  return { kinds, standards, questions };
}

function stepless(idx: StudyIndex, post: string, kind: string): AlertOwner {
  const department = idx.posts.get(post)?.item.department;
  return department === undefined ? { post, via: { kind: "declared", id: kind } } : { post, department, via: { kind: "declared", id: kind } };
}

/**
 * Who a ladder level notifies for an alert with an owner.
 *
 * @param notify - the level's rule.
 * @param owner - the alert's owner, when known.
 * @param roleText - how a role's label is shown (e.g. `labelText(label, "en")`).
 * @param region - the alert's region, for a role declared `perRegion`.
 * @returns the recipient, or `undefined` when the level names the owner and there is none.
 * @example
 * ```ts
 * recipientOf("owner-department", { post: "billing_clerk", department: "marketing_dept", via }, String); // { department: "marketing_dept" }
 * ```
 */
export function recipientOf(notify: Notify, owner: AlertOwner | undefined, roleText: (l: Extract<Notify, { role: unknown }>["role"]) => string, region?: string): Recipient | undefined {
  if (notify === "owner-post") {
    if (owner?.post !== undefined) return owner.department === undefined ? { post: owner.post } : { post: owner.post, department: owner.department };
    return owner?.department === undefined ? undefined : { department: owner.department };
  }
  if (notify === "owner-department") return owner?.department === undefined ? undefined : { department: owner.department };
  if ("post" in notify) return { post: notify.post };
  if ("department" in notify) return { department: notify.department };
  return notify.perRegion === true && region !== undefined ? { role: roleText(notify.role), region } : { role: roleText(notify.role) };
}

/**
 * Check a study's monitoring against the study: ids it names that the study does not define (errors), complaint
 * kinds that reach no post (warnings), and ladder levels without a rising threshold (errors). The same rule
 * `validateStudy` runs.
 *
 * @param study - the study.
 * @returns the problems, located at paths under `monitoring`; empty when the study declares no monitoring.
 * @example
 * ```ts
 * monitoringProblems(study).filter((p) => p.severity === "error"); // [] for a sound study
 * ```
 */
export function monitoringProblems(study: Study): Problem[] {
  return monitoringRule({ study, index: indexStudy(study) });
}
