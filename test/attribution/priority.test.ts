import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { bundled, simulated } from "./helpers.js";

describe("priorities", () => {
  const { data, table } = simulated({ seed: 21, externalRespondents: 4000, internalRespondents: 800, casesPerTheme: 300, plant: [{ tag: "customer-dissatisfaction", point: "ep_pr_payment" }] });
  const result = attribute(bundled, { responses: table, cases: data.cases });

  it("uses the customers' own answers (relative weights on the overall question) in every theme", () => {
    expect(result.priorities.map((t) => t.theme)).toEqual(bundled.blueprints.map((b) => b.theme));
    for (const t of result.priorities) {
      expect(t.method).toBe("relative-weights");
      expect(t.rSquared).toBeGreaterThan(0.1);
      expect(t.points.reduce((a, p) => a + p.importance, 0)).toBeCloseTo(1, 9);
      for (const p of t.points) expect(p.priority).toBeCloseTo(p.importance * Math.max(0, p.gap ?? 0), 12);
    }
  });

  it("puts the point with the planted gap first in its theme, in the 'concentrate here' quadrant or at least top priority", () => {
    const theme = result.priorities.find((t) => t.points.some((p) => p.point === "ep_pr_payment"))!;
    const top = [...theme.points].sort((a, b) => a.rank - b.rank)[0]!;
    expect(top.point).toBe("ep_pr_payment");
    expect(top.gap).toBeGreaterThan(5);
    expect(theme.points.filter((p) => p.point !== "ep_pr_payment").every((p) => p.priority === 0)).toBe(true);
  });

  it("falls back to stated importance when a theme has no overall question, and says so", () => {
    const noOverall = structuredClone(bundled);
    for (const p of noOverall.evaluationPoints) for (const q of p.questions) q.overall = false;
    const r = attribute(noOverall, { responses: table, cases: data.cases });
    for (const t of r.priorities) {
      expect(t.method).toBe("stated-importance");
      expect(t.note).toContain("overall");
    }
  });
});
