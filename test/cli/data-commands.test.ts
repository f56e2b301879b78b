import { appendFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { casesCsv, isoWithOffset } from "../../src/simulate/rows.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { choosePlants, responseRows, responsesCsv, simulateStudy } from "../../src/simulate/index.js";
import { ReportSchema } from "../../src/reports/schema.js";
import { PARTLY_LINKED, UNLINKED, writeReconnectionFiles } from "../reports/linked.js";
import { hasStack, run, tempDir, TRAINING, UTILITY } from "./helpers.js";

const study = loadStudyFileSync(UTILITY).study!;

/** A small simulated data set of the bundled study, written to a temp folder. */
let dir = "";
beforeAll(() => {
  dir = tempDir();
  const data = simulateStudy(study, { seed: 3, plant: choosePlants(study, 3), externalRespondents: 2000, internalRespondents: 600, casesPerTheme: 300 });
  writeFileSync(join(dir, "responses.csv"), responsesCsv(data));
  writeFileSync(join(dir, "cases.csv"), casesCsv(data));
  writeFileSync(join(dir, "responses.jsonl"), [...responseRows(data)].map((r) => JSON.stringify(r)).join("\n"));
});

describe("casesCsv", () => {
  it("writes times with an offset that the case reader reads back exactly", () => {
    expect(isoWithOffset(Date.UTC(2026, 2, 2, 0, 0))).toBe("2026-03-02T08:00:00+08:00");
    expect(isoWithOffset(Date.UTC(2026, 2, 2, 0, 0, 1, 5), -300)).toBe("2026-03-01T19:00:01.005-05:00");
    const data = simulateStudy(study, { seed: 1, externalRespondents: 0, internalRespondents: 0, casesPerTheme: 20 });
    const records = casesFromCsv(study, casesCsv(data), { segments: ["area", "fault_class"] });
    expect(records.ledger.rejected).toBe(0);
    expect(records.count).toBe(data.cases.length);
    const first = data.cases[0]!;
    const i = records.ids.indexOf(first.id);
    for (const [event, ms] of first.events) expect(records.times.get(event)?.[i]).toBe(Math.round(ms));
  });
});

describe("gaptrace attribute", () => {
  it("measures working-day standards with --calendar-offset, and reports them undecided without it", async () => {
    const undecided = (folder: string): string[] =>
      (JSON.parse(readFileSync(join(dir, folder, "report.json"), "utf8")) as { undecided: { subject: { id?: string } | string; reason: string }[] }).undecided.map((u) => JSON.stringify(u));
    expect((await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "-o", "no-cal"], dir)).code).toBe(0);
    expect(undecided("no-cal").some((u) => u.includes("std_connect_5wd") && u.includes("working calendar"))).toBe(true);
    expect((await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "--calendar-offset", "+08:00", "--holidays", "2026-10-01", "-o", "cal"], dir)).code).toBe(0);
    expect(undecided("cal").some((u) => u.includes("std_connect_5wd") && u.includes("working calendar"))).toBe(false);
    const bad = await run(["attribute", UTILITY, "-r", "responses.csv", "--holidays", "2026-10-01", "-o", "x"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--holidays needs --calendar-offset");
    // A cases file with a header and no record is an input error, as an empty survey is.
    writeFileSync(join(dir, "no-cases.csv"), "case,event,time\n");
    const none = await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "no-cases.csv", "-o", "z"], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("error data/empty-file at no-cases.csv:1: The file has a header but no data rows");
    // A date that does not exist is a usage error, not a holiday rolled over into 2027.
    const impossible = await run(["attribute", UTILITY, "-r", "responses.csv", "--calendar-offset", "+08:00", "--holidays", "2026-13-45", "-o", "y"], dir);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toContain('gaptrace attribute: --holidays: "2026-13-45" is not a calendar date.\n  → Write each holiday as YYYY-MM-DD');
    const offset = await run(["attribute", UTILITY, "-r", "responses.csv", "--calendar-offset", "Mars", "-o", "y"], dir);
    expect(offset.code).toBe(2);
    expect(offset.stderr).toContain('gaptrace attribute: --calendar-offset "Mars" is not a UTC offset.\n  → Write it like +08:00 or -05:00');
    expect(offset.stderr).not.toContain("gaptrace/");
  });

  it("writes the report files and prints the ledgers and the findings", async () => {
    const r = await run(["attribute", UTILITY, "--responses", "responses.csv", "--cases", "cases.csv", "--out", "report"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^responses\.csv: [\d,]+ rows read = [\d,]+ accepted \+ 0 rejected$/m);
    expect(r.stdout).toMatch(/^cases\.csv: [\d,]+ rows read = [\d,]+ accepted \+ 0 rejected$/m);
    expect(r.stdout).toMatch(/^Wave 1: \d+ findings? \(/m);
    for (const f of ["report.html", "report.md", "findings.csv", "causes.csv", "responsibility.csv", "report.json", "ledger.json"]) expect(existsSync(join(dir, "report", f)), f).toBe(true);
    expect(r.stdout).toMatch(/^Survey responses linked to their own cases: [\d,]+ of [\d,]+ external respondents/m);
    expect(readFileSync(join(dir, "report", "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(dir, "report", "findings.csv"), "utf8")).toMatch(/^id,tag,tag_name,title,/);
    const report = JSON.parse(readFileSync(join(dir, "report", "report.json"), "utf8")) as { format?: string; findings: unknown[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.format).toBe("gaptrace/report@4");
    expect(ReportSchema.safeParse(report).success).toBe(true);
    const ledger = JSON.parse(readFileSync(join(dir, "report", "ledger.json"), "utf8")) as Record<"responses" | "cases", { file: string; rowsRead: number; accepted: number; rejected: number }>;
    expect(ledger.responses.rowsRead).toBe(ledger.responses.accepted + ledger.responses.rejected);
    // The report shows the very counts of ledger.json, per file.
    const data = ReportSchema.parse(report).data;
    expect(data.given).toBe(true);
    expect(data.sources.map((s) => [s.kind, s.name, s.rowsRead, s.accepted, s.rejected])).toEqual(
      (["responses", "cases"] as const).map((k) => [k, ledger[k].file, ledger[k].rowsRead, ledger[k].accepted, ledger[k].rejected]),
    );
  });

  it("reads JSON Lines to the same findings as CSV", async () => {
    const a = await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "cases.csv", "-o", "from-csv"], dir);
    const b = await run(["attribute", UTILITY, "-r", "responses.jsonl", "-c", "cases.csv", "-o", "from-jsonl"], dir);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/^responses\.jsonl: [\d,]+ rows read = [\d,]+ accepted \+ 0 rejected$/m);
    const findings = (d: string): unknown => (JSON.parse(readFileSync(join(dir, d, "report.json"), "utf8")) as { findings: unknown }).findings;
    expect(findings("from-jsonl")).toEqual(findings("from-csv"));
    expect(a.stdout.split("\n").slice(4)).toEqual(b.stdout.split("\n").slice(4).map((l) => l.replace(/from-jsonl/g, "from-csv")));
  });

  it("attaches the measures of a catalogue file, and refuses a broken one with its location", async () => {
    const d = tempDir();
    writeFileSync(join(d, "measures.yaml"), `format: gaptrace/measures@1
name: Ours
categories:
  - { id: everything, name: Everything }
measures:
  - { id: our-fix, category: everything, title: Our very own fix, tags: [customer-dissatisfaction, unreasonable-standard, non-compliant-execution] }
`);
    const r = await run(["attribute", UTILITY, "-r", join(dir, "responses.csv"), "-c", join(dir, "cases.csv"), "--measures", "measures.yaml", "-o", "m"], d);
    expect(r.code).toBe(0);
    expect(readFileSync(join(d, "m", "findings.csv"), "utf8")).toMatch(/,our-fix\r\n/);
    expect(readFileSync(join(d, "m", "report.md"), "utf8")).toContain("Our very own fix");
    writeFileSync(join(d, "bad.yaml"), "format: gaptrace/measures@1\nname: Bad\ncategories: []\nmeasures:\n  - { id: x, category: nowhere, title: X, tags: [nonsense] }\n");
    const bad = await run(["attribute", UTILITY, "-r", join(dir, "responses.csv"), "--measures", "bad.yaml", "-o", "b"], d);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.yaml:5:\d+/);
    expect(bad.stderr).toContain("bad.yaml is not a valid measures catalogue.");
    expect((await run(["attribute", UTILITY, "-r", join(dir, "responses.csv"), "--measures", "nope.yaml", "-o", "b"], d)).code).toBe(3);
  });

  it("adds a catalogue file to the bundled measures of the study's industry with extends: industry, and says so", async () => {
    const d = tempDir();
    writeFileSync(join(d, "ours.yaml"), `format: gaptrace/measures@1
name: Ours
extends: industry
categories: []
measures:
  - { id: our-board, category: customer-communication, title: Our progress board, tags: [customer-dissatisfaction], evidence: [perception-below-target] }
`);
    const r = await run(["attribute", UTILITY, "-r", join(dir, "responses.csv"), "-c", join(dir, "cases.csv"), "--measures", "ours.yaml", "-o", "m"], d);
    expect(r.code).toBe(0);
    const md = readFileSync(join(d, "m", "report.md"), "utf8");
    expect(md).toContain("Measures are suggested from the catalogue “Ours”, added to the bundled measures for power utilities");
    expect(md).toContain("Our progress board");
    // The power utility's bundled measures still come with it.
    expect(md).toContain("train-customer-contact");
    writeFileSync(join(d, "shared.yaml"), readFileSync(join(d, "ours.yaml"), "utf8").replace("extends: industry", "extends: shared").replace("customer-communication", "dispatch-process"));
    const refused = await run(["attribute", UTILITY, "-r", join(dir, "responses.csv"), "--measures", "shared.yaml", "-o", "s"], d);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/shared\.yaml:6:\d+/);
    // dispatch-process is a power-utility category, not a shared one.
    expect(refused.stderr).toContain("dispatch-process");
  });

  it("writes the report in Chinese", async () => {
    const r = await run(["attribute", UTILITY, "-r", "responses.csv", "--lang", "zh", "-o", "report-zh"], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "report-zh", "report.md"), "utf8")).toMatch(/[\u4e00-\u9fff]/);
  });

  it("counts rejected rows by reason; --strict turns them into exit code 1", async () => {
    const d = tempDir();
    const text = readFileSync(join(dir, "responses.csv"), "utf8");
    writeFileSync(join(d, "responses.csv"), text);
    appendFileSync(join(d, "responses.csv"), "zz1,q_or_report_ease_p,9,external,,1,1,urban,ordinary\nzz2,q_nope,3,external,,1,1,urban,ordinary\n");
    const lenient = await run(["attribute", UTILITY, "-r", "responses.csv", "-o", "out"], d);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/rows read = [\d,]+ accepted \+ 2 rejected/);
    expect(lenient.stdout).toContain("by reason: unknown-question 1, out-of-range 1");
    expect(lenient.stdout).toMatch(/responses\.csv:\d+/);
    const strict = await run(["attribute", UTILITY, "-r", "responses.csv", "-o", "out2", "--strict"], d);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("--strict: responses.csv has 2 rejected rows or values.");
    expect(existsSync(join(d, "out2"))).toBe(false);
  });

  it("exits 2 for a wave not in the data, or without --responses and --cases", async () => {
    const wave = await run(["attribute", UTILITY, "-r", "responses.csv", "--wave", "2030"], dir);
    expect(wave.code).toBe(2);
    expect(wave.stderr).toContain('responses.csv has no wave "2030".');
    expect(wave.stderr).toContain("Use one of the waves in the data: 1.");
    const missing = await run(["attribute", UTILITY], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("give the data to attribute: --responses FILE, --cases FILE, or both.");
  });

  it("exits 3 when a data file is missing, without a stack trace", async () => {
    const r = await run(["attribute", UTILITY, "-r", "nope.csv"], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("The responses file nope.csv does not exist.");
    expect(hasStack(r.stderr)).toBe(false);
    expect((await run(["attribute", UTILITY, "-r", "responses.csv", "-c", "nope.csv"], dir)).code).toBe(3);
  });

  it("exits 1 when the responses have no usable row", async () => {
    const d = tempDir();
    writeFileSync(join(d, "empty.csv"), "respondent,question,value\n");
    const r = await run(["attribute", TRAINING, "-r", "empty.csv"], d);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error data/empty-file at empty.csv:1: The file has a header but no data rows");
    expect(r.stderr).toContain("→ Export the data rows too");
    // Rows all rejected: read, but none usable.
    writeFileSync(join(d, "unknown.csv"), "respondent,question,value\nr1,q_nobody,4\n");
    const all = await run(["attribute", TRAINING, "-r", "unknown.csv"], d);
    expect(all.code).toBe(1);
    expect(all.stderr).toContain("unknown.csv has no usable rows: its one row was rejected (unknown-question 1)");
    expect(all.stderr).toContain("→ Use a question id from the study's evaluation points");
  });
});

