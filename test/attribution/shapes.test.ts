/**
 * Studies of any shape (issue 10, item 3): cases only, a SERVQUAL survey only without targets, an internal survey
 * only. Each attributes what its data can show, and its coverage names the data that would test the rest.
 */
import { describe, expect, it } from "vitest";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import type { CoverageNeed, GapCoverage } from "../../src/attribution/shared/coverage.js";
import type { Tag } from "../../src/attribution/shared/findings.js";
import { collectResponses } from "../../src/data/dataset.js";
import { UsageError } from "../../src/core/errors.js";
import { calls, casesStudy, internalRows, internalStudy, servqualRows, servqualStudy } from "./shapes.js";

const gap = (r: Attribution, tag: Tag): GapCoverage => {
  const g = r.coverage.gaps.find((x) => x.tag === tag);
  if (g === undefined) throw new Error(`no coverage for ${tag}`);
  return g;
};
const need = <K extends CoverageNeed["kind"]>(needs: readonly CoverageNeed[], kind: K): Extract<CoverageNeed, { kind: K }> | undefined =>
  needs.find((n): n is Extract<CoverageNeed, { kind: K }> => n.kind === kind);

describe("cases only (operational standards, no survey)", () => {
  const r = attribute(casesStudy, { cases: calls() });

  it("attributes execution against the standards, with the wave taken from the cases", () => {
    expect(r.wave).toBe("2026H1");
    expect(r.findings.map((f) => f.id)).toEqual(["nce:queue"]);
    const f = r.findings[0];
    expect(f?.post).toBe("planner");
    expect(r.tests.map((t) => t.id).sort()).toEqual(["compliance:answer_20s", "compliance:visit_24h"]);
    const answer = r.tests.find((t) => t.id === "compliance:answer_20s")?.evidence;
    expect(answer?.kind === "compliance-below-standard" ? answer.compliance.value : NaN).toBeCloseTo(0.6, 10);
    expect(r.priorities).toBeUndefined();
    expect(withPriorities(casesStudy, r, { cases: calls() }).priorities).toEqual([]);
    expect(r.linkage).toMatchObject({ respondents: 0, linked: 0, caseRecords: 60 });
  });

  it("says customer gaps, standards against expectations and links to customers were not testable, and which data would test them", () => {
    expect(r.coverage.data).toEqual({ customers: 0, staff: 0, cases: 60, linked: 0 });
    expect(r.coverage.complete).toBe(false);
    expect(gap(r, "non-compliant-execution")).toMatchObject({ testable: true, tests: 2, ways: ["compliance-below-standard"], needs: [] });
    const cd = gap(r, "customer-dissatisfaction");
    expect(cd).toMatchObject({ testable: false, tests: 0, ways: [] });
    expect(need(cd.needs, "customer-perception")).toEqual({ kind: "customer-perception", points: ["ep_answer"], questions: ["q_answer_sat"], steps: [] });
    const us = gap(r, "unreasonable-standard");
    expect(us.testable).toBe(false);
    // The metric the survey asks about needs its answers; the one it does not ask about needs a question.
    expect(us.needs).toEqual([
      { kind: "expectation-questions", metrics: ["answer_time"], standards: ["answer_20s"], questions: ["q_answer_exp"] },
      { kind: "expectation-questions", metrics: ["visit_time"], standards: ["visit_24h"], questions: [] },
    ]);
    expect(r.coverage.links.testable).toBe(false);
    expect(r.coverage.links.needs.map((n) => n.kind)).toEqual(["customer-perception", "linked-responses"]);
  });

  it("does not list every unanswered question as undecided: the coverage says it once", () => {
    expect(r.undecided.filter((u) => u.why.kind === "expectation-scarce" || u.why.kind === "perception-scarce")).toEqual([]);
  });

  it("takes the wave asked for, and refuses one the case records do not have", () => {
    expect(attribute(casesStudy, { cases: calls() }, { wave: "2026H1" }).wave).toBe("2026H1");
    expect(() => attribute(casesStudy, { cases: calls() }, { wave: "2025H2" })).toThrow(UsageError);
    expect(() => attribute(casesStudy, { cases: calls() }, { wave: "2025H2" })).toThrow(/no wave "2025H2" \(waves: 2026H1\)/);
  });

  it("reads a list of case records without waves as the readers' default wave", () => {
    const list = [{ id: "a", events: { offered: 0, answered: 10_000 } }];
    const one = attribute(casesStudy, { cases: list });
    expect(one.wave).toBe("1");
    expect(one.undecided.some((u) => u.why.kind === "compliance-scarce")).toBe(true);
    expect(gap(one, "non-compliant-execution").testable).toBe(true);
  });

  it("still refuses data with neither responses nor cases, and cases that are not case records", () => {
    expect(() => attribute(casesStudy, {} as never)).toThrow(/responses, cases or both/);
    expect(() => attribute(casesStudy, { cases: {} as never })).toThrow(/gaptrace\/attribute: data.cases is neither/);
  });
});

