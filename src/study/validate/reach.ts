/**
 * Rules about declared reach (影响范围): a step or standard lists each evaluation point once, and only points the
 * trace can actually reach it from, i.e. points at its step or downstream of it through hand-offs (rework
 * hand-offs not followed). Unknown point ids are reported with the other unknown references.
 * @module
 */
import type { DocPath, Problem } from "../../core/problem.js";
import type { StepNetwork } from "../../graph/step-network.js";
import { downstreamIn } from "../../graph/walk.js";
import { lenientNetwork, type RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/** The steps a step can affect: itself and every step downstream of it (rework not followed). */
function atOrDownstream(network: StepNetwork, stepId: string): Set<string> {
  return new Set([stepId, ...downstreamIn(network, stepId).map((r) => r.step)]);
}

/** Duplicate points in a reach list (warnings). */
function duplicates(reach: readonly string[], at: DocPath, owner: { readonly step: string } | { readonly standard: string }): Problem[] {
  const seen = new Set<string>();
  const out: Problem[] = [];
  reach.forEach((pt, j) => {
    if (seen.has(pt)) out.push(problemFrom(STUDY_EN, "dup/reach-point", "warning", [...at, j], { point: pt, owner }));
    seen.add(pt);
  });
  return out;
}

/** Reach lists: no point twice, and every point at or downstream of the step (of a step the standard governs). */
export function declaredReach(ctx: RuleContext): Problem[] {
  const { study, index } = ctx;
  const out: Problem[] = [];
  const { network } = lenientNetwork(ctx);
  const pointStep = (pt: string): string | undefined => {
    const step = index.points.get(pt)?.item.step;
    // Unknown points and points at unknown steps are reported by the reference rules.
    return step !== undefined && network.find(step) !== undefined ? step : undefined;
  };
  const themeOf = (stepId: string): string => network.theme(network.find(stepId)!);

  study.blueprints.forEach((bp, b) =>
    bp.steps.forEach((s, i) => {
      if (s.reach === undefined) return;
      const at: DocPath = ["blueprints", b, "steps", i, "reach"];
      out.push(...duplicates(s.reach, at, { step: s.id }));
      // A later step with an already used id is not in the graph (the duplicate id is an error of its own).
      const v = network.find(s.id);
      if (v === undefined || network.step(v) !== s) return;
      const reachable = atOrDownstream(network, s.id);
      s.reach.forEach((pt, j) => {
        const target = pointStep(pt);
        if (target === undefined || reachable.has(target)) return;
        const otherTheme = themeOf(target) !== bp.theme ? themeOf(target) : null;
        out.push(problemFrom(STUDY_EN, "reach/not-downstream", "error", [...at, j], { step: s.id, point: pt, target, otherTheme }));
      });
    }),
  );

  study.standards.forEach((st, i) => {
    if (st.reach === undefined) return;
    const at: DocPath = ["standards", i, "reach"];
    out.push(...duplicates(st.reach, at, { standard: st.id }));
    const governed = [...new Set(st.steps)].filter((s) => network.find(s) !== undefined);
    // No governed step in the graph: the unknown steps are reported elsewhere; nothing to trace from.
    if (governed.length === 0) return;
    const reachable = new Set(governed.flatMap((s) => [...atOrDownstream(network, s)]));
    st.reach.forEach((pt, j) => {
      const target = pointStep(pt);
      if (target === undefined || reachable.has(target)) return;
      out.push(problemFrom(STUDY_EN, "reach/not-downstream", "error", [...at, j], { standard: st.id, point: pt, target, governed }));
    });
  });
  return out;
}
