/**
 * A deterministic messy long-form case-records CSV for the SQL case-pass tests: work orders of the bundled study's
 * events with times in every format the loader reads (ISO 8601 with each offset spelling and fractions, epoch
 * milliseconds, year-first local times, dates alone, padded cells), and every problem the loader has a reason
 * for: blank case ids, unknown and blank events, blank and unreadable times (no offset, impossible dates and
 * times, epoch seconds, too many digits, bad offsets, mixed separators), unknown contexts, cases whose context or
 * segment changes, repeated events, and stop events before their start (found after loading, on the study's clocks).
 */
import { writeFileSync } from "node:fs";
import type { Study } from "../../src/model/study.js";
import { draws } from "../../src/simulate/random.js";

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** A time in one of the formats the loader reads, chosen by `k`; local and date-only forms need assumeOffset +08:00. */
function formatTime(ms: number, k: number): string {
  const at = (offsetMin: number): Date => new Date(ms + offsetMin * 60_000);
  const ymd = (d: Date, sep = "-"): string => `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())}`;
  const hms = (d: Date): string => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const d8 = at(480);
  switch (k % 12) {
    case 0:
      return `${ymd(d8)}T${hms(d8)}+08:00`;
    case 1:
      return `${ymd(at(0))}T${hms(at(0))}.${pad(new Date(ms).getUTCMilliseconds(), 3)}5Z`;
    case 2:
      return `${ymd(d8)} ${hms(d8)}+0800`;
    case 3:
      return `${ymd(d8)}T${hms(d8)},25+08`;
    case 4:
      return String(ms);
    case 5:
      return `  ${ymd(at(-330))}T${hms(at(-330))}-05:30 `;
    case 6:
      return `${ymd(d8, "/")} ${pad(d8.getUTCHours())}:${pad(d8.getUTCMinutes())}`; // local: needs assumeOffset
    case 7:
      return `${d8.getUTCFullYear()}-${d8.getUTCMonth() + 1}-${d8.getUTCDate()} ${d8.getUTCHours()}:${pad(d8.getUTCMinutes())}:${pad(d8.getUTCSeconds())}`; // local
    case 8:
      return `${ymd(d8, ".")}T${hms(d8)}`; // local with dots
    case 9:
      return `${ymd(at(0))}T${hms(at(0))}z`;
    case 10:
      return `${ymd(d8)}T${pad(d8.getUTCHours())}:${pad(d8.getUTCMinutes())}+08:00`;
    default:
      return `${ymd(d8)} ${hms(d8)}.000999999 +08:00`;
  }
}

const BAD_TIMES = [
  "2026-02-30T10:00:00+08:00",
  "2026-13-01T00:00:00Z",
  "2026-03-04T25:00:00Z",
  "1709254800",
  "99999999999999999",
  "yesterday",
  "2026-03-04T10:00:00+19:00",
  "2026/03-04 10:00",
  "2026-03-04T10:00:00+08:61",
  "2024-02-29T10:00:00+08:00", // a leap day: readable
  "0099-03-04T10:00:00Z", // year 99 reads as 1999 (Date.UTC)
  "2026-03-04", // a date alone: local, needs assumeOffset
];

/** The chain of outage events a work order goes through, in order. */
const CHAIN = ["fault_reported", "call_queued", "call_answered", "order_created", "order_dispatched", "crew_departed", "crew_on_site", "fault_isolated", "power_restored", "order_completed", "order_closed"];

/** Write a messy case file of about `cases` work orders for `study` to `path`; returns the path. */
export function writeMessyCases(study: Study, cases: number, path: string, seed = 11): string {
  const r = draws(seed).uniform;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const events = new Set(study.events.map((e) => e.id));
  const chain = CHAIN.filter((e) => events.has(e));
  const contexts = [...study.metrics.map((m) => m.id).slice(0, 3), "or_bo_dispatch"];
  const lines = ["case,event,time,context,wave,area,fault_class"];
  const base = Date.UTC(2026, 2, 1, 0, 0, 0);
  let n = 0;
  const push = (cells: string[]): void => {
    n++;
    lines.push(cells.map(csvCell).join(","));
  };
  for (let i = 0; i < cases; i++) {
    const id = `WO-${pad(i, 4)}`;
    const area = pick(["urban", "rural", "remote"]);
    const cls = pick(["ordinary", "ordinary", "major"]);
    const wave = pick(["2026H1", "2026H2", "", " 2026H2 "]);
    const ctx = r() < 0.3 ? pick(contexts) : "";
    let t = base + Math.floor(r() * 20 * 86_400_000) + Math.floor(r() * 1000);
    // Some orders stop early (still open), some lose their first events (started before the export's window).
    const from = r() < 0.08 ? 1 + Math.floor(r() * 3) : 0;
    const to = r() < 0.15 ? 3 + Math.floor(r() * (chain.length - 3)) : chain.length;
    const rows: string[][] = [];
    for (let k = from; k < to; k++) {
      t += Math.floor(r() * (k === 6 ? 180 : 40) * 60_000) + Math.floor(r() * 60_000);
      // A stop typed with the wrong day: before its start, rejected after loading on the study's clocks.
      const ms = r() < 0.04 ? t - 3 * 86_400_000 : t;
      rows.push([id, chain[k] as string, formatTime(ms, Math.floor(r() * 12)), k === from ? ctx : r() < 0.1 ? ctx : "", wave, area, cls]);
    }
    for (const row of rows) {
      // A row lost from the export: the event is absent (an open case when it stops a clock), not unknown.
      if (r() < 0.05) continue;
      const x = r();
      if (x < 0.015) push(["", ...row.slice(1)]);
      else if (x < 0.03) push([row[0] ?? "", "order_printed", ...row.slice(2)]);
      else if (x < 0.035) push([row[0] ?? "", "", ...row.slice(2)]);
      else if (x < 0.05) push([row[0] ?? "", row[1] ?? "", "", ...row.slice(3)]);
      else if (x < 0.08) push([row[0] ?? "", row[1] ?? "", BAD_TIMES[n % BAD_TIMES.length] as string, ...row.slice(3)]);
      else if (x < 0.09) push([...row.slice(0, 3), "m_no_such_metric", ...row.slice(4)]);
      else if (x < 0.1) push([...row.slice(0, 3), pick(contexts), ...row.slice(4)]);
      else if (x < 0.11) push([...row.slice(0, 5), area === "urban" ? "rural" : "urban", row[6] ?? ""]);
      else push(row);
      // A re-keyed event: the first time is kept.
      if (r() < 0.03) push([row[0] ?? "", row[1] ?? "", formatTime(base + Math.floor(r() * 30 * 86_400_000), 0), "", ...row.slice(4)]);
    }
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
