/**
 * The bad-input catalogue (issue 11): each kind of bad input, run through the CLI in-process, must give the exact
 * exit code, a message that locates the problem and says in plain words what is wrong (and the fix, where there
 * is one), no stack trace, and for data files a ledger that balances and counts every row written.
 * Kinds marked `known` are today's gaps: they run as `it.fails` until the fix lands, then must be unmarked.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KIND_COUNT, KINDS, writeBaseline, type Kind, type LedgerExpectation } from "./bad-inputs/cases.js";
import { hasStack, run, tempDir } from "./helpers.js";

/** Words of a parser or a runtime that a user should never have to read. */
const JARGON = /Invalid input|Invalid discriminator|TypeError|ReferenceError|\[object Object\]|\bundefined\b/;

const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const num = (t: string): number => Number(t.replace(/,/g, ""));

/** The rows a data file holds: its non-blank lines, less the header of a CSV file. */
function rowsWritten(dir: string, l: LedgerExpectation): number {
  const text = readFileSync(join(dir, l.file), "utf8");
  if (l.rows) return l.rows(text);
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/).filter((x) => x.trim() !== "").length;
  return /\.(jsonl|ndjson)$/.test(l.file) ? lines : Math.max(0, lines - 1);
}

/** The folder given to --out/-o, if any. */
function outDir(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === "-o" || a === "--out");
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith("--out="))?.slice(6);
}

async function check(kind: Kind): Promise<void> {
  const dir = tempDir();
  writeBaseline(dir);
  kind.make?.(dir);
  const r = await run(kind.args, dir);
  const all = `${r.stdout}\n${r.stderr}`;
  const shown = `gaptrace ${kind.args.join(" ")} → exit ${r.code}\n${all}`;
  expect(hasStack(all), shown).toBe(false);
  expect(all, shown).not.toMatch(/: internal error:/);
  expect(r.code, shown).not.toBe(70);
  expect(all, shown).not.toMatch(JARGON);
  expect(r.code, shown).toBe(kind.code);
  if (typeof kind.where === "string") expect(all, shown).toContain(kind.where);
  else expect(all, shown).toMatch(kind.where);
  expect(all, shown).toMatch(kind.says);
  if (kind.fix) {
    const hints = all.split("\n").filter((l) => /^\s*→/.test(l)).join("\n");
    expect(hints, shown).toMatch(kind.fix);
  }
  for (const l of kind.ledgers ?? []) {
    const m = new RegExp(`^${esc(l.file)}: ([\\d,]+) rows? read = ([\\d,]+) accepted \\+ ([\\d,]+) rejected$`, "m").exec(all);
    expect(m, `${shown}\nno ledger line for ${l.file}`).not.toBeNull();
    const [read, accepted, rejected] = [num(m![1]!), num(m![2]!), num(m![3]!)];
    expect(read, shown).toBe(accepted + rejected);
    expect(read, `${shown}\nrows read vs rows written`).toBe(rowsWritten(dir, l));
    expect(rejected, `${shown}\nrejected rows`).toBe(l.rejected);
    const out = outDir(kind.args);
    const file = out === undefined ? undefined : join(dir, out, "ledger.json");
    if (file !== undefined && existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as Record<string, { file: string; rowsRead: number; accepted: number; rejected: number }>;
      const entry = Object.values(json).find((e) => e.file === l.file);
      expect(entry, `${l.file} in ledger.json`).toBeDefined();
      expect(entry!.rowsRead).toBe(read);
      expect(entry!.accepted + entry!.rejected).toBe(entry!.rowsRead);
      expect(entry!.rejected).toBe(l.rejected);
    }
  }
}

/** BAD_INPUTS_SHOW_KNOWN=1 runs the known gaps as ordinary tests, to see why each fails. */
const showKnown = process.env["BAD_INPUTS_SHOW_KNOWN"] === "1";

describe("the bad-input catalogue", () => {
  it("has at least 150 kinds, each with a unique id", () => {
    expect(KIND_COUNT).toBeGreaterThanOrEqual(150);
    expect(new Set(KINDS.map((k) => k.id)).size).toBe(KIND_COUNT);
  });

  for (const kind of KINDS) {
    const title = `${kind.id}: ${kind.what}${kind.known ? ` (known gap: ${kind.known})` : ""}`;
    const skip = kind.when !== undefined && !kind.when();
    if (skip) it.skip(title, () => {});
    else if (kind.known && !showKnown) it.fails(title, () => check(kind));
    else it(title, () => check(kind));
  }
});
