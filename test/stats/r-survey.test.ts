/**
 * gaptrace's statistics against R's survey package. The dataset (test/fixtures/r/survey-data.csv) and the expected
 * values (survey-expected.json) come from test/fixtures/r/survey-check.R; R is not needed here.
 *
 * Tolerance: relative, |actual − expected| ≤ 1e-9 · |expected| (exact equality when the expected value is 0),
 * except svyciprop's default logit interval, whose centre R takes from an IRLS fit stopped at glm's epsilon = 1e-8:
 * that one is compared at 1e-7, and the same interval from a fit converged to machine precision at 1e-9.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  addOutcome,
  addPair,
  addToHistogram,
  addValue,
  adjustBenjaminiHochberg,
  adjustHolm,
  betaQuantile,
  compareEstimates,
  designEffectOfMean,
  emptyHistogram,
  emptyMoments,
  emptyPairedGap,
  emptyProportion,
  estimateCompliance,
  estimateMean,
  estimateNps,
  estimatePairedGap,
  estimateProportion,
  estimateQuantile,
  estimateShareAccepting,
  estimateTopBox,
  kishDesignEffect,
  mergeHistograms,
  mergeMoments,
  mergeProportions,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  weightedVariance,
  wilsonInterval,
  type Estimate,
  type Histogram,
  type ProportionSummary,
  type WeightedMoments,
} from "../../src/stats/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "..", "fixtures", "r");

interface Row {
  id: number;
  wave: number;
  segment: string;
  w: number;
  sat: number;
  sat_exp: number;
  resolved: number;
  complaint: number;
  nps: number;
  wait_ok: number;
  arrival: number;
}

function readRows(): Row[] {
  const lines = readFileSync(join(fixtures, "survey-data.csv"), "utf8").trim().split(/\r?\n/);
  const header = lines[0]!.split(",");
  return lines.slice(1).map((line) => {
    const cells = line.split(",");
    const get = (name: string) => cells[header.indexOf(name)]!;
    return {
      id: Number(get("id")),
      wave: Number(get("wave")),
      segment: get("segment"),
      w: Number(get("w")),
      sat: Number(get("sat")),
      sat_exp: Number(get("sat_exp")),
      resolved: Number(get("resolved")),
      complaint: Number(get("complaint")),
      nps: Number(get("nps")),
      wait_ok: Number(get("wait_ok")),
      arrival: Number(get("arrival")),
    };
  });
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const R: any = JSON.parse(readFileSync(join(fixtures, "survey-expected.json"), "utf8"));
const rows = readRows();

/** Relative closeness, 1e-9 by default; exact when the expected value is 0. */
function close(actual: number, expected: number, label: string, rel = 1e-9): void {
  const tol = expected === 0 ? 0 : rel * Math.abs(expected);
  const err = Math.abs(actual - expected);
  expect(err <= tol, `${label}: got ${actual}, R ${expected} (abs err ${err}, tol ${tol})`).toBe(true);
}
function closeAll(actual: readonly number[], expected: readonly number[], label: string, rel = 1e-9): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => close(a, expected[i]!, `${label}[${i}]`, rel));
}
function est<E extends object>(e: Estimate<E>): Exclude<Estimate<E>, { kind: "insufficient" }> {
  if (e.kind !== "estimate") throw new Error(`expected an estimate, got insufficient: ${e.reason}`);
  return e as Exclude<Estimate<E>, { kind: "insufficient" }>;
}

/** Split rows into `pieces` chunks in a scrambled order, summarise each, merge, and round-trip through JSON. */
function byPieces<S>(pieces: number, empty: () => S, add: (s: S, r: Row) => void, merge: (a: S, b: S) => S): S {
  const order = rows.map((_, i) => i).sort((a, b) => ((a * 7919) % 503) - ((b * 7919) % 503));
  const parts = Array.from({ length: pieces }, empty);
  order.forEach((i, k) => add(parts[k % pieces]!, rows[i]!));
  const revived = parts.map((p) => JSON.parse(JSON.stringify(p)) as S).reverse();
  return revived.reduce((acc, p) => merge(acc, p), empty());
}

function moments(item: keyof Row, pieces = 1): WeightedMoments {
  const add = (m: WeightedMoments, r: Row) => void addValue(m, r[item] as number, r.w);
  if (pieces === 1) {
    const m = emptyMoments();
    for (const r of rows) add(m, r);
    return m;
  }
  return byPieces(pieces, emptyMoments, add, mergeMoments);
}
function histogram(item: keyof Row, pieces = 1, weighted = true): Histogram {
  const add = (h: Histogram, r: Row) => void addToHistogram(h, r[item] as number, weighted ? r.w : 1);
  return byPieces(pieces, emptyHistogram, add, mergeHistograms);
}
function proportion(item: keyof Row, pieces = 1): ProportionSummary {
  const add = (s: ProportionSummary, r: Row) => void addOutcome(s, r[item] === 1, r.w);
  return byPieces(pieces, emptyProportion, add, mergeProportions);
}

