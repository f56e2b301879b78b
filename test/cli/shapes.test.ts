/**
 * `gaptrace attribute` with the data a team has (issue 10, item 3): case records alone, end to end; at least one
 * of --responses and --cases.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReportSchema } from "../../src/reports/schema.js";
import { hasStack, ROOT, run, tempDir } from "./helpers.js";

const STUDY = join(ROOT, "test/fixtures/shapes/cases-only.study.yaml");
const CALLS = join(ROOT, "test/fixtures/shapes/calls.csv");

describe("gaptrace attribute with case records only", () => {
  it("attributes execution against the standards and writes every report file, saying what the cases cannot show", async () => {
    const dir = tempDir();
    const r = await run(["attribute", STUDY, "-c", CALLS, "-o", "out"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("calls.csv: 150 rows read = 150 accepted + 0 rejected");
    expect(r.stdout).toContain("Wave 2026H1: 1 finding (0 customer dissatisfaction, 0 unreasonable standard, 1 non-compliant execution)");
    expect(r.stdout).toContain("[E] nce:queue → Workforce planner");
    expect(r.stdout).toMatch(/! Customer dissatisfaction point: not testable with these data\. Would test it: customers' answers to the perception questions q_answer_sat at “Getting through”\./);

    const doc = ReportSchema.parse(JSON.parse(readFileSync(join(dir, "out/report.json"), "utf8")));
    expect(doc.wave).toBe("2026H1");
    expect(doc.data.sources.map((s) => [s.kind, s.rowsRead, s.accepted])).toEqual([["cases", 150, 150]]);
    expect(doc.coverage?.shown).toBe(true);
    expect(doc.coverage?.gaps.map((g) => [g.tag, g.testable])).toEqual([
      ["customer-dissatisfaction", false],
      ["unreasonable-standard", false],
      ["non-compliant-execution", true],
    ]);
    expect(doc.coverage?.links.testable).toBe(false);

    const md = readFileSync(join(dir, "out/report.md"), "utf8");
    expect(md).toContain("## What these data can show");
    expect(md).toContain("case records) | 150 | 150 | 0 |");
    const html = readFileSync(join(dir, "out/report.html"), "utf8");
    expect(html).toContain('id="coverage"');
    expect(html).toContain("not testable with these data");
    const ledger = JSON.parse(readFileSync(join(dir, "out/ledger.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(ledger)).toEqual(["cases"]);
    expect(readFileSync(join(dir, "out/findings.csv"), "utf8")).toContain("nce:queue");
  });

  it("writes the coverage in Chinese", async () => {
    const dir = tempDir();
    const r = await run(["attribute", STUDY, "-c", CALLS, "--lang", "zh", "-o", "zh"], dir);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "zh/report.md"), "utf8");
    expect(md).toContain("## 本次数据能说明什么");
    expect(md).toContain("客户不满意点：本次数据无法检验。检验所需数据：客户对“接通”的感知题q\\_answer\\_sat的答卷。");
    expect(md).toContain("执行不合格点：已检验（2项检验");
  });

  it("takes --wave from the cases, and refuses a wave they do not have", async () => {
    const dir = tempDir();
    expect((await run(["attribute", STUDY, "-c", CALLS, "-w", "2026H1", "-o", "w"], dir)).code).toBe(0);
    const bad = await run(["attribute", STUDY, "-c", CALLS, "-w", "2025H2", "-o", "w2"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no wave "2025H2"');
    expect(bad.stderr).toContain("2026H1");
    expect(hasStack(bad.stderr)).toBe(false);
  });

  it("is a usage error with neither --responses nor --cases", async () => {
    const dir = tempDir();
    const r = await run(["attribute", STUDY, "-o", "none"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("give the data to attribute: --responses FILE, --cases FILE, or both.");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("stops with exit code 1 when the only data file has no usable row", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.csv"), "case,event,time\n");
    const r = await run(["attribute", STUDY, "-c", "empty.csv", "-o", "e"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("empty.csv");
    expect(r.stderr).not.toContain("leave out --cases");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("says --responses is optional in its help", async () => {
    const r = await run(["attribute", "--help"]);
    expect(r.stdout).toContain("Usage: gaptrace attribute <study> (--data FILE | [--responses FILE] [--cases FILE])");
    expect(r.stdout).not.toMatch(/--responses FILE\s+survey responses, CSV or JSON Lines \(\.jsonl\) \(required\)/);
  });
});
