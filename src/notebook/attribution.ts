/**
 * Notebook display of an attribution (归因分析): how survey responses were linked to their cases, the findings
 * of each of the three tags with the post and department they land on, the evidence, the measured shares traced
 * between customer gaps and their causes (with intervals and grades) and the possible causes to test (no
 * percentage), and how much must change; then responsibility by post and what the data were too thin to decide.
 * @module
 */
import { UsageError } from "../core/errors.js";
import { labelText, type Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import { requireStudy } from "../model/arguments.js";
import type { Attribution } from "../attribution/attribute.js";
import { TAGS, type Finding, type Tag } from "../attribution/shared/findings.js";
import { blueprintWords } from "../reports/blueprint/words/index.js";
import { changeText, evidenceText, undecidedText } from "../reports/text.js";
import { linkageText, shareBrief, toTestBrief } from "../reports/link-text.js";
import { familySizes, strengthText, testFamiliesText, untargetedText } from "../reports/families.js";
import { linkTests } from "../reports/links.js";
import { responsibilityLists } from "../reports/responsibility.js";
import { roleName } from "../reports/report.js";
import { checkDataOptions, dataDoc, type ReportDataOptions } from "../reports/data.js";
import { formatPercent } from "../reports/numbers.js";
import { wordsFor } from "../reports/words/index.js";
import { checkLang, checkStudy, count, isList, Names, num, pct } from "./_format.js";
import { findingName, findingSubject, gapName, lines, tracedCell } from "./_explain.js";
import { details, frame, heading, htmlTable, para, tagCell, textTable, type Cell, type Table } from "./_table.js";
import { notebookWords, w } from "./words/index.js";
import { escapeHtml } from "../core/escape.js";
import { NotebookView } from "./view.js";
import { coverageText } from "../reports/coverage-text.js";

/**
 * What the data could show, when some kind of gap was not testable: each kind tested or not, with the data that
 * would test it, and the links to customers (nothing when every kind was testable).
 */
function coverageParts(study: Study, r: Attribution, lang: Lang): { html: string[]; text: string[] } {
  const cov = (r as Partial<Attribution>).coverage;
  if (cov === undefined || cov.gaps.every((g) => g.testable)) return { html: [], text: [] };
  const words = wordsFor(lang);
  const t = coverageText(study, cov, lang);
  const line = (testable: boolean, text: string, needs: readonly string[]): string =>
    `${text}${needs.length === 0 ? "" : (testable ? words.coverage.moreWays : words.coverage.wouldTest)(needs)}`;
  const lines = [...t.gaps.map((g) => line(g.testable, g.text, g.needs)), line(t.links.testable, t.links.text, t.links.needs)];
  return {
    html: [heading(words.coverage.heading, 4), para(t.read, true), `<ul style="margin:4px 0">${lines.map((x) => `<li>${escapeHtml(x)}</li>`).join("")}</ul>`],
    text: [`${words.coverage.heading}\n${t.read}\n${lines.map((x) => `- ${x}`).join("\n")}`],
  };
}

/** Options of {@link displayAttribution}: the data's ledgers and threshold as the report writers take them. */
export interface DisplayAttributionOptions extends ReportDataOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Only the findings of this theme (default: all themes). */
  readonly theme?: string | undefined;
}

function checkAttribution(x: unknown, fn: string): Attribution {
  const a = x as Attribution;
  if (typeof x !== "object" || x === null || !isList(a.findings) || !isList(a.undecided)) {
    throw new UsageError(fn, "expecting the result of attribute(…) after the study.", "Pass displayAttribution(study, attribute(study, { responses, cases })).");
  }
  return a;
}

/** The strengths (优势点) of the run (of one theme), each in its sentence: never findings against a post. */
function strengthsPart(study: Study, r: Attribution, theme: string | undefined, lang: Lang, html: string[], text: string[]): void {
  const list = (r.strengths ?? []).filter((s) => theme === undefined || s.theme === theme);
  if (list.length === 0) return;
  const heading4 = `${wordsFor(lang).fixed.strengths} (${list.length})`;
  const t: Table = { columns: [{ header: wordsFor(lang).fixed.point }, { header: wordsFor(lang).fixed.strengths }], rows: list.map((s) => [new Names(study, lang).point(s.point), strengthText(study, s, lang)]) };
  html.push(heading(heading4, 4), htmlTable(t));
  text.push(`${heading4}
${textTable(t)}`);
}

function qText(q: number): string {
  return q < 0.001 ? "<0.001" : num(q, 3);
}

function postCell(f: Finding, names: Names): string {
  const lines: string[] = [];
  if (f.post !== undefined) lines.push(names.post(f.post));
  const dept = f.department ?? names.departmentOfPost(f.post);
  if (dept !== undefined) lines.push(names.department(dept));
  if (f.persons.length > 0) lines.push(`${w("persons", names.lang)}: ${f.persons.map((p) => names.person(p)).join(", ")}`);
  return lines.join("\n") || "–";
}

