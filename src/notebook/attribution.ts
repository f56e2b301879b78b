/**
 * Notebook display of an attribution (归因分析): the findings of each of the three tags with the post and
 * department they land on, the evidence, the shares traced between customer gaps and their root causes, and
 * how much must change; then responsibility by post and what the data were too thin to decide.
 * @module
 */
import { match } from "ts-pattern";
import { UsageError } from "../core/errors.js";
import type { Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import type { Attribution } from "../attribution/attribute.js";
import { TAGS, type Finding, type Tag } from "../attribution/findings.js";
import { markStyle } from "../reports/blueprint/vocabulary.js";
import { checkLang, checkStudy, count, isList, Names, num, pct } from "./_format.js";
import { changeText, evidenceText, findingName, findingSubject, gapsOf, lines, tracedCell } from "./_explain.js";
import { details, frame, heading, htmlTable, para, tagCell, textTable, type Cell, type Table } from "./_table.js";
import { w } from "./_words.js";
import { escapeHtml } from "../reports/escape.js";
import { NotebookView } from "./view.js";

/** Options of {@link displayAttribution}. */
export interface DisplayAttributionOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Only the findings of this theme (default: all themes). */
  readonly theme?: string | undefined;
}

function checkAttribution(x: unknown, fn: string): Attribution {
  const a = x as Attribution;
  if (typeof x !== "object" || x === null || !isList(a.findings) || !isList(a.undecided)) {
    throw new UsageError(fn, "expecting the result of attribute(…) as the first argument.", "Pass const result = attribute(study, { responses, cases }).");
  }
  return a;
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

function findingsTable(findings: readonly Finding[], byId: ReadonlyMap<string, Finding>, names: Names): Table {
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
      const subject = findingSubject(f, names);
      const finding: Cell = {
        text: `${subject}\n${f.id}`,
        html: `${escapeHtml(subject)}<br><code style="font-size:11px;color:#4A5568">${escapeHtml(f.id)}</code>`,
      };
      return [
        finding,
        postCell(f, names),
        f.evidence.map((e) => evidenceText(e, names)).join("\n"),
        tracedCell(f, byId, names),
        f.change.map((c) => changeText(c, names)).join("\n") || "–",
        num(f.severity, 2),
        qText(f.q),
      ];
    }),
  };
}

