/**
 * The shape of one bad-input kind of the catalogue (issue 11), and the shared baseline files the kinds mutate.
 * A kind writes a small input into a fresh folder, runs one command line there and says what a user must see.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled training study (helpers.ts has it too, but importing it here would pull vitest into tools). */
const TRAINING = fileURLToPath(new URL("../../../examples/studies/training.study.yaml", import.meta.url));

/** What the ledger of one data file must show. */
export interface LedgerExpectation {
  /** The data file, as named on the command line. */
  readonly file: string;
  /** How many rows the kind planted that must be rejected. */
  readonly rejected: number;
  /**
   * How many rows the file holds, when that is not its non-blank physical lines (less the header for CSV):
   * a quoted cell with a line break is one row over two lines.
   */
  readonly rows?: (text: string) => number;
}

/** One bad-input kind. */
export interface Kind {
  /** Stable, unique id: area/short-name. */
  readonly id: string;
  /** What is wrong with the input, in a few words. */
  readonly what: string;
  /** Writes the input files into the folder (the baseline files are already there). */
  readonly make?: (dir: string) => void;
  /** The command line after `gaptrace`, run in the folder. */
  readonly args: readonly string[];
  /** The exact exit code. */
  readonly code: number;
  /** Text or pattern that locates the problem: file:line, a study path, or the flag. */
  readonly where: RegExp | string;
  /** What is wrong, in plain words. */
  readonly says: RegExp;
  /** The fix (the `→` hint line), where the message has one. */
  readonly fix?: RegExp;
  /** The ledgers of the data files the command reads. */
  readonly ledgers?: readonly LedgerExpectation[];
  /** Today's behaviour is wrong: one line saying why. The kind is then expected to fail (it.fails). */
  readonly known?: string;
  /** Run the kind only when this holds (e.g. file permissions mean nothing to root). */
  readonly when?: () => boolean;
}

/** The baseline study: the bundled training study, as text. */
export const STUDY_TEXT = readFileSync(TRAINING, "utf8");

/** The baseline survey responses (long form): 8 rows, all valid. */
export const RESPONSES_HEADER = "respondent,audience,post,area,weight,wave,question,value";
export const RESPONSE_ROWS: readonly string[] = [
  "c1,external,,city,1,1,q_timely,4",
  "c1,external,,city,1,1,q_timely_e,5",
  "c1,external,,city,1,1,q_hours,24",
  "c2,external,,rural,1,1,q_timely,2",
  "c2,external,,rural,1,1,q_timely_e,5",
  "c3,external,,city,1,1,q_timely,3",
  "s1,internal,meter_tech,,1,1,q_order_prompt,2",
  "s2,internal,meter_tech,,1,1,q_order_prompt,4",
];
export const RESPONSES_CSV = [RESPONSES_HEADER, ...RESPONSE_ROWS].join("\n") + "\n";

/** The baseline case records: two reconnection cases, all valid. */
export const CASES_HEADER = "case,event,time";
export const CASE_ROWS: readonly string[] = [
  "FD1,arrears_paid,2026-03-03T16:26:00+08:00",
  "FD1,arrears_settled,2026-03-04T17:01:00+08:00",
  "FD1,supply_reconnected,2026-03-05T21:12:00+08:00",
  "FD2,arrears_paid,2026-03-13T08:54:00+08:00",
  "FD2,arrears_settled,2026-03-13T09:54:00+08:00",
  "FD2,supply_reconnected,2026-03-13T19:54:00+08:00",
];
export const CASES_CSV = [CASES_HEADER, ...CASE_ROWS].join("\n") + "\n";

/** Writes the baseline files: study.yaml, responses.csv, cases.csv. */
export function writeBaseline(dir: string): void {
  writeFileSync(join(dir, "study.yaml"), STUDY_TEXT);
  writeFileSync(join(dir, "responses.csv"), RESPONSES_CSV);
  writeFileSync(join(dir, "cases.csv"), CASES_CSV);
}

/**
 * The baseline study with text replaced, each `from` required to occur (so a kind cannot silently become the
 * baseline when the bundled study changes).
 */
export function editStudy(...edits: readonly (readonly [from: string | RegExp, to: string])[]): string {
  let text = STUDY_TEXT;
  for (const [from, to] of edits) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`bad-inputs: the baseline study has no ${String(from)}`);
    text = next;
  }
  return text;
}

/** A `make` that writes an edited baseline study to study.yaml. */
export function study(...edits: readonly (readonly [from: string | RegExp, to: string])[]): (dir: string) => void {
  const text = editStudy(...edits);
  return (dir) => writeFileSync(join(dir, "study.yaml"), text);
}

/** A `make` that writes files (name → text or bytes). */
export function files(map: Readonly<Record<string, string | Uint8Array>>): (dir: string) => void {
  return (dir) => {
    for (const [name, body] of Object.entries(map)) writeFileSync(join(dir, name), body);
  };
}

/** The baseline responses with extra rows appended (and rows replaced: index → new text). */
export function responses(extra: readonly string[], opts: { header?: string; replace?: ReadonlyMap<number, string> } = {}): string {
  const rows = RESPONSE_ROWS.map((r, i) => opts.replace?.get(i) ?? r);
  return [opts.header ?? RESPONSES_HEADER, ...rows, ...extra].join("\n") + "\n";
}

/** The baseline cases with extra rows appended. */
export function cases(extra: readonly string[], header = CASES_HEADER): string {
  return [header, ...CASE_ROWS, ...extra].join("\n") + "\n";
}

/** A line of a text, 1-based, where a string first occurs. */
export function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`bad-inputs: no ${needle}`);
  return text.slice(0, i).split("\n").length;
}
