// A step of the published build (scripts/build.mjs): top-level zod schemas are marked pure, so that a user's
// bundler drops the ones a program never uses; within them, the fields of object schemas become getters, so that
// importing gaptrace builds fewer schemas (lazyShapes below says why that keeps every schema the same).
//
// Why: a top-level `const S = z.strictObject({ … }).check(z.refine(…))` runs calls at import, and a bundler keeps any
// top-level call it cannot prove free of side effects, even when nothing uses `S`. zod marks its own factories
// (`z.object`, `z.string`, …) with `@__NO_SIDE_EFFECTS__`, but not the methods called on a schema (zod/mini's
// `.check()`, `.register()`; zod classic's `.min()`, `.optional()`, `.refine()` too), so most of gaptrace's schemas
// were kept by every bundle that reached their module.
// Wrapped as `/* @__PURE__ */ (() => …)()` (the pattern of core/messages/problems-zh.ts), the value is the same and
// is computed at the same moment, and an unused one can be dropped.
//
// What is wrapped: a top-level `const` whose initializer calls nothing but the zod namespace (`z.…`) and methods of
// schemas (recognised this way earlier in the file, or imported from gaptrace's own modules under a `…Schema` name)
// and of schema factories (a top-level arrow function whose body is such an expression), outside function bodies (callbacks such as `error: (iss)
// => …` run later, if ever). Anything else (a `new`, a call of another function, an assignment) leaves the
// declaration as written. The sources are not changed; only what esbuild reads.
import { readFileSync } from "node:fs";
import ts from "typescript";

/** Names imported from gaptrace's own modules that name schemas by the convention (`…Schema`). */
function importedSchemas(file) {
  const names = [];
  for (const s of file.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !s.moduleSpecifier.text.startsWith(".") || s.importClause?.isTypeOnly) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamedImports(bindings))
      for (const e of bindings.elements) if (!e.isTypeOnly && e.name.text.endsWith("Schema")) names.push(e.name.text);
  }
  return names;
}

/** The local name of `import * as z from "zod/mini"` (or "zod", classic) in a file, or undefined. */
function zodNamespace(file) {
  for (const s of file.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || (s.moduleSpecifier.text !== "zod/mini" && s.moduleSpecifier.text !== "zod")) continue;
    const bindings = s.importClause?.namedBindings;
    if (bindings !== undefined && ts.isNamespaceImport(bindings) && !s.importClause.isTypeOnly) return bindings.name.text;
  }
  return undefined;
}

/** The identifier a callee chain starts from (`z` in `z.string().min(1).optional`), or undefined. */
function rootOf(e) {
  for (;;) {
    if (ts.isIdentifier(e)) return e.text;
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isCallExpression(e) || ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e))
      e = e.expression;
    else return undefined;
  }
}

/**
 * Whether an initializer only builds schemas: every call in it (outside function bodies) is on the zod namespace or
 * on a known schema, and it has no `new`, assignment, update or tagged template. Returns the number of calls, or -1.
 */
function schemaCalls(init, known) {
  let calls = 0;
  let ok = true;
  const visit = (n) => {
    if (!ok) return;
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isClassExpression(n)) return; // runs later, if ever
    if (ts.isCallExpression(n)) {
      const root = rootOf(n.expression);
      if (root === undefined || !known.has(root)) return void (ok = false);
      calls += 1;
    } else if (ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n) || ts.isDeleteExpression(n) || ts.isAwaitExpression(n) || ts.isYieldExpression(n)) {
      return void (ok = false);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
      return void (ok = false);
    } else if ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken)) {
      return void (ok = false);
    }
    ts.forEachChild(n, visit);
  };
  visit(init);
  return ok ? calls : -1;
}

/**
 * The source with its top-level schema constants wrapped in pure IIFEs, and how many were wrapped.
 *
 * @param {string} text - A TypeScript module.
 * @param {string} fileName - Its name (for the parser).
 * @returns {{ text: string, wrapped: string[] }}
 */
