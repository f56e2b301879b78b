/**
 * Escaping for report writers. Every label in a study comes from a user and may contain markup characters
 * (a step named `<script>` must print as text), so writers pass all text through these before emitting it.
 * @module
 */

// XML 1.0 forbids most C0 controls, U+FFFE/U+FFFF and unpaired surrogates; one of them would make the whole
// document unparseable, so they become U+FFFD instead.
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
]);

const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  // &apos; is not an HTML 4 entity; the numeric form works everywhere.
  ["'", "&#39;"],
]);

/**
 * Escape text for XML (SVG) content or a quoted attribute value: `& < > " '` become entities and characters
 * XML cannot carry become U+FFFD.
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, safe between tags and inside `"…"` or `'…'` attribute values.
 * @example
 * ```ts
 * escapeXml(`<script>alert("1")</script>`);
 * // "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;"
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(XML_INVALID, "\uFFFD").replace(/[&<>"']/g, (c) => XML_ENTITIES.get(c) ?? c);
}

/**
 * Escape text for HTML content or a quoted attribute value: `& < > " '` become entities.
 *
 * @param text - Any string, typically a user's label.
 * @returns The string, safe between tags and inside `"…"` or `'…'` attribute values.
 * @example
 * ```ts
 * escapeHtml(`Tom & "Jerry's"`); // "Tom &amp; &quot;Jerry&#39;s&quot;"
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES.get(c) ?? c);
}
