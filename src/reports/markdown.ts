/**
 * The Markdown writer: an attribution as a readable document (summary, findings by tag with their evidence,
 * changes, chains and measures, responsibility lists, undecided items with the data that would settle them,
 * priorities, measures), in English or Chinese. Every label passes through {@link escapeMarkdown}, so a step named
 * `<script>` or `a|b` prints as text and never breaks a table.
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { TAGS } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { word, type WordKey } from "./dictionary.js";
import { escapeMarkdown as md, escapeMarkdownCell } from "../core/escape.js";
import { correctionName } from "./link-text.js";
import { strengthHead, strengthRows } from "./families.js";
import { formatCount, formatIndex, formatNumber, formatPercent, formatPriority, NO_VALUE } from "./numbers.js";
import { buildReport, entryOf, isToTest, rootCauseRanking, type ReportOptions } from "./report.js";
import type { ReportDocument, ReportEntry, ReportFinding } from "./schema.js";
import { tagMeaning, tagName } from "./text.js";
import { wordsFor, type ReportWords } from "./words/index.js";
import { targetsSectionMarkdown } from "./targets-markdown.js";

// Kept here for callers of 0.1, which imported them from the Markdown writer.
export { correctionName } from "./link-text.js";
export { formatPriority } from "./numbers.js";

/** A Markdown table; cells are escaped here. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === "" ? " " : escapeMarkdownCell(c))).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/** The document's language: its fixed words by key, and its table. */
interface Ctx {
  readonly doc: ReportDocument;
  readonly lang: Lang;
  readonly w: (k: WordKey) => string;
  readonly words: ReportWords;
}

function ctxOf(doc: ReportDocument): Ctx {
  return { doc, lang: doc.lang, w: (k) => word(k, doc.lang), words: wordsFor(doc.lang) };
}

/**
 * Shares of customer gaps with their intervals and grades, then the gaps the entry may cause (to test, no
 * percentage); for execution explained upstream, where it comes from.
 */
function sharesCell(entry: ReportEntry, c: Ctx): string {
  const { colon, semicolon } = c.words.punct;
  const parts = [...entry.shares.map((s) => s.brief), ...entry.toTest.map((t) => t.brief)];
  if (entry.role === "explained" && entry.causes.length > 0) parts.unshift(`${c.w("explainedUpstream")}${colon}${entry.causes.map((x) => x.findingName).join(semicolon)}`);
  return parts.length === 0 ? NO_VALUE : parts.join(semicolon);
}

/**
 * Write an attribution as Markdown.
 *
 * @param result - The attribution.
 * @param study - The study it was made on.
 * @param options - Language (default `"en"`), measures catalogue, and `title`.
 * @returns The Markdown document.
 * @example
 * ```ts
 * const text = toMarkdown(result, study, { lang: "zh" });
 * text.startsWith("# 客户满意度差距归因报告"); // true
 * ```
 */
export function toMarkdown(result: Attribution, study: Study, options: ReportOptions & { readonly title?: string } = {}): string {
  return markdownFromReport(buildReport(study, result, options), options.title);
}

/**
 * Write a report document (from {@link buildReport} or a JSON report read back) as Markdown.
 *
 * @param doc - The report document.
 * @param title - The document's title; default "Satisfaction gap attribution report" in the report's language.
 * @returns The Markdown document.
 * @example
 * ```ts
 * markdownFromReport(readReportJson(jsonText));
 * ```
 */
export function markdownFromReport(doc: ReportDocument, title?: string): string {
  const c = ctxOf(doc);
  return [
    ...headMarkdown(c, title),
    ...dataMarkdown(c),
    ...coverageMarkdown(c),
    ...summaryMarkdown(c),
    ...actFirstMarkdown(c),
    ...findingsMarkdown(c),
    ...strengthsMarkdown(c),
    ...responsibilityMarkdown(c),
    ...monitoringMarkdown(c),
    ...walkthroughsMarkdown(c),
    ...targetsMarkdown(c),
    ...undecidedMarkdown(c),
    ...prioritiesMarkdown(c),
    ...measuresMarkdown(c),
  ].join("\n");
}

