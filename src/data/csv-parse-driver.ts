/**
 * The 0.1 CSV driver on csv-parse's runtime-neutral browser build (`browserCsvDriver`, removed in 0.3): what
 * `#csv-parse-driver` (package.json `imports`) resolves to in bundlers, Deno and browsers, built to a dist file of
 * its own. csv-parse's browser build runs code when it is imported, so a bundler keeps all of it wherever it is
 * imported: kept apart, a user's bundle that never reads CSV the 0.1 way leaves csv-parse out. Plain Node gets
 * node/csv-parse-lazy.ts instead (csv-parse's Node build, required on first use).
 * Since 0.3 nothing imports it: the 0.1 CSV reader path it served (`CsvCollector`, `browserCsvDriver`,
 * `nodeCsvDriver`, the readers' `driver` argument) was deprecated in 0.2 and removed. It stays only because
 * package.json `imports` still names it (`#csv-parse-driver`, `#csv-parse-node`) and scripts/build.mjs builds every
 * such target; delete it together with those two entries (and then the csv-parse dependency, which only tests use).
 * @module
 * @internal
 */
import { parse as parseCsvBrowser } from "csv-parse/browser/esm";

/** The csv-parse record context fields we read. */
interface CsvContext {
  readonly lines: number;
  readonly empty_lines: number;
}

/** The parser the driver makes (source.ts's `CsvParserLike`). */
interface Parser {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
  on(event: "error", listener: (err: Error) => void): unknown;
}

/** Where records and skips go (source.ts's `CsvSink`). */
interface Sink {
  record(fields: string[], endLine: number, emptyLines: number): void;
  skip(err: Error & { code?: string; lines?: number; empty_lines?: number }): void;
}

/**
 * The runtime-neutral driver: csv-parse's browser build, records taken in `on_record` (which returns nothing, so
 * the parser's readable side stays empty and writes stay synchronous).
 * @internal
 */
export const csvParseBrowserDriver = (options: Record<string, unknown>, sink: Sink): Parser =>
  (parseCsvBrowser as unknown as (o: Record<string, unknown>) => Parser)({
    ...options,
    on_record: (record: string[], ctx: CsvContext) => {
      sink.record(record, ctx.lines, ctx.empty_lines);
      return undefined;
    },
    on_skip: (err: Error) => sink.skip(err),
  });
