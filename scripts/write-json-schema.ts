/** Writes schema/study.schema.json from the zod schema (`npm run schema`). A test checks the file is current. */
import { writeFileSync } from "node:fs";
import { studyJsonSchema } from "../src/model/json-schema.js";

const out = new URL("../schema/study.schema.json", import.meta.url);
writeFileSync(out, `${JSON.stringify(studyJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
