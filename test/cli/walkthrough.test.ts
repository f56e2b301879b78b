import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { customerWalkthrough } from "../../src/walkthrough/customer.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { run, tempDir, TRAINING, UTILITY } from "./helpers.js";

describe("gaptrace walkthrough", () => {
  it("prints the customer walkthrough, the same as the library", async () => {
    const r = await run(["walkthrough", TRAINING, "--customer", "reconnect", "--lang", "zh"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(customerWalkthrough(loadStudyFileSync(TRAINING).study!, "reconnect", { lang: "zh" }));
    expect(r.stdout.startsWith("# 客户穿越：欠费复电\n")).toBe(true);
  });

  it("writes post and department walkthroughs to files", async () => {
    const dir = tempDir();
    const p = await run(["walkthrough", UTILITY, "--post", "materials_clerk", "--out", "post.md"], dir);
    expect(p.code).toBe(0);
    expect(readFileSync(join(dir, "post.md"), "utf8")).toMatch(/^# Post walkthrough: Materials supply clerk\n/);
    const d = await run(["walkthrough", UTILITY, "--department", "materials_dept", "-o", "dept.md"], dir);
    expect(d.code).toBe(0);
    expect(readFileSync(join(dir, "dept.md"), "utf8")).toMatch(/^# Department walkthrough: Materials department\n/);
    expect(d.stderr).toContain("Wrote dept.md");
  });

  it("exits 2 unless exactly one of --customer, --post and --department is given", async () => {
    expect((await run(["walkthrough", TRAINING])).code).toBe(2);
    const both = await run(["walkthrough", TRAINING, "--customer", "reconnect", "--post", "cashier"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("give only one of");
  });

  it("exits 2 for an id the study does not have, listing the ones it has", async () => {
    const r = await run(["walkthrough", TRAINING, "--post", "constructor"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`gaptrace walkthrough: --post "constructor" names no post in ${TRAINING}.`);
    expect(r.stderr).toContain("Use the id of a post (organisation.posts): cashier, billing_clerk, meter_tech, it_engineer.");
    expect((await run(["walkthrough", TRAINING, "--customer", "outage"])).code).toBe(2);
  });

  it("exits 3 when the output cannot be written", async () => {
    const dir = tempDir();
    const r = await run(["walkthrough", TRAINING, "--customer", "reconnect", "--out", "."], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("gaptrace walkthrough: --out . is a folder, not a file.\n  → Give --out the file to write, e.g. --out ./walkthrough.md.");
  });
});

describe("gaptrace attribute --walkthroughs: walkthrough results as evidence", () => {
  const example = new URL("../../examples/data/walkthroughs-outage.csv", import.meta.url);

  it("prints the walkthrough ledger and located problems, lists the problems per post, and writes walkthroughs.csv", async () => {
    const dir = tempDir();
    expect((await run(["simulate", UTILITY, "--out", "sim", "--seed", "3"], dir)).code).toBe(0);
    writeFileSync(join(dir, "w.csv"), readFileSync(example));
    const r = await run(["attribute", UTILITY, "-r", "sim/responses.csv", "-c", "sim/cases.csv", "--walkthroughs", "w.csv", "--accept-partial", "--lang", "zh", "-o", "out"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("w.csv: 9 read, 7 accepted, 2 rejected, 1 blank lines");
    expect(r.stdout).toContain("error walkthrough/row at w.csv:9:7: 该条穿越记录未采用：“环节编号”引用了环节 “or_bo_dispach”，评价项目中没有；是否应为 “or_bo_dispatch”？");
    const doc = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as {
      walkthroughs?: { totals: { participants: number; problems: number } };
      responsibility: { posts: { post: { id: string }; walkthrough?: { open: { id: string }[]; solved: unknown[] } }[] };
    };
    expect(doc.walkthroughs?.totals).toMatchObject({ participants: 78, problems: 7 });
    expect(doc.responsibility.posts.find((p) => p.post.id === "repair_dispatcher")?.walkthrough?.open).toHaveLength(2);
    expect(readFileSync(join(dir, "out", "walkthroughs.csv"), "utf8").trim().split("\r\n")).toHaveLength(8);
    expect(r.stdout).toContain("walkthroughs.csv");
    expect(r.stdout).toContain("共 78 人参加 3 次流程穿越，穿越任务 6 项，发现问题 7 条：已解决 3 条，部分解决 1 条，未解决 3 条。");
  });

  it("stops with exit code 1 on a file that cannot be read as walkthroughs, or on rejected records with --strict", async () => {
    const dir = tempDir();
    expect((await run(["simulate", UTILITY, "--out", "sim", "--seed", "3"], dir)).code).toBe(0);
    writeFileSync(join(dir, "cols.csv"), "run,task,step\nw1,t1,or_bo_dispatch\n");
    const cols = await run(["attribute", UTILITY, "-c", "sim/cases.csv", "--walkthroughs", "cols.csv", "-o", "out"], dir);
    expect(cols.code).toBe(1);
    expect(cols.stderr).toContain("error walkthrough/file at cols.csv: The walkthrough records lack the columns problem, problem_kind, solved.");
    writeFileSync(join(dir, "w.csv"), readFileSync(example));
    const strict = await run(["attribute", UTILITY, "-c", "sim/cases.csv", "--walkthroughs", "w.csv", "--strict", "-o", "out2"], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("2 rejected walkthrough records (--strict)");
    expect((await run(["attribute", UTILITY, "-c", "sim/cases.csv", "--walkthroughs", "missing.csv", "-o", "out3"], dir)).code).toBe(3);
  });
});

describe("walkthroughs: in a data description", () => {
  it("reads the description's walkthrough source, and refuses --walkthroughs as well", async () => {
    const dir = tempDir();
    expect((await run(["simulate", UTILITY, "--out", "sim", "--seed", "3"], dir)).code).toBe(0);
    writeFileSync(join(dir, "w.csv"), readFileSync(new URL("../../examples/data/walkthroughs-outage.csv", import.meta.url)));
    writeFileSync(join(dir, "data.yaml"), "gaptrace-data: 1\ncases:\n  file: sim/cases.csv\nwalkthroughs:\n  file: w.csv\n");
    const r = await run(["attribute", UTILITY, "--data", "data.yaml", "--accept-partial", "-o", "out"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("w.csv: 9 read, 7 accepted, 2 rejected, 1 blank lines");
    const doc = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as { walkthroughs?: { totals: { problems: number } } };
    expect(doc.walkthroughs?.totals.problems).toBe(7);
    const both = await run(["attribute", UTILITY, "--data", "data.yaml", "--walkthroughs", "w.csv", "-o", "out2"], dir);
    expect(both.code).toBe(2);
    writeFileSync(join(dir, "bad.yaml"), "gaptrace-data: 1\ncases:\n  file: sim/cases.csv\nwalkthroughs:\n  file: w.csv\n  delimter: ';'\n");
    const bad = await run(["attribute", UTILITY, "--data", "bad.yaml", "-o", "out3"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("delimiter");
  });
});
