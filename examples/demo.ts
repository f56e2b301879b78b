/**
 * `npm run demo`: the main job on the bundled example study. Loads and validates the power-utility study and
 * prints what it holds, theme by theme, in English and Chinese.
 */
import { buildStudyGraph, formatProblems, summarizeStudy, LAYERS } from "gaptrace";
import { loadStudyFileSync } from "gaptrace/node";

const file = new URL("./studies/power-utility.study.yaml", import.meta.url).pathname;
const report = loadStudyFileSync(file);
if (report.study === undefined || !report.ok) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
const study = report.study;
const graph = buildStudyGraph(study);
const en = summarizeStudy(study, graph, "en");
const zh = summarizeStudy(study, graph, "zh");

console.log(`Study: ${en.name} (${zh.name})`);
console.log(`Validation: ${report.problems.filter((p) => p.severity === "warning").length} warnings, ${report.problems.filter((p) => p.severity === "info").length} notes`);
console.log(`Organisation: ${en.departments} departments, ${en.posts} posts; ${en.needs} customer needs, ${en.serviceItems} service items`);
console.log(`Standards: ${en.standards}; operational metrics: ${en.metrics}\n`);
const rows = en.themes.map((t, i) => ({
  theme: `${t.name} / ${zh.themes[i]?.name ?? ""}`,
  steps: t.steps,
  ...Object.fromEntries(LAYERS.map((l) => [l, t.stepsPerLayer[l]])),
  posts: t.posts,
  standards: t.standards,
  "customer-exp. IPs": t.customerExperiencePoints,
  "internal-support IPs": t.internalSupportPoints,
  "eval. points": t.evaluationPoints,
  "ext. Qs": t.externalQuestions,
  "int. Qs": t.internalQuestions,
}));
console.table(rows);
console.log(
  `Total: ${en.totals.steps} steps, ${en.totals.customerExperiencePoints} customer-experience and ${en.totals.internalSupportPoints} internal-support interaction points, ` +
    `${en.totals.evaluationPoints} evaluation points, ${en.totals.externalQuestions} external and ${en.totals.internalQuestions} internal questions.`,
);
for (const p of report.problems) if (p.severity !== "error") console.log(formatProblems([p]));
