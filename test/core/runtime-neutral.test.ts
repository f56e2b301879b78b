/**
 * The core entry point runs in Node, Deno and browsers: no Node-only module anywhere in what `gaptrace` imports.
 * Checked two ways: no source file outside src/node and src/cli names a Node module, and esbuild can bundle the
 * core for the browser platform (it fails on any import of a Node built-in).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));
const NODE_ONLY = new Set(["src/node", "src/cli"]);

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

  it("esbuild bundles the core entry point for the browser", async () => {
    const result = await build({
      entryPoints: [join(SRC, "index.ts")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
      conditions: ["source"],
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text.length).toBeGreaterThan(100_000);
  });
});
