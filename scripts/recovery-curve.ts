/**
 * The recovery curve (`npm run recovery`): how many responses a study needs. For a range of sample sizes, runs
 * the bundled study on simulated data with planted causes (seeds 1..SEEDS per size, default 10), attributes, and
 * prints three Markdown tables (docs/recovery.md quotes them):
 *
 * 1. findings, not-linked data: the share of planted causes recovered (right tag and post) per tag, and the share
 *    of findings that are spurious (one random cause of each tag);
 * 2. tracing, linked data: each customer answers about their own case (LINK_SHARE of them name it, default 1),
 *    with causes a case can show (`choosePlants(…, { linkable: true, decoys: 1 })`), a decoy and a nuisance
 *    confounder (remote area: cases 1.6 times slower, ratings 8 points lower); the same data with the link column
 *    left out (the unlinked variant) must give no gap a share from a process cause;
 * 3. tracing at the real study's scale (15,000 responses) as fewer customers' records name their case (LINK_SHARES).
 *
 * SIZES and LINK_SHARES (comma-separated) change the sizes and shares; SEEDS the number of seeds.
 */
import { fileURLToPath } from "node:url";
import { attribute } from "../src/attribution/attribute.js";
import type { Finding } from "../src/attribution/shared/findings.js";
import { collectResponses } from "../src/data/dataset.js";
import { loadStudyFileSync } from "../src/node/study-file.js";
import { choosePlants, responseRows, scoreRecovery, simulateStudy, type Confounder, type SimulatedData, type SimulationOptions } from "../src/simulate/index.js";

const study = loadStudyFileSync(fileURLToPath(new URL("../examples/studies/power-utility.study.yaml", import.meta.url))).study!;
const seeds = Number(process.env["SEEDS"] ?? 10);
const linkShare = Number(process.env["LINK_SHARE"] ?? 1);
// Total responses (external + internal), split 11:4 as in the real study; cases scale with them.
const sizes = (process.env["SIZES"] ?? "500,1000,2000,4000,8000,15000").split(",").map(Number);
const linkShares = (process.env["LINK_SHARES"] ?? "1,0.5,0.2,0.1,0.05,0.02").split(",").map(Number);
const tags = ["non-compliant-execution", "unreasonable-standard", "customer-dissatisfaction"] as const;
const confounder: Confounder = { dimension: "area", value: "remote", slowdown: 1.6, ratingDrop: 8 };

const pct = (a: number, b: number): string => (b === 0 ? "–" : `${Math.round((100 * a) / b)}%`);
const frac = (a: number, b: number): string => `${pct(a, b)} (${a}/${b})`;
const fmt = (n: number): string => n.toLocaleString("en-US");
const run = (data: SimulatedData) => attribute(study, { responses: collectResponses(study, responseRows(data)), cases: data.cases });
/** A customer gap with a share given to a process cause (a standard or a step), not to a driver point. */
const processShare = (f: Finding): boolean => f.tag === "customer-dissatisfaction" && f.causes.some((c) => c.exposure.kind !== "point");
/** A customer gap with any share (an overall gap shared among its theme's points counts). */
const anyShare = (f: Finding): boolean => f.tag === "customer-dissatisfaction" && f.causes.length > 0;

/** A size: responses split 11:4 between customers and staff as in the real study, cases per theme proportional. */
const sizeOf = (n: number) => {
  const ext = Math.round((n * 11) / 15);
  return { externalRespondents: ext, internalRespondents: n - ext, casesPerTheme: Math.max(50, Math.round(n / 7.5)) };
};

