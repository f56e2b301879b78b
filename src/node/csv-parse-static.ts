/**
 * csv-parse's Node build, imported statically: what `#csv-parse-node` (package.json `imports`) gives `nodeCsvDriver`
 * in bundlers and Deno, so that a bundle of gaptrace/node that uses the driver keeps csv-parse. Plain Node gets
 * node/csv-parse-lazy.ts instead (csv-parse required on first use).
 * Since 0.3 nothing imports it: the 0.1 CSV reader path it served (`CsvCollector`, `browserCsvDriver`,
 * `nodeCsvDriver`, the readers' `driver` argument) was deprecated in 0.2 and removed. It stays only because
 * package.json `imports` still names it (`#csv-parse-driver`, `#csv-parse-node`) and scripts/build.mjs builds every
 * such target; delete it together with those two entries (and then the csv-parse dependency, which only tests use).
 * @module
 * @internal
 */
import * as csvParse from "csv-parse";

/**
 * The csv-parse module.
 *
 * @returns the csv-parse module.
 * @internal
 */
export function csvParseNode(): typeof csvParse {
  return csvParse;
}
