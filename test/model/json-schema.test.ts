import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { studyJsonSchema } from "../../src/model/json-schema.js";

describe("studyJsonSchema", () => {
  it("the shipped schema/study.schema.json is current (run `npm run schema` after changing the model)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../schema/study.schema.json", import.meta.url), "utf8"));
    expect(shipped).toEqual(studyJsonSchema());
  });

  it("describes the file format: required top-level fields and the layer enum", () => {
    const s = studyJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(s.required).toEqual(expect.arrayContaining(["gaptrace", "id", "name", "organisation", "themeMap", "blueprints"]));
    expect(s.required).not.toContain("events"); // has a default, so optional in files
    expect(JSON.stringify(s)).toContain('"backoffice"');
  });
});
