/**
 * One attribution bench run in a fresh process (so peak memory is this run's own): builds or loads a study,
 * simulates its data, loads the responses, attributes, and prints one JSON line of timings and peak RSS.
 * Usage: tsx bench/attribution-worker.ts bundled | <steps>
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { attributeWithPriorities } from "./attribute-full.js";
import { collectResponses } from "../src/data/dataset.js";
import { buildStudyGraph } from "../src/graph/build.js";
import { parseStudy } from "../src/study/validate/index.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { choosePlants, generateStudy, responseRows, scoreRecovery, simulateStudy } from "../src/simulate/index.js";

const arg = process.argv[2] ?? "bundled";
const t0 = performance.now();
const study =
  arg === "bundled"
    ? loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study!
    : parseStudy(generateStudy({ steps: Number(arg) }));
const tValidate = performance.now() - t0;
const graph = buildStudyGraph(study);
const themes = study.blueprints.length;
const plant = choosePlants(study, 1, arg === "bundled" ? 1 : 3);
const sizes = arg === "bundled" ? {} : { externalRespondents: 200 * themes, internalRespondents: 100 * themes, casesPerTheme: 300 };
const t1 = performance.now();
const data = simulateStudy(study, { seed: 1, plant, ...sizes });
const tSimulate = performance.now() - t1;
const t2 = performance.now();
const table = collectResponses(study, responseRows(data));
const tCollect = performance.now() - t2;
const t3 = performance.now();
const result = attributeWithPriorities(study, { responses: table, cases: data.cases });
const tAttribute = performance.now() - t3;
// The repeat call on the same study and data (what a notebook re-run costs): views, indexes and graph are cached.
const t4 = performance.now();
attributeWithPriorities(study, { responses: table, cases: data.cases });
const tRepeat = performance.now() - t4;
const score = scoreRecovery(study, data.truth, result);
// A digest of the whole result (maps as entries, typed arrays as lists), to check a change altered no result.
const digest = createHash("sha256")
  .update(JSON.stringify(result, (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)))
  .digest("hex")
  .slice(0, 16);
console.log(
  JSON.stringify({
    study: arg,
    steps: graph.order,
    handoffs: graph.size,
    answers: table.answers.count,
    cases: data.cases.length,
    tests: result.tests.length,
    findings: result.findings.length,
    recovered: `${score.recovered.length}/${score.planted}`,
    spurious: score.spurious.length,
    digest,
    validateMs: tValidate,
    simulateMs: tSimulate,
    collectMs: tCollect,
    attributeMs: tAttribute,
    repeatMs: tRepeat,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
