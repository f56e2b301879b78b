import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

describe("bin/gaptrace.js", () => {
  it("runs the real launcher as a child process", () => {
    const r = spawnSync(process.execPath, ["bin/gaptrace.js", "validate", "examples/studies/training.study.yaml"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("examples/studies/training.study.yaml: valid");
  });

  it("passes the exit code through", () => {
    const r = spawnSync(process.execPath, ["bin/gaptrace.js", "validate", "no-such-file.yaml"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain("no-such-file.yaml does not exist");
  });
});
