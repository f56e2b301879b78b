/**
 * Measures the monitor on seeded streams (docs/monitoring.md quotes its output): detection delay of planted
 * outbreaks — a billing-system fault that triples billing complaints for six hours, a dip in a return-visit
 * question — and false alarms per week on null streams (no outbreak), beside the rules' nominal rates; and how
 * many repair orders are flagged at risk per hour during a crew shortage against the hours around it.
 *
 * Run: `npx tsx --conditions=source scripts/monitor-detection.ts [seeds]` (default 20 seeds of 28 days each).
 */
import { loadStudyFileSync } from "../src/node/study-file.js";
import { createMonitor } from "../src/monitor/monitor.js";
import { scoreDetection, simulateEventStream, type StreamOptions } from "../src/monitor/stream.js";
import type { MonitorAlert } from "../src/monitor/incidents.js";

const study = loadStudyFileSync(new URL("../examples/studies/power-utility.study.yaml", import.meta.url).pathname).study!;
const seeds = Number(process.argv[2] ?? 20);
const DAYS = 28;
const KINDS = [
  { kind: "billing_error", perHour: 1 },
  { kind: "slow_reconnection", perHour: 0.5 },
  { kind: "slow_repair", perHour: 2 },
  { kind: "outage_information", perHour: 1 },
  { kind: "service_attitude", perHour: 0.5 },
];
const QUESTIONS = ["q_or_arrival_timely_p", "q_pr_reconnect_timely_p", "q_ic_overall_p"];
const base = (seed: number): StreamOptions => ({ seed, days: DAYS, complaints: KINDS, answers: { perDay: 60, questions: QUESTIONS } });

const quantile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? Number.NaN : (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? Number.NaN);
};
const run = (o: StreamOptions): MonitorAlert[] => createMonitor(study).pushAll(simulateEventStream(o));

// Null streams: every surge or dip incident raised is a false alarm.
let surgeFa = 0;
let dipFa = 0;
for (let s = 0; s < seeds; s++) {
  const alerts = run(base(1000 + s)).filter((a) => a.action === "raised");
  surgeFa += alerts.filter((a) => a.signal === "surge").length;
  dipFa += alerts.filter((a) => a.signal === "dip").length;
}
const weeks = (seeds * DAYS) / 7;
const m = study.monitoring!;
const series = KINDS.length * (1 + 4);
const armedHours = (DAYS - m.surge.warmup) * 24;
console.log(`Null streams: ${seeds} × ${DAYS} days, ${KINDS.length} kinds × 4 regions (${series} surge series), ${QUESTIONS.length} survey questions.`);
console.log(`| signal | false alarms | per week | nominal bound per week |`);
console.log(`| --- | ---: | ---: | ---: |`);
console.log(`| surge (α = ${m.surge.alpha} per series-hour, min ${m.surge.minCount}) | ${surgeFa} | ${(surgeFa / weeks).toFixed(2)} | ≤ ${((series * armedHours * m.surge.alpha) / (DAYS / 7)).toFixed(2)} |`);
console.log(`| dip (${m.satisfaction.confidence * 100}% interval, one side) | ${dipFa} | ${(dipFa / weeks).toFixed(2)} | ${((QUESTIONS.length * (DAYS - m.satisfaction.warmup) * (1 - m.satisfaction.confidence)) / 2 / (DAYS / 7)).toFixed(2)} |`);

// Planted outbreaks, at a random-looking but fixed hour of day 14–20 for each seed.
const surgeDelays: number[] = [];
const dipDelays: number[] = [];
let surgeFound = 0;
let dipFound = 0;
for (let s = 0; s < seeds; s++) {
  const startHour = 24 * (14 + (s % 7)) + ((s * 5) % 24);
  const o: StreamOptions = {
    ...base(2000 + s),
    outbreaks: [
      { type: "surge", kind: "billing_error", startHour, hours: 6, factor: 3 },
      { type: "dip", question: "q_pr_reconnect_timely_p", startHour: 24 * 21, hours: 72, shift: -0.5 },
    ],
  };
  const score = scoreDetection(o, run(o));
  const [surge, dip] = score.outbreaks;
  if (surge?.detected === true) {
    surgeFound++;
    surgeDelays.push(surge.delayMinutes ?? 0);
  }
  if (dip?.detected === true) {
    dipFound++;
    dipDelays.push(dip.delayMinutes ?? 0);
  }
}
console.log(`\nPlanted outbreaks (${seeds} seeds):`);
console.log(`| outbreak | detected | median delay | 90th percentile delay |`);
console.log(`| --- | ---: | ---: | ---: |`);
console.log(`| billing fault: billing complaints ×3 for 6 h (all regions) | ${surgeFound}/${seeds} | ${quantile(surgeDelays, 0.5).toFixed(0)} min | ${quantile(surgeDelays, 0.9).toFixed(0)} min |`);
console.log(`| return-visit dip: −0.5 on a 5-point scale for 3 days | ${dipFound}/${seeds} | ${(quantile(dipDelays, 0.5) / 60).toFixed(1)} h | ${(quantile(dipDelays, 0.9) / 60).toFixed(1)} h |`);

// Crew shortage: orders flagged at risk during the shortage, against the same hours the day before.
let during = 0;
let before = 0;
let escalatedDuring = 0;
const HOUR = 3_600_000;
for (let s = 0; s < seeds; s++) {
  const o: StreamOptions = { seed: 3000 + s, days: 4, complaints: [], ordersPerHour: 8, arrivalMedianMinutes: 20, outbreaks: [{ type: "crew-shortage", startHour: 72 + 8, hours: 6, factor: 2.5 }] };
  const t0 = Date.UTC(2026, 0, 5);
  const marks = [t0 + 56 * HOUR, t0 + 62 * HOUR, t0 + 80 * HOUR, t0 + 86 * HOUR];
  const flaggedAt: number[] = [];
  const monitor = createMonitor(study);
  for (const e of simulateEventStream(o)) {
    while (flaggedAt.length < marks.length && Number(e.time) >= (marks[flaggedAt.length] ?? Infinity)) flaggedAt.push(monitor.status().orders.flagged);
    for (const a of monitor.push(e)) if (a.action === "escalated" && a.subject.standard === "std_arrival_urban_45min" && Date.parse(a.time) >= (marks[2] ?? 0) && Date.parse(a.time) < (marks[3] ?? 0)) escalatedDuring++;
  }
  before += (flaggedAt[1] ?? 0) - (flaggedAt[0] ?? 0);
  during += (flaggedAt[3] ?? 0) - (flaggedAt[2] ?? 0);
}
console.log(`\nCrew shortage (arrival times ×2.5 for 6 h, ${seeds} seeds, 8 repair orders an hour): orders flagged at risk in the shortage's 6 hours ${during} (${(during / seeds / 6).toFixed(1)} an hour), in the same hours the day before ${before} (${(before / seeds / 6).toFixed(1)} an hour); escalations of the arrival standard's incident during the shortage: ${escalatedDuring}.`);
