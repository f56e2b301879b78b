/** `gaptrace targets`: Markdown and JSON of the cascade (and the tracking with two waves), and bad input as usage errors. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { county, countyRows, WAVE_2013 } from "../attribution/targets-fixture.js";
import { hasStack, ROOT, run, tempDir } from "./helpers.js";

const COUNTY = join(ROOT, "examples/studies/county-targets.study.yaml");

function responsesCsv(dir: string, waves: readonly string[]): string {
  const rows = countyRows(waves.map((w, i) => ({ ...WAVE_2013, wave: w, n: 300, means: { ...WAVE_2013.means, q_problem: 70 - 8 * i } })), 4);
  const file = join(dir, "responses.csv");
  writeFileSync(file, `respondent,wave,audience,question,value,weight\n${rows.map((r) => [r["respondent"], r["wave"], r["audience"], r["question"], r["value"], r["weight"]].join(",")).join("\n")}\n`);
  return file;
}

describe("gaptrace targets", () => {
  const dir = tempDir();
  const three = responsesCsv(dir, ["2011", "2012", "2013"]);

  it("prints the cascade and the tracking in Markdown, in Chinese, with the ledger first", async () => {
    const r = await run(["targets", COUNTY, "-r", three, "--lang", "zh"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/responses\.csv：读入5,400行 = 接受5,400行 \+ 拒绝0行/);
    expect(r.stdout).toContain("## 目标分解");
    expect(r.stdout).toContain("## 各期目标跟踪");
    expect(r.stdout).toContain("2011 至 2013 连续 2 期下降（每次下降均显著）");
  });

  it("writes JSON with the cascade and the tracking to a file", async () => {
    const out = join(dir, "targets.json");
    const r = await run(["targets", COUNTY, "-r", three, "--format", "json", "--wave", "2013", "--target-wave", "2014", "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.cascade.wave).toBe("2013");
    expect(doc.cascade.targetWave).toBe("2014");
    expect(doc.track.waves).toEqual(["2011", "2012", "2013"]);
    expect(doc.track.series.find((s: { id: string }) => s.id === "ind_problem").fallingRuns[0].falls).toBe(2);
  });

  it("refuses a wave not in the data, a target wave no top target names, a bad format, as usage errors without a stack", async () => {
    for (const args of [["--wave", "2020"], ["--target-wave", "2099"], ["--format", "pdf"]]) {
      const r = await run(["targets", COUNTY, "-r", three, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(hasStack(r.stderr)).toBe(false);
    }
    const r = await run(["targets", COUNTY, "-r", three, "--target-wave", "2099"]);
    expect(r.stderr).toContain('no top target is for wave "2099"');
  });

  it("attribute --targets adds the cascade to the report and each post's target to its list", async () => {
    const out = join(dir, "report");
    const r = await run(["attribute", COUNTY, "-r", three, "--targets", "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(out, "report.md"), "utf8");
    expect(md).toContain("## Targets that cascade");
    expect(md).toMatch(/- Your target: raise Business-hall service from \d+\.\d to 85\.0; not accepted\./);
    const plain = await run(["attribute", COUNTY, "-r", three, "--out", join(dir, "plain")]);
    expect(plain.code).toBe(0);
    expect(readFileSync(join(dir, "plain", "report.md"), "utf8")).not.toContain("## Targets that cascade");
  });

  it("refuses a study without targets, saying what to declare", async () => {
    const study = join(dir, "no-targets.study.json");
    writeFileSync(study, JSON.stringify({ ...county, targets: undefined }));
    const r = await run(["targets", study, "-r", three]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("the study declares no top target (targets.top)");
    expect(hasStack(r.stderr)).toBe(false);
  });
});
