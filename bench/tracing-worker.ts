/**
 * One tracing bench run in a fresh process: the airline-shaped study with n linked passengers (or the bundled
 * study with linked simulated customers), loaded, attributed twice (first call and a repeat), with the
 * attribution's measured effects printed for the cross-check against DuckDB. Prints one JSON line.
 * Usage: tsx bench/tracing-worker.ts airline <n> <csvOut> | bundled
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AttributionData } from "../src/attribution/attribute.js";
import { attributeWithPriorities } from "./attribute-full.js";
import { collectResponses, type ResponseTable } from "../src/data/dataset.js";
import type { Study } from "../src/model/study.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { responseRows, simulateStudy } from "../src/simulate/index.js";
import { airlineData, airlineStudy } from "./airline.js";

/** Load, then attribute twice (the first call compiles; the repeat is what a notebook re-run costs), timing each. */
function timed(study: Study, load: () => ResponseTable, cases: AttributionData["cases"]) {
  const t0 = performance.now();
  const table = load();
  const tLoad = performance.now() - t0;
  const t1 = performance.now();
  const first = attributeWithPriorities(study, { responses: table, ...(cases === undefined ? {} : { cases }) });
  const tFirst = performance.now() - t1;
  const t2 = performance.now();
  attributeWithPriorities(study, { responses: table, ...(cases === undefined ? {} : { cases }) });
  return { table, first, tLoad, tFirst, tRepeat: performance.now() - t2 };
}

const [kind = "airline", nArg = "130000", csvOut] = process.argv.slice(2);
if (kind === "airline") {
  const study = airlineStudy();
  const n = Number(nArg);
  const data = airlineData(n);
  if (csvOut !== undefined) {
    // The same data for DuckDB: one row per answer joined to its flight's delay.
    const delay = new Map(data.cases.map((c) => [c.id, ((c.events[1]?.[1] ?? 0) - (c.events[0]?.[1] ?? 0)) / 60_000] as const));
    const lines = ["respondent,question,value,delay"];
    for (const r of data.rows) lines.push(`${r.respondent},${r.question},${r.value},${delay.get(r.case)}`);
    writeFileSync(csvOut, `${lines.join("\n")}\n`);
    lines.length = 0;
  }
  const { table, first, tLoad, tFirst, tRepeat } = timed(study, () => collectResponses(study, data.rows), data.cases);
  const effects: Record<string, number> = {};
  for (const f of first.findings) if (f.tag === "customer-dissatisfaction") for (const l of f.links) if (l.effect !== undefined && l.exposure.kind === "missed-standard") effects[f.point] = l.effect.effect.value;
  const wifi = first.findings.find((f) => f.id === "cd:ep_wifi");
  console.log(JSON.stringify({
    kind, n, answers: table.answers.count, linked: first.linkage.linked, loadMs: tLoad, firstMs: tFirst, repeatMs: tRepeat, peakRssMb: process.resourceUsage().maxRSS / 1024, effects,
    wifiShares: wifi?.tag === "customer-dissatisfaction" ? wifi.causes.map((c) => c.share) : [],
    punctuality: (() => { const f = first.findings.find((x) => x.id === "cd:ep_punctuality"); return f?.tag === "customer-dissatisfaction" ? f.causes.map((c) => c.share) : []; })(),
  }));
} else {
  const study = loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
  const data = simulateStudy(study, { seed: 2026, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }], link: {} } as Parameters<typeof simulateStudy>[1]);
  const { table, first, tLoad, tFirst, tRepeat } = timed(study, () => collectResponses(study, responseRows(data)), data.cases);
  console.log(JSON.stringify({ kind, n: table.respondents.count, answers: table.answers.count, linked: first.linkage.linked, loadMs: tLoad, firstMs: tFirst, repeatMs: tRepeat, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}
