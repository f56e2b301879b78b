/**
 * The static YAML loader (`#yaml` in browsers, Deno and bundlers): the yaml package itself, so readers that call
 * `yamlModule()` behave alike on every runtime; and no other source file imports yaml's values directly (that
 * would load the parser at import again in plain Node, where `#yaml` defers it).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import * as Yaml from "yaml";
import { describe, expect, it } from "vitest";
import { yamlModule } from "../../src/study/yaml-module.js";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

describe("yamlModule (every runtime, imported statically)", () => {
  it("is the yaml module, and parses", () => {
    expect(yamlModule().parseDocument).toBe(Yaml.parseDocument);
    expect(yamlModule().parseDocument("a: 1").toJS()).toEqual({ a: 1 });
  });

  it("is the only source file that imports yaml's values (others take types, or #yaml)", () => {
    const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const importers = files.filter((f) => /^\s*import\s+(?!type\b)[^;]*?\sfrom\s+"yaml"/m.test(readFileSync(join(SRC, f), "utf8")));
    expect(importers.map((f) => relative(".", join("src", f)))).toEqual(["src/study/yaml-module.ts"]);
  });
});
