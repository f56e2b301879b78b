/** Writes schema/study.schema.json, schema/data.schema.json and schema/bpmn-mapping.schema.json from the zod schemas (`npm run schema`). A test checks the files are current. */
import { writeFileSync } from "node:fs";
import { bpmnMappingJsonSchema } from "../src/bpmn/mapping.js";
import { dataJsonSchema } from "../src/data/description.js";
import { studyJsonSchema } from "../src/model/json-schema.js";

for (const [name, schema] of [
  ["study.schema.json", studyJsonSchema()],
  ["data.schema.json", dataJsonSchema()],
  ["bpmn-mapping.schema.json", bpmnMappingJsonSchema()],
] as const) {
  const out = new URL(`../schema/${name}`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${out.pathname}`);
}
