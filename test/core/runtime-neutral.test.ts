/**
 * The core entry points run in Node, Deno and browsers: no Node-only module anywhere in what `gaptrace` and its
 * subpaths (`gaptrace/stats`, `gaptrace/reports`, … every entry of package.json `exports` but `gaptrace/node` and `gaptrace/sql`)
 * import. Checked two ways: no source file outside src/node, src/cli and src/sql names a Node module, and esbuild can
 * bundle each core entry point for the browser platform (it fails on any import of a Node built-in).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// gaptrace/sql drives Node engines (DuckDB's native bindings, pg); its SQL generator is core (src/data/sql).
const NODE_ONLY_ENTRIES = new Set(["./node", "./sql"]);

/** The core entry points of package.json `exports` (subpath → source file), every one but `gaptrace/node`. */
function coreEntries(): [string, string][] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, string | { source?: string }> };
  return Object.entries(pkg.exports).flatMap(([key, value]) =>
    typeof value === "object" && value.source !== undefined && !NODE_ONLY_ENTRIES.has(key) ? [[key, join(ROOT, value.source)] as [string, string]] : [],
  );
}
const NODE_ONLY = new Set(["src/node", "src/cli", "src/sql"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("the core is runtime-neutral", () => {
  it("no core file imports a Node module or uses process/Buffer", () => {
    const offenders: string[] = [];
    for (const f of files(SRC)) {
      const rel = f.slice(SRC.length - "src/".length);
      if ([...NODE_ONLY].some((d) => rel.startsWith(`${d}/`))) continue;
      const text = readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
      if (/from\s+["'](node:|fs|path|os|stream|child_process|url|util)["'/]/.test(text)) offenders.push(`${rel}: imports a Node module`);
      if (/\bprocess\.(env|exit|argv|cwd|stdout|stderr|versions?|platform|memoryUsage|hrtime|nextTick)\b|\bBuffer\.(from|alloc|concat|isBuffer)\b/.test(text)) offenders.push(`${rel}: uses process or Buffer`);
    }
    expect(offenders).toEqual([]);
  });

  it("package.json lists the root and the subpaths as core entry points", () => {
    const keys = coreEntries().map(([key]) => key);
    expect(keys).toContain(".");
    expect(keys).toEqual(expect.arrayContaining(["./stats", "./reports", "./blueprint", "./notebook", "./walkthrough"]));
  });

  it.each(coreEntries())("esbuild bundles the core entry point %s for the browser", async (_, entry) => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      conditions: ["source"],
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(1_000);
  });
});
