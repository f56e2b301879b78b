import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStudyFile, loadStudyFileSync, readStudyFile } from "../../src/node/study-file.js";
import { ValidationError } from "../../src/core/errors.js";

const dir = mkdtempSync(join(tmpdir(), "gaptrace-"));
const MINI = new URL("../fixtures/studies/mini.study.yaml", import.meta.url).pathname;

describe("study files", () => {
  it("loads the bundled example study with no error or warning", async () => {
    const r = await loadStudyFile(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url).pathname);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
    expect(r.study?.blueprints).toHaveLength(4);
  });

  it("loads the training example with no error or warning", () => {
    const r = loadStudyFileSync(new URL("../../examples/studies/training.study.yaml", import.meta.url).pathname);
    expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  });

  it("a missing file is a located problem, not an exception", async () => {
    const r = await loadStudyFile(join(dir, "nope.yaml"));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: "file/unreadable", location: { file: join(dir, "nope.yaml") } });
    expect(r.problems[0]?.message).toContain("does not exist");
  });

  it("a folder is not a study file", () => {
    expect(loadStudyFileSync(dir).problems[0]?.message).toContain("folder");
  });

  it("readStudyFile names the file and line in its error", async () => {
    const bad = join(dir, "bad.study.yaml");
    writeFileSync(bad, "gaptrace: 1\nid: x\nname: X\norganisation: {departments: [], posts: []}\nthemeMap: {needs: [], items: [], themes: []}\nblueprints: [{theme: t, steps: [], handoffs: []}]\n");
    await expect(readStudyFile(bad)).rejects.toThrow(ValidationError);
    await expect(readStudyFile(bad)).rejects.toThrow(/bad\.study\.yaml:6/);
    expect((await readStudyFile(MINI)).id).toBe("mini");
  });
});
