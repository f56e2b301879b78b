/**
 * One argument order for the report sentences, the study first: every sentence function of gaptrace/reports that
 * took the study second or later in 0.1 accepted that order in 0.2 (deprecated) and refuses it in 0.3 with a
 * UsageError naming the function and its first argument, never a raw TypeError or a sentence about the wrong thing.
 */
import { describe, expect, it } from "vitest";
import type { CauseLink, CustomerDissatisfaction, Finding } from "../../src/attribution/shared/findings.js";
import { UsageError } from "../../src/core/errors.js";
import type { Lang } from "../../src/core/label.js";
import * as reports from "../../src/reports/index.js";
import { PARTLY_LINKED, reconnectionGap, reconnectionRun, UNLINKED } from "./linked.js";
import { utilityRun } from "./fixture.js";

const utility = utilityRun();
const linked = reconnectionRun(PARTLY_LINKED);

function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`the fixture has no ${what}`);
  return value;
}

/** The utility run: a customer gap with a chain, every evidence and change kind, standards with owners, undecided items. */
const u = (() => {
  const { study, result } = utility;
  const gap = defined(
    result.findings.find((f): f is CustomerDissatisfaction => f.tag === "customer-dissatisfaction" && f.links.some((l) => l.chain.length > 0)),
    "customer gap with a chain",
  );
  const chain = defined(gap.links.find((l) => l.chain.length > 0), "chain").chain;
  const us = defined(result.findings.find((f) => f.tag === "unreasonable-standard"), "unreasonable standard");
  const nce = defined(result.findings.find((f): f is Extract<Finding, { tag: "non-compliant-execution" }> => f.tag === "non-compliant-execution"), "execution finding");
  const evidence = defined(nce.evidence[0], "evidence");
  const change = defined(nce.change[0], "change");
  const standard = defined(study.standards[0], "standard");
  const undecided = defined(result.undecided[0], "undecided item");
  return { study, result, gap, chain, us, nce, evidence, change, standard, undecided };
})();

/** The reconnection runs: links with measured effects and shares, and links with reasons and tests. */
const r = (() => {
  const { study, result } = linked;
  const gap = reconnectionGap(result);
  const measured = defined(gap.causes.find((c) => c.effect !== undefined), "measured cause") as CauseLink;
  // Without linked responses, the links have no measured share and name the data that would test them.
  const possible = defined(reconnectionGap(reconnectionRun(UNLINKED).result).links.find((l) => l.share === undefined && l.test.length > 0), "link to test");
  const test = defined(possible.test[0], "test");
  return { study, result, gap, measured, possible, test };
})();

type Row = readonly [name: string, now: (lang: Lang) => unknown, old: (lang: Lang) => unknown];

/** A function as a caller without types sees it, to call it in the 0.1 order. */
const loose = (f: unknown): ((...args: unknown[]) => unknown) => f as (...args: unknown[]) => unknown;

