/**
 * Reads one theme's blueprint out of a study for the blueprint writers: labels resolved in one language, steps and
 * hand-offs in a canonical order (so the output does not depend on the order they were written in), and the
 * findings overlay checked against the steps. Works on the Study directly; it does not need the graph view.
 * @module
 */
import { NotFoundError, UsageError } from "../../core/errors.js";
import { labelText, type Label, type Lang } from "../../core/label.js";
import { LAYERS, type Layer, type Study } from "../../model/study.js";
import { MARK_TAGS, type MarkTag } from "./vocabulary.js";
import { isLang } from "./words/index.js";

/** A finding to overlay on a step: which step, which of the three tags, and an optional short label. */
export interface BlueprintMark {
  /** The step id. */
  readonly step: string;
  readonly tag: MarkTag;
  /** A short note shown in the step's box, e.g. "reconnection counted from settlement, not payment". */
  readonly label?: Label | undefined;
}

/** Options shared by every blueprint writer. */
export interface BlueprintOptions {
  /** Language of the labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Findings to overlay; several marks on one step stack. */
  readonly marks?: readonly BlueprintMark[] | undefined;
}

/** A step with its labels resolved. */
export interface ResolvedStep {
  readonly id: string;
  readonly layer: Layer;
  readonly name: string;
  /** The owner post's name (its id when the post is not in the organisation), or `undefined`. */
  readonly owner: string | undefined;
}

/** A hand-off with its label resolved. */
export interface ResolvedHandoff {
  readonly from: string;
  readonly to: string;
  readonly kind: "serial" | "parallel";
  readonly rework: boolean;
  readonly label: string | undefined;
}

/** A mark with its label resolved. */
export interface ResolvedMark {
  readonly tag: MarkTag;
  readonly label: string | undefined;
}

/** One theme's blueprint, ready to draw. */
export interface ResolvedBlueprint {
  readonly themeId: string;
  readonly themeName: string;
  readonly lang: Lang;
  /** Sorted by id. */
  readonly steps: readonly ResolvedStep[];
  /** Sorted by from, to, then the rest. */
  readonly handoffs: readonly ResolvedHandoff[];
  /** Marks by step id, each list sorted by tag (legend order) then label. */
  readonly marks: ReadonlyMap<string, readonly ResolvedMark[]>;
}

/**
 * Compare strings by UTF-16 code units: locale-independent, so output is identical on every machine.
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns Negative, zero or positive, for `Array.prototype.sort`.
 * @example
 * ```ts
 * ["b", "B", "a"].sort(compareCodeUnits); // ["B", "a", "b"]
 * ```
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TAG_RANK: ReadonlyMap<string, number> = new Map(MARK_TAGS.map((t, i) => [t, i]));

/**
 * Resolve a theme's blueprint for drawing.
 *
 * @param study - The study (validated).
 * @param themeId - The theme whose blueprint to read.
 * @param options - Language and marks.
 * @param fn - The public function's name, for error messages.
 * @returns The resolved blueprint.
 * @throws NotFoundError when the theme (or its blueprint) does not exist; UsageError for a bad option, an
 *   unknown step in a mark or a hand-off naming an unknown step.
 * @example
 * ```ts
 * const bp = resolveBlueprint(study, "outage", { lang: "zh" }, "renderBlueprintSvg");
 * bp.steps[0]?.name; // "客户报修"
 * ```
 */
