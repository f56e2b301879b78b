/**
 * gaptrace/bpmn in a browser: the sources bundled by esbuild for the browser (no Node built-in can slip in: the
 * bundle would not build) run in Debian's chromium over the DevTools protocol, import a real BPMN file and
 * round-trip the training study, and get what Node gets. Without chromium it fails with how to install it, unless
 * GAPTRACE_SKIP_BROWSER=1 says to skip (as the report's browser test does).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { bpmnMapping, importBpmn, renderBpmn } from "../../src/bpmn/index.js";
import { readStudyText } from "../../src/study/load.js";
import { Browser, CHROMIUM } from "../reports/cdp.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const skip = process.env["GAPTRACE_SKIP_BROWSER"] === "1";
const present = existsSync(CHROMIUM);

const XML = readFileSync(join(ROOT, "test/fixtures/bpmn/camunda-invoice-v2.bpmn"), "utf8");
const STUDY = readStudyText(readFileSync(join(ROOT, "examples/studies/training.study.yaml"), "utf8"));

/** What both runtimes compute: the invoice import's problems and hand-offs, and the round trip of the study. */
const ENTRY = `
import { bpmnMapping, importBpmn, renderBpmn } from "./src/bpmn/index.ts";
const XML = ${JSON.stringify(XML)};
const STUDY = ${JSON.stringify(STUDY)};
(async () => {
  const invoice = await importBpmn(XML, { file: "invoice.bpmn" });
  const back = await importBpmn(renderBpmn(STUDY, undefined, { lang: "zh" }), { mapping: JSON.parse(JSON.stringify(bpmnMapping(STUDY, { lang: "zh" }))) });
  window.__result = JSON.stringify({ codes: invoice.problems.map((p) => p.code + "@" + p.location?.line), handoffs: invoice.draft.blueprints[0].handoffs, ok: back.ok, steps: back.report.study.blueprints[0].steps });
})().catch((e) => (window.__result = "ERROR " + String(e && e.stack || e)));
`;

describe.skipIf(skip && !present)("gaptrace/bpmn in chromium", () => {
  it("imports a real BPMN file and round-trips a study as Node does", async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing. Install it with: apt-get update && apt-get install -y chromium (or set GAPTRACE_SKIP_BROWSER=1 to skip this test).`);
    const bundle = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: "ts" }, bundle: true, format: "esm", platform: "browser", conditions: ["source"], write: false, logLevel: "silent" });
    const code = bundle.outputFiles[0]!.text.replace(/<\/script/gi, "<\\/script");
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-bpmn-browser-"));
    const browser = Browser.launch();
    try {
      const file = join(dir, "bpmn.html");
      writeFileSync(file, `<!doctype html><meta charset="utf-8"><title>bpmn</title><script type="module">${code}</script>`);
      const { session, log } = await browser.open(pathToFileURL(file).href, 800);
      let result: string | null = null;
      for (let i = 0; i < 600 && result === null; i++) {
        result = await browser.evaluate<string | null>(session, "window.__result ?? null");
        if (result === null) await new Promise((r) => setTimeout(r, 50));
      }
      expect(log.exceptions).toEqual([]);
      expect(result?.startsWith("ERROR")).toBe(false);
      const invoice = await importBpmn(XML, { file: "invoice.bpmn" });
      const back = await importBpmn(renderBpmn(STUDY, undefined, { lang: "zh" }), { mapping: JSON.parse(JSON.stringify(bpmnMapping(STUDY, { lang: "zh" }))) });
      const node = {
        codes: invoice.problems.map((p) => `${p.code}@${String(p.location?.line)}`),
        handoffs: (invoice.draft?.["blueprints"] as { handoffs: unknown }[])[0]?.handoffs,
        ok: back.ok,
        steps: back.report?.study?.blueprints[0]?.steps,
      };
      expect(node.ok).toBe(true);
      expect(JSON.parse(result ?? "null")).toEqual(JSON.parse(JSON.stringify(node)));
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
