/**
 * The worked example a trainer teaches from (docs/worked-example.md): the outage and fault-repair theme, from
 * the customers' gap at "repair crew arrival" to the posts that own it. Two problems are planted in simulated
 * data at the real study's scale: the dispatcher is slow (a non-compliant step) and the 45-minute city arrival
 * standard is looser than customers accept (an unreasonable standard). Each customer's answers name their own work
 * order, as return visits (回访) do. The engine does not know what was planted; it finds both, measures how much
 * lower the customers whose own order was late rate the arrival, shares the gap by those effects, and says how
 * much must change. Printed in English, then in Chinese.
 */
import { fileURLToPath } from "node:url";
import { attribute, collectResponses, responseRows, simulateStudy } from "gaptrace";
import {
  causeShareText,
  chainLinkText,
  changeText,
  effectText,
  findingRefText,
  findingText,
  findingTitle,
  postText,
  tagName,
  unexplainedText,
} from "gaptrace/reports";
import { readStudyFile } from "gaptrace/node";

const study = await readStudyFile(fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url)));
const data = simulateStudy(study, {
  seed: 7,
  link: {},
  plant: [
    { tag: "non-compliant-execution", step: "or_bo_dispatch" },
    { tag: "unreasonable-standard", standard: "std_arrival_urban_45min" },
  ],
});
const result = attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });

const gap = result.findings.find((f) => f.id === "cd:ep_or_arrival");
if (gap === undefined || gap.tag !== "customer-dissatisfaction") {
  console.error("expected a customer gap at the crew-arrival point");
  process.exit(1);
}
for (const lang of ["en", "zh"] as const) {
  console.log(`\n== ${tagName(gap.tag, lang)}: ${findingTitle(study, gap, lang)} ==`);
  console.log(findingText(study, gap, lang));
  for (const cause of gap.causes) {
    const root = result.findings.find((f) => f.id === cause.finding);
    if (root === undefined) continue;
    console.log(`\n-- ${tagName(root.tag, lang)}: ${causeShareText(findingRefText(study, root.id, lang), cause, gap.gap, lang)}`);
    console.log(effectText(study, cause, lang));
    console.log(findingText(study, root, lang));
    console.log(lang === "en" ? "Evidence chain, from the root cause to the customer:" : "证据链（从根本原因到客户）：");
    for (const link of cause.chain) console.log(`  ${link.depth}. ${chainLinkText(study, link, lang)}`);
    console.log(lang === "en" ? "How much must change:" : "需要改进多少：");
    for (const change of root.change) console.log(`  - ${changeText(study, change, lang)}`);
  }
  console.log(`\n${unexplainedText(gap.unexplainedShare, postText(study, gap.post, lang), lang)}`);
}
const shares = gap.causes.reduce((a, c) => a + c.share, 0) + gap.unexplainedShare;
if (Math.abs(shares - 1) > 1e-9) {
  console.error(`shares of the gap and its unexplained part sum to ${shares}, not 1`);
  process.exit(1);
}