/** Title, study, wave, the run's options and the method. */
function headMarkdown(c: Ctx, title: string | undefined): string[] {
  const { doc, w } = c;
  const colon = c.words.punct.colon;
  return [
    `# ${md(title ?? w("reportTitle"))}`,
    "",
    ...bannersMarkdown(c),
    `**${w("study")}**${colon}${md(doc.study.name)}  `,
    `**${w("wave")}**${colon}${md(doc.wave)}  `,
    `**${w("confidence")}**${colon}${formatPercent(doc.options.level)} · **${w("falseDiscovery")}**${colon}${formatPercent(doc.options.alpha)} (${md(correctionName(doc.options.correction, c.lang))}) · **${w("acceptance")}**${colon}${formatPercent(doc.options.acceptance)}`,
    "",
    `_${md(w("methodNote"))}_`,
    "",
  ];
}

/** The partial-data banners, one per source whose rejected share is above the threshold, under the title. */
function bannersMarkdown(c: Ctx): string[] {
  const { colon } = c.words.punct;
  return c.doc.data.sources.flatMap((s) => (s.banner === null ? [] : [`> **${md(c.words.data.partialTitle)}**${colon}${md(s.banner)}`, ""]));
}

/**
 * Where the rows came from, before the summary: per source rows read = accepted + rejected with
 * the share rejected and the reasons, then the values; or, without ledgers, that the provenance was not given.
 */
function dataMarkdown(c: Ctx): string[] {
  const { data } = c.doc;
  const words = c.words.data;
  const { colon, semicolon } = c.words.punct;
  if (!data.given) return [`## ${md(words.heading)}`, "", `_${md(data.text)}_`, ""];
  const k = words.columns;
  const rows = data.sources.map((s) => [
    `${s.name} (${s.kindName})`,
    formatCount(s.rowsRead),
    formatCount(s.accepted),
    formatCount(s.rejected),
    words.shareOf(formatPercent(s.rejectedShare), s.rejectedShareOf),
    s.byReason.length === 0 ? NO_VALUE : s.byReason.map((r) => words.reasonCount(r.reasonName, formatCount(r.count))).join(semicolon),
  ]);
  const values = data.sources.flatMap((s) => (s.valuesText === null ? [] : [`- ${md(s.name)}${colon}${md(s.valuesText)}`]));
  return [
    `## ${md(words.heading)}`,
    "",
    table([k.source, k.rowsRead, k.accepted, k.rejected, k.rejectedShare, k.byReason], rows),
    "",
    ...(values.length === 0 ? [] : [...values, ""]),
    `_${md(data.text)}_`,
    "",
  ];
}

/** The target cascade, when the report was given one (written by targets-markdown.ts, shared with `gaptrace targets`). */
function targetsMarkdown(c: Ctx): string[] {
  return c.doc.targets === undefined ? [] : targetsSectionMarkdown(c.doc.targets, c.lang);
}

/** The review of a period's monitoring alerts, when the report was given one. */
function monitoringMarkdown(c: Ctx): string[] {
  const m = c.doc.monitoring;
  if (m === undefined) return [];
  const w = c.words.monitoring;
  const cells = (x: { raised: number; escalated: number; resolved: number; open: number; maxLevel: number; medianMinutesToResolve: number | null }): string[] =>
    [x.raised, x.escalated, x.resolved, x.open, x.maxLevel + 1].map(String).concat(x.medianMinutesToResolve === null ? "—" : String(Math.round(x.medianMinutesToResolve)));
  if (m.from === null || m.to === null) return [`## ${md(w.heading)}`, "", md(w.none), ""];
  return [
    `## ${md(w.heading)}`,
    "",
    `_${md(w.note)}_`,
    "",
    md(w.period(m.from.slice(0, 10), m.to.slice(0, 10))),
    "",
    `**${md(w.byDepartment)}**`,
    "",
    table([...w.columns], m.byDepartment.map((d) => [md(d.department.name), ...cells(d)])),
    "",
    `**${md(w.byPost)}**`,
    "",
    table([...w.columns], m.byPost.map((p) => [md(p.post.name), ...cells(p)])),
    "",
    ...(m.unrouted > 0 ? [md(w.unrouted(m.unrouted)), ""] : []),
  ];
}

