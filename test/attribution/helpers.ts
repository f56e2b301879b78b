/** Shared fixtures for the attribution tests: the bundled study and simulated data sets, cached per seed. */
import { fileURLToPath } from "node:url";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { responseRows, simulateStudy, type SimulatedData, type SimulationOptions } from "../../src/simulate/index.js";
import type { Study } from "../../src/model/study.js";

export const bundled: Study = loadStudyFileSync(fileURLToPath(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url))).study!;

/** Simulate and load: the data set and its response table. */
export function simulated(options: SimulationOptions): { data: SimulatedData; table: ResponseTable } {
  const data = simulateStudy(bundled, options);
  return { data, table: collectResponses(bundled, responseRows(data)) };
}
