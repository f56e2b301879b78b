/**
 * The Markdown writer: an attribution as a readable document (summary, findings by tag with their evidence,
 * changes, chains and measures, responsibility lists, undecided items with the data that would settle them,
 * priorities, measures), in English or Chinese. Every label passes through {@link escapeMarkdown}, so a step named
 * `<script>` or `a|b` prints as text and never breaks a table.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import type { Attribution } from "../attribution/attribute.js";
import { TAGS } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import { word, type WordKey } from "./dictionary.js";
import { escapeMarkdown as md, escapeMarkdownCell } from "../core/escape.js";
import { formatCount, formatIndex, formatNumber, formatPercent, NO_VALUE } from "./numbers.js";
import { buildReport, isToTest, rootCauseRanking, type ReportOptions } from "./report.js";
import type { ReportDocument, ReportEntry, ReportFinding } from "./schema.js";
import { tagMeaning, tagName } from "./text.js";

/** A Markdown table; cells are escaped here. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === "" ? " " : escapeMarkdownCell(c))).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * The measured attributable gap as printed (Σ share × gap, in index points), with one decimal.
 *
 * @param v - The measured gap; `null` prints as a dash.
 * @returns The figure.
 * @example
 * ```ts
 * formatPriority(16.7856); // "16.8"
 * ```
 */
export function formatPriority(v: number | null): string {
  return formatNumber(v, { digits: 1 });
}

/** Text in brackets after a word: " (x)", or "（x）" in Chinese. */
function paren(text: string, lang: Lang): string {
  return lang === "zh" ? `（${text}）` : ` (${text})`;
}

/**
 * Shares of customer gaps with their intervals and grades, then the gaps the entry may cause (to test, no
 * percentage); for execution explained upstream, where it comes from.
 */
