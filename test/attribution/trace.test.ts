/**
 * Tracing that follows the data: a customer gap gets a share only from a measured effect. Small linked data sets
 * where the truth is known by construction: late reconnections that do lower their customers' ratings, a decoy
 * standard missed often with no effect, and an area that both slows work and lowers ratings (a confounder).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { attribute } from "../../src/attribution/attribute.js";
import { collectResponses } from "../../src/data/dataset.js";
import { parseStudy } from "../../src/model/validate/index.js";
import type { CaseRecord } from "../../src/attribution/inputs.js";
import type { CustomerDissatisfaction } from "../../src/attribution/findings.js";

const raw = parse(readFileSync(new URL("../fixtures/studies/mini.study.yaml", import.meta.url), "utf8"));
// A second standard upstream: settlement within 2 hours of payment, executed by the clerk.
raw.metrics.push({ id: "settle_time", name: "Time to settle", step: "settle", unit: "h", clock: { start: "paid", stop: "settled" } });
raw.standards.push({
  id: "settle_2h", text: "Arrears settled within 2 hours of payment", metric: "settle_time", unit: "h", threshold: 2, better: "lower",
  clock: { start: "paid", stop: "settled" }, compliance: 0.95, owner: { post: "standards_officer" }, steps: ["settle"], source: "§4",
});
const study = parseStudy(raw);
const H = 3_600_000;

interface World {
  n: number;
  /** Is case i late to reconnect (misses 24 h)? */
  lateRecon: (i: number) => boolean;
  /** Is case i late to settle (misses 2 h)? */
  lateSettle: (i: number) => boolean;
  /** The customer's satisfaction (1–5) with their own case. */
  sat: (i: number) => number;
  area?: (i: number) => string;
  link?: (i: number) => string;
}

function data(w: World) {
  const rows: Record<string, unknown>[] = [];
  const cases: CaseRecord[] = [];
  for (let i = 0; i < w.n; i++) {
    const segment = w.area === undefined ? {} : { segment: [["area", w.area(i)]] as [string, string][] };
    rows.push({ respondent: `c${String(i).padStart(4, "0")}`, question: "q_recon_sat", value: w.sat(i), audience: "external", case: w.link?.(i) ?? `k${i}`, ...segment });
    const paid = i * H;
    const settled = paid + (w.lateSettle(i) ? 5 : 1) * H;
    cases.push({ id: `k${i}`, ...segment, events: [["paid", paid], ["settled", settled], ["reconnected", settled + (w.lateRecon(i) ? 30 : 10) * H]] });
  }
  return { responses: collectResponses(study, rows), cases };
}

const gapAt = (r: ReturnType<typeof attribute>): CustomerDissatisfaction => {
  const cd = r.findings.find((f) => f.id === "cd:ep_recon");
  if (cd?.tag !== "customer-dissatisfaction") throw new Error("expected a customer gap at ep_recon");
  return cd;
};

