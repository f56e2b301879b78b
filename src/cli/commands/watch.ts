/**
 * `gaptrace watch <study> [--events FILE|-]`: the monitor over a JSON Lines event file or standard input.
 * Alerts are written as JSON Lines as they come (standard output, or `--out`); when the input ends, the ledger
 * of rejected events and the open incidents are summed up on standard error, and `--review` writes the period's
 * review per post and department.
 * @module
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { GaptraceError } from "../../core/errors.js";
import { workCalendar } from "../../data/calendar.js";
import { alertToJsonLine } from "../../monitor/jsonl.js";
import { reviewAlerts } from "../../monitor/review.js";
import type { MonitorAlert } from "../../monitor/incidents.js";
import type { Monitor } from "../../monitor/monitor.js";
import { watchJsonl } from "../../node/monitor.js";
import { langFlag, listFlag, numberFlag, pathFlag, stringFlag, usage, type Command } from "../shared/command.js";
import { checkOut, CliError, EXIT, fileReason, resolvePath, writeText, type CliIo } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";

async function sink(io: CliIo, out: string | undefined): Promise<{ write: (s: string) => void; close: () => Promise<void> }> {
  if (out === undefined || out === "-") return { write: (s) => void io.stdout.write(s), close: async () => {} };
  const full = resolvePath(io, out);
  await mkdir(dirname(full), { recursive: true });
  const ws: WriteStream = createWriteStream(full, { encoding: "utf8" });
  return { write: (s) => void ws.write(s), close: () => new Promise((ok, fail) => ws.end((e?: Error | null) => (e ? fail(e) : ok()))) };
}

function ledgerText(monitor: Monitor, alerts: number): string {
  const s = monitor.ledger.summary();
  const reasons = s.byReason.map(([r, n]) => `${r} ${n}`).join(", ");
  const st = monitor.status();
  return [
    `Events: ${s.read} read, ${s.accepted} accepted, ${s.rejected} rejected${reasons === "" ? "" : ` (${reasons})`}.`,
    `Alerts: ${alerts}; open incidents at the end: ${st.open.length}; orders on a clock: ${st.orders.open}, past their deadline open: ${st.orders.breached}.`,
    ...(st.unwatched.length === 0 ? [] : [`Standards not watched: ${st.unwatched.map((u) => `${u.standard} (${u.why})`).join(", ")}.`]),
    ...s.problems.slice(0, 5).map((p) => `  line ${p.location?.line ?? "?"}: ${p.message}`),
  ].join("\n");
}

/** The `watch` command. */
export const watchCommand: Command = {
  name: "watch",
  summary: "early warning: alerts from a stream of complaints, work-order events and survey answers",
  positionals: ["study"],
  options: {
    events: { type: "string" },
    out: { type: "string", short: "o" },
    review: { type: "string" },
    ledger: { type: "string" },
    lang: { type: "string" },
    "utc-offset": { type: "string" },
    holidays: { type: "string" },
    workdays: { type: "string" },
    "max-lateness": { type: "string" },
    strict: { type: "boolean" },
  },
  help: `Usage: gaptrace watch <study> [--events FILE|-] [--out FILE] [--review FILE] [--ledger FILE]

Early warning and escalation (事前预警、事中控制): read events as JSON Lines — complaints, work-order events
and continuous survey answers — and write alerts as JSON Lines as they come. Complaint surges are judged by a
Poisson control limit on a seasonal baseline, open orders by the time left on their standard's clock, repeat
complaints by the study's window, survey windows by their confidence interval. Each alert names the post that
owns the cause (from the blueprint) and the ladder level it has reached. The study must declare monitoring.

Event lines (times ISO 8601 with an offset, or epoch milliseconds):
  {"type":"complaint","time":"2026-03-01T09:30:00+08:00","kind":"billing_error","region":"north","customer":"c1"}
  {"type":"order","time":"…","case":"wo1","event":"fault_reported","segments":{"area":"urban"}}
  {"type":"answer","time":"…","question":"q_pr_reconnect_timely_p","value":4}
  {"type":"tick","time":"…"}

Options:
  --events FILE|-       the events (default: standard input)
  -o, --out FILE        write alerts to FILE instead of standard output
  --review FILE         when the input ends, write the review per post and department (JSON)
  --ledger FILE         when the input ends, write the ledger of rejected events (JSON)
  --utc-offset +08:00   the working calendar's offset (watches working-day standards)
  --holidays LIST       holidays of the working calendar (YYYY-MM-DD, comma-separated)
  --workdays LIST       make-up working days (调休) of the working calendar
  --max-lateness MIN    minutes an event may come behind the newest one (default 5)
  --lang en|zh          language of role names in alerts (default en)
  --strict              exit 1 when any event was rejected
  -h, --help            show this help

Exit codes: 0 done, 1 with --strict and rejected events, 2 usage error, 3 a file cannot be read or written.

Example:
  gaptrace watch examples/studies/power-utility.study.yaml --events events.jsonl --out alerts.jsonl --review review.json
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const lang = langFlag("watch", values);
    const events = pathFlag("watch", values, "events");
    const out = pathFlag("watch", values, "out");
    const reviewOut = pathFlag("watch", values, "review");
    const ledgerOut = pathFlag("watch", values, "ledger");
    for (const [f, ext] of [[out, ".jsonl"], [reviewOut, ".json"], [ledgerOut, ".json"]] as const) await checkOut(io, "watch", f, "file", ext);
    const lateness = numberFlag("watch", values, "max-lateness", { min: 0 });
    const offset = stringFlag(values, "utc-offset");
    const study = await loadStudy(io, path);
    if (study.monitoring === undefined) throw usage("watch", `the study ${path} declares no monitoring.`, "Add monitoring: { complaintKinds, ladder } to the study (docs/monitoring.md).");
    let calendar;
    try {
      calendar = offset === undefined ? undefined : workCalendar({ utcOffset: offset, holidays: listFlag(values, "holidays"), workdays: listFlag(values, "workdays") });
    } catch (e) {
      throw usage("watch", e instanceof Error ? e.message.replace(/^gaptrace\/workCalendar: /, "") : String(e));
    }
    const input = events === undefined || events === "-" ? io.stdin : resolvePath(io, events);
    if (input === undefined) throw usage("watch", "no standard input to read.", "Give --events FILE.");
    const target = await sink(io, out);
    const alerts: MonitorAlert[] = [];
    const run = watchJsonl(study, input, { lang, ...(calendar === undefined ? {} : { calendar }), ...(lateness === undefined ? {} : { maxLatenessMinutes: lateness }) });
    let monitor: Monitor;
    try {
      let r = await run.next();
      while (r.done !== true) {
        target.write(`${alertToJsonLine(r.value)}\n`);
        if (reviewOut !== undefined) alerts.push(r.value);
        r = await run.next();
      }
      monitor = r.value;
    } catch (e) {
      if (e instanceof GaptraceError) throw new CliError(EXIT.usage, e.message.split("\n")[0] ?? e.message, e.problems[0]?.hint, e.problems);
      if ((e as { code?: unknown }).code !== undefined) throw new CliError(EXIT.fileSystem, `The file ${events ?? "-"} ${fileReason(e)}.`, "Check the path.");
      throw e;
    } finally {
      await target.close();
    }
    io.stderr.write(`${ledgerText(monitor, monitor.status().alerts)}\n`);
    if (reviewOut !== undefined) await writeText(io, reviewOut, `${JSON.stringify(reviewAlerts(study, alerts), null, 2)}\n`);
    if (ledgerOut !== undefined) await writeText(io, ledgerOut, `${JSON.stringify(monitor.ledger.summary(), null, 2)}\n`);
    return values.strict === true && monitor.ledger.rejected > 0 ? EXIT.input : EXIT.ok;
  },
};