describe("the fixture", () => {
  it("is the dataset R used", () => {
    expect(rows.length).toBe(R.meta.n);
    expect(rows.every((r) => r.w > 0 && Number.isFinite(r.w))).toBe(true);
    expect(R.meta.df).toBe(R.meta.n - 1);
  });
});

describe.each([1, 7])("weighted means (svymean, confint, svyvar, deff), summaries in %i piece(s)", (pieces) => {
  it.each(["sat", "sat_exp", "nps"] as const)("%s", (item) => {
    const m = moments(item, pieces);
    const r = R.mean[item];
    const z = est(estimateMean(m));
    close(z.value, r.value, "mean");
    close(z.se, r.se, "SE");
    closeAll(z.ci, r.ci_z, "confint (normal)");
    expect(z.df).toBe(null);
    const t = est(estimateMean(m, { interval: "t" }));
    closeAll(t.ci, r.ci_t, "confint (t, df = n - 1)");
    expect(t.df).toBe(R.meta.df);
    close(weightedVariance(m), r.svyvar, "svyvar");
    close(designEffectOfMean(m), r.deff_replace, "deff = 'replace'");
    close(designEffectOfMean(m, { srs: "without-replacement" }), r.deff_without_replacement, "deff = TRUE");
  });
});

describe("Kish design effect", () => {
  it("matches n Σw² / (Σw)² from the weights and from a summary", () => {
    const k = kishDesignEffect(rows.map((r) => r.w));
    expect(k.n).toBe(R.kish.n);
    close(k.designEffect, R.kish.designEffect, "deff");
    close(k.effectiveN, R.kish.effectiveN, "n_eff");
    close(kishDesignEffect(moments("sat", 5)).effectiveN, R.kish.effectiveN, "n_eff from moments");
  });
});

describe.each([1, 6])("proportions (svymean, svyciprop logit and beta, Wilson at n/deff), %i piece(s)", (pieces) => {
  const cases: [string, () => ProportionSummary | Histogram, (x: any, o: any) => Estimate<any>][] = [
    ["resolved", () => proportion("resolved", pieces), (s, o) => estimateProportion(s, o)],
    ["complaint", () => proportion("complaint", pieces), (s, o) => estimateProportion(s, o)],
    ["topbox", () => histogram("sat", pieces), (h, o) => estimateTopBox(h, 4, o)],
    ["accept45", () => histogram("wait_ok", pieces), (h, o) => estimateShareAccepting(h, 45, o)],
  ];
  it.each(cases)("%s", (name, summary, estimate) => {
    const r = R.proportion[name];
    const s = summary();
    const wilson = est(estimate(s, {}));
    close(wilson.value, r.value, "p");
    close(wilson.se, r.se, "SE");
    close(wilson.intervalN ?? Number.NaN, r.wilson_n, "Wilson n* = n/deff");
    closeAll(wilson.ci, r.wilson_ci, "Wilson");
    const logit = est(estimate(s, { method: "logit" }));
    expect(logit.method).toBe("logit");
    expect(logit.df).toBe(R.meta.df);
    closeAll(logit.ci, r.logit_converged_ci, "logit (IRLS converged)");
    close(r.logit_converged_value, r.value, "R's converged logit centre is p", 1e-12);
    closeAll(logit.ci, r.logit_ci, "svyciprop logit (default IRLS tolerance)", 1e-7);
    const beta = est(estimate(s, { method: "beta" }));
    closeAll(beta.ci, r.beta_ci, "svyciprop beta (Korn-Graubard)");
  });
});

describe("NPS (svymean of the +100/0/-100 score)", () => {
  it.each([1, 4])("in %i piece(s)", (pieces) => {
    const e = est(estimateNps(histogram("nps", pieces)));
    close(e.value, R.nps.value, "NPS");
    close(e.se, R.nps.se, "SE");
    closeAll(e.ci, R.nps.ci_z, "confint");
  });
});

