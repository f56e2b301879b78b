/**
 * The build's own steps (scripts/build-pure.mjs, scripts/build-groups.mjs), on small inputs: which top-level zod
 * schemas are marked pure, and how source files are grouped into dist files. The built package as a whole (names,
 * imports, Node, Deno, a browser) is checked by pack.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import * as z from "zod";

interface PureModule {
  markSchemasPure(text: string, fileName: string): { text: string; wrapped: string[] };
  pureSchemas(): Plugin;
}
interface GroupsModule {
  findCycle(graph: Map<string, Iterable<string>>): string[] | undefined;
  definedNames(text: string): string[];
  reexportsOnly(text: string): boolean;
  groupFile(name: string): string;
  planGroups(input: {
    files: string[];
    imports: Map<string, string[]>;
    definedOf: Map<string, string[]>;
    entries: string[];
    splitPoints: string[];
    impure: Set<string>;
  }): Map<string, string>;
}
interface VendorModule {
  zodNamesUsed(modules: readonly { name: string; text: string }[]): string[] | undefined;
}
// Plain JavaScript modules without declarations (they run before anything is compiled): typed here.
const pure = (await import("../../scripts/build-pure.mjs" as string)) as PureModule;
const groups = (await import("../../scripts/build-groups.mjs" as string)) as GroupsModule;
const vendor = (await import("../../scripts/build-vendor.mjs" as string)) as VendorModule;

describe("zodNamesUsed (what the vendored zod exports)", () => {
  const used = (...texts: string[]) => vendor.zodNamesUsed(texts.map((text, i) => ({ name: `/m${i}.js`, text })));

  it("lists each member read of a namespace import and each named import, across modules", () => {
    expect(
      used(
        `import * as z from "#zod";\nexport const A = z.strictObject({ a: z.string() });`,
        `import * as z2 from "#zod";\nimport { union as u } from "#zod";\nimport "#zod";\nexport const B = z2.array(z2.number());`,
      ),
    ).toEqual(["array", "number", "strictObject", "string", "union"]);
  });

  it("does not count a local variable or a property of the same name", () => {
    expect(
      used(
        [
          `import * as z from "#zod";`,
          `export const S = z.string();`,
          `export function f(z) { return z.forEach(() => 0); }`,
          `export const o = { z: 1, get z2() { return 2; } };`,
          `export const { z: zz } = { z: 3 };`,
          `export const p = o.z;`,
        ].join("\n"),
      )?.join(),
    ).toBe("string");
  });

  it("gives up (all of zod) when a namespace is used other than by a member's name, or the default is taken", () => {
    expect(used(`import * as z from "#zod";\nexport const k = Object.keys(z);`)).toBeUndefined();
    expect(used(`import * as z from "#zod";\nconst n = "string";\nexport const s = z[n]();`)).toBeUndefined();
    expect(used(`import z from "#zod";\nexport const s = z.string();`)).toBeUndefined();
    expect(used(`import * as z from "#zod";\nexport const o = { z };`)).toBeUndefined();
    expect(used(`import * as z from "#zod";\nexport { z };`)).toBeUndefined();
    expect(used(`export * from "#zod";`)).toBeUndefined();
    expect(used(`export * as zz from "#zod";`)).toBeUndefined();
    expect(used(`export const load = () => import("#zod");`)).toBeUndefined();
  });

  it("counts names re-exported from #zod", () => {
    expect(used(`export { number, union as oneOf } from "#zod";`)).toEqual(["number", "union"]);
  });
});

describe("markSchemasPure", () => {
  const mark = (text: string) => pure.markSchemasPure(text, "x.ts");

  it("wraps a top-level schema chain in a pure IIFE, whose value is the same", () => {
    const r = mark(`import * as z from "zod";\nexport const IdSchema = z.string().min(1).max(128);\n`);
    expect(r.wrapped).toEqual(["IdSchema"]);
    expect(r.text).toContain("export const IdSchema = /* @__PURE__ */ (() => (z.string().min(1).max(128)))();");
  });

  it("follows schemas defined earlier, imported `…Schema` names and schema factories", () => {
    const r = mark(
      [
        `import * as z from "zod";`,
        `import { LabelSchema } from "./label.js";`,
        `const header = () => z.string().min(1);`,
        `const A = z.strictObject({ id: header(), name: LabelSchema.optional() });`,
        `export const B = A.partial().describe("b");`,
      ].join("\n"),
    );
    expect(r.wrapped).toEqual(["A", "B"]);
  });

  it("leaves alone what calls anything else, builds with new, assigns, or is not const", () => {
    const r = mark(
      [
        `import * as z from "zod";`,
        `import { register } from "./registry.js";`,
        `const A = register(z.string());`,
        `const B = z.string().refine(check);`,
        `const C = new Map([["a", z.string()]]);`,
        `let D = z.string();`,
        `let n = 0;`,
        `const E = z.number().default((n += 1));`,
        `const F = 3;`,
      ].join("\n"),
    );
    // B passes `check`, a reference, not a call: still only a schema.
    expect(r.wrapped).toEqual(["B"]);
  });

  it("does not look inside callbacks, which run later if ever", () => {
    const r = mark(`import * as z from "zod";\nconst N = z.number({ error: (iss) => format(iss.input) });\n`);
    expect(r.wrapped).toEqual(["N"]);
  });

  it("leaves a file without the zod namespace import, or already annotated, unchanged", () => {
    const plain = `import { string } from "zod";\nconst S = string().min(1);\n`;
    expect(mark(plain)).toEqual({ text: plain, wrapped: [] });
    const done = `import * as z from "zod";\nconst S = /* @__PURE__ */ (() => z.string())();\n`;
    expect(mark(done)).toEqual({ text: done, wrapped: [] });
  });
});

