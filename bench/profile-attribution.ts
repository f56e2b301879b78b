/**
 * A profiling driver (not a bench): loads the airline-shaped study with n linked passengers (or the bundled
 * study, linked), attributes once to warm up, then `repeats` more times, printing each call's time. Run it under
 * `node --cpu-prof --import tsx` to see where a repeat call's time goes.
 * Usage: tsx bench/profile-attribution.ts airline <n> [repeats] | bundled [repeats] | generated <steps> [repeats]
 */
import { fileURLToPath } from "node:url";
import { attributeWithPriorities } from "./attribute-full.js";
import { collectResponses } from "../src/data/dataset.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { choosePlants, generateStudy, responseRows, simulateStudy } from "../src/simulate/index.js";
import { parseStudy } from "../src/study/validate/index.js";
import { airlineData, airlineStudy } from "./airline.js";

const [kind = "airline", nArg = "130000", repArg = "3"] = process.argv.slice(2);
const repeats = Number(kind !== "bundled" ? repArg : nArg === "130000" ? "3" : nArg);
let run: () => unknown;
if (kind === "airline") {
  const study = airlineStudy();
  const data = airlineData(Number(nArg));
  const table = collectResponses(study, data.rows);
  run = () => attributeWithPriorities(study, { responses: table, cases: data.cases });
} else if (kind === "generated") {
  const study = parseStudy(generateStudy({ steps: Number(nArg) }));
  const themes = study.blueprints.length;
  const data = simulateStudy(study, { seed: 1, plant: choosePlants(study, 1, 3), externalRespondents: 200 * themes, internalRespondents: 100 * themes, casesPerTheme: 300 });
  const table = collectResponses(study, responseRows(data));
  run = () => attributeWithPriorities(study, { responses: table, cases: data.cases });
} else {
  const study = loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
  const data = simulateStudy(study, { seed: 2026, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }], link: {} } as Parameters<typeof simulateStudy>[1]);
  const table = collectResponses(study, responseRows(data));
  run = () => attributeWithPriorities(study, { responses: table, cases: data.cases });
}
for (let k = 0; k <= repeats; k++) {
  // Wall time, and the process's CPU time (user + system, all threads): on a shared machine the CPU time moves
  // less with other work than the wall time does.
  const t = performance.now();
  const c = process.cpuUsage();
  run();
  const cpu = process.cpuUsage(c);
  console.log(`${k === 0 ? "first" : "repeat"} ${(performance.now() - t).toFixed(0)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
