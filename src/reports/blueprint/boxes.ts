/**
 * The boxes a blueprint layout places (lanes and steps), apart from the layout so that edge routing can read them
 * without importing the layout that calls it.
 * @module
 */
import type { Layer } from "../../model/study.js";
import type { ResolvedMark } from "./source.js";
import type { MarkTag } from "./vocabulary.js";

/** An axis-aligned rectangle in SVG user units (px), origin top left. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A mark's label as wrapped inside a step box. */
export interface MarkLine {
  readonly tag: MarkTag;
  readonly lines: readonly string[];
}

/** A placed step. */
export interface StepBox extends Rect {
  readonly id: string;
  readonly layer: Layer;
  /** Column, shared by all lanes (0 = leftmost). */
  readonly column: number;
  /** Row within the lane (0 = top); steps in one lane and column stack in rows. */
  readonly row: number;
  /** Full texts, for tooltips. */
  readonly name: string;
  readonly owner: string | undefined;
  /** Wrapped lines as drawn. */
  readonly nameLines: readonly string[];
  readonly ownerLines: readonly string[];
  /** All marks on the step, in legend order (drawn as badges on the top edge). */
  readonly marks: readonly ResolvedMark[];
  /** Labelled marks drawn as text rows in the box (at most `LAYOUT.maxMarkRows`). */
  readonly markLines: readonly MarkLine[];
  /** Labelled marks that did not fit as rows. */
  readonly hiddenMarkLabels: number;
  /** Height of the texts inside the box; they are centred vertically when the box is taller. */
  readonly contentHeight: number;
}

/** A placed lane. */
export interface LaneBox extends Rect {
  readonly layer: Layer;
  readonly index: number;
  readonly titleLines: readonly string[];
  readonly rows: number;
  /** Top y of each row of boxes, and each row's height. */
  readonly rowTops: readonly number[];
  readonly rowHeights: readonly number[];
}
