/**
 * The code and outputs in docs/data.md, docs/statistics.md, docs/worked-example.md, docs/tracing.md, docs/walkthroughs.md and docs/targets.md are real. Every ```ts block marked `<!-- doctest -->`
 * is run as a user would run it (from the repository root, importing "gaptrace" and "gaptrace/node") and its output
 * must equal the ```text block after it. Every ```text block marked `<!-- output: examples/x.ts -->` is an excerpt
 * of that example's output: its lines ("…" marks a gap) must appear in the example's output, in order.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const scratch = join(root, "out", "doctest");
const run = promisify(execFile);

interface Block {
  readonly doc: string;
  readonly line: number;
  readonly kind: "doctest" | "output";
  /** The snippet (doctest) or the example's path (output). */
  readonly source: string;
  readonly expected: readonly string[];
}

/** The fenced block that starts at or after `from`, with the index of the line after its closing fence. */
function fence(lines: readonly string[], from: number, lang: string, doc: string): { body: string[]; next: number } {
  let i = from;
  while (i < lines.length && !(lines[i] ?? "").startsWith(`\`\`\`${lang}`)) i++;
  if (i >= lines.length) throw new Error(`${doc}:${from + 1}: no \`\`\`${lang} block after the marker`);
  const body: string[] = [];
  for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] ?? "");
  return { body, next: i + 1 };
}

function blocks(doc: string): Block[] {
  const lines = readFileSync(join(root, doc), "utf8").split("\n");
  const out: Block[] = [];
  lines.forEach((text, i) => {
    if (text === "<!-- doctest -->") {
      const code = fence(lines, i + 1, "ts", doc);
      const output = fence(lines, code.next, "text", doc);
      out.push({ doc, line: i + 1, kind: "doctest", source: `${code.body.join("\n")}\n`, expected: output.body });
    }
    const m = /^<!-- output: (\S+) -->$/.exec(text);
    if (m !== null) out.push({ doc, line: i + 1, kind: "output", source: m[1] ?? "", expected: fence(lines, i + 1, "text", doc).body });
  });
  return out;
}

async function runTs(file: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "--conditions=source", file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
  return stdout;
}

const trimLines = (text: string): string[] => text.replace(/\s+$/, "").split("\n").map((l) => l.trimEnd());

const exampleOutputs = new Map<string, Promise<string[]>>();
function exampleOutput(path: string): Promise<string[]> {
  let p = exampleOutputs.get(path);
  if (p === undefined) {
    p = runTs(join(root, path)).then(trimLines);
    exampleOutputs.set(path, p);
  }
  return p;
}

const docs = ["docs/data.md", "docs/statistics.md", "docs/worked-example.md", "docs/tracing.md", "docs/walkthroughs.md", "docs/targets.md"];

describe.each(docs)("%s", (doc) => {
  const all = blocks(doc);

  it("has runnable snippets and example excerpts", () => {
    if (doc !== "docs/worked-example.md" && doc !== "docs/tracing.md" && doc !== "docs/walkthroughs.md" && doc !== "docs/targets.md") expect(all.some((b) => b.kind === "doctest")).toBe(true);
    expect(all.some((b) => b.kind === "output")).toBe(true);
  });

  it.concurrent.each(all.filter((b) => b.kind === "doctest").map((b) => [`snippet at line ${b.line}`, b] as const))("%s prints what the page shows", async (_, b) => {
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, `${doc.replace(/[^a-z]/gi, "-")}-${b.line}.ts`);
    writeFileSync(file, b.source);
    expect(trimLines(await runTs(file))).toEqual(b.expected.map((l) => l.trimEnd()));
  });

  it.concurrent.each(all.filter((b) => b.kind === "output").map((b) => [`excerpt at line ${b.line} (${b.source})`, b] as const))("%s is in the example's output", async (_, b) => {
    const actual = await exampleOutput(b.source);
    let at = 0;
    for (const want of b.expected.map((l) => l.trimEnd())) {
      if (want === "" || want === "…") continue;
      const found = actual.indexOf(want, at);
      expect(found, `line not found in order: ${want}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
