import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as stats from "../../src/stats/index.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "stats");
const ownFiles = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("src/stats/index.ts", () => {
  it("re-exports every public file of src/stats (one function per file)", () => {
    const index = readFileSync(join(dir, "index.ts"), "utf8");
    for (const f of ownFiles) {
      if (f === "index.ts" || f.startsWith("_")) continue;
      expect(index, `${f} is not re-exported`).toContain(`"./${f.replace(/\.ts$/, ".js")}"`);
    }
    for (const name of ["estimateMean", "mergeMoments", "normalQuantile", "studentTQuantile", "allocateQuotas"]) {
      expect(typeof (stats as Record<string, unknown>)[name]).toBe("function");
    }
  });
  it("uses no Node-only module (runs in Node, Deno and browsers)", () => {
    for (const f of ownFiles) {
      const src = readFileSync(join(dir, f), "utf8");
      expect(src, f).not.toMatch(/from "node:|require\(|\bprocess\.|\bBuffer\b/);
    }
  });
  it("documents every public function with an @example and every statistic with its source", () => {
    for (const f of ownFiles) {
      if (f === "index.ts" || f.startsWith("_")) continue;
      const src = readFileSync(join(dir, f), "utf8");
      const fns = src.match(/^export function \w+/gm) ?? [];
      for (const fn of fns) {
        const at = src.indexOf(fn);
        const doc = src.slice(src.lastIndexOf("/**", at), at);
        expect(doc, `${f}: ${fn}`).toContain("@example");
        expect(doc, `${f}: ${fn}`).toContain("@returns");
      }
    }
  });
});
