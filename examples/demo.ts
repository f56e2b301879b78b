/**
 * `npm run demo`: the whole study on the bundled example, in a few seconds.
 *
 * 1. Load and validate the power-utility study (four themes; outages and fault repair in full).
 * 2. Generate a survey and work-order data set at the real study's scale (~11,000 customers, ~4,000 staff,
 *    2,000 work orders per theme), with three problems planted where the engine cannot see them.
 * 3. Load the survey through the ledger, attribute every gap, and trace it to the posts that own it.
 * 4. Write the report (report.html in English, 报告.html in Chinese, report.md, findings.csv, report.json) to
 *    ./out/demo/ and print the findings per post.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  attribute, buildStudyGraph, changeText, collectResponses, findingTitle, formatProblems, labelText, renderHtmlReport,
  responseRows, responsibilityLists, scoreRecovery, simulateStudy, summarizeStudy, tagName, toCsv, toJson, toMarkdown,
} from "gaptrace";
import { loadStudyFileSync } from "gaptrace/node";

const started = performance.now();
const out = process.env["GAPTRACE_EXAMPLE_OUT"] !== undefined ? join(process.env["GAPTRACE_EXAMPLE_OUT"], "demo") : fileURLToPath(new URL("../out/demo/", import.meta.url));

// 1. The study.
const file = fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url));
const report = loadStudyFileSync(file);
if (report.study === undefined || !report.ok) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
const study = report.study;
const summary = summarizeStudy(study, buildStudyGraph(study));
const t = summary.totals;
console.log(`Study: ${labelText(study.name, "en")} / ${labelText(study.name, "zh")}`);
console.log(
  `  ${summary.themes.length} themes, ${t.steps} steps (customer ${t.stepsPerLayer.customer}, front line ${t.stepsPerLayer.frontline}, back office ${t.stepsPerLayer.backoffice}, support ${t.stepsPerLayer.support}), ` +
    `${summary.posts} posts in ${summary.departments} departments, ${summary.standards} standards`,
);
console.log(`  ${t.customerExperiencePoints} customer-experience and ${t.internalSupportPoints} internal-support interaction points; ${t.evaluationPoints} evaluation points, ${t.externalQuestions} external and ${t.internalQuestions} internal questions`);
console.log(`  validation: no errors, ${report.problems.filter((p) => p.severity === "warning").length} warnings, ${report.problems.filter((p) => p.severity === "info").length} notes (rework loops)`);

// 2. Data with planted problems (seeded: the same every run).
const plant = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  { tag: "unreasonable-standard", standard: "std_reconnect_24h", via: "clock" },
] as const;
const data = simulateStudy(study, { seed: 2026, plant });
const table = collectResponses(study, responseRows(data));
const l = table.ledger;
console.log(`\nData: ${data.respondents.length.toLocaleString("en-US")} respondents, ${data.cases.length.toLocaleString("en-US")} work orders`);
console.log(`  survey rows read ${l.rowsRead.toLocaleString("en-US")} = accepted ${l.accepted.toLocaleString("en-US")} + rejected ${l.rejected}; ${l.values.dontKnow.toLocaleString("en-US")} "don't know" answers counted apart`);

// 3. Attribution.
const result = attribute(study, { responses: table, cases: data.cases });
const byTag = (tag: string): number => result.findings.filter((f) => f.tag === tag).length;
console.log(
  `\nAttribution (wave ${result.wave}): ${result.tests.length} tests, Benjamini–Hochberg at ${result.options.alpha}; ` +
    `${byTag("customer-dissatisfaction")} customer gaps, ${byTag("unreasonable-standard")} unreasonable standards, ${byTag("non-compliant-execution")} non-compliant steps; ${result.undecided.length} undecided for lack of data`,
);

// 4. Findings per post, what must change.
const lists = responsibilityLists(result, study);
console.log("\nResponsibility by post (root causes first):");
for (const post of lists.posts) {
  const name = labelText(study.organisation.posts.find((p) => p.id === post.post)?.name, "en");
  const zh = labelText(study.organisation.posts.find((p) => p.id === post.post)?.name, "zh");
  console.log(`\n  ${name} (${zh})`);
  for (const e of post.entries) {
    const f = result.findings.find((x) => x.id === e.finding);
    if (f === undefined) continue;
    const role = e.role === "root-cause" ? "root cause" : e.role === "customer-gap" ? "customer gap it faces" : "explained by an upstream cause";
    const share = e.shares.length > 0 ? `; explains ${e.shares.length} customer gap${e.shares.length > 1 ? "s" : ""}, up to ${Math.round(100 * Math.max(...e.shares.map((s) => s.share)))}% of one` : "";
    console.log(`    [${tagName(f.tag, "en")}] ${findingTitle(f, study, "en")} (${role}${share})`);
    if (e.role === "root-cause") for (const c of f.change) console.log(`      → ${changeText(c, study, "en")}`);
  }
}
for (const d of lists.departments.filter((x) => x.entries.some((e) => e.post === undefined))) {
  console.log(`\n  ${labelText(study.organisation.departments.find((x) => x.id === d.department)?.name, "en")} (department-owned standards)`);
  for (const e of d.entries.filter((x) => x.post === undefined)) {
    const f = result.findings.find((x) => x.id === e.finding);
    if (f !== undefined) console.log(`    [${tagName(f.tag, "en")}] ${findingTitle(f, study, "en")}`);
  }
}

// Reports.
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "report.html"), renderHtmlReport(result, study, { lang: "en" }));
writeFileSync(join(out, "报告.html"), renderHtmlReport(result, study, { lang: "zh" }));
writeFileSync(join(out, "report.md"), toMarkdown(result, study, { lang: "en" }));
writeFileSync(join(out, "findings.csv"), toCsv(result, study, { lang: "en", table: "findings" }));
writeFileSync(join(out, "report.json"), `${JSON.stringify(toJson(result, study, { lang: "en" }), null, 2)}\n`);

// The engine was not told what was planted: check it found it.
const score = scoreRecovery(study, data.truth, result);
console.log(`\nPlanted problems recovered: ${score.recovered.length} of ${score.planted}; findings not explained by the plants: ${score.spurious.length}`);
console.log(`Reports written to ${out} (report.html, 报告.html, report.md, findings.csv, report.json) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (score.recoveryRate < 1) process.exit(1);
