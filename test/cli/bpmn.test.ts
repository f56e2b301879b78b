/**
 * `gaptrace bpmn import|export`: a study out to BPMN and back in through files; a real BPMN file without a
 * mapping exits 1 with located problems and writes the mapping to fill in; bad paths, bad mappings and bad
 * actions get their exit codes, never a stack trace. docs/cli.md's example run is this command's real output.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { readStudyText } from "../../src/study/load.js";
import { hasStack, ROOT, run, tempDir, TRAINING } from "./helpers.js";

const INVOICE = join(ROOT, "test/fixtures/bpmn/camunda-invoice-v2.bpmn");

describe("gaptrace bpmn", () => {
  it("exports a study with its mapping and imports it back as the same study", async () => {
    const dir = tempDir();
    const out = await run(["bpmn", "export", TRAINING, "--lang", "zh", "--out", "t.bpmn", "--mapping-out", "t.mapping.yaml"], dir);
    expect(out.code).toBe(0);
    expect(readFileSync(join(dir, "t.bpmn"), "utf8")).toMatch(/^<\?xml[\s\S]*<bpmndi:BPMNDiagram/);
    const back = await run(["bpmn", "import", "t.bpmn", "--mapping", "t.mapping.yaml", "--out", "t.study.yaml"], dir);
    expect(back.code).toBe(0);
    expect(back.stdout).toContain("t.bpmn: a valid study (0 errors, 0 warnings, 0 notes)");
    const original = readStudyText(readFileSync(TRAINING, "utf8"));
    const again = readStudyText(readFileSync(join(dir, "t.study.yaml"), "utf8"));
    expect(again.blueprints.map((b) => b.steps)).toEqual(original.blueprints.map((b) => b.steps));
    expect(again.standards).toEqual(original.standards);
  });

  it("writes the BPMN to standard output when --out is left out", async () => {
    const r = await run(["bpmn", "export", TRAINING]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<bpmn:definitions");
  });

  it("exits 1 on a real file without a mapping, with located problems, and writes the mapping to fill in", async () => {
    const dir = tempDir();
    const r = await run(["bpmn", "import", INVOICE, "--mapping-out", "invoice.mapping.yaml", "--out", "never.yaml"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error bpmn/lane-layer at ${INVOICE}:12:13 (bpmn.Approver)`);
    expect(r.stdout).toMatch(/not a valid study yet \(\d+ errors, \d+ warnings?, \d+ notes?\)\.\n$/);
    const mapping = parse(readFileSync(join(dir, "invoice.mapping.yaml"), "utf8")) as { lanes: { lane: string }[] };
    expect(mapping.lanes.map((l) => l.lane)).toEqual(["Approver", "teamAssistant", "Accountant"]);
    expect(() => readFileSync(join(dir, "never.yaml"))).toThrow();
  });

  it("gives exit codes, not stack traces, for bad input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.bpmn"), "<bpmn:definitions><unclosed");
    writeFileSync(join(dir, "bad.yaml"), "lanes: [unclosed");
    writeFileSync(join(dir, "wrong.yaml"), "gaptraceBpmn: 2\n");
    const cases = [
      [["bpmn", "import", "missing.bpmn"], 3, "The BPMN file missing.bpmn"],
      [["bpmn", "import", "bad.bpmn"], 1, "error bpmn/xml"],
      [["bpmn", "import", INVOICE, "--mapping", "bad.yaml"], 1, "is not YAML or JSON"],
      [["bpmn", "import", INVOICE, "--mapping", "wrong.yaml"], 1, "error bpmn/mapping at wrong.yaml:1:15 (mapping.gaptraceBpmn)"],
      [["bpmn", "translate", "x"], 2, 'got "translate"'],
      [["bpmn", "export", TRAINING, "--lang", "fr"], 2, "--lang"],
      [["bpmn", "import"], 2, "missing <file>"],
    ] as const;
    for (const [args, code, text] of cases) {
      const r = await run(args, dir);
      expect(r.code, args.join(" ")).toBe(code);
      expect(r.stdout + r.stderr, args.join(" ")).toContain(text);
      expect(hasStack(r.stdout + r.stderr)).toBe(false);
    }
  });

  it("prints what docs/cli.md shows for the example", async () => {
    const dir = tempDir();
    const r = await run(["bpmn", "import", "examples/bpmn/meter-complaint.bpmn", "--mapping", "examples/bpmn/meter-complaint.mapping.yaml", "--out", join(dir, "mc.study.yaml")]);
    const doc = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
    const block = /\$ gaptrace bpmn import examples\/bpmn\/meter-complaint\.bpmn [^\n]*\n([\s\S]*?)\nWrote /.exec(doc)?.[1];
    expect(block).toBeDefined();
    expect(r.stdout).toBe(`${block}\n`);
  });
});
