/**
 * The recovery curve (`npm run recovery`): how many responses a study needs. For a range of sample sizes, runs
 * the bundled study with one planted cause of each tag at random places (10 seeds per size), attributes, and
 * reports the share of planted causes recovered (right tag and post) and the share of findings that are
 * spurious, per tag. Prints a Markdown table (docs/recovery.md quotes it).
 */
import { fileURLToPath } from "node:url";
import { attribute } from "../src/attribution/attribute.js";
import { collectResponses } from "../src/data/dataset.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { choosePlants, responseRows, scoreRecovery, simulateStudy } from "../src/simulate/index.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
const seeds = Number(process.env["SEEDS"] ?? 10);
// Total responses (external + internal), split 11:4 as in the real study; cases scale with them.
const sizes = [500, 1000, 2000, 4000, 8000, 15000];
const tags = ["non-compliant-execution", "unreasonable-standard", "customer-dissatisfaction"] as const;
console.log(`| responses (external + internal) | cases per theme | recovered: all | execution | standard | customer | spurious findings |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
for (const n of sizes) {
  const ext = Math.round((n * 11) / 15);
  const int = n - ext;
  const casesPerTheme = Math.max(50, Math.round(n / 7.5));
  const hit = new Map<string, number>(tags.map((t) => [t, 0]));
  const all = new Map<string, number>(tags.map((t) => [t, 0]));
  let findings = 0;
  let spurious = 0;
  for (let seed = 1; seed <= seeds; seed++) {
    const plant = choosePlants(study, seed);
    const data = simulateStudy(study, { seed, plant, externalRespondents: ext, internalRespondents: int, casesPerTheme });
    const result = attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });
    const score = scoreRecovery(study, data.truth, result);
    for (const c of score.recovered) hit.set(c.tag, (hit.get(c.tag) ?? 0) + 1);
    for (const c of data.truth.planted) all.set(c.tag, (all.get(c.tag) ?? 0) + 1);
    findings += result.findings.length;
    spurious += score.spurious.length;
  }
  const pct = (a: number, b: number): string => (b === 0 ? "–" : `${Math.round((100 * a) / b)}%`);
  const totalHit = [...hit.values()].reduce((a, b) => a + b, 0);
  const total = [...all.values()].reduce((a, b) => a + b, 0);
  console.log(`| ${n.toLocaleString("en-US")} | ${casesPerTheme} | ${pct(totalHit, total)} | ${tags.map((t) => pct(hit.get(t) ?? 0, all.get(t) ?? 0)).join(" | ")} | ${pct(spurious, findings)} (${spurious}/${findings}) |`);
}
