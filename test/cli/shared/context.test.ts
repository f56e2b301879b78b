/** `--out` checked before any work: the wrong kind of path says which flag and what to do, exit 3 (issue 11). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir, TRAINING } from "../helpers.js";

describe("--out", () => {
  it("a folder output that is an existing file: attribute, compare and simulate say so and exit 3", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "taken.txt"), "");
    for (const args of [
      ["attribute", TRAINING, "-r", "responses.csv", "--out", "taken.txt"],
      ["compare", TRAINING, "-r", "responses.csv", "--before", "1", "--after", "2", "--out", "taken.txt"],
      ["simulate", TRAINING, "--out", "taken.txt"],
    ]) {
      const r = await run(args, dir);
      expect(r.code, args[0]).toBe(3);
      expect(r.stderr).toContain(`gaptrace ${args[0]}: --out taken.txt is an existing file, not a folder.\n  → Give --out a folder to write the files into (it is created if needed)`);
    }
  });

  it("a file output that is a folder, or inside a file, says which and exits 3", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "taken.txt"), "");
    const folder = await run(["questionnaire", TRAINING, "--out", "out"], dir);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toBe("gaptrace questionnaire: --out out is a folder, not a file.\n  → Give --out the file to write, e.g. --out out/questionnaire.csv.\n");
    const inside = await run(["plan", TRAINING, "--out", "taken.txt/plan.csv"], dir);
    expect(inside.code).toBe(3);
    expect(inside.stderr).toContain("gaptrace plan: --out taken.txt/plan.csv cannot be written: taken.txt is a file, not a folder.");
    const deeper = await run(["simulate", TRAINING, "--out", "taken.txt/sim"], dir);
    expect(deeper.code).toBe(3);
    expect(deeper.stderr).toContain("taken.txt is a file, not a folder.");
  });
});
