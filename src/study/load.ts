/**
 * Reading a study from text (YAML or JSON) with file, line and column on every problem. Runtime-neutral: the
 * caller supplies the text; `gaptrace/node` adds reading from disk.
 * @module
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import { ValidationError } from "../core/errors.js";
import { hasCode, problem, type DocPath, type Problem, type SourceLocation } from "../core/problem.js";
import type { Study } from "../model/study.js";
import { validateStudy, type StudyReport } from "./validate/index.js";

/** The text formats of a study file. */
export type StudyFormat = "yaml" | "json";

/** Options of {@link loadStudyText}. */
export interface LoadStudyOptions {
  /** The file name to put in problem locations. */
  readonly file?: string;
  /** The format; guessed from the file name (`.json`) or the first character (`{`) when left out. */
  readonly format?: StudyFormat;
}

function guessFormat(text: string, file: string | undefined): StudyFormat {
  if (file !== undefined) return /\.json$/i.test(file) ? "json" : "yaml";
  return /^\s*[{[]/.test(text) ? "json" : "yaml";
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) ((line += 1), (last = i));
  return { line, column: offset - last };
}

function loc(file: string | undefined, pos: { line: number; column?: number; col?: number } | undefined): SourceLocation {
  const column = pos?.column ?? pos?.col;
  return {
    ...(file !== undefined ? { file } : {}),
    ...(pos !== undefined ? { line: pos.line } : {}),
    ...(column !== undefined ? { column } : {}),
  };
}

/**
 * Find the source offset of the deepest node along a path: a scalar value at itself, a map or list value at its
 * key (`clock:`), not at its first line; for unknown-key problems, at the unknown key itself.
 */
function offsetOf(doc: Document, path: DocPath, keys?: readonly string[]): number | undefined {
  let node: unknown = doc.contents;
  let best: number | undefined = isNode(node) ? node.range?.[0] : undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair === undefined) break; // the key is missing: keep the parent's position
      if (isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
      node = pair.value;
      // A wrong scalar is pointed at itself (`owner: clerck` → at "clerck"); a structure at its key.
      if (isScalar(node) && node.range) best = node.range[0];
    } else if (isSeq(node) && typeof seg === "number") {
      const item: unknown = node.items[seg];
      if (!isNode(item)) break;
      if (item.range) best = item.range[0];
      node = item;
    } else break;
  }
  if (keys !== undefined && keys.length > 0 && isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && keys.includes(String(p.key.value)));
    if (pair !== undefined && isScalar(pair.key) && pair.key.range) best = pair.key.range[0];
  }
  return best;
}

/**
 * The problem of a study that is not valid JSON, or `undefined` when it parses. V8 gives a position for most
 * mistakes; a file cut off in the middle ("Unexpected end of JSON input") has none, so it is located at the end of
 * its text, where the JSON stops.
 */
function jsonProblem(text: string, file: string | undefined): Problem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const truncated = /end of (JSON )?input/i.test(msg);
    const pos = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : m ? lineCol(text, Number(m[1])) : lineCol(text, text.trimEnd().length);
    return { ...problem("parse/json", "error", [], { source: "study", stage: "json", detail: msg, ...(truncated ? { truncated } : {}) }), location: loc(file, pos) };
  }
}

/**
 * Aliases (`*name`) with no anchor (`&name`) before them, each located at the alias. The yaml package only notices
 * them when it converts the document, with no position, so they are looked for first.
 */
function unresolvedAliases(doc: Document, lineCounter: LineCounter, file: string | undefined): Problem[] {
  const out: Problem[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return;
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      out.push({ ...problem("parse/yaml", "error", [], { source: "study", stage: "alias", alias: node.source }), location: loc(file, pos) });
    },
  });
  return out;
}

/**
 * Parse and validate a study from YAML or JSON text; never throws for a bad input.
 *
 * @param text - the file's text.
 * @param options - file name (for locations) and format.
 * @returns the validation report; every problem carries file, line and column where they can be known.
 * @example
 * ```ts
 * const report = loadStudyText(yamlText, { file: "outage.study.yaml" });
 * for (const p of report.problems) console.log(formatWhere(p), p.message);
 * ```
 */
export function loadStudyText(text: string, options: LoadStudyOptions = {}): StudyReport {
  const file = options.file;
  if (typeof text !== "string")
    return { ok: false, study: undefined, problems: [problem("parse/not-text", "error", [], { source: "study" })] };
  const format = options.format ?? guessFormat(text, file);
  // An empty .json file falls through to the YAML reader, which calls it empty rather than cut off.
  if (format === "json" && text.trim() !== "") {
    const bad = jsonProblem(text, file);
    if (bad !== undefined) return { ok: false, study: undefined, problems: [bad] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      study: undefined,
      problems: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
        return { ...problem(`parse/${format}`, "error", [], { source: "study", stage: "syntax", detail: err.message.split("\n")[0] ?? err.code, duplicateKey: err.code === "DUPLICATE_KEY" }), location: loc(file, pos) };
      }),
    };
  }
  const aliases = unresolvedAliases(doc, lineCounter, file);
  if (aliases.length > 0) return { ok: false, study: undefined, problems: aliases };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, study: undefined, problems: [{ ...problem("parse/yaml", "error", [], { source: "study", stage: "read", detail: e instanceof Error ? e.message : String(e) }), location: loc(file, undefined) }] };
  }
  const report = validateStudy(raw);
  const located = report.problems.map((p): Problem => {
    const keys = hasCode(p, "schema/unknown-key") && "keys" in p.params ? (p.params.keys ?? undefined) : undefined;
    const off = offsetOf(doc, p.path, keys);
    return { ...p, location: loc(file, off === undefined ? undefined : lineCounter.linePos(off)) };
  });
  return { ...report, problems: located };
}

/**
 * Parse and validate a study from text, or throw a {@link ValidationError} with located problems.
 *
 * @param text - the file's text.
 * @param options - file name and format.
 * @returns the validated study.
 * @example
 * ```ts
 * const study = readStudyText(await (await fetch("outage.study.yaml")).text(), { file: "outage.study.yaml" });
 * ```
 */
export function readStudyText(text: string, options: LoadStudyOptions = {}): Study {
  const report = loadStudyText(text, options);
  if (!report.ok || report.study === undefined)
    throw new ValidationError(`gaptrace/readStudyText: ${options.file ?? "the study"} is not valid.`, report.problems.filter((p) => p.severity === "error"));
  return report.study;
}
