/**
 * The blueprint picture's fixed words in English.
 * @module
 */
import type { BlueprintWords } from "./types.js";

/** English words of the blueprint picture. */
export const en: BlueprintWords = {
  svgLang: "en",
  layerTitle: {
    customer: "Customer actions",
    frontline: "Front line (onstage)",
    backoffice: "Back office (backstage)",
    support: "Support processes",
  },
  lineName: { interaction: "Line of interaction", visibility: "Line of visibility", internal: "Line of internal interaction" },
  tagName: {
    "customer-dissatisfaction": "Customer dissatisfaction",
    "unreasonable-standard": "Unreasonable standard",
    "non-compliant-execution": "Non-compliant execution",
  },
  blueprint: "Service blueprint",
  legend: "Legend",
  handoff: "Hand-off",
  parallel: "Parallel hand-off",
  rework: "Rework (back upstream)",
  loop: "Hand-off closing a loop",
  marked: "Marked step (thick border)",
  owner: "Step name / owner post",
  steps: "steps",
  handoffs: "hand-offs",
  findings: "marked findings",
  description: (d) => {
    const counts = d.lanes.map((l) => `${l.title}: ${l.steps}`).join("; ");
    const marked = d.marked.length > 0 ? ` Marked steps: ${d.marked.join("; ")}.` : "";
    return (
      `Service blueprint of ${d.theme}: ${d.steps} steps (${counts}), ${d.handoffs} hand-offs (${d.rework} rework, ${d.parallel} parallel).` +
      `${marked} C = customer dissatisfaction, S = unreasonable standard, E = non-compliant execution.`
    );
  },
};