/** Process walkthroughs (流程穿越), when the attribution read walkthrough records: counts, what they corroborate, support and point at, and the problems. */
function walkthroughsMarkdown(c: Ctx): string[] {
  const x = c.doc.walkthroughs;
  if (x === undefined) return [];
  const w = c.words.walkthrough;
  const bullets = (heading: string, items: readonly { text: string }[]): string[] => (items.length === 0 ? [] : [`**${md(heading)}**`, "", ...items.map((i) => `- ${md(i.text)}`), ""]);
  return [
    `## ${md(w.heading)}`,
    "",
    `_${md(w.note)}_`,
    "",
    md(x.text),
    "",
    ...bullets(w.corroborationsHeading, x.corroborations),
    ...bullets(w.supportsHeading, x.supports),
    ...bullets(w.unconfirmedHeading, x.unconfirmed),
    ...(x.problems.length === 0
      ? []
      : [
          `**${md(w.problemsHeading)}**`,
          "",
          table([...w.columns], x.problems.map((p) => [md(p.problem), md(p.step.name), md(p.post?.name ?? "—"), md(p.kindName), md(p.solvedName), md(p.measure ?? "—")])),
          "",
        ]),
  ];
}

/** A list's walkthrough problems under its owner: the sentence, then one line per problem (open first). */
function listWalkthroughMarkdown(x: { readonly open: readonly { text: string }[]; readonly solved: readonly { text: string }[]; readonly text: string } | undefined): string[] {
  if (x === undefined) return [];
  return [md(x.text), "", ...[...x.open, ...x.solved].map((p) => `- ${md(p.text)}`), ""];
}

/**
 * What these data can show, when some kind of gap or the links could not be tested, or data the study declares
 * are missing: each kind tested or not, and the data that would test it (or test it more ways); then the links to
 * customers. Nothing when the data tested everything the study declares.
 */
function coverageMarkdown(c: Ctx): string[] {
  const cov = c.doc.coverage;
  if (cov === undefined || !cov.shown) return [];
  const w = c.words.coverage;
  const needs = (testable: boolean, list: readonly { readonly text: string }[]): string =>
    list.length === 0 ? "" : md((testable ? w.moreWays : w.wouldTest)(list.map((n) => n.text)));
  // No emphasis: a closing ** after Chinese punctuation and before a character does not close in CommonMark.
  const line = (testable: boolean, text: string, list: readonly { readonly text: string }[]): string => `- ${md(text)}${needs(testable, list)}`;
  return [
    `## ${md(w.heading)}`,
    "",
    `_${md(w.note)}_`,
    "",
    md(cov.text),
    "",
    ...cov.gaps.map((g) => line(g.testable, g.text, g.needs)),
    line(cov.links.testable, cov.links.text, cov.links.needs),
    "",
  ];
}

/** The counts, the samples, the linkage and the families of tests. */
function summaryMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  const colon = c.words.punct.colon;
  const causes = (pick: (f: Extract<ReportFinding, { tag: "customer-dissatisfaction" }>) => number): number =>
    doc.findings.reduce((a, f) => a + (f.tag === "customer-dissatisfaction" ? pick(f) : 0), 0);
  const counts = table(
    [w("findingsByTag"), w("count")],
    [
      ...TAGS.map((t) => [tagName(t, c.lang), formatCount(doc.summary.findings[t])]),
      [w("rootCauses"), formatCount(doc.summary.rootCauses)],
      [w("measuredCauses"), formatCount(causes((f) => f.causes.length))],
      [w("possibleCauses"), formatCount(causes((f) => f.links.filter(isToTest).length))],
      [w("unexplainedGaps"), formatCount(doc.summary.unexplainedGaps)],
      [w("testsRun"), `${formatCount(doc.summary.tests.total)} (${formatCount(doc.summary.tests.significant)} ${w("significant")})`],
      [w("strengthsShort"), formatCount((doc.strengths ?? []).length)],
      [w("undecidedShort"), formatCount(doc.summary.undecided)],
    ],
  );
  const s = doc.summary.samples;
  return [
    `## ${w("summary")}`,
    "",
    counts,
    "",
    `${w("samples")}${colon}${w("customers")} n = ${formatCount(s.customers ?? undefined)}; ${w("staff")} n = ${formatCount(s.staff ?? undefined)}; ${w("cases")} n = ${formatCount(s.cases ?? undefined)}.`,
    "",
    `**${w("linkage")}**${colon}${md(doc.linkage.text)}`,
    "",
    `**${w("testFamilies")}**${colon}${md(doc.comparisons.text)}`,
    "",
    ...(doc.untargeted?.text ? [`**${w("untargeted")}**${colon}${md(doc.untargeted.text)}`, ""] : []),
  ];
}

