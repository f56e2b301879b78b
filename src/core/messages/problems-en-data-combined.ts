/**
 * The English text of the data codes raised where loaded data are combined, read back or read in SQL, not while one
 * source is read: `combineResponses` (`data/respondent-in-two-sources`), `aggregateFromJSON` (`data/aggregate-json`)
 * and the DuckDB first pass (`data/sql-not-utf8`). They are a family of their own, apart from problems-en-data.ts,
 * so a bundle that only reads responses (`collectResponses`) does not carry these texts. The Chinese text is beside
 * it in problems-zh-data-combined.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { tEn as t } from "./problems-en-words.js";

/** English text of the data codes of combined, read-back and SQL data: a plain object (no calls at its top level),
 * so a bundle that raises none of these codes leaves it out. */
export const DATA_COMBINED_EN = {
  "data/respondent-in-two-sources": (p) =>
    t(
      `${p.count === 1 ? "One respondent id appears" : `${p.count} respondent ids appear`} in more than one source (first: "${p.respondent}" of wave "${p.wave}", in sources ${p.first} and ${p.second}); each source's respondents are read as different people.`,
      "Nothing to do when the sources are different populations (customers and staff numbered from 1 in each export). If they are the same people in files of one layout, list the files under one source (files: [...]) so their answers join.",
    ),
  "data/sql-not-utf8": (p) =>
    t(
      `The file is not UTF-8 text, and DuckDB reads CSV files as UTF-8 only${p.candidates.length > 0 ? `; it reads without error as ${p.candidates.join(", ")}` : ""}.`,
      `Transcode it to UTF-8 first (e.g. iconv -f ${p.candidates[0] ?? "gb18030"} -t utf-8 in.csv > out.csv) and run the SQL first pass on the copy, or read the file in process with options.encoding (--encoding ${p.candidates[0] ?? "gb18030"}).`,
    ),
  "data/aggregate-json": (p) => ("cell" in p ? t(`Cell ${p.cell} appears twice.`, "Each question × wave × segment has one cell.") : t(p.detail, "Pass data written by aggregateToJSON (format gaptrace/aggregate@1).")),
} satisfies Partial<ProblemTable>;