describe("paired gap (svymean of sat - sat_exp)", () => {
  it("matches", () => {
    const s = byPieces(3, emptyPairedGap, (g, r) => void addPair(g, r.sat, r.sat_exp, r.w), (a, b) => ({
      perception: mergeMoments(a.perception, b.perception),
      expectation: mergeMoments(a.expectation, b.expectation),
      gap: mergeMoments(a.gap, b.gap),
    }));
    const e = est(estimatePairedGap(s));
    close(e.value, R.gap.value, "gap");
    close(e.se, R.gap.se, "SE");
    closeAll(e.ci, R.gap.ci_z, "confint");
    close(e.perception - e.expectation, R.gap.value, "P̄ - Ē");
    close(e.expectation, R.mean.sat_exp.value, "Ē");
  });
});

describe("quantiles (svyquantile, qrule = 'math', Woodruff interval)", () => {
  it.each(["wait_ok", "sat"] as const)("%s", (item) => {
    const h = histogram(item, 5);
    for (const r of R.quantile[item]) {
      const e = est(estimateQuantile(h, r.p));
      close(e.value, r.value, `q(${r.p})`);
      closeAll(e.ci, r.ci, `ci(${r.p})`);
      close(e.se, r.se, `se(${r.p})`);
    }
  });
});

describe("two waves (svyby with waves as strata, svycontrast)", () => {
  it("per-wave means and the difference with its z test", () => {
    const perWave = [1, 2].map((wave) => {
      const m = emptyMoments();
      for (const r of rows) if (r.wave === wave) addValue(m, r.sat, r.w);
      return est(estimateMean(m));
    });
    closeAll(perWave.map((e) => e.value), R.waves.mean, "means");
    closeAll(perWave.map((e) => e.se), R.waves.se, "SEs");
    const d = est(compareEstimates(perWave[1]!, perWave[0]!));
    close(d.value, R.waves.diff, "difference");
    close(d.se, R.waves.diff_se, "SE of difference");
    close(d.z, R.waves.z, "z");
    close(d.pValue, R.waves.p_value, "p-value");
  });
});

describe("domains of one design (svyby on ids = ~1): out-of-domain rows as zero weights", () => {
  it("matches svyby(~sat, ~segment, design, svymean)", () => {
    R.domains.segment.forEach((segment: string, i: number) => {
      const m = emptyMoments();
      for (const r of rows) addValue(m, r.sat, r.segment === segment ? r.w : 0);
      expect(m.n + m.nZeroWeight).toBe(rows.length);
      const e = est(estimateMean(m));
      close(e.value, R.domains.mean[i], `${segment} mean`);
      close(e.se, R.domains.se[i], `${segment} SE`);
    });
  });
});

describe("compliance, unweighted cases (prop.test without continuity correction)", () => {
  it("Wilson interval of arrivals within 45 minutes", () => {
    const h = histogram("arrival", 3, false);
    const e = est(estimateCompliance(h, { threshold: 45, better: "lower" }));
    expect(e.successes).toBe(R.compliance45.successes);
    close(e.intervalN ?? Number.NaN, R.compliance45.n, "n* = n for a simple random sample");
    closeAll(e.ci, R.compliance45.wilson_ci, "Wilson");
    closeAll(
      wilsonInterval(R.compliance45.successes / R.compliance45.n, R.compliance45.n),
      R.compliance45.wilson_ci,
      "wilsonInterval",
    );
  });
});

describe("p.adjust", () => {
  it("BH and Holm", () => {
    closeAll(adjustBenjaminiHochberg(R.p_adjust.p), R.p_adjust.bh, "BH");
    closeAll(adjustHolm(R.p_adjust.p), R.p_adjust.holm, "holm");
  });
});

describe("distribution functions (qnorm, pnorm, qt, pt, qbeta, pbeta)", () => {
  const D = R.distributions;
  it("qnorm", () => closeAll(D.qnorm.p.map(normalQuantile), D.qnorm.q, "qnorm"));
  it("pnorm", () => closeAll(D.pnorm.z.map(normalCdf), D.pnorm.p, "pnorm"));
  it("qt", () => {
    for (const g of D.qt) closeAll(g.p.map((p: number) => studentTQuantile(p, g.df)), g.q, `qt(df = ${g.df})`);
  });
  it("pt", () => {
    for (const g of D.pt) closeAll(g.t.map((t: number) => studentTCdf(t, g.df)), g.p, `pt(df = ${g.df})`);
  });
  it("qbeta and pbeta", () => {
    for (const g of D.qbeta) close(betaQuantile(g.p, g.a, g.b), g.q, `qbeta(${g.p}, ${g.a}, ${g.b})`);
    for (const g of D.pbeta) close(regularizedIncompleteBeta(g.x, g.a, g.b), g.p, `pbeta(${g.x}, ${g.a}, ${g.b})`);
  });
});
