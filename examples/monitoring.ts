/**
 * Early warning and escalation (事前预警、事中控制、事后总结) on a simulated month of events for the power-utility
 * study: complaints of five kinds in four regions, repair orders, return-visit answers. A billing-system fault
 * triples billing complaints for six hours on day 15, and a crew shortage makes repair crews arrive late for six
 * hours on day 20. The monitor raises alerts as events come, routes each to the post the blueprint says owns the
 * cause, escalates it up the study's ladder (post → department head → company management) and steps it down
 * when things go quiet; the review after sums the month up per department.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { labelText } from "gaptrace";
import { readStudyFile } from "gaptrace/node";
import { alertsToJsonLines, createMonitor, reviewAlerts, simulateEventStream, type MonitorAlert, type StreamOptions } from "gaptrace/monitor";

const study = await readStudyFile(fileURLToPath(new URL("./studies/power-utility.study.yaml", import.meta.url)));

const stream: StreamOptions = {
  seed: 15,
  days: 28,
  complaints: [
    { kind: "billing_error", perHour: 1 },
    { kind: "slow_reconnection", perHour: 0.5 },
    { kind: "slow_repair", perHour: 2 },
    { kind: "outage_information", perHour: 1 },
    { kind: "service_attitude", perHour: 0.5 },
  ],
  ordersPerHour: 6,
  arrivalMedianMinutes: 20,
  answers: { perDay: 60, questions: ["q_or_arrival_timely_p", "q_pr_reconnect_timely_p"] },
  outbreaks: [
    { type: "surge", kind: "billing_error", startHour: 24 * 14 + 9, hours: 6, factor: 3 },
    { type: "crew-shortage", startHour: 24 * 19 + 8, hours: 6, factor: 2.5 },
  ],
};

const monitor = createMonitor(study, { lang: "zh" });
const alerts: MonitorAlert[] = [];
for (const event of simulateEventStream(stream)) {
  for (const alert of monitor.push(event)) alerts.push(alert);
}

const post = (id: string | undefined): string => labelText(study.organisation.posts.find((p) => p.id === id)?.name, "zh") || (id ?? "—");
const fault = alerts.filter((a) => a.signal === "surge" && a.subject.kind === "billing_error" && a.time >= "2026-01-19T09" && a.time < "2026-01-20");
console.log("Billing fault, day 15 from 09:00 UTC:");
for (const a of fault) {
  const rule = a.evidence.rule;
  console.log(`  ${a.time.slice(0, 16)} ${a.action.padEnd(12)} ${a.key.padEnd(28)} level ${a.levelId.padEnd(10)} → ${a.notify === undefined ? "—" : "post" in a.notify ? post(a.notify.post) : "department" in a.notify ? a.notify.department : a.notify.role}` +
    (a.action === "raised" ? `  (${rule.count} complaints in the hour from ${String(rule.window).slice(11, 16)}, baseline ${rule.baseline}, limit ${rule.limit})` : ""));
}

const shortage = alerts.filter((a) => a.signal === "deadline" && a.time >= "2026-01-24T08" && a.time < "2026-01-24T18");
console.log("\nCrew shortage, day 20 from 08:00 UTC (orders at risk of missing the arrival standard):");
for (const a of shortage) console.log(`  ${a.time.slice(0, 16)} ${a.action.padEnd(12)} ${a.key.padEnd(40)} level ${a.levelId.padEnd(10)} ${a.evidence.count} orders, e.g. ${a.evidence.cases.slice(0, 3).join(", ")}`);

const ledger = monitor.ledger.summary();
console.log(`\nEvents: ${ledger.read} read, ${ledger.accepted} accepted, ${ledger.rejected} rejected; alerts: ${alerts.length}.`);

const review = reviewAlerts(study, alerts);
console.log("\nReview after (事后总结), per department:");
for (const d of review.byDepartment) {
  const name = labelText(study.organisation.departments.find((x) => x.id === d.department)?.name, "zh");
  console.log(`  ${name}: raised ${d.raised}, escalated ${d.escalated}, resolved ${d.resolved}, open ${d.open}, median ${d.medianMinutesToResolve?.toFixed(0) ?? "—"} min to resolve`);
}

const out = process.env.GAPTRACE_EXAMPLE_OUT;
if (out !== undefined) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "monitoring-alerts.jsonl"), alertsToJsonLines(alerts));
  // The same stream as event lines, for `gaptrace watch` (docs/monitoring.md).
  writeFileSync(join(out, "monitoring-events.jsonl"), [...simulateEventStream({ ...stream, isoTimes: true })].map((e) => `${JSON.stringify(e)}\n`).join(""));
  console.log(`\nWrote ${join(out, "monitoring-alerts.jsonl")} and monitoring-events.jsonl`);
}
if (fault.length === 0 || shortage.length === 0) {
  console.error("The planted billing fault or crew shortage raised no alert.");
  process.exit(1);
}
