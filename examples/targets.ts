/**
 * Targets that cascade (目标分解), on the county utility of the sources: overall satisfaction 80 in 2013 and a target
 * of 81 for 2014, with indicator targets handed down on 2014-07-07 (supply stability 85, business hall 85, customer
 * communication 75, …). The study (examples/studies/county-targets.study.yaml) declares them as the company wrote
 * them, faults included. The survey is simulated (seeded): three waves in which problem handling falls every year.
 *
 * 1. Validation names the accountability faults: two owners, none, overlapping indicators, targets not accepted.
 * 2. cascadeTargets: what the declared targets predict for the overall index (with its interval), whether the
 *    indicators are consistent with 81, and the point and post moves, each from a measured driver effect.
 * 3. trackTargets: every indicator per wave, its target met or not, and the indicators falling two waves running.
 * See docs/targets.md.
 */
import { fileURLToPath } from "node:url";
import { collectResponses, formatProblems, labelText } from "gaptrace";
import { cascadeTargets, trackTargets } from "gaptrace/attribution";
import { loadStudyFileSync } from "gaptrace/node";

const file = fileURLToPath(new URL("./studies/county-targets.study.yaml", import.meta.url));
const report = loadStudyFileSync(file);
if (report.study === undefined || !report.ok) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
const study = report.study;

// 1. What validation says about the targets (warnings: the study is valid, its accountability is not).
const targetProblems = report.problems.filter((p) => p.code.startsWith("target/"));
console.log(`Targets: ${targetProblems.length} accountability warnings`);
console.log(formatProblems(targetProblems, "zh").split("\n").slice(0, 4).join("\n"));

// A seeded survey: 800 customers a wave rate five points and overall satisfaction on 0–100.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const r = prng(2014);
const normal = (): number => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
const clamp = (v: number): number => Math.max(0, Math.min(100, Math.round(v)));
// How much each point moves overall satisfaction (unknown to the analysis; the hotline moves nothing).
const effect = { q_supply: 0.3, q_hall: 0.2, q_hotline: 0, q_problem: 0.25, q_reply: 0.1 } as const;
const waves = [
  { wave: "2011", problem: 68 },
  { wave: "2012", problem: 62 },
  { wave: "2013", problem: 55 },
];
const rows: Record<string, unknown>[] = [];
for (const w of waves) {
  const means = { q_supply: 84, q_hall: 82, q_hotline: 78, q_problem: w.problem, q_reply: 72 };
  for (let i = 0; i < 800; i++) {
    const respondent = `${w.wave}-${i}`;
    const mood = normal() * 6;
    let overall = 17.45;
    for (const [q, b] of Object.entries(effect)) {
      const v = clamp(means[q as keyof typeof means] + mood + normal() * 10);
      overall += b * v;
      rows.push({ respondent, wave: w.wave, audience: "external", question: q, value: v });
    }
    rows.push({ respondent, wave: w.wave, audience: "external", question: "q_overall", value: clamp(overall + normal() * 4) });
  }
}
const table = collectResponses(study, rows);

// 2. The cascade from the 2013 wave to the 2014 target.
const cascade = cascadeTargets(study, { responses: table }, { wave: "2013", targetWave: "2014" });
const pointName = (id: string): string => labelText(study.evaluationPoints.find((p) => p.id === id)?.name ?? id, "en");
const fmt = (x: number): string => x.toFixed(1);
for (const t of cascade.themes) {
  const now = t.current;
  if (now === undefined) continue;
  console.log(`\nOverall satisfaction ${t.top.baselineWave ?? cascade.wave}: ${fmt(now.value)} [${fmt(now.ci[0])}, ${fmt(now.ci[1])}] (n = ${now.n}); target ${t.top.target} for ${t.top.wave}`);
  if (t.declared !== undefined) {
    const p = t.declared.prediction;
    console.log(`  If every declared target is met: ${fmt(p.value)} [${fmt(p.ci[0])}, ${fmt(p.ci[1])}] → ${t.declared.verdict}`);
  }
  if (t.consistency !== undefined) console.log(`  The indicator targets alone: ${fmt(t.consistency.prediction.value)} → ${t.consistency.verdict}`);
  for (const p of t.points) {
    const eff = p.effect === undefined ? "not in the fit" : `${p.effect.value.toFixed(2)} per point (q = ${p.effect.q.toPrecision(2)}, ${p.status})`;
    const move = p.move > 0 ? `raise ${fmt(p.current ?? 0)} → ${fmt(p.target ?? 0)}` : "no move";
    console.log(`  ${pointName(p.point).padEnd(24)} effect ${eff}; ${move}`);
  }
}
for (const post of cascade.posts)
  for (const item of post.items) console.log(`  ${post.post ?? post.department}: raise ${pointName(item.point)} by ${item.move.toFixed(2)} (${item.via})`);

// 3. Every target across the three waves: problem handling falls two waves running.
const track = trackTargets(study, { responses: table });
for (const s of track.series) {
  const values = s.values.map((v) => `${v.wave} ${v.value === undefined ? "–" : fmt(v.value.value)}${v.met === undefined ? "" : ` (${v.met} ${v.target})`}`).join(", ");
  const falling = s.fallingRuns.map((f) => ` FALLING ${f.waves.join("→")} (${f.significant === "all" ? "every fall significant" : f.significant === "none" ? "point estimates only" : "some falls significant"})`).join("");
  console.log(`${s.kind === "top" ? "overall" : s.id}: ${values}${falling}`);
}
const problem = track.series.find((s) => s.id === "ind_problem");
if (problem === undefined || problem.fallingRuns.length === 0) {
  console.error("expected problem handling to be flagged as falling");
  process.exit(1);
}
