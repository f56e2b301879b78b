/**
 * A strict little XML reader for tests, so the SVG's well-formedness is checked without a DOM or a native
 * library: balanced tags, one root, quoted attributes without `<` or stray `&`, no duplicate attributes, only
 * known entities, no characters XML forbids. Returns a tree to query.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function decode(raw: string, where: number): string {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const c = raw[i] ?? "";
    if (c === "&") {
      const m = ENTITY.exec(raw.slice(i));
      if (m === null) throw new Error(`stray & at ${where + i}`);
      const e = m[1] ?? "";
      out +=
        e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'"
        : String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      i += m[0].length;
    } else {
      if (c === "<") throw new Error(`raw < at ${where + i}`);
      out += c;
      i += 1;
    }
  }
  return out;
}

/** Parse a document; throws with a position when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  if (FORBIDDEN.test(text)) throw new Error("character not allowed in XML");
  let i = 0;
  const stack: { name: string; attrs: Map<string, string>; children: XmlNode[] }[] = [];
  let root: XmlElement | undefined;
  const skipWs = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  };
  while (i < text.length) {
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i);
      if (end < 0 || i !== 0) throw new Error(`bad declaration at ${i}`);
      i = end + 2;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i);
      if (end < 0) throw new Error(`unclosed comment at ${i}`);
      i = end + 3;
      continue;
    }
    if (text.startsWith("</", i)) {
      i += 2;
      const m = NAME.exec(text.slice(i));
      if (m === null) throw new Error(`bad end tag at ${i}`);
      i += m[0].length;
      skipWs();
      if (text[i] !== ">") throw new Error(`bad end tag at ${i}`);
      i++;
      const open = stack.pop();
      if (open === undefined || open.name !== m[0]) throw new Error(`</${m[0]}> does not close <${open?.name}> at ${i}`);
      const el: XmlElement = { name: open.name, attrs: open.attrs, children: open.children };
      const parent = stack[stack.length - 1];
      if (parent === undefined) {
        if (root !== undefined) throw new Error("two roots");
        root = el;
      } else parent.children.push(el);
      continue;
    }
    if (text[i] === "<") {
      i++;
      const m = NAME.exec(text.slice(i));
      if (m === null) throw new Error(`bad start tag at ${i}`);
      i += m[0].length;
      const attrs = new Map<string, string>();
      for (;;) {
        const before = i;
        skipWs();
        if (text.startsWith("/>", i) || text[i] === ">") break;
        if (i === before) throw new Error(`attributes must be separated by space at ${i}`);
        const a = NAME.exec(text.slice(i));
        if (a === null) throw new Error(`bad attribute at ${i}`);
        i += a[0].length;
        if (text[i] !== "=") throw new Error(`attribute without value at ${i}`);
        i++;
        const q = text[i];
        if (q !== '"' && q !== "'") throw new Error(`unquoted attribute at ${i}`);
        const end = text.indexOf(q, i + 1);
        if (end < 0) throw new Error(`unclosed attribute at ${i}`);
        if (attrs.has(a[0])) throw new Error(`duplicate attribute ${a[0]} at ${i}`);
        attrs.set(a[0], decode(text.slice(i + 1, end), i + 1));
        i = end + 1;
      }
      const selfClosing = text.startsWith("/>", i);
      i += selfClosing ? 2 : 1;
      if (stack.length === 0 && root !== undefined) throw new Error("content after the root");
      if (selfClosing) {
        const el: XmlElement = { name: m[0], attrs, children: [] };
        const parent = stack[stack.length - 1];
        if (parent === undefined) root = el;
        else parent.children.push(el);
      } else stack.push({ name: m[0], attrs, children: [] });
      continue;
    }
    const next = text.indexOf("<", i);
    const raw = text.slice(i, next < 0 ? text.length : next);
    if (stack.length === 0) {
      if (raw.trim() !== "") throw new Error(`text outside the root at ${i}`);
    } else {
      if (raw.includes("]]>")) throw new Error(`]]> in text at ${i}`);
      stack[stack.length - 1]?.children.push(decode(raw, i));
    }
    i = next < 0 ? text.length : next;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root === undefined) throw new Error("no root element");
  return root;
}

/** All elements (depth first) matching a predicate. */
export function findAll(el: XmlElement, pred: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if (pred(e)) out.push(e);
    for (const c of e.children) if (typeof c !== "string") walk(c);
  };
  walk(el);
  return out;
}

/** The concatenated text content of an element. */
export function textOf(el: XmlNode): string {
  return typeof el === "string" ? el : el.children.map(textOf).join("");
}
