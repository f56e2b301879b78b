import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { hasStack, ROOT, run, TRAINING } from "./helpers.js";

describe("gaptrace (top level)", () => {
  it("prints the help with every command and the exit codes", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: gaptrace <command> [options]");
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n  ${c.name} +${c.summary.replace(/[()]/g, "\\$&")}`));
    for (const code of ["0 ", "1 ", "2 ", "3 ", "70"]) expect(r.stdout).toContain(`\n  ${code}`);
    expect((await run(["-h"])).stdout).toBe(r.stdout);
    expect((await run(["help"])).stdout).toBe(r.stdout);
  });

  it("prints the version of package.json", async () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string };
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect((await run(["-V"])).stdout).toBe(r.stdout);
  });

  it("exits 2 with the help on standard error when no command is given", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Usage: gaptrace <command>");
  });

  it("exits 2 for an unknown command, suggesting a near one", async () => {
    const r = await run(["validat", TRAINING]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('gaptrace: unknown command "validat".');
    expect(r.stderr).toContain('Did you mean "validate"?');
    expect((await run(["--frobnicate"])).code).toBe(2);
  });

  it("has a help for every command, with usage, options and exit codes", async () => {
    for (const c of COMMANDS) {
      const r = await run([c.name, "--help"]);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout).toContain(`Usage: gaptrace ${c.name} `);
      expect(r.stdout).toContain("Exit codes:");
      expect(r.stdout).toContain("Example:");
      expect(r.stdout).toBe(c.help);
      // Every long option the command takes is documented in its help.
      for (const name of Object.keys(c.options)) expect(c.help, `${c.name} --${name}`).toContain(`--${name}`);
      expect((await run(["help", c.name])).stdout).toBe(c.help);
    }
  });

  it("exits 2 for an unknown flag or a missing argument, without a stack trace", async () => {
    const unknown = await run(["validate", TRAINING, "--nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("gaptrace validate: Unknown option '--nope'.");
    expect(unknown.stderr).toContain('Run "gaptrace validate --help"');
    expect(hasStack(unknown.stderr)).toBe(false);
    const typo = await run(["attribute", TRAINING, "--respones", "x.csv"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Did you mean --responses?");
    const missing = await run(["validate"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("gaptrace validate: missing <study>.");
    const extra = await run(["validate", TRAINING, "other.yaml"]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('unexpected argument "other.yaml"');
    const noValue = await run(["walkthrough", TRAINING, "--post"]);
    expect(noValue.code).toBe(2);
  });

  it("reports a bug as an internal error (70), with the stack only under --debug", async () => {
    const broken = { write: (): never => { throw new TypeError("the stream broke"); } };
    let err = "";
    const code = await main(["validate", TRAINING], { stdout: broken, stderr: { write: (t: string) => (err += t) }, cwd: ROOT });
    expect(code).toBe(70);
    expect(err).toContain("gaptrace validate: internal error: the stream broke");
    expect(err).toContain("please report it");
    expect(hasStack(err)).toBe(false);
    let debugErr = "";
    const code2 = await main(["validate", TRAINING, "--debug"], { stdout: broken, stderr: { write: (t: string) => (debugErr += t) }, cwd: ROOT });
    expect(code2).toBe(70);
    expect(hasStack(debugErr)).toBe(true);
  });
});
