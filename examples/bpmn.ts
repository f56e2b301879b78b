/**
 * BPMN 2.0 in and out. In: a billing-complaint process drawn in a BPMN tool (two pools, lanes, message flows, a
 * decision, a loop) becomes a blueprint; the first import says what BPMN lacks, the mapping file fills it, and the
 * second import gives a valid study. Out: the bundled power-utility study, with the findings of an attribution as
 * annotations, written as a .bpmn file (open it in Camunda Modeler or bpmn.io) and its mapping; read back, it is
 * the same study.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, stringify } from "yaml";
import { attribute, collectResponses, formatProblems, responseRows, simulateStudy } from "gaptrace";
import { bpmnMapping, importBpmn, renderBpmn } from "gaptrace/bpmn";
import { summarizeStudy, buildStudyGraph } from "gaptrace/graph";
import { loadStudyFileSync } from "gaptrace/node";

const here = (f: string): string => fileURLToPath(new URL(f, import.meta.url));
const out = process.env["GAPTRACE_EXAMPLE_OUT"] !== undefined ? join(process.env["GAPTRACE_EXAMPLE_OUT"], "bpmn") : here("../out/examples/bpmn/");
mkdirSync(out, { recursive: true });

// 1. In, without a mapping: what the BPMN gives, and what it lacks (each problem at its element's line).
const xml = readFileSync(here("./bpmn/meter-complaint.bpmn"), "utf8");
const first = await importBpmn(xml, { file: "meter-complaint.bpmn" });
const count = new Map<string, number>();
for (const p of first.problems) count.set(p.code, (count.get(p.code) ?? 0) + 1);
console.log(`First import: ${[...count].map(([c, n]) => `${n} ${c}`).join(", ")}`);
writeFileSync(join(out, "meter-complaint.mapping.draft.yaml"), stringify(first.mapping));

// 2. In, with the mapping filled in: a valid study.
const mapping: unknown = parse(readFileSync(here("./bpmn/meter-complaint.mapping.yaml"), "utf8"));
const second = await importBpmn(xml, { file: "meter-complaint.bpmn", mapping });
if (!second.ok || second.report?.study === undefined) {
  console.error(formatProblems([...second.problems, ...(second.report?.problems ?? [])]));
  process.exit(1);
}
const imported = second.report.study;
const t = summarizeStudy(imported, buildStudyGraph(imported)).totals;
console.log(
  `Second import: valid; ${t.steps} steps (customer ${t.stepsPerLayer.customer}, front line ${t.stepsPerLayer.frontline}, back office ${t.stepsPerLayer.backoffice}, support ${t.stepsPerLayer.support}), ${t.handoffs} hand-offs`,
);
console.log(formatProblems(second.problems.filter((p) => p.severity !== "info")) || "  no warnings");
console.log(`  notes: ${second.problems.filter((p) => p.severity === "info").map((p) => `${p.code} at line ${p.location?.line ?? "?"}`).join("; ")}`);
writeFileSync(join(out, "meter-complaint.study.yaml"), stringify(imported));

// 3. Out: the power-utility study with the findings of an attribution on simulated data (one planted cause).
const report = loadStudyFileSync(here("./studies/power-utility.study.yaml"));
if (report.study === undefined || !report.ok) throw new Error(formatProblems(report.problems));
const study = report.study;
const data = simulateStudy(study, { seed: 7, plant: [{ tag: "non-compliant-execution", step: "or_bo_dispatch" }] });
const result = attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });
const exported = renderBpmn(study, result, { lang: "zh" });
writeFileSync(join(out, "power-utility.bpmn"), exported);
writeFileSync(join(out, "power-utility.mapping.yaml"), stringify(bpmnMapping(study, { lang: "zh" })));
console.log(`Export: ${study.blueprints.length} pools, ${result.findings.length} findings as annotations → ${join(out, "power-utility.bpmn")}`);

// 4. And back: the same study (the order of themes and hand-offs aside; BPMN has none).
const back = await importBpmn(exported, { mapping: parse(stringify(bpmnMapping(study, { lang: "zh" }))) });
const sorted = (s: typeof study): string =>
  JSON.stringify({ ...s, themeMap: { ...s.themeMap, themes: [...s.themeMap.themes].sort((a, b) => a.id.localeCompare(b.id)) }, blueprints: s.blueprints.map((b) => ({ ...b, handoffs: [...b.handoffs].sort((x, y) => `${x.from} ${x.to}`.localeCompare(`${y.from} ${y.to}`)) })) });
const same = back.report?.study !== undefined && sorted(back.report.study) === sorted(study);
console.log(`Round trip: ${same ? "the same study" : "DIFFERENT"} (${back.problems.filter((p) => p.code === "bpmn/unsupported").length} annotation elements reported as not imported)`);
if (!same) process.exit(1);