/** The strengths (优势点): points rated significantly better than their reference; never findings against a post. */
function strengthsMarkdown(c: Ctx): string[] {
  const rows = strengthRows(c.doc);
  return [`## ${c.w("strengths")}`, "", `_${md(c.w("strengthsNote"))}_`, "", rows.length === 0 ? c.w("noStrengths") : table(strengthHead(c.doc), rows), ""];
}

/** Where to act first: root causes by measured attributable gap, then possible causes to test. */
function actFirstMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  const { colon, semicolon, paren } = c.words.punct;
  const { measured, toTest } = rootCauseRanking(doc);
  const out = [`### ${w("topPriorities")}`, "", `_${md(w("topPrioritiesNote"))}_`, ""];
  if (measured.length === 0) out.push(md(w("noMeasuredRoot")), "");
  measured.slice(0, 5).forEach((e, i) => {
    const who = e.post?.name ?? e.department?.name ?? "";
    const shares = e.shares.map((x) => x.brief).join(semicolon);
    out.push(`${i + 1}. **${md(e.title)}**${paren(`${md(tagName(e.tag, c.lang))}${semicolon}${md(who)}`)}${colon}${formatPriority(e.priority)} ${w("points")} — ${md(shares)}`);
  });
  if (measured.length > 0) out.push("");
  if (toTest.length > 0) {
    out.push(`**${w("possibleCauses")}**${colon}`, "");
    for (const e of toTest) {
      const who = e.post?.name ?? e.department?.name ?? "";
      out.push(`- **${md(e.title)}**${paren(md(who))}${colon}${md(e.toTest.map((t) => t.brief).join(semicolon))}`);
    }
    out.push("");
  }
  return out;
}

/** The findings by tag, each with its evidence, changes, causes and measures. */
function findingsMarkdown(c: Ctx): string[] {
  const out = [`## ${c.w("findings")}`, ""];
  for (const tag of TAGS) {
    const list = c.doc.findings.filter((f) => f.tag === tag);
    out.push(`### ${md(tagName(tag, c.lang))}`, "", `_${md(tagMeaning(tag, c.lang))}_`, "");
    if (list.length === 0) out.push(c.w("noFindings"), "");
    list.forEach((f, i) => out.push(...findingMarkdown(f, i + 1, c)));
  }
  return out;
}

/** The responsibility lists, by department and by post. */
function responsibilityMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  const { colon, list, paren } = c.words.punct;
  const out = [`## ${w("responsibility")}`, "", `### ${w("byDepartment")}`, ""];
  if (doc.responsibility.departments.length === 0) out.push(w("none"), "");
  for (const d of doc.responsibility.departments) {
    out.push(`#### ${md(d.department.name)}`, "");
    if (d.posts.length > 0) out.push(`${w("post")}${colon}${d.posts.map((p) => md(p.name)).join(list)}`, "");
    if (d.alerts !== undefined) out.push(md(d.alerts.text), "");
    out.push(...listWalkthroughMarkdown(d.walkthrough));
    for (const line of d.targets ?? []) out.push(`- ${md(line)}`);
    if ((d.targets ?? []).length > 0) out.push("");
    if (d.entries.length > 0) out.push(entriesTable(d.entries, c, true), "");
  }
  out.push(`### ${w("byPost")}`, "");
  for (const p of doc.responsibility.posts) {
    const persons = p.persons.length === 0 ? "" : ` — ${w("persons")}${colon}${p.persons.map((x) => md(x.name)).join(", ")}`;
    const dept = p.department === null ? "" : paren(md(p.department.name));
    out.push(`#### ${md(p.post.name)}${dept}${persons}`, "");
    if (p.alerts !== undefined) out.push(md(p.alerts.text), "");
    out.push(...listWalkthroughMarkdown(p.walkthrough));
    for (const line of p.targets ?? []) out.push(`- ${md(line)}`);
    if ((p.targets ?? []).length > 0) out.push("");
    if (p.entries.length > 0) out.push(entriesTable(p.entries, c, false), "");
  }
  return out;
}

