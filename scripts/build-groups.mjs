// A step of the published build (scripts/build.mjs): which source files share a dist file ("groups"), and the
// esbuild plugin that writes them so.
//
// Why not esbuild's own code splitting: it puts code in one chunk per set of entry points that reach it, which with
// 18 entry points made 57 chunks, and `import("gaptrace")` loaded 57 files. Each ES module costs Node a fixed
// amount to resolve, read, compile and link, whatever its size: a third or more of gaptrace's own share of the root
// import went to its module count (docs/performance.md, "Start-up and bundle size"). Groups follow the source folders instead: every file of a folder goes in one dist
// file, and a subfolder joins its parent's file, so the root import loads 19 files instead of 57.
//
// What is kept from splitting: each source file is in exactly one dist file, so a class or a cache is the same
// object whichever entry point a program imported it from. An entry point's file holds only its own code and
// re-exports; whatever it takes from a folder it imports from that folder's group by name.
//
// Rules, each checked here, not assumed:
// - a group is a folder of src/; a subfolder is merged into its parent's group, deepest first, unless it holds an
//   entry point (gaptrace/blueprint stays apart from gaptrace/reports), two files of the two groups export one
//   name, or the merge would make groups import each other in a cycle (ES modules in a cycle can see each other
//   half-initialised);
// - a split point (a file listed in build.mjs) is a group of its own, and so is, where that makes no cycle, a file
//   that imports a dependency not declared free of side effects (yaml, graphology): a bundler keeps such
//   a dependency whenever the file importing it is kept, so it must not ride along with unrelated code;
// - after the build, every group exports every name its files export (else two files exported one name and the
//   group would have silently dropped it).
import { existsSync, readFileSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import ts from "typescript";

/** The folder of a source file, relative to src/ ("" for src/ itself). */
const folderOf = (f) => posix.dirname(f).replace(/^src\/?/, "");

/** A cycle in a directed graph given as node → neighbours, or undefined. */
export function findCycle(graph) {
  const state = new Map(); // 1: on the stack, 2: done
  const stack = [];
  const visit = (n) => {
    state.set(n, 1);
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (state.get(m) === undefined) {
        const c = visit(m);
        if (c !== undefined) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of graph.keys()) if (state.get(n) === undefined) {
    const c = visit(n);
    if (c !== undefined) return c;
  }
  return undefined;
}

/**
 * The names a module defines and exports itself (not those it re-exports from another module with `export … from`):
 * two modules of one group that both define a name would make the group's `export *` of it ambiguous.
 *
 * @param {string} text - A TypeScript module.
 * @returns {string[]}
 */
export function definedNames(text) {
  const file = ts.createSourceFile("m.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  const exported = (s) => ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const s of file.statements) {
    if (ts.isExportDeclaration(s)) {
      if (s.moduleSpecifier === undefined && !s.isTypeOnly && s.exportClause !== undefined && ts.isNamedExports(s.exportClause))
        for (const e of s.exportClause.elements) if (!e.isTypeOnly) names.push(e.name.text);
    } else if (ts.isExportAssignment(s)) names.push("default");
    else if (exported(s)) {
      if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) names.push(...bindingNames(d.name));
      else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)) && s.name !== undefined) names.push(s.name.text);
    }
  }
  return names;
}

