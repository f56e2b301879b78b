import { readFileSync } from "node:fs";
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
