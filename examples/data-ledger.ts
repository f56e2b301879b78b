/**
 * Getting real data in, and accounting for every row. Loads the training study's survey export (long form, with
 * the problems real exports have), a second fieldwork file in wide form, and a work-order export, prints the
 * ledger of each load (rows read = accepted + rejected, each rejection at file:line with what to do), and then
 * measures the reconnection standard on its own clock (from settlement, 结清) and on the customers' clock (from
 * payment, 缴清). Exits non-zero if a ledger does not balance or a planted problem goes unreported, so
 * `npm run examples` checks it. The files are in examples/data/ (see its README).
 */
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import {
  aggregate,
  BasisMismatchError,
  cellsOf,
  type LedgerSummary,
  mergeAggregates,
  type RejectReason,
  rollup,
} from "gaptrace";
import {
  aggregateFromJSON,
  aggregateToJSON,
  compareCompliance,
  type Compliance,
  complianceFor,
  DEFAULT_DONT_KNOW,
  durationsFor,
  workCalendar,
} from "gaptrace/data";
import { estimateMean } from "gaptrace/stats";
import { readCasesCsv, readResponsesCsv, readStudyFile } from "gaptrace/node";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const study = await readStudyFile(here("./studies/training.study.yaml"));
let failed = false;

/** Print a ledger: the balance, the value counts, then every kept rejection grouped by reason with its hint. */
function printLedger(title: string, l: LedgerSummary): void {
  const balanced = l.rowsRead === l.accepted + l.rejected;
  console.log(`\n${title}`);
  console.log(`  rows read ${l.rowsRead} = accepted ${l.accepted} + rejected ${l.rejected}   ${balanced ? "(balances)" : "(DOES NOT BALANCE)"}`);
  const v = l.values;
  console.log(`  values ${v.read} = valid ${v.valid} + missing ${v.missing} + don't know ${v.dontKnow} + rejected ${v.rejected}`);
  for (const [reason, count] of l.byReason) {
    const kept = l.problems.filter((p) => p.code === `data/${reason}`);
    console.log(`  ${reason} × ${count}: ${kept[0]?.hint ?? ""}`);
    for (const p of kept) console.log(`    ${p.location?.file ?? ""}:${p.location?.line ?? "?"}  ${p.path.length > 0 ? `[${p.path.join(".")}] ` : ""}${p.message}`);
  }
  for (const n of l.notes) console.log(`  note ${n.code} (line ${n.location?.line ?? "?"}): ${n.message}`);
  if (!balanced) failed = true;
}

/** The example is a check too: each problem planted in the files must be reported. */
function expect(l: LedgerSummary, reasons: readonly RejectReason[]): void {
  for (const r of reasons) {
    if (!l.byReason.some(([reason]) => reason === r)) {
      console.error(`expected the ledger to report ${r}`);
      failed = true;
    }
  }
}

// ── 1. Survey responses, long form: one answer a row ────────────────────────────────────────────────────────────
const longFile = here("./data/survey-with-problems.csv");
const likertDontKnow = [...DEFAULT_DONT_KNOW, 9]; // the fieldwork firm codes "don't know" as 9 on 1–5 items
const longSource = readResponsesCsv(study, longFile, {
  file: basename(longFile),
  segments: ["area"],
  dontKnowByQuestion: new Map([
    ["q_timely", likertDontKnow],
    ["q_timely_e", likertDontKnow],
  ]),
});
const longAgg = await aggregate(study, longSource); // one pass: checks every row, keeps only per-cell summaries
printLedger(`${basename(longFile)} (long form)`, longAgg.ledger);
if (!longSource.ledger.reconciles()) failed = true;
expect(longAgg.ledger, ["malformed-line", "invalid-weight", "unknown-question", "wrong-audience", "duplicate-answer", "non-numeric", "out-of-range"]);
if (longAgg.ledger.values.dontKnow !== 2 || longAgg.ledger.values.missing !== 1) {
  console.error("expected 2 don't-know answers (不知道, and the 9 code) and 1 blank");
  failed = true;
}

// ── 2. The same questions from a second fieldwork file, wide form: one respondent a row ─────────────────────────
const wideFile = here("./data/survey-wide.csv");
const wideSource = readResponsesCsv(study, wideFile, { file: basename(wideFile), form: "wide", segments: ["area"], ignoreColumns: ["comment"] });
const wideAgg = await aggregate(study, wideSource);
printLedger(`${basename(wideFile)} (wide form)`, wideAgg.ledger);
if (!wideSource.ledger.reconciles()) failed = true;
expect(wideAgg.ledger, ["out-of-range"]);

