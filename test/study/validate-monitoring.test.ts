import { describe, expect, it } from "vitest";
import { validateStudy } from "../../src/study/validate/index.js";
import { copy, utility } from "../monitor/fixture.js";
import { routesOf } from "../../src/monitor/routing.js";

describe("validateStudy: monitoring", () => {
  it("accepts the bundled study's monitoring", () => {
    expect(validateStudy(utility).problems.filter((p) => p.code.startsWith("monitor/"))).toEqual([]);
  });
  it("reports unknown ids and a ladder that does not rise as errors, a kind reaching no post as a warning", () => {
    const s = copy(utility);
    s.monitoring!.complaintKinds.push({ id: "nowhere", name: "n", steps: [], points: [] });
    s.monitoring!.complaintKinds.push({ id: "typo", name: "t", steps: [], points: ["ep_pr_payement"] });
    s.monitoring!.ladder[2] = { ...s.monitoring!.ladder[2]!, after: { count: 10 } };
    const r = validateStudy(s);
    expect(r.ok).toBe(false);
    expect(r.problems.filter((p) => p.code.startsWith("monitor/")).map((p) => [p.code, p.severity, p.path.join("."), p.message])).toEqual([
      ["monitor/unknown-ref", "error", "monitoring.complaintKinds.6.points.0", 'monitoring.complaintKinds[6].points[0] names point "ep_pr_payement", which the study does not define.'],
      ["monitor/ladder-threshold", "error", "monitoring.ladder.2.after", 'Ladder level "management" (number 3) has no threshold, or one below the level before it.'],
      ["monitor/no-owner", "warning", "monitoring.complaintKinds.5", 'Complaint kind "nowhere" maps to no owned step or point, so its alerts reach no post.'],
      ["monitor/no-owner", "warning", "monitoring.complaintKinds.6", 'Complaint kind "typo" maps to no owned step or point, so its alerts reach no post.'],
    ]);
  });

  it("reports, not throws, when a kind names an unowned customer step and a hand-off dangles", () => {
    const s = copy(utility);
    s.monitoring!.complaintKinds.push({ id: "waiting", name: "w", steps: ["or_cust_wait"], points: [] });
    const handoffs = s.blueprints[0]!.handoffs as { from: string; to: string }[];
    handoffs.push({ ...handoffs[0]!, to: "no_such_step" });
    const r = validateStudy(s);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.code)).toContain("ref/unknown-step");
    // The customer step is served by an owned step upstream, so the kind reaches a post.
    expect(r.problems.filter((p) => p.code === "monitor/no-owner")).toEqual([]);
  });

  it("finds the owner upstream of a customer step whose id is a reserved word (constructor)", () => {
    const s = JSON.parse(JSON.stringify(utility).replaceAll('"or_cust_wait"', '"constructor"')) as typeof utility;
    s.monitoring!.complaintKinds.push({ id: "waiting", name: "w", steps: ["constructor"], points: [] });
    const r = validateStudy(s);
    expect(r.problems.filter((p) => p.code.startsWith("monitor/"))).toEqual([]);
    expect(routesOf(r.study!).kinds.get("waiting")).toMatchObject({ via: { kind: "step", id: "constructor" } });
  });
});
