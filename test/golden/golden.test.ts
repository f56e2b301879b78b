/**
 * Golden outputs: what the demo and the command line write, byte for byte, checked against files committed in
 * `test/fixtures/golden/`. A refactor that is meant to change nothing (issue 13, design consolidation) must
 * leave every one of them equal; a change that is meant to alter a report regenerates them on purpose:
 *
 *     GOLDEN_UPDATE=1 npx vitest run test/golden
 *
 * and the diff of `test/fixtures/golden/` is then part of the commit, for a reviewer to read.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ROOT, run, tempDir, TRAINING, UTILITY } from "../cli/helpers.js";

const GOLDEN = fileURLToPath(new URL("../fixtures/golden/", import.meta.url));
const UPDATE = process.env["GOLDEN_UPDATE"] === "1";

/** Every file under a folder, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** Outputs name the temporary folder they were written to and the checkout; the golden files name `<out>` and `<repo>/` instead. */
function normalise(text: string, dirs: readonly string[]): string {
  let t = text;
  for (const d of dirs) t = t.split(d).join("<out>");
  // And the checkout they ran from, which differs between machines and clones.
  t = t.split(ROOT).join("<repo>/");
  return t.replace(/ in \d+(\.\d+)? s\b/g, " in <time> s").replace(/\(\d+ ms\)/g, "(<time> ms)");
}

/** Compare (or, with GOLDEN_UPDATE=1, write) one golden file. */
function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (UPDATE) {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `golden file ${name} is missing: run GOLDEN_UPDATE=1 npx vitest run test/golden`).toBe(true);
  const expected = readFileSync(file, "utf8");
  // Compare as strings with the file named, so a failure says which output moved and where.
  if (actual !== expected) {
    const a = actual.split("\n");
    const e = expected.split("\n");
    let i = 0;
    while (i < a.length && i < e.length && a[i] === e[i]) i += 1;
    expect.fail(`${name} differs from its golden file at line ${i + 1}:\n  golden: ${e[i]?.slice(0, 300)}\n  actual: ${a[i]?.slice(0, 300)}`);
  }
}

/** Files larger than this (the simulated data) are kept as their size and SHA-256, not in full. */
const HASH_ABOVE = 1_000_000;

/** Every file a run wrote, compared under a prefix. */
function expectFolder(prefix: string, dir: string, dirs: readonly string[]): void {
  const files = filesUnder(dir);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const text = normalise(readFileSync(join(dir, f), "utf8"), dirs);
    if (text.length <= HASH_ABOVE) expectGolden(`${prefix}/${f}`, text);
    else expectGolden(`${prefix}/${f}.sha256`, `${text.length} characters, ${text.split("\n").length} lines, sha256 ${createHash("sha256").update(text).digest("hex")}\n`);
  }
  if (!UPDATE) {
    const golden = (existsSync(join(GOLDEN, prefix)) ? filesUnder(join(GOLDEN, prefix)) : []).map((f) => f.replace(/\.sha256$/, ""));
    expect(files, `${prefix}: the run wrote a different set of files than the golden folder holds`).toEqual(golden);
  }
}

describe("golden outputs", () => {
  it("the demo prints and writes the same as before", () => {
    const out = tempDir();
    const r = spawnSync(process.execPath, ["--import", "tsx", "--conditions=source", join(ROOT, "examples/demo.ts")], {
      encoding: "utf8",
      cwd: ROOT,
      env: { ...process.env, GAPTRACE_EXAMPLE_OUT: out },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expectGolden("demo/stdout.txt", normalise(r.stdout, [join(out, "demo")]));
    expectFolder("demo/files", join(out, "demo"), [join(out, "demo")]);
    // The report file is the report document itself, not a JSON string that holds it.
    expect(JSON.parse(readFileSync(join(out, "demo", "report.json"), "utf8"))).toMatchObject({ format: "gaptrace/report@4" });
  });

  it("the command line writes the same as before", async () => {
    const dir = tempDir();
    const data = join(dir, "data");
    const steps: [string, string[]][] = [
      ["validate-training", ["validate", TRAINING, "--format", "json"]],
      ["validate-utility", ["validate", UTILITY]],
      ["questionnaire-zh", ["questionnaire", UTILITY, "--lang", "zh"]],
      ["questionnaire-json", ["questionnaire", TRAINING, "--format", "json"]],
      ["plan", ["plan", UTILITY, "--population", "theme_outage_repair=20000", "--response-rate", "external=0.4,internal=0.9"]],
      ["plan-json", ["plan", TRAINING, "--format", "json", "--lang", "zh"]],
      ["walkthrough-customer", ["walkthrough", UTILITY, "--customer", "theme_outage_repair", "--lang", "zh"]],
      ["walkthrough-post", ["walkthrough", TRAINING, "--post", "billing_clerk"]],
      [
        "simulate",
        ["simulate", UTILITY, "--out", data, "--seed", "7", "--respondents", "3000", "--staff", "1200", "--cases", "800", "--waves", "2025,2026", "--link", "--link-share", "0.8", "--confounder", "area=remote:1.6:8"],
      ],
    ];
    for (const [name, args] of steps) {
      const r = await run(args);
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expectGolden(`cli/${name}.txt`, normalise(`${r.stdout}\n--- stderr ---\n${r.stderr}`, [dir]));
    }
    expectFolder("cli/simulate-files", data, [dir]);
    const responses = join(data, readdirSync(data).find((f) => f.startsWith("responses"))!);
    const cases = join(data, readdirSync(data).find((f) => f.startsWith("cases"))!);
    for (const lang of ["en", "zh"]) {
      const out = join(dir, `attribute-${lang}`);
      const r = await run(["attribute", UTILITY, "-r", responses, "-c", cases, "--wave", "2026", "--lang", lang, "--out", out]);
      expect(r.code).toBe(0);
      expectGolden(`cli/attribute-${lang}.txt`, normalise(`${r.stdout}\n--- stderr ---\n${r.stderr}`, [dir]));
      expectFolder(`cli/attribute-${lang}-files`, out, [dir]);
    }
    const cmp = join(dir, "compare");
    const c = await run(["compare", UTILITY, "-r", responses, "-c", cases, "--before", "2025", "--after", "2026", "--out", cmp]);
    expect(c.code).toBe(0);
    expectGolden("cli/compare.txt", normalise(`${c.stdout}\n--- stderr ---\n${c.stderr}`, [dir]));
    expectFolder("cli/compare-files", cmp, [dir]);
  });
});
