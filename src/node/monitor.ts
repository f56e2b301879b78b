/**
 * The monitor over files and Node streams: events as JSON Lines from a file, standard input or any readable
 * stream, read line by line (memory flat in the stream's length), each line fed to a monitor; a line that is not
 * JSON is counted in the monitor's ledger as a malformed event, never lost and never fatal.
 * @module
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { UsageError } from "../core/errors.js";
import type { Study } from "../model/study.js";
import { createMonitor, type Monitor, type MonitorOptions } from "../monitor/monitor.js";
import { parseEventLine } from "../monitor/jsonl.js";
import type { MonitorAlert } from "../monitor/incidents.js";

/**
 * The events of a JSON Lines file or stream, parsed line by line (blank lines skipped; a line that is not JSON
 * becomes a marker the monitor rejects as malformed).
 *
 * @param input - a file path, or a readable stream such as `process.stdin`.
 * @returns the raw events, lazily.
 * @throws {@link core!UsageError} when `input` is neither.
 * @example
 * ```ts
 * for await (const e of eventLines("events.jsonl")) monitor.push(e);
 * ```
 */
export async function* eventLines(input: string | Readable): AsyncGenerator<unknown> {
  if (typeof input !== "string" && typeof (input as { on?: unknown } | null)?.on !== "function") {
    throw new UsageError("eventLines", "input must be a file path or a readable stream.", "Pass e.g. \"events.jsonl\" or process.stdin.");
  }
  const stream = typeof input === "string" ? createReadStream(input, { encoding: "utf8" }) : input;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    yield parseEventLine(line);
  }
}

/**
 * Watch a JSON Lines file or stream: a new monitor reads every event and the alerts are yielded as they come.
 *
 * @param study - the study, with `monitoring`.
 * @param input - a file path, or a readable stream such as `process.stdin`.
 * @param options - as `createMonitor` (gaptrace/monitor).
 * @returns the alerts; the monitor (its ledger, its status) when the input ends.
 * @example
 * ```ts
 * const run = watchJsonl(study, process.stdin);
 * for (let r = await run.next(); !r.done; r = await run.next()) console.log(JSON.stringify(r.value));
 * ```
 */
export async function* watchJsonl(study: Study, input: string | Readable, options: MonitorOptions = {}): AsyncGenerator<MonitorAlert, Monitor, undefined> {
  const monitor = createMonitor(study, options);
  for await (const e of eventLines(input)) yield* monitor.push(e);
  return monitor;
}
