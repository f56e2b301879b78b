/**
 * Rules about who owns what: every non-customer step has exactly one accountable post; customer steps have none.
 * @module
 */
import type { Problem } from "../../core/problem.js";
import type { RuleContext } from "./context.js";
import { problemFrom } from "../../core/problem-from.js";
import { STUDY_EN } from "../../core/messages/problems-en-study.js";

/** Owners of steps: present on every non-customer step, absent on customer steps, not repeated as contributor. */
export function stepOwnership({ study }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.blueprints.forEach((bp, b) =>
    bp.steps.forEach((s, i) => {
      const path = ["blueprints", b, "steps", i];
      if (s.layer !== "customer" && s.owner === undefined)
        out.push(problemFrom(STUDY_EN, "owner/missing", "error", [...path, "owner"], { step: s.id, layer: s.layer }));
      if (s.layer === "customer" && s.owner !== undefined)
        out.push(problemFrom(STUDY_EN, "owner/customer-step", "warning", [...path, "owner"], { step: s.id, post: s.owner }));
      if (s.owner !== undefined && s.contributors.includes(s.owner))
        out.push(problemFrom(STUDY_EN, "owner/also-contributor", "warning", [...path, "contributors"], { step: s.id, post: s.owner }));
      const seen = new Set<string>();
      s.contributors.forEach((c, j) => {
        if (seen.has(c)) out.push(problemFrom(STUDY_EN, "dup/contributor", "warning", [...path, "contributors", j], { post: c, step: s.id }));
        seen.add(c);
      });
    }),
  );
  return out;
}

/** Themes without a blueprint (a warning: nothing to attribute there yet). */
export function themesWithoutBlueprint({ study }: RuleContext): Problem[] {
  const covered = new Set(study.blueprints.map((b) => b.theme));
  return study.themeMap.themes.flatMap((t, i) =>
    covered.has(t.id) ? [] : [problemFrom(STUDY_EN, "theme/no-blueprint", "warning", ["themeMap", "themes", i], { theme: t.id })],
  );
}
