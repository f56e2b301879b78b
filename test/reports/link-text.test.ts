/**
 * The words for graded links, in both languages, on runs whose truth is known: a measured cause states its share
 * and interval, a link without a measured effect states no percentage and names the data that would test it, an
 * estimate across places carries its caveat, and every kind of reason, test and grade has its own sentence.
 */
import { describe, expect, it } from "vitest";
import { GRADES, type CauseLink, type LinkReason, type TestData } from "../../src/attribution/shared/findings.js";
import {
  correctionText, effectText, familiesText, gradeName, linkageText, linkText, possibleCauseText, reasonText, shareBrief, testText, toTestBrief,
  unexplainedText,
} from "../../src/reports/link-text.js";
import { REASON_KINDS, TEST_KINDS, isPossibleCause, shareInterval, untested } from "../../src/reports/links.js";
import { findingText } from "../../src/reports/text.js";
import { PARTLY_LINKED, reconnectionGap, reconnectionRun, UNLINKED } from "./linked.js";

const linked = reconnectionRun(PARTLY_LINKED);
const unlinked = reconnectionRun(UNLINKED);
const study = linked.study;
const gap = reconnectionGap(linked.result);
const bare = reconnectionGap(unlinked.result);

const linkTo = (g: typeof gap, finding: string): CauseLink => {
  const l = g.links.find((x) => x.finding === finding);
  if (l === undefined) throw new Error(`no link to ${finding}`);
  return l;
};

describe("a measured cause", () => {
  const recon = linkTo(gap, "nce:reconnect");

  it("is measured on the linked customers and has a share with its interval", () => {
    expect(linked.result.linkage).toMatchObject({ respondents: 600, linked: 510, unlinked: 30, unknownCase: 30, duplicate: 30 });
    expect(recon.grade).toBe("measured");
    expect(recon.share).toBeGreaterThan(0.5);
    const ci = shareInterval(recon, gap.gap);
    expect(ci?.[0]).toBeLessThan(recon.share ?? NaN);
    expect(ci?.[1]).toBeGreaterThan(recon.share ?? NaN);
  });

  it("states its share, interval, exposure, effect and q in English", () => {
    const en = linkText(study, recon, gap.gap, "en");
    expect(en).toMatch(
      /^explains 6\d(\.\d)?% \(95% CI 5\d(\.\d)?%–[67]\d(\.\d)?%\) of the gap: customers whose own case missed “Supply restored within 24 hours of settlement” \(30% of linked customers\) rate 5\d\.\d points lower \(95% CI −5\d\.\d to −5\d\.\d; q < 0\.001\), compared within the same area$/,
    );
  });

  it("states the same in Chinese", () => {
    const zh = linkText(study, recon, gap.gap, "zh");
    expect(zh).toMatch(
      /^解释了差距的6\d(\.\d)?%（95%置信区间 5\d(\.\d)?%–[67]\d(\.\d)?%）：本人工单未达到“结清后24小时内复电”的客户（占已关联客户的30%）评价低5\d\.\d分（95%置信区间 −5\d\.\d 至 −5\d\.\d；q < 0\.001），在相同“area”内比较$/,
    );
  });

  it("puts the measured share and what stays with the front line in the gap's headline, adding up to 100%", () => {
    const en = findingText(study, gap, "en");
    expect(en).toMatch(/Measured upstream effects explain 6\d(\.\d)?% of the 27\.5-point gap: execution at “Crew reconnects” \(Reconnection crew\) 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\)\./);
    expect(en).toMatch(/ 3\d(\.\d)?% not explained by a measured upstream effect: stays with the front-line post, Reconnection crew \(Operations\)\.$/);
    const zh = findingText(study, gap, "zh");
    expect(zh).toMatch(/已测量的上游影响解释了27\.5分差距中的6\d(\.\d)?%：环节“班组复电”（复电班组）执行不合格6\d(\.\d)?%（95%置信区间 [\d.]+%–[\d.]+%，已测量）。/);
    expect(zh).toContain("未被已测量的上游影响解释的部分（");
    expect((recon.share ?? 0) + gap.unexplainedShare).toBeCloseTo(1, 12);
  });

  it("says a measured link without harm is no cause, with its numbers and without a share", () => {
    const decoy = linkTo(gap, "nce:settle");
    expect(decoy.share).toBeUndefined();
    expect(isPossibleCause(decoy)).toBe(false);
    expect(reasonText(study, decoy, gap.gap, "en")).toMatch(/^measured, (no harm found|not significant after the adjustment): customers whose own case missed “Arrears settled within 2 hours of payment”/);
    expect(reasonText(study, decoy, gap.gap, "zh")).toMatch(/^已测量，(未发现不利影响|校正后不显著)：本人工单未达到“缴费后2小时内结清”的客户/);
  });
});