/** Where the data were too thin, and what would settle it. */
function undecidedMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  return [
    `## ${w("undecided")}`,
    "",
    md(w("undecidedNote")),
    "",
    doc.undecided.length === 0 ? w("none") : table([w("subject"), w("why"), w("settleWith")], doc.undecided.map((u) => [u.text.subject, u.text.reason, u.text.needs])),
    "",
  ];
}

/** Priorities per theme: importance × gap; or that they were not computed (`null`) and how to add them. */
function prioritiesMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  if (doc.priorities === null) return [`## ${w("priorities")}`, "", md(w("prioritiesNotComputed")), ""];
  const out = [`## ${w("priorities")}`, "", md(w("prioritiesNote")), ""];
  if (doc.priorities.length === 0) out.push(md(w("prioritiesNone")), "");
  for (const t of doc.priorities) {
    const method = t.method === "relative-weights" ? w("relativeWeights") : w("statedImportance");
    const r2 = t.rSquared === null ? "" : `, ${w("rSquared")} = ${formatNumber(t.rSquared, { digits: 2 })}`;
    out.push(`### ${md(t.theme.name)}`, "", `${md(method)}${r2}, n = ${formatCount(t.n ?? undefined)}${t.note === null ? "" : `. ${md(t.note)}`}`, "");
    if (t.reference !== undefined) out.push(md(t.reference.text), "");
    out.push(
      table(
        [w("rank"), w("point"), w("importance"), w("satisfaction"), w("target"), w("gap"), w("priority"), w("quadrant")],
        [...t.points]
          .sort((a, b) => a.rank - b.rank || (a.point.id < b.point.id ? -1 : 1))
          .map((p) => [
            String(p.rank),
            p.point.name,
            formatPercent(p.importance ?? undefined),
            formatIndex(p.performance ?? undefined),
            formatIndex(p.target ?? undefined),
            formatIndex(p.gap ?? undefined),
            formatNumber(p.priority, { digits: 2 }),
            p.quadrantName,
          ]),
      ),
      "",
    );
  }
  return out;
}

/** The measures attached, and the footer. */
function measuresMarkdown(c: Ctx): string[] {
  const { doc, w } = c;
  return [
    `## ${w("measures")}`,
    "",
    ...(doc.measuresSource === undefined ? [] : [md(doc.measuresSource.text), ""]),
    doc.measures.length === 0 ? w("none") : table([w("measureId"), w("category"), w("measure"), w("description")], doc.measures.map((m) => [m.id, m.category.name, m.title, m.description])),
    "",
    `---`,
    "",
    `_${md(w("generatedBy"))} · ${md(doc.format)}_`,
    "",
  ];
}

function entriesTable(entries: readonly ReportEntry[], c: Ctx, withPost: boolean): string {
  const w = c.w;
  const head = [w("finding"), w("tag"), w("role"), ...(withPost ? [w("post")] : []), w("shareOfGaps"), w("measuredGap"), w("measures")];
  const rows = entries.map((e) => [
    e.title,
    tagName(e.tag, c.lang),
    e.roleName,
    ...(withPost ? [e.post?.name ?? NO_VALUE] : []),
    sharesCell(e, c),
    formatPriority(e.priority),
    e.measures.join(", ") || NO_VALUE,
  ]);
  return table(head, rows);
}

