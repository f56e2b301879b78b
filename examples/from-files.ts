/**
 * From files to findings, as a quality team would run a study: a study file, a survey export (CSV) and a
 * work-order export (CSV). The survey and work orders here are simulated and written to a temporary folder
 * first, so the example runs anywhere; with real data, start at "Load".
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { attribute, casesCsv, collectResponses, responsesCsv, simulateStudy, withPriorities } from "gaptrace";
import { readCasesCsv, readResponsesCsv, readStudyFile } from "gaptrace/node";

const studyFile = fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gaptrace-example-"));

// Simulated exports (seeded: the same files every run), with one planted problem.
{
  const study = await readStudyFile(studyFile);
  const data = simulateStudy(study, { seed: 11, externalRespondents: 3000, internalRespondents: 1000, casesPerTheme: 500, plant: [{ tag: "non-compliant-execution", step: "or_bo_parts_issue" }] });
  writeFileSync(join(dir, "survey.csv"), responsesCsv(data));
  writeFileSync(join(dir, "work-orders.csv"), casesCsv(data));
}

// Load: the study, the survey (every row accounted for) and the work orders.
const study = await readStudyFile(studyFile);
const responses = await collectResponses(study, readResponsesCsv(study, join(dir, "survey.csv"), { segments: ["area", "fault_class"] }));
const l = responses.ledger;
console.log(`survey.csv: ${l.rowsRead} rows read = ${l.accepted} accepted + ${l.rejected} rejected`);
const cases = await readCasesCsv(study, join(dir, "work-orders.csv"), { segments: ["area", "fault_class"] });
console.log(`work-orders.csv: ${cases.count} cases`);

// Attribute, and list what lands on each post.
const result = attribute(study, { responses, cases });
for (const f of result.findings) console.log(`${f.tag.padEnd(26)} ${(f.post ?? f.department ?? "").padEnd(24)} severity ${f.severity.toFixed(2)}`);
if (!result.findings.some((f) => f.tag === "non-compliant-execution" && f.post === "materials_clerk")) {
  console.error("expected the planted parts-issue problem to land on the materials clerk");
  process.exit(1);
}

// What to improve first, per theme: each point's importance to overall satisfaction × its gap to target.
const prioritised = withPriorities(study, result, { responses, cases });
for (const t of prioritised.priorities ?? []) {
  const top = t.points.find((p) => p.rank === 1);
  // Priority is importance × the gap where there is one: a theme whose points all meet their targets has none.
  if (top !== undefined && top.priority > 0) console.log(`${t.theme}: improve ${top.point} first (importance ${(top.importance * 100).toFixed(0)}%, gap ${top.gap.toFixed(1)} points, ${top.quadrant})`);
  else console.log(`${t.theme}: no point below its target (or its reference), nothing to prioritise`);
}
