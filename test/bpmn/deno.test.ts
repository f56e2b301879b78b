/**
 * gaptrace/bpmn is runtime-neutral: Deno runs the sources (no Node built-in), reads a real BPMN file and round-trips
 * the training study, and gets what Node gets. The built package's Deno and browser checks are in
 * test/package/pack.test.ts; this one needs no build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bpmnMapping, importBpmn, renderBpmn } from "../../src/bpmn/index.js";
import { readStudyText } from "../../src/study/load.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const scoped = join(ROOT, "node_modules/@deno");
const DENO = [process.env["DENO"], join(ROOT, "node_modules/deno/deno"), ...(existsSync(scoped) ? readdirSync(scoped).map((d) => join(scoped, d, "deno")) : [])].find(
  (c): c is string => c !== undefined && c !== "" && existsSync(c),
);

/** The same summary in both runtimes: the invoice import's problem codes and hand-offs, and the round trip's study. */
const SCRIPT = (src: string): string => `
import { bpmnMapping, importBpmn, renderBpmn } from "${src}/bpmn/index.ts";
import { readStudyText } from "${src}/study/load.ts";
const read = (f) => Deno.readTextFile(f);
const invoice = await importBpmn(await read("test/fixtures/bpmn/camunda-invoice-v2.bpmn"), { file: "invoice.bpmn" });
const study = readStudyText(await read("examples/studies/training.study.yaml"));
const back = await importBpmn(renderBpmn(study, undefined, { lang: "zh" }), { mapping: JSON.parse(JSON.stringify(bpmnMapping(study, { lang: "zh" }))) });
console.log(JSON.stringify({ codes: invoice.problems.map((p) => p.code + "@" + p.location?.line), handoffs: invoice.draft.blueprints[0].handoffs, ok: back.ok, steps: back.report.study.blueprints[0].steps }));
`;

describe.skipIf(DENO === undefined)("gaptrace/bpmn in Deno", () => {
  it("reads a real BPMN file and round-trips a study as Node does", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-bpmn-deno-"));
    try {
      writeFileSync(join(dir, "probe.ts"), SCRIPT(join(ROOT, "src")));
      const out = execFileSync(DENO!, ["run", "--node-modules-dir=manual", "--unstable-sloppy-imports", "--allow-read", "--allow-env", join(dir, "probe.ts")], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, DENO_DIR: join(dir, "cache"), DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
      });
      const deno = JSON.parse(out.trim().split("\n").pop() ?? "{}") as unknown;
      const invoice = await importBpmn(readFileSync(join(ROOT, "test/fixtures/bpmn/camunda-invoice-v2.bpmn"), "utf8"), { file: "invoice.bpmn" });
      const study = readStudyText(readFileSync(join(ROOT, "examples/studies/training.study.yaml"), "utf8"));
      const back = await importBpmn(renderBpmn(study, undefined, { lang: "zh" }), { mapping: JSON.parse(JSON.stringify(bpmnMapping(study, { lang: "zh" }))) });
      const node = {
        codes: invoice.problems.map((p) => `${p.code}@${String(p.location?.line)}`),
        handoffs: (invoice.draft?.["blueprints"] as { handoffs: unknown }[])[0]?.handoffs,
        ok: back.ok,
        steps: back.report?.study?.blueprints[0]?.steps,
      };
      expect(node.ok).toBe(true);
      expect(deno).toEqual(JSON.parse(JSON.stringify(node)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
