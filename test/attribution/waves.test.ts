import { describe, expect, it } from "vitest";
import { compareWaves } from "../../src/attribution/waves.js";
import { bundled, simulated } from "./helpers.js";

describe("compareWaves", () => {
  const { data, table } = simulated({
    seed: 9, waves: ["2025", "2026"], externalRespondents: 4000, internalRespondents: 1500, casesPerTheme: 500,
    plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch", waves: ["2025"] }],
  });
  const cmp = compareWaves(bundled, { responses: table, cases: data.cases }, { before: "2025", after: "2026" });

  it("flags the improvements the fix brought, significant after adjustment", () => {
    const dispatch = cmp.changes.find((c) => c.id === "compliance:std_dispatch_5min")!;
    expect(dispatch.significant).toBe(true);
    expect(dispatch.direction).toBe("better");
    expect(dispatch.after!).toBeGreaterThan(dispatch.before!);
    expect(dispatch.difference!.ci[0]).toBeGreaterThan(0);
    expect(cmp.changes.find((c) => c.id === "internal:ep_or_dispatch:repair_crew_leader")?.direction).toBe("better");
  });

  it("moves the dispatcher's finding to resolved", () => {
    const post = cmp.posts.find((p) => p.post === "repair_dispatcher")!;
    expect(post.resolved).toContain("nce:or_bo_dispatch");
    expect(post.after).toEqual([]);
  });

  it("does not flag points that did not change", () => {
    const untouched = cmp.changes.filter((c) => c.kind === "point" && c.subject.startsWith("ep_nc_"));
    expect(untouched.length).toBeGreaterThan(0);
    expect(untouched.filter((c) => c.significant)).toEqual([]);
  });

  it("rejects an unknown wave with the waves there are", () => {
    expect(() => compareWaves(bundled, { responses: table }, { before: "2024", after: "2026" })).toThrow(/waves: 2025, 2026/);
  });
});

describe("compareWaves and attribute agree", () => {
  it("an internal rating has the same index in the comparison as in the attribution of that wave", () => {
    const { data, table } = simulated({ seed: 4, waves: ["1", "2"], externalRespondents: 1000, internalRespondents: 1500, casesPerTheme: 100 });
    const cmp = compareWaves(bundled, { responses: table, cases: data.cases }, { before: "1", after: "2" });
    const inAttribution = cmp.after.tests.find((t) => t.id === "internal:ep_or_dispatch:repair_crew_leader")!.evidence;
    const inComparison = cmp.changes.find((c) => c.id === "internal:ep_or_dispatch:repair_crew_leader")!;
    expect(inAttribution.kind === "internal-rating-below-target" && inAttribution.index.value).toBeCloseTo(inComparison.after!, 12);
  });
});

describe("compareWaves usage", () => {
  it("asks for the waves to compare", () => {
    const { table } = simulated({ seed: 4, externalRespondents: 100, internalRespondents: 0, casesPerTheme: 0 });
    expect(() => compareWaves(bundled, { responses: table }, undefined as never)).toThrow(/gaptrace\/compareWaves: expecting the waves/);
  });
});
