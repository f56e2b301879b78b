import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { UsageError } from "../../src/core/errors.js";
import { prioritize } from "../../src/attribution/priority.js";
import { resolveAttributionOptions, type ResolvedAttributionOptions } from "../../src/attribution/shared/options.js";
import { surveyView } from "../../src/attribution/shared/inputs.js";
import type { Study } from "../../src/model/study.js";
import { bundled, simulated } from "./helpers.js";

describe("priorities", () => {
  const { data, table } = simulated({ seed: 21, externalRespondents: 4000, internalRespondents: 800, casesPerTheme: 300, plant: [{ tag: "customer-dissatisfaction", point: "ep_pr_payment" }] });
  const result = withPriorities(bundled, attribute(bundled, { responses: table, cases: data.cases }), { responses: table });

  it("uses the customers' own answers (relative weights on the overall question) in every theme", () => {
    expect(result.priorities!.map((t) => t.theme)).toEqual(bundled.blueprints.map((b) => b.theme));
    for (const t of result.priorities!) {
      expect(t.method).toBe("relative-weights");
      expect(t.rSquared).toBeGreaterThan(0.1);
      expect(t.points.reduce((a, p) => a + p.importance, 0)).toBeCloseTo(1, 9);
      for (const p of t.points) expect(p.priority).toBeCloseTo(p.importance * Math.max(0, p.gap ?? 0), 12);
    }
  });

  it("puts the point with the planted gap first in its theme, in the 'concentrate here' quadrant or at least top priority", () => {
    const theme = result.priorities!.find((t) => t.points.some((p) => p.point === "ep_pr_payment"))!;
    const top = [...theme.points].sort((a, b) => a.rank - b.rank)[0]!;
    expect(top.point).toBe("ep_pr_payment");
    expect(top.gap).toBeGreaterThan(5);
    expect(theme.points.filter((p) => p.point !== "ep_pr_payment").every((p) => p.priority === 0)).toBe(true);
  });

  it("falls back to stated importance when a theme has no overall question, and says so", () => {
    const noOverall = structuredClone(bundled);
    for (const p of noOverall.evaluationPoints) for (const q of p.questions) q.overall = false;
    const r = withPriorities(noOverall, attribute(noOverall, { responses: table, cases: data.cases }), { responses: table });
    for (const t of r.priorities!) {
      expect(t.method).toBe("stated-importance");
      expect(t.note).toContain("overall");
    }
  });

  it("puts a point in a good quadrant exactly when its target test did not find it significantly below target", () => {
    // Every point declares its target, so every point has a target test.
    const targeted = structuredClone(bundled) as Study;
    for (const p of targeted.evaluationPoints) (p as { target?: number }).target ??= 80;
    const result = withPriorities(targeted, attribute(targeted, { responses: table, cases: data.cases }), { responses: table, cases: data.cases });
    const verdict = new Map(
      result.tests.flatMap((t) => (t.evidence.kind === "perception-below-target" ? [[t.evidence.point, t.significant && t.evidence.index.value < t.evidence.target] as const] : [])),
    );
    let checked = 0;
    for (const t of result.priorities!)
      for (const p of t.points) {
        expect(p.referenceKind).toBe("target");
        expect(p.reference).toBe(p.target);
        expect(p.belowTarget).toBe(verdict.get(p.point));
        const good = p.quadrant === "keep-up-the-good-work" || p.quadrant === "possible-overkill";
        expect(good, p.point).toBe(p.belowTarget === false);
        checked += 1;
      }
    expect(checked).toBeGreaterThan(8);
    // The planted gap is significantly below target: never "keep up the good work" or "possible overkill".
    const planted = result.priorities!.flatMap((t) => t.points).find((p) => p.point === "ep_pr_payment")!;
    expect(planted.belowTarget).toBe(true);
    expect(["concentrate-here", "low-priority"]).toContain(planted.quadrant);
  });

  it("without a target compares each point with the mean of its theme's points, and says so", () => {
    const noTargets = structuredClone(bundled) as Study;
    for (const p of noTargets.evaluationPoints) delete (p as { target?: number }).target;
    const options = { ...resolveAttributionOptions(), defaultTarget: undefined } as unknown as ResolvedAttributionOptions;
    const themes = prioritize(noTargets, surveyView(table), options, result.tests);
    expect(themes.length).toBeGreaterThan(0);
    for (const t of themes) {
      const mean = t.points.reduce((a, p) => a + p.performance, 0) / t.points.length;
      for (const p of t.points) {
        expect(p.target).toBeUndefined();
        expect(p.belowTarget).toBeUndefined();
        expect(p.referenceKind).toBe("mean-of-points");
        expect(p.reference).toBeCloseTo(mean, 10);
        expect(p.gap).toBeCloseTo(mean - p.performance, 10);
        const good = p.quadrant === "keep-up-the-good-work" || p.quadrant === "possible-overkill";
        expect(good).toBe(p.performance >= mean);
      }
    }
  });

  it("are added by withPriorities from the wave and options the attribution read, leaving the result given as it was", () => {
    const plain = attribute(bundled, { responses: table, cases: data.cases }, { wave: "1", alpha: 0.01 });
    expect(plain.priorities).toBeUndefined();
    const added = withPriorities(bundled, plain, { responses: table, cases: data.cases });
    expect(plain.priorities).toBeUndefined();
    // The same as prioritize on the attribution's own wave, options and tests; everything else as it was.
    expect(added.priorities).toEqual(prioritize(bundled, surveyView(table, plain.wave), plain.options, plain.tests));
    expect({ ...added, priorities: undefined }).toEqual({ ...plain, priorities: undefined });
    // A view of the result's wave gives the same; a view of another wave, another study or a non-result is refused.
    expect(withPriorities(bundled, plain, { responses: surveyView(table, "1") }).priorities).toEqual(added.priorities);
    // Without the responses it read there is nothing to rank from: refused, not an empty list.
    expect(() => withPriorities(bundled, plain, { cases: data.cases })).toThrow(/no responses were given/);
    expect(() => withPriorities(bundled, { ...plain, wave: "2" }, { responses: surveyView(table, "1") })).toThrow(/wave "1", the attribution of wave "2"/);
    expect(() => withPriorities(bundled, { ...plain, study: "other" }, { responses: table })).toThrow(UsageError);
    expect(() => withPriorities(bundled, { findings: [] } as never, { responses: table })).toThrow(/must be an attribution/);
    expect(() => withPriorities(bundled, plain, {} as never)).toThrow(UsageError);
  });
});
