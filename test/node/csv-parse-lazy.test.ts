/**
 * Plain Node's 0.1 CSV driver (`#csv-parse-driver` under the `node-addons` condition): csv-parse's Node build,
 * required when a driver is first made, gives what the browser build gives (data/csv-parse-driver.ts, which
 * bundlers, Deno and browsers get) on the same input: the same records with the same lines, the same skipped
 * stretches. That `import("gaptrace")` no longer loads csv-parse in plain Node is checked on the packed package
 * (test/package/pack.test.ts).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { csvParse, csvParseBrowserDriver as lazyDriver } from "../../src/node/csv-parse-lazy.js";
import { csvParseBrowserDriver as browserDriver } from "../../src/data/csv-parse-driver.js";
import { CsvCollector } from "../../src/data/source.js";

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
  "a byte order mark and Chinese text split inside a character": {
    chunks: (() => {
      const bytes = encoder.encode("\uFEFF岗位,评分\n调度员,4\n抢修班组,3\n");
      return [bytes.subarray(0, 5), bytes.subarray(5, 17), bytes.subarray(17)];
    })(),
  },
  "semicolons": { chunks: ["a;b\n1;2\n"], delimiter: ";" },
};

describe("plain Node's 0.1 CSV driver (csv-parse required on first use)", () => {
  for (const [name, { chunks, delimiter }] of Object.entries(inputs)) {
    it(`gives what the browser build gives: ${name}`, () => {
      const browser = collect(browserDriver, chunks, delimiter);
      expect(browser.length).toBeGreaterThan(0);
      expect(collect(lazyDriver, chunks, delimiter)).toEqual(browser);
    });
  }

  it("reads bytes in both builds, a character split between chunks kept whole (the browser build refused bytes before)", () => {
    const { chunks } = inputs["a byte order mark and Chinese text split inside a character"]!;
    const expected = [
      { kind: "header", line: 1, columns: ["岗位", "评分"] },
      { kind: "cells", line: 2, cells: ["调度员", "4"] },
      { kind: "cells", line: 3, cells: ["抢修班组", "3"] },
    ];
    expect(collect(browserDriver, chunks)).toEqual(expected);
    expect(collect(lazyDriver, chunks)).toEqual(expected);
  });

  it("is csv-parse's Node build, required once", () => {
    expect(csvParse()).toBe((createRequire(import.meta.url)("csv-parse") as { parse: unknown }).parse);
    expect(csvParse()).toBe(csvParse());
  });
});