/** Root causes grouped by the post (or, for a department-owned standard, the department) they land on. */
function responsibilityTable(findings: readonly Finding[], byId: ReadonlyMap<string, Finding>, names: Names): Table | undefined {
  const lang = names.lang;
  const roots = findings.filter((f) =>
    match(f)
      .with({ tag: "customer-dissatisfaction" }, (x) => x.unexplained || x.causes.length === 0)
      .with({ tag: "unreasonable-standard" }, () => true)
      .with({ tag: "non-compliant-execution" }, (x) => x.explainedBy.length === 0)
      .exhaustive(),
  );
  if (roots.length === 0) return undefined;
  const groups = new Map<string, { post: string | undefined; dept: string | undefined; findings: Finding[]; severity: number }>();
  for (const f of roots) {
    const dept = f.department ?? names.departmentOfPost(f.post);
    const key = f.post !== undefined ? `post:${f.post}` : `dept:${dept ?? ""}`;
    const g = groups.get(key) ?? { post: f.post, dept, findings: [], severity: 0 };
    g.findings.push(f);
    g.severity += f.severity;
    groups.set(key, g);
  }
  const ordered = [...groups.entries()].sort(([ka, a], [kb, b]) => b.severity - a.severity || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return {
    columns: [{ header: w("post", lang) }, { header: w("department", lang) }, { header: w("rootCausesH", lang) }, { header: w("gapsExplained", lang) }],
    rows: ordered.map(([, g]) => [
      g.post === undefined ? "–" : names.post(g.post),
      g.dept === undefined ? "–" : names.department(g.dept),
      lines(g.findings.map((f) => findingName(f, f.id, names))),
      g.findings.flatMap((f) => gapsOf(f, byId, names)).join("\n") || "–",
    ]),
  };
}

/**
 * Show the findings of an attribution, one table per tag (customer dissatisfaction 客户不满意点, unreasonable
 * standard 标准不合理点, non-compliant execution 执行不合格点). Each row names the post and department it lands
 * on, the evidence with intervals, the shares traced (a customer gap's root causes, or the gaps a root cause
 * explains), how much must change and the adjusted p-value. Then responsibility by post (the root causes each
 * post owns) and the questions the data were too thin to decide.
 *
 * @param result - the result of `attribute`.
 * @param study - the study it was run on (for names).
 * @param options - `lang`, `theme`.
 * @returns a view with `text/html` and `text/plain`.
 * @example
 * ```ts
 * const result = attribute(study, { responses: table, cases: data.cases });
 * displayAttribution(result, study, { lang: "zh" });
 * ```
 */
export function displayAttribution(result: Attribution, study: Study, options: DisplayAttributionOptions = {}): NotebookView {
  const fn = "displayAttribution";
  const r = checkAttribution(result, fn);
  checkStudy(study, fn);
  const lang = checkLang(options.lang, fn);
  const names = new Names(study, lang);
  const findings = options.theme === undefined ? r.findings : r.findings.filter((f) => f.theme === options.theme);
  const undecided = r.undecided;
  const byId = new Map(r.findings.map((f) => [f.id, f] as const));

  const perTag = new Map<Tag, Finding[]>(TAGS.map((t) => [t, []]));
  for (const f of findings) perTag.get(f.tag)?.push(f);
  const sep = lang === "zh" ? "，" : ", ";
  const tagCounts = TAGS.map((t) => `${perTag.get(t)?.length ?? 0} ${markStyle(t).name[lang]}`).join(sep);
  const correction = match(r.options.correction)
    .with("benjamini-hochberg", () => (lang === "zh" ? "Benjamini–Hochberg 错误发现率" : "Benjamini–Hochberg false discovery rate"))
    .with("holm", () => (lang === "zh" ? "Holm 族错误率" : "Holm family-wise error rate"))
    .with("none", () => (lang === "zh" ? "未做多重比较校正" : "no multiple-comparison correction"))
    .exhaustive();
  const alpha = `${pct(r.options.alpha, 0)} (${correction})`;
  const scope = options.theme === undefined ? "" : ` · ${names.theme(options.theme)}`;
  const title = `${w("attribution", lang)}${scope}`;
  const facts =
    `${w("wave", lang)} ${r.wave} · ${count(findings.length)} ${w("findings", lang)} (${tagCounts}) · ` +
    `${count(r.tests.length)} ${w("tests", lang)}, α = ${alpha} · ${count(undecided.length)} ${w("undecidedN", lang)}`;

  const html: string[] = [heading(title), para(facts, true)];
  const text: string[] = [title, facts];
  if (findings.length === 0) {
    html.push(para(w("noFindings", lang)));
    text.push(w("noFindings", lang));
  }
  for (const tag of TAGS) {
    const list = perTag.get(tag) ?? [];
    if (list.length === 0) continue;
    const t = findingsTable(list, byId, names);
    const badge = tagCell(tag, lang);
    html.push(`<h4 style="margin:10px 0 4px 0">${badge.html ?? escapeHtml(badge.text)} (${list.length})</h4>`, htmlTable(t));
    text.push(`${badge.text} (${list.length})\n${textTable(t)}`);
  }
  const resp = responsibilityTable(findings, byId, names);
  if (resp !== undefined) {
    html.push(heading(w("responsibility", lang), 4), htmlTable(resp));
    text.push(`${w("responsibility", lang)}\n${textTable(resp)}`);
  }
  if (undecided.length > 0) {
    const t: Table = {
      columns: [{ header: w("subject", lang) }, { header: w("kind", lang) }, { header: w("reason", lang) }, { header: w("needsData", lang) }],
      rows: undecided.map((u) => [u.subject, u.kind, u.reason, u.needs]),
    };
    const caption = `${w("undecided", lang)} (${undecided.length})`;
    html.push(details(caption, htmlTable(t)));
    text.push(`${caption}\n${textTable(t)}`);
  }
  return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
}
