/**
 * The 0.1 CSV driver (`browserCsvDriver`, removed in 0.3) for plain Node, with csv-parse loaded on first use: what
 * `#csv-parse-driver` (package.json `imports`) resolves to where the `node-addons` condition holds, which Node
 * itself sets and bundlers do not (they, Deno and browsers get data/csv-parse-driver.ts, csv-parse's browser build
 * imported statically). csv-parse's browser build is 200 KB that every `import("gaptrace")` compiled, for a driver
 * the readers no longer use; here Node's own build of the same csv-parse is required when a driver is first made,
 * and records are taken in `on_record` exactly as in the browser build (test/node/csv-parse-lazy.test.ts compares
 * the two on the same text). Unlike the browser build, Node's takes byte chunks (a byte-order mark deciding UTF-8
 * or UTF-16), as `nodeCsvDriver` does.
 * Since 0.3 nothing imports it: the 0.1 CSV reader path it served (`CsvCollector`, `browserCsvDriver`,
 * `nodeCsvDriver`, the readers' `driver` argument) was deprecated in 0.2 and removed. It stays only because
 * package.json `imports` still names it (`#csv-parse-driver`, `#csv-parse-node`) and scripts/build.mjs builds every
 * such target; delete it together with those two entries (and then the csv-parse dependency, which only tests use).
 * @module
 * @internal
 */
import { createRequire } from "node:module";
import type { csvParseBrowserDriver as Driver } from "../data/csv-parse-driver.js";

type Parse = (options: Record<string, unknown>) => ReturnType<typeof Driver>;
type CsvParseModule = typeof import("csv-parse");
let loaded: CsvParseModule | undefined;

/**
 * csv-parse's Node build, required the first time it is asked for: what `#csv-parse-node` gives `nodeCsvDriver` in
 * plain Node (node/csv-parse-static.ts, a static import, everywhere else, so that a bundle of gaptrace/node keeps
 * csv-parse).
 *
 * @returns the csv-parse module.
 * @internal
 */
export function csvParseNode(): CsvParseModule {
  loaded ??= createRequire(import.meta.url)("csv-parse") as CsvParseModule;
  return loaded;
}

/**
 * csv-parse's `parse`, from its Node build required on first use.
 *
 * @returns csv-parse's `parse`.
 * @internal
 */
export function csvParse(): Parse {
  return csvParseNode().parse as unknown as Parse;
}

/**
 * The 0.1 driver: records taken in `on_record` (which returns nothing, so the parser's readable side stays empty
 * and writes stay synchronous), skips in `on_skip`; the same options and callbacks as data/csv-parse-driver.ts.
 * @internal
 */
export const csvParseBrowserDriver: typeof Driver = (options, sink) =>
  csvParse()({
    ...options,
    on_record: (record: string[], ctx: { readonly lines: number; readonly empty_lines: number }) => {
      sink.record(record, ctx.lines, ctx.empty_lines);
      return undefined;
    },
    on_skip: (err: Error) => sink.skip(err),
  });