// Each row calls one function in the current order and in the 0.1 order (removed in 0.3).
const ROWS: readonly Row[] = [
  ["standardOwnerText", (l) => reports.standardOwnerText(u.study, u.standard, l), (l) => loose(reports.standardOwnerText)(u.standard, u.study, l)],
  ["postText", (l) => reports.postText(u.study, u.nce.post, l), (l) => loose(reports.postText)(u.nce.post, u.study, l)],
  ["evidenceText", (l) => reports.evidenceText(u.study, u.evidence, l), (l) => loose(reports.evidenceText)(u.evidence, u.study, l)],
  ["evidenceBrief", (l) => reports.evidenceBrief(u.study, u.evidence, l), (l) => loose(reports.evidenceBrief)(u.evidence, u.study, l)],
  ["evidenceSubject", (l) => reports.evidenceSubject(u.study, u.evidence, l), (l) => loose(reports.evidenceSubject)(u.evidence, u.study, l)],
  ["changeText", (l) => reports.changeText(u.study, u.change, l, "subject"), (l) => loose(reports.changeText)(u.change, u.study, l, "subject")],
  ["chainLinkText", (l) => reports.chainLinkText(u.study, defined(u.chain[0], "link"), l, () => false), (l) => loose(reports.chainLinkText)(defined(u.chain[0], "link"), u.study, l, () => false)],
  ["chainPathText", (l) => reports.chainPathText(u.study, u.chain, l), (l) => loose(reports.chainPathText)(u.chain, u.study, l)],
  ["findingTitle", (l) => reports.findingTitle(u.study, u.us, l), (l) => loose(reports.findingTitle)(u.us, u.study, l)],
  ["findingText", (l) => reports.findingText(u.study, u.gap, l), (l) => loose(reports.findingText)(u.gap, u.study, l)],
  ["findingRefText", (l) => reports.findingRefText(u.study, u.nce.id, l), (l) => loose(reports.findingRefText)(u.nce.id, u.study, l)],
  ["shareText", (l) => reports.shareText(u.study, 0.779, u.gap.id, l), (l) => loose(reports.shareText)(0.779, u.gap.id, u.study, l)],
  ["undecidedText", (l) => reports.undecidedText(u.study, u.undecided, l), (l) => loose(reports.undecidedText)(u.undecided, u.study, l)],
  ["responsibilityLists", () => reports.responsibilityLists(r.study, r.result), () => loose(reports.responsibilityLists)(r.result, r.study)],
  ["exposureText", (l) => reports.exposureText(r.study, r.measured.exposure, l), (l) => loose(reports.exposureText)(r.measured.exposure, r.study, l)],
  ["effectText", (l) => reports.effectText(r.study, r.measured, l), (l) => loose(reports.effectText)(r.measured, r.study, l)],
  ["reasonText", (l) => reports.reasonText(r.study, r.measured, r.gap.gap, l), (l) => loose(reports.reasonText)(r.measured, r.gap.gap, r.study, l)],
  ["testText", (l) => reports.testText(r.study, r.test, l), (l) => loose(reports.testText)(r.test, r.study, l)],
  ["linkText", (l) => reports.linkText(r.study, r.possible, r.gap.gap, l), (l) => loose(reports.linkText)(r.possible, r.gap.gap, r.study, l)],
  ["missesName", (l) => reports.missesName(r.study, r.measured.exposure, l), (l) => loose(reports.missesName)(r.measured.exposure, r.study, l)],
  [
    "gapShareText",
    (l) => reports.gapShareText(r.study, 0.55, [0.4, 0.7], 0.95, "measured", r.gap.id, l),
    (l) => loose(reports.gapShareText)(0.55, [0.4, 0.7], 0.95, "measured", r.gap.id, r.study, l),
  ],
  ["possibleCauseText", (l) => reports.possibleCauseText(r.study, r.possible, r.gap.id, r.gap.gap, l), (l) => loose(reports.possibleCauseText)(r.possible, r.gap.id, r.gap.gap, r.study, l)],
];

describe("the report sentences, study first; the 0.1 order is refused in 0.3", () => {
  it("cover every sentence function that took the study second or later", () => {
    expect(ROWS.map(([name]) => name).sort()).toEqual(
      [
        "standardOwnerText", "postText", "evidenceText", "evidenceBrief", "evidenceSubject", "changeText", "chainLinkText", "chainPathText",
        "findingTitle", "findingText", "findingRefText", "shareText", "undecidedText", "responsibilityLists", "exposureText", "effectText",
        "reasonText", "testText", "linkText", "missesName", "gapShareText", "possibleCauseText",
      ].sort(),
    );
  });

  it.each(ROWS)("%s reads the current order, and refuses the 0.1 order with a UsageError naming it", (name, now, old) => {
    for (const lang of ["en", "zh"] as const) {
      // Something with the study's names in it, so a swapped argument could not pass unseen.
      expect(JSON.stringify(now(lang)).length).toBeGreaterThan(4);
      expect(() => old(lang)).toThrow(UsageError);
      expect(() => old(lang)).toThrow(new RegExp(`^gaptrace/${name}: the first argument must be a study \\(a validated Study object\\); got `));
    }
  });
});
