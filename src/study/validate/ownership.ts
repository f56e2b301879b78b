/**
 * Rules about who owns what: every non-customer step has exactly one accountable post; customer steps have none.
 * @module
 */
import { problem, type Problem } from "../../core/problem.js";
import type { RuleContext } from "./context.js";

/** Owners of steps: present on every non-customer step, absent on customer steps, not repeated as contributor. */
export function stepOwnership({ study }: RuleContext): Problem[] {
  const out: Problem[] = [];
  study.blueprints.forEach((bp, b) =>
    bp.steps.forEach((s, i) => {
      const path = ["blueprints", b, "steps", i];
      if (s.layer !== "customer" && s.owner === undefined)
        out.push(problem("owner/missing", "error", [...path, "owner"], `Step ${JSON.stringify(s.id)} (${s.layer}) has no accountable owner post.`, "Add owner: <post id>. Attribution lands on the owner, so every non-customer step needs exactly one."));
      if (s.layer === "customer" && s.owner !== undefined)
        out.push(problem("owner/customer-step", "warning", [...path, "owner"], `Customer step ${JSON.stringify(s.id)} names owner post ${JSON.stringify(s.owner)}; customer actions have no internal owner.`, "Remove owner from the customer step, or move the step to the frontline layer if staff perform it."));
      if (s.owner !== undefined && s.contributors.includes(s.owner))
        out.push(problem("owner/also-contributor", "warning", [...path, "contributors"], `Post ${JSON.stringify(s.owner)} is both owner and contributor of step ${JSON.stringify(s.id)}.`, "Remove it from contributors."));
      const seen = new Set<string>();
      s.contributors.forEach((c, j) => {
        if (seen.has(c)) out.push(problem("dup/contributor", "warning", [...path, "contributors", j], `Post ${JSON.stringify(c)} is listed twice as contributor of step ${JSON.stringify(s.id)}.`, "List each contributor once."));
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
    covered.has(t.id) ? [] : [problem("theme/no-blueprint", "warning", ["themeMap", "themes", i], `Theme ${JSON.stringify(t.id)} has no blueprint.`, "Add a blueprint with theme: <this id>, or remove the theme from the map.")],
  );
}
