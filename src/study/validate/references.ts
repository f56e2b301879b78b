/**
 * Rules about ids: duplicates, and references to things that are not defined.
 * @module
 */
import { problem, type DocPath, type Problem } from "../../core/problem.js";
import { formatPath } from "../../core/problem.js";
import type { RuleContext } from "./context.js";

/** Duplicate ids, of any kind. */
export function duplicateIds({ index }: RuleContext): Problem[] {
  return index.duplicates.map((d) =>
    problem(
      `dup/${d.kind.replace(/ /g, "-")}`,
      "error",
      d.path,
      `The ${d.kind} id ${JSON.stringify(d.id)} is defined twice (first at ${formatPath(d.first)}).`,
      `Give each ${d.kind} its own id${d.kind === "step" || d.kind === "question" ? " (unique across the whole study)" : ""}.`,
    ),
  );
}

/** Every reference to a department, post, need, item, theme, step, event, metric, question or evaluation point resolves. */
export function unknownReferences({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  const ref = (kind: string, map: ReadonlyMap<string, unknown>, id: string | undefined, path: DocPath, what: string, where: string): void => {
    if (id === undefined || map.has(id)) return;
    out.push(
      problem(
        `ref/unknown-${kind.replace(/ /g, "-")}`,
        "error",
        path,
        `${what} names ${kind} ${JSON.stringify(id)}, which is not defined.`,
        `Define the ${kind} under ${where}, or correct the id.`,
      ),
    );
  };
  const D = "organisation.departments", P = "organisation.posts", S = "blueprints[].steps", E = "events", M = "metrics", EP = "evaluationPoints";
  study.organisation.posts.forEach((p, i) => {
    if (!index.departments.has(p.department))
      out.push(problem("post/no-department", "error", ["organisation", "posts", i, "department"], `Post ${JSON.stringify(p.id)} is in department ${JSON.stringify(p.department)}, which is not defined, so it is in no department.`, `Define the department under ${D}, or correct the id.`));
  });
  study.organisation.persons.forEach((p, i) => ref("post", index.posts, p.post, ["organisation", "persons", i, "post"], `Person ${JSON.stringify(p.id)}`, P));
  study.themeMap.items.forEach((it, i) => it.needs.forEach((n, j) => ref("need", index.needs, n, ["themeMap", "items", i, "needs", j], `Service item ${JSON.stringify(it.id)}`, "themeMap.needs")));
  study.themeMap.themes.forEach((t, i) => t.items.forEach((n, j) => ref("service item", index.items, n, ["themeMap", "themes", i, "items", j], `Theme ${JSON.stringify(t.id)}`, "themeMap.items")));
  const seenThemes = new Map<string, number>();
  study.blueprints.forEach((bp, b) => {
    ref("theme", index.themes, bp.theme, ["blueprints", b, "theme"], `Blueprint ${b}`, "themeMap.themes");
    const first = seenThemes.get(bp.theme);
    if (first !== undefined)
      out.push(problem("dup/blueprint", "error", ["blueprints", b, "theme"], `Theme ${JSON.stringify(bp.theme)} has a second blueprint (the first is blueprints[${first}]).`, "Merge the two blueprints: a theme has one full-process blueprint."));
    else seenThemes.set(bp.theme, b);
    const local = new Set(bp.steps.map((s) => s.id));
    bp.steps.forEach((s, i) => {
      ref("post", index.posts, s.owner, ["blueprints", b, "steps", i, "owner"], `Step ${JSON.stringify(s.id)}`, P);
      s.contributors.forEach((c, j) => ref("post", index.posts, c, ["blueprints", b, "steps", i, "contributors", j], `Step ${JSON.stringify(s.id)}`, P));
      s.reach?.forEach((pt, j) => ref("evaluation point", index.points, pt, ["blueprints", b, "steps", i, "reach", j], `The reach of step ${JSON.stringify(s.id)}`, EP));
    });
    bp.handoffs.forEach((h, i) => {
      for (const end of ["from", "to"] as const) {
        const id = h[end];
        if (local.has(id)) continue;
        const elsewhere = index.steps.get(id);
        out.push(
          elsewhere === undefined
            ? problem("ref/unknown-step", "error", ["blueprints", b, "handoffs", i, end], `Hand-off ${JSON.stringify(h.from)} → ${JSON.stringify(h.to)} names step ${JSON.stringify(id)}, which is not defined.`, `Define the step in this blueprint's steps, or correct the id.`)
            : problem("ref/step-in-other-blueprint", "error", ["blueprints", b, "handoffs", i, end], `Hand-off ${JSON.stringify(h.from)} → ${JSON.stringify(h.to)} names step ${JSON.stringify(id)} of theme ${JSON.stringify(elsewhere.theme)}; a hand-off stays inside one blueprint.`, "Model the shared work as a step in each theme's blueprint (posts are shared across themes, steps are not)."),
        );
      }
    });
  });
  study.events.forEach((e, i) => ref("step", index.steps, e.step, ["events", i, "step"], `Event ${JSON.stringify(e.id)}`, S));
  study.metrics.forEach((m, i) => {
    ref("step", index.steps, m.step, ["metrics", i, "step"], `Metric ${JSON.stringify(m.id)}`, S);
    if (m.clock !== undefined) {
      ref("event", index.events, m.clock.start, ["metrics", i, "clock", "start"], `Metric ${JSON.stringify(m.id)}'s clock`, E);
      ref("event", index.events, m.clock.stop, ["metrics", i, "clock", "stop"], `Metric ${JSON.stringify(m.id)}'s clock`, E);
    }
  });
  study.standards.forEach((s, i) => {
    const who = `Standard ${JSON.stringify(s.id)}`;
    ref("metric", index.metrics, s.metric, ["standards", i, "metric"], who, M);
    if (s.clock !== undefined) {
      ref("event", index.events, s.clock.start, ["standards", i, "clock", "start"], `${who}'s clock`, E);
      ref("event", index.events, s.clock.stop, ["standards", i, "clock", "stop"], `${who}'s clock`, E);
    }
    if ("post" in s.owner) ref("post", index.posts, s.owner.post, ["standards", i, "owner", "post"], who, P);
    else ref("department", index.departments, s.owner.department, ["standards", i, "owner", "department"], who, D);
    s.steps.forEach((st, j) => ref("step", index.steps, st, ["standards", i, "steps", j], who, S));
    s.reach?.forEach((pt, j) => ref("evaluation point", index.points, pt, ["standards", i, "reach", j], `The reach of standard ${JSON.stringify(s.id)}`, EP));
  });
  study.evaluationPoints.forEach((pt, p) => {
    ref("step", index.steps, pt.step, ["evaluationPoints", p, "step"], `Evaluation point ${JSON.stringify(pt.id)}`, S);
    pt.questions.forEach((q, j) => {
      const at: DocPath = ["evaluationPoints", p, "questions", j];
      const who = `Question ${JSON.stringify(q.id)}`;
      if (q.audience.kind === "internal") ref("post", index.posts, q.audience.rater, [...at, "audience", "rater"], who, P);
      ref("metric", index.metrics, q.metric, [...at, "metric"], who, M);
      if (q.clock !== undefined) {
        ref("event", index.events, q.clock.start, [...at, "clock", "start"], `${who}'s clock`, E);
        ref("event", index.events, q.clock.stop, [...at, "clock", "stop"], `${who}'s clock`, E);
      }
      ref("question", index.questions, q.pairs, [...at, "pairs"], who, "evaluationPoints[].questions");
    });
  });
  return out;
}
