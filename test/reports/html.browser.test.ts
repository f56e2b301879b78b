/**
 * The HTML report in a real browser: Debian's chromium (`/usr/bin/chromium`), driven over the DevTools protocol
 * through a pipe (no package, no port). Checks that the page loads without a console error or an exception,
 * requests nothing but itself, does not run a `<script>` smuggled in through a label, and writes screenshots to
 * out/test-artifacts/. Installs nothing: without chromium it fails with how to install it, unless
 * GAPTRACE_SKIP_BROWSER=1 says to skip.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtmlReport } from "../../src/reports/html-page.js";
import { Browser, CHROMIUM } from "./cdp.js";
import { HOSTILE, hostileRun, utilityRun } from "./fixture.js";

const skip = process.env.GAPTRACE_SKIP_BROWSER === "1";
const present = existsSync(CHROMIUM);
const ARTIFACTS = fileURLToPath(new URL("../../out/test-artifacts/", import.meta.url));
const WIDTH = 1280;

if (skip && !present) console.warn(`html.browser.test: skipped (GAPTRACE_SKIP_BROWSER=1 and no ${CHROMIUM}).`);

describe.skipIf(skip && !present)("the HTML report in chromium", () => {
  let browser: Browser | undefined;
  let dir = "";

  beforeAll(() => {
    if (!present)
      throw new Error(
        `${CHROMIUM} is missing. Install it with: apt-get update && apt-get install -y chromium fonts-noto-cjk ` +
          `(or set GAPTRACE_SKIP_BROWSER=1 to skip this test).`,
      );
    dir = mkdtempSync(join(tmpdir(), "gaptrace-report-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = Browser.launch();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  async function load(name: string, html: string) {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const b = browser as Browser;
    const page = await b.open(url, WIDTH);
    return { b, url, ...page };
  }

  it("loads without console errors, runs no injected script and fetches nothing else", async () => {
    const { study, result } = hostileRun();
    const { b, url, session, log } = await load("hostile.html", renderHtmlReport(result, study, { title: HOSTILE.step }));
    expect(log.exceptions).toEqual([]);
    expect(log.console.filter((m) => m.type === "error" || m.type === "warning")).toEqual([]);
    expect(log.logErrors).toEqual([]);
    expect(log.requests).toEqual([url]);
    const state = await b.evaluate<{ xss: unknown; title: string; scripts: number; imgs: number; shown: boolean }>(
      session,
      `({ xss: window.__gaptraceXss ?? null, title: document.title, scripts: document.scripts.length, imgs: document.images.length,
         shown: document.body.innerText.includes(${JSON.stringify(HOSTILE.step)}) })`,
    );
    expect(state.xss).toBeNull();
    expect(state.title.startsWith(HOSTILE.step)).toBe(true);
    expect(state.title).not.toBe("pwned");
    expect(state.scripts).toBe(0);
    expect(state.imgs).toBe(0);
    expect(state.shown).toBe(true);
  });

  it("renders in English and Chinese; screenshots go to out/test-artifacts", async () => {
    const { study, result } = utilityRun();
    for (const lang of ["en", "zh"] as const) {
      const { b, session, log } = await load(`report.${lang}.html`, renderHtmlReport(result, study, { lang }));
      expect(log.exceptions).toEqual([]);
      expect(log.console.filter((m) => m.type === "error")).toEqual([]);
      const layout = await b.evaluate<{ height: number; overflow: number; sections: number }>(
        session,
        `({ height: document.documentElement.scrollHeight, overflow: document.documentElement.scrollWidth - ${WIDTH},
            sections: document.querySelectorAll("main section h2").length })`,
      );
      // Nothing wider than the window: wide blueprints are fitted, tables wrap.
      expect(layout.overflow).toBeLessThanOrEqual(0);
      expect(layout.sections).toBeGreaterThanOrEqual(8);
      const png = await b.screenshot(session, WIDTH);
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      writeFileSync(join(ARTIFACTS, lang === "en" ? "report.png" : "report-zh.png"), png);
    }
    expect(existsSync(join(ARTIFACTS, "report.png"))).toBe(true);
  });
});
