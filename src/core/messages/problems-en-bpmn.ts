/**
 * The English text of the problem codes of BPMN import (`bpmn/*`). A module that makes these problems imports this
 * table, so a bundle carries the texts of the codes its code can raise (problems-en.ts joins every family's table for
 * {@link problem} and {@link problemText}). The Chinese text is beside it in problems-zh-bpmn.ts, with the same codes
 * (TypeScript checks it).
 * @module
 * @internal
 */
import type { ProblemTable } from "./problem-codes.js";
import { qEn as q, qsEn as qs, tEn as t, shownEn as shown, PERFORMER_EN, UNSUPPORTED_EN, UNSUPPORTED_HINT_EN } from "./problems-en-words.js";

/** English text of the codes of BPMN import: a plain object whose only calls are to words marked
 * `@__NO_SIDE_EFFECTS__`, so a bundle that raises none of these codes leaves it out, and Node parses it once (a
 * pure-marked function around it would be parsed twice, as V8 compiles functions lazily). */
export const BPMN_EN = {
  "bpmn/xml": (p) =>
    t(
      `The file is not BPMN 2.0 XML${p.line === null ? "" : ` (line ${p.line}${p.column === null ? "" : `, column ${p.column}`})`}: ${p.detail}`,
      "Export the diagram from the BPMN tool as BPMN 2.0 XML (.bpmn) and pass the file's text.",
    ),
  "bpmn/xml-warning": (p) => t(`The BPMN reader warned: ${p.detail}`, "The rest of the file was read; check the element in the BPMN tool if it matters to the blueprint."),
  "bpmn/unsupported": (p) => t(`BPMN ${p.type} ${q(p.element)} is not imported: ${UNSUPPORTED_EN[p.reason]}`, UNSUPPORTED_HINT_EN[p.reason]),
  "bpmn/lane-layer": (p) =>
    t(
      `${PERFORMER_EN[p.kind]} ${q(p.lane)}${p.name === null ? "" : ` (${q(p.name)})`} has no blueprint layer: the mapping does not give one and its name does not say.`,
      "Set its layer in the mapping's lanes (customer, frontline, backoffice or support).",
    ),
  "bpmn/no-lane": (p) => t(`BPMN element ${q(p.element)} sits in no lane of process ${q(p.process)}, so it has no owner post and no layer.`, "Put it in a lane in the BPMN tool, or give its layer and owner in the mapping's steps."),
  "bpmn/post-department": (p) => t(`Post ${q(p.post)}, made from ${PERFORMER_EN[p.kind].toLowerCase()} ${q(p.lane)}, has no department.`, "Give the post's department in the mapping's organisation.posts, and define the department."),
  "bpmn/theme-items": (p) => t(`Theme ${q(p.theme)}, made from BPMN process ${qs(p.processes)}, serves no service item.`, "List its service items in the mapping's themes, and define them (and their needs) in the mapping's themeMap."),
  "bpmn/guessed": (p) => {
    switch (p.field) {
      case "layer":
        return t(`${PERFORMER_EN[p.kind]} ${q(p.element)} (${q(p.name)}) is taken as the ${p.value} layer, from its name.`, "Confirm or change its layer in the mapping's lanes.");
      case "rework":
        return t(`BPMN flow ${q(p.element)} from ${q(p.from)} back to ${q(p.to)} closes a loop, so it is taken as a rework hand-off.`, "Confirm it in the mapping's flows (rework: true), or set rework: false and redraw the loop.");
      case "name":
        return t(`BPMN ${p.type} ${q(p.element)} has no name, so its step is named by its id.`, "Name it in the BPMN tool, or give the step a name in the mapping's steps.");
    }
  },
  "bpmn/mapping": (p) => t(`The BPMN mapping is not valid: ${p.detail}`, "Correct the mapping file at the path shown (importBpmn writes a complete one to start from)."),
  "bpmn/mapping-unknown": (p) => t(`The mapping's ${p.key} name BPMN element ${q(p.element)}, which the file does not have.`, "Remove the entry, or correct the id (it may have been renamed in the BPMN tool)."),
  "bpmn/id": (p) => t(`BPMN id ${q(p.element)} is not a valid gaptrace id; ${q(p.id)} is used instead.`, "Keep it, or give the element another id in the mapping."),
} satisfies Partial<ProblemTable>;