describe("gaptrace attribute on responses linked to their cases", () => {
  it("prints the linkage and, under each customer gap, measured causes with share and interval, and what stays with the front line", async () => {
    const d = tempDir();
    writeReconnectionFiles(d, PARTLY_LINKED);
    const r = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "-o", "rep"], d);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Survey responses linked to their own cases: 510 of 600 external respondents (85%); 30 name no case; 30 name a case not in the case records; 30 name a case another respondent already links.",
    );
    expect(r.stdout).toMatch(/^ {2}\[C\] cd:ep_recon → Reconnection crew .*\n {6}← execution at “Crew reconnects” \(Reconnection crew\) 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\)\n {6}← 3\d(\.\d)?% not explained by a measured upstream effect: stays with the front-line post, Reconnection crew \(Operations\)$/m);
    const causes = readFileSync(join(d, "rep", "causes.csv"), "utf8");
    expect(causes).toMatch(/^gap_id,gap,gap_points,status,finding,cause,grade,grade_name,share,share_ci_low,share_ci_high,estimator,effect,/);
    expect(causes).toMatch(/^cd:ep_recon,Reconnection timeliness,[\d.]+,share,nce:reconnect,/m);
    const zh = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "-o", "rep-zh", "--lang", "zh"], d);
    expect(zh.stdout).toMatch(/← 环节“班组复电”（复电班组）执行不合格6\d(\.\d)?%（95%置信区间 [\d.]+%–[\d.]+%，已测量）/);
    expect(zh.stdout).toContain("调查回答与本人工单的关联：600位外部受访者中510位已关联（85%）");
    // The command line's own lines are in the language asked for too: the ledger, the summary, the files written.
    expect(zh.stdout).toMatch(/^responses\.csv：读入[\d,]+行 = 接受[\d,]+行 \+ 拒绝[\d,]+行$/m);
    expect(zh.stdout).toMatch(/^ {2}工单关联：[\d,]+位外部受访者已关联/m);
    expect(zh.stdout).toMatch(/^调查批次 \S+：\d+项发现（客户不满意\d+项，标准不合理\d+项，执行不合格\d+项）；待定\d+项。$/m);
    expect(zh.stdout).toMatch(/（严重度 [\d.]+，q [<\d. ]+）$/m);
    expect(zh.stdout).toMatch(/^已写出 .*report\.html/m);
    expect(zh.stdout).not.toMatch(/rows read|case links:|^Wave |severity|^Wrote /m);
  });

  it("lists the untested links as possible causes to test, with no percentage", async () => {
    const d = tempDir();
    writeReconnectionFiles(d, UNLINKED);
    for (const lang of ["en", "zh"] as const) {
      const r = await run(["attribute", "study.yaml", "-r", "responses.csv", "-c", "cases.csv", "-o", `rep-${lang}`, "--lang", lang], d);
      expect(r.code).toBe(0);
      const toTest = r.stdout.split("\n").filter((l) => l.startsWith("      ? "));
      expect(toTest).toHaveLength(2);
      for (const l of toTest) expect(l).not.toContain("%");
      if (lang === "en") expect(toTest).toContain("      ? execution at “Crew reconnects” (Reconnection crew) — to test (structural only, untested)");
      else expect(toTest).toContain("      ? 环节“班组复电”（复电班组）执行不合格——待检验（仅结构推断，未检验）");
    }
  });
});

