/**
 * Rules about the shape of the process: hand-offs across the line of visibility, disconnected steps, cycles
 * (rework loops are legal and reported as information) and internal raters who are not downstream of the step
 * they rate. These use the graph view, built leniently so they run even when references are broken.
 * @module
 */
import { problem, type Problem } from "../../core/problem.js";
import { buildStudyGraphLenient } from "../../graph/build.js";
import { findCycles, disconnectedSteps } from "../../graph/cycles.js";
import { downstreamOf } from "../../graph/traverse.js";
import { stepKey } from "../../graph/ids.js";
import type { RuleContext } from "./context.js";

/** Hand-offs that feed a customer step straight from the back office or support (crossing the line of visibility). */
export function visibility({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.blueprints.forEach((bp, b) =>
    bp.handoffs.forEach((h, i) => {
      const from = index.steps.get(h.from)?.item;
      const to = index.steps.get(h.to)?.item;
      if (from === undefined || to === undefined) return;
      if (to.layer === "customer" && (from.layer === "backoffice" || from.layer === "support"))
        out.push(problem("visibility/backoffice-to-customer", "warning", ["blueprints", b, "handoffs", i], `Hand-off ${JSON.stringify(h.from)} (${from.layer}) → ${JSON.stringify(h.to)} (customer) crosses the line of visibility: the customer is served straight from the ${from.layer === "support" ? "support layer" : "back office"}.`, "If a front-line post really passes this on (a call, an SMS, a visit), model that front-line step; otherwise confirm the back office meets the customer directly."));
      if (h.from === h.to && !h.rework)
        out.push(problem("handoff/self-loop", "warning", ["blueprints", b, "handoffs", i], `Hand-off from step ${JSON.stringify(h.from)} to itself.`, "Mark it rework: true if the step repeats, or remove it."));
    }),
  );
  return out;
}

/** Steps with no hand-off, blueprints in pieces, and cycles (information). */
export function connectivityAndCycles({ study }: RuleContext): Problem[] {
  const out: Problem[] = [];
  const { graph } = buildStudyGraphLenient(study);
  const bpIndex = new Map(study.blueprints.map((bp, b) => [bp.theme, b] as const));
  for (const d of disconnectedSteps(study, graph)) {
    const b = bpIndex.get(d.theme) ?? 0;
    for (const s of d.isolated) {
      const i = study.blueprints[b]?.steps.findIndex((x) => x.id === s) ?? -1;
      out.push(problem("graph/isolated-step", "warning", i >= 0 ? ["blueprints", b, "steps", i] : ["blueprints", b], `Step ${JSON.stringify(s)} in theme ${JSON.stringify(d.theme)} has no hand-off to or from any other step.`, "Connect it with a hand-off, or remove it if it is not part of the process."));
    }
    if (d.components > 1)
      out.push(problem("graph/disconnected", "warning", ["blueprints", b, "handoffs"], `The blueprint of theme ${JSON.stringify(d.theme)} falls into ${d.components} unconnected parts.`, "Add the hand-offs that join the parts; tracing upstream cannot cross a gap in the process."));
  }
  for (const c of findCycles(graph)) {
    const steps = c.steps.map((s) => JSON.stringify(s)).join(" → ");
    const first = stepKey(c.steps[0] ?? "");
    const theme = graph.hasNode(first) ? graph.getNodeAttribute(first, "theme") : undefined;
    const b = theme === undefined ? undefined : bpIndex.get(theme);
    out.push(
      problem(
        "graph/cycle",
        "info",
        b === undefined ? [] : ["blueprints", b, "handoffs"],
        c.onlyThroughRework
          ? `Rework loop over ${steps}.`
          : `Loop over ${steps} with no hand-off marked as rework.`,
        c.onlyThroughRework
          ? "Nothing to do: rework loops are legal; upstream tracing does not follow rework hand-offs."
          : "If this is a rework loop, mark the hand-off that goes back with rework: true so upstream tracing knows which way is upstream.",
      ),
    );
  }
  return out;
}

/** Internal questions whose rater post is not downstream of the step it rates. */
export function internalRaters({ study, index }: RuleContext): Problem[] {
  const out: Problem[] = [];
  const { graph } = buildStudyGraphLenient(study);
  const stepsOfPost = new Map<string, Set<string>>();
  for (const bp of study.blueprints)
    for (const s of bp.steps)
      for (const p of [s.owner, ...s.contributors]) {
        if (p === undefined) continue;
        let set = stepsOfPost.get(p);
        if (set === undefined) stepsOfPost.set(p, (set = new Set()));
        set.add(s.id);
      }
  study.evaluationPoints.forEach((pt, p) => {
    if (!graph.hasNode(stepKey(pt.step))) return;
    const down = new Set(downstreamOf(graph, pt.step).map((d) => d.step));
    pt.questions.forEach((q, j) => {
      if (q.audience.kind !== "internal" || !index.posts.has(q.audience.rater)) return;
      const rater = q.audience.rater;
      const mine = stepsOfPost.get(rater) ?? new Set<string>();
      if ([...mine].some((s) => down.has(s))) return;
      const ratedOwner = index.steps.get(pt.step)?.item.owner;
      out.push(
        problem(
          "internal/rater-not-downstream",
          "error",
          ["evaluationPoints", p, "questions", j, "audience", "rater"],
          ratedOwner === rater && mine.size > 0 && ![...mine].some((s) => down.has(s))
            ? `Question ${JSON.stringify(q.id)} asks post ${JSON.stringify(rater)} to rate its own step ${JSON.stringify(pt.step)}; an internal customer rates the upstream support it receives.`
            : `Question ${JSON.stringify(q.id)} asks post ${JSON.stringify(rater)} to rate step ${JSON.stringify(pt.step)}, but no step of that post is downstream of it${mine.size === 0 ? " (the post owns or contributes to no step)" : ""}.`,
          "Ask a post that owns or contributes to a step downstream of the rated step (its internal customer), or add the missing hand-off.",
        ),
      );
    });
  });
  return out;
}
