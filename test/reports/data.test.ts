/**
 * The report shows its data: rows read, accepted and rejected per source from the readers' ledgers, the values
 * line, the partial-data banner above the threshold, and plainly "not given" without ledgers.
 */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { escapeHtml } from "../../src/core/escape.js";
import { Ledger, type LedgerSummary } from "../../src/data/ledger.js";
import { htmlFromReport } from "../../src/reports/html.js";
import { readReportJson, toJson } from "../../src/reports/json.js";
import { markdownFromReport } from "../../src/reports/markdown.js";
import { buildReport } from "../../src/reports/report.js";
import { rejectedShare, reportData, type ReportLedger } from "../../src/reports/data.js";
import { ReportSchema, REPORT_FORMAT_V2 } from "../../src/reports/schema.js";
import { wordsFor } from "../../src/reports/words/index.js";
import { utilityRun } from "./fixture.js";

const { study, result } = utilityRun();

/** A ledger of `read` rows with `bad` rejected (`out-of-range` for the first ones, then `non-numeric`), one valid value per accepted row. */
function ledgerOf(read: number, bad: number, nonNumeric = 0): Ledger {
  const l = new Ledger();
  for (let i = 0; i < read; i++) {
    l.row();
    if (i < bad - nonNumeric) l.rejectRow("out-of-range", { file: "responses.csv", line: i + 2 }, () => "value 9 is outside the scale 1–5", ["value"]);
    else if (i < bad) l.rejectRow("non-numeric", { file: "responses.csv", line: i + 2 }, () => 'value "x" is not a number', ["value"]);
    else {
      l.acceptRow();
      l.validValue();
    }
  }
  return l;
}

/** A ledger whose rows are all accepted, with `bad` of its `read` values rejected. */
function valuesLedger(read: number, bad: number): Ledger {
  const l = new Ledger();
  for (let i = 0; i < 10; i++) {
    l.row();
    l.acceptRow();
  }
  for (let i = 0; i < read; i++) {
    if (i < bad) l.rejectValue("out-of-range", { file: "wide.csv", line: 2 + (i % 10) }, () => "value 9 is outside the scale 1–5", ["q1"]);
    else l.validValue();
  }
  return l;
}

const sources = (responses: Ledger, cases?: Ledger): ReportLedger[] => [
  { kind: "responses", name: "responses.csv", ledger: responses },
  ...(cases === undefined ? [] : [{ kind: "cases" as const, name: "cases.csv", ledger: cases }]),
];

