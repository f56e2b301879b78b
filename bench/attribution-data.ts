/**
 * Writes a generated study and its simulated data to files, in a process of its own, so that the worker that
 * attributes them (bench/attribution-files-worker.ts) holds only what a user's process would: the study and the
 * data read back through `gaptrace/node`. Files go to `$TMPDIR/gaptrace-bench/attribution-<steps>/` (study.json,
 * responses.csv, cases.csv, truth.json) and are written once per generator version; never committed.
 * Usage: tsx bench/attribution-data.ts <steps>  (prints the folder)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { casesCsv, choosePlants, generateStudy, responsesCsv, simulateStudy } from "../src/simulate/index.js";
import { parseStudy } from "../src/study/validate/index.js";

const GENERATOR_VERSION = "1";

/** The folder of a generated run's files: the same options as the in-process worker (bench/attribution-worker.ts). */
export function attributionDataDir(steps: number): string {
  return join(tmpdir(), "gaptrace-bench", `attribution-${steps}`);
}

/**
 * Write the files for `steps` steps unless the same generator version wrote them already.
 * @returns the folder.
 */
export function writeAttributionData(steps: number): string {
  const dir = attributionDataDir(steps);
  const stamp = join(dir, "meta");
  const meta = `${GENERATOR_VERSION}:${steps}`;
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === meta) return dir;
  mkdirSync(dir, { recursive: true });
  const input = generateStudy({ steps });
  const study = parseStudy(input);
  const themes = study.blueprints.length;
  const plant = choosePlants(study, 1, 3);
  const data = simulateStudy(study, { seed: 1, plant, externalRespondents: 200 * themes, internalRespondents: 100 * themes, casesPerTheme: 300 });
  writeFileSync(join(dir, "study.json"), JSON.stringify(input));
  writeFileSync(join(dir, "responses.csv"), responsesCsv(data));
  writeFileSync(join(dir, "cases.csv"), casesCsv(data));
  writeFileSync(join(dir, "truth.json"), JSON.stringify(data.truth));
  writeFileSync(stamp, meta);
  return dir;
}

if (process.argv[1]?.endsWith("attribution-data.ts") === true) console.log(writeAttributionData(Number(process.argv[2] ?? "1000")));