/** The tracing verdicts of linked runs, summed over seeds. */
interface Tracing {
  /** Planted effects a case can show (point, cause), and those expected to leave no gap of 1 point at their point. */
  effects: number;
  noGap: number;
  gaps: number;
  measurable: number;
  detectable: number;
  detectableRight: number;
  /** Detectable points where the engine found no customer gap at all. */
  detectableNoGap: number;
  wrongPost: number;
  decoyExplains: number;
  nuisanceLinks: number;
  findings: number;
  spurious: number;
  confounderFindings: number;
  planted: number;
  recovered: number;
  linked: number;
}
const tracing = (): Tracing => ({
  effects: 0, noGap: 0, gaps: 0, measurable: 0, detectable: 0, detectableRight: 0, detectableNoGap: 0, wrongPost: 0, decoyExplains: 0, nuisanceLinks: 0,
  findings: 0, spurious: 0, confounderFindings: 0, planted: 0, recovered: 0, linked: 0,
});

/** Simulate linked data (causes a case can show, a decoy, the confounder), attribute, and add the verdicts to `t`. */
function traceLinked(t: Tracing, seed: number, size: ReturnType<typeof sizeOf>, share: number): SimulationOptions {
  const plant = choosePlants(study, seed, 1, { linkable: true, decoys: 1 });
  const options: SimulationOptions = { seed, plant, ...size, confounders: [confounder] };
  const data = simulateStudy(study, { ...options, link: { share } });
  const result = run(data);
  const score = scoreRecovery(study, data.truth, result);
  const right = new Set(score.tracedRight.map((v) => v.point));
  const gapAt = new Set(result.findings.flatMap((f) => (f.tag === "customer-dissatisfaction" ? [f.point] : [])));
  const caseLevel = data.truth.effects.filter((e) => e.exposure.kind !== "everyone");
  t.effects += caseLevel.length;
  t.noGap += caseLevel.filter((e) => e.expectedGap < 1).length;
  t.gaps += score.gaps;
  t.measurable += score.measurable.length;
  t.detectable += score.detectablePoints.length;
  t.detectableRight += score.detectablePoints.filter((p) => right.has(p)).length;
  t.detectableNoGap += score.detectablePoints.filter((p) => !gapAt.has(p)).length;
  t.wrongPost += score.wrongPost.length;
  t.decoyExplains += score.decoyExplains.length;
  t.nuisanceLinks += score.nuisanceLinks.length;
  t.findings += result.findings.length;
  t.spurious += score.spurious.length;
  t.confounderFindings += score.confounderFindings.length;
  t.planted += score.planted;
  t.recovered += score.recovered.length;
  t.linked += data.truth.link?.themes.reduce((a, x) => a + x.linked, 0) ?? 0;
  return options;
}

interface Row {
  n: number;
  cases: number;
  // Table 1.
  hit: Map<string, number>;
  all: Map<string, number>;
  findings: number;
  spurious: number;
  // Table 2.
  linked: Tracing;
  hiddenGaps: number;
  hiddenProcessShares: number;
  hiddenAnyShares: number;
  hiddenWrongPost: number;
}
const rows: Row[] = [];
const started = performance.now();
for (const n of sizes) {
  const size = sizeOf(n);
  const row: Row = {
    n, cases: size.casesPerTheme, hit: new Map(tags.map((t) => [t, 0])), all: new Map(tags.map((t) => [t, 0])), findings: 0, spurious: 0,
    linked: tracing(), hiddenGaps: 0, hiddenProcessShares: 0, hiddenAnyShares: 0, hiddenWrongPost: 0,
  };
  for (let seed = 1; seed <= seeds; seed++) {
    // 1. Not linked: one random cause of each tag.
    const plant = choosePlants(study, seed);
    const data = simulateStudy(study, { seed, plant, ...size });
    const result = run(data);
    const score = scoreRecovery(study, data.truth, result);
    for (const c of score.recovered) row.hit.set(c.tag, (row.hit.get(c.tag) ?? 0) + 1);
    for (const c of data.truth.planted) row.all.set(c.tag, (row.all.get(c.tag) ?? 0) + 1);
    row.findings += result.findings.length;
    row.spurious += score.spurious.length;

    // 2. Linked: causes a case can show, a decoy, a confounder; then the same data without the link column.
    const options = traceLinked(row.linked, seed, size, linkShare);
    const hidden = simulateStudy(study, { ...options, link: { share: linkShare, exported: false } });
    const hr = run(hidden);
    const hs = scoreRecovery(study, hidden.truth, hr);
    row.hiddenGaps += hs.gaps;
    row.hiddenProcessShares += hr.findings.filter(processShare).length;
    row.hiddenAnyShares += hr.findings.filter(anyShare).length;
    row.hiddenWrongPost += hs.wrongPost.length;
  }
  rows.push(row);
  process.stderr.write(`${fmt(n)} responses: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
const real = sizeOf(15_000);
const byShare = linkShares.map((share) => {
  // The first table's real-scale linked runs are the same data: reuse them.
  const same = share === linkShare ? rows.find((r) => r.n === 15_000) : undefined;
  if (same !== undefined) return { share, t: same.linked };
  const t = tracing();
  for (let seed = 1; seed <= seeds; seed++) traceLinked(t, seed, real, share);
  process.stderr.write(`link share ${share}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return { share, t };
});

