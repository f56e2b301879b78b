/**
 * The architecture, checked: the folders under src/ are layers of the pipeline and import only from the layers
 * below them; no file or folder takes part in an import cycle; no function is longer than a reader can hold; words
 * come from per-language tables, never from inline `lang === "zh" ? … : …` branches; a report writer imports no
 * other writer, and the HTML writer renders from the report document alone. See docs/CONVENTIONS-dev.md.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * The layers, lowest first. A folder may import from its own layer's files and from layers listed before it,
 * never after: the pipeline model → graph → study → data → design → attribution → reports reads off this list.
 */
const LAYERS = [
  "core", // problems, errors, labels, escaping: used by everything
  "stats", // estimators with intervals; know nothing of studies
  "model", // the study's schemas and types
  "graph", // the blueprint as a graph
  "study", // loading and validating a study (rules that walk the graph)
  "data", // reading survey responses and case records, aggregating
  "design", // questionnaire and sampling plan
  "attribution", // the three points, tracing, what-if, waves
  "measures", // improvement measures for findings
  "simulate", // seeded data with planted causes
  "monitor", // early warning and escalation over event streams
  "reports", // the report document, its writers, the blueprint picture
  "bpmn", // gaptrace/bpmn: BPMN 2.0 in (blueprints) and out (with findings)
  "walkthrough", // process walkthrough scripts
  "notebook", // rich displays for notebooks
  "node", // gaptrace/node: files and streams
  "sql", // gaptrace/sql: the first pass in DuckDB and PostgreSQL
  "cli", // the gaptrace command
] as const;

/** Longest function body a reader can hold, in lines. */
const MAX_FUNCTION_LINES = 100;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith(".ts")) out.push(p);
  }
  return out;
}

const FILES = sourceFiles(SRC);
const TEXT = new Map(FILES.map((f) => [f, readFileSync(f, "utf8")] as const));
const rel = (f: string): string => relative(SRC, f).split(sep).join("/");

/** Relative imports and re-exports of a file, resolved to source paths (type-only imports included). */
function importsOf(file: string): string[] {
  const text = TEXT.get(file) ?? "";
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"(\.{1,2}\/[^"]+)"/g)) {
    out.push(normalize(join(dirname(file), m[1]!)).replace(/\.js$/, ".ts"));
  }
  return out;
}

const GRAPH = new Map(FILES.map((f) => [f, importsOf(f).filter((t) => TEXT.has(t))] as const));

/** Strongly connected components with more than one member (Tarjan). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const c: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        c.push(w);
      } while (w !== v);
      if (c.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(c.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** Comments and string contents blanked, so a rule looks at code only. */
function codeOnly(text: string): string {
  const sf = ts.createSourceFile("x.ts", text, ts.ScriptTarget.Latest, true);
  let out = text;
  const blank = (from: number, to: number): void => {
    out = out.slice(0, from) + out.slice(from, to).replace(/[^\n]/g, " ") + out.slice(to);
  };
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) {
    if (k === ts.SyntaxKind.SingleLineCommentTrivia || k === ts.SyntaxKind.MultiLineCommentTrivia) blank(scanner.getTokenStart(), scanner.getTokenEnd());
  }
  void sf;
  return out;
}

describe("architecture", () => {
  it("every folder under src/ is a known layer", () => {
    const folders = new Set(FILES.map((f) => rel(f).split("/")).filter((p) => p.length > 1).map((p) => p[0]!));
    expect([...folders].filter((f) => !(LAYERS as readonly string[]).includes(f))).toEqual([]);
  });

  it("a layer imports only from the layers below it", () => {
    const bad: string[] = [];
    for (const [file, deps] of GRAPH) {
      const from = rel(file).split("/");
      if (from.length < 2) continue; // src/index.ts sits above every layer
      const a = LAYERS.indexOf(from[0] as (typeof LAYERS)[number]);
      for (const d of deps) {
        const to = rel(d).split("/");
        if (to.length < 2) {
          bad.push(`${rel(file)} imports the root entry ${rel(d)}`);
          continue;
        }
        const b = LAYERS.indexOf(to[0] as (typeof LAYERS)[number]);
        if (b > a) bad.push(`${rel(file)} (${from[0]}) imports ${rel(d)} (${to[0]}), a layer above it`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("no import cycle between files", () => {
    expect(cycles(GRAPH).map((c) => c.map(rel).join(" ↔ "))).toEqual([]);
  });

  it("no import cycle between folders (a folder and its subfolders count apart)", () => {
    const folder = (f: string): string => dirname(rel(f));
    const fg = new Map<string, string[]>();
    for (const [file, deps] of GRAPH) {
      const a = folder(file);
      for (const d of deps) {
        const b = folder(d);
        if (a === b) continue;
        fg.set(a, [...(fg.get(a) ?? []), b]);
      }
      if (!fg.has(a)) fg.set(a, []);
    }
    expect(cycles(fg).map((c) => c.join(" ↔ "))).toEqual([]);
  });

  it(`no function is longer than ${MAX_FUNCTION_LINES} lines`, () => {
    const long: string[] = [];
    for (const [file, text] of TEXT) {
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (n: ts.Node): void => {
        if (ts.isFunctionLike(n) && "body" in n && n.body !== undefined && ts.isBlock(n.body as ts.Node)) {
          const body = n.body as ts.Block;
          const lines = sf.getLineAndCharacterOfPosition(body.getEnd()).line - sf.getLineAndCharacterOfPosition(body.getStart(sf)).line + 1;
          if (lines > MAX_FUNCTION_LINES) {
            const name = (n as ts.FunctionDeclaration).name?.getText(sf) ?? (ts.isVariableDeclaration(n.parent) ? n.parent.name.getText(sf) : "(anonymous)");
            long.push(`${rel(file)}:${sf.getLineAndCharacterOfPosition(body.getStart(sf)).line + 1} ${name}: ${lines} lines`);
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
    expect(long).toEqual([]);
  });

  it("words come from per-language tables: no inline language branch in code", () => {
    const branch = /\blang\s*===\s*["'](?:zh|en)["']|["'](?:zh|en)["']\s*===\s*lang\b|(?<![.\w])zh\s*\?(?![?.:])|\blang\s*!==\s*["'](?:zh|en)["']/;
    const found: string[] = [];
    for (const [file, text] of TEXT) {
      const lines = codeOnly(text).split("\n");
      lines.forEach((l, i) => {
        if (branch.test(l)) found.push(`${rel(file)}:${i + 1}: ${l.trim().slice(0, 100)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("no report writer imports another, and the HTML writer renders from the report document alone", () => {
    const writers = ["reports/html.ts", "reports/markdown.ts", "reports/csv.ts", "reports/json.ts"];
    const bad: string[] = [];
    for (const w of writers) {
      const file = join(SRC, w);
      if (!GRAPH.has(file)) continue;
      for (const d of GRAPH.get(file)!) {
        if (writers.includes(rel(d)) && rel(d) !== w) bad.push(`${w} imports ${rel(d)}`);
        if (w === "reports/html.ts" && /^(attribution|model|study|graph|data|design|measures|simulate)\//.test(rel(d))) {
          bad.push(`${w} reaches past the report document into ${rel(d)}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
