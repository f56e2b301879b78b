/**
 * The study's targets checked against the study (issue 15: one owner per indicator): ids the targets name that the
 * study does not define (errors, with the nearest id), duplicate indicators and top targets (errors), indicators
 * that aggregate no rated point (errors), and the accountability problems the method warns about (warnings): an
 * indicator with no owner or several, indicators that overlap (shared points, or owners that cross over the same
 * posts' work), and targets no owner accepted (handed down one way, 单向下达).
 * @module
 */
import { nearMiss } from "../../core/near.js";
import type { Problem } from "../../core/problem.js";
import type { Indicator, IndicatorOwner } from "../../model/targets.js";
import type { EvaluationPoint, Study } from "../../model/study.js";
import type { RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

type Kind = "point" | "theme" | "post" | "department" | "person-or-post";

/** Whether a point has a customer perception question on a rating scale other than an overall question. */
function ratedByCustomers(p: EvaluationPoint): boolean {
  return p.questions.some((q) => q.audience.kind === "external" && q.measures === "perception" && !q.overall && q.scale.type !== "numeric");
}

/**
 * The evaluation points an indicator aggregates: those it lists, then every point of the themes it lists, each once,
 * in that order; only points customers rate on a rating scale, and not overall-satisfaction points (the top target
 * is the overall index; an indicator is one of its parts).
 *
 * @param study - the study.
 * @param indicator - the indicator.
 * @returns the point ids (unknown ids left out).
 * @example
 * ```ts
 * indicatorPoints(study, study.targets.indicators[0]); // ["ep_or_arrival", "ep_or_restore"]
 * ```
 */
export function indicatorPoints(study: Study, indicator: Indicator): string[] {
  const byId = new Map(study.evaluationPoints.map((p) => [p.id, p] as const));
  const out: string[] = [];
  const add = (id: string): void => {
    const p = byId.get(id);
    if (p !== undefined && ratedByCustomers(p) && !out.includes(id)) out.push(id);
  };
  indicator.points.forEach(add);
  for (const theme of indicator.themes) {
    const steps = new Set(study.blueprints.filter((b) => b.theme === theme).flatMap((b) => b.steps.map((s) => s.id)));
    for (const p of study.evaluationPoints) if (steps.has(p.step) && ratedByCustomers(p)) add(p.id);
  }
  return out;
}

/** An owner as one id (`post` or `department`). */
export function ownerId(o: IndicatorOwner): string {
  return "post" in o ? o.post : o.department;
}

/**
 * Whether an acceptance was given by the indicator's owner: the owner post, a person in it, or (a department owner)
 * a post or a person of that department.
 *
 * @param study - the study.
 * @param owners - the indicator's owners.
 * @param by - who accepted (a person or post id).
 * @returns true when `by` speaks for one of the owners.
 * @example
 * ```ts
 * acceptedByOwner(study, [{ post: "hall_manager" }], "wang_fang"); // true when 王芳 holds the post
 * ```
 */
export function acceptedByOwner(study: Study, owners: readonly IndicatorOwner[], by: string): boolean {
  const person = study.organisation.persons.find((p) => p.id === by);
  const post = person?.post ?? by;
  const dept = study.organisation.posts.find((p) => p.id === post)?.department;
  return owners.some((o) => ("post" in o ? o.post === post : o.department === dept || o.department === by));
}

/**
 * The targets rule of `validateStudy`.
 *
 * @param ctx - the study and its index.
 * @returns the problems, at paths under `targets`; none when the study declares no targets.
 * @example
 * ```ts
 * targetsRule({ study, index: indexStudy(study) }); // [] for a study without targets
 * ```
 */
export function targetsRule(ctx: RuleContext): Problem[] {
  const t = ctx.study.targets;
  if (t === undefined) return [];
  return [...references(ctx), ...duplicates(ctx), ...accountability(ctx)];
}

function references(ctx: RuleContext): Problem[] {
  const { index, study } = ctx;
  const out: Problem[] = [];
  const known: Record<Kind, Iterable<string>> = {
    point: index.points.keys(),
    theme: index.themes.keys(),
    post: index.posts.keys(),
    department: index.departments.keys(),
    "person-or-post": [...index.persons.keys(), ...index.posts.keys()],
  };
  const has = (kind: Kind, id: string): boolean =>
    kind === "person-or-post" ? index.persons.has(id) || index.posts.has(id) : (kind === "point" ? index.points : kind === "theme" ? index.themes : kind === "post" ? index.posts : index.departments).has(id);
  const ref = (path: (string | number)[], kind: Kind, id: string): void => {
    if (has(kind, id)) return;
    const at = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
    out.push(problemFrom(STUDY_EN, "target/unknown-ref", "error", ["targets", ...path], { at, kind, id, near: nearMiss(id, [...known[kind]]) ?? null }));
  };
  const t = study.targets;
  if (t === undefined) return out;
  t.top.forEach((top, i) => {
    if (top.theme !== undefined) ref(["top", i, "theme"], "theme", top.theme);
  });
  t.indicators.forEach((ind, i) => {
    ind.points.forEach((p, j) => ref(["indicators", i, "points", j], "point", p));
    ind.themes.forEach((th, j) => ref(["indicators", i, "themes", j], "theme", th));
    ind.owners.forEach((o, j) => ("post" in o ? ref(["indicators", i, "owners", j, "post"], "post", o.post) : ref(["indicators", i, "owners", j, "department"], "department", o.department)));
    ind.accepted.forEach((a, j) => ref(["indicators", i, "accepted", j, "by"], "person-or-post", a.by));
  });
  return out;
}

function duplicates(ctx: RuleContext): Problem[] {
  const { study } = ctx;
  const t = study.targets;
  if (t === undefined) return [];
  const out: Problem[] = [];
  const firstInd = new Map<string, number>();
  t.indicators.forEach((ind, i) => {
    const first = firstInd.get(ind.id);
    if (first !== undefined) out.push(problemFrom(STUDY_EN, "target/dup-indicator", "error", ["targets", "indicators", i, "id"], { id: ind.id, first }));
    else firstInd.set(ind.id, i);
    if (indicatorPoints(study, ind).length === 0 && ind.points.every((p) => ctx.index.points.has(p)) && ind.themes.every((th) => ctx.index.themes.has(th)))
      out.push(problemFrom(STUDY_EN, "target/empty-indicator", "error", ["targets", "indicators", i], { indicator: ind.id }));
  });
  const firstTop = new Map<string, number>();
  t.top.forEach((top, i) => {
    const key = `${top.theme ?? ""}\u0000${top.wave}`;
    const first = firstTop.get(key);
    if (first !== undefined) out.push(problemFrom(STUDY_EN, "target/dup-top", "error", ["targets", "top", i], { theme: top.theme ?? null, wave: top.wave, first }));
    else firstTop.set(key, i);
    const themes = top.theme === undefined ? study.blueprints.map((b) => b.theme) : [top.theme];
    const withOverall = themes.filter((th) => {
      const steps = new Set(study.blueprints.filter((b) => b.theme === th).flatMap((b) => b.steps.map((s) => s.id)));
      return study.evaluationPoints.some((p) => steps.has(p.step) && p.questions.some((q) => q.overall && q.audience.kind === "external"));
    });
    if (withOverall.length === 0 && (top.theme === undefined || ctx.index.themes.has(top.theme)))
      out.push(problemFrom(STUDY_EN, "target/no-overall", "warning", ["targets", "top", i], { theme: top.theme ?? null }));
  });
  return out;
}

/** The posts doing the work behind an indicator: the owners and contributors of its points' steps. */
function postsBehind(ctx: RuleContext, points: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of points) {
    const step = ctx.index.steps.get(ctx.index.points.get(id)?.item.step ?? "")?.item;
    if (step?.owner !== undefined) out.add(step.owner);
    for (const c of step?.contributors ?? []) out.add(c);
  }
  return out;
}

