import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { FINDINGS_CSV_COLUMNS, RESPONSIBILITY_CSV_COLUMNS, toCsv } from "../../src/reports/csv.js";
import { csvCell, escapeMarkdown, escapeMarkdownCell } from "../../src/reports/escape.js";
import { readReportJson, toJson } from "../../src/reports/json.js";
import { toMarkdown } from "../../src/reports/markdown.js";
import { buildReport } from "../../src/reports/report.js";
import { ReportSchema, REPORT_FORMAT } from "../../src/reports/schema.js";
import { HOSTILE, hostileRun, utilityRun } from "./fixture.js";

const { study, result } = utilityRun();
const hostile = hostileRun();

describe("csvCell and toCsv", () => {
  it("defuses formulas and quotes what needs quoting", () => {
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+SUM(A1)")).toBe("'+SUM(A1)");
    expect(csvCell("-3")).toBe("'-3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell(-22.3)).toBe("-22.3");
    expect(csvCell(NaN)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });

  it("reads back through a CSV parser as the text, with a quote before formula starts", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const [row] = parse(`${csvCell(s)},end\r\n`, { relax_column_count: false }) as string[][];
        const expected = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
        expect(row).toEqual([expected, "end"]);
      }),
    );
  });

  it("writes findings and responsibility tables with a stable header and hostile labels defused", () => {
    for (const lang of ["en", "zh"] as const) {
      const rows = parse(toCsv(hostile.result, hostile.study, { lang }), { bom: true }) as string[][];
      expect(rows[0]).toEqual([...FINDINGS_CSV_COLUMNS]);
      expect(rows.slice(1)).toHaveLength(result.findings.length);
      for (const r of rows) expect(r).toHaveLength(FINDINGS_CSV_COLUMNS.length);
      for (const r of rows.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      const resp = parse(toCsv(hostile.result, hostile.study, { lang, table: "responsibility", bom: true }), { bom: true }) as string[][];
      expect(resp[0]).toEqual([...RESPONSIBILITY_CSV_COLUMNS]);
      for (const r of resp.slice(1)) for (const cell of r) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
      const dept = resp.find((r) => r[2]?.startsWith("'+SUM"));
      expect(dept?.[2]).toBe(`'${HOSTILE.department}`);
    }
    const findings = parse(toCsv(hostile.result, hostile.study), {}) as string[][];
    const nce = findings.find((r) => r[0] === "nce:or_bo_dispatch");
    expect(nce?.[6]).toBe(HOSTILE.step);
    expect(nce?.[15]).toContain(HOSTILE.standard);
  });

  it("starts with a byte-order mark only when asked", () => {
    expect(toCsv(result, study, { bom: true }).startsWith("\uFEFFid,tag,")).toBe(true);
    expect(toCsv(result, study).startsWith("id,tag,")).toBe(true);
  });
});

describe("Markdown", () => {
  it("escapes markup in text and cells", () => {
    expect(escapeMarkdownCell("a|b *c* _d_ [e](f) `g` <h> \\")).toBe("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\<h\\> \\\\");
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("line\nbreak")).toBe("line break");
    expect(escapeMarkdownCell("1.091")).toBe("1.091");
  });

  it("writes the report in both languages with every section", () => {
    const en = toMarkdown(result, study);
    expect(en.startsWith("# Satisfaction gap attribution report\n")).toBe(true);
    for (const h of ["## Summary", "## Findings", "### Customer dissatisfaction point", "### Unreasonable standard point", "### Non-compliant execution point", "## Responsibility lists", "## Undecided: data too thin", "## Priorities: importance × gap", "## Improvement measures"])
      expect(en).toContain(`\n${h}\n`);
    expect(en).toMatch(/Standard “Orders dispatched within 5 minutes of being created”: 77\.\d% of cases within 5 minutes \(98% required/);
    const zh = toMarkdown(result, study, { lang: "zh" });
    expect(zh.startsWith("# 客户满意度差距归因报告\n")).toBe(true);
    for (const h of ["## 概要", "## 归因发现", "### 客户不满意点", "### 标准不合理点", "### 执行不合格点", "## 责任清单", "## 待定：数据不足", "## 改进措施"]) expect(zh).toContain(`\n${h}\n`);
    expect(zh).toContain("至少30个同时记录“竣工检验合格并签订合同”和“装表送电”的工单");
  });

  it("keeps hostile labels as text: no raw tag, no broken table row", () => {
    const text = toMarkdown(hostile.result, hostile.study);
    expect(text).not.toMatch(/(?<!\\)<(script|img)/);
    expect(text).toContain("\\<script\\>");
    expect(text).toContain("a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\<h\\>");
    // Every table row has as many unescaped pipes as its header.
    const lines = text.split("\n");
    let width = -1;
    for (const line of lines) {
      if (!line.startsWith("|")) {
        width = -1;
        continue;
      }
      const pipes = (line.match(/(?<!\\)\|/g) ?? []).length;
      if (width < 0) width = pipes;
      expect(pipes, line).toBe(width);
    }
  });
});

describe("JSON report", () => {
  it("round-trips through its schema and equals the in-memory document", () => {
    for (const lang of ["en", "zh"] as const) {
      const text = toJson(result, study, { lang });
      const raw = JSON.parse(text) as unknown;
      const parsed = ReportSchema.parse(raw);
      expect(parsed).toEqual(raw);
      expect(buildReport(result, study, { lang })).toEqual(raw);
      expect(readReportJson(text)).toEqual(raw);
      expect(parsed.format).toBe(REPORT_FORMAT);
      expect(parsed.lang).toBe(lang);
    }
  });

  it("carries names beside ids, sentences beside numbers, and nulls for non-finite numbers", () => {
    const doc = readReportJson(toJson(result, study, { lang: "zh" }));
    const nce = doc.findings.find((f) => f.id === "nce:or_bo_dispatch");
    expect(nce?.post).toEqual({ id: "repair_dispatcher", name: "配网抢修指挥员" });
    expect(nce?.evidence[0]?.data.kind).toBe("compliance-below-standard");
    expect(nce?.evidence[0]?.text).toMatch(/^标准“工单生成后5分钟内派单”/);
    expect(doc.summary.findings).toEqual({ "customer-dissatisfaction": 6, "unreasonable-standard": 2, "non-compliant-execution": 1 });
    expect(doc.summary.tests.total).toBe(result.tests.length);
    expect(JSON.stringify(doc)).not.toMatch(/NaN|Infinity/);
    const clock = doc.tests.find((t) => t.evidence.kind === "clock-mismatch")?.evidence.data;
    expect(clock?.kind === "clock-mismatch" && clock.onStandardClock?.q === null).toBe(true);
  });

  it("rejects what is not a report, listing where", () => {
    expect(() => readReportJson("{")).toThrow(ValidationError);
    try {
      readReportJson(JSON.stringify({ ...JSON.parse(toJson(result, study)), format: "gaptrace/report@9" }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems[0]?.path).toEqual(["format"]);
    }
  });
});
