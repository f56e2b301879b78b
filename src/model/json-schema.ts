/**
 * The JSON Schema of the study file format, generated from the zod schema so the two cannot drift. Editors use
 * it to validate and complete study files (`# yaml-language-server: $schema=...`). The shipped copy is
 * `schema/study.schema.json`; a test checks it equals what this function produces.
 * @module
 */
import * as z from "zod/mini";
import { StudySchema } from "./study.js";

/**
 * The JSON Schema (draft 2020-12) of a study file, as written (input side: defaults may be left out).
 *
 * @returns a JSON-serialisable schema object.
 * @example
 * ```ts
 * const schema = studyJsonSchema();
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function studyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(StudySchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return { ...schema, $id: "https://gaptrace.dev/schema/study.schema.json", title: "gaptrace study", description: "A gaptrace study file: organisation, theme map, blueprints, standards, metrics, events and evaluation points." };
}
