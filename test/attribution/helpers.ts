/** Shared fixtures for the attribution tests: the bundled study and simulated data sets, cached per seed. */
import { fileURLToPath } from "node:url";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { responseRows, simulateStudy, type SimulatedData, type SimulationOptions } from "../../src/simulate/index.js";
import type { Study } from "../../src/model/study.js";

export const bundled: Study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

/** One cause of each tag planted in the bundled study's outages theme: a late dispatch, an arrival standard customers do not accept, the arrival point itself. */
export const THREE_PLANTS = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  { tag: "customer-dissatisfaction", point: "ep_or_arrival" },
] as const;

/** Simulate and load: the data set and its response table. */
export function simulated(options: SimulationOptions): { data: SimulatedData; table: ResponseTable } {
  const data = simulateStudy(bundled, options);
  return { data, table: collectResponses(bundled, responseRows(data)) };
}
