/**
 * Ids between BPMN and gaptrace: BPMN ids are XML names, gaptrace ids allow a little less length and a few other
 * characters; an id that does not fit is made to fit (and the import says so). The place of an element id in the
 * XML text gives problems a line and column.
 * @module
 */
import { IdSchema } from "../model/label.js";
import type { Problem, SourceLocation } from "../core/problem.js";

/**
 * An id as gaptrace can take it: the BPMN id when valid, otherwise with unusable characters replaced and cut to 128.
 *
 * @param bpmnId - the BPMN element id.
 * @returns a valid gaptrace id.
 * @example
 * ```ts
 * studyIdFor("Task_1"); // "Task_1"
 * studyIdFor("-x·y"); // "_x_y"
 * ```
 */
export function studyIdFor(bpmnId: string): string {
  if (IdSchema.safeParse(bpmnId).success) return bpmnId;
  const cleaned = bpmnId.replace(/[^\p{L}\p{N}_.:-]/gu, "_").replace(/^[.:-]/, "_");
  return (cleaned === "" ? "_" : cleaned).slice(0, 128);
}

/**
 * True when an id can be written as a BPMN (XML) id as it is: an NCName of ASCII letters, digits, `_`, `-`, `.`.
 *
 * @param id - a study id.
 * @returns whether it is usable as an XML id.
 * @example
 * ```ts
 * isXmlId("or_dispatch"); // true
 * isXmlId("9:start"); // false
 * ```
 */
export function isXmlId(id: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(id);
}

/**
 * The offset of each line's first character, for turning offsets into lines by binary search.
 *
 * @param text - the text.
 * @returns the offsets, the first 0.
 * @example
 * ```ts
 * lineStarts("a\nbc\n"); // [0, 2, 5]
 * ```
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Where `id="…"` (or `id='…'`) of an element is in the XML text, as an offset; -1 when it is not there. */
function offsetOfId(xml: string, id: string): number {
  const escaped = id.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  for (const needle of [`id="${escaped}"`, `id='${id}'`]) {
    // A match inside another attribute's name (`processid="…"`) is not the element's id.
    for (let at = xml.indexOf(needle); at >= 0; at = xml.indexOf(needle, at + 1)) if (at === 0 || !/[\w:-]/.test(xml.charAt(at - 1))) return at;
  }
  return -1;
}

/**
 * Line and column (1-based) of `id="…"` in the XML text, when the element id appears there.
 *
 * @param xml - the BPMN file's text.
 * @param id - the element id.
 * @param file - the file name to put in the location.
 * @param starts - the text's line starts, when already computed.
 * @returns the location (the file alone when the id is not found).
 * @example
 * ```ts
 * locateElement('<a>\n<task id="t1"/>', "t1", "x.bpmn"); // { file: "x.bpmn", line: 2, column: 7 }
 * ```
 */
export function locateElement(xml: string, id: string, file: string | undefined, starts: readonly number[] = lineStarts(xml)): SourceLocation {
  const base: SourceLocation = file === undefined ? {} : { file };
  const at = id === "" ? -1 : offsetOfId(xml, id);
  if (at < 0) return base;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return { ...base, line: lo + 1, column: at - (starts[lo] ?? 0) + 1 };
}

/**
 * Give every problem about a BPMN element (path `["bpmn", id]`) its line and column in the XML text.
 *
 * @param xml - the BPMN file's text.
 * @param problems - the problems.
 * @param file - the file name to put in the locations.
 * @returns the problems, located.
 * @example
 * ```ts
 * locateProblems(xml, model.problems, "repair.bpmn")[0]?.location; // { file: "repair.bpmn", line: 74, column: 25 }
 * ```
 */
export function locateProblems(xml: string, problems: readonly Problem[], file: string | undefined): Problem[] {
  if (problems.length === 0) return [];
  const starts = lineStarts(xml);
  return problems.map((p) => {
    if (p.path[0] === "bpmn" && typeof p.path[1] === "string") return { ...p, location: locateElement(xml, p.path[1], file, starts) };
    return file === undefined ? p : { ...p, location: { file, ...p.location } };
  });
}
