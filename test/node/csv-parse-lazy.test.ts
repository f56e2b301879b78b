/**
 * Plain Node's 0.1 CSV driver (`#csv-parse-driver` under the `node-addons` condition): csv-parse's Node build,
 * required when a driver is first made, gives what the browser build gives (data/csv-parse-driver.ts, which
 * bundlers, Deno and browsers get) on the same text: the same records with the same lines, the same skipped
 * stretches; and it reads byte chunks as `nodeCsvDriver` does, where the browser build refuses them. That `import("gaptrace")` no longer loads csv-parse in plain Node is checked on the packed package
 * (test/package/pack.test.ts).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { csvParse, csvParseBrowserDriver as lazyDriver } from "../../src/node/csv-parse-lazy.js";
import { csvParseBrowserDriver as browserDriver } from "../../src/data/csv-parse-driver.js";
import { CsvCollector } from "../../src/data/source.js";
import { nodeCsvDriver } from "../../src/node/data.js";

const encoder = new TextEncoder();

/** Every item a collector gives for some chunks, pushed in order, then ended. */
function collect(driver: typeof browserDriver, chunks: readonly (string | Uint8Array)[], delimiter?: string): unknown[] {
  const c = new CsvCollector(driver, delimiter === undefined ? {} : { delimiter });
  return [...chunks.flatMap((chunk) => c.push(chunk)), ...c.end()];
}

const inputs: Record<string, { chunks: (string | Uint8Array)[]; delimiter?: string }> = {
  "plain rows": { chunks: ["respondent,question,value\nr1,q1,4\nr2,q1,5\n"] },
  "quoted fields with a comma, a quote and a line break": { chunks: ['id,text\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n'] },
  "empty lines and a last row without a line break": { chunks: ["a,b\n\n1,2\n\n\n3,4"] },
  "a row with too many fields, skipped": { chunks: ["a,b\n1,2\n1,2,3\n4,5\n"] },
  "an unclosed quote": { chunks: ['a,b\n1,2\n3,"open\n5,6\n'] },
  "a byte order mark and Chinese text": { chunks: ["\uFEFF岗位,评分\n调度员,4\n", "抢修班组,3\n"] },
  "semicolons": { chunks: ["a;b\n1;2\n"], delimiter: ";" },
};

/** Byte chunks: a UTF-8 byte-order mark and Chinese text split inside a character; UTF-16LE with its mark. */
const bytes: Record<string, Uint8Array[]> = {
  "UTF-8, a character split between chunks": (() => {
    const b = encoder.encode("\uFEFF岗位,评分\n调度员,4\n抢修班组,3\n");
    return [b.subarray(0, 5), b.subarray(5, 17), b.subarray(17)];
  })(),
  "UTF-16LE with its byte-order mark": (() => {
    const text = "\uFEFFa,b\n1,2\n";
    const b = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      b[2 * i] = text.charCodeAt(i) & 0xff;
      b[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    return [b];
  })(),
};

describe("plain Node's 0.1 CSV driver (csv-parse required on first use)", () => {
  for (const [name, { chunks, delimiter }] of Object.entries(inputs)) {
    it(`gives what the browser build gives: ${name}`, () => {
      const browser = collect(browserDriver, chunks, delimiter);
      expect(browser.length).toBeGreaterThan(0);
      expect(collect(lazyDriver, chunks, delimiter)).toEqual(browser);
    });
  }

  for (const [name, chunks] of Object.entries(bytes)) {
    it(`reads bytes as nodeCsvDriver does (csv-parse's Node build): ${name}`, () => {
      const items = collect(lazyDriver, chunks);
      expect(items.filter((i) => (i as { kind: string }).kind === "malformed")).toEqual([]);
      expect(items).toEqual(collect(nodeCsvDriver, chunks));
    });
  }

  it("reads the split UTF-8 characters whole; the browser build refuses bytes (as it always has: decode them first)", () => {
    const chunks = bytes["UTF-8, a character split between chunks"]!;
    expect(collect(lazyDriver, chunks)).toEqual([
      { kind: "header", line: 1, columns: ["岗位", "评分"] },
      { kind: "cells", line: 2, cells: ["调度员", "4"] },
      { kind: "cells", line: 3, cells: ["抢修班组", "3"] },
    ]);
    expect(collect(browserDriver, chunks)).toMatchObject([{ kind: "malformed", line: 1 }]);
  });

  it("is csv-parse's Node build, required once", () => {
    expect(csvParse()).toBe((createRequire(import.meta.url)("csv-parse") as { parse: unknown }).parse);
    expect(csvParse()).toBe(csvParse());
  });
});