describe("links nobody has measured", () => {
  const structural = linkTo(bare, "nce:reconnect");
  const chain = linkTo(bare, "nce:settle");

  it("are graded structural or internal chain, with no share and no cause", () => {
    expect(unlinked.result.linkage).toMatchObject({ respondents: 600, linked: 0, unlinked: 600 });
    expect(structural.grade).toBe("structural");
    expect(chain.grade).toBe("internal-chain");
    expect(bare.causes).toEqual([]);
    expect(bare.unexplainedShare).toBe(1);
  });

  it("state no percentage and name the data that would test them, in both languages", () => {
    for (const lang of ["en", "zh"] as const)
      for (const l of [structural, chain]) {
        const line = linkText(study, l, bare.gap, lang);
        expect(line, line).not.toContain("%");
        const possible = possibleCauseText(study, l, bare.id, bare.gap, lang);
        expect(possible, possible).not.toContain("%");
        expect(toTestBrief(l.grade, "Reconnection timeliness", lang)).not.toContain("%");
      }
    expect(linkText(study, structural, bare.gap, "en")).toBe(
      "possible cause, untested: link survey responses to their work orders (a case column) with the events “Arrears settled”, “Supply restored” to measure it; " +
        "or record the same segment (area, depot, branch) on survey responses and work orders, in at least 5 places with at least 10 customers and 10 work orders each, to compare places",
    );
    expect(linkText(study, structural, bare.gap, "zh")).toBe(
      "可能的原因，未检验：将调查回答与其本人工单关联（工单号列），并记录“结清”、“复电”事件，即可测量；或在调查回答和工单上记录相同的分组（区域、班组、网点），至少5个分组，每个分组至少10位客户、10张工单，以便跨区域比较",
    );
    expect(linkText(study, chain, bare.gap, "en")).toMatch(/^supported by internal customers' ratings \(Settlement support below target\), size not measured: link survey responses/);
    expect(linkText(study, chain, bare.gap, "zh")).toMatch(/^有内部客户评价支持（“结清支撑”低于目标），影响大小未测量：将调查回答/);
    expect(possibleCauseText(study, structural, bare.id, bare.gap, "en")).toMatch(/^possible cause of the customer gap at “Reconnection timeliness” — to test \(structural only, untested\): possible cause, untested: /);
    expect(possibleCauseText(study, chain, bare.id, bare.gap, "zh")).toMatch(/^“复电及时性”客户差距的可能原因——待检验（内部客户评价支持）：有内部客户评价支持/);
  });

  it("leave the whole gap with the front line, and count the possible causes in the headline", () => {
    expect(findingText(study, bare, "en")).toMatch(
      /No measured upstream effect explains the 27\.5-point gap: it stays with the front-line post, Reconnection crew \(Operations\)\. 2 possible causes upstream to test, size not measured\.$/,
    );
    expect(findingText(study, bare, "zh")).toMatch(/没有已测量的上游影响能解释这27\.5分的差距：差距留在一线岗位运检部复电班组。另有2个可能的上游原因待检验，影响大小未测量。$/);
  });
});

describe("estimates across places and overall satisfaction", () => {
  const base = linkTo(gap, "nce:reconnect");
  const across: CauseLink = {
    ...base,
    grade: "co-variation",
    effect: {
      estimator: "segment-regression",
      effect: { value: -40, se: 8, ci: [-58, -22], level: 0.95, n: 6, nEffective: 6, p: 0.004, q: 0.008 },
      df: 4,
      exposure: 0.3,
      attributable: { value: 12, se: 2.7, ci: [6.6, 17.4] },
      adjustedFor: [],
      n: 6,
    },
    share: 12 / 27.5,
    shareCi: undefined,
  };

  it("carries the ecological caveat and its share's interval", () => {
    expect(linkText(study, across, 27.5, "en")).toBe(
      "explains 43.6% (95% CI 24%–63.3%) of the gap: places where more cases miss “Supply restored within 24 hours of settlement” rate lower: 4.0 points for every 10 percentage points more " +
        "(95% CI −5.8 to −2.2; q = 0.008; 6 places); an estimate across places, which can mislead where places differ in other ways",
    );
    expect(linkText(study, across, 27.5, "zh")).toContain("这是跨区域的估计，区域之间若在其他方面也不同，可能产生误导");
  });

  it("words a key driver of overall satisfaction by its weight and the points its gap costs", () => {
    const driver: CauseLink = {
      ...base,
      finding: "cd:ep_recon",
      exposure: { kind: "point", point: "ep_recon" },
      effect: {
        estimator: "driver-regression",
        effect: { value: 0.2, se: 0.02, ci: [0.16, 0.24], level: 0.95, n: 2428, nEffective: 2428, p: 1e-9, q: 1e-9 },
        df: 2420,
        exposure: 29.5,
        attributable: { value: 5.9, se: 0.6, ci: [4.72, 7.08] },
        adjustedFor: [],
        n: 2428,
      },
    };
    expect(effectText(study, driver, "en")).toBe(
      "each point of “Reconnection timeliness” moves overall satisfaction by 0.20 points (95% CI 0.16–0.24; q < 0.001; n = 2,428); reaching its target (29.5 points away) would close 5.9 points (95% CI 4.7–7.1)",
    );
    expect(effectText(study, driver, "zh")).toBe("“复电及时性”每提高1分，总体满意度变化0.20分（95%置信区间 0.16–0.24；q < 0.001；n = 2,428）；达到其目标（差29.5分）可使总体满意度提高5.9分（95%置信区间 4.7–7.1）");
  });
});

describe("a measured effect larger than the gap", () => {
  it("takes the whole gap and says the effect is at least the gap, with its interval", () => {
    const base = linkTo(gap, "nce:reconnect");
    if (base.effect === undefined) throw new Error("expected an effect");
    const big: CauseLink = { ...base, share: 1, effect: { ...base.effect, attributable: { value: 30.2, se: 0.66, ci: [28.9, 31.5] } }, shareCi: undefined };
    expect(shareInterval(big, 27.5)).toEqual([1, 1]);
    expect(reasonText(study, big, 27.5, "en")).toMatch(/; the effect accounts for 30\.2 points \(95% CI 28\.9–31\.5\), at least the whole 27\.5-point gap$/);
    expect(reasonText(study, big, 27.5, "zh")).toMatch(/；该影响对应30\.2分（95%置信区间 28\.9–31\.5），不小于整个27\.5分的差距$/);
    expect(reasonText(study, base, gap.gap, "en")).not.toContain("whole");
  });

  it("is not a possible cause when measured without a significant harm: the data tested it", () => {
    const base = linkTo(gap, "nce:settle");
    for (const reason of [{ kind: "not-significant" }, { kind: "no-harm" }, { kind: "negligible" }] as const) expect(isPossibleCause({ ...base, reason })).toBe(false);
    expect(isPossibleCause({ ...base, reason: { kind: "too-few-exposed", exposed: 3, unexposed: 200, unknown: 0, needed: 10 } })).toBe(true);
    expect(untested({ kind: "internal-chain" })).toBe(true);
    expect(untested({ kind: "share" })).toBe(false);
  });
});

describe("every kind has its words", () => {
  const base = linkTo(bare, "nce:reconnect");
  const reasons: readonly LinkReason[] = [
    { kind: "share", capped: true, standardMet: true },
    { kind: "not-significant" },
    { kind: "no-harm" },
    { kind: "negligible" },
    { kind: "confounded" },
    { kind: "ecological" },
    { kind: "too-few-exposed", exposed: 4, unexposed: 311, unknown: 0, needed: 10 },
    { kind: "internal-chain", points: ["ep_settle"] },
    { kind: "untested" },
  ];
  const tests: readonly TestData[] = [
    { kind: "linked-cases", events: ["settled", "reconnected"] },
    { kind: "internal-ratings", step: "settle", post: "crew" },
    { kind: "segments", needed: 5, perPlace: 10 },
    { kind: "both-sides", exposed: 420, unexposed: 0, needed: 10 },
    { kind: "step-clock", step: "settle", post: "clerk", link: false, places: undefined, perPlace: undefined },
    { kind: "unconfounded-cases", adjustedFor: ["area"] },
    { kind: "driver-answers", point: "ep_settle", needed: 30 },
  ];

  it("a distinct sentence per reason, test and grade, in both languages", () => {
    expect(reasons.map((r) => r.kind)).toEqual([...REASON_KINDS]);
    expect(tests.map((t) => t.kind)).toEqual([...TEST_KINDS]);
    for (const lang of ["en", "zh"] as const) {
      const said = reasons.map((reason) => reasonText(study, { ...base, reason }, bare.gap, lang));
      expect(new Set(said).size).toBe(reasons.length);
      for (const s of said) expect(s).not.toMatch(/undefined|NaN|\[object/);
      const testSaid = tests.map((t) => testText(study, t, lang));
      expect(new Set(testSaid).size).toBe(tests.length);
      expect(new Set(GRADES.map((g) => gradeName(g, lang))).size).toBe(GRADES.length);
    }
    expect(reasonText(study, { ...base, reason: { kind: "too-few-exposed", exposed: 4, unexposed: 311, unknown: 0, needed: 10 } }, bare.gap, "en")).toBe(
      "possible cause, not measurable from the linked customers: 4 exposed, 311 not exposed (at least 10 needed on each side)",
    );
    // Every linked customer exposed: nobody to compare with, and the counts say so (with the unknown ones).
    expect(reasonText(study, { ...base, reason: { kind: "too-few-exposed", exposed: 420, unexposed: 0, unknown: 3, needed: 10 } }, bare.gap, "zh")).toBe(
      "可能的原因，现有关联客户无法测量：受影响420位、未受影响0位、无法判断3位（每组至少需要10位）",
    );
    expect(testText(study, tests[3] as TestData, "en")).toBe("customers linked to their own cases on both sides: at least 10 whose case was exposed and 10 whose case was not (now 420 and 0)");
    expect(testText(study, tests[1] as TestData, "en")).toBe("have “Reconnection crew” rate the support they get from “Clerk settles arrears” (internal customers' ratings)");
    expect(testText(study, tests[1] as TestData, "zh")).toBe("请“复电班组”评价“收费员结清欠费”提供的支撑（内部客户评价）");
    // No clock on the step: time it (and, with nothing linked, link the responses or compare places).
    const clock = { kind: "step-clock", step: "settle", post: "clerk", link: true, places: 5, perPlace: 10 } as const;
    for (const lang of ["en", "zh"] as const) expect(testText(study, clock, lang)).not.toBe(testText(study, tests[4] as TestData, lang));
    expect(testText(study, tests[4] as TestData, "en")).toBe(
      "time “Clerk settles arrears” (executed by “Billing clerk”) in the case records, with a standard on it whose clock's start and stop events are recorded in the work orders, so customers whose own case missed it can be compared with those whose case did not",
    );
    expect(testText(study, clock, "en")).toContain("and link survey responses to their work orders (a case column) or record the same segment (area, depot, branch) on both, in at least 5 places with at least 10 customers and 10 work orders each");
    // Each place must hold enough customers and work orders to be compared (co-variation leaves out smaller ones).
    expect(testText(study, tests[2] as TestData, "en")).toBe(
      "record the same segment (area, depot, branch) on survey responses and work orders, in at least 5 places with at least 10 customers and 10 work orders each, to compare places",
    );
    expect(testText(study, tests[2] as TestData, "zh")).toBe("在调查回答和工单上记录相同的分组（区域、班组、网点），至少5个分组，每个分组至少10位客户、10张工单，以便跨区域比较");
    expect(testText(study, tests[4] as TestData, "zh")).toBe("为“收费员结清欠费”（“收费员”执行）设一项带计时的标准，并在工单中记录其计时的起止事件，以便比较本人工单未达标的客户与达标的客户");
    expect(testText(study, clock, "zh")).toContain("同时将调查回答与其本人工单关联（工单号列），或在调查回答和工单上记录相同的分组（区域、班组、网点），至少5个分组，每个分组至少10位客户、10张工单");
    expect(GRADES.map((g) => gradeName(g, "zh"))).toEqual(["已测量", "内部客户评价支持", "跨区域共变", "仅结构推断，未检验"]);
  });

  it("says what stays with the front line, how responses were linked, and the two families of tests", () => {
    expect(unexplainedText(0.39, "Reconnection crew (Operations)", "en")).toBe("39% not explained by a measured upstream effect: stays with the front-line post, Reconnection crew (Operations)");
    expect(unexplainedText(0.39, "运检部复电班组", "zh")).toBe("未被已测量的上游影响解释的部分（39%）：留在一线岗位运检部复电班组");
    expect(linkageText(linked.result.linkage, "en")).toBe(
      "Survey responses linked to their own cases: 510 of 600 external respondents (85%); 30 name no case; 30 name a case not in the case records; 30 name a case another respondent already links.",
    );
    expect(linkageText(unlinked.result.linkage, "zh")).toBe(
      "调查回答与本人工单的关联：600位外部受访者中0位已关联（0%）；600位未填写工单号。无法在关联工单上测量对客户评价的影响，各原因按较弱的证据分级。",
    );
    expect(familiesText({ tests: 40, significant: 9 }, { tests: 6, significant: 2 }, { findings: "benjamini-hochberg", links: "holm" }, 0.05, "en")).toBe(
      "Two families of tests, each adjusted on its own: the findings' 40 tests (Benjamini–Hochberg, false discovery rate 5%; 9 significant), and 6 link tests of upstream effects on customers' ratings (Holm, family-wise error rate 5%; 2 significant).",
    );
    expect(correctionText("benjamini-hochberg", 0.05, "zh")).toBe("Benjamini–Hochberg 校正，错误发现率 5%");
    expect(shareBrief(0.39, undefined, 0.95, undefined, "复电及时性", "zh")).toBe("复电及时性 39%（未被上游解释）");
  });
});

describe("a link too few linked customers can measure", () => {
  // The export-shaped water run: every linked customer's case missed the standard, so nobody is on the other side.
  const base = linkTo(bare, "nce:reconnect");
  const thin: CauseLink = {
    ...base,
    share: undefined,
    reason: { kind: "too-few-exposed", exposed: 420, unexposed: 0, unknown: 0, needed: 10 },
    test: [{ kind: "both-sides", exposed: 420, unexposed: 0, needed: 10 }],
  };

  it("gives the counts and the minimum once, then says which side needs more linked customers", () => {
    const en = linkText(study, thin, bare.gap, "en");
    expect(en).toBe(
      "possible cause, not measurable from the linked customers: 420 exposed, 0 not exposed (at least 10 needed on each side): more linked customers whose own case was not exposed (a larger linked sample, or one from places or periods where cases differ)",
    );
    const zh = linkText(study, thin, bare.gap, "zh");
    expect(zh).toBe("可能的原因，现有关联客户无法测量：受影响420位、未受影响0位（每组至少需要10位）：补充本人工单未受影响的关联客户（扩大关联样本，或从工单情况不同的区域、时段抽样）");
    for (const s of [en, zh]) {
      expect(s.split("420").length - 1).toBe(1);
      expect(s.split("10").length - 1).toBe(1);
    }
  });

  it("names the exposed side, or both, when those are short", () => {
    const side = (exposed: number, unexposed: number, lang: "en" | "zh"): string =>
      linkText(study, { ...thin, reason: { kind: "too-few-exposed", exposed, unexposed, unknown: 0, needed: 10 }, test: [{ kind: "both-sides", exposed, unexposed, needed: 10 }] }, bare.gap, lang);
    expect(side(4, 311, "en")).toMatch(/: more linked customers whose own case was exposed \(/);
    expect(side(4, 3, "en")).toMatch(/: more linked customers on both sides \(/);
    expect(side(4, 311, "zh")).toMatch(/：补充本人工单受影响的关联客户（/);
    expect(side(4, 3, "zh")).toMatch(/：受影响和未受影响的两组都要补充关联客户（/);
    // Neither side short (the reason was too many unknown exposures): the test is said in full.
    expect(side(40, 31, "en")).toMatch(/: customers linked to their own cases on both sides: at least 10 whose case was exposed and 10 whose case was not \(now 40 and 31\)$/);
  });

  it("keeps the counts in the test's own text, which is also read alone (the report's tests)", () => {
    expect(testText(study, thin.test[0] as TestData, "en")).toBe("customers linked to their own cases on both sides: at least 10 whose case was exposed and 10 whose case was not (now 420 and 0)");
  });
});
