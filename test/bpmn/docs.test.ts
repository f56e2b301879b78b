/**
 * docs/bpmn.md shows the output of examples/bpmn.ts: run the example as a user would and check the lines the
 * page quotes are lines it prints, so the page cannot drift from the code.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("docs/bpmn.md", () => {
  it("quotes what examples/bpmn.ts prints", () => {
    const doc = readFileSync(join(ROOT, "docs/bpmn.md"), "utf8");
    const quoted = /reads it back[\s\S]*?```text\n([\s\S]*?)\n```/.exec(doc)?.[1]?.split("\n") ?? [];
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    const out = mkdtempSync(join(tmpdir(), "gaptrace-bpmn-doc-"));
    try {
      const printed = execFileSync(process.execPath, ["--import", "tsx", "--conditions=source", join(ROOT, "examples/bpmn.ts")], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, GAPTRACE_EXAMPLE_OUT: out },
      }).split("\n");
      for (const line of quoted) expect(printed).toContain(line);
      expect(printed).toContain("Round trip: the same study (12 annotation elements reported as not imported)");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
