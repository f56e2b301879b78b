/**
 * One survey-summary bench run in a fresh process: the airline-shaped study with n linked passengers written as
 * CSV; in process, the load, the summary and the attribution from it (and from the table, for comparison); in
 * DuckDB, the first pass with the summary from the same file. Prints one JSON line of timings and sizes.
 * Usage: tsx bench/summary-worker.ts <n> <csvPath>
 */
import { writeFileSync } from "node:fs";
import { attributeWithPriorities } from "./attribute-full.js";
import { summariseSurvey } from "../src/attribution/summary/summarise.js";
import { collectResponses } from "../src/data/dataset.js";
import { readResponsesCsv } from "../src/node/index.js";
import { summariseDuckDB } from "../src/sql/index.js";
import { airlineData, airlineStudy } from "./airline.js";

const [nArg = "130000", csv = "/tmp/gaptrace-summary-bench.csv"] = process.argv.slice(2);
const n = Number(nArg);
const study = airlineStudy();
const data = airlineData(n);
const lines = ["respondent,case,question,value"];
for (const r of data.rows) lines.push(`${r.respondent},${r.case},${r.question},${r.value}`);
writeFileSync(csv, `${lines.join("\n")}\n`);
lines.length = 0;

const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const x = await f();
  return [x, performance.now() - t];
};
const [table, loadMs] = await time(() => collectResponses(study, readResponsesCsv(study, csv)));
const [summary, summariseMs] = await time(() => summariseSurvey(study, table));
const [fromSummary, attributeSummaryMs] = await time(() => attributeWithPriorities(study, { responses: summary, cases: data.cases }));
const [, repeatSummaryMs] = await time(() => attributeWithPriorities(study, { responses: summary, cases: data.cases }));
const [fromTable, attributeTableMs] = await time(() => attributeWithPriorities(study, { responses: table, cases: data.cases }));
const [sql, duckdbMs] = await time(() => summariseDuckDB(study, csv));
const same = JSON.stringify(fromSummary.tests.map((t) => [t.id, t.significant])) === JSON.stringify(fromTable.tests.map((t) => [t.id, t.significant]));
console.log(JSON.stringify({
  n, answers: table.answers.count, loadMs, summariseMs, attributeSummaryMs, repeatSummaryMs, attributeTableMs, duckdbMs,
  summaryBytes: JSON.stringify(summary).length, sqlAccepted: sql.aggregate.ledger.accepted, sameTests: same, findings: fromSummary.findings.length,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
}));
