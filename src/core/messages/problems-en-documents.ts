/**
 * The English text of the problem codes of reading files and documents (`file/unreadable`, `parse/*`, a report
 * document of another format: `schema/version`). A module that
 * makes these problems imports this table, so a bundle carries the texts of the codes its code can raise
 * (problems-en.ts joins every family's table for {@link problem} and {@link problemText}). The Chinese text is beside
 * it in problems-zh-documents.ts, with the same codes (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { tEn as t, unreadableWhy, parseEn as parse } from "./problems-en-words.js";

/** English text of the codes of reading files and documents: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const DOCUMENTS_EN = {
  "file/unreadable": (p) => t(`The ${p.what} file ${p.file} ${unreadableWhy(p.reason, p.detail)}.`, "Check the path (relative paths are resolved from the current folder)."),
  "parse/not-text": (p) => (p.source === "study" ? t("The study is not text.", "Pass the file's contents as a string.") : t("loadMeasuresText: the catalogue is not text.", "Pass the file's contents as a string.")),
  "parse/encoding": (p) =>
    t(
      `The ${p.source === "study" ? "study" : p.source === "data" ? "data description" : "measures catalogue"} file is not valid ${p.encoding} text, first on this line${p.candidates.length > 0 ? ` (it reads without error as ${p.candidates.join(", ")})` : ""}.`,
      "Save the file as UTF-8 (in most editors: Save As → Encoding: UTF-8), then load it again.",
    ),
  "parse/json": parse("json"),
  "parse/yaml": parse("yaml"),
  "schema/version": (p) => t(`readReportJson: the report is ${p.found}, not ${p.expected}.`, "Write the report again with this version's renderJson (gaptrace attribute)."),
} satisfies Partial<ProblemTable>;
