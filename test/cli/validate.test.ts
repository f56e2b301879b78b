import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hasStack, run, tempDir, TRAINING, UTILITY } from "./helpers.js";

function brokenStudy(): { dir: string; line: number } {
  const dir = tempDir();
  const text = readFileSync(TRAINING, "utf8").replace("owner: cashier,", "owner: cashir,");
  writeFileSync(join(dir, "broken.study.yaml"), text);
  const line = text.split("\n").findIndex((l) => l.includes("owner: cashir")) + 1;
  return { dir, line };
}

describe("gaptrace validate", () => {
  it("exits 0 and summarises a valid study", async () => {
    const r = await run(["validate", "examples/studies/training.study.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("examples/studies/training.study.yaml: valid (0 errors, 0 warnings, 0 notes).");
    expect(r.stdout).toContain("1 theme; 7 steps (customer 2, front line 2, back office 2, support 1), 6 hand-offs");
    expect(r.stdout).toContain("2 evaluation points; 3 external and 1 internal questions");
  });

  it("lists the notes of the full example and still exits 0", async () => {
    const r = await run(["validate", UTILITY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid \(0 errors, \d+ warnings?, \d+ notes?\)/);
    expect(r.stdout).toContain("4 themes;");
  });

  it("prints located problems for a broken study and exits 1, without a stack trace", async () => {
    const { dir, line } = brokenStudy();
    const r = await run(["validate", "broken.study.yaml"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^error \\S+ at broken\\.study\\.yaml:${line}:\\d+ `, "m"));
    expect(r.stdout).toContain('"cashir"');
    expect(r.stdout).toMatch(/\n  → /);
    expect(r.stdout).toContain("broken.study.yaml: not valid (");
    expect(hasStack(r.stdout + r.stderr)).toBe(false);
  });

  it("reports the same located problem from every command that reads the study", async () => {
    const { dir, line } = brokenStudy();
    const r = await run(["walkthrough", "broken.study.yaml", "--customer", "reconnect"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`broken\\.study\\.yaml:${line}:\\d+`));
    expect(r.stderr).toContain("gaptrace walkthrough: broken.study.yaml is not a valid study: 1 error.");
    expect(r.stdout).toBe("");
  });

  it("exits 3 when the file cannot be read", async () => {
    const r = await run(["validate", "no-such.study.yaml"], tempDir());
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("The study file no-such.study.yaml does not exist.");
    const dir = tempDir();
    expect((await run(["validate", "."], dir)).code).toBe(3);
  });

  it("writes JSON for scripts", async () => {
    const r = await run(["validate", TRAINING, "--format", "json"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { ok: boolean; errors: number; summary: { study: string } };
    expect(doc.ok).toBe(true);
    expect(doc.errors).toBe(0);
    expect(doc.summary.study).toBe("training_reconnection");
    const { dir } = brokenStudy();
    const bad = await run(["validate", "broken.study.yaml", "--format", "json"], dir);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { problems: { location: { line: number } }[] }).problems[0]?.location.line).toBeGreaterThan(0);
    expect((await run(["validate", TRAINING, "--format", "xml"])).code).toBe(2);
  });
});

describe("gaptrace validate: a file with no study in it (issue 11)", () => {
  it("an empty or comment-only file, a list or a scalar says so in plain words and exits 1", async () => {
    const dir = tempDir();
    const files: [string, string, string][] = [
      ["empty.yaml", "", "The study file is empty (or holds only comments): there is no study in it."],
      ["comments.yaml", "# a study\n# to come\n", "The study file is empty (or holds only comments): there is no study in it."],
      ["list.yaml", "- a\n- b\n", "The study file holds a list, not a study"],
      ["scalar.yaml", "hello\n", 'The study file holds the text "hello", not a study'],
    ];
    for (const [name, text, message] of files) {
      writeFileSync(join(dir, name), text);
      const r = await run(["validate", name], dir);
      expect(r.code, name).toBe(1);
      expect(r.stdout).toContain(`error schema/not-a-study at ${name}`);
      expect(r.stdout).toContain(message);
      expect(r.stdout).toContain('→ Start the study with "gaptrace: 1", its id and name');
      expect(r.stdout).not.toContain("Expected object at the document");
    }
  });
});