export function markSchemasPure(text, fileName) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const z = zodNamespace(file);
  if (z === undefined) return { text, wrapped: [] };
  const known = new Set([z, ...importedSchemas(file)]);
  const edits = [];
  const wrapped = [];
  for (const s of file.statements) {
    if (!ts.isVariableStatement(s) || (s.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const d of s.declarationList.declarations) {
      if (d.initializer === undefined || !ts.isIdentifier(d.name)) continue;
      const init = d.initializer;
      // A schema factory (`const header = () => z.string().min(1)`): calling it builds a schema and nothing else.
      if (ts.isArrowFunction(init) && !ts.isBlock(init.body)) {
        if (schemaCalls(init.body, known) >= 0) known.add(d.name.text);
        continue;
      }
      const leading = text.slice(init.getFullStart(), init.getStart(file));
      if (leading.includes("@__PURE__")) continue;
      if (schemaCalls(init, known) < 1) continue;
      known.add(d.name.text);
      wrapped.push(d.name.text);
      edits.push([init.getStart(file), init.getEnd()]);
    }
  }
  // Within each wrapped schema, the fields of its object schemas become getters (lazyShapes below). Each edit
  // replaces [from, to) with a text; they are applied from the end of the file so earlier positions hold.
  const replaced = edits.flatMap(([start, end]) => [
    [start, start, `/* @__PURE__ */ (() => (`],
    ...lazyShapes(file, initializerAt(file, start, end), known),
    [end, end, `))()`],
  ]);
  let out = text;
  for (const [from, to, insert] of replaced.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, from)}${insert}${out.slice(to)}`;
  return { text: out, wrapped };
}

/** The expression of `file` that starts at `start` and ends at `end` (a wrapped initializer). */
function initializerAt(file, start, end) {
  let found;
  const visit = (n) => {
    if (found !== undefined || n.getEnd() < start || n.getFullStart() > end) return;
    if (n.getStart(file) === start && n.getEnd() === end && ts.isExpression(n)) return void (found = n);
    ts.forEachChild(n, visit);
  };
  visit(file);
  return found;
}

const OBJECT_FACTORIES = new Set(["object", "strictObject", "looseObject"]);

/**
 * The edits (`[from, to, text]`) that turn the fields of the object schemas in a schema expression into getters:
 * `z.strictObject({ name: z.string().min(1) })` → `z.strictObject({ get name() { return z.string().min(1); } })`.
 *
 * Why: building a zod schema is the costly part of importing gaptrace (zod 4 classic gives each schema instance its
 * methods as it is made), and most instances are the fields of object schemas, which nothing reads until a value
 * is parsed or the shape is asked for. zod reads a shape's getters once, the first time the shape is read, and keeps
 * what they return (zod's `$ZodObject` freezes the shape on first read, since 4.6, which package.json asks for; test/package/build.test.ts checks it), so every later read sees the same field
 * schemas, and the object schema itself (its type, its keys, what it accepts and the messages it gives) is the same.
 * Only a field whose initializer calls something is deferred (a named schema is already built), and only within
 * an expression {@link schemaCalls} accepted, so what is deferred builds schemas and does nothing else.
 */
function lazyShapes(file, init, known) {
  const replaced = [];
  const visit = (n) => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isClassExpression(n)) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && OBJECT_FACTORIES.has(n.expression.name.text)) {
      const root = n.expression.expression;
      const shape = n.arguments[0];
      if (ts.isIdentifier(root) && known.has(root.text) && shape !== undefined && ts.isObjectLiteralExpression(shape)) replaced.push(...gettersOf(file, shape, known));
    }
    ts.forEachChild(n, visit);
  };
  if (init !== undefined) visit(init);
  return replaced;
}

/**
 * The edits that make a shape's fields getters. Without a spread, the fields whose initializer calls something.
 * With a spread (`{ ...Base, tag: z.literal("a"), point: RefSchema }`), every field after it or none: Node 20's V8
 * lists a plain field written after a getter before that getter when the literal also spreads, which would change
 * the keys' order (zod's output, its JSON Schema), while a literal of spreads and getters keeps it. What is spread is
 * read as the literal is built, as before.
 */
function gettersOf(file, shape, known) {
  const spreads = shape.properties.some(ts.isSpreadAssignment);
  const fields = shape.properties.filter((p) => !ts.isSpreadAssignment(p));
  if (spreads && !fields.every((p) => ts.isShorthandPropertyAssignment(p) || (ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name)))) return [];
  const edits = [];
  for (const p of fields) {
    if (ts.isShorthandPropertyAssignment(p)) {
      if (spreads) edits.push([p.name.getStart(file), p.getEnd(), `get ${p.name.text}() { return ${p.name.text}; }`]);
      continue;
    }
    if (!ts.isPropertyAssignment(p) || ts.isComputedPropertyName(p.name) || (!spreads && schemaCalls(p.initializer, known) < 1)) continue;
    const name = p.name.getStart(file);
    edits.push([name, name, "get "], [p.name.getEnd(), p.initializer.getStart(file), "() { return "], [p.initializer.getEnd(), p.initializer.getEnd(), "; }"]);
  }
  return edits;
}

/**
 * The esbuild plugin: every TypeScript file under `src/` that imports zod as a namespace is read through
 * {@link markSchemasPure}.
 *
 * @param {{ wrapped?: Map<string, string[]> }} [record] - Filled with what was wrapped, by file (for the build's log).
 */
export function pureSchemas(record = {}) {
  return {
    name: "pure-schemas",
    setup(build) {
      build.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => {
        const text = readFileSync(args.path, "utf8");
        if (!text.includes('from "zod/mini"') && !text.includes('from "zod"')) return undefined;
        const r = markSchemasPure(text, args.path);
        if (r.wrapped.length === 0) return undefined;
        record.wrapped?.set(args.path, r.wrapped);
        return { contents: r.text, loader: "ts" };
      });
    },
  };
}