describe("gaptrace simulate and compare", () => {
  it("simulates two waves with a problem fixed in the second, and compare finds it resolved", async () => {
    const d = tempDir();
    const sim = await run(
      ["simulate", UTILITY, "--seed", "5", "--respondents", "2000", "--staff", "600", "--cases", "300", "--waves", "2025,2026", "--plant", "execution:or_bo_parts_issue@2025", "--out", "sim"],
      d,
    );
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain("planted non-compliant-execution at or_bo_parts_issue");
    for (const f of ["responses.csv", "cases.csv", "truth.json"]) expect(existsSync(join(d, "sim", f)), f).toBe(true);
    const truth = JSON.parse(readFileSync(join(d, "sim", "truth.json"), "utf8")) as { truth: { planted: { waves?: string[] }[] } };
    expect(truth.truth.planted[0]?.waves).toEqual(["2025"]);

    const cmp = await run(["compare", UTILITY, "-r", "sim/responses.csv", "-c", "sim/cases.csv", "--before", "2025", "--after", "2026", "--out", "cmp"], d);
    expect(cmp.code).toBe(0);
    expect(cmp.stdout).toContain("+ compliance:std_parts_30min:");
    expect(cmp.stdout).toMatch(/^Survey responses linked to their own cases: [\d,]+ of [\d,]+ external respondents/m);
    const posts = readFileSync(join(d, "cmp", "posts.csv"), "utf8");
    expect(posts).toMatch(/^materials_clerk,Materials supply clerk,materials_dept,nce:or_bo_parts_issue,,nce:or_bo_parts_issue,/m);
    for (const f of ["report.html", "changes.csv", "comparison.json", "report-before.md", "report-after.md", "report-before.json", "report-after.json", "ledger.json"])
      expect(existsSync(join(d, "cmp", f)), f).toBe(true);
    expect(readFileSync(join(d, "cmp", "changes.csv"), "utf8")).toMatch(/^id,kind,subject,subject_name,before,after,difference,ci_low,ci_high,p,q,significant,direction,predicted_by_measured_causes\r\n/);
  });

  it("with customers linked to their cases, compare puts beside a point's change what its measured causes predict", async () => {
    const d = tempDir();
    const sim = await run(
      ["simulate", UTILITY, "--seed", "5", "--respondents", "4000", "--staff", "600", "--cases", "300", "--waves", "2025,2026", "--plant", "execution:or_bo_dispatch@2025", "--link", "--out", "sim"],
      d,
    );
    expect(sim.code).toBe(0);
    const cmp = await run(["compare", UTILITY, "-r", "sim/responses.csv", "-c", "sim/cases.csv", "--before", "2025", "--after", "2026", "--out", "cmp"], d);
    expect(cmp.code).toBe(0);
    // Faster dispatch in 2026: the arrival rating rose, and the measured effect of late dispatch predicts most of it.
    const line = /^ {2}\+ point:ep_or_arrival: ([\d.]+) → ([\d.]+); its measured causes predict \+([\d.]+) from their change in exposure$/m.exec(cmp.stdout);
    expect(line, cmp.stdout).not.toBeNull();
    const observed = Number(line?.[2]) - Number(line?.[1]);
    const predicted = Number(line?.[3]);
    expect(predicted).toBeGreaterThan(0.5 * observed);
    expect(predicted).toBeLessThan(1.5 * observed);
  });

  it("gives the same files for the same seed", async () => {
    const d = tempDir();
    await run(["simulate", TRAINING, "--seed", "9", "--respondents", "200", "--staff", "20", "--cases", "50", "--out", "a"], d);
    await run(["simulate", TRAINING, "--seed", "9", "--respondents", "200", "--staff", "20", "--cases", "50", "--out", "b"], d);
    for (const f of ["responses.csv", "cases.csv", "truth.json"]) expect(readFileSync(join(d, "a", f), "utf8")).toBe(readFileSync(join(d, "b", f), "utf8"));
  });

  it("exits 2 for a bad plant, a missing --out or the same wave twice", async () => {
    const bad = await run(["simulate", TRAINING, "--plant", "execution:nope", "--out", tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--plant "execution:nope": no step with an owner has the id "nope".');
    expect((await run(["simulate", TRAINING, "--plant", "frobnicate:x", "--out", tempDir()])).code).toBe(2);
    expect((await run(["simulate", TRAINING])).stderr).toContain("--out is required");
    expect((await run(["compare", TRAINING, "-r", "x.csv", "--before", "1", "--after", "1"])).code).toBe(2);
  });

  it("exits 2 for an empty list of waves, with an example, and writes nothing", async () => {
    for (const v of [",", " , ", ""]) {
      const d = tempDir();
      const r = await run(["simulate", TRAINING, `--waves=${v}`, "--out", "sim"], d);
      expect(r.code, JSON.stringify(v)).toBe(2);
      expect(r.stderr, JSON.stringify(v)).toBe(
        `gaptrace simulate: --waves ${JSON.stringify(v)} names no wave.\n  → Give the wave labels separated by commas, e.g. --waves 2025,2026; leave out --waves for one wave, 1.\n`,
      );
      expect(existsSync(join(d, "sim", "responses.csv"))).toBe(false);
    }
    const d = tempDir();
    const two = await run(["simulate", TRAINING, "--waves", "2025,,2026,", "--respondents", "3", "--staff", "2", "--cases", "3", "--out", "sim"], d);
    expect(two.code).toBe(0);
    expect(readFileSync(join(d, "sim", "responses.csv"), "utf8")).toMatch(/,2026,/);
  });

  it("plants nothing with --plant none", async () => {
    const d = tempDir();
    const r = await run(["simulate", TRAINING, "--plant", "none", "--respondents", "100", "--staff", "10", "--cases", "10", "--out", "s"], d);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("nothing planted");
  });
});
