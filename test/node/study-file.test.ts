import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

  it("a study saved as GB18030 is an encoding error at its first non-UTF-8 line, not a label of replacement characters", () => {
    const gb = join(dir, "gb.study.yaml");
    // "gaptrace: 1\nid: x\nname: 停电\n" with 停电 in GB18030.
    writeFileSync(gb, Buffer.from([...Buffer.from("gaptrace: 1\nid: x\nname: "), 0xcd, 0xa3, 0xb5, 0xe7, 0x0a]));
    const r = loadStudyFileSync(gb);
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: "parse/encoding", location: { file: gb, line: 3 } });
    expect(r.problems[0]?.message).toMatch(/not valid utf-8 text.*gb18030/);
    expect(r.problems[0]?.hint).toMatch(/UTF-8/);
  });

  it("reads a study saved as UTF-16 with a byte-order mark, and a UTF-8 one with a mark", () => {
    const text = readFileSync(MINI, "utf8");
    const u16 = join(dir, "u16.study.yaml");
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    expect(loadStudyFileSync(u16).study?.id).toBe("mini");
    const bom = join(dir, "bom.study.yaml");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(loadStudyFileSync(bom).study?.id).toBe("mini");
  });
});
