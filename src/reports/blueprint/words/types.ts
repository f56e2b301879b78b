/**
 * The shape of the blueprint picture's fixed words: every language's table implements this interface, so a word
 * missing from one language is a type error rather than a blank on the picture.
 * @module
 */
import type { Layer } from "../../../model/study.js";
import type { Tag as MarkTag } from "../../../attribution/shared/findings.js";

/** Ids of the three lines between the lanes, top to bottom. */
export type BlueprintLineId = "interaction" | "visibility" | "internal";

/** What the picture's plain-words description (its SVG `<desc>`) says. */
export interface BlueprintDescription {
  readonly theme: string;
  readonly steps: number;
  /** Steps per lane, top to bottom, each with the lane's title. */
  readonly lanes: readonly { readonly title: string; readonly steps: number }[];
  readonly handoffs: number;
  readonly rework: number;
  readonly parallel: number;
  /** Marked steps, each as `name (letters)`. */
  readonly marked: readonly string[];
}

/** The fixed words of the blueprint picture in one language. */
export interface BlueprintWords {
  /** The value of the SVG's `lang` attribute. */
  readonly svgLang: string;
  /** Lane titles. */
  readonly layerTitle: Readonly<Record<Layer, string>>;
  /** Names of the three lines. */
  readonly lineName: Readonly<Record<BlueprintLineId, string>>;
  /** Names of the three finding tags. */
  readonly tagName: Readonly<Record<MarkTag, string>>;
  readonly blueprint: string;
  readonly legend: string;
  readonly handoff: string;
  readonly parallel: string;
  readonly rework: string;
  readonly loop: string;
  readonly marked: string;
  readonly owner: string;
  /** Counted nouns, written after their number: `12 steps`, `12 个环节`. */
  readonly steps: string;
  readonly handoffs: string;
  readonly findings: string;
  /** The picture in plain words, for screen readers. */
  readonly description: (d: BlueprintDescription) => string;
}
