import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { DocPath } from "../../src/core/problem.js";
import { parseLocated } from "../../src/study/located.js";

/** Every path of a value, and beside each a key that is not there. */
function paths(v: unknown, at: DocPath = []): DocPath[] {
  const out: DocPath[] = [at, [...at, "no-such-key"]];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

/** The JSON route and the YAML reader place every path (and unknown keys) alike. */
function sameLocations(text: string): void {
  const json = parseLocated(text, { file: "s.json", format: "json" }, "study");
  const yaml = parseLocated(text, { file: "s.json", format: "yaml" }, "study");
  expect(json.ok && yaml.ok).toBe(true);
  if (!json.ok || !yaml.ok) return;
  expect(json.raw).toEqual(yaml.raw);
  for (const p of paths(json.raw)) {
    expect(json.locate(p), JSON.stringify(p)).toEqual(yaml.locate(p));
    const keys = Object.keys((p.reduce<unknown>((v, s) => (v as Record<string | number, unknown> | undefined)?.[s], json.raw) ?? {}) as object).slice(-1);
    expect(json.locate(p, keys)).toEqual(yaml.locate(p, keys));
  }
}

describe("locating paths in a JSON study without the YAML reader", () => {
  const study = parse(readFileSync(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url), "utf8")) as unknown;

  it("gives the YAML reader's locations, indented or on one line", () => {
    sameLocations(JSON.stringify(study, null, 2));
    sameLocations(JSON.stringify(study));
    sameLocations(`\r\n  ${JSON.stringify({ a: [1, { 'b"c': null, d: "x\ny" }], e: -1.5e3 }, null, "\t").replace(/\n/g, "\r\n")}  \r\n`);
  });

  it("for any JSON value", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (v, pretty) => sameLocations(JSON.stringify(v, null, pretty ? 2 : undefined))), { numRuns: 200 });
  });

  it("leaves a key given twice to the YAML reader, which refuses it", () => {
    const doc = parseLocated('{"a": 1, "a": 2}', { file: "s.json" }, "study");
    expect(doc.ok).toBe(false);
  });
});