// Two loads of different respondents merge into what one pass over both files gives; the summary survives JSON.
const both = aggregateFromJSON(JSON.parse(JSON.stringify(aggregateToJSON(mergeAggregates(longAgg, wideAgg)))));
console.log(`\nBoth files merged (and through JSON): rows read ${both.ledger.rowsRead} = accepted ${both.ledger.accepted} + rejected ${both.ledger.rejected}`);
for (const cell of cellsOf(rollup(both), { question: "q_timely" })) {
  const e = estimateMean(cell.moments, { minN: 5 });
  const shown = e.kind === "estimate" ? `weighted mean ${e.value.toFixed(2)} (95% CI ${e.ci[0].toFixed(2)}–${e.ci[1].toFixed(2)})` : `insufficient data: ${e.reason}`;
  console.log(`  q_timely, all areas: ${cell.moments.n} answered, ${cell.missing} missing, ${cell.dontKnow} don't know; ${shown}`);
}

// ── 3. Work orders: event times per case ────────────────────────────────────────────────────────────────────────
const casesFile = here("./data/work-orders.csv");
const records = await readCasesCsv(study, casesFile, { file: basename(casesFile), segments: ["area"] });
printLedger(`${basename(casesFile)} (${records.count} work orders)`, records.ledger.summary());
if (!records.ledger.reconciles()) failed = true;
expect(records.ledger.summary(), ["unparseable-time", "stop-before-start", "unknown-event"]);

// ── 4. The standard on its own clock and on the customers' clock ────────────────────────────────────────────────
const standard = study.standards.find((s) => s.id === "reconnect_24h");
const customersQuestion = study.evaluationPoints.flatMap((p) => p.questions).find((q) => q.id === "q_hours");
if (standard === undefined || customersQuestion?.clock === undefined) throw new Error("the training study has changed");

const settledToPower = durationsFor(records, standard); // the standard's clock and unit: 结清 → 恢复供电, hours
const paidToPower = durationsFor(records, customersQuestion); // the question's clock: 缴清 → 恢复供电, hours
const paidToSettled = durationsFor(records, { start: "arrears_paid", stop: "arrears_settled" }, "h");
const median = (xs: Float64Array): number => {
  const s = Float64Array.from(xs).sort();
  return s.length % 2 === 1 ? (s[(s.length - 1) / 2] ?? NaN) : ((s[s.length / 2 - 1] ?? NaN) + (s[s.length / 2] ?? NaN)) / 2;
};
console.log("\nDurations (hours):");
for (const [label, d] of [["settled → reconnected (standard's clock)", settledToPower], ["paid → reconnected (customers' clock)", paidToPower], ["paid → settled (the lag between them)", paidToSettled]] as const) {
  console.log(`  ${label.padEnd(42)} measured ${d.values.length} of ${d.considered}, median ${median(d.values).toFixed(1)} h, max ${Math.max(...d.values).toFixed(1)} h; missing start ${d.missingStart}, missing stop ${d.missingStop}`);
}

// Working days: calendar time does not convert into working days without a calendar.
const noCalendar = durationsFor(records, { start: "arrears_paid", stop: "arrears_settled" }, "workday");
console.log(`  paid → settled in working days, no calendar: ${noCalendar.values.length} measured, ${noCalendar.unconverted} unconverted (${noCalendar.problems[0]?.code})`);
const calendar = workCalendar({ utcOffset: "+08:00" }); // Saturday and Sunday off; add holidays and 调休 days as needed
const lagWorkdays = durationsFor(records, { start: "arrears_paid", stop: "arrears_settled" }, "workday", { calendar });
console.log(`  paid → settled in working days (Mon–Fri, +08:00): median ${median(lagWorkdays.values).toFixed(2)}, max ${Math.max(...lagWorkdays.values).toFixed(2)}`);

const onStandardClock = complianceFor(study, records, standard);
const onCustomersClock = complianceFor(study, records, { ...standard, clock: customersQuestion.clock });
const show = (label: string, c: Compliance): void => {
  const e = c.estimate;
  const interval = e?.kind === "estimate" ? `95% CI ${(e.ci[0] * 100).toFixed(1)}–${(e.ci[1] * 100).toFixed(1)}%, verdict ${e.verdict}` : (e?.reason ?? "nothing measured");
  console.log(`  ${label}: ${c.met} of ${c.measured} within ${c.threshold} ${c.unit} = ${((c.share ?? NaN) * 100).toFixed(1)}%, required ${c.target * 100}% (point share meets it: ${c.meetsTarget}; ${interval})`);
};
console.log(`\nCompliance with ${standard.id} (${typeof standard.text === "string" ? standard.text : standard.text.en}):`);
show("from settlement 结清 (the standard's clock)", onStandardClock);
show("from payment 缴清 (the customers' clock)   ", onCustomersClock);

// The two figures are on different bases (取数口径): comparing them is refused, naming what differs.
try {
  compareCompliance(onStandardClock, onCustomersClock);
  console.error("expected compareCompliance to refuse figures on different clocks");
  failed = true;
} catch (e) {
  if (!(e instanceof BasisMismatchError)) throw e;
  console.log(`\ncompareCompliance refuses (${e.name}, ${e.problems[0]?.code}): ${e.problems[0]?.message}\n  → ${e.problems[0]?.hint}`);
}

if (failed) {
  console.error("\nThe ledger check failed.");
  process.exit(1);
}