describe("the report's data summary", () => {
  const responses = ledgerOf(1000, 32, 7);
  const cases = ledgerOf(400, 0);
  const doc = buildReport(study, result, { data: sources(responses, cases) });

  it("carries the ledgers' numbers, and rows read = accepted + rejected for every source", () => {
    expect(doc.data.given).toBe(true);
    expect(doc.data.sources.map((s) => [s.kind, s.name, s.rowsRead, s.accepted, s.rejected])).toEqual([
      ["responses", "responses.csv", responses.rowsRead, responses.accepted, responses.rejected],
      ["cases", "cases.csv", cases.rowsRead, cases.accepted, cases.rejected],
    ]);
    expect(doc.data.sources[0]).toMatchObject({ rowsRead: 1000, accepted: 968, rejected: 32 });
    for (const s of doc.data.sources) {
      expect(s.rowsRead).toBe(s.accepted + s.rejected);
      if (s.values !== null) expect(s.values.read).toBe(s.values.valid + s.values.missing + s.values.dontKnow + s.values.rejected);
    }
    expect(doc.data.sources[0]?.byReason).toEqual([
      { reason: "out-of-range", reasonName: "outside the scale", count: 25 },
      { reason: "non-numeric", reasonName: "not a number", count: 7 },
    ]);
    expect(doc.data.sources[0]?.values).toEqual({ read: 968, valid: 968, missing: 0, dontKnow: 0, rejected: 0 });
    expect(doc.data.sources[0]?.text).toBe("responses.csv (survey responses): 1,000 rows read = 968 accepted + 32 rejected");
    expect(ReportSchema.safeParse(doc).success).toBe(true);
  });

  it("accepts a ledger summary as well as a ledger, with the same numbers", () => {
    const fromSummary = buildReport(study, result, { data: [{ kind: "responses", name: "responses.csv", ledger: responses.summary() }] });
    expect(fromSummary.data.sources[0]).toEqual(doc.data.sources[0]);
  });

  it("says plainly that the provenance was not given when no ledgers are", () => {
    for (const lang of ["en", "zh"] as const) {
      const bare = buildReport(study, result, { lang });
      expect(bare.data).toEqual({ given: false, partialDataThreshold: 0.01, partial: false, text: wordsFor(lang).data.notGiven, sources: [] });
      expect(markdownFromReport(bare)).toContain(wordsFor(lang).data.notGiven);
      expect(htmlFromReport(bare)).toContain(`<section id="data" aria-labelledby="data-h"><h2 id="data-h">${wordsFor(lang).data.heading}</h2><p class="note">${escapeHtml(wordsFor(lang).data.notGiven)}</p></section>`);
      expect(markdownFromReport(bare)).not.toContain(wordsFor(lang).data.columns.rowsRead);
    }
    expect(wordsFor("en").data.notGiven).toMatch(/provenance was not given/);
    expect(wordsFor("zh").data.notGiven).toMatch(/未提供数据来源记录/);
  });

  it("shows the numbers at the top of the Markdown and HTML, in English and Chinese", () => {
    for (const lang of ["en", "zh"] as const) {
      const d = buildReport(study, result, { lang, data: sources(responses, cases) });
      const md = markdownFromReport(d);
      const words = wordsFor(lang).data;
      const dataAt = md.indexOf(`## ${words.heading}`);
      expect(dataAt).toBeGreaterThan(0);
      expect(dataAt).toBeLessThan(md.indexOf(`## ${wordsFor(lang).fixed.summary}`));
      expect(md).toMatch(/\| responses\.csv \((survey responses|调查答卷)\) \| 1,000 \| 968 \| 32 \|/);
      const html = htmlFromReport(d);
      expect(html.indexOf('id="data"')).toBeLessThan(html.indexOf('id="summary"'));
      expect(html).toContain(`<td class="num">1,000</td><td class="num">968</td><td class="num">32</td>`);
      expect(html).toContain(words.reasonNames["out-of-range"]);
    }
    expect(buildReport(study, result, { lang: "zh", data: sources(responses) }).data.sources[0]?.text).toBe("responses.csv（调查答卷）：读取1,000行 = 接收968行 + 拒收32行");
  });
});

describe("the partial-data banner", () => {
  const at = (bad: number, threshold?: number) =>
    buildReport(study, result, { data: sources(ledgerOf(1000, bad)), ...(threshold === undefined ? {} : { partialDataThreshold: threshold }) });

  it("appears exactly above the threshold: not at it, not just below, just above", () => {
    expect(at(9).data.partial).toBe(false); // 0.9%
    expect(at(10).data.partial).toBe(false); // 1.0%: at the threshold
    expect(at(11).data.partial).toBe(true); // 1.1%
    expect(at(11).data.sources[0]?.banner).toBe(
      "responses.csv: 1.1% of rows rejected (above 1%), mainly outside the scale (11). Every figure in this report rests on the accepted rows only.",
    );
    expect(at(10).data.sources[0]?.banner).toBeNull();
    expect(markdownFromReport(at(10))).not.toContain("Partial data");
    expect(htmlFromReport(at(10))).not.toContain('class="partial"');
  });

  it("takes its threshold from the options", () => {
    expect(at(32, 0.05).data.partial).toBe(false);
    expect(at(51, 0.05).data.partial).toBe(true);
    expect(at(0, 0).data.partial).toBe(false);
    expect(at(1, 0).data.partial).toBe(true);
    expect(at(1000, 1).data.partial).toBe(false);
  });

  it("says a share just above the threshold with enough decimals to read as above it", () => {
    const l = ledgerOf(100_000, 1001);
    expect(buildReport(study, result, { data: sources(l) }).data.sources[0]?.banner).toMatch(/^responses\.csv: 1\.001% of rows rejected \(above 1%\)/);
  });

  it("names the source, the share and the main reasons, in English and Chinese, at the top", () => {
    const en = buildReport(study, result, { data: sources(ledgerOf(1000, 32, 7)) });
    const zh = buildReport(study, result, { lang: "zh", data: sources(ledgerOf(1000, 32, 7)) });
    expect(en.data.sources[0]?.banner).toBe(
      "responses.csv: 3.2% of rows rejected (above 1%), mainly outside the scale (25), not a number (7). Every figure in this report rests on the accepted rows only.",
    );
    expect(zh.data.sources[0]?.banner).toBe("responses.csv：3.2%的行被拒收（超过1%），主要原因：超出量表范围（25）、不是数值（7）。本报告的数字仅基于已接收的行。");
    const md = markdownFromReport(zh);
    expect(md.split("\n")[2]).toBe(`> **数据不完整**：${zh.data.sources[0]?.banner}`);
    const html = htmlFromReport(en);
    const banner = html.indexOf('<aside class="partial"');
    expect(banner).toBeGreaterThan(html.indexOf('<main id="main">'));
    expect(banner).toBeLessThan(html.indexOf('<section id="data"'));
    expect(html).toContain("<b>Partial data</b>: responses.csv: 3.2% of rows rejected");
  });

  it("uses the values' share when it is the larger, and says so", () => {
    const l = valuesLedger(1000, 20);
    expect(rejectedShare(l)).toEqual({ share: 0.02, of: "values", rows: 0, values: 0.02 });
    const d = buildReport(study, result, { data: [{ kind: "responses", name: "wide.csv", ledger: l }] });
    expect(d.data.sources[0]).toMatchObject({ rejectedShare: 0.02, rejectedShareOf: "values", partial: true });
    expect(d.data.sources[0]?.banner).toMatch(/^wide\.csv: 2% of values rejected \(above 1%\)/);
    expect(d.data.sources[0]?.valuesText).toBe("values in accepted rows: 1,000 read = 980 valid + 0 missing + 0 don't know + 20 rejected");
    const zh = reportData([{ kind: "responses", name: "wide.csv", ledger: l }], { lang: "zh" });
    expect(zh.sources[0]?.banner).toMatch(/^wide\.csv：2%的数值被拒收/);
  });
});

