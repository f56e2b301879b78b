/**
 * The 0.1 CSV driver on csv-parse's runtime-neutral browser build ({@link data!browserCsvDriver}): what
 * `#csv-parse-driver` (package.json `imports`) resolves to in bundlers, Deno and browsers, built to a dist file of
 * its own. csv-parse's browser build runs code when it is imported, so a bundler keeps all of it wherever it is
 * imported: kept apart, a user's bundle that never reads CSV the 0.1 way leaves csv-parse out. Plain Node gets
 * node/csv-parse-lazy.ts instead (csv-parse's Node build, required on first use). Its types are written out here
 * rather than imported from source.ts (which imports this module), and source.ts checks them against `CsvDriver`.
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