describe("lazy fields of the wrapped schemas", () => {
  const mark = (text: string) => pure.markSchemasPure(text, "x.ts").text;

  it("turns the fields of object schemas that call something into getters, leaving named schemas and callbacks", () => {
    const text = mark(
      [
        `import * as z from "zod";`,
        `import { LabelSchema } from "./label.js";`,
        `const Num = z.number();`,
        `export const A = z.strictObject({ id: z.string().min(1), "a-b": Num, name: LabelSchema.optional(), inner: z.object({ x: z.array(z.string()), y: LabelSchema }), n: z.number({ error: (iss) => z.string() }) });`,
      ].join("\n"),
    );
    expect(text).toContain(
      `export const A = /* @__PURE__ */ (() => (z.strictObject({ get id() { return z.string().min(1); }, "a-b": Num, get name() { return LabelSchema.optional(); }, get inner() { return z.object({ get x() { return z.array(z.string()); }, y: LabelSchema }); }, get n() { return z.number({ error: (iss) => z.string() }); } })))();`,
    );
  });

  it("relies on zod reading a shape's getter once, on first use, and keeping what it returned", () => {
    let calls = 0;
    const S = z.strictObject({
      get id() {
        calls += 1;
        return z.string().min(1);
      },
    });
    const opt = S.optional();
    expect(calls).toBe(0);
    expect(opt.safeParse({ id: "" }).success).toBe(false);
    expect(S.parse({ id: "a" })).toEqual({ id: "a" });
    expect(S.shape.id).toBe(S.shape.id);
    expect(calls).toBe(1);
  });

  it("makes every field of a shape with a spread a getter (V8 would list mixed ones in another order), or none", () => {
    const text = mark(`import * as z from "zod";\nconst Base = { id: z.string() };\nconst A = z.strictObject({ ...Base, tag: z.literal("a"), n: Num, Num });\n`);
    expect(text).toContain(`z.strictObject({ ...Base, get tag() { return z.literal("a"); }, get n() { return Num; }, get Num() { return Num; } })`);
    const computed = `import * as z from "zod";\nconst A = z.strictObject({ ...Base, [key]: z.string(), n: z.number() });\n`;
    expect(mark(computed)).toContain(`z.strictObject({ ...Base, [key]: z.string(), n: z.number() })`);
    const keys = (o: object) => Object.keys(o);
    const base = { a: 1, b: 2 };
    // What the rule avoids, and what it relies on (Node 20's V8; the spec says a, b, t, p either way).
    expect(keys({ ...base, get t() { return 1; }, get p() { return 2; } })).toEqual(["a", "b", "t", "p"]);
  });

  it("leaves an object schema alone where the expression is not wrapped (it calls something else)", () => {
    const source = `import * as z from "zod";\nconst A = z.object({ id: z.string().min(1), at: when() });\n`;
    expect(mark(source)).toBe(source);
  });

  // The real schemas, built as the published build reads them (lazy fields) and as the sources define them: the
  // same JSON Schema (keys in order, types, bounds, defaults, in and out) and the same verdicts, messages and output
  // (keys in order) on a study.
  it("gives every entry point's exported schemas the same JSON Schema and verdicts as the sources", async () => {
    const root = fileURLToPath(new URL("../../", import.meta.url));
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, string | { source?: string }> };
    const sources = Object.values(manifest.exports).flatMap((t) => (typeof t === "object" && t.source !== undefined ? [t.source.replace(/^\.\//, "")] : []));
    const entries = Object.fromEntries(sources.map((source, i) => [`e${i}`, source]));
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-lazy-"));
    try {
      symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
      const built = await build({
        absWorkingDir: root,
        entryPoints: entries,
        outdir: dir,
        bundle: true,
        format: "esm",
        platform: "node",
        packages: "external",
        conditions: ["source"],
        plugins: [pure.pureSchemas()],
        write: false,
        logLevel: "error",
      });
      for (const f of built.outputFiles) writeFileSync(f.path, f.contents);
      const isSchema = (v: unknown): v is z.ZodType => typeof v === "object" && v !== null && "_zod" in v;
      const json = (s: z.ZodType, io: "input" | "output") => {
        try {
          return JSON.stringify(z.toJSONSchema(s, { io, unrepresentable: "any", cycles: "ref" }));
        } catch (e) {
          return String(e);
        }
      };
      let compared = 0;
      for (const [key, source] of Object.entries(entries)) {
        const lazy = (await import(pathToFileURL(join(dir, `${key}.js`)).href)) as Record<string, unknown>;
        const eager = (await import(/* @vite-ignore */ join(root, source))) as Record<string, unknown>;
        for (const [name, schema] of Object.entries(eager)) {
          if (!isSchema(schema)) continue;
          const other = lazy[name];
          expect(isSchema(other), `${source} ${name}`).toBe(true);
          if (!isSchema(other)) continue;
          for (const io of ["input", "output"] as const) expect(json(other, io), `${source} ${name} (${io})`).toBe(json(schema, io));
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(100);
      const model = `${Object.entries(entries).find(([, source]) => source === "src/model/index.ts")?.[0] ?? "none"}.js`;
      expect(readFileSync(join(dir, model), "utf8")).toMatch(/get description\(\) \{/);
      const study = parseYaml(readFileSync(join(root, "test/fixtures/studies/mini.study.yaml"), "utf8")) as Record<string, unknown>;
      const broken = { ...study, blueprints: [{ id: "", steps: [{ id: 3 }] }], extra: 1 };
      const lazyModel = (await import(pathToFileURL(join(dir, model)).href)) as Record<string, z.ZodType>;
      const eagerModel = (await import("../../src/model/index.js")) as unknown as Record<string, z.ZodType>;
      for (const input of [study, broken]) expect(JSON.stringify(lazyModel.StudySchema?.safeParse(input))).toBe(JSON.stringify(eagerModel.StudySchema?.safeParse(input)));
      expect(lazyModel.StudySchema?.safeParse(study).success).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("the grouping of source files into dist files", () => {
  it("finds a cycle, and none where there is none", () => {
    expect(groups.findCycle(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]]))).toBeUndefined();
    expect(groups.findCycle(new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]]]))).toEqual(["a", "b", "c", "a"]);
  });

  it("tells defined names from re-exported ones, and a re-export-only module", () => {
    const text = [
      `import { x } from "./x.js";`,
      `export { y } from "./y.js";`,
      `export * from "./z.js";`,
      `export const a = 1, { b, c: [d] } = o;`,
      `export function f() {}`,
      `export class K {}`,
      `export type T = string;`,
      `const local = 2;`,
      `export { local as e, type T as U };`,
    ].join("\n");
    expect(groups.definedNames(text)).toEqual(["a", "b", "d", "f", "K", "e"]);
    expect(groups.reexportsOnly(text)).toBe(false);
    expect(groups.reexportsOnly(`export { y } from "./y.js";\nexport * from "./z.js";\nexport type T = 1;\nimport type { Q } from "./q.js";\n`)).toBe(true);
    expect(groups.reexportsOnly(`import { y } from "./y.js";\nexport { y };\n`)).toBe(false);
  });

  const plan = (over: Partial<Parameters<GroupsModule["planGroups"]>[0]>) =>
    groups.planGroups({ files: [], imports: new Map(), definedOf: new Map(), entries: [], splitPoints: [], impure: new Set(), ...over });

  it("puts a folder in one group and joins subfolders to their parent, but not an entry point's folder", () => {
    const files = ["src/r/index.ts", "src/r/a.ts", "src/r/words/en.ts", "src/r/pic/index.ts", "src/r/pic/svg.ts", "src/r/pic/words/en.ts", "src/c/p.ts"];
    const imports = new Map([
      ["src/r/a.ts", ["src/r/words/en.ts", "src/r/pic/svg.ts", "src/c/p.ts"]],
      ["src/r/pic/svg.ts", ["src/r/pic/words/en.ts", "src/c/p.ts"]],
    ]);
    const g = plan({ files, imports, entries: ["src/r/index.ts", "src/r/pic/index.ts"] });
    expect(Object.fromEntries(g)).toEqual({
      "src/r/a.ts": "dir:r",
      "src/r/words/en.ts": "dir:r",
      "src/r/pic/svg.ts": "dir:r/pic",
      "src/r/pic/words/en.ts": "dir:r/pic",
      "src/c/p.ts": "dir:c",
    });
    expect(groups.groupFile("dir:r/pic")).toBe("dist/chunks/r-pic.js");
    expect(groups.groupFile("dir:")).toBe("dist/chunks/root.js");
    expect(groups.groupFile("file:src/study/located.ts")).toBe("dist/chunks/study-located.js");
  });

  it("keeps a subfolder apart when it and its parent define the same name", () => {
    const g = plan({
      files: ["src/r/a.ts", "src/r/words/en.ts"],
      imports: new Map([["src/r/a.ts", ["src/r/words/en.ts"]]]),
      definedOf: new Map([
        ["src/r/a.ts", ["wordsFor"]],
        ["src/r/words/en.ts", ["wordsFor"]],
      ]),
    });
    expect(g.get("src/r/words/en.ts")).toBe("dir:r/words");
  });

  it("keeps a subfolder apart when joining it would make two groups import each other", () => {
    // r/sub imports r/shared, r imports r/sub; r/shared alone joining r would close a cycle r → r/sub → r.
    const files = ["src/r/a.ts", "src/r/sub/s.ts", "src/r/shared/t.ts", "src/r/sub/index.ts"];
    const imports = new Map([
      ["src/r/a.ts", ["src/r/sub/s.ts"]],
      ["src/r/sub/s.ts", ["src/r/shared/t.ts"]],
    ]);
    const g = plan({ files, imports, entries: ["src/r/sub/index.ts"] });
    expect(g.get("src/r/sub/s.ts")).toBe("dir:r/sub");
    expect(g.get("src/r/shared/t.ts")).toBe("dir:r/shared");
  });

  it("gives split points, and importers of dependencies with side effects where no cycle follows, groups of their own", () => {
    const files = ["src/d/a.ts", "src/d/driver.ts", "src/s/located.ts", "src/s/load.ts", "src/g/build.ts", "src/g/ids.ts", "src/g/lines.ts"];
    const imports = new Map([
      ["src/d/a.ts", ["src/d/driver.ts"]],
      ["src/s/load.ts", ["src/s/located.ts"]],
      ["src/g/build.ts", ["src/g/ids.ts"]],
      ["src/g/lines.ts", ["src/g/build.ts"]],
    ]);
    const g = plan({ files, imports, splitPoints: ["src/d/driver.ts"], impure: new Set(["src/s/located.ts", "src/g/build.ts"]) });
    expect(g.get("src/d/driver.ts")).toBe("file:src/d/driver.ts");
    expect(g.get("src/s/located.ts")).toBe("file:src/s/located.ts");
    // build.ts on its own would import its folder's ids.ts while lines.ts imports it: a cycle, so it stays.
    expect(g.get("src/g/build.ts")).toBe("dir:g");
  });

  it("refuses source folders that already import each other in a cycle", () => {
    const imports = new Map([
      ["src/a/x.ts", ["src/b/y.ts"]],
      ["src/b/y.ts", ["src/a/x.ts"]],
    ]);
    expect(() => plan({ files: ["src/a/x.ts", "src/b/y.ts"], imports })).toThrow(/cycle: dir:a → dir:b → dir:a/);
  });
});
