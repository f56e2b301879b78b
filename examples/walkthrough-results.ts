/**
 * Process-walkthrough results (流程穿越) as evidence, for the outage and fault-repair theme of the bundled study.
 * Three walkthroughs (a customer, a post and a department walkthrough) recorded what they found in a spreadsheet
 * export (examples/data/walkthroughs-outage.csv: UTF-8 with a byte-order mark, Chinese headers, 是/否/部分解决,
 * a blank row, a step id with a typo and a post id with a typo). The example reads it against the study (the two
 * typos are rejected with "did you mean", and counted), attributes the simulated outage data with and without the
 * walkthroughs, checks that the walkthroughs change no share and no grade, and prints what they add: the counts,
 * the findings they corroborate, the steps they point at that no data confirm, and the dispatcher's list.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { attribute, collectResponses, formatProblems, responseRows, simulateStudy, withWalkthroughs } from "gaptrace";
import { readWalkthroughs } from "gaptrace/data";
import { buildReport } from "gaptrace/reports";
import { readStudyFile } from "gaptrace/node";

const study = await readStudyFile(fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url)));
const file = fileURLToPath(new URL("./data/walkthroughs-outage.csv", import.meta.url));
const records = readWalkthroughs(study, new Uint8Array(readFileSync(file)), { file: "walkthroughs-outage.csv" });

console.log("Walkthrough records:", records.ledger);
console.log(formatProblems(records.problems, "zh"));
const fail = (why: string): never => {
  console.error(why);
  process.exit(1);
};
const { rowsRead, accepted, rejected, blankLines } = records.ledger;
if (rowsRead !== accepted + rejected) fail("the ledger does not reconcile");
if (accepted !== 7 || rejected !== 2 || blankLines !== 1) fail(`expected 7 accepted, 2 rejected, 1 blank line; got ${JSON.stringify(records.ledger)}`);
const near = records.problems.map((p) => (p.params as { near?: string | null }).near);
if (!near.includes("or_bo_dispatch") || !near.includes("repair_dispatcher")) fail("expected both typos to be rejected with a suggestion");

const data = simulateStudy(study, {
  seed: 7,
  link: {},
  plant: [
    { tag: "non-compliant-execution", step: "or_bo_dispatch" },
    { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  ],
});
const responses = collectResponses(study, responseRows(data));
const without = attribute(study, { responses, cases: data.cases });
// Walkthroughs are read after the attribution, from its result: they annotate what the tests found.
const result = withWalkthroughs(study, without, records);

// The walkthroughs are qualitative: every share, grade and reason is the data's alone.
const links = (r: typeof result): string[] =>
  r.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? f.links.map((l) => `${f.id} ${l.step} ${l.grade} ${l.reason.kind} ${l.share ?? "-"}`) : []));
if (JSON.stringify(links(result)) !== JSON.stringify(links(without))) fail("the walkthroughs changed a share or a grade");

for (const lang of ["en", "zh"] as const) {
  const doc = buildReport(study, result, { lang, measures: false });
  const w = doc.walkthroughs;
  if (w === undefined) fail("no walkthrough section");
  console.log(`\n== ${lang} ==\n${w?.text}\n${w?.note}`);
  for (const c of w?.corroborations ?? []) console.log(`  + ${c.text}`);
  for (const s of w?.supports.slice(0, 3) ?? []) console.log(`  ~ ${s.text}`);
  for (const u of w?.unconfirmed ?? []) console.log(`  ? ${u.text}`);
  const dispatcher = doc.responsibility.posts.find((p) => p.post.id === "repair_dispatcher");
  console.log(`${dispatcher?.post.name}: ${dispatcher?.walkthrough?.text}`);
  for (const p of [...(dispatcher?.walkthrough?.open ?? []), ...(dispatcher?.walkthrough?.solved ?? [])]) console.log(`  - ${p.text}`);
}
if (!result.walkthroughs?.corroborations.some((c) => c.finding === "nce:or_bo_dispatch")) fail("expected the dispatch finding to be corroborated");
