/**
 * Plain Node's YAML loader (`#yaml` under the `node-addons` condition): yaml required on first use, once. That
 * the root import no longer loads yaml in plain Node is checked on the packed package (test/package/pack.test.ts).
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { yamlModule } from "../../src/node/yaml-lazy.js";

describe("yamlModule (plain Node, loaded on first use)", () => {
  it("is the yaml package Node's require gives, and parses", () => {
    const yaml = yamlModule();
    expect(yaml).toBe(createRequire(import.meta.url)("yaml"));
    expect(yaml.parseDocument("a: [1, 2]").toJS()).toEqual({ a: [1, 2] });
  });

  it("requires it once: every call returns the same module", () => {
    expect(yamlModule()).toBe(yamlModule());
  });
});
