import { describe, expect, it } from "vitest";
import { responsibilityLists, RESPONSIBILITY_ROLES, type ResponsibilityEntry } from "../../src/reports/responsibility.js";
import { utilityRun } from "./fixture.js";

const { study, result } = utilityRun();
const lists = responsibilityLists(result, study);

function sharesByGap(entries: readonly ResponsibilityEntry[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const e of entries) for (const s of e.shares) by.set(s.gap, (by.get(s.gap) ?? 0) + s.share);
  return by;
}

describe("responsibility lists", () => {
  it("splits every customer gap completely: shares on all department lists sum to 1 per gap", () => {
    const gaps = result.findings.filter((f) => f.tag === "customer-dissatisfaction");
    const byDept = sharesByGap(lists.departments.flatMap((d) => d.entries));
    for (const g of gaps) expect(byDept.get(g.id), g.id).toBeCloseTo(1, 12);
    // Per-department totals agree with the entries.
    for (const d of lists.departments) {
      const own = sharesByGap(d.entries);
      for (const s of d.gapShares) expect(s.share).toBeCloseTo(own.get(s.gap) ?? 0, 12);
    }
  });

  it("adds up on post lists plus the standards departments own themselves", () => {
    const onPosts = lists.posts.flatMap((p) => p.entries);
    const deptOwned = lists.departments.flatMap((d) => d.entries).filter((e) => e.post === undefined);
    const total = sharesByGap([...onPosts, ...deptOwned]);
    for (const g of result.findings.filter((f) => f.tag === "customer-dissatisfaction")) expect(total.get(g.id)).toBeCloseTo(1, 12);
  });

  it("lands each root cause on the post that sets or executes, with its shares and measures", () => {
    const sqo = lists.posts.find((p) => p.post === "service_quality_officer");
    expect(sqo?.department).toBe("marketing_dept");
    expect(sqo?.entries.map((e) => e.finding)).toEqual(["us:std_arrival_urban_45min:threshold", "us:std_reconnect_24h:clock"]);
    const dispatcher = lists.posts.find((p) => p.post === "repair_dispatcher");
    const e = dispatcher?.entries[0];
    expect(e?.role).toBe("root-cause");
    expect(e?.shares.map((s) => s.gap)).toEqual(["cd:ep_or_arrival", "cd:ep_or_callback", "cd:ep_or_onsite", "cd:ep_or_overall", "cd:ep_or_restoration"]);
    expect(e?.measures.length).toBeGreaterThan(0);
    expect(e?.change.map((c) => c.kind)).toEqual(["raise-compliance", "raise-index"]);
    // A front-line post facing an explained gap carries no share of it, and sees where it comes from.
    const agent = lists.posts.find((p) => p.post === "hotline_agent");
    expect(agent?.entries.every((x) => x.role === "customer-gap" && x.shares.length === 0 && x.causes.length === 2)).toBe(true);
  });

  it("orders entries root causes first, then by priority, and lists by priority", () => {
    const order = new Map(RESPONSIBILITY_ROLES.map((r, i) => [r, i] as const));
    for (const l of [...lists.posts, ...lists.departments]) {
      for (let i = 1; i < l.entries.length; i++) {
        const [a, b] = [l.entries[i - 1] as ResponsibilityEntry, l.entries[i] as ResponsibilityEntry];
        const ra = order.get(a.role) ?? 0;
        const rb = order.get(b.role) ?? 0;
        expect(ra <= rb).toBe(true);
        if (ra === rb) expect(a.priority >= b.priority - 1e-12).toBe(true);
      }
      expect(l.priority).toBeCloseTo(l.entries.reduce((s, e) => s + e.priority, 0), 12);
    }
    for (const ls of [lists.posts, lists.departments]) for (let i = 1; i < ls.length; i++) expect((ls[i - 1]?.priority ?? 0) >= (ls[i]?.priority ?? 0)).toBe(true);
    expect(lists.departments[0]?.department).toBe("marketing_dept");
    // Priority is Σ gap severity × share.
    const top = lists.departments[0]?.entries[0];
    const sev = new Map(result.findings.map((f) => [f.id, f.severity] as const));
    expect(top?.priority).toBeCloseTo(top?.shares.reduce((s, x) => s + (sev.get(x.gap) ?? 0) * x.share, 0) ?? NaN, 12);
  });

  it("is deterministic whatever the order of findings, and can leave measures out", () => {
    const reversed = responsibilityLists({ ...result, findings: [...result.findings].reverse() }, study);
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(lists));
    const bare = responsibilityLists(result, study, { measures: false });
    expect(bare.posts.every((p) => p.entries.every((e) => e.measures.length === 0))).toBe(true);
  });
});
