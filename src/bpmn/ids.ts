/**
 * Ids between BPMN and gaptrace: BPMN ids are XML names, gaptrace ids allow a little less length and a few other
 * characters; an id that does not fit is made to fit (and the import says so). The place of an element id in the
 * XML text gives problems a line and column.
 * @module
 */
import { IdSchema } from "../model/label.js";
import type { Problem, SourceLocation } from "../core/problem.js";

/** An id as gaptrace can take it: the BPMN id when valid, otherwise with unusable characters replaced and cut to 128. */
export function studyIdFor(bpmnId: string): string {
  if (IdSchema.safeParse(bpmnId).success) return bpmnId;
  const cleaned = bpmnId.replace(/[^\p{L}\p{N}_.:-]/gu, "_").replace(/^[.:-]/, "_");
  return (cleaned === "" ? "_" : cleaned).slice(0, 128);
}

/** True when an id can be written as a BPMN (XML) id as it is: an NCName of ASCII letters, digits, `_`, `-`, `.`. */
export function isXmlId(id: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id);
}

/** Line and column (1-based) of `id="…"` in the XML text, when the element id appears there. */
export function locateElement(xml: string, id: string, file: string | undefined): SourceLocation {
  const base: SourceLocation = file === undefined ? {} : { file };
  if (id === "") return base;
  const escaped = id.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  let at = xml.indexOf(`id="${escaped}"`);
  while (at > 0 && /[\w:-]/.test(xml.charAt(at - 1))) at = xml.indexOf(`id="${escaped}"`, at + 1);
  if (at < 0) {
    at = xml.indexOf(`id='${id}'`);
    if (at < 0) return base;
  }
  let line = 1;
  let last = -1;
  for (let i = 0; i < at; i++) if (xml.charCodeAt(i) === 10) ((line += 1), (last = i));
  return { ...base, line, column: at - last };
}

/** Give every problem about a BPMN element (path `["bpmn", id]`) its line and column in the XML text. */
export function locateProblems(xml: string, problems: readonly Problem[], file: string | undefined): Problem[] {
  return problems.map((p) => {
    if (p.path[0] === "bpmn" && typeof p.path[1] === "string") return { ...p, location: locateElement(xml, p.path[1], file) };
    return file === undefined ? p : { ...p, location: { file, ...p.location } };
  });
}