function accountability(ctx: RuleContext): Problem[] {
  const { study } = ctx;
  const inds = study.targets?.indicators ?? [];
  const out: Problem[] = [];
  const points = inds.map((ind) => indicatorPoints(study, ind));
  inds.forEach((ind, i) => {
    const owners = ind.owners.map(ownerId);
    if (owners.length === 0) out.push(problemFrom(STUDY_EN, "target/no-owner", "warning", ["targets", "indicators", i, "owners"], { indicator: ind.id }));
    if (new Set(owners).size > 1) out.push(problemFrom(STUDY_EN, "target/several-owners", "warning", ["targets", "indicators", i, "owners"], { indicator: ind.id, owners: [...new Set(owners)] }));
    if (!ind.accepted.some((a) => acceptedByOwner(study, ind.owners, a.by)))
      out.push(problemFrom(STUDY_EN, "target/not-accepted", "warning", ["targets", "indicators", i, "accepted"], { indicator: ind.id, owners, by: ind.accepted.map((a) => a.by) }));
    for (let j = i + 1; j < inds.length; j++) {
      const other = inds[j] as Indicator;
      const mine = points[i] ?? [];
      const theirs = new Set(points[j] ?? []);
      const shared = mine.filter((p) => theirs.has(p));
      if (shared.length > 0) {
        out.push(problemFrom(STUDY_EN, "target/overlap", "warning", ["targets", "indicators", j], { indicator: ind.id, other: other.id, via: "points", shared }));
        continue;
      }
      const sameOwners = owners.length > 0 && [...new Set(owners)].sort().join("\u0000") === [...new Set(other.owners.map(ownerId))].sort().join("\u0000");
      if (sameOwners) continue;
      const behind = postsBehind(ctx, points[j] ?? []);
      const crossing = [...postsBehind(ctx, mine)].filter((p) => behind.has(p)).sort();
      if (crossing.length > 0) out.push(problemFrom(STUDY_EN, "target/overlap", "warning", ["targets", "indicators", j], { indicator: ind.id, other: other.id, via: "posts", shared: crossing }));
    }
  });
  return out;
}