console.log(`Seeds 1–${seeds} per size; linked runs: link share ${linkShare}, confounder ${confounder.dimension} = ${confounder.value} (×${confounder.slowdown} slower, −${confounder.ratingDrop} points), one decoy.\n`);
console.log(`Findings, not-linked data (one random cause of each tag):\n`);
console.log(`| responses (external + internal) | cases per theme | recovered: all | execution | standard | customer | spurious findings |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
for (const r of rows) {
  const totalHit = [...r.hit.values()].reduce((a, b) => a + b, 0);
  const total = [...r.all.values()].reduce((a, b) => a + b, 0);
  console.log(`| ${fmt(r.n)} | ${r.cases} | ${pct(totalHit, total)} | ${tags.map((t) => pct(r.hit.get(t) ?? 0, r.all.get(t) ?? 0)).join(" | ")} | ${frac(r.spurious, r.findings)} |`);
}
console.log(`\nTracing, linked data (causes a case can show, a decoy, a confounder) and its unlinked variant:\n`);
console.log(`| responses | case-level effects with no gap expected | customer gaps | measurable | detectable | traced right (of detectable) | detectable, no gap found | wrong post | decoy explains | nuisance links | spurious findings | planted found | unlinked: gaps with a process share | unlinked: wrong post |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
const verdicts = (t: Tracing): string =>
  `${t.gaps} | ${t.measurable} | ${t.detectable} | ${frac(t.detectableRight, t.detectable)} | ${t.detectableNoGap} | ${frac(t.wrongPost, t.gaps)} | ${t.decoyExplains} | ${t.nuisanceLinks} | ` +
  `${t.spurious} of ${t.findings} (${t.confounderFindings} from the confounder) | ${frac(t.recovered, t.planted)}`;
for (const r of rows) console.log(`| ${fmt(r.n)} | ${r.linked.noGap} of ${r.linked.effects} | ${verdicts(r.linked)} | ${r.hiddenProcessShares} of ${r.hiddenGaps} | ${r.hiddenWrongPost} |`);
console.log(`\nTracing at the real study's scale (15,000 responses) by the share of customers whose record names their case:\n`);
console.log(`| link share | linked customers per run | customer gaps | measurable | detectable | traced right (of detectable) | detectable, no gap found | wrong post | decoy explains | nuisance links | spurious findings | planted found |`);
console.log(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
for (const { share, t } of byShare) console.log(`| ${share} | ${fmt(Math.round(t.linked / seeds))} | ${verdicts(t)} |`);
const hiddenProcess = rows.reduce((a, r) => a + r.hiddenProcessShares, 0);
const hiddenOverall = rows.reduce((a, r) => a + r.hiddenAnyShares - r.hiddenProcessShares, 0);
console.log(
  `\nUnlinked variant: ${hiddenProcess} customer gaps with a share to a process cause; ${hiddenOverall} overall-satisfaction gaps shared among their theme's points only (a regression within the survey, no link needed).`,
);
process.stderr.write(`done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
