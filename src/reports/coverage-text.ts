/**
 * The coverage statement of a run in words: what its data read, which kinds of gap they could test (and how), and
 * for each kind, and for the links to customers, that they could not, the data that would test it, with the
 * study's names. The report document carries it; every writer prints it from there.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Coverage, CoverageNeed } from "../attribution/shared/coverage.js";
import type { Tag } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { labelsOf, tagName } from "./text.js";
import { formatCount } from "./numbers.js";
import { wordsFor } from "./words/index.js";
import { quoted } from "./words/quote.js";

/** The coverage statement in one language. */
export interface CoverageText {
  /** What the run read. */
  readonly read: string;
  /** Per kind of gap: whether it was testable, the sentence, and the data that would test it (or test it in more ways). */
  readonly gaps: readonly { readonly tag: Tag; readonly testable: boolean; readonly text: string; readonly needs: readonly string[] }[];
  /** The links from customer gaps to upstream causes. */
  readonly links: { readonly testable: boolean; readonly text: string; readonly needs: readonly string[] };
}

/**
 * One coverage need in words, with the study's names.
 *
 * @param study - The study (for names).
 * @param need - The need.
 * @param lang - The report language.
 * @returns E.g. "case records with the events “Call offered”, “Call answered” (for the standards “Calls answered within 20 seconds”)".
 * @example
 * ```ts
 * coverageNeedText(study, { kind: "linked-responses" }, "zh"); // "能关联到本人工单的调查答卷（…）"
 * ```
 */
export function coverageNeedText(study: Study, need: CoverageNeed, lang: Lang): string {
  const l = labelsOf(study, lang);
  const names = (kind: "point" | "step" | "metric" | "standard" | "event" | "post", ids: readonly string[] | undefined): string[] => (ids ?? []).map((id) => quoted(l.name(kind, id)));
  const has = <K extends string>(key: K): readonly string[] | undefined => (key in need ? (need as unknown as Record<K, readonly string[]>)[key] : undefined);
  return wordsFor(lang).coverage.needs[need.kind]({
    points: names("point", has("points")),
    questions: [...(has("questions") ?? [])],
    steps: names("step", has("steps")),
    metrics: names("metric", has("metrics")),
    standards: names("standard", has("standards")),
    events: names("event", has("events")),
    raters: names("post", has("raters")),
    audience: need.kind === "targets" ? need.audience : "external",
  });
}

/**
 * The coverage statement of a run in words.
 *
 * @param study - The study (for names).
 * @param coverage - The run's coverage (`coverage` of {@link attribution!Attribution}).
 * @param lang - The report language.
 * @returns What the data read, each kind of gap tested or not with the data that would test it, the links.
 * @example
 * ```ts
 * const t = coverageText(study, attribute(study, { cases }).coverage, "en");
 * t.gaps[0]?.text; // "Customer dissatisfaction: not testable with these data."
 * ```
 */
export function coverageText(study: Study, coverage: Coverage, lang: Lang): CoverageText {
  const words = wordsFor(lang);
  const w = words.coverage;
  const d = coverage.data;
  const needs = (list: readonly CoverageNeed[]): string[] => list.map((n) => coverageNeedText(study, n, lang));
  return {
    read: w.read({ customers: formatCount(d.customers), staff: formatCount(d.staff), cases: formatCount(d.cases), linked: formatCount(d.linked) }),
    gaps: coverage.gaps.map((g) => ({
      tag: g.tag,
      testable: g.testable,
      text: !g.testable
        ? w.notTestable(tagName(g.tag, lang))
        : g.tests === 0
        ? w.tried(tagName(g.tag, lang))
        : w.testable({ tag: tagName(g.tag, lang), tests: formatCount(g.tests), n: g.tests, ways: g.ways.map((k) => words.findings.evidenceNames[k]) }),
      needs: needs(g.needs),
    })),
    links: { testable: coverage.links.testable, text: coverage.links.testable ? w.links.testable : w.links.notTestable, needs: needs(coverage.links.needs) },
  };
}
