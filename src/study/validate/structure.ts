/**
 * Rules about the shape of the process: repeated hand-offs, hand-offs across the line of visibility, disconnected
 * steps, cycles (rework loops are legal and reported as information) and internal raters who are not downstream of
 * the step they rate. These use the graph view, built leniently so they run even when references are broken.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import { leftOutProblems } from "../../graph/step-network.js";
import { connectivityOf, cyclesOf } from "../../graph/cycles.js";
import { internalCustomerPairsIn } from "../../graph/internal-customers.js";
import { lenientNetwork, type RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/** Hand-offs that feed a customer step straight from the back office or support (crossing the line of visibility). */
export function visibility({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.blueprints.forEach((bp, b) =>
    bp.handoffs.forEach((h, i) => {
      const from = index.steps.get(h.from)?.item;
      const to = index.steps.get(h.to)?.item;
      if (from === undefined || to === undefined) return;
      if (to.layer === "customer" && (from.layer === "backoffice" || from.layer === "support"))
        out.push(problemFrom(STUDY_EN, "visibility/backoffice-to-customer", "warning", ["blueprints", b, "handoffs", i], { handoff: { from: h.from, to: h.to }, layer: from.layer }));
      if (h.from === h.to && !h.rework)
        out.push(problemFrom(STUDY_EN, "handoff/self-loop", "warning", ["blueprints", b, "handoffs", i], { step: h.from }));
    }),
  );
  return out;
}

/**
 * Hand-offs declared twice (the same two steps, in the same direction), located at the repeat. Unknown steps and
 * repeated step ids are reported by the reference and id rules, so only the repeated hand-offs are kept here.
 */
export function duplicateHandoffs(ctx: RuleContext): Problem[] {
  return leftOutProblems(lenientNetwork(ctx)).filter((p) => p.code === "graph/duplicate-handoff");
}

/** Steps with no hand-off, blueprints in pieces, and cycles (information). */
export function connectivityAndCycles(ctx: RuleContext): Problem[] {
  const { study } = ctx;
  const out: Problem[] = [];
  const { network } = lenientNetwork(ctx);
  const bpIndex = new Map(study.blueprints.map((bp, b) => [bp.theme, b] as const));
  for (const d of connectivityOf(study, network)) {
    const b = bpIndex.get(d.theme) ?? 0;
    for (const s of d.isolated) {
      const i = study.blueprints[b]?.steps.findIndex((x) => x.id === s) ?? -1;
      out.push(problemFrom(STUDY_EN, "graph/isolated-step", "warning", i >= 0 ? ["blueprints", b, "steps", i] : ["blueprints", b], { step: s, theme: d.theme }));
    }
    if (d.components > 1)
      out.push(problemFrom(STUDY_EN, "graph/disconnected", "warning", ["blueprints", b, "handoffs"], { theme: d.theme, parts: d.components }));
  }
  for (const c of cyclesOf(network)) {
    const first = network.find(c.steps[0] ?? "");
    const theme = first !== undefined ? network.theme(first) : undefined;
    const b = theme === undefined ? undefined : bpIndex.get(theme);
    out.push(
      problemFrom(STUDY_EN, 
        "graph/cycle",
        "info",
        b === undefined ? [] : ["blueprints", b, "handoffs"],
        { steps: c.steps, rework: c.onlyThroughRework },
      ),
    );
  }
  return out;
}

/** Internal questions whose rater post is not downstream of the step it rates. */
export function internalRaters(ctx: RuleContext): Problem[] {
  const { study, index } = ctx;
  const out: Problem[] = [];
  const { network } = lenientNetwork(ctx);
  const owns = (post: string): boolean => study.blueprints.some((bp) => bp.steps.some((s) => s.owner === post || s.contributors.includes(post)));
  for (const pair of internalCustomerPairsIn(study, network)) {
    if (pair.raterIsDownstream || !index.posts.has(pair.rater) || !index.steps.has(pair.ratedStep)) continue;
    const located = index.points.get(pair.point);
    if (located === undefined) continue;
    for (const qid of pair.questions) {
      const j = located.item.questions.findIndex((q) => q.id === qid);
      out.push(
        problemFrom(STUDY_EN, 
          "internal/rater-not-downstream",
          "error",
          [...located.path, "questions", j, "audience", "rater"],
          { question: qid, post: pair.rater, step: pair.ratedStep, ownStep: pair.ratedOwner === pair.rater, ownsNoStep: !owns(pair.rater) },
        ),
      );
    }
  }
  return out;
}
