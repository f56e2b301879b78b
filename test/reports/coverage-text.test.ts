/**
 * The coverage statement in every report: shown when a kind of gap was not testable, in English and Chinese, with
 * the study's names and the data that would test it; absent from the writers when every kind was testable.
 */
import { describe, expect, it } from "vitest";
import { attribute } from "../../src/attribution/attribute.js";
import { withPriorities } from "../../src/attribution/with-priorities.js";
import { collectResponses } from "../../src/data/dataset.js";
import { buildReport } from "../../src/reports/report.js";
import { coverageNeedText, coverageText } from "../../src/reports/coverage-text.js";
import { markdownFromReport } from "../../src/reports/markdown.js";
import { htmlFromReport } from "../../src/reports/html.js";
import { ReportSchema } from "../../src/reports/schema.js";
import { displayAttribution } from "../../src/notebook/attribution.js";
import { internalRows, internalStudy, servqualRows, servqualStudy } from "../attribution/shapes.js";
import { coverageOf, type Coverage } from "../../src/attribution/shared/coverage.js";
import { utilityRun } from "./fixture.js";

describe("the coverage statement", () => {
  const internal = attribute(internalStudy, { responses: collectResponses(internalStudy, internalRows()) });
  const servqual = attribute(servqualStudy, { responses: collectResponses(servqualStudy, servqualRows()) });

  it("words each need with the study's names, in both languages", () => {
    const en = coverageText(internalStudy, internal.coverage, "en");
    expect(en.read).toBe("This run read answers from 0 customers and 54 staff, and 0 case records (0 responses linked to their own cases).");
    expect(en.gaps.map((g) => g.text)).toEqual([
      "Customer dissatisfaction point: not testable with these data.",
      "Unreasonable standard point: not testable with these data.",
      "Non-compliant execution point: tested (2 tests: Internal customers' rating below target).",
    ]);
    expect(en.gaps[0]?.needs).toEqual(["customers' answers to the perception questions q_take_sat at “Taking the report”"]);
    expect(en.gaps[2]?.needs).toEqual(["case records with the events “Fault reported”, “Crew on site” (for the standards “Crew on site within 45 minutes”)"]);
    const zh = coverageText(internalStudy, internal.coverage, "zh");
    expect(zh.gaps[0]?.text).toBe("客户不满意点：本次数据无法检验。");
    expect(zh.gaps[2]?.needs).toEqual(["包含事件“报修”、“到达现场”的工单记录（用于标准“45分钟内到达现场”）"]);
    expect(coverageNeedText(servqualStudy, { kind: "expectation-questions", metrics: ["kiosk_response"], standards: ["response_3s"], questions: [] }, "zh")).toBe(
      "关于“终端响应时长”的客户期望题（客户可接受的值），用于检验标准“终端3秒内响应”",
    );
    expect(coverageNeedText(servqualStudy, { kind: "targets", points: ["ep_help"], audience: "external" }, "en")).toBe(
      "a target, or SERVQUAL expectation questions paired with the perception questions, at “Help in the hall”",
    );
  });

  it("is in the report document, and every writer prints it when a kind was not testable", () => {
    for (const lang of ["en", "zh"] as const) {
      const doc = ReportSchema.parse(buildReport(servqualStudy, servqual, { lang }));
      expect(doc.coverage?.shown).toBe(true);
      expect(doc.coverage?.gaps.find((g) => g.tag === "non-compliant-execution")?.needs.map((n) => n.kind)).toEqual(["case-records"]);
      const heading = lang === "en" ? "What these data can show" : "本次数据能说明什么";
      const md = markdownFromReport(doc);
      expect(md).toContain(`## ${heading}`);
      // After the data read section, before the summary.
      expect(md.indexOf(heading)).toBeLessThan(md.indexOf(lang === "en" ? "## Summary" : "## 概要"));
      expect(htmlFromReport(doc)).toContain(`id="coverage"`);
      const view = displayAttribution(servqualStudy, servqual, { lang }).toString();
      expect(view).toContain(heading);
    }
    const md = markdownFromReport(buildReport(servqualStudy, servqual));
    expect(md).toContain("- Customer dissatisfaction point: tested (");
    expect(md).toContain("- Non-compliant execution point: not testable with these data. Would test it: case records with the events “Screen touched”, “Result shown”");
  });

  it("is left out of the writers when every kind was testable, and reports without it still read", () => {
    const doc = buildReport(servqualStudy, servqual);
    const complete = { ...doc, coverage: { ...doc.coverage!, shown: false } };
    expect(markdownFromReport(complete)).not.toContain("What these data can show");
    expect(htmlFromReport(complete)).not.toContain('id="coverage"');
    const { coverage: _, ...older } = doc;
    expect(ReportSchema.safeParse(older).success).toBe(true);
    expect(markdownFromReport(older as typeof doc)).not.toContain("What these data can show");
  });

  it("says a kind was tried but undecided, not 'tested (0 tests)', when every test of it was too thin", () => {
    const base = servqual.coverage;
    const thin: Coverage = {
      ...base,
      gaps: base.gaps.map((g) => (g.tag === "unreasonable-standard" ? { ...g, testable: true, tests: 0, ways: [], needs: [] } : g)),
    };
    const en = coverageText(servqualStudy, thin, "en").gaps.find((g) => g.tag === "unreasonable-standard");
    expect(en?.text).toBe("Unreasonable standard point: tried, but the data were too thin to decide any test (see “Undecided: data too thin”).");
    const zh = coverageText(servqualStudy, thin, "zh").gaps.find((g) => g.tag === "unreasonable-standard");
    expect(zh?.text).toBe("标准不合理点：已尝试检验，但数据太少，无一项能判定（见“待定：数据不足”）。");
    expect(en?.text).not.toContain("0 tests");
  });

  it("is shown when every kind was tested but data the study declares are missing", () => {
    const base = servqual.coverage;
    const allTested: Coverage = {
      ...base,
      gaps: base.gaps.map((g) => ({ ...g, testable: true, tests: Math.max(1, g.tests), needs: [] })),
      links: { testable: true, needs: [] },
      complete: true,
    };
    expect(buildReport(servqualStudy, { ...servqual, coverage: allTested }).coverage?.shown).toBe(false);
    // A design suggestion alone (a question the study does not ask) does not bring the statement into the report.
    const suggestion: Coverage = {
      ...allTested,
      gaps: allTested.gaps.map((g) =>
        g.tag === "unreasonable-standard" ? { ...g, needs: [{ kind: "expectation-questions", metrics: ["kiosk_response"], standards: ["response_3s"], questions: [] }] } : g,
      ),
    };
    expect(buildReport(servqualStudy, { ...servqual, coverage: suggestion }).coverage?.shown).toBe(false);
    // Internal ratings declared at a point nobody rated: the report names them instead of staying silent.
    const missingRaters: Coverage = {
      ...allTested,
      gaps: allTested.gaps.map((g) =>
        g.tag === "non-compliant-execution" ? { ...g, needs: [{ kind: "internal-ratings", points: ["ep_help"], raters: [] }] } : g,
      ),
    };
    const doc = buildReport(servqualStudy, { ...servqual, coverage: missingRaters });
    expect(doc.coverage?.shown).toBe(true);
    expect(markdownFromReport(doc)).toContain("What these data can show");
    // Links not measurable (no case joined to a response) also show the statement.
    const noLinks: Coverage = { ...allTested, links: { testable: false, needs: [{ kind: "linked-responses" }] }, complete: false };
    expect(buildReport(servqualStudy, { ...servqual, coverage: noLinks }).coverage?.shown).toBe(true);
  });

  it("does not ask for expectation answers the customers gave on another clock: the undecided item names the question", () => {
    const { study, result } = utilityRun();
    const other = result.undecided.filter((u) => u.why.kind === "expectation-on-other-clock");
    expect(other.length).toBeGreaterThan(0);
    // The same run, as if the only expectation answers were the ones on another clock: no threshold test, none thin.
    const coverage = coverageOf(study, {
      survey: undefined,
      cases: undefined,
      tests: result.tests.filter((t) => t.evidence.kind !== "expectation-vs-standard"),
      undecided: other,
      audiences: { customers: result.coverage.data.customers, staff: result.coverage.data.staff },
      linked: result.coverage.data.linked,
      targetOf: () => undefined,
    });
    const std = coverage.gaps.find((g) => g.tag === "unreasonable-standard");
    // Only the metrics nobody is asked about are listed (no questions to name); the answered ones are not asked for again.
    const asked = std?.needs.filter((n) => n.kind === "expectation-questions" && n.questions.length > 0);
    expect(asked).toEqual([]);
    expect(std?.needs.some((n) => n.kind === "expectation-questions" && n.questions.length === 0)).toBe(true);
  });
});

describe("the priorities section with nothing to rank", () => {
  it("says why no theme was ranked instead of a heading over nothing, in both languages", () => {
    const data = { responses: collectResponses(servqualStudy, servqualRows()) };
    const run = withPriorities(servqualStudy, attribute(servqualStudy, data), data);
    for (const [lang, says] of [
      ["en", "No theme had at least two evaluation points with enough customers' answers"],
      ["zh", "没有一个主题同时具备至少两个有足够客户答卷的评价点"],
    ] as const) {
      const doc = buildReport(servqualStudy, run, { lang });
      expect(doc.priorities).toEqual([]);
      const md = markdownFromReport(doc);
      const section = md.slice(md.indexOf(lang === "en" ? "## Priorities" : "## 改进优先级"));
      expect(section.split("\n## ")[0]).toContain(says);
      expect(htmlFromReport(doc)).toContain(says.replace(/'/g, "&#39;"));
      expect(section).not.toContain(lang === "en" ? "not computed" : "未计算");
    }
  });
});
