/**
 * The parts of the report about how the run tested: the families of tests (one per kind of test, each adjusted on
 * its own, and the link tests), the strengths (优势点: points rated significantly better than their reference) and
 * the points with no declared target (no target test was made there, and what was tested instead). Every sentence
 * comes from the report language's table.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { TEST_FAMILIES, type Strength, type TestFamily } from "../attribution/shared/findings.js";
import type { ResolvedAttributionOptions } from "../attribution/shared/options.js";
import type { Study } from "../model/study.js";
import { labelsOf } from "./labels.js";
import { correctionText } from "./link-text.js";
import { word, type WordKey } from "./dictionary.js";
import { formatCi, formatCount, formatIndex, formatN, formatQ, NO_VALUE } from "./numbers.js";
import type { ReportDocument } from "./schema.js";
import { quoted as q } from "./words/quote.js";
import { wordsFor } from "./words/index.js";

/** One family's counts: its tests, and those significant below and above their reference. */
export interface FamilySize {
  readonly family: TestFamily;
  readonly tests: number;
  readonly below: number;
  readonly above: number;
}

/**
 * The size of every family of tests a run made (families with no test are left out), in the order of
 * {@link attribution!TEST_FAMILIES}.
 *
 * @param result - The attribution.
 * @returns One entry per family with at least one test.
 * @example
 * ```ts
 * familySizes(result); // [{ family: "servqual-gap", tests: 24, below: 20, above: 1 }, …]
 * ```
 */
export function familySizes(result: Attribution): FamilySize[] {
  return TEST_FAMILIES.flatMap((family) => {
    const tests = result.tests.filter((t) => (t.family ?? t.evidence.kind) === family);
    if (tests.length === 0) return [];
    return [{ family, tests: tests.length, below: tests.filter((t) => t.direction === "below").length, above: tests.filter((t) => t.direction === "above").length }];
  });
}

/**
 * The families of tests of a run in one paragraph: that every test is two-sided, each kind of test's family with
 * its counts and the correction applied within it, the link tests' family, and the distribution behind the
 * intervals.
 *
 * @param families - The families ({@link familySizes}).
 * @param links - Tests and significant tests of the link family.
 * @param options - The run's `correction`, `linkCorrection`, `alpha` and `interval`.
 * @param lang - The report language.
 * @returns The paragraph.
 * @example
 * ```ts
 * testFamiliesText(familySizes(result), linkTests(result), result.options, "zh");
 * ```
 */
export function testFamiliesText(
  families: readonly FamilySize[],
  links: { readonly tests: number; readonly significant: number },
  options: Pick<ResolvedAttributionOptions, "correction" | "linkCorrection" | "alpha" | "interval">,
  lang: Lang,
): string {
  const words = wordsFor(lang).tests;
  return words.families({
    correction: correctionText(options.correction, options.alpha, lang),
    families: families.map((f) => words.family({ name: words.familyNames[f.family], tests: formatCount(f.tests), below: formatCount(f.below), above: formatCount(f.above) })),
    linkCorrection: correctionText(options.linkCorrection, options.alpha, lang),
    links: { tests: formatCount(links.tests), significant: formatCount(links.significant) },
    interval: options.interval,
  });
}

/**
 * A strength in one sentence: what customers (or internal customers) rate above what, with the interval, n and q.
 *
 * @param study - The study (for names).
 * @param s - The strength.
 * @param lang - The report language.
 * @returns The sentence.
 * @example
 * ```ts
 * strengthText(study, result.strengths[0], "en");
 * // "Customers' experience of “Item 7” is significantly above what they expect: experience − expectation = +6.2 (95% CI 2.1–10.3, n = 211) (q = 0.004)."
 * ```
 */
export function strengthText(study: Study, s: Strength, lang: Lang): string {
  const l = labelsOf(study, lang);
  const w = wordsFor(lang);
  const estimate = `${formatIndex(s.estimate, s.kind === "perception-above-expectation")}${w.findings.ciAndN(formatCi(s.ci, s.level, lang), formatN(s.n))}`;
  return w.tests.strength[s.kind]({
    point: q(l.name("point", s.point)),
    rater: s.rater === undefined ? undefined : q(l.name("post", s.rater)),
    estimate,
    reference: formatIndex(s.reference),
    q: `q = ${formatQ(s.q)}`,
  });
}

/**
 * The sentence on the points with no declared target, or `null` when every rated point has one.
 *
 * @param study - The study (for names).
 * @param result - The attribution.
 * @param lang - The report language.
 * @returns The sentence, or null.
 * @example
 * ```ts
 * untargetedText(study, result, "en"); // "24 evaluation points declare no target … “Item 1” (tested instead: …)"
 * ```
 */
export function untargetedText(study: Study, result: Attribution, lang: Lang): string | null {
  const points = result.untargeted ?? [];
  if (points.length === 0) return null;
  const l = labelsOf(study, lang);
  const w = wordsFor(lang).tests;
  return w.untargeted({
    count: formatCount(points.length),
    points: points.map((p) =>
      w.untargetedPoint({
        point: q(l.name("point", p.point)),
        servqual: p.servqual.length === 0 ? undefined : formatCount(p.servqual.length),
        untested: p.untested.length > 0,
        raters: p.untestedRaters.map((r) => q(l.name("post", r))),
      }),
    ),
  });
}

/**
 * The strengths of a report document as table rows of plain text, shared by the Markdown and HTML writers:
 * point, what was compared, the front-line (or rated) post, the estimate with its interval and n, the reference, q.
 *
 * @param doc - The report document.
 * @returns One row per strength (empty for a document without strengths).
 * @example
 * ```ts
 * strengthRows(doc)[0]; // ["Item 7", "Experience above expectation (SERVQUAL)", "—", "+6.2 (95% CI 2.1–10.3, n = 211)", "0.0", "0.004"]
 * ```
 */
export function strengthRows(doc: ReportDocument): string[][] {
  const w = wordsFor(doc.lang);
  return (doc.strengths ?? []).map((s) => [
    s.point.name,
    s.kindName,
    s.rater === null ? (s.post?.name ?? NO_VALUE) : `${s.post?.name ?? NO_VALUE} ← ${s.rater.name}`,
    `${formatIndex(s.estimate ?? undefined, s.kind === "perception-above-expectation")}${w.findings.ciAndN(formatCi([s.ci[0] ?? NaN, s.ci[1] ?? NaN], s.level ?? doc.options.level, doc.lang), formatN(s.n ?? undefined))}`,
    formatIndex(s.reference ?? undefined),
    formatQ(s.q ?? undefined),
  ]);
}

/**
 * The column heads of {@link strengthRows}, in the document's language.
 *
 * @param doc - The report document.
 * @returns The heads.
 * @example
 * ```ts
 * strengthHead(doc); // ["Evaluation point", "Test", "Post", "Estimate", "Reference", "q"]
 * ```
 */
export function strengthHead(doc: ReportDocument): string[] {
  const w = (k: WordKey): string => word(k, doc.lang);
  return [w("point"), w("test"), w("post"), w("estimate"), w("reference"), "q"];
}