describe("the data options", () => {
  it("refuse a threshold outside 0..1, saying which option", () => {
    for (const bad of [-0.01, 1.5, Number.NaN, "1%" as unknown as number]) {
      expect(() => buildReport(study, result, { partialDataThreshold: bad })).toThrow(UsageError);
      expect(() => buildReport(study, result, { partialDataThreshold: bad })).toThrow(/^gaptrace\/buildReport: partialDataThreshold must be a share between 0 and 1/);
    }
    expect(() => toJson(result, study, { partialDataThreshold: 2 })).toThrow(/partialDataThreshold/);
  });

  it("refuse a source that is not one and a ledger that does not add up", () => {
    expect(() => buildReport(study, result, { data: [{ kind: "survey" as "responses", ledger: new Ledger() }] })).toThrow(/data\[0\]\.kind must be "responses" or "cases"/);
    expect(() => buildReport(study, result, { data: [{ kind: "cases", ledger: {} as LedgerSummary }] })).toThrow(UsageError);
    const broken = { ...ledgerOf(10, 1).summary(), accepted: 5 };
    expect(() => buildReport(study, result, { data: [{ kind: "cases", ledger: broken }] })).toThrow(/data\[0\]\.ledger does not add up/);
  });

  it("name a source without a name by its kind", () => {
    const d = reportData([{ kind: "cases", ledger: ledgerOf(3, 0) }], { lang: "zh" });
    expect(d.sources[0]?.name).toBe("工单记录");
    expect(reportData([]).given).toBe(false);
  });
});

describe("JSON", () => {
  it("round-trips the data summary, and reads a report@2 document as not given", () => {
    const text = toJson(result, study, { data: sources(ledgerOf(200, 3)) });
    expect(readReportJson(text).data.sources[0]).toMatchObject({ rowsRead: 200, accepted: 197, rejected: 3, partial: true });
    const { data: _dropped, ...v2 } = JSON.parse(text) as Record<string, unknown>;
    const old = readReportJson(JSON.stringify({ ...v2, format: REPORT_FORMAT_V2 }));
    expect(old.format).toBe("gaptrace/report@4");
    expect(old.data).toMatchObject({ given: false, sources: [] });
    expect(() => readReportJson(JSON.stringify({ ...v2, format: REPORT_FORMAT_V2, data: {} }))).toThrow(/not a gaptrace\/report@2 document/);
  });
});