export function resolveBlueprint(
  study: Study,
  themeId: string,
  options: BlueprintOptions | undefined,
  fn: string,
): ResolvedBlueprint {
  const lang = options?.lang ?? "en";
  if (!isLang(lang)) {
    throw new UsageError(fn, `options.lang must be "en" or "zh", got ${JSON.stringify(lang)}.`, 'Pass lang: "en" or lang: "zh".');
  }
  const theme = study.themeMap.themes.find((t) => t.id === themeId);
  const blueprint = study.blueprints.find((b) => b.theme === themeId);
  if (blueprint === undefined) {
    throw new NotFoundError(fn, theme === undefined ? "theme" : "blueprint", String(themeId));
  }

  const posts = new Map(study.organisation.posts.map((p) => [p.id, p]));
  const layers = new Set<string>(LAYERS);
  const steps: ResolvedStep[] = [];
  const seen = new Set<string>();
  for (const s of blueprint.steps) {
    if (seen.has(s.id)) {
      throw new UsageError(fn, `step id ${JSON.stringify(s.id)} appears twice in the blueprint of theme ${JSON.stringify(themeId)}.`, "Validate the study first; step ids must be unique.");
    }
    if (!layers.has(s.layer)) {
      throw new UsageError(fn, `step ${JSON.stringify(s.id)} has unknown layer ${JSON.stringify(s.layer)}.`, `Use one of ${LAYERS.join(", ")}.`);
    }
    seen.add(s.id);
    const post = s.owner === undefined ? undefined : posts.get(s.owner);
    steps.push({
      id: s.id,
      layer: s.layer,
      name: labelText(s.name, lang) || s.id,
      owner: s.owner === undefined ? undefined : post === undefined ? s.owner : labelText(post.name, lang) || s.owner,
    });
  }
  steps.sort((a, b) => compareCodeUnits(a.id, b.id));

  const handoffs: ResolvedHandoff[] = blueprint.handoffs.map((h) => {
    for (const end of [h.from, h.to]) {
      if (!seen.has(end)) {
        throw new UsageError(
          fn,
          `hand-off ${JSON.stringify(h.from)} → ${JSON.stringify(h.to)} names step ${JSON.stringify(end)}, which is not in the blueprint of theme ${JSON.stringify(themeId)}.`,
          "Validate the study first, or add the step.",
        );
      }
    }
    const label = h.label === undefined ? undefined : labelText(h.label, lang) || undefined;
    return { from: h.from, to: h.to, kind: h.kind === "parallel" ? "parallel" : "serial", rework: h.rework === true, label };
  });
  handoffs.sort(
    (a, b) =>
      compareCodeUnits(a.from, b.from) ||
      compareCodeUnits(a.to, b.to) ||
      compareCodeUnits(a.kind, b.kind) ||
      Number(a.rework) - Number(b.rework) ||
      compareCodeUnits(a.label ?? "", b.label ?? ""),
  );

  const marks = new Map<string, ResolvedMark[]>();
  const rawMarks = options?.marks ?? [];
  if (!Array.isArray(rawMarks)) {
    throw new UsageError(fn, "options.marks must be an array of { step, tag, label? }.", "Pass marks: [{ step: \"dispatch\", tag: \"non-compliant-execution\" }].");
  }
  rawMarks.forEach((m: BlueprintMark, i: number) => {
    if (!seen.has(m?.step)) {
      throw new UsageError(
        fn,
        `options.marks[${i}] names step ${JSON.stringify(m?.step)}, which is not in the blueprint of theme ${JSON.stringify(themeId)}.`,
        "Use the id of a step of this theme's blueprint.",
      );
    }
    if (!TAG_RANK.has(m.tag)) {
      throw new UsageError(fn, `options.marks[${i}].tag ${JSON.stringify(m.tag)} is not a finding tag.`, `Use one of ${MARK_TAGS.join(", ")}.`);
    }
    const label = m.label === undefined ? undefined : labelText(m.label, lang) || undefined;
    const list = marks.get(m.step) ?? [];
    list.push({ tag: m.tag, label });
    marks.set(m.step, list);
  });
  for (const list of marks.values()) {
    list.sort((a, b) => (TAG_RANK.get(a.tag) ?? 0) - (TAG_RANK.get(b.tag) ?? 0) || compareCodeUnits(a.label ?? "", b.label ?? ""));
  }

  return {
    themeId,
    themeName: theme === undefined ? themeId : labelText(theme.name, lang) || themeId,
    lang,
    steps,
    handoffs,
    marks,
  };
}
