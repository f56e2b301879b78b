/**
 * Where a path sits in JSON text, found without the YAML reader: the containers a path goes through are indexed
 * when a path first reaches them (an object's keys and where their values start, an array's item offsets; the
 * values in between are skipped, not read), so locating a few problems in a large study indexes a small part of
 * it (an index of every value of a 6.6 MB study, made in one pass, held 64 MB). It places a path where the YAML
 * reader does (a scalar at itself, an object or array at its key, an unknown key at itself), so a study read as
 * JSON gets the same locations either way.
 * @module
 */
import type { DocPath } from "../core/problem.js";

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** An object member: its key's offset and its value's first character. */
interface Member {
  readonly key: number;
  readonly value: number;
}

/** The first offset from `i` that is not white space. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset after the string whose opening quote is at `i`. */
function skipString(text: string, i: number): number {
  i++;
  while (text.charCodeAt(i) !== 34) {
    if (text.charCodeAt(i) === 92) i++;
    i++;
  }
  return i + 1;
}

/** The offset after the value that starts at `i` (a container is skipped whole, strings in it included). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34) return skipString(text, i);
  if (c !== 123 && c !== 91) {
    while (i < text.length && !isSpace(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 125 && text.charCodeAt(i) !== 93) i++;
    return i;
  }
  let depth = 0;
  while (i < text.length) {
    const d = text.charCodeAt(i);
    if (d === 34) {
      i = skipString(text, i);
      continue;
    }
    if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  return i;
}

/** The members of the object whose `{` is at `start`, in text order (keys decoded). */
function objectMembers(text: string, start: number): Map<string, Member> {
  const members = new Map<string, Member>();
  let i = skipSpace(text, start + 1);
  while (text.charCodeAt(i) !== 125) {
    i = skipSpace(text, i);
    const key = i;
    i = skipString(text, i);
    const raw = text.slice(key, i);
    const name = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    i = skipSpace(text, skipSpace(text, i) + 1); // past the colon
    members.set(name, { key, value: i });
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) === 44) i++;
    i = skipSpace(text, i);
  }
  return members;
}

/** Where each item of the array whose `[` is at `start` begins. */
function arrayItems(text: string, start: number): number[] {
  const items: number[] = [];
  let i = skipSpace(text, start + 1);
  while (text.charCodeAt(i) !== 93) {
    items.push(i);
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) === 44) i++;
    i = skipSpace(text, i);
  }
  return items;
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
  // Containers are indexed as paths reach them, each once: the path's ancestors, not the whole text.
  const objects = new Map<number, Map<string, Member>>();
  const arrays = new Map<number, number[]>();
  const membersAt = (at: number): Map<string, Member> => {
    let m = objects.get(at);
    if (m === undefined) objects.set(at, (m = objectMembers(text, at)));
    return m;
  };
  const itemsAt = (at: number): number[] => {
    let a = arrays.get(at);
    if (a === undefined) arrays.set(at, (a = arrayItems(text, at)));
    return a;
  };
  let lineStarts: number[] | undefined;
  return (path, keys) => {
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
    }
    let node = skipSpace(text, 0);
    let best = node;
    for (const seg of path) {
      const c = text.charCodeAt(node);
      if (c === 123) {
        const m = membersAt(node).get(String(seg));
        if (m === undefined) break;
        best = m.key;
        node = m.value;
        const v = text.charCodeAt(node);
        if (v !== 123 && v !== 91) best = node;
      } else if (c === 91 && typeof seg === "number") {
        const item = itemsAt(node)[seg];
        if (item === undefined) break;
        best = item;
        node = item;
      } else break;
    }
    if (keys !== undefined && keys.length > 0 && text.charCodeAt(node) === 123) {
      for (const [k, m] of membersAt(node))
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
