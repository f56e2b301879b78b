import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { CAUSES_CSV_COLUMNS, FINDINGS_CSV_COLUMNS, RESPONSIBILITY_CSV_COLUMNS, toCsv } from "../../src/reports/csv.js";
import { csvCell, escapeMarkdown, escapeMarkdownCell } from "../../src/core/escape.js";
import { readReportJson, toJson } from "../../src/reports/json.js";
import { toMarkdown } from "../../src/reports/markdown.js";
import { buildReport } from "../../src/reports/report.js";
import { htmlFromReport } from "../../src/reports/html.js";
import { ReportSchema, REPORT_FORMAT, REPORT_FORMAT_V2, REPORT_FORMAT_V3, ReportSchemaV3 } from "../../src/reports/schema.js";
import { renderHtml, renderMarkdown } from "../../src/reports/render.js";
import { HOSTILE, hostileRun, utilityRun, utilityRunWithoutPriorities } from "./fixture.js";
import { PARTLY_LINKED, reconnectionRun, UNLINKED } from "./linked.js";

const { study, result } = utilityRun();
const hostile = hostileRun();
const linked = reconnectionRun(PARTLY_LINKED);
const unlinked = reconnectionRun(UNLINKED);

/** The lines of a text that mention a phrase. */
const linesWith = (text: string, phrase: string): string[] => text.split("\n").filter((l) => l.includes(phrase));

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

  it("writes one row per gap and link with grade, share, effect, intervals and q, and the front line's part", () => {
    const rows = parse(toCsv(linked.result, linked.study, { table: "causes" }), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...CAUSES_CSV_COLUMNS]);
    const measured = rows.find((r) => r.finding === "nce:reconnect");
    expect(measured).toMatchObject({ status: "share", grade: "measured", estimator: "linked-regression", adjusted_for: "area", exposure_share: "0.3" });
    expect(Number(measured?.share)).toBeGreaterThan(Number(measured?.share_ci_low));
    expect(Number(measured?.share)).toBeLessThan(Number(measured?.share_ci_high));
    expect(Number(measured?.effect)).toBeLessThan(-50);
    expect(Number(measured?.q)).toBeLessThan(0.001);
    const unexplained = rows.find((r) => r.status === "unexplained");
    expect(Number(measured?.share) + Number(unexplained?.share)).toBeCloseTo(1, 9);
    expect(unexplained?.text).toMatch(/not explained by a measured upstream effect: stays with the front-line post/);
    // Without links nothing has a share: the links are to test, with the data that would test them.
    const bare = parse(toCsv(unlinked.result, unlinked.study, { table: "causes", lang: "zh" }), { columns: true }) as Record<string, string>[];
    for (const r of bare.filter((x) => x.status !== "unexplained")) {
      expect(r.status).toBe("to-test");
      expect(r.share).toBe("");
      expect(r.text).not.toContain("%");
      expect(r.tests).toContain("将调查回答与其本人工单关联");
    }
    expect(bare.map((r) => r.grade).sort()).toEqual(["", "internal-chain", "structural"]);
  });

  it("puts grade, interval and points on responsibility rows, and possible causes without a share", () => {
    const rows = parse(toCsv(unlinked.result, unlinked.study, { table: "responsibility" }), { columns: true }) as Record<string, string>[];
    const toTest = rows.filter((r) => r.status === "to-test");
    expect(toTest.map((r) => `${r.list}:${r.finding}:${r.grade}`).sort()).toEqual([
      "department:nce:reconnect:structural",
      "department:nce:settle:internal-chain",
      "post:nce:reconnect:structural",
      "post:nce:settle:internal-chain",
    ]);
    for (const r of toTest) expect([r.share, r.points, r.priority]).toEqual(["", "", "0"]);
    const measured = (parse(toCsv(linked.result, linked.study, { table: "responsibility" }), { columns: true }) as Record<string, string>[]).find((r) => r.finding === "nce:reconnect");
    expect(measured).toMatchObject({ status: "share", grade: "measured", rank: "1" });
    expect(Number(measured?.points)).toBeCloseTo(Number(measured?.share) * 27.5, 6);
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

describe("Markdown with graded links", () => {
  it("shows measured causes with share and interval, the front line's part and possible causes without a percentage", () => {
    const en = toMarkdown(linked.result, linked.study);
    expect(en).toContain("**Responses linked to cases**: Survey responses linked to their own cases: 510 of 600 external respondents (85%)");
    expect(en).toMatch(/\*\*Families of tests\*\*: Every test is two-sided\. Each kind of test is a family of its own, adjusted on its own \(Benjamini–Hochberg, false discovery rate 5%\), so one kind cannot change another's verdict: customer satisfaction against target: 1 \(1 significantly below, 0 above\); compliance with standards: 2 \(2 significantly below, 0 above\); internal customers' ratings against target: 1 \(1 significantly below, 0 above\)\. Link tests of upstream effects on customers' ratings are another family: 2 \(Holm, family-wise error rate 5%;/);
    expect(en).toContain("Student's t with n − 1 degrees of freedom");
    expect(toMarkdown(linked.result, linked.study, { lang: "zh" })).toContain("所有检验均为双侧检验。每类检验自成一族、单独校正");
    expect(en).toMatch(/\n1\. \*\*Crew reconnects\*\* \(Non-compliant execution point; Reconnection crew\): 1\d\.\d points — Reconnection timeliness 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\)\n/);
    expect(en).toMatch(/- \*\*Measured causes\*\* \(from the root cause to the customer\): \n {2}- \*\*execution at “Crew reconnects” \(Reconnection crew\)\*\* \(measured\): explains 6\d(\.\d)?% \(95% CI /);
    expect(en).toMatch(/- \*\*Not explained upstream\*\*: 3\d(\.\d)?% not explained by a measured upstream effect: stays with the front-line post, Reconnection crew \(Operations\)/);
    const zh = toMarkdown(linked.result, linked.study, { lang: "zh" });
    expect(zh).toMatch(/- \*\*已测量的原因\*\*（从根本原因到客户）：\n {2}- \*\*环节“班组复电”（复电班组）执行不合格\*\*（已测量）：解释了差距的6\d(\.\d)?%（95%置信区间 /);
    expect(zh).toContain("**调查回答与工单关联**：调查回答与本人工单的关联：600位外部受访者中510位已关联（85%）");

    const bare = toMarkdown(unlinked.result, unlinked.study);
    expect(bare).toContain("No root cause has a measured share of a customer gap: the gaps stay with the front line until the possible causes below are tested.");
    const possible = linesWith(bare, "possible cause, untested");
    expect(possible.length).toBeGreaterThan(0);
    for (const line of possible) {
      expect(line).not.toContain("%");
      expect(line).toContain("link survey responses to their work orders (a case column)");
    }
    for (const line of linesWith(bare, "— to test (structural only, untested)")) expect(line).not.toContain("%");
    const bareZh = toMarkdown(unlinked.result, unlinked.study, { lang: "zh" });
    for (const line of linesWith(bareZh, "仅结构推断，未检验")) expect(line, line).not.toContain("%");
    expect(linesWith(bareZh, "仅结构推断，未检验").some((l) => l.includes("即可测量"))).toBe(true);
  });
});

describe("JSON report", () => {
  it("round-trips through its schema and equals the in-memory document", () => {
    for (const lang of ["en", "zh"] as const) {
      const text = toJson(result, study, { lang });
      const raw = JSON.parse(text) as unknown;
      const parsed = ReportSchema.parse(raw);
      expect(parsed).toEqual(raw);
      expect(buildReport(study, result, { lang })).toEqual(raw);
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

  it("is report@4 (report@3 and priorities that may be null) with the linkage, the families of tests and every link graded", () => {
    expect(REPORT_FORMAT).toBe("gaptrace/report@4");
    for (const lang of ["en", "zh"] as const) {
      const doc = readReportJson(toJson(linked.result, linked.study, { lang }));
      expect(ReportSchema.safeParse(JSON.parse(toJson(unlinked.result, unlinked.study, { lang }))).success).toBe(true);
      expect(doc.format).toBe("gaptrace/report@4");
      expect(doc.linkage).toMatchObject({ respondents: 600, linked: 510, unlinked: 30, unknownCase: 30, duplicate: 30 });
      expect(doc.linkage.problems.slice(0, 1)).toEqual([{ respondent: "c0020", case: "k10", reason: "duplicate-link" }]);
      expect(doc.linkage.problems).toContainEqual({ respondent: "c0030", case: "nope30", reason: "unknown-case" });
      expect(doc.comparisons).toMatchObject({ correction: "benjamini-hochberg", alpha: 0.05, findings: { tests: 4, significant: 4 }, links: { tests: 2, significant: 1 } });
      expect(doc.summary.grades).toEqual({ measured: 2, "internal-chain": 0, "co-variation": 0, structural: 0 });
      const gap = doc.findings.find((f) => f.id === "cd:ep_recon");
      if (gap?.tag !== "customer-dissatisfaction") throw new Error("expected the customer gap");
      expect(gap.gap).toBeCloseTo(27.5, 9);
      const [cause] = gap.causes;
      expect(cause).toMatchObject({ finding: "nce:reconnect", grade: "measured", reason: { kind: "share", data: { kind: "share", capped: false, standardMet: false } } });
      expect(cause?.effect).toMatchObject({ estimator: "linked-regression", level: 0.95, adjustedFor: ["area"], n: 510 });
      expect(cause?.effect.q).toBeLessThan(0.001);
      expect(cause?.exposure).toMatchObject({ kind: "missed-standard", subject: { id: "recon_24h" }, share: 0.3, driverGap: null });
      expect((cause?.attributable.value ?? NaN) / (gap.gap ?? NaN)).toBeCloseTo(cause?.share ?? NaN, 9);
      expect(cause?.shareCi[0]).toBeLessThan(cause?.share ?? NaN);
      expect((cause?.share ?? NaN) + (gap.unexplainedShare ?? NaN)).toBeCloseTo(1, 12);
      expect(gap.links.map((l) => [l.finding, l.share === null, l.reason.kind])).toEqual([
        ["nce:reconnect", false, "share"],
        ["nce:settle", true, expect.stringMatching(/^(no-harm|not-significant)$/)],
      ]);
      expect(gap.unexplainedText).toMatch(lang === "en" ? /^3\d(\.\d)?% not explained by a measured upstream effect: stays with the front-line post/ : /^未被已测量的上游影响解释的部分（3\d(\.\d)?%）：留在一线岗位/);
      const nce = doc.findings.find((f) => f.id === "nce:reconnect");
      expect(nce?.tag === "non-compliant-execution" && nce.explains[0]?.text).toMatch(lang === "en" ? /^explains 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\) of the customer gap at “Reconnection timeliness”$/ : /^解释了“复电及时性”客户差距的6\d(\.\d)?%（95%置信区间 [\d.]+%–[\d.]+%，已测量）$/);
    }
    const bare = readReportJson(toJson(unlinked.result, unlinked.study));
    const gap = bare.findings.find((f) => f.id === "cd:ep_recon");
    if (gap?.tag !== "customer-dissatisfaction") throw new Error("expected the customer gap");
    expect(gap.causes).toEqual([]);
    expect(gap.links.map((l) => [l.grade, l.share, l.effect, l.tests.map((t) => t.kind)])).toEqual([
      ["internal-chain", null, null, ["linked-cases", "segments"]],
      ["structural", null, null, ["linked-cases", "segments"]],
    ]);
    for (const l of gap.links) expect(l.text).not.toContain("%");
    expect(bare.linkage.text).toContain("No effect on customers' ratings can be measured on linked cases");
  });

  it("tells a report@1 document by its version", () => {
    const old = { ...JSON.parse(toJson(linked.result, linked.study)), format: "gaptrace/report@1" };
    try {
      readReportJson(JSON.stringify(old));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toMatch(/^gaptrace\/readReportJson: a gaptrace\/report@1 document; this version reads gaptrace\/report@4 \(and gaptrace\/report@3, gaptrace\/report@2\)\./);
      expect((e as ValidationError).problems[0]?.path).toEqual(["format"]);
    }
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

describe("where measures come from, and what the priority grid is cut at", () => {
  it("says the measures are the industry's bundled ones, or only the shared ones when the study declares no industry", () => {
    const declared = buildReport(study, result, { lang: "en" });
    expect(declared.measuresSource).toMatchObject({ kind: "bundled", industry: "power-utility" });
    expect(declared.measuresSource?.text).toContain("bundled catalogue for power utilities");
    const none = { ...study, industry: undefined } as typeof study;
    const en = buildReport(none, result, { lang: "en" });
    expect(en.measuresSource).toMatchObject({ kind: "bundled", industry: null });
    expect(en.measuresSource?.text).toContain("declares no industry");
    expect(toMarkdown(result, none, { lang: "en" })).toContain("declares no industry");
    const zh = buildReport(none, result, { lang: "zh" });
    expect(zh.measuresSource?.text).toContain("未声明所属行业");
    expect(buildReport(study, result, { lang: "en", measures: false }).measuresSource).toMatchObject({ kind: "none", industry: null });
    expect(ReportSchema.safeParse(JSON.parse(toJson(result, none, { lang: "zh" }))).success).toBe(true);
  });

  it("says which service areas' measures no theme names, and a theme's category the catalogue lacks", () => {
    const telecom = { ...study, industry: "telecom" } as typeof study;
    const en = buildReport(telecom, result, { lang: "en" }).measuresSource?.text ?? "";
    expect(en).toContain("bundled catalogue for telecom operators");
    expect(en).toContain("no theme names “Installation and activation”, “Fault repair”, “Network information”, “Bills and charges”, so none of those is suggested.");
    const typo = { ...telecom, themeMap: { ...telecom.themeMap, themes: telecom.themeMap.themes.map((t, i) => (i === 0 ? { ...t, measureCategories: ["installation", "instalation"] } : t)) } } as typeof study;
    const zh = buildReport(typo, result, { lang: "zh" }).measuresSource?.text ?? "";
    expect(zh).toContain("没有主题声明“故障修复”、“网络故障信息”、“账单与资费”");
    expect(zh).toContain("措施库中没有业务领域类别“instalation”（主题“新装增容及变更用电”所声明），请检查拼写。");
    const typoEn = buildReport(typo, result, { lang: "en" }).measuresSource?.text ?? "";
    expect(typoEn).toContain("The catalogue has no service-area category “instalation” (named by the theme “New connection, capacity increase and changes”): check the spelling.");
    // A catalogue without service areas (power utilities) says nothing more.
    expect(buildReport(study, result, { lang: "en" }).measuresSource?.text).not.toContain("service area");
  });

  it("says for each theme which reference performance is judged against, in both languages", () => {
    for (const lang of ["en", "zh"] as const) {
      const doc = buildReport(study, result, { lang });
      expect(doc.priorities?.length).toBeGreaterThan(0);
      for (const t of doc.priorities ?? []) {
        const kinds = new Set(t.points.map((p) => p.referenceKind));
        expect(t.reference?.kind).toBe(kinds.size === 2 ? "mixed" : kinds.has("target") ? "target" : "mean-of-points");
        expect(t.reference?.text.length).toBeGreaterThan(20);
        for (const p of t.points) {
          const good = p.quadrant === "keep-up-the-good-work" || p.quadrant === "possible-overkill";
          if (p.belowTarget === true) expect(good, p.point.id).toBe(false);
          if (p.belowTarget === false) expect(good, p.point.id).toBe(true);
        }
      }
    }
    const md = toMarkdown(result, study, { lang: "en" });
    expect(md).toMatch(/judged against (each point's own target|the mean satisfaction)/);
  });
});

describe("a report of an attribution without priorities (attribute leaves them to withPriorities)", () => {
  const bare = utilityRunWithoutPriorities().result;
  const NOT_COMPUTED = { en: "Priorities were not computed for this attribution: withPriorities(study, result, data) adds them", zh: "本次归因未计算改进优先级：用 withPriorities(study, result, data) 补算" } as const;
  const NONE = { en: "No theme had at least two evaluation points", zh: "没有一个主题同时具备至少两个" } as const;
  const section = (md: string, lang: "en" | "zh"): string => md.slice(md.indexOf(lang === "en" ? "## Priorities" : "## 改进优先级")).split("\n## ")[0] ?? "";

  it("writes priorities as null (not computed), and the document validates and reads back", () => {
    expect(bare.priorities).toBeUndefined();
    const doc = buildReport(study, bare);
    expect(doc.priorities).toBeNull();
    expect(ReportSchema.safeParse(doc).success).toBe(true);
    expect(readReportJson(toJson(bare, study)).priorities).toBeNull();
    // Everything else is as in the report of the same run with its priorities.
    const full = buildReport(study, result);
    expect(full.priorities?.length).toBeGreaterThan(0);
    expect({ ...full, priorities: null }).toEqual(doc);
  });

  it("says in Markdown and HTML, in both languages, that they were not computed and how to add them", () => {
    for (const lang of ["en", "zh"] as const) {
      const md = section(renderMarkdown(study, bare, { lang, measures: false }), lang);
      expect(md).toContain(NOT_COMPUTED[lang]);
      expect(md).not.toContain(NONE[lang]);
      expect(md).not.toContain("|");
      const html = renderHtml(study, bare, { lang, measures: false });
      const priorities = html.slice(html.indexOf('<section id="priorities"'), html.indexOf("</section>", html.indexOf('<section id="priorities"')));
      expect(priorities).toContain(NOT_COMPUTED[lang]);
      expect(priorities).not.toContain(NONE[lang]);
      expect(priorities).not.toContain("<table");
      // No importance–performance grid without priorities; the gap bars stay.
      expect(html).not.toContain('id="ipa0-');
      expect(html).toContain('<section id="charts"');
      expect(htmlFromReport(buildReport(study, bare, { lang }))).toContain(NOT_COMPUTED[lang]);
    }
  });

  it("is the report as before once given withPriorities: the tables and the grid, no 'not computed'", () => {
    for (const lang of ["en", "zh"] as const) {
      const md = section(renderMarkdown(study, result, { lang, measures: false }), lang);
      expect(md).not.toContain(NOT_COMPUTED[lang]);
      expect(md).toContain("|");
      const html = renderHtml(study, result, { lang, measures: false });
      expect(html).not.toContain(NOT_COMPUTED[lang]);
      expect(html).toMatch(/id="ipa0-/);
    }
  });
});

describe("readReportJson and the earlier formats", () => {
  const current = JSON.parse(toJson(result, study)) as Record<string, unknown>;

  it("reads a @3 document (priorities an array) as version 4, the same otherwise", () => {
    const v3 = { ...current, format: REPORT_FORMAT_V3 };
    expect(ReportSchemaV3.safeParse(v3).success).toBe(true);
    const read = readReportJson(JSON.stringify(v3));
    expect(read.format).toBe(REPORT_FORMAT);
    expect(read).toEqual(current);
    expect(Object.keys(read)[0]).toBe("format");
    // A @3 document never had null priorities: one that does is not a @3 document.
    expect(() => readReportJson(JSON.stringify({ ...v3, priorities: null }))).toThrow(/not a gaptrace\/report@3 document/);
  });

  it("reads a @2 document as version 4 with the provenance not given, and refuses an unknown @9", () => {
    const { data: _data, ...v2 } = current;
    const read = readReportJson(JSON.stringify({ ...v2, format: REPORT_FORMAT_V2 }));
    expect(read.format).toBe(REPORT_FORMAT);
    expect(read.data.given).toBe(false);
    expect(read.priorities).toEqual(current["priorities"]);
    try {
      readReportJson(JSON.stringify({ ...current, format: "gaptrace/report@9" }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toContain("a gaptrace/report@9 document; this version reads gaptrace/report@4");
      expect((e as ValidationError).problems[0]).toMatchObject({ code: "schema/version", path: ["format"] });
    }
  });
});
