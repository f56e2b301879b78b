/**
 * Text measuring and wrapping for the blueprint picture, without a browser. Widths are estimates (CJK ≈ 1em,
 * Latin ≈ 0.55em), erring wide so that text stays inside its box in common fonts. Chinese has no spaces, so a
 * line may break between any two CJK characters, but never before a closing or after an opening punctuation mark.
 * @module
 */

// East Asian wide characters: Han, kana, Hangul, CJK punctuation, full-width forms, and astral CJK extensions.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
// Kinsoku: these stay with the character before them …
const CLOSING = new Set([..."，。、；：！？）】」』》〉”’％…—·,.;:!?)]}%"]);
// … and these with the character after them.
const OPENING = new Set([..."（【「『《〈“‘([{"]);
const NARROW = new Set([..."iljtfI.,;:!'|()[] "]);

/**
 * True for a character drawn about one em wide (CJK and full-width forms).
 *
 * @param ch - One character (code point).
 * @returns Whether it counts as wide.
 * @example
 * ```ts
 * isWide("修"); // true
 * isWide("x"); // false
 * ```
 */
export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

/**
 * Estimated width of `text` in pixels at `fontSize`.
 *
 * @param text - The text.
 * @param fontSize - Font size in px.
 * @param bold - Bold text is drawn about 8% wider.
 * @returns The estimated width in px.
 * @example
 * ```ts
 * textWidth("抢修", 10); // 20
 * ```
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) {
    if (isWide(ch)) em += 1;
    else if (NARROW.has(ch)) em += 0.32;
    else if (ch >= "A" && ch <= "Z") em += bold ? 0.7 : 0.66;
    else em += bold ? 0.6 : 0.55;
  }
  return em * fontSize;
}

/** Split into unbreakable pieces: Latin words with their trailing spaces, single CJK characters (with kinsoku). */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let word = "";
  let glueNext = false;
  const push = (t: string): void => {
    const prev = tokens.length - 1;
    if (glueNext && prev >= 0) {
      tokens[prev] += t;
    } else if (prev >= 0 && t.length > 0 && CLOSING.has([...t][0] ?? "")) {
      tokens[prev] += t;
    } else tokens.push(t);
    glueNext = false;
  };
  const flushWord = (): void => {
    if (word !== "") push(word);
    word = "";
  };
  for (const ch of text.replace(/\s+/g, " ")) {
    if (ch === " ") {
      word += " ";
      flushWord();
    } else if (isWide(ch)) {
      flushWord();
      const glue = OPENING.has(ch);
      push(ch);
      if (glue) glueNext = true;
    } else if (CLOSING.has(ch) && word === "" && tokens.length > 0) {
      // A Latin closing mark right after a CJK character stays with it.
      push(ch);
    } else {
      word += ch;
    }
  }
  flushWord();
  return tokens;
}

/** Break one over-long token by characters. */
function splitToken(token: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const parts: string[] = [];
  let cur = "";
  for (const ch of token) {
    if (cur !== "" && textWidth(cur + ch, fontSize, bold) > maxWidth) {
      parts.push(cur);
      cur = "";
    }
    cur += ch;
  }
  if (cur !== "") parts.push(cur);
  return parts;
}

/** Shorten a line until `line…` fits. */
function ellipsize(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  const chars = [...line.trimEnd()];
  while (chars.length > 0 && textWidth(chars.join("") + "…", fontSize, bold) > maxWidth) chars.pop();
  return chars.join("").trimEnd() + "…";
}

/**
 * Wrap text into lines no wider than `maxWidth`, breaking Latin text at spaces and CJK text between characters.
 * Text that needs more than `maxLines` lines is cut and ends with `…`.
 *
 * @param text - The text (runs of whitespace count as one space).
 * @param maxWidth - Line width in px.
 * @param fontSize - Font size in px.
 * @param maxLines - Most lines to return (at least 1).
 * @param bold - Measure as bold text.
 * @returns The lines, trimmed; `[]` for empty text.
 * @example
 * ```ts
 * wrapText("客户拨打95598报修", 60, 12, 2); // ["客户拨打95", "598报修"] or similar, each ≤ 60px
 * ```
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const token of tokenize(text.trim())) {
    if (textWidth((cur + token).trimEnd(), fontSize, bold) <= maxWidth) {
      cur += token;
      continue;
    }
    if (cur.trim() !== "") lines.push(cur.trimEnd());
    cur = "";
    if (textWidth(token.trimEnd(), fontSize, bold) <= maxWidth) {
      cur = token;
      continue;
    }
    const parts = splitToken(token.trimEnd(), maxWidth, fontSize, bold);
    lines.push(...parts.slice(0, -1));
    cur = (parts[parts.length - 1] ?? "") + (token.endsWith(" ") ? " " : "");
  }
  if (cur.trim() !== "") lines.push(cur.trimEnd());
  const limit = Math.max(1, Math.floor(maxLines));
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  kept[limit - 1] = ellipsize(kept[limit - 1] ?? "", maxWidth, fontSize, bold);
  return kept;
}