/** The identifiers a binding pattern declares. */
function bindingNames(name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/**
 * Plan the groups.
 *
 * @param {object} input
 * @param {string[]} input.files - Every source file the entry points reach (src/…, entry points included).
 * @param {Map<string, string[]>} input.imports - Static imports between source files, file → files.
 * @param {Map<string, string[]>} input.definedOf - The names each source file defines and exports ({@link definedNames}).
 * @param {string[]} input.entries - The entry points' source files (each built to a file of its own).
 * @param {string[]} input.splitPoints - Files that are groups of their own.
 * @param {Set<string>} input.impure - Files that import a dependency not declared free of side effects.
 * @returns {Map<string, string>} Each non-entry source file's group name.
 */
export function planGroups({ files, imports, definedOf, entries, splitPoints, impure }) {
  const isEntry = new Set(entries);
  const members = files.filter((f) => !isEntry.has(f));
  const entryFolders = new Set(entries.map(folderOf));
  const group = new Map(members.map((f) => [f, splitPoints.includes(f) ? `file:${f}` : `dir:${folderOf(f)}`]));
  const node = (f) => (isEntry.has(f) ? `entry:${f}` : group.get(f));
  const graph = () => {
    const g = new Map();
    for (const [from, tos] of imports)
      for (const to of tos) {
        const a = node(from);
        const b = node(to);
        if (a === undefined || b === undefined || a === b) continue;
        if (!g.has(a)) g.set(a, new Set());
        g.get(a).add(b);
      }
    return g;
  };
  const initial = findCycle(graph());
  if (initial !== undefined) throw new Error(`build: source folders import each other in a cycle: ${initial.join(" → ")}`);

  /** Try a regrouping; keep it only if the groups stay acyclic. */
  const attempt = (moves) => {
    const before = moves.map(([f]) => [f, group.get(f)]);
    for (const [f, g] of moves) group.set(f, g);
    if (findCycle(graph()) === undefined) return true;
    for (const [f, g] of before) group.set(f, g);
    return false;
  };

  /** Merge the groups of `folders` into the group of `into`'s files, if no name is defined twice and no cycle appears. */
  const merge = (folders, into) => {
    const target = group.get(members.find((f) => folderOf(f) === into && group.get(f).startsWith("dir:")) ?? "") ?? `dir:${into}`;
    const moving = members.filter((f) => folders.includes(folderOf(f)) && group.get(f) === `dir:${folderOf(f)}`);
    if (moving.length === 0) return true;
    const names = new Set(members.filter((f) => group.get(f) === target).flatMap((f) => definedOf.get(f) ?? []));
    const twice = moving.flatMap((f) => definedOf.get(f) ?? []).filter((n, i, all) => names.has(n) || all.indexOf(n) !== i);
    if (twice.length > 0) {
      if (process.env.BUILD_GROUPS_DEBUG) console.log(`groups: ${folders.join(" ")} not into ${into}: ${[...new Set(twice)].join(", ")} defined twice`);
      return false;
    }
    const ok = attempt(moving.map((f) => [f, target]));
    if (!ok && process.env.BUILD_GROUPS_DEBUG) console.log(`groups: ${folders.join(" ")} not into ${into}: a cycle`);
    return ok;
  };
  // Each top folder, and each entry point's folder, takes in the subfolders under it (not those under a deeper
  // entry point's folder): all at once if that works, else one by one, deepest first.
  const folders = [...new Set(members.map(folderOf))].filter((f) => f !== "");
  const anchors = folders.concat([...entryFolders]).filter((f, i, all) => f !== "" && all.indexOf(f) === i && (!f.includes("/") || entryFolders.has(f)));
  const anchorOf = (f) => anchors.filter((a) => f === a || f.startsWith(`${a}/`)).sort((a, b) => b.length - a.length)[0];
  for (const anchor of anchors) {
    const domain = folders.filter((f) => f !== anchor && anchorOf(f) === anchor);
    if (domain.length === 0 || merge(domain, anchor)) continue;
    domain.sort((a, b) => b.split("/").length - a.split("/").length || a.localeCompare(b));
    for (const folder of domain) merge([folder], folderOf(`src/${folder}`));
  }
  // Importers of dependencies with side effects on their own, where that makes no cycle.
  for (const f of members) if (impure.has(f) && !splitPoints.includes(f)) attempt([[f, `file:${f}`]]);
  return group;
}

/** The dist file of a group: `dir:reports/words` → dist/chunks/reports-words.js, `file:src/study/located.ts` → dist/chunks/study-located.js. */
export function groupFile(name) {
  const stem = name.startsWith("dir:") ? name.slice(4) || "root" : relative("src", name.slice(5)).replace(/\.ts$/, "");
  return `dist/chunks/${stem.replaceAll("/", "-")}.js`;
}

/**
 * Whether a module only imports and re-exports (and declares types): an entry point's index.ts usually does. Such
 * a module can be read in place wherever it is imported, since it has no state of its own to duplicate.
 *
 * @param {string} text - A TypeScript module.
 * @returns {boolean}
 */
export function reexportsOnly(text) {
  const file = ts.createSourceFile("index.ts", text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return file.statements.every((s) => ts.isImportDeclaration(s) || (ts.isExportDeclaration(s) && s.moduleSpecifier !== undefined) || ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s));
}

/**
 * The esbuild plugin that writes the groups: a group is a virtual entry point re-exporting its files; an import
 * that crosses groups becomes an import by name from the other group's dist file (through a small re-export module
 * naming exactly what the imported file exports, so `export * from "./x.js"` stays x's names, not the group's). A
 * group's import of an entry point's index.ts that only re-exports is read in place, so the group imports the
 * groups behind it rather than loading the entry's file as one more module.
 *
 * @param {object} input
 * @param {string} input.root - The package folder.
 * @param {Map<string, string>} input.group - From {@link planGroups}.
 * @param {Map<string, string[]>} input.exportsOf - The names each source file exports.
 * @param {string[]} input.entries - The entry points' source files.
 * @param {Set<string>} input.inPlace - Entry points that only re-export ({@link reexportsOnly}).
 * @param {(source: string) => string} input.entryFile - An entry point's dist file.
 */
export function groupsPlugin({ root, group, exportsOf, entries, inPlace, entryFile }) {
  const members = new Map();
  for (const [f, g] of group) members.set(g, [...(members.get(g) ?? []), f]);
  const isEntry = new Set(entries);
  const outOf = (f) => (isEntry.has(f) ? entryFile(f) : groupFile(group.get(f)));
  const rel = (from, to) => {
    const r = posix.relative(posix.dirname(from), to);
    return r.startsWith(".") ? r : `./${r}`;
  };
  /** Where an import of `target` from code that lands in `host` (a group, or an entry point's own file) goes. */
  const route = (host, hostOut, importer, target, kind) => {
    if (!isEntry.has(target) && !group.has(target)) throw new Error(`build: ${target} (imported by ${importer}) is in no group`);
    if (host !== undefined && isEntry.has(target) && inPlace.has(target)) return { path: `${host}|${target}`, namespace: "in-place" };
    if (host !== undefined && group.get(target) === host) return { path: join(root, target) };
    if (kind === "dynamic-import") return { path: rel(hostOut, outOf(target)), external: true };
    return { path: `${target} in ${hostOut}`, namespace: "import-of" };
  };
  return {
    name: "groups",
    setup(build) {
      build.onResolve({ filter: /^group:/ }, (a) => ({ path: a.path.slice("group:".length), namespace: "group" }));
      build.onLoad({ filter: /.*/, namespace: "group" }, (a) => ({
        contents: (members.get(a.path) ?? []).map((f) => `export * from ${JSON.stringify(join(root, f))};`).join("\n"),
        resolveDir: root,
        loader: "js",
      }));
      build.onResolve({ filter: /^external:/ }, (a) => ({ path: a.path.slice("external:".length), external: true }));
      // Named `<source file> in <dist file>`, which esbuild prints above the import it becomes.
      build.onLoad({ filter: /.*/, namespace: "import-of" }, (a) => {
        const [target, hostOut] = a.path.split(" in ");
        const names = exportsOf.get(target) ?? [];
        const contents = names.length === 0 ? "export {};" : `export { ${names.join(", ")} } from ${JSON.stringify(`external:${rel(hostOut, outOf(target))}`)};`;
        return { contents, resolveDir: root, loader: "js" };
      });
      build.onLoad({ filter: /.*/, namespace: "in-place" }, (a) => {
        const target = a.path.split("|")[1];
        return { contents: readFileSync(join(root, target), "utf8"), resolveDir: join(root, posix.dirname(target)), loader: "ts" };
      });
      build.onResolve({ filter: /^\./ }, (a) => {
        if (a.namespace !== "file" && a.namespace !== "in-place") return undefined;
        let path = resolve(a.resolveDir, a.path);
        if (path.endsWith(".js") && existsSync(path.replace(/\.js$/, ".ts"))) path = path.replace(/\.js$/, ".ts");
        const target = relative(root, path);
        if (!target.startsWith("src/")) return undefined;
        if (a.namespace === "in-place") {
          const [host, importer] = a.importer.split("|");
          return route(host, groupFile(host), importer, target, a.kind);
        }
        const importer = relative(root, a.importer);
        if (!importer.startsWith("src/")) return undefined;
        const host = isEntry.has(importer) ? undefined : group.get(importer);
        return route(host, outOf(importer), importer, target, a.kind);
      });
    },
  };
}

/** The group names, each once, and the file name each is written to (esbuild's `out`, without dist/ and .js). */
export function groupEntries(group) {
  const names = [...new Set(group.values())].sort();
  const files = names.map(groupFile);
  const clash = files.find((f, i) => files.indexOf(f) !== i);
  if (clash !== undefined) throw new Error(`build: two groups would both be written to ${clash}`);
  return names.map((g) => ({ in: `group:${g}`, out: groupFile(g).replace(/^dist\//, "").replace(/\.js$/, "") }));
}

