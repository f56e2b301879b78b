/**
 * Where a path sits in JSON text, found without the YAML reader: an index of every value's offset (and each
 * object member's key offset), built in one pass when a problem first asks, at a fraction of the memory of a YAML
 * document of the same text. It places a path where the YAML reader does (a scalar at itself, an object or array
 * at its key, an unknown key at itself), so a study read as JSON gets the same locations either way.
 * @module
 */
import type { DocPath } from "../core/problem.js";

/** A JSON value's place: its first character, and for containers their members. */
interface JsonNode {
  readonly start: number;
  /** Object members in text order: key → the key's offset and the value. */
  readonly members?: Map<string, { readonly key: number; readonly value: JsonNode }>;
  readonly items?: JsonNode[];
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Index JSON text (already known to be valid, with no key twice in an object). */
function indexJson(text: string): JsonNode {
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  };
  const readString = (): string => {
    const from = i;
    let escaped = false;
    i++;
    while (text.charCodeAt(i) !== 34) {
      if (text.charCodeAt(i) === 92) ((escaped = true), i++);
      i++;
    }
    i++;
    return escaped ? (JSON.parse(text.slice(from, i)) as string) : text.slice(from + 1, i - 1);
  };
  const value = (): JsonNode => {
    skipSpace();
    const start = i;
    const c = text.charCodeAt(i);
    if (c === 123) {
      const members = new Map<string, { key: number; value: JsonNode }>();
      i++;
      skipSpace();
      while (text.charCodeAt(i) !== 125) {
        skipSpace();
        const key = i;
        const name = readString();
        skipSpace();
        i++; // the colon
        members.set(name, { key, value: value() });
        skipSpace();
        if (text.charCodeAt(i) === 44) i++;
        skipSpace();
      }
      i++;
      return { start, members };
    }
    if (c === 91) {
      const items: JsonNode[] = [];
      i++;
      skipSpace();
      while (text.charCodeAt(i) !== 93) {
        items.push(value());
        skipSpace();
        if (text.charCodeAt(i) === 44) i++;
        skipSpace();
      }
      i++;
      return { start, items };
    }
    if (c === 34) readString();
    else while (i < text.length && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 125 && text.charCodeAt(i) !== 93) i++;
    return { start };
  };
  return value();
}

/**
 * A locator of paths in valid JSON text (no key twice in an object), indexed on first use.
 *
 * @param text - the JSON text.
 * @returns path (and, for unknown-key problems, the keys) → line and column (1-based), or undefined when the
 *   text has no value.
 * @example
 * ```ts
 * jsonLocator('{"a": {"b": 1}}')(["a", "b"]); // { line: 1, column: 13 }
 * ```
 */
export function jsonLocator(text: string): (path: DocPath, keys?: readonly string[]) => { line: number; column: number } | undefined {
  let root: JsonNode | undefined;
  let lineStarts: number[] | undefined;
  return (path, keys) => {
    root ??= indexJson(text);
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    let node: JsonNode | undefined = root;
    let best = root.start;
    for (const seg of path) {
      if (node.members !== undefined) {
        const m = node.members.get(String(seg));
        if (m === undefined) break;
        best = m.key;
        node = m.value;
        if (node.members === undefined && node.items === undefined) best = node.start;
      } else if (node.items !== undefined && typeof seg === "number") {
        const item: JsonNode | undefined = node.items[seg];
        if (item === undefined) break;
        best = item.start;
        node = item;
      } else break;
    }
    if (keys !== undefined && keys.length > 0 && node.members !== undefined) {
      for (const [k, m] of node.members)
        if (keys.includes(k)) {
          best = m.key;
          break;
        }
    }
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((lineStarts[mid] ?? 0) <= best) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: best - (lineStarts[lo] ?? 0) + 1 };
  };
}
