/**
 * Alerts as JSON Lines (one alert per line, the fields in a fixed order), for files, logs and message queues;
 * and events read back from JSON Lines text, each bad line a rejection the monitor's ledger counts.
 * @module
 */
import type { MonitorAlert } from "./incidents.js";

/**
 * One alert as one line of JSON (no line break inside, none at the end).
 *
 * @param alert - the alert.
 * @returns the line.
 * @example
 * ```ts
 * monitor.push(event).map(alertToJsonLine).join("\n");
 * ```
 */
export function alertToJsonLine(alert: MonitorAlert): string {
  return JSON.stringify(alert);
}

/**
 * Alerts as JSON Lines text: one line per alert, each ended by a line break.
 *
 * @param alerts - the alerts.
 * @returns the text (empty for no alerts).
 * @example
 * ```ts
 * alertsToJsonLines(monitor.pushAll(events)); // '{"id":"surge:billing_error@2026-03-01T02:00:00.000Z#1",…}\n'
 * ```
 */
export function alertsToJsonLines(alerts: Iterable<MonitorAlert>): string {
  let s = "";
  for (const a of alerts) s += `${JSON.stringify(a)}\n`;
  return s;
}

/** A line of JSON Lines text that could not be parsed: the monitor counts it as a malformed event. */
export interface UnparsedLine {
  /** The line as found (cut to 200 characters). */
  readonly unparsed: string;
}

/**
 * Parse one line of JSON Lines text into a raw event for {@link Monitor.push}: a value, or, when the line is not
 * JSON, a marker the monitor rejects as a malformed event (so the line is counted, never lost).
 *
 * @param line - the line (blank lines should be skipped by the caller).
 * @returns the parsed value or the marker.
 * @example
 * ```ts
 * monitor.push(parseEventLine('{"type":"tick","time":1772328600000}'));
 * monitor.push(parseEventLine("{oops")); // counted as malformed-event
 * ```
 */
export function parseEventLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return { unparsed: line.slice(0, 200) } satisfies UnparsedLine;
  }
}
