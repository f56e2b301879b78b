/** The mapping's JSON Schema: the shipped copy is current, and it accepts the example's mapping and refuses a wrong layer. */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { bpmnMappingJsonSchema, BpmnMappingSchema } from "../../src/bpmn/index.js";

describe("bpmnMappingJsonSchema", () => {
  it("is the shipped schema/bpmn-mapping.schema.json (run `npm run schema` after changing the mapping)", () => {
    const shipped = JSON.parse(readFileSync(new URL("../../schema/bpmn-mapping.schema.json", import.meta.url), "utf8")) as unknown;
    expect(shipped).toEqual(bpmnMappingJsonSchema());
  });

  it("describes the lanes' layers as the study's four", () => {
    const schema = JSON.stringify(bpmnMappingJsonSchema());
    expect(schema).toContain('"enum":["customer","frontline","backoffice","support"]');
  });

  it("the example's mapping has the mapping's shape; a wrong layer does not", () => {
    const example = parse(readFileSync(new URL("../../examples/bpmn/meter-complaint.mapping.yaml", import.meta.url), "utf8")) as Record<string, unknown>;
    expect(BpmnMappingSchema.safeParse(example).success).toBe(true);
    expect(BpmnMappingSchema.safeParse({ ...example, lanes: [{ lane: "x", layer: "middle" }] }).success).toBe(false);
  });
});