function findingsTable(findings: readonly Finding[], byId: ReadonlyMap<string, Finding>, study: Study, names: Names): Table {
  const lang = names.lang;
  return {
    columns: [
      { header: w("finding", lang) },
      { header: w("postDept", lang) },
      { header: w("evidence", lang) },
      { header: w("traced", lang) },
      { header: w("change", lang) },
      { header: w("severity", lang), align: "right" },
      { header: "q", align: "right" },
    ],
    rows: findings.map((f) => {
      const subject = findingSubject(f, study, names);
      const finding: Cell = {
        text: `${subject}\n${f.id}`,
        html: `${escapeHtml(subject)}<br><code style="font-size:11px;color:#4A5568">${escapeHtml(f.id)}</code>`,
      };
      // Index changes name their evaluation point when the finding is about one.
      const of = f.tag === "customer-dissatisfaction" ? names.point(f.point) : undefined;
      return [
        finding,
        postCell(f, names),
        f.evidence.map((e) => evidenceText(study, e, lang)).join("\n"),
        tracedCell(f, byId, study, names),
        f.change.map((c) => changeText(study, c, lang, c.kind === "raise-index" ? of : undefined)).join("\n") || "–",
        num(f.severity, 2),
        qText(f.q),
      ];
    }),
  };
}

/**
 * Responsibility by post, from the reports module's responsibility lists (责任清单): each post's findings (root
 * causes first), the share of each customer gap it accounts for, and the improvement measures that fit.
 */
function responsibilityTable(result: Attribution, findings: readonly Finding[], byId: ReadonlyMap<string, Finding>, study: Study, names: Names): Table | undefined {
  const lang = names.lang;
  const shown = new Set(findings.map((f) => f.id));
  const rows = responsibilityLists(study, result)
    .posts.map((p) => ({ ...p, entries: p.entries.filter((e) => shown.has(e.finding)) }))
    .filter((p) => p.entries.length > 0)
    .map((p) => {
      // Measured shares with their intervals and grades, then the gaps the post may cause (to test, no percentage).
      const gaps = p.entries.flatMap((e) => [
        ...e.shares.map((s) => shareBrief(s.share, s.ci, s.level, s.grade, gapName(s.gap, byId, names), lang)),
        ...e.toTest.map((t) => toTestBrief(t.link.grade, gapName(t.gap, byId, names), lang)),
      ]);
      const measures = [...new Set(p.entries.flatMap((e) => e.measures.map((m) => labelText(m.measure.title, lang) || m.measure.id)))].slice(0, 4);
      return [
        names.post(p.post),
        p.department === undefined ? "–" : names.department(p.department),
        lines(p.entries.map((e) => findingName(byId.get(e.finding), e.finding, study, names, ` (${roleName(e.role, lang)})`))),
        gaps.join("\n") || "–",
        num(p.priority, 1),
        measures.join("\n") || "–",
      ];
    });
  if (rows.length === 0) return undefined;
  return {
    columns: [
      { header: w("post", lang) },
      { header: w("department", lang) },
      { header: w("finding", lang) },
      { header: w("gapsExplained", lang) },
      { header: w("measuredGap", lang), align: "right" },
      { header: w("measures", lang) },
    ],
    rows,
  };
}

/** Where the rows came from, as the report shows it: the partial-data banners, then rows read = accepted + rejected per source. */
function dataParts(data: ReturnType<typeof dataDoc>, lang: Lang): { html: string[]; text: string[] } {
  const words = wordsFor(lang).data;
  const banners = data.sources.flatMap((s) => (s.banner === null ? [] : [`${words.partialTitle}: ${s.banner}`]));
  const html = banners.map((b) => `<p style="margin:6px 0;padding:8px 12px;border-left:5px solid #C05621;background:#FFFAF0;color:#7B341E"><b>${escapeHtml(b)}</b></p>`);
  if (!data.given) return { html: [...html, para(data.text)], text: [data.text] };
  const k = words.columns;
  const t: Table = {
    columns: [{ header: k.source }, { header: k.rowsRead, align: "right" }, { header: k.accepted, align: "right" }, { header: k.rejected, align: "right" }, { header: k.rejectedShare, align: "right" }, { header: k.byReason }],
    rows: data.sources.map((s) => [
      `${s.name} (${s.kindName})`,
      count(s.rowsRead),
      count(s.accepted),
      count(s.rejected),
      words.shareOf(formatPercent(s.rejectedShare), s.rejectedShareOf),
      s.byReason.map((r) => words.reasonCount(r.reasonName, count(r.count))).join("\n") || "–",
    ]),
  };
  const values = data.sources.flatMap((s) => (s.valuesText === null ? [] : [`${s.name}: ${s.valuesText}`]));
  return { html: [...html, heading(words.heading, 4), htmlTable(t), ...values.map((v) => para(v, true))], text: [...banners, `${words.heading}\n${textTable(t)}`, ...values] };
}