function sharesCell(entry: ReportEntry, doc: ReportDocument): string {
  const lang = doc.lang;
  const sep = lang === "zh" ? "；" : "; ";
  const parts = [...entry.shares.map((s) => s.brief), ...entry.toTest.map((t) => t.brief)];
  if (entry.role === "explained" && entry.causes.length > 0) parts.unshift(`${word("explainedUpstream", lang)}${lang === "zh" ? "：" : ": "}${entry.causes.map((c) => c.findingName).join(sep)}`);
  return parts.length === 0 ? NO_VALUE : parts.join(sep);
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
  const lang = doc.lang;
  const w = (k: WordKey): string => word(k, lang);
  const colon = lang === "zh" ? "：" : ": ";
  const out: string[] = [];
  out.push(`# ${md(title ?? w("reportTitle"))}`, "");
  out.push(`**${w("study")}**${colon}${md(doc.study.name)}  `);
  out.push(`**${w("wave")}**${colon}${md(doc.wave)}  `);
  out.push(
    `**${w("confidence")}**${colon}${formatPercent(doc.options.level)} · **${w("falseDiscovery")}**${colon}${formatPercent(doc.options.alpha)} (${md(correctionName(doc.options.correction, lang))}) · **${w("acceptance")}**${colon}${formatPercent(doc.options.acceptance)}`,
  );
  out.push("", `_${md(w("methodNote"))}_`, "");

  // Summary
  out.push(`## ${w("summary")}`, "");
  out.push(
    table(
      [w("findingsByTag"), w("count")],
      [
        ...TAGS.map((t) => [tagName(t, lang), formatCount(doc.summary.findings[t])]),
        [w("rootCauses"), formatCount(doc.summary.rootCauses)],
        [w("measuredCauses"), formatCount(doc.findings.reduce((a, f) => a + (f.tag === "customer-dissatisfaction" ? f.causes.length : 0), 0))],
        [w("possibleCauses"), formatCount(doc.findings.reduce((a, f) => a + (f.tag === "customer-dissatisfaction" ? f.links.filter(isToTest).length : 0), 0))],
        [w("unexplainedGaps"), formatCount(doc.summary.unexplainedGaps)],
        [w("testsRun"), `${formatCount(doc.summary.tests.total)} (${formatCount(doc.summary.tests.significant)} ${w("significant")})`],
        [w("undecidedShort"), formatCount(doc.summary.undecided)],
      ],
    ),
    "",
  );
  const s = doc.summary.samples;
  out.push(
    `${w("samples")}${colon}${w("customers")} n = ${formatCount(s.customers ?? undefined)}; ${w("staff")} n = ${formatCount(s.staff ?? undefined)}; ${w("cases")} n = ${formatCount(s.cases ?? undefined)}.`,
    "",
  );
  out.push(`**${w("linkage")}**${colon}${md(doc.linkage.text)}`, "");
  out.push(`**${w("testFamilies")}**${colon}${md(doc.comparisons.text)}`, "");
  const { measured, toTest } = rootCauseRanking(doc);
  out.push(`### ${w("topPriorities")}`, "", `_${md(w("topPrioritiesNote"))}_`, "");
  if (measured.length === 0) out.push(md(w("noMeasuredRoot")), "");
  measured.slice(0, 5).forEach((e, i) => {
    const who = e.post?.name ?? e.department?.name ?? "";
    const shares = e.shares.map((x) => x.brief).join(lang === "zh" ? "；" : "; ");
    out.push(`${i + 1}. **${md(e.title)}**${paren(`${md(tagName(e.tag, lang))}${lang === "zh" ? "；" : "; "}${md(who)}`, lang)}${colon}${formatPriority(e.priority)} ${w("points")} — ${md(shares)}`);
  });
  if (measured.length > 0) out.push("");
  if (toTest.length > 0) {
    out.push(`**${w("possibleCauses")}**${colon}`, "");
    for (const e of toTest) {
      const who = e.post?.name ?? e.department?.name ?? "";
      out.push(`- **${md(e.title)}**${paren(md(who), lang)}${colon}${md(e.toTest.map((t) => t.brief).join(lang === "zh" ? "；" : "; "))}`);
    }
    out.push("");
  }

  // Findings by tag
  out.push(`## ${w("findings")}`, "");
  for (const tag of TAGS) {
    const list = doc.findings.filter((f) => f.tag === tag);
    out.push(`### ${md(tagName(tag, lang))}`, "", `_${md(tagMeaning(tag, lang))}_`, "");
    if (list.length === 0) out.push(w("noFindings"), "");
    list.forEach((f, i) => out.push(...findingMarkdown(f, i + 1, doc)));
  }

  // Responsibility lists
  out.push(`## ${w("responsibility")}`, "", `### ${w("byDepartment")}`, "");
  if (doc.responsibility.departments.length === 0) out.push(w("none"), "");
  for (const d of doc.responsibility.departments) {
    out.push(`#### ${md(d.department.name)}`, "");
    if (d.posts.length > 0) out.push(`${w("post")}${colon}${d.posts.map((p) => md(p.name)).join(lang === "zh" ? "、" : ", ")}`, "");
    out.push(entriesTable(d.entries, doc, true), "");
  }
  out.push(`### ${w("byPost")}`, "");
  for (const p of doc.responsibility.posts) {
    const persons = p.persons.length === 0 ? "" : ` — ${w("persons")}${colon}${p.persons.map((x) => md(x.name)).join(", ")}`;
    const dept = p.department === null ? "" : lang === "zh" ? `（${md(p.department.name)}）` : ` (${md(p.department.name)})`;
    out.push(`#### ${md(p.post.name)}${dept}${persons}`, "");
    out.push(entriesTable(p.entries, doc, false), "");
  }

  // Undecided
  out.push(`## ${w("undecided")}`, "", md(w("undecidedNote")), "");
  out.push(
    doc.undecided.length === 0 ? w("none") : table([w("subject"), w("why"), w("settleWith")], doc.undecided.map((u) => [u.text.subject, u.text.reason, u.text.needs])),
    "",
  );

  // Priorities
  out.push(`## ${w("priorities")}`, "", md(w("prioritiesNote")), "");
  for (const t of doc.priorities) {
    const method = t.method === "relative-weights" ? w("relativeWeights") : w("statedImportance");
    const r2 = t.rSquared === null ? "" : `, ${w("rSquared")} = ${formatNumber(t.rSquared, { digits: 2 })}`;
    out.push(`### ${md(t.theme.name)}`, "", `${md(method)}${r2}, n = ${formatCount(t.n ?? undefined)}${t.note === null ? "" : `. ${md(t.note)}`}`, "");
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

  // Measures
  out.push(`## ${w("measures")}`, "");
  out.push(
    doc.measures.length === 0 ? w("none") : table([w("measureId"), w("category"), w("measure"), w("description")], doc.measures.map((m) => [m.id, m.category.name, m.title, m.description])),
    "",
  );
  out.push(`---`, "", `_${md(w("generatedBy"))} · ${md(doc.format)}_`, "");
  return out.join("\n");
}

function entriesTable(entries: readonly ReportEntry[], doc: ReportDocument, withPost: boolean): string {
  const lang = doc.lang;
  const w = (k: WordKey): string => word(k, lang);
  const head = [w("finding"), w("tag"), w("role"), ...(withPost ? [w("post")] : []), w("shareOfGaps"), w("measuredGap"), w("measures")];
  const rows = entries.map((e) => [
    e.title,
    tagName(e.tag, lang),
    e.roleName,
    ...(withPost ? [e.post?.name ?? NO_VALUE] : []),
    sharesCell(e, doc),
    formatPriority(e.priority),
    e.measures.join(", ") || NO_VALUE,
  ]);
  return table(head, rows);
}

function findingMarkdown(f: ReportFinding, i: number, doc: ReportDocument): string[] {
  const lang = doc.lang;
  const w = (k: WordKey): string => word(k, lang);
  const colon = lang === "zh" ? "：" : ": ";
  const out: string[] = [];
  const who = [f.post?.name, f.department?.name].filter((x): x is string => x !== undefined).join(lang === "zh" ? "，" : ", ");
  out.push(`#### ${i}. ${md(f.title)}`, "");
  out.push(md(f.text), "");
  if (who !== "") out.push(`- **${w(f.tag === "customer-dissatisfaction" ? "facedBy" : "whoseFinding")}**${colon}${md(who)}${f.persons.length > 0 ? ` (${f.persons.map((p) => md(p.name)).join(", ")})` : ""}`);
  out.push(`- **${w("evidence")}**${colon}`);
  for (const e of f.evidence) out.push(`  - ${md(e.text)}`);
  if (f.changes.length > 0) {
    out.push(`- **${w("whatMustChange")}**${colon}`);
    for (const c of f.changes) out.push(`  - ${md(c.text)}`);
  }
  if (f.tag === "customer-dissatisfaction") {
    if (f.causes.length > 0) {
      out.push(`- **${w("measuredCauses")}**${paren(w("chainFrom"), lang)}${colon}`);
      for (const c of f.causes) {
        out.push(`  - **${md(c.findingName)}**${paren(md(c.gradeName), lang)}${colon}${md(c.text)}`);
        out.push(`    ${md(w("chain"))}${colon}${md(c.path)}`);
        c.chain.forEach((link, k) => out.push(`    ${k + 1}. ${md(link.text)}`));
      }
    }
    out.push(`- **${w("notExplained")}**${colon}${md(f.unexplainedText)}`);
    const possible = f.links.filter(isToTest);
    if (possible.length > 0) {
      out.push(`- **${w("possibleCauses")}**${colon}`);
      for (const l of possible) out.push(`  - **${md(l.findingName)}**${paren(md(l.gradeName), lang)}${colon}${md(l.text)}`);
    }
    const other = f.links.filter((l) => l.share === null && !isToTest(l));
    if (other.length > 0) {
      out.push(`- **${w("measuredNoShare")}**${colon}`);
      for (const l of other) out.push(`  - **${md(l.findingName)}**${paren(md(l.gradeName), lang)}${colon}${md(l.text)}`);
    }
    if (f.links.length === 0 && f.settleWith.length > 0) {
      out.push(`- **${w("settleWith")}**${colon}`);
      for (const s of f.settleWith) out.push(`  - ${md(s)}`);
    }
  } else {
    if (f.explains.length > 0) {
      out.push(`- **${w("explainsGaps")}**${colon}`);
      for (const e of f.explains) out.push(`  - ${md(e.text)}`);
    }
    const toTest = [...doc.responsibility.posts.flatMap((p) => p.entries), ...doc.responsibility.departments.flatMap((d) => d.entries), ...doc.responsibility.unassigned].find((e) => e.finding === f.id)?.toTest ?? [];
    if (toTest.length > 0) {
      out.push(`- **${w("possibleCauseOf")}**${colon}`);
      for (const t of toTest) out.push(`  - ${md(t.text)}`);
    }
    if (f.tag === "non-compliant-execution" && f.explainedBy.length > 0) out.push(`- **${w("explainedBy")}**${colon}${f.explainedBy.map(md).join(", ")}`);
  }
  const measures = f.measures.map((id) => doc.measures.find((m) => m.id === id)).filter((m) => m !== undefined);
  if (measures.length > 0) {
    out.push(`- **${w("measuresSuggested")}**${colon}`);
    for (const m of measures) out.push(`  - ${md(m.title)} (${md(m.category.name)}, \`${m.id.replace(/`/g, "")}\`)`);
  }
  out.push("");
  return out;
}

/**
 * The name of a multiple-comparison correction.
 *
 * @param correction - As in the attribution options.
 * @param lang - The report language.
 * @returns E.g. "Benjamini–Hochberg".
 * @example
 * ```ts
 * correctionName("holm", "zh"); // "Holm 校正"
 * ```
 */
export function correctionName(correction: ReportDocument["options"]["correction"], lang: Lang): string {
  return match(correction)
    .with("benjamini-hochberg", () => "Benjamini–Hochberg")
    .with("holm", () => (lang === "zh" ? "Holm 校正" : "Holm"))
    .with("none", () => (lang === "zh" ? "未校正" : "none"))
    .exhaustive();
}
