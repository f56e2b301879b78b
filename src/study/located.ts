/**
 * Reading YAML or JSON text with a place for every path: the parsing and locating machinery shared by study files
 * and data descriptions. Syntax errors, undefined aliases and invalid JSON become located `parse/*` problems;
 * a parsed document can then say where any path (`responses.columns.respondent`) sits, as `file:line:column`.
 * @module
 */
import type { Document, LineCounter } from "yaml";
import { yamlModule } from "#yaml";
import { jsonLocator } from "./json-locate.js";
import type { DocPath, Problem, SourceLocation } from "../core/problem.js";
import { problemFrom } from "../core/problem-from.js";
import { DOCUMENTS_EN } from "../core/messages/problems-en-documents.js";

/** The text formats of a study or data description file. */
export type TextFormat = "yaml" | "json";

/** Which document is parsed: named in parse problems. */
export type LocatedSource = "study" | "data";

/** A parsed document: its value, and where each path of it sits in the text. */
export interface LocatedDocument {
  readonly ok: true;
  /** The document as plain JavaScript values. */
  readonly raw: unknown;
  /**
   * Where a path sits: a scalar at itself, a map or list at its key; with `keys`, at the first of those keys of
   * the map at the path (for unknown-key problems). File only when the path cannot be found at all.
   */
  readonly locate: (path: DocPath, keys?: readonly string[]) => SourceLocation;
}

/** Text that could not be parsed, with its located problems. */
export interface UnparsedDocument {
  readonly ok: false;
  readonly problems: Problem[];
}

function guessFormat(text: string, file: string | undefined): TextFormat {
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
  const { isMap, isNode, isPair, isScalar, isSeq } = yamlModule();
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
function jsonProblem(text: string, file: string | undefined, source: LocatedSource): Problem | { readonly raw: unknown } {
  try {
    return { raw: JSON.parse(text) as unknown };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const truncated = /end of (JSON )?input/i.test(msg);
    const pos = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : m ? lineCol(text, Number(m[1])) : lineCol(text, text.trimEnd().length);
    return { ...problemFrom(DOCUMENTS_EN, "parse/json", "error", [], { source, stage: "json", detail: msg, ...(truncated ? { truncated } : {}) }), location: loc(file, pos) };
  }
}

/**
 * Aliases (`*name`) with no anchor (`&name`) before them, each located at the alias. The yaml package only notices
 * them when it converts the document, with no position, so they are looked for first.
 */
function unresolvedAliases(doc: Document, lineCounter: LineCounter, file: string | undefined, source: LocatedSource): Problem[] {
  const { visit } = yamlModule();
  const out: Problem[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return;
      const pos = node.range ? lineCounter.linePos(node.range[0]) : undefined;
      out.push({ ...problemFrom(DOCUMENTS_EN, "parse/yaml", "error", [], { source, stage: "alias", alias: node.source }), location: loc(file, pos) });
    },
  });
  return out;
}

/**
 * Parse YAML or JSON text into a document that can locate its paths; never throws for a bad input.
 *
 * @param text - the file's text.
 * @param options - the file name (for locations) and format (guessed from the name, `.json`, or the first
 *   character, `{`, when left out).
 * @param source - which document it is, for the parse problems' words.
 * @returns the document with `locate`, or the located parse problems.
 * @example
 * ```ts
 * const doc = parseLocated("a:\n  b: 1\n", { file: "x.yaml" }, "data");
 * if (doc.ok) doc.locate(["a", "b"]); // { file: "x.yaml", line: 2, column: 6 }
 * ```
 */
export function parseLocated(text: string, options: { readonly file?: string | undefined; readonly format?: TextFormat | undefined }, source: LocatedSource): LocatedDocument | UnparsedDocument {
  const file = options.file;
  const format = options.format ?? guessFormat(text, file);
  // An empty .json file falls through to the YAML reader, which calls it empty rather than cut off.
  if (format === "json" && text.trim() !== "") {
    const parsed = jsonProblem(text, file, source);
    if (!("raw" in parsed)) return { ok: false, problems: [parsed] };
    // Valid JSON whose keys the YAML reader would take alike (no key twice in an object, none very long): its
    // value is JSON.parse's, and paths are located by a light index of the text made when a problem first asks
    // (src/study/json-locate.ts), placing them where the YAML reader does. The YAML document of a large study takes several times the memory and time of JSON.parse (a 6.6 MB
    // study: 720 MB peak and 16 s against 280 MB and 4 s, with validation).
    if (plainJsonKeys(text)) {
      const where = jsonLocator(text);
      return { ok: true, raw: parsed.raw, locate: (path, keys) => loc(file, where(path, keys)) };
    }
  }
  return parseYamlLocated(text, file, format, source);
}

/**
 * Whether valid JSON text has no object key twice and no key over 1,000 characters (where the YAML reader, which
 * refuses duplicate keys, would read it otherwise): one pass over the text, keys with escapes decoded.
 */
function plainJsonKeys(text: string): boolean {
  const stack: (Set<string> | undefined)[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) stack.push(new Set());
    else if (c === 91 /* [ */) stack.push(undefined);
    else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
    else if (c === 34 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < n && text.charCodeAt(j) !== 34) {
        if (text.charCodeAt(j) === 92 /* \ */) ((escaped = true), j++);
        j++;
      }
      const keys = stack.at(-1);
      let k = j + 1;
      while (k < n && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 10 || text.charCodeAt(k) === 13)) k++;
      if (keys !== undefined && text.charCodeAt(k) === 58 /* : */) {
        if (j - i > 1000) return false;
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (keys.has(key)) return false;
        keys.add(key);
      }
      i = j;
    }
    i++;
  }
  return true;
}

/** {@link parseLocated} through the YAML reader (YAML text, or JSON it reads as YAML). */
function parseYamlLocated(text: string, file: string | undefined, format: TextFormat, source: LocatedSource): LocatedDocument | UnparsedDocument {
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]);
        return { ...problemFrom(DOCUMENTS_EN, `parse/${format}`, "error", [], { source, stage: "syntax", detail: err.message.split("\n")[0] ?? err.code, duplicateKey: err.code === "DUPLICATE_KEY" }), location: loc(file, pos) };
      }),
    };
  }
  const aliases = unresolvedAliases(doc, lineCounter, file, source);
  if (aliases.length > 0) return { ok: false, problems: aliases };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ok: false, problems: [{ ...problemFrom(DOCUMENTS_EN, "parse/yaml", "error", [], { source, stage: "read", detail: e instanceof Error ? e.message : String(e) }), location: loc(file, undefined) }] };
  }
  const locate = (path: DocPath, keys?: readonly string[]): SourceLocation => {
    const off = offsetOf(doc, path, keys);
    return loc(file, off === undefined ? undefined : lineCounter.linePos(off));
  };
  return { ok: true, raw, locate };
}
