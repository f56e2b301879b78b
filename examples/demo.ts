/**
 * `npm run demo`: the whole study on the bundled example, in a few seconds.
 *
 * 1. Load and validate the power-utility study (four themes; outages and fault repair in full).
 * 2. Generate a survey and work-order data set at the real study's scale (~11,000 customers, ~4,000 staff, a
 *    work order for every customer), with three problems planted where the engine cannot see them. Each customer's
 *    answers name their own work order (a return visit, 回访), so the effect of a missed standard on that
 *    customer's rating can be measured.
 * 3. Load the survey through the ledger, attribute every gap, and trace it upstream: a post gets a share of a
 *    customer gap only from a measured effect; untested upstream steps are listed as causes to test.
 * 4. Write the report (report.html in English, 报告.html in Chinese, report.md, findings.csv, report.json) to
 *    ./out/demo/ and print the findings per post.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { attribute, buildStudyGraph, collectResponses, formatProblems, labelText, renderCsv, renderHtml, renderJson, renderMarkdown, responseRows, simulateStudy, withPriorities } from "gaptrace";
import { summarizeStudy } from "gaptrace/graph";
import { causeShareText, changeText, findingRefText, findingTitle, linkageText, postText, possibleCauseText, responsibilityLists, tagName, unexplainedText } from "gaptrace/reports";
import { scoreRecovery } from "gaptrace/simulate";
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
const data = simulateStudy(study, { seed: 2026, plant, link: {} });
const table = collectResponses(study, responseRows(data));
const l = table.ledger;
console.log(`\nData: ${data.respondents.length.toLocaleString("en-US")} respondents, ${data.cases.length.toLocaleString("en-US")} work orders`);
console.log(`  survey rows read ${l.rowsRead.toLocaleString("en-US")} = accepted ${l.accepted.toLocaleString("en-US")} + rejected ${l.rejected}; ${l.values.dontKnow.toLocaleString("en-US")} "don't know" answers counted apart`);

// 3. Attribution, with what to improve first (key-driver importance × gap, for the reports).
const runData = { responses: table, cases: data.cases };
const result = withPriorities(study, attribute(study, runData), runData);
const byTag = (tag: string): number => result.findings.filter((f) => f.tag === tag).length;
console.log(
  `\nAttribution (wave ${result.wave}): ${result.tests.length} tests, Benjamini–Hochberg at ${result.options.alpha}; ` +
    `${byTag("customer-dissatisfaction")} customer gaps, ${byTag("unreasonable-standard")} unreasonable standards, ${byTag("non-compliant-execution")} non-compliant steps; ${result.undecided.length} undecided for lack of data`,
);
console.log(`  ${linkageText(result.linkage, "en")}`);

// 4. Each customer gap, traced upstream: measured shares, what stays with the front line, what is still to test.
console.log("\nCustomer gaps, traced upstream (shares only from measured effects):");
for (const f of result.findings) {
  if (f.tag !== "customer-dissatisfaction") continue;
  console.log(`\n  ${findingTitle(study, f, "en")}: ${f.gap.toFixed(1)} points below target`);
  for (const c of f.causes) {
    const name = c.finding !== undefined ? findingRefText(study, c.finding, "en") : `misses of ${c.exposure.kind === "point" || c.exposure.kind === "internal-rating" ? "" : c.exposure.standard}`;
    console.log(`    ← ${causeShareText(name, c, f.gap, "en")}`);
  }
  console.log(`    ${unexplainedText(f.unexplainedShare, postText(study, f.post, "en"), "en")}`);
  for (const l of f.links) if (l.share === undefined && (l.grade === "structural" || l.grade === "internal-chain")) console.log(`    ? ${possibleCauseText(study, l, f.id, f.gap, "en")}`);
}

// 5. Per post, ranked by the customer dissatisfaction its measured causes account for.
const lists = responsibilityLists(study, result);
console.log("\nWhere to act first (posts by measured attributable gap, index points):");
for (const post of lists.posts.filter((p) => p.entries.some((e) => e.role !== "customer-gap"))) {
  const name = labelText(study.organisation.posts.find((p) => p.id === post.post)?.name, "en");
  const zh = labelText(study.organisation.posts.find((p) => p.id === post.post)?.name, "zh");
  console.log(`\n  ${name} (${zh}): ${post.priority.toFixed(1)} points`);
  for (const e of post.entries) {
    if (e.role === "customer-gap") continue;
    const f = result.findings.find((x) => x.id === e.finding);
    console.log(`    [${f === undefined ? "misses" : tagName(f.tag, "en")}] ${f === undefined ? e.finding : findingTitle(study, f, "en")}: ${e.priority.toFixed(1)} points over ${e.shares.length} gap${e.shares.length === 1 ? "" : "s"}`);
    if (e.role === "root-cause" && f !== undefined) for (const c of f.change) console.log(`      → ${changeText(study, c, "en")}`);
  }
}

// Reports.
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "report.html"), renderHtml(study, result, { lang: "en" }));
writeFileSync(join(out, "报告.html"), renderHtml(study, result, { lang: "zh" }));
writeFileSync(join(out, "report.md"), renderMarkdown(study, result, { lang: "en" }));
writeFileSync(join(out, "findings.csv"), renderCsv(study, result, { lang: "en", table: "findings" }));
// renderJson gives the JSON text of the report document (an object with `format: "gaptrace/report@4"`); the demo's data are built in memory, so its `data` says the provenance was not given.
writeFileSync(join(out, "report.json"), renderJson(study, result, { lang: "en" }));

// The engine was not told what was planted: check it found it.
const score = scoreRecovery(study, data.truth, result);
console.log(`\nPlanted problems recovered: ${score.recovered.length} of ${score.planted}; findings not explained by the plants: ${score.spurious.length}`);
console.log(`Reports written to ${out} (report.html, 报告.html, report.md, findings.csv, report.json) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (score.recoveryRate < 1) process.exit(1);