function findingMarkdown(f: ReportFinding, i: number, c: Ctx): string[] {
  const w = c.w;
  const { colon, comma } = c.words.punct;
  const out: string[] = [];
  const who = [f.post?.name, f.department?.name].filter((x): x is string => x !== undefined).join(comma);
  out.push(`#### ${i}. ${md(f.title)}`, "");
  out.push(md(f.text), "");
  if (who !== "") out.push(`- **${w(f.tag === "customer-dissatisfaction" ? "facedBy" : "whoseFinding")}**${colon}${md(who)}${f.persons.length > 0 ? ` (${f.persons.map((p) => md(p.name)).join(", ")})` : ""}`);
  out.push(`- **${w("evidence")}**${colon}`);
  for (const e of f.evidence) out.push(`  - ${md(e.text)}`);
  if (f.changes.length > 0) {
    out.push(`- **${w("whatMustChange")}**${colon}`);
    for (const x of f.changes) out.push(`  - ${md(x.text)}`);
  }
  out.push(...(f.tag === "customer-dissatisfaction" ? customerGapMarkdown(f, c) : rootCauseMarkdown(f, c)));
  const measures = f.measures.map((id) => c.doc.measures.find((m) => m.id === id)).filter((m) => m !== undefined);
  if (measures.length > 0) {
    out.push(`- **${w("measuresSuggested")}**${colon}`);
    for (const m of measures) out.push(`  - ${md(m.title)} (${md(m.category.name)}, \`${m.id.replace(/`/g, "")}\`)`);
  }
  out.push("");
  return out;
}

/** A customer gap's measured causes with their chains, the unexplained part, possible causes, what would settle it. */
function customerGapMarkdown(f: Extract<ReportFinding, { tag: "customer-dissatisfaction" }>, c: Ctx): string[] {
  const w = c.w;
  const { colon, paren } = c.words.punct;
  const out: string[] = [];
  if (f.causes.length > 0) {
    out.push(`- **${w("measuredCauses")}**${paren(w("chainFrom"))}${colon}`);
    for (const x of f.causes) {
      out.push(`  - **${md(x.findingName)}**${paren(md(x.gradeName))}${colon}${md(x.text)}`);
      out.push(`    ${md(w("chain"))}${colon}${md(x.path)}`);
      x.chain.forEach((link, k) => out.push(`    ${k + 1}. ${md(link.text)}`));
    }
  }
  out.push(`- **${w("notExplained")}**${colon}${md(f.unexplainedText)}`);
  const possible = f.links.filter(isToTest);
  if (possible.length > 0) {
    out.push(`- **${w("possibleCauses")}**${colon}`);
    for (const l of possible) out.push(`  - **${md(l.findingName)}**${paren(md(l.gradeName))}${colon}${md(l.text)}`);
  }
  const other = f.links.filter((l) => l.share === null && !isToTest(l));
  if (other.length > 0) {
    out.push(`- **${w("measuredNoShare")}**${colon}`);
    for (const l of other) out.push(`  - **${md(l.findingName)}**${paren(md(l.gradeName))}${colon}${md(l.text)}`);
  }
  if (f.links.length === 0 && f.settleWith.length > 0) {
    out.push(`- **${w("settleWith")}**${colon}`);
    for (const s of f.settleWith) out.push(`  - ${md(s)}`);
  }
  return out;
}

/** A root cause's customer gaps, the gaps it may cause (to test), and the upstream findings it comes from. */
function rootCauseMarkdown(f: Exclude<ReportFinding, { tag: "customer-dissatisfaction" }>, c: Ctx): string[] {
  const w = c.w;
  const colon = c.words.punct.colon;
  const out: string[] = [];
  if (f.explains.length > 0) {
    out.push(`- **${w("explainsGaps")}**${colon}`);
    for (const e of f.explains) out.push(`  - ${md(e.text)}`);
  }
  const toTest = entryOf(c.doc, f.id)?.toTest ?? [];
  if (toTest.length > 0) {
    out.push(`- **${w("possibleCauseOf")}**${colon}`);
    for (const t of toTest) out.push(`  - ${md(t.text)}`);
  }
  if (f.tag === "non-compliant-execution" && f.explainedBy.length > 0) out.push(`- **${w("explainedBy")}**${colon}${f.explainedBy.map(md).join(", ")}`);
  return out;
}
