/** The command line's own checks: an empty path, an empty path flag, and ids a study does not have (issue 11). */
import { describe, expect, it } from "vitest";
import { hasStack, run, TRAINING } from "../helpers.js";

describe("argument checks shared by the commands", () => {
  it("an empty study path is a usage error (exit 2) that says the path is empty", async () => {
    for (const command of ["validate", "questionnaire", "plan"]) {
      const r = await run([command, ""]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`gaptrace ${command}: the <study> path is empty.\n  → Give the path of the study file, e.g. gaptrace ${command} examples/studies/training.study.yaml.\n`);
    }
  });

  it("an empty path flag is a usage error naming the flag", async () => {
    const r = await run(["attribute", TRAINING, "-r", "x.csv", "--out", ""]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("gaptrace attribute: --out is empty: it needs a path.");
    expect((await run(["attribute", TRAINING, "-r", "x.csv", "--cases", " "])).stderr).toContain("gaptrace attribute: --cases is empty: it needs a path.");
  });

  it("an id flag naming nothing in the study lists the valid ids (exit 2), in every command", async () => {
    const cases: [string[], string, string][] = [
      [["questionnaire", TRAINING, "--post", "nobody"], `--post "nobody" names no post in ${TRAINING}.`, "Use the id of a post (organisation.posts): cashier, billing_clerk, meter_tech, it_engineer."],
      [["plan", TRAINING, "--theme", "outage"], `--theme "outage" names no theme in ${TRAINING}.`, "Use the id of a theme (themeMap.themes): reconnect."],
      [["plan", TRAINING, "--population", "outage=200"], `--population "outage" names no theme in ${TRAINING}.`, "Use the id of a theme (themeMap.themes): reconnect."],
      [["walkthrough", TRAINING, "--customer", "outage"], `--customer "outage" names no theme with a blueprint in ${TRAINING}.`, "(blueprints[].theme): reconnect."],
      [["walkthrough", TRAINING, "--department", "__proto__"], `--department "__proto__" names no department in ${TRAINING}.`, "service_centre, marketing, it_centre."],
    ];
    for (const [args, message, hint] of cases) {
      const r = await run(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(`gaptrace ${args[0]}: ${message}`);
      expect(r.stderr).toContain(hint);
      expect(r.stderr).not.toContain("gaptrace/");
      expect(hasStack(r.stderr)).toBe(false);
    }
  });
});
