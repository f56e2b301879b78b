/**
 * Rules about ids: duplicates, and references to things that are not defined.
 * @module
 */
import type { IdKind, RefSubject } from "../../core/messages/problem-codes.js";
import type { DocPath, Problem } from "../../core/problem.js";
import type { RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/** The duplicate code of each kind of id. */
const DUP_CODE = {
  department: "dup/department",
  post: "dup/post",
  person: "dup/person",
  need: "dup/need",
  "service item": "dup/service-item",
  theme: "dup/theme",
  step: "dup/step",
  event: "dup/event",
  metric: "dup/metric",
  standard: "dup/standard",
  "evaluation point": "dup/evaluation-point",
  question: "dup/question",
} as const satisfies Record<IdKind, string>;

/** The unknown-reference code of each kind of id a study refers to. */
const REF_CODE = {
  department: "ref/unknown-department",
  post: "ref/unknown-post",
  need: "ref/unknown-need",
  "service item": "ref/unknown-service-item",
  theme: "ref/unknown-theme",
  step: "ref/unknown-step",
  event: "ref/unknown-event",
  metric: "ref/unknown-metric",
  "evaluation point": "ref/unknown-evaluation-point",
  question: "ref/unknown-question",
} as const;

function isIdKind(kind: string): kind is IdKind {
  return Object.prototype.hasOwnProperty.call(DUP_CODE, kind);
}

/** Duplicate ids, of any kind. */
export function duplicateIds({ index }: RuleContext): Problem[] {
  // The index names every kind with an IdKind word, so the filter only narrows the type.
  return index.duplicates.flatMap((d) => (isIdKind(d.kind) ? [problemFrom(STUDY_EN, DUP_CODE[d.kind], "error", d.path, { id: d.id, first: d.first })] : []));
}

/** Every reference to a department, post, need, item, theme, step, event, metric, question or evaluation point resolves. */
export function unknownReferences({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  const ref = (kind: keyof typeof REF_CODE, map: ReadonlyMap<string, unknown>, id: string | undefined, path: DocPath, subject: RefSubject): void => {
    if (id === undefined || map.has(id)) return;
    out.push(problemFrom(STUDY_EN, REF_CODE[kind], "error", path, { subject, id }));
  };
  study.organisation.posts.forEach((p, i) => {
    if (!index.departments.has(p.department))
      out.push(problemFrom(STUDY_EN, "post/no-department", "error", ["organisation", "posts", i, "department"], { post: p.id, department: p.department }));
  });
  study.organisation.persons.forEach((p, i) => ref("post", index.posts, p.post, ["organisation", "persons", i, "post"], { kind: "person", id: p.id }));
  study.themeMap.items.forEach((it, i) => it.needs.forEach((n, j) => ref("need", index.needs, n, ["themeMap", "items", i, "needs", j], { kind: "service item", id: it.id })));
  study.themeMap.themes.forEach((t, i) => t.items.forEach((n, j) => ref("service item", index.items, n, ["themeMap", "themes", i, "items", j], { kind: "theme", id: t.id })));
  const seenThemes = new Map<string, number>();
  study.blueprints.forEach((bp, b) => {
    ref("theme", index.themes, bp.theme, ["blueprints", b, "theme"], { kind: "blueprint", index: b });
    const first = seenThemes.get(bp.theme);
    if (first !== undefined) out.push(problemFrom(STUDY_EN, "dup/blueprint", "error", ["blueprints", b, "theme"], { theme: bp.theme, first }));
    else seenThemes.set(bp.theme, b);
    const local = new Set(bp.steps.map((s) => s.id));
    bp.steps.forEach((s, i) => {
      const step: RefSubject = { kind: "step", id: s.id };
      ref("post", index.posts, s.owner, ["blueprints", b, "steps", i, "owner"], step);
      s.contributors.forEach((c, j) => ref("post", index.posts, c, ["blueprints", b, "steps", i, "contributors", j], step));
      s.reach?.forEach((pt, j) => ref("evaluation point", index.points, pt, ["blueprints", b, "steps", i, "reach", j], { kind: "step", id: s.id, part: "reach" }));
    });
    bp.handoffs.forEach((h, i) => {
      for (const end of ["from", "to"] as const) {
        const id = h[end];
        if (local.has(id)) continue;
        const elsewhere = index.steps.get(id);
        const handoff = { from: h.from, to: h.to };
        out.push(
          elsewhere === undefined
            ? problemFrom(STUDY_EN, "ref/unknown-step", "error", ["blueprints", b, "handoffs", i, end], { handoff, id })
            : problemFrom(STUDY_EN, "ref/step-in-other-blueprint", "error", ["blueprints", b, "handoffs", i, end], { handoff, step: id, theme: elsewhere.theme }),
        );
      }
    });
  });
  study.events.forEach((e, i) => ref("step", index.steps, e.step, ["events", i, "step"], { kind: "event", id: e.id }));
  study.metrics.forEach((m, i) => {
    ref("step", index.steps, m.step, ["metrics", i, "step"], { kind: "metric", id: m.id });
    if (m.clock !== undefined) {
      const clock: RefSubject = { kind: "metric", id: m.id, part: "clock" };
      ref("event", index.events, m.clock.start, ["metrics", i, "clock", "start"], clock);
      ref("event", index.events, m.clock.stop, ["metrics", i, "clock", "stop"], clock);
    }
    ref("event", index.events, m.unfinished?.end, ["metrics", i, "unfinished", "end"], { kind: "metric", id: m.id, part: "unfinished" });
  });
  study.standards.forEach((s, i) => {
    const who: RefSubject = { kind: "standard", id: s.id };
    ref("metric", index.metrics, s.metric, ["standards", i, "metric"], who);
    if (s.clock !== undefined) {
      const clock: RefSubject = { kind: "standard", id: s.id, part: "clock" };
      ref("event", index.events, s.clock.start, ["standards", i, "clock", "start"], clock);
      ref("event", index.events, s.clock.stop, ["standards", i, "clock", "stop"], clock);
    }
    ref("event", index.events, s.unfinished?.end, ["standards", i, "unfinished", "end"], { kind: "standard", id: s.id, part: "unfinished" });
    if ("post" in s.owner) ref("post", index.posts, s.owner.post, ["standards", i, "owner", "post"], who);
    else ref("department", index.departments, s.owner.department, ["standards", i, "owner", "department"], who);
    s.steps.forEach((st, j) => ref("step", index.steps, st, ["standards", i, "steps", j], who));
    s.reach?.forEach((pt, j) => ref("evaluation point", index.points, pt, ["standards", i, "reach", j], { kind: "standard", id: s.id, part: "reach" }));
  });
  study.evaluationPoints.forEach((pt, p) => {
    ref("step", index.steps, pt.step, ["evaluationPoints", p, "step"], { kind: "evaluation point", id: pt.id });
    pt.questions.forEach((q, j) => {
      const at: DocPath = ["evaluationPoints", p, "questions", j];
      const who: RefSubject = { kind: "question", id: q.id };
      if (q.audience.kind === "internal") ref("post", index.posts, q.audience.rater, [...at, "audience", "rater"], who);
      ref("metric", index.metrics, q.metric, [...at, "metric"], who);
      if (q.clock !== undefined) {
        const clock: RefSubject = { kind: "question", id: q.id, part: "clock" };
        ref("event", index.events, q.clock.start, [...at, "clock", "start"], clock);
        ref("event", index.events, q.clock.stop, [...at, "clock", "stop"], clock);
      }
      ref("question", index.questions, q.pairs, [...at, "pairs"], who);
    });
  });
  return out;
}