describe("a SERVQUAL survey only, no targets, no cases", () => {
  const r = attribute(servqualStudy, { responses: collectResponses(servqualStudy, servqualRows()) });

  it("attributes the customer gap the pairs show, and none where perception meets expectation", () => {
    const servqual = r.tests.filter((t) => t.evidence.kind === "servqual-gap");
    expect(servqual.map((t) => [t.id, t.significant])).toEqual([
      ["servqual:ep_help:e02", false],
      ["servqual:ep_speed:e01", true],
    ]);
    expect(r.findings.filter((f) => f.tag === "customer-dissatisfaction").map((f) => f.id)).toContain("cd:ep_speed");
    expect(r.findings.some((f) => f.tag !== "customer-dissatisfaction")).toBe(false);
  });

  it("says execution and the standard against expectations were not testable: case records with the clock's events, expectation questions on its metric", () => {
    expect(r.coverage.data).toEqual({ customers: 120, staff: 0, cases: 0, linked: 0 });
    expect(gap(r, "customer-dissatisfaction")).toMatchObject({ testable: true });
    expect(gap(r, "customer-dissatisfaction").ways).toContain("servqual-gap");
    const nce = gap(r, "non-compliant-execution");
    expect(nce.testable).toBe(false);
    expect(need(nce.needs, "case-records")).toEqual({ kind: "case-records", events: ["touched", "shown"], standards: ["response_3s"] });
    const us = gap(r, "unreasonable-standard");
    expect(us.testable).toBe(false);
    expect(need(us.needs, "expectation-questions")).toEqual({ kind: "expectation-questions", metrics: ["kiosk_response"], standards: ["response_3s"], questions: [] });
    expect(r.coverage.links).toEqual({ testable: false, needs: [{ kind: "case-records", events: ["touched", "shown"], standards: ["response_3s"] }, { kind: "linked-responses" }] });
  });
});

describe("an internal survey only (staff rating their upstream support, no customers)", () => {
  const r = attribute(internalStudy, { responses: collectResponses(internalStudy, internalRows()) });

  it("attributes execution from the internal ratings against the points' targets", () => {
    expect(r.findings.map((f) => f.id)).toEqual(["nce:dispatch"]);
    expect(r.findings[0]?.post).toBe("dispatcher");
    expect(r.tests.map((t) => t.id).sort()).toEqual(["internal:ep_dispatch:crew", "internal:ep_repair:agent"]);
  });

  it("says customer gaps, standards and links were not testable: customers' answers at the front-line point, expectations, case records", () => {
    expect(r.coverage.data).toEqual({ customers: 0, staff: 54, cases: 0, linked: 0 });
    const cd = gap(r, "customer-dissatisfaction");
    expect(cd.testable).toBe(false);
    expect(need(cd.needs, "customer-perception")).toEqual({ kind: "customer-perception", points: ["ep_take"], questions: ["q_take_sat"], steps: [] });
    expect(gap(r, "unreasonable-standard").testable).toBe(false);
    expect(need(gap(r, "unreasonable-standard").needs, "expectation-questions")?.metrics).toEqual(["arrival_time"]);
    const nce = gap(r, "non-compliant-execution");
    expect(nce).toMatchObject({ testable: true, ways: ["internal-rating-below-target"] });
    expect(need(nce.needs, "case-records")).toEqual({ kind: "case-records", events: ["reported", "on_site"], standards: ["arrive_45"] });
    expect(r.coverage.links.needs.map((n) => n.kind)).toEqual(["customer-perception", "case-records", "linked-responses"]);
    // No customer answered: no "too few customers" item per point.
    expect(r.undecided.some((u) => u.why.kind === "perception-scarce")).toBe(false);
  });
});

describe("full data", () => {
  it("is complete when customers, staff and linked cases are all there", async () => {
    const { bundled, simulated } = await import("./helpers.js");
    const { data, table } = simulated({ seed: 7, externalRespondents: 300, internalRespondents: 60, casesPerTheme: 150 });
    const r = attribute(bundled, { responses: table, cases: data.cases });
    expect(r.coverage.gaps.map((g) => g.testable)).toEqual([true, true, true]);
    expect(r.coverage.links.testable).toBe(r.linkage.linked > 0);
  });
});
