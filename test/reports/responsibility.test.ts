import { describe, expect, it } from "vitest";
import { responsibilityLists, RESPONSIBILITY_ROLES, type ResponsibilityEntry, type ResponsibilityLists } from "../../src/reports/responsibility.js";
import type { Attribution } from "../../src/attribution/attribute.js";
import { utilityRun } from "./fixture.js";
import { PARTLY_LINKED, reconnectionGap, reconnectionRun, UNLINKED } from "./linked.js";

function sharesByGap(entries: readonly ResponsibilityEntry[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const e of entries) for (const s of e.shares) by.set(s.gap, (by.get(s.gap) ?? 0) + s.share);
  return by;
}

/** The invariants every run keeps, whatever its data. */
function checkLists(result: Attribution, lists: ResponsibilityLists): void {
  const gaps = result.findings.filter((f) => f.tag === "customer-dissatisfaction");
  // Measured causes and the front line's unexplained part split every customer gap completely.
  const byDept = sharesByGap(lists.departments.flatMap((d) => d.entries));
  for (const g of gaps) expect(byDept.get(g.id), g.id).toBeCloseTo(1, 12);
  const onPosts = lists.posts.flatMap((p) => p.entries);
  const deptOwned = lists.departments.flatMap((d) => d.entries).filter((e) => e.post === undefined);
  const total = sharesByGap([...onPosts, ...deptOwned]);
  for (const g of gaps) expect(total.get(g.id), g.id).toBeCloseTo(1, 12);
  for (const d of lists.departments) {
    const own = sharesByGap(d.entries);
    for (const s of d.gapShares) expect(s.share).toBeCloseTo(own.get(s.gap) ?? 0, 12);
  }
  const points = new Map(gaps.map((g) => [g.id, g.tag === "customer-dissatisfaction" ? g.gap : NaN] as const));
  const order = new Map(RESPONSIBILITY_ROLES.map((r, i) => [r, i] as const));
  for (const l of [...lists.posts, ...lists.departments]) {
    for (const e of l.entries) {
      // Priority is the measured attributable gap: Σ share × gap, in index points.
      expect(e.priority).toBeCloseTo(e.shares.reduce((a, s) => a + s.share * (points.get(s.gap) ?? NaN), 0), 9);
      // A possible cause to test has no share of that gap.
      for (const t of e.toTest) expect(e.shares.some((s) => s.gap === t.gap && s.grade !== undefined)).toBe(false);
    }
    for (let i = 1; i < l.entries.length; i++) {
      const [a, b] = [l.entries[i - 1] as ResponsibilityEntry, l.entries[i] as ResponsibilityEntry];
      // Never a possible cause (nothing measured) above a measured entry.
      expect(a.priority > 0 || b.priority <= 0, `${a.finding} before ${b.finding}`).toBe(true);
      if (a.priority > 0 === b.priority > 0) {
        expect((order.get(a.role) ?? 0) <= (order.get(b.role) ?? 0)).toBe(true);
        if (a.role === b.role) expect(a.priority >= b.priority - 1e-12).toBe(true);
      }
    }
    expect(l.priority).toBeCloseTo(l.entries.reduce((s, e) => s + e.priority, 0), 9);
  }
  for (const ls of [lists.posts, lists.departments]) for (let i = 1; i < ls.length; i++) expect((ls[i - 1]?.priority ?? 0) >= (ls[i]?.priority ?? 0)).toBe(true);
}

describe("responsibility lists on linked data", () => {
  const { study, result } = reconnectionRun(PARTLY_LINKED);
  const lists = responsibilityLists(study, result);
  const gap = reconnectionGap(result);

  it("split every gap into measured shares and the front line's part, and rank by measured points", () => {
    checkLists(result, lists);
    const crew = lists.posts.find((p) => p.post === "crew");
    const [root, faced] = crew?.entries ?? [];
    expect(root?.finding).toBe("nce:reconnect");
    expect(root?.role).toBe("root-cause");
    expect(root?.shares).toHaveLength(1);
    expect(root?.shares[0]?.grade).toBe("measured");
    expect(root?.shares[0]?.ci?.[0]).toBeLessThan(root?.shares[0]?.share ?? NaN);
    expect(root?.priority).toBeCloseTo((gap.causes[0]?.share ?? NaN) * gap.gap, 9);
    // The crew also faces the customers: what no measured upstream effect explains stays with it.
    expect(faced?.finding).toBe("cd:ep_recon");
    expect(faced?.shares).toEqual([{ gap: "cd:ep_recon", share: gap.unexplainedShare, points: gap.unexplainedShare * gap.gap, grade: undefined, ci: undefined, level: 0 }]);
    // The clerk's late settlements were measured and do no harm: no share, and nothing to test either.
    const clerk = lists.posts.find((p) => p.post === "clerk")?.entries[0];
    expect(clerk?.finding).toBe("nce:settle");
    expect(clerk?.shares).toEqual([]);
    expect(clerk?.toTest).toEqual([]);
    expect(clerk?.priority).toBe(0);
    expect(lists.departments.map((d) => d.department)).toEqual(["ops", "mkt"]);
  });
});

describe("responsibility lists without links", () => {
  const { study, result } = reconnectionRun(UNLINKED);
  const lists = responsibilityLists(study, result);

  it("list the untested upstream posts as possible causes to test, below the front line's measured gap", () => {
    checkLists(result, lists);
    const crew = lists.posts.find((p) => p.post === "crew");
    // The gap the crew faces is measured (27.5 points, all unexplained); its own execution is only a possible cause.
    expect(crew?.entries.map((e) => [e.finding, e.role, e.priority > 0])).toEqual([
      ["cd:ep_recon", "customer-gap", true],
      ["nce:reconnect", "root-cause", false],
    ]);
    const untested = crew?.entries[1];
    expect(untested?.shares).toEqual([]);
    expect(untested?.toTest.map((t) => [t.gap, t.link.grade, t.link.reason.kind])).toEqual([["cd:ep_recon", "structural", "untested"]]);
    const clerk = lists.posts.find((p) => p.post === "clerk")?.entries[0];
    expect(clerk?.toTest.map((t) => [t.gap, t.link.grade])).toEqual([["cd:ep_recon", "internal-chain"]]);
    expect(clerk?.priority).toBe(0);
  });
});

describe("responsibility lists of the bundled study", () => {
  const { study, result } = utilityRun();
  const lists = responsibilityLists(study, result);

  it("keep the invariants, with overall satisfaction shared among its driver points", () => {
    checkLists(result, lists);
    const overall = result.findings.find((f) => f.id === "cd:ep_or_overall");
    if (overall?.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap at ep_or_overall");
    // Each driver's measured share of overall satisfaction lands on the driver point's own entry.
    for (const c of overall.causes) {
      expect(c.effect.estimator).toBe("driver-regression");
      const entry = lists.posts.flatMap((p) => p.entries).find((e) => e.finding === c.finding);
      expect(entry?.shares.find((s) => s.gap === overall.id)?.share).toBeCloseTo(c.share, 12);
    }
    // Root causes that no data have measured carry no points and come after every measured entry on their list.
    for (const p of lists.posts)
      for (const e of p.entries) if (e.role === "root-cause" && e.shares.length === 0) expect(e.priority).toBe(0);
  });

  it("is deterministic whatever the order of findings, and can leave measures out", () => {
    const reversed = responsibilityLists(study, { ...result, findings: [...result.findings].reverse() });
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(lists));
    const bare = responsibilityLists(study, result, { measures: false });
    expect(bare.posts.every((p) => p.entries.every((e) => e.measures.length === 0))).toBe(true);
  });
});
