/**
 * One linked-pass bench run in a fresh process: the airline-shaped study with n passengers, each linked to their own
 * flight (16 answers a passenger), written as CSV (responses: respondent,case,question,value; cases: case,event,time,
 * long form); in DuckDB, the survey pass, the case pass and the linked pass in one session (`linkedSummaryDuckDB`),
 * timed; then the attribution from the three summaries. Prints one JSON line of timings and sizes.
 * Usage: tsx bench/linked-worker.ts <n> <dir>
 */
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { once } from "node:events";
import { attributeWithPriorities } from "./attribute-full.js";
import { linkedSummaryDuckDB } from "../src/sql/index.js";
import { airlineData, airlineStudy } from "./airline.js";

const [nArg = "1000000", dir = "/tmp"] = process.argv.slice(2);
const n = Number(nArg);
const study = airlineStudy();
const data = airlineData(n);
const write = async (file: string, header: string, lines: Iterable<string>): Promise<void> => {
  const out = createWriteStream(file);
  out.write(`${header}\n`);
  for (const l of lines) if (!out.write(`${l}\n`)) await once(out, "drain");
  out.end();
  await once(out, "finish");
};
const responses = join(dir, "gaptrace-linked-bench-responses.csv");
const cases = join(dir, "gaptrace-linked-bench-cases.csv");
let answers = 0;
await write(responses, "respondent,case,question,value", (function* () {
  for (const r of data.rows) {
    answers += 1;
    yield `${r.respondent},${r.case},${r.question},${r.value}`;
  }
})());
await write(cases, "case,event,time", (function* () {
  for (const c of data.cases) for (const [e, ms] of c.events) yield `${c.id},${e},${ms}`;
})());
const t = performance.now();
const sql = await linkedSummaryDuckDB(study, { responses, cases }, { engineOptions: { threads: 2 } });
const linkedMs = performance.now() - t;
const t2 = performance.now();
const result = attributeWithPriorities(study, { responses: sql.survey, cases: sql.cases, linked: sql.linked });
const attributeMs = performance.now() - t2;
const measured = result.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.filter((l) => l.grade === "measured") : [])).length;
console.log(JSON.stringify({
  n, answers, linkedMs, attributeMs, respondentsPerSecond: Math.round(n / (linkedMs / 1000)), rowsPerSecond: Math.round(answers / (linkedMs / 1000)),
  linked: result.linkage.linked, measuredLinks: measured, linkedBytes: JSON.stringify(sql.linked).length, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