describe("measured links on linked cases", () => {
  // 30% of reconnections are late; their customers rate 1–2, the others 3–4: a known effect.
  const world: World = {
    n: 600,
    lateRecon: (i) => i % 10 < 3,
    lateSettle: (i) => i % 7 < 2, // a decoy: the clerk misses often, customers do not notice
    sat: (i) => (i % 10 < 3 ? 1 + (i % 2) : 3 + (i % 2)),
  };

  it("gives the late reconnections the share their effect explains, with its interval", () => {
    const r = attribute(study, data(world));
    expect(r.linkage).toMatchObject({ respondents: 600, linked: 600, unlinked: 0, unknownCase: 0, duplicate: 0 });
    const cd = gapAt(r);
    const recon = cd.links.find((l) => l.exposure.kind === "missed-standard" && l.exposure.standard === "recon_24h");
    expect(recon?.grade).toBe("measured");
    expect(recon?.finding).toBe("nce:reconnect");
    // Exposed customers rate 1.5 on average, the others 3.5: 2 points on the 1–5 scale = 50 index points lower.
    expect(recon?.effect?.effect.value).toBeCloseTo(-50, 6);
    expect(recon?.effect?.exposure).toBeCloseTo(0.3, 10);
    expect(recon?.effect?.attributable.value).toBeCloseTo(15, 6);
    expect(recon?.effect?.effect.ci[1]).toBeLessThan(0);
    // The index is (0.3 × 1.5 + 0.7 × 3.5 − 1)/4 × 100 = 47.5 against a target of 75: a 27.5-point gap.
    expect(cd.gap).toBeCloseTo(27.5, 6);
    expect(recon?.share).toBeCloseTo(15 / 27.5, 6);
    expect(cd.causes.map((c) => c.finding)).toEqual(["nce:reconnect"]);
    expect(cd.unexplainedShare).toBeCloseTo(1 - 15 / 27.5, 6);
    // The decoy: missed by 2 in 7 cases, measured, and no share.
    const decoy = cd.links.find((l) => l.exposure.kind === "missed-standard" && l.exposure.standard === "settle_2h");
    expect(decoy?.grade).toBe("measured");
    expect(decoy?.share).toBeUndefined();
    expect(["not-significant", "no-harm", "not-a-finding"]).toContain(decoy?.reason.kind);
    const nce = r.findings.find((f) => f.id === "nce:reconnect");
    expect(nce?.tag === "non-compliant-execution" && nce.explains).toEqual([{ gap: "cd:ep_recon", share: expect.closeTo(15 / 27.5, 6) }]);
  });

  it("shares and the unexplained part add up to 100%, whatever the effect", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 6 }), (drop, lateTenths) => {
        const r = attribute(study, data({ ...world, n: 300, lateRecon: (i) => i % 10 < lateTenths, sat: (i) => Math.max(1, (i % 2) + 3 - (i % 10 < lateTenths ? drop : 0)) }));
        const cd = r.findings.find((f) => f.id === "cd:ep_recon");
        if (cd?.tag !== "customer-dissatisfaction") return;
        const total = cd.causes.reduce((a, c) => a + c.share, 0) + cd.unexplainedShare;
        expect(total).toBeCloseTo(1, 12);
        for (const c of cd.causes) expect(c.share).toBeGreaterThan(0);
        for (const l of cd.links) if (l.grade === "structural" || l.grade === "internal-chain") expect(l.share).toBeUndefined();
      }),
      { numRuns: 12 },
    );
  });

  it("does not let an area that slows work and lowers ratings create a link", () => {
    // In the rural area every reconnection is late and customers rate lower, but late and on-time cases are rated
    // alike within each area: the miss does not move the rating.
    const confounded: World = {
      n: 800,
      area: (i) => (i % 2 === 0 ? "rural" : "city"),
      lateRecon: (i) => (i % 2 === 0 ? i % 8 !== 0 : i % 8 === 1),
      lateSettle: () => false,
      sat: (i) => (i % 2 === 0 ? 1 + (Math.floor(i / 2) % 2) : 3 + (Math.floor(i / 2) % 2)),
    };
    const d = data(confounded);
    const adjusted = gapAt(attribute(study, d));
    const recon = adjusted.links.find((l) => l.exposure.kind === "missed-standard" && l.exposure.standard === "recon_24h");
    expect(recon?.effect?.adjustedFor).toEqual(["area"]);
    expect(recon?.share).toBeUndefined();
    expect(adjusted.causes).toEqual([]);
    // Without the adjustment the same data would blame the crew: that is what adjustment is for.
    const naive = gapAt(attribute(study, d, { adjustFor: [] }));
    expect(naive.causes.map((c) => c.finding)).toEqual(["nce:reconnect"]);
  });

  it("accounts for every respondent's link: unlinked, unknown case, duplicate", () => {
    const linkOf = (i: number): string => (i % 10 === 0 ? "" : i % 10 === 1 ? `nope${i}` : i % 10 === 2 ? "k3" : `k${i}`);
    const r = attribute(study, data({ ...world, link: linkOf }));
    expect(r.linkage).toMatchObject({ respondents: 600, unlinked: 60, unknownCase: 60, duplicate: 60 });
    expect(r.linkage.linked + r.linkage.unlinked + r.linkage.unknownCase + r.linkage.duplicate).toBe(600);
    expect(r.linkage.problems[0]).toEqual({ respondent: "c0001", case: "nope1", reason: "unknown-case" });
  });
});
