/**
 * The three lines of a service blueprint (Bitner, Ostrom and Morgan, 2008) and the hand-offs that cross them.
 * Layers run top to bottom customer, frontline, backoffice, support; a line runs between each adjacent pair, so a
 * hand-off that skips a layer crosses more than one line.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { LAYERS, type Handoff, type Layer } from "../model/study.js";
import type { StudyGraph } from "./build.js";
import { stepIdFromKey } from "./ids.js";

/**
 * The three lines of a service blueprint, top to bottom, with bilingual names and the layers each separates
 * (`between[0]` above the line, `between[1]` below it).
 *
 * @example
 * ```ts
 * LINES[1].name.zh; // "可视分界线"
 * LINES.find((l) => l.id === "interaction")?.between; // ["customer", "frontline"]
 * ```
 */
export const LINES = [
  {
    id: "interaction",
    name: { en: "line of interaction", zh: "互动分界线" },
    between: ["customer", "frontline"],
  },
  {
    id: "visibility",
    name: { en: "line of visibility", zh: "可视分界线" },
    between: ["frontline", "backoffice"],
  },
  {
    id: "internal-interaction",
    name: { en: "line of internal interaction", zh: "内部互动分界线" },
    between: ["backoffice", "support"],
  },
] as const satisfies readonly { id: string; name: { en: string; zh: string }; between: readonly [Layer, Layer] }[];

/** One of the three blueprint lines. */
export type BlueprintLine = (typeof LINES)[number];
/** The id of a blueprint line: `interaction`, `visibility` or `internal-interaction`. */
export type LineId = BlueprintLine["id"];

/** A hand-off that changes layer, and the lines it crosses. */
export type HandoffCrossing = {
  /** The edge key, `${from}->${to}`. */
  key: string;
  from: string;
  to: string;
  fromLayer: Layer;
  toLayer: Layer;
  /** `down` from customer towards support, `up` the other way. */
  direction: "down" | "up";
  /** The lines crossed, top to bottom. */
  lines: LineId[];
  handoff: Handoff;
  theme: string;
  rework: boolean;
};

/**
 * The lines between two layers, top to bottom (none when the layers are the same).
 *
 * @param a - One layer.
 * @param b - The other layer (order does not matter).
 * @returns The ids of the lines a hand-off between the two layers crosses.
 * @example
 * ```ts
 * linesBetween("customer", "backoffice"); // ["interaction", "visibility"]
 * linesBetween("support", "frontline"); // ["visibility", "internal-interaction"]
 * ```
 */
export function linesBetween(a: Layer, b: Layer): LineId[] {
  const i = LAYERS.indexOf(a);
  const j = LAYERS.indexOf(b);
  // Line k separates layer k from layer k + 1.
  return LINES.slice(Math.min(i, j), Math.max(i, j)).map((line) => line.id);
}

/**
 * Every hand-off that changes layer, with the lines it crosses, in the order the study declares them.
 *
 * @param graph - The study graph.
 * @returns One crossing per layer-changing hand-off.
 * @example
 * ```ts
 * handoffCrossings(graph).find((c) => c.key === "supply->repair")?.lines;
 * // ["visibility", "internal-interaction"]
 * ```
 */
export function handoffCrossings(graph: StudyGraph): HandoffCrossing[] {
  const crossings: HandoffCrossing[] = [];
  graph.forEachEdge((key, edge, source, target, sourceAttributes, targetAttributes) => {
    const fromLayer = sourceAttributes.layer;
    const toLayer = targetAttributes.layer;
    if (fromLayer === toLayer) return;
    crossings.push({
      key,
      from: stepIdFromKey(source),
      to: stepIdFromKey(target),
      fromLayer,
      toLayer,
      direction: LAYERS.indexOf(fromLayer) < LAYERS.indexOf(toLayer) ? "down" : "up",
      lines: linesBetween(fromLayer, toLayer),
      handoff: edge.handoff,
      theme: edge.theme,
      rework: edge.rework,
    });
  });
  return crossings;
}

/**
 * The hand-offs that cross one line, in the order the study declares them.
 *
 * @param graph - The study graph.
 * @param line - `interaction`, `visibility` or `internal-interaction`.
 * @returns The crossings whose `lines` include the line.
 * @throws {@link core!UsageError} for an unknown line id.
 * @example
 * ```ts
 * crossingsOfLine(graph, "interaction").map((c) => c.key);
 * // ["report->accept", "repair->confirm", "confirm->callback"]
 * ```
 */
export function crossingsOfLine(graph: StudyGraph, line: LineId): HandoffCrossing[] {
  if (!LINES.some((l) => l.id === line)) {
    throw new UsageError(
      "crossingsOfLine",
      `unknown line ${JSON.stringify(line)}.`,
      `Use one of ${LINES.map((l) => JSON.stringify(l.id)).join(", ")}.`,
    );
  }
  return handoffCrossings(graph).filter((c) => c.lines.includes(line));
}