/**
 * Show the findings of an attribution, one table per tag (customer dissatisfaction 客户不满意点, unreasonable
 * standard 标准不合理点, non-compliant execution 执行不合格点). Each row names the post and department it lands
 * on, the evidence with intervals, the shares traced (a customer gap's root causes, or the gaps a root cause
 * explains), how much must change and the adjusted p-value. Then responsibility by post (the root causes each
 * post owns) and the questions the data were too thin to decide.
 *
 * @param study - the study it was run on (for names).
 * @param result - the result of `attribute`.
 * @param options - `lang`, `theme`, and the data's ledgers (`data`) and `partialDataThreshold` as the report
 *   writers take them: rows read, accepted and rejected are shown first, with a partial-data banner above the
 *   threshold (without ledgers, that the data's provenance was not given).
 * @returns a view with `text/html` and `text/plain`.
 * @example
 * ```ts
 * const result = attribute(study, { responses: table, cases: data.cases });
 * displayAttribution(study, result, { lang: "zh", data: [{ kind: "responses", name: "responses.csv", ledger: table.ledger }] });
 * ```
 */
export function displayAttribution(study: Study, result: Attribution, options: DisplayAttributionOptions = {}): NotebookView {
  const fn = "displayAttribution";
  requireStudy(fn, study); // first: a call in the 0.1 order (result, study) is told to pass the study first
  const r = checkAttribution(result, fn);
  checkStudy(study, fn);
  const lang = checkLang(options.lang, fn);
  const data = dataDoc(checkDataOptions(fn, options), lang);
  const names = new Names(study, lang);
  const findings = options.theme === undefined ? r.findings : r.findings.filter((f) => f.theme === options.theme);
  const undecided = r.undecided;
  const byId = new Map(r.findings.map((f) => [f.id, f] as const));

  const perTag = new Map<Tag, Finding[]>(TAGS.map((t) => [t, []]));
  for (const f of findings) perTag.get(f.tag)?.push(f);
  const words = notebookWords(lang);
  const tagCounts = TAGS.map((t) => `${perTag.get(t)?.length ?? 0} ${blueprintWords(lang).tagName[t]}`).join(words.comma);
  const correction = words.correction[r.options.correction];
  const alpha = `${pct(r.options.alpha, 0)} (${correction})`;
  const scope = options.theme === undefined ? "" : ` · ${names.theme(options.theme)}`;
  const title = `${w("attribution", lang)}${scope}`;
  const facts =
    `${w("wave", lang)} ${r.wave} · ${count(findings.length)} ${w("findings", lang)} (${tagCounts}) · ` +
    `${count(r.tests.length)} ${w("tests", lang)}, α = ${alpha} · ${count(undecided.length)} ${w("undecidedN", lang)}`;
  const untargeted = untargetedText(study, r, lang);
  const linkage = `${w("linkage", lang)}: ${linkageText(r.linkage, lang)} ${testFamiliesText(familySizes(r), linkTests(r), r.options, lang)}${untargeted === null ? "" : ` ${untargeted}`}`;

  const shown = dataParts(data, lang);
  const covered = coverageParts(study, r, lang);
  const html: string[] = [heading(title), ...shown.html, ...covered.html, para(facts, true), para(linkage, true)];
  const text: string[] = [title, ...shown.text, ...covered.text, facts, linkage];
  if (findings.length === 0) {
    html.push(para(w("noFindings", lang)));
    text.push(w("noFindings", lang));
  }
  for (const tag of TAGS) {
    const list = perTag.get(tag) ?? [];
    if (list.length === 0) continue;
    const t = findingsTable(list, byId, study, names);
    const badge = tagCell(tag, lang);
    html.push(`<h4 style="margin:10px 0 4px 0">${badge.html ?? escapeHtml(badge.text)} (${list.length})</h4>`, htmlTable(t));
    text.push(`${badge.text} (${list.length})\n${textTable(t)}`);
  }
  strengthsPart(study, r, options.theme, lang, html, text);
  const resp = responsibilityTable(r, findings, byId, study, names);
  if (resp !== undefined) {
    html.push(heading(w("responsibility", lang), 4), htmlTable(resp));
    text.push(`${w("responsibility", lang)}\n${textTable(resp)}`);
  }
  if (undecided.length > 0) {
    const t: Table = {
      columns: [{ header: w("subject", lang) }, { header: w("reason", lang) }, { header: w("needsData", lang) }],
      rows: undecided.map((u) => {
        const t = undecidedText(study, u, lang);
        return [t.subject, t.reason, t.needs];
      }),
    };
    const caption = `${w("undecided", lang)} (${undecided.length})`;
    html.push(details(caption, htmlTable(t)));
    text.push(`${caption}\n${textTable(t)}`);
  }
  return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
}
