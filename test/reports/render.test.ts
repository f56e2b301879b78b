/**
 * The writers under one name and one order (`renderHtml`, `renderMarkdown`, `renderCsv`, `renderJson`: the study
 * first, the attribution next, options last) write exactly what the report modules' own writers write (the 0.1
 * names `renderHtmlReport`, `toMarkdown`, `toJson`, `toCsv`, no longer exported since 0.3).
 */
import { describe, expect, it } from "vitest";
import { toCsv } from "../../src/reports/csv.js";
import { renderHtmlReport } from "../../src/reports/html-page.js";
import { readReportJson, toJson } from "../../src/reports/json.js";
import { toMarkdown } from "../../src/reports/markdown.js";
import { renderCsv, renderHtml, renderJson, renderMarkdown } from "../../src/reports/render.js";
import { buildReport } from "../../src/reports/report.js";
import { utilityRun } from "./fixture.js";

const { study, result } = utilityRun();

describe("renderHtml, renderMarkdown, renderCsv, renderJson", () => {
  it("write what the old writers wrote, in either language", () => {
    for (const lang of ["en", "zh"] as const) {
      expect(renderHtml(study, result, { lang })).toBe(renderHtmlReport(result, study, { lang }));
      expect(renderMarkdown(study, result, { lang, title: "T" })).toBe(toMarkdown(result, study, { lang, title: "T" }));
      expect(renderJson(study, result, { lang })).toBe(toJson(result, study, { lang }));
      for (const table of ["findings", "causes", "responsibility"] as const) {
        expect(renderCsv(study, result, { lang, table, bom: true })).toBe(toCsv(result, study, { lang, table, bom: true }));
      }
    }
  });

  it("honour their options", () => {
    expect(renderMarkdown(study, result, { lang: "zh" }).startsWith("# 客户满意度差距归因报告")).toBe(true);
    expect(renderMarkdown(study, result, { title: "Outages" }).startsWith("# Outages\n")).toBe(true);
    expect(renderCsv(study, result, { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(renderCsv(study, result).split("\r\n")[0]).toMatch(/^id,tag,tag_name,/);
    expect(renderHtml(study, result, { lang: "zh" })).toContain('<html lang="zh');
    expect(readReportJson(renderJson(study, result)).findings.length).toBe(result.findings.length);
  });
});

describe("buildReport", () => {
  it("takes the study first, and refuses the 0.1 order (the study second, removed in 0.3) with a UsageError", () => {
    const doc = buildReport(study, result, { lang: "zh" });
    expect(doc.lang).toBe("zh");
    expect(doc.findings.length).toBe(result.findings.length);
    expect(() => (buildReport as (...args: unknown[]) => unknown)(result, study, { lang: "zh" })).toThrow(/^gaptrace\/buildReport: the first argument must be a study \(a validated Study object\); got /);
    expect(JSON.parse(renderJson(study, result, { lang: "zh" }))).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
