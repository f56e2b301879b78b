/**
 * The static YAML loader (`#yaml` in browsers, Deno and bundlers): the yaml package itself, so readers that call
 * `yamlModule()` behave alike on every runtime.
 */
import * as Yaml from "yaml";
import { describe, expect, it } from "vitest";
import { yamlModule } from "../../src/study/yaml-module.js";

describe("yamlModule (every runtime, imported statically)", () => {
  it("is the yaml module, and parses", () => {
    expect(yamlModule().parseDocument).toBe(Yaml.parseDocument);
    expect(yamlModule().parseDocument("a: 1").toJS()).toEqual({ a: 1 });
  });
});
