/** Shared fixtures for the attribution tests: the bundled study and simulated data sets, cached per seed. */
import { fileURLToPath } from "node:url";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { responseRows, simulateStudy, type SimulatedData, type SimulationOptions } from "../../src/simulate/index.js";
import type { Study } from "../../src/model/study.js";
import type { Attribution } from "../../src/attribution/attribute.js";
import type { LinkReason } from "../../src/attribution/shared/findings.js";

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

/** The reasons a link has no share because it was measured: no-harm, not-significant, negligible (and a share). */
const MEASURED_REASONS: ReadonlySet<LinkReason["kind"]> = new Set(["share", "no-harm", "not-significant", "negligible"]);

/**
 * The links of a run that state no share, were not measured, and name no data that would test them: each as
 * "finding ← link finding (reason)". gaptrace's rule is that this list is empty.
 */
export function unsizedWithoutTest(result: Attribution): string[] {
  const out: string[] = [];
  for (const f of result.findings) {
    if (f.tag !== "customer-dissatisfaction") continue;
    for (const l of [...f.links, ...f.causes])
      if (l.share === undefined && !MEASURED_REASONS.has(l.reason.kind) && l.test.length === 0) out.push(`${f.id} ← ${l.finding ?? l.exposure.kind} (${l.reason.kind})`);
  }
  return out;
}
