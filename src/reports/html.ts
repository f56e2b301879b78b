/**
 * The HTML writer: a report document as one self-contained page (inline CSS and SVG, no script, no external
 * resource, a Content Security Policy that forbids both) with the summary, gap and priority charts, each theme's
 * blueprint with the findings marked on it, the findings with their evidence chains, the responsibility lists, the
 * undecided items, the priorities, an optional wave comparison and the audit trail of tests. It renders from the
 * report document and the figures drawn beside it (`html-page.ts` draws them from the study), never from the raw
 * attribution or the study. English or Simplified Chinese; every label escaped, so a step named `<script>` shows
 * as text.
 * @module
 */
import { match } from "ts-pattern";
import type { Lang } from "../core/label.js";
import { labelText } from "../core/label.js";
import { QUADRANTS, type Quadrant } from "../stats/drivers/importance-performance.js";
import { BLUEPRINT_FONT_FAMILY, MARK_STYLES, MARK_TAGS, type MarkTag } from "./blueprint/index.js";
import { gapBarsSvg, quadrantSvg, QUADRANT_COLOURS } from "./charts.js";
import { word, type WordKey } from "./dictionary.js";
import { escapeHtml as h } from "../core/escape.js";
import { correctionName } from "./link-text.js";
import { strengthHead, strengthRows } from "./families.js";
import {
  formatCi, formatCount, formatIndex, formatNumber, formatPercent, formatPoints, formatPriority, formatQ, NO_VALUE,
} from "./numbers.js";
import { entryOf, isToTest, rootCauseRanking } from "./report.js";
import { REPORT_FORMAT, type ReportDocument, type ReportEntry, type ReportEvidence, type ReportFinding, type ReportLink } from "./schema.js";
import { tagMeaning, tagName } from "./text.js";
import { wordsFor, type ReportWords } from "./words/index.js";

// English text in a Latin face first: CJK faces draw quotation marks full-width. Chinese keeps the CJK face first.
const LATIN_FIRST = `'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', ${BLUEPRINT_FONT_FAMILY}`;

const CSS = `
:root{--ink:#1a202c;--muted:#4a5568;--faint:#718096;--line:#e2e8f0;--bg:#f7f8fa;--card:#fff;--accent:#2b6cb0;
--cd:#d55e00;--cd-t:#fbe3d3;--us:#0072b2;--us-t:#d6e9f5;--nce:#8e3b8a;--nce-t:#eeddec}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.55 ${LATIN_FIRST}}
html:lang(zh) body{font-family:${BLUEPRINT_FONT_FAMILY}}
a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px}
header.mast{background:#1f2d3d;color:#fff;padding:28px 0 22px}
.wrap{max-width:1180px;margin:0 auto;padding:0 28px}
header.mast h1{margin:0 0 6px;font-size:26px;font-weight:700;letter-spacing:.2px}
header.mast .sub{color:#cbd5e0;font-size:15px}
header.mast .meta{display:flex;flex-wrap:wrap;gap:8px;margin-top:14px}
.chip{display:inline-block;border:1px solid rgba(255,255,255,.28);border-radius:999px;padding:2px 10px;font-size:12px;color:#e2e8f0}
nav.toc{background:#fff;border-bottom:1px solid var(--line);position:sticky;top:0;z-index:2}
nav.toc ol{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:2px 18px}
nav.toc a{display:inline-block;padding:10px 0;text-decoration:none;color:var(--muted);font-size:13px}
nav.toc a:hover{color:var(--ink)}
main{padding:8px 0 40px}
section{margin-top:30px}
h2{font-size:20px;margin:0 0 4px;padding-bottom:6px;border-bottom:2px solid var(--ink)}
h3{font-size:16px;margin:22px 0 8px}
h4{font-size:15px;margin:0}
.note{color:var(--muted);margin:6px 0 12px;max-width:900px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:14px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.card .num{font-size:28px;font-weight:700;line-height:1.1}
.card .lbl{color:var(--muted);font-size:12.5px;margin-top:4px}
.card .lbl svg{vertical-align:-3px}
.card.cd{border-top:4px solid var(--cd)}.card.us{border-top:4px solid var(--us)}.card.nce{border-top:4px solid var(--nce)}
.card.plain{border-top:4px solid #a0aec0}
.samples{color:var(--muted);font-size:13px}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.prio{display:grid;grid-template-columns:minmax(220px,1.3fr) 2fr auto;gap:6px 14px;align-items:center}
.prio .who{color:var(--muted);font-size:12.5px}
.bar{height:12px;background:#edf2f7;border-radius:6px;overflow:hidden}.bar>span{display:block;height:100%;border-radius:6px}
.tag{display:inline-flex;align-items:center;gap:5px;font-size:12px;font-weight:600;border-radius:4px;padding:1px 7px 1px 4px;white-space:nowrap}
.tag svg{flex:none}
.tag.customer-dissatisfaction{background:var(--cd-t);color:#8a3b00}
.tag.unreasonable-standard{background:var(--us-t);color:#004a75}
.tag.non-compliant-execution{background:var(--nce-t);color:#5e2459}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:14px;align-items:start}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-size:13px;color:var(--muted);margin-top:6px}
figcaption b{color:var(--ink)}
.scroll{overflow-x:auto}
.zoom{position:absolute;opacity:0}
.zoom+label{display:inline-block;font-size:12.5px;color:var(--accent);cursor:pointer;margin:0 0 6px;border:1px solid var(--line);border-radius:4px;padding:1px 8px;background:#fff}
.zoom:focus-visible+label{outline:2px solid var(--accent)}
.zoom:checked+label{background:#ebf4ff}
.zoom:checked~.scroll svg{max-width:none;width:auto}
.key{list-style:none;margin:8px 0 0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:2px 12px;font-size:12.5px}
.key .dot{display:inline-block;width:18px;height:18px;border-radius:50%;color:#fff;font-weight:700;font-size:11px;text-align:center;line-height:18px;margin-right:6px}
details{margin:8px 0}
details>summary{cursor:pointer;font-weight:600}
details.theme>summary{font-size:15px;padding:6px 0}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid #a0aec0;border-radius:8px;padding:14px 18px;margin:12px 0}
.finding.customer-dissatisfaction{border-left-color:var(--cd)}.finding.unreasonable-standard{border-left-color:var(--us)}.finding.non-compliant-execution{border-left-color:var(--nce)}
.finding header{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px 12px}
.finding .lands{color:var(--muted);font-size:13px}
.finding .headline{margin:8px 0 10px;font-size:14.5px}
.finding dl{margin:0;display:grid;grid-template-columns:170px 1fr;gap:6px 14px}
.finding dt{color:var(--muted);font-size:12.5px;font-weight:600;text-transform:uppercase;letter-spacing:.3px;padding-top:2px}
.finding dd{margin:0}
.finding ul{margin:0;padding-left:18px}
.measures{display:flex;flex-wrap:wrap;gap:6px}
.measure{background:#f0fff4;border:1px solid #c6f6d5;color:#22543d;border-radius:4px;padding:1px 8px;font-size:12.5px}
.measure small{color:#2f855a}
.cause>summary{font-weight:500}
.cause .share{display:inline-block;min-width:52px;font-weight:700}
ol.chain{list-style:none;margin:10px 0 4px;padding:0}
ol.chain>li{position:relative;padding:0 0 12px 34px}
ol.chain>li:before{content:attr(data-n);position:absolute;left:0;top:0;width:22px;height:22px;border-radius:50%;background:#2d3748;color:#fff;font-size:11px;font-weight:700;text-align:center;line-height:22px}
ol.chain>li:after{content:"";position:absolute;left:10px;top:24px;bottom:0;border-left:2px solid #cbd5e0}
ol.chain>li:last-child:after{display:none}
ol.chain>li.root:before{background:var(--nce)}ol.chain>li.root.us:before{background:var(--us)}
ol.chain>li.cust:before{background:var(--cd)}
ol.chain .step{font-weight:600}
ol.chain .where{color:var(--muted);font-size:12.5px;margin-left:6px}
ol.chain .ev{display:flex;flex-wrap:wrap;gap:4px 6px;margin-top:3px}
.ev span{font-size:12.5px;border-radius:4px;padding:0 6px;background:#edf2f7;color:var(--muted)}
.ev span.sig{background:#fff5eb;color:#7b341e;border:1px solid #fbd38d}
.ev span.none{background:none;padding:0;font-style:italic}
.grade{display:inline-block;font-size:11.5px;border:1px solid var(--line);border-radius:4px;padding:0 5px;color:var(--muted);background:#f7fafc;white-space:nowrap}
.totest{color:var(--muted)}
ul.possible{margin:0;padding-left:18px}ul.possible li{margin:4px 0}
p.unexplained{margin:0}
table{border-collapse:collapse;width:100%;background:var(--card);font-size:13px}
caption{text-align:left;font-weight:600;padding:6px 0;color:var(--ink)}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f1f4f8;font-size:12px;color:var(--muted);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.dept{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin:12px 0}
.dept header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:6px 16px;align-items:baseline;margin-bottom:6px}
.dept .posts{color:var(--muted);font-size:12.5px}
.sig-yes{color:#9b2c2c;font-weight:600}.sig-no{color:var(--faint)}
.better{color:#276749;font-weight:600}.worse{color:#9b2c2c;font-weight:600}
aside.partial{margin:18px 0 0;padding:12px 16px;border:1px solid #f6ad55;border-left:6px solid #c05621;border-radius:8px;background:#fffaf0;color:#7b341e}
aside.partial b{color:#9c4221}
ul.values{margin:8px 0;padding-left:18px;color:var(--muted);font-size:13px}
footer{border-top:1px solid var(--line);color:var(--faint);font-size:12px;padding:16px 0 30px}
@media print{nav.toc{display:none}body{background:#fff}.finding,.dept,figure,.panel,.card{break-inside:avoid}details{display:block}header.mast{background:#fff;color:var(--ink)}header.mast .sub,.chip{color:var(--muted)}}
`;

/** The blueprint mark's shape and letter, as a small inline picture. */
function tagMark(tag: MarkTag): string {
  return tagBadge(tag, undefined);
}

/** A tag badge: the blueprint mark's shape and letter, then (with a language) the tag's name. */
function tagBadge(tag: MarkTag, lang: Lang | undefined): string {
  const s = MARK_STYLES.get(tag);
  const colour = s?.color ?? "#4a5568";
  const shape = match(s?.shape ?? "circle")
    .with("circle", () => `<circle cx="8" cy="8" r="7" fill="${colour}"/>`)
    .with("triangle", () => `<path d="M8 1 15 14H1z" fill="${colour}"/>`)
    .with("square", () => `<rect x="1.5" y="1.5" width="13" height="13" rx="1.5" fill="${colour}"/>`)
    .exhaustive();
  const letterY = s?.shape === "triangle" ? 12.5 : 11.5;
  const picture = `<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${shape}<text x="8" y="${letterY}" text-anchor="middle" font-size="9" font-weight="700" fill="#fff" font-family="sans-serif">${h(s?.letter ?? "")}</text></svg>`;
  return lang === undefined ? picture : `<span class="tag ${tag}">${picture}${h(tagName(tag, lang))}</span>`;
}

/** An id usable in HTML and SVG ids, derived from an untrusted id and a counter. */
function anchor(kind: string, i: number): string {
  return `${kind}-${i}`;
}

function table(caption: string, head: readonly { text: string; num?: boolean }[], rows: readonly (readonly string[])[], numCols: ReadonlySet<number> = new Set()): string {
  const th = head.map((c) => `<th scope="col"${c.num === true ? ' class="num"' : ""}>${h(c.text)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${numCols.has(i) ? ' class="num"' : ""}>${cell}</td>`).join("")}</tr>`).join("");
  return `<table><caption>${h(caption)}</caption><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}


/** What the page draws beside the report document, from the study: pictures and a comparison in words. */
export interface HtmlFigures {
  /** Each theme's blueprint in the study's order: its name, its picture, and how many marks it carries. */
  readonly blueprints: readonly { readonly name: string; readonly svg: string; readonly marks: number }[];
  /** For each theme id, the evaluation points at its blueprint's steps: the bars of its gap chart. */
  readonly themePoints: ReadonlyMap<string, ReadonlySet<string>>;
  /** A wave comparison to show, in words. */
  readonly comparison?: ComparisonView | undefined;
}

/** A wave comparison as the page shows it: figures and posts already named. */
export interface ComparisonView {
  /** The waves compared. */
  readonly before: string;
  readonly after: string;
  /** Each figure: what it is, its value in each wave, the change with its interval and q, and its direction. */
  readonly changes: readonly {
    readonly subject: string;
    readonly kind: "point" | "internal" | "compliance";
    readonly before: number | undefined;
    readonly after: number | undefined;
    readonly difference: { readonly value: number; readonly ci: readonly [number, number]; readonly q: number } | undefined;
    readonly direction: "better" | "worse" | "no-change";
  }[];
  /** Each post: how many findings in each wave, and which were resolved or added (named). */
  readonly posts: readonly { readonly post: string; readonly before: number; readonly after: number; readonly resolved: readonly string[]; readonly added: readonly string[] }[];
}

/** Options of {@link htmlFromReport}. */
export interface HtmlPageOptions {
  /** The page title; default "Satisfaction gap attribution report" in the report's language. */
  readonly title?: string | undefined;
  /** What the page draws from the study (blueprints, theme membership of the charts, a wave comparison). */
  readonly figures?: HtmlFigures | undefined;
}

/** One section of the page. */
interface Section {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}

/** The document, its language's words and the measures by id: what every section renders from. */
interface Ctx {
  readonly doc: ReportDocument;
  readonly lang: Lang;
  readonly w: (k: WordKey) => string;
  readonly words: ReportWords;
  readonly measures: ReadonlyMap<string, ReportDocument["measures"][number]>;
}

/**
 * Write a report document as one self-contained HTML page, with the figures drawn from the study beside it.
 *
 * @param doc - The report document (from `buildReport`, or a JSON report read back).
 * @param options - The title, and the figures (without them the page has no blueprints and no gap bars).
 * @returns The HTML document (UTF-8, no external resources, no script).
 * @example
 * ```ts
 * const html = htmlFromReport(readReportJson(jsonText), { title: "Wave 2026" });
 * ```
 */
export function htmlFromReport(doc: ReportDocument, options: HtmlPageOptions = {}): string {
  const c: Ctx = { doc, lang: doc.lang, w: (k) => word(k, doc.lang), words: wordsFor(doc.lang), measures: new Map(doc.measures.map((m) => [m.id, m] as const)) };
  const figures = options.figures;
  const coverage = coverageSection(c);
  const sections: Section[] = [dataSection(c), ...(coverage === undefined ? [] : [coverage]), summarySection(c)];
  const charts = chartsSection(c, figures?.themePoints);
  if (charts !== undefined) sections.push(charts);
  if (figures !== undefined) sections.push(blueprintsSection(c, figures.blueprints));
  sections.push(findingsSection(c), strengthsSection(c), responsibilitySection(c));
  const monitoring = monitoringSection(c);
  if (monitoring !== undefined) sections.push(monitoring);
  const walkthroughs = walkthroughsSection(c);
  if (walkthroughs !== undefined) sections.push(walkthroughs);
  const targets = targetsSection(c);
  if (targets !== undefined) sections.push(targets);
  sections.push(undecidedSection(c), prioritiesSection(c));
  if (figures?.comparison !== undefined) sections.push({ id: "comparison", title: c.w("comparison"), html: comparisonHtml(figures.comparison, c) });
  sections.push(auditSection(c));
  return pageHtml(c, options.title ?? c.w("reportTitle"), sections);
}

/** The page around its sections: head, masthead with the run's options, contents, footer. */
function pageHtml(c: Ctx, title: string, sections: readonly Section[]): string {
  const { doc, w } = c;
  const colon = c.words.punct.colon;
  const toc = sections.map((s) => `<li><a href="#${s.id}">${h(s.title)}</a></li>`).join("");
  const meta = [
    `${w("wave")}${colon}${doc.wave}`,
    `${w("confidence")} ${formatPercent(doc.options.level)}`,
    `${w("falseDiscovery")} ${formatPercent(doc.options.alpha)} (${correctionName(doc.options.correction, c.lang)})`,
    `${w("themes")}${colon}${formatCount(doc.summary.themes.length)}`,
  ]
    .map((m) => `<span class="chip">${h(m)}</span>`)
    .join("");
  return (
    `<!DOCTYPE html>\n<html lang="${c.words.page.htmlLang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="gaptrace ${REPORT_GENERATOR}">` +
    `<title>${h(title)} — ${h(doc.study.name)}</title><style>${CSS}</style></head><body>` +
    `<a class="skip" href="#main">${h(w("skipToContent"))}</a>` +
    `<header class="mast"><div class="wrap"><h1>${h(title)}</h1><div class="sub">${h(doc.study.name)}</div><div class="meta">${meta}</div></div></header>` +
    `<nav class="toc" aria-label="${h(w("contents"))}"><div class="wrap"><ol>${toc}</ol></div></nav>` +
    `<main id="main"><div class="wrap">${bannersHtml(c)}${sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${h(s.title)}</h2>${s.html}</section>`).join("")}</div></main>` +
    `<footer><div class="wrap">${h(w("generatedBy"))} · ${h(doc.format)} · ${h(doc.study.id)}</div></footer></body></html>\n`
  );
}

/** The partial-data banners at the top of the page, one per source whose rejected share is above the threshold. */
function bannersHtml(c: Ctx): string {
  const title = c.words.data.partialTitle;
  return c.doc.data.sources
    .filter((s) => s.banner !== null)
    .map((s) => `<aside class="partial" aria-label="${h(title)}"><b>${h(title)}</b>${c.words.punct.colon}${h(s.banner ?? "")}</aside>`)
    .join("");
}

/** Where the rows came from: per source rows read = accepted + rejected, the share rejected and why, the values. */
function dataSection(c: Ctx): Section {
  const { data } = c.doc;
  const words = c.words.data;
  if (!data.given) return { id: "data", title: words.heading, html: `<p class="note">${h(data.text)}</p>` };
  const k = words.columns;
  const head = [{ text: k.source }, { text: k.rowsRead, num: true }, { text: k.accepted, num: true }, { text: k.rejected, num: true }, { text: k.rejectedShare, num: true }, { text: k.byReason }];
  const rows = data.sources.map((s) => [
    `${h(s.name)} <small class="grade">${h(s.kindName)}</small>`,
    formatCount(s.rowsRead),
    formatCount(s.accepted),
    formatCount(s.rejected),
    s.partial ? `<span class="worse">${h(words.shareOf(formatPercent(s.rejectedShare), s.rejectedShareOf))}</span>` : h(words.shareOf(formatPercent(s.rejectedShare), s.rejectedShareOf)),
    s.byReason.length === 0 ? NO_VALUE : h(s.byReason.map((r) => words.reasonCount(r.reasonName, formatCount(r.count))).join(c.words.punct.semicolon)),
  ]);
  const values = data.sources.filter((s) => s.valuesText !== null).map((s) => `<li>${h(s.name)}${c.words.punct.colon}${h(s.valuesText ?? "")}</li>`);
  return {
    id: "data",
    title: words.heading,
    html: `${table(words.heading, head, rows, new Set([1, 2, 3, 4]))}${values.length === 0 ? "" : `<ul class="values">${values.join("")}</ul>`}<p class="note">${h(data.text)}</p>`,
  };
}

const CARD_CLASS: Readonly<Record<MarkTag, string>> = { "customer-dissatisfaction": "cd", "unreasonable-standard": "us", "non-compliant-execution": "nce" };

/** The counts, the samples, the linkage, where to act first and the method. */
function summarySection(c: Ctx): Section {
  const { doc, w } = c;
  const causes = (pick: (f: Extract<ReportFinding, { tag: "customer-dissatisfaction" }>) => number): number =>
    doc.findings.reduce((a, f) => a + (f.tag === "customer-dissatisfaction" ? pick(f) : 0), 0);
  const cards = [
    ...MARK_TAGS.map((t) => `<div class="card ${CARD_CLASS[t]}"><div class="num">${formatCount(doc.summary.findings[t])}</div><div class="lbl">${tagMark(t)} ${h(tagName(t, c.lang))}</div></div>`),
    `<div class="card plain"><div class="num">${formatCount(doc.summary.rootCauses)}</div><div class="lbl">${h(w("rootCauses"))}</div></div>`,
    `<div class="card plain"><div class="num">${formatCount(doc.summary.tests.total)}</div><div class="lbl">${h(w("testsRun"))} (${formatCount(doc.summary.tests.significant)} ${h(w("significant"))})</div></div>`,
    `<div class="card plain"><div class="num">${formatCount(doc.summary.undecided)}</div><div class="lbl">${h(w("undecidedShort"))}</div></div>`,
    `<div class="card plain"><div class="num">${formatCount(causes((f) => f.causes.length))}</div><div class="lbl">${h(w("measuredCauses"))}</div></div>`,
    `<div class="card plain"><div class="num">${formatCount(causes((f) => f.links.filter(isToTest).length))}</div><div class="lbl">${h(w("possibleCauses"))}</div></div>`,
  ].join("");
  const s = doc.summary.samples;
  const samples = `<p class="samples">${h(w("samples"))}${c.words.punct.colon}${h(w("customers"))} n = ${formatCount(s.customers ?? undefined)} · ${h(w("staff"))} n = ${formatCount(s.staff ?? undefined)} · ${h(w("cases"))} n = ${formatCount(s.cases ?? undefined)}</p>`;
  return { id: "summary", title: w("summary"), html: `<div class="cards">${cards}</div>${samples}${linkageHtml(c)}${actFirstHtml(c)}<p class="note">${h(w("methodNote"))}</p>` };
}

/** Per theme: the gap bars of its points (when the figures say which) and its importance–performance grid. */
function chartsSection(c: Ctx, themePoints: ReadonlyMap<string, ReadonlySet<string>> | undefined): Section | undefined {
  const { doc, w, lang } = c;
  const parts: string[] = [];
  doc.summary.themes.forEach((theme, ti) => {
    const points = themePoints?.get(theme.id);
    const bars = doc.tests
      .flatMap((t) => (t.evidence.data.kind === "perception-below-target" ? [{ t, e: t.evidence.data }] : []))
      .filter(({ e }) => points?.has(e.point) === true)
      .map(({ t, e }) => ({ label: t.evidence.subject, value: e.index.value ?? NaN, ci: [e.index.ci[0] ?? NaN, e.index.ci[1] ?? NaN] as const, target: e.target ?? NaN, significant: t.significant }));
    const pr = doc.priorities?.find((p) => p.theme.id === theme.id);
    if (bars.length === 0 && pr === undefined) return;
    const figs: string[] = [];
    if (bars.length > 0)
      figs.push(
        `<figure>${gapBarsSvg(bars, { lang, title: `${w("gapChart")}: ${theme.name}`, idPrefix: `gap${ti}-` })}<figcaption><b>${h(w("gapChart"))}</b> — ${h(w("gapChartNote"))}</figcaption></figure>`,
      );
    if (pr !== undefined) figs.push(quadrantFigure(c, pr, theme.name, ti));
    parts.push(`<h3>${h(theme.name)}</h3><div class="grid2">${figs.join("")}</div>`);
  });
  return parts.length === 0 ? undefined : { id: "charts", title: w("charts"), html: parts.join("") };
}

/** A theme's importance–performance grid with its key. */
function quadrantFigure(c: Ctx, pr: NonNullable<ReportDocument["priorities"]>[number], themeName: string, ti: number): string {
  const { w, lang } = c;
  const ordered = [...pr.points].sort((a, b) => a.rank - b.rank || (a.point.id < b.point.id ? -1 : 1));
  const names = Object.fromEntries([...QUADRANTS].map(([q, v]) => [q, labelText(v.label, lang)])) as Record<Quadrant, string>;
  const pts = ordered.map((p, k) => ({
    key: k + 1,
    label: p.point.name,
    importance: p.importance ?? 0,
    performance: p.performance ?? 0,
    quadrant: p.quadrant,
    ...(p.reference !== undefined && p.reference !== null ? { reference: p.reference, referenceKind: p.referenceKind ?? "mean-of-points" } : {}),
  }));
  const below = (p: (typeof ordered)[number]): boolean => p.referenceKind === "target" && p.belowTarget !== true && (p.performance ?? 0) < (p.reference ?? 0);
  const key = ordered
    .map((p, k) => `<li><span class="dot" style="background:${QUADRANT_COLOURS[p.quadrant]}">${k + 1}</span>${h(p.point.name)} <span class="sig-no">(${h(p.quadrantName)}${below(p) ? `${c.words.punct.semicolon}${h(c.words.charts.notSignificantlyBelow)}` : ""})</span></li>`)
    .join("");
  const hollow = ordered.some(below) ? ` ${c.words.charts.hollowDots}` : "";
  const note = `${pr.reference?.text ?? w("quadrantChartNote")}${hollow}`;
  return `<figure>${quadrantSvg(pts, names, { lang, title: `${w("quadrantChart")}: ${themeName}`, idPrefix: `ipa${ti}-` })}<ol class="key">${key}</ol><figcaption><b>${h(w("quadrantChart"))}</b> — ${h(note)}</figcaption></figure>`;
}

/** Each theme's blueprint, marked, shown whole with a switch to full size. */
function blueprintsSection(c: Ctx, blueprints: HtmlFigures["blueprints"]): Section {
  const w = c.w;
  const parts = blueprints.map((bp, i) => {
    // A wide blueprint is shown whole (fit to the page) so every mark is in view; a checkbox, not a script,
    // switches it to full size with scrolling.
    const zoom = `<input type="checkbox" class="zoom" id="bp${i}-zoom"><label for="bp${i}-zoom">${h(w("fullSize"))}</label>`;
    return `<details class="theme"${bp.marks > 0 ? " open" : ""}><summary>${h(bp.name)}${h(c.words.page.marked(bp.marks))}</summary><figure>${zoom}<div class="scroll">${bp.svg}</div><figcaption>${h(w("blueprintNote"))}</figcaption></figure></details>`;
  });
  return { id: "blueprints", title: w("blueprints"), html: parts.join("") };
}

/** The findings by tag. */
function findingsSection(c: Ctx): Section {
  const parts: string[] = [];
  for (const tag of MARK_TAGS) {
    const list = c.doc.findings.filter((f) => f.tag === tag);
    parts.push(`<h3>${tagBadge(tag, c.lang)}</h3><p class="note">${h(tagMeaning(tag, c.lang))}</p>`);
    if (list.length === 0) parts.push(`<p>${h(c.w("noFindings"))}</p>`);
    list.forEach((f, i) => parts.push(findingHtml(f, c, i === 0, findingAnchor(c.doc, f.id))));
  }
  // Where the suggested measures come from (the study's industry, the shared measures alone, a file).
  if (c.doc.measuresSource !== undefined) parts.push(`<p class="note">${h(c.w("measures"))}${c.words.punct.colon}${h(c.doc.measuresSource.text)}</p>`);
  return { id: "findings", title: c.w("findings"), html: parts.join("") };
}

/** The strengths (优势点): points rated significantly better than their reference; never findings against a post. */
function strengthsSection(c: Ctx): Section {
  const rows = strengthRows(c.doc).map((r) => r.map((x) => h(x)));
  const head = strengthHead(c.doc).map((text, i) => ({ text, num: i >= 3 }));
  return {
    id: "strengths",
    title: c.w("strengths"),
    html: `<p class="note">${h(c.w("strengthsNote"))}</p>` + (rows.length === 0 ? `<p>${h(c.w("noStrengths"))}</p>` : table(c.w("strengths"), head, rows, new Set([3, 4, 5]))),
  };
}

/** The responsibility lists: each department with its entries, then every post. */
function responsibilitySection(c: Ctx): Section {
  const { doc, w } = c;
  const colon = c.words.punct.colon;
  const parts: string[] = [`<p class="note">${h(w("responsibilityNote"))}</p>`];
  const maxD = Math.max(1e-9, ...doc.responsibility.departments.map((d) => d.priority ?? 0));
  doc.responsibility.departments.forEach((d) => {
    const posts = d.posts.map((p) => h(p.name)).join(c.words.punct.list);
    const rows = d.entries.map((e) => entryRow(e, c, true));
    parts.push(
      `<div class="dept"><header><h4>${h(d.department.name)}</h4><span class="posts">${h(w("post"))}${colon}${posts || NO_VALUE}</span></header>` +
        `<div class="bar" style="max-width:420px" role="img" aria-label="${h(w("measuredGap"))} ${h(formatPriority(d.priority))}"><span style="width:${formatNumber(((d.priority ?? 0) / maxD) * 100, { digits: 1 })}%;background:#2d3748"></span></div>` +
        (d.alerts === undefined ? "" : `<p class="alerts">${h(d.alerts.text)}</p>`) +
        listWalkthroughHtml(d.walkthrough) +
        (d.targets ?? []).map((t) => `<p class="target">${h(t)}</p>`).join("") +
        (rows.length === 0 ? "" : table(`${w("responsibility")} — ${d.department.name}`, entryHead(c, true), rows, new Set([4]))) +
        `</div>`,
    );
  });
  const postRows = doc.responsibility.posts.flatMap((p) => {
    // A post's monitoring alerts of the review period go under its name, in its first row.
    const alerts = (p.alerts === undefined ? "" : `<br><small>${h(p.alerts.text)}</small>`) + (p.walkthrough === undefined ? "" : `<br><small>${h(p.walkthrough.text)}</small>`) + (p.targets ?? []).map((t) => `<br><small class="target">${h(t)}</small>`).join("");
    const who = `<b>${h(p.post.name)}</b>${p.persons.length > 0 ? `<br><small>${h(w("persons"))}${colon}${p.persons.map((x) => h(x.name)).join(", ")}</small>` : ""}${alerts}`;
    if (p.entries.length === 0) return [[who, h(p.department?.name ?? NO_VALUE), NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE]];
    return p.entries.map((e, k) => [
      k === 0 ? who : "",
      k === 0 ? h(p.department?.name ?? NO_VALUE) : "",
      `${tagBadge(e.tag, c.lang)}<br>${h(e.title)}`,
      h(e.roleName),
      sharesHtml(e, c),
      h(formatPriority(e.priority)),
    ]);
  });
  const head = [{ text: w("post") }, { text: w("department") }, { text: w("finding") }, { text: w("role") }, { text: w("shareOfGaps") }, { text: w("measuredGap"), num: true }];
  parts.push(`<details><summary>${h(w("byPost"))}</summary>${table(`${w("responsibility")} — ${w("byPost")}`, head, postRows, new Set([5]))}</details>`);
  return { id: "responsibility", title: w("responsibility"), html: parts.join("") };
}

/**
 * What these data can show, when some kind of gap or the links could not be tested, or data the study declares
 * are missing: each kind tested or not, with the data that would test it, and the links to customers. No section
 * when the data tested everything the study declares.
 */
function coverageSection(c: Ctx): Section | undefined {
  const cov = c.doc.coverage;
  if (cov === undefined || !cov.shown) return undefined;
  const w = c.words.coverage;
  const item = (testable: boolean, text: string, needs: readonly { readonly text: string }[]): string => {
    const more = needs.length === 0 ? "" : h((testable ? w.moreWays : w.wouldTest)(needs.map((n) => n.text)));
    return `<li>${testable ? h(text) : `<b>${h(text)}</b>`}${more}</li>`;
  };
  const items = [...cov.gaps.map((g) => item(g.testable, g.text, g.needs)), item(cov.links.testable, cov.links.text, cov.links.needs)].join("");
  return { id: "coverage", title: w.heading, html: `<p class="note">${h(w.note)}</p><p>${h(cov.text)}</p><ul>${items}</ul>` };
}

/** The target cascade, when the report was given one: per theme the predictions and the points, the indicators, the problems. */
function targetsSection(c: Ctx): Section | undefined {
  const t = c.doc.targets;
  if (t === undefined) return undefined;
  const w = c.words.targets;
  const n = (x: number | null): string => (x === null ? NO_VALUE : h(formatIndex(x)));
  const themes = t.themes.map((th) => {
    const rows = th.points.map((p) => [h(p.point.name), p.effect === null ? NO_VALUE : h(formatNumber(p.effect, { digits: 2 })), n(p.current), n(p.target), p.move > 0 ? h(formatIndex(p.move)) : NO_VALUE, h(w.status[p.status])]);
    const head = w.pointColumns.map((text, i) => ({ text, num: i > 0 && i < 5 }));
    return `<h3>${h(th.theme.name)}</h3>${th.lines.map((l) => `<p>${h(l)}</p>`).join("")}${rows.length === 0 ? "" : table(th.theme.name, head, rows, new Set([1, 2, 3, 4]))}`;
  });
  const indHead = w.indicatorColumns.map((text, i) => ({ text, num: i > 0 && i < 4 }));
  const indRows = t.indicators.map((i) => [h(i.indicator.name), n(i.current), h(formatIndex(i.target)), n(i.move), i.owners.length === 0 ? h(w.noOwner) : i.owners.map((o) => h(o.name)).join(h(c.words.punct.list)), h(i.acceptance)]);
  const problems = t.problems.length === 0 ? "" : `<h3>${h(w.problems)}</h3><ul>${t.problems.map((p) => `<li>${h(p.message)} <small>${h(p.hint)}</small></li>`).join("")}</ul>`;
  const indicators = indRows.length === 0 ? "" : table(w.indicatorColumns[0], indHead, indRows, new Set([1, 2, 3]));
  return { id: "targets", title: w.heading, html: `<p class="note">${h(w.note)}</p>${themes.join("")}${indicators}${problems}` };
}

/** The review of a period's monitoring alerts, per owning department and post, when the report was given one. */
function monitoringSection(c: Ctx): Section | undefined {
  const m = c.doc.monitoring;
  if (m === undefined) return undefined;
  const w = c.words.monitoring;
  const head = w.columns.map((text, i) => ({ text, num: i > 0 }));
  const nums = new Set([1, 2, 3, 4, 5, 6]);
  const cells = (x: { raised: number; escalated: number; resolved: number; open: number; maxLevel: number; medianMinutesToResolve: number | null }): string[] =>
    [x.raised, x.escalated, x.resolved, x.open, x.maxLevel + 1].map(String).concat(x.medianMinutesToResolve === null ? "—" : String(Math.round(x.medianMinutesToResolve)));
  const body =
    m.from === null || m.to === null
      ? `<p>${h(w.none)}</p>`
      : [
          `<p>${h(w.period(m.from.slice(0, 10), m.to.slice(0, 10)))}</p>`,
          table(w.byDepartment, head, m.byDepartment.map((d) => [h(d.department.name), ...cells(d)]), nums),
          table(w.byPost, head, m.byPost.map((p) => [h(p.post.name), ...cells(p)]), nums),
          m.unrouted > 0 ? `<p>${h(w.unrouted(m.unrouted))}</p>` : "",
        ].join("");
  return { id: "monitoring", title: w.heading, html: `<p class="note">${h(w.note)}</p>${body}` };
}

/** Process walkthroughs (流程穿越), when the attribution read walkthrough records: counts, what they corroborate, support and point at, and the problems. */
function walkthroughsSection(c: Ctx): Section | undefined {
  const x = c.doc.walkthroughs;
  if (x === undefined) return undefined;
  const w = c.words.walkthrough;
  const list = (heading: string, items: readonly { text: string }[]): string => (items.length === 0 ? "" : `<h3>${h(heading)}</h3><ul>${items.map((i) => `<li>${h(i.text)}</li>`).join("")}</ul>`);
  const rows = x.problems.map((p) => [h(p.problem), h(p.step.name), h(p.post?.name ?? NO_VALUE), h(p.kindName), h(p.solvedName), h(p.measure ?? NO_VALUE)]);
  const head = w.columns.map((text) => ({ text }));
  return {
    id: "walkthroughs",
    title: w.heading,
    html:
      `<p class="note">${h(w.note)}</p><p>${h(x.text)}</p>` +
      list(w.corroborationsHeading, x.corroborations) +
      list(w.supportsHeading, x.supports) +
      list(w.unconfirmedHeading, x.unconfirmed) +
      (rows.length === 0 ? "" : table(w.problemsHeading, head, rows)),
  };
}

/** A list's walkthrough problems under its owner: the sentence, then one item per problem (open first). */
function listWalkthroughHtml(x: { readonly open: readonly { text: string }[]; readonly solved: readonly { text: string }[]; readonly text: string } | undefined): string {
  if (x === undefined) return "";
  return `<p class="walkthrough">${h(x.text)}</p><ul>${[...x.open, ...x.solved].map((p) => `<li>${h(p.text)}</li>`).join("")}</ul>`;
}

/** Where the data were too thin to decide, and what would settle it. */
function undecidedSection(c: Ctx): Section {
  const { doc, w } = c;
  const rows = doc.undecided.map((u) => [h(u.text.subject), h(u.text.reason), h(u.text.needs)]);
  return {
    id: "undecided",
    title: w("undecided"),
    html: `<p class="note">${h(w("undecidedNote"))}</p>` + (doc.undecided.length === 0 ? `<p>${h(w("none"))}</p>` : table(w("undecided"), [{ text: w("subject") }, { text: w("why") }, { text: w("settleWith") }], rows)),
  };
}

/** Priorities per theme: importance × gap; or that they were not computed (`null`) and how to add them. */
function prioritiesSection(c: Ctx): Section {
  const { doc, w } = c;
  if (doc.priorities === null) return { id: "priorities", title: w("priorities"), html: `<p>${h(w("prioritiesNotComputed"))}</p>` };
  const head = [
    { text: w("rank"), num: true }, { text: w("point") }, { text: w("importance"), num: true }, { text: w("satisfaction"), num: true },
    { text: w("target"), num: true }, { text: w("gap"), num: true }, { text: w("priority"), num: true }, { text: w("quadrant") },
  ];
  const parts = doc.priorities.map((t) => {
    const method = t.method === "relative-weights" ? w("relativeWeights") : w("statedImportance");
    const r2 = t.rSquared === null ? "" : `, ${w("rSquared")} = ${formatNumber(t.rSquared, { digits: 2 })}`;
    const rows = [...t.points]
      .sort((a, b) => a.rank - b.rank || (a.point.id < b.point.id ? -1 : 1))
      .map((p) => [
        String(p.rank),
        h(p.point.name),
        formatPercent(p.importance ?? undefined),
        formatIndex(p.performance ?? undefined),
        formatIndex(p.target ?? undefined),
        formatIndex(p.gap ?? undefined),
        formatNumber(p.priority, { digits: 2 }),
        `<span style="color:${QUADRANT_COLOURS[p.quadrant]};font-weight:600">${h(p.quadrantName)}</span>`,
      ]);
    const reference = t.reference === undefined ? "" : `<p class="note">${h(t.reference.text)}</p>`;
    return reference + table(`${t.theme.name} — ${method}${r2}, n = ${formatCount(t.n ?? undefined)}${t.note === null ? "" : ` (${t.note})`}`, head, rows, new Set([0, 2, 3, 4, 5, 6]));
  });
  const body = parts.length === 0 ? `<p>${h(w("prioritiesNone"))}</p>` : parts.join("<br>");
  return { id: "priorities", title: w("priorities"), html: `<p class="note">${h(w("prioritiesNote"))}</p>${body}` };
}

/** The audit trail: every test of the findings, and every link test with its effect. */
function auditSection(c: Ctx): Section {
  const { doc, w, lang } = c;
  const rows = doc.tests.map((t) => [
    `<code>${h(t.id)}</code>`,
    h(t.evidence.kindName),
    h(t.evidence.brief),
    formatQ(qOf(t.evidence)),
    t.significant ? `<span class="sig-yes">${h(w("significant"))}</span>` : `<span class="sig-no">${h(w("notSignificant"))}</span>`,
  ]);
  const linkRows = doc.findings.flatMap((f) =>
    f.tag !== "customer-dissatisfaction"
      ? []
      : f.links.flatMap((l) =>
          l.effect === null
            ? []
            : [[
                h(f.title),
                h(l.findingName),
                h(l.effect.estimatorName),
                `${formatIndex(l.effect.value ?? undefined, true)} (${h(formatCi([l.effect.ci[0] ?? NaN, l.effect.ci[1] ?? NaN], l.effect.level ?? doc.options.level, lang))})`,
                formatQ(l.effect.q ?? undefined),
                l.share === null ? h(l.gradeName) : `<b>${formatPercent(l.share)}</b>`,
              ]],
        ),
  );
  const testHead = [{ text: w("test") }, { text: w("evidence") }, { text: w("result") }, { text: "q", num: true }, { text: w("significant") }];
  const linkHead = [{ text: w("gap") }, { text: w("cause") }, { text: w("estimator") }, { text: w("effect"), num: true }, { text: "q", num: true }, { text: w("share") }];
  return {
    id: "tests",
    title: w("auditTrail"),
    html:
      `<p class="note">${h(w("auditNote"))} ${h(doc.comparisons.text)}</p><details><summary>${h(w("auditTrail"))} (${formatCount(doc.tests.length)})</summary>${table(w("auditTrail"), testHead, rows, new Set([3]))}</details>` +
      `<details><summary>${h(w("linkTests"))} (${formatCount(linkRows.length)})</summary>${table(w("linkTests"), linkHead, linkRows, new Set([3, 4]))}</details>`,
  };
}

/** What the HTML says made it. */
const REPORT_GENERATOR = REPORT_FORMAT;

function qOf(e: ReportEvidence): number | undefined {
  const d = e.data;
  const v = match(d)
    .with({ kind: "perception-below-target" }, { kind: "internal-rating-below-target" }, (x) => x.index.q)
    .with({ kind: "servqual-gap" }, (x) => x.gap.q)
    .with({ kind: "expectation-vs-standard" }, (x) => x.acceptShare.q)
    .with({ kind: "clock-mismatch" }, (x) => x.onCustomerClock.q)
    .with({ kind: "compliance-below-standard" }, (x) => x.compliance.q)
    .exhaustive();
  return v ?? undefined;
}

/** A link to a finding's card; plain text for what is no finding (the misses of a standard that is met). */
function findingLink(doc: ReportDocument, id: string, text: string): string {
  return doc.findings.some((f) => f.id === id) ? `<a href="#${h(findingAnchor(doc, id))}">${h(text)}</a>` : h(text);
}

function findingAnchor(doc: ReportDocument, id: string): string {
  const i = doc.findings.findIndex((f) => f.id === id);
  return anchor("finding", i < 0 ? doc.findings.length : i);
}

function entryHead(c: Ctx, withPost: boolean): { text: string; num?: boolean }[] {
  const w = c.w;
  return [
    { text: w("finding") },
    { text: w("role") },
    ...(withPost ? [{ text: w("post") }] : []),
    { text: w("shareOfGaps") },
    { text: w("measuredGap"), num: true },
    { text: w("measures") },
  ];
}

/** A share (with its interval and grade) or a possible cause to test (no percentage), with its sentence on hover. */
function briefHtml(x: { readonly brief: string; readonly text: string }, cls = ""): string {
  return `<span${cls === "" ? "" : ` class="${cls}"`} title="${h(x.text)}">${h(x.brief)}</span>`;
}

function sharesHtml(e: ReportEntry, c: Ctx): string {
  const parts = [...e.shares.map((s) => briefHtml(s)), ...e.toTest.map((t) => briefHtml(t, "totest"))];
  if (e.shares.length === 0 && e.causes.length > 0 && e.role === "explained")
    parts.unshift(`<span class="sig-no">${h(c.w("explainedUpstream"))}${c.words.punct.colon}</span>${e.causes.map((x) => h(x.findingName)).join("<br>")}`);
  return parts.length === 0 ? NO_VALUE : parts.join("<br>");
}

function entryRow(e: ReportEntry, c: Ctx, withPost: boolean): string[] {
  const persons = e.persons.length === 0 ? "" : `<br><small>${e.persons.map((p) => h(p.name)).join(", ")}</small>`;
  return [
    `${tagBadge(e.tag, c.lang)}<br>${findingLink(c.doc, e.finding, e.title)}`,
    h(e.roleName),
    ...(withPost ? [`${h(e.post?.name ?? NO_VALUE)}${persons}`] : []),
    sharesHtml(e, c),
    h(formatPriority(e.priority)),
    e.measures.map((id) => h(c.measures.get(id)?.title ?? id)).join("<br>") || NO_VALUE,
  ];
}

/** How responses were linked to their cases, and the two families of tests: near the top of the report. */
function linkageHtml(c: Ctx): string {
  const colon = c.words.punct.colon;
  return (
    `<div class="panel linkage"><p style="margin:0"><b>${h(c.w("linkage"))}</b>${colon}${h(c.doc.linkage.text)}</p>` +
    `<p class="note" style="margin:6px 0 0"><b>${h(c.w("testFamilies"))}</b>${colon}${h(c.doc.comparisons.text)}</p>` +
    (c.doc.untargeted?.text ? `<p class="note" style="margin:6px 0 0"><b>${h(c.w("untargeted"))}</b>${colon}${h(c.doc.untargeted.text)}</p>` : "") +
    `</div>`
  );
}

/** Where to act first: root causes by measured attributable gap, then possible causes to test, unranked. */
function actFirstHtml(c: Ctx): string {
  const { doc, lang, w } = c;
  const { measured, toTest } = rootCauseRanking(doc);
  const who = (e: ReportEntry): string => h([e.post?.name, e.department?.name].filter((x) => x !== undefined).join(" · "));
  const title = (e: ReportEntry): string => `${tagBadge(e.tag, lang)} ${findingLink(doc, e.finding, e.title)}`;
  const max = Math.max(1e-9, ...measured.map((e) => e.priority ?? 0));
  const ranked =
    measured.length === 0
      ? `<p>${h(w("noMeasuredRoot"))}</p>`
      : `<div class="prio">${measured
          .slice(0, 6)
          .map((e) => {
            const colour = MARK_STYLES.get(e.tag)?.color ?? "#4a5568";
            const points = `${formatPriority(e.priority)} ${w("points")}`;
            return (
              `<div><div>${title(e)}</div><div class="who">${who(e)}</div></div>` +
              `<div><div class="bar" role="img" aria-label="${h(w("measuredGap"))} ${h(points)}"><span style="width:${formatNumber(((e.priority ?? 0) / max) * 100, { digits: 1 })}%;background:${colour}"></span></div>` +
              `<div class="who">${e.shares.map((x) => briefHtml(x)).join("<br>")}</div></div><div class="num"><b>${h(points)}</b></div>`
            );
          })
          .join("")}</div>`;
  const possible =
    toTest.length === 0
      ? ""
      : `<h4 style="margin:14px 0 4px">${h(w("possibleCauses"))}</h4><ul class="possible">${toTest
          .map((e) => `<li>${title(e)} <span class="who">${who(e)}</span><br>${e.toTest.map((t) => briefHtml(t, "totest")).join("<br>")}</li>`)
          .join("")}</ul>`;
  return `<div class="panel"><h3 style="margin-top:0">${h(w("topPriorities"))}</h3><p class="note">${h(w("topPrioritiesNote"))}</p>${ranked}${possible}</div>`;
}

/** The steps of a link's evidence chain, root cause first. */
function chainHtml(l: ReportLink, c: Ctx): string {
  return l.chain
    .map((link, k) => {
      const cls = k === 0 ? `root${(l.finding ?? "").startsWith("us:") ? " us" : ""}` : k === l.chain.length - 1 ? "cust" : "";
      const where = [link.layerName, link.post?.name].filter((v): v is string => v !== undefined && v !== "").join(" · ");
      return `<li class="${cls}" data-n="${k + 1}"><span class="step">${h(link.step.name)}</span><span class="where">${h(where)}</span><div class="ev">${evidenceChips(link.measured, c)}</div></li>`;
    })
    .join("");
}

/** A measured cause: its share with interval and grade, the effect behind it, its chain. */
function causeHtml(l: ReportLink, c: Ctx, open: boolean): string {
  const { w, lang } = c;
  const p = c.words.punct;
  const ci = l.shareCi === null ? "" : ` <small>(${h(formatCi([l.shareCi[0] ?? NaN, l.shareCi[1] ?? NaN], c.doc.options.level, lang, (v) => formatPercent(v)))})</small>`;
  return (
    `<details class="cause"${open ? " open" : ""}><summary><span class="share">${formatPercent(l.share ?? undefined)}</span>${h(l.findingName)}${ci} <small class="grade">${h(l.gradeName)}</small></summary>` +
    `<p style="margin:4px 0">${h(l.text)}</p>` +
    `<p class="note" style="margin:4px 0">${h(w("chain"))}${p.paren(h(w("chainFrom")))}${p.colon}${h(l.path)}</p><ol class="chain">${chainHtml(l, c)}</ol></details>`
  );
}

/** A link without a share: its grade, why, and what would test it; no percentage. */
function possibleHtml(l: ReportLink, c: Ctx): string {
  const colon = c.words.punct.colon;
  return (
    `<li><b>${h(l.findingName)}</b> <small class="grade">${h(l.gradeName)}</small>${colon}${h(l.text)}` +
    `<br><small class="sig-no">${h(c.w("chain"))}${colon}${h(l.path)}</small></li>`
  );
}

function evidenceChips(list: readonly ReportEvidence[], c: Ctx): string {
  if (list.length === 0) return `<span class="none">${h(c.w("nothingMeasured"))}</span>`;
  // Significant measurements first; the rest show that the link was checked and met its mark.
  const sorted = [...list].sort((a, b) => Number(b.significant) - Number(a.significant));
  return sorted.map((e) => `<span class="${e.significant ? "sig" : ""}" title="${h(e.text)}">${h(e.brief)}</span>`).join("");
}

function findingHtml(f: ReportFinding, c: Ctx, openChains: boolean, id: string): string {
  const { w, lang } = c;
  const lands = [f.post?.name, f.department?.name].filter((x): x is string => x !== undefined).join(" · ");
  const persons = f.persons.length === 0 ? "" : ` (${f.persons.map((p) => h(p.name)).join(", ")})`;
  const rows: [string, string][] = [];
  rows.push([w("evidence"), `<ul>${f.evidence.map((e) => `<li>${h(e.text)}</li>`).join("")}</ul>`]);
  if (f.changes.length > 0) rows.push([w("whatMustChange"), `<ul>${f.changes.map((x) => `<li>${h(x.text)}</li>`).join("")}</ul>`]);
  rows.push(...(f.tag === "customer-dissatisfaction" ? customerGapRows(f, c, openChains) : rootCauseRows(f, c)));
  const ms = f.measures.map((m) => c.measures.get(m)).filter((m) => m !== undefined);
  if (ms.length > 0)
    rows.push([w("measuresSuggested"), `<div class="measures">${ms.map((m) => `<span class="measure" title="${h(m.description)}">${h(m.title)} <small>· ${h(m.category.name)}</small></span>`).join("")}</div>`]);
  const landsWord = f.tag === "customer-dissatisfaction" ? w("facedBy") : w("whoseFinding");
  return (
    `<article class="finding ${f.tag}" id="${h(id)}"><header>${tagBadge(f.tag, lang)}<h4>${h(f.title)}</h4>` +
    (lands === "" ? "" : `<span class="lands">${h(landsWord)}${c.words.punct.colon}${h(lands)}${persons}</span>`) +
    `</header><p class="headline">${h(f.text)}</p><dl>${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join("")}</dl></article>`
  );
}

/** A customer gap's measured causes, the unexplained part, possible causes, and what would settle it. */
function customerGapRows(x: Extract<ReportFinding, { tag: "customer-dissatisfaction" }>, c: Ctx, openChains: boolean): [string, string][] {
  const w = c.w;
  const rows: [string, string][] = [];
  if (x.causes.length > 0) rows.push([w("measuredCauses"), x.causes.map((l, k) => causeHtml(l, c, openChains && k === 0)).join("")]);
  rows.push([w("notExplained"), `<p class="unexplained">${h(x.unexplainedText)}</p>`]);
  const possible = x.links.filter(isToTest);
  if (possible.length > 0) rows.push([w("possibleCauses"), `<ul class="possible">${possible.map((l) => possibleHtml(l, c)).join("")}</ul>`]);
  const other = x.links.filter((l) => l.share === null && !isToTest(l));
  if (other.length > 0) rows.push([w("measuredNoShare"), `<ul class="possible">${other.map((l) => possibleHtml(l, c)).join("")}</ul>`]);
  if (x.links.length === 0 && x.settleWith.length > 0) rows.push([w("settleWith"), `<ul>${x.settleWith.map((s) => `<li>${h(s)}</li>`).join("")}</ul>`]);
  return rows;
}

/** A root cause's customer gaps, the gaps it may cause (to test), and the upstream findings it comes from. */
function rootCauseRows(x: Exclude<ReportFinding, { tag: "customer-dissatisfaction" }>, c: Ctx): [string, string][] {
  const w = c.w;
  const rows: [string, string][] = [];
  if (x.explains.length > 0) rows.push([w("explainsGaps"), `<ul>${x.explains.map((e) => `<li>${h(e.text)}</li>`).join("")}</ul>`]);
  const toTest = entryOf(c.doc, x.id)?.toTest ?? [];
  if (toTest.length > 0) rows.push([w("possibleCauseOf"), `<ul class="possible">${toTest.map((t) => `<li>${h(t.text)}</li>`).join("")}</ul>`]);
  if (x.tag === "non-compliant-execution" && x.explainedBy.length > 0) rows.push([w("explainedBy"), `<ul>${x.explainedBy.map((id) => `<li>${h(id)}</li>`).join("")}</ul>`]);
  return rows;
}

/** A wave comparison: each figure before and after with its change, and each post's findings before and after. */
function comparisonHtml(cmp: ComparisonView, c: Ctx): string {
  const { w, lang } = c;
  const to = c.words.punct.to;
  const kinds: Readonly<Record<ComparisonView["changes"][number]["kind"], string>> = { point: w("kindPoint"), internal: w("kindInternal"), compliance: w("kindCompliance") };
  const rows = cmp.changes.map((x) => {
    const fmt = (v: number | undefined): string => (x.kind === "compliance" ? formatPercent(v) : formatIndex(v));
    const d = x.difference;
    const diff =
      d === undefined
        ? NO_VALUE
        : x.kind === "compliance"
          ? `${formatPoints(d.value, lang)} (${formatPoints(d.ci[0], lang)} ${to} ${formatPoints(d.ci[1], lang)})`
          : `${formatIndex(d.value, true)} (${formatIndex(d.ci[0], true)} ${to} ${formatIndex(d.ci[1], true)})`;
    const dir = match(x.direction)
      .with("better", () => `<span class="better">▲ ${h(w("better"))}</span>`)
      .with("worse", () => `<span class="worse">▼ ${h(w("worse"))}</span>`)
      .with("no-change", () => `<span class="sig-no">${h(w("noChange"))}</span>`)
      .exhaustive();
    return [h(x.subject), h(kinds[x.kind]), fmt(x.before), fmt(x.after), h(diff), formatQ(d?.q), dir];
  });
  const head = [
    { text: w("figure") }, { text: w("category") }, { text: `${w("before")} (${cmp.before})`, num: true }, { text: `${w("after")} (${cmp.after})`, num: true },
    { text: w("change"), num: true }, { text: "q", num: true }, { text: w("direction") },
  ];
  const posts = cmp.posts.map((p) => [
    h(p.post),
    formatCount(p.before),
    formatCount(p.after),
    p.resolved.map((x) => h(x)).join("<br>") || NO_VALUE,
    p.added.map((x) => h(x)).join("<br>") || NO_VALUE,
  ]);
  return (
    `<p class="note">${h(w("comparisonNote"))}</p>` +
    table(`${w("comparison")}: ${cmp.before} → ${cmp.after}`, head, rows, new Set([2, 3, 4, 5])) +
    `<br>` +
    table(w("postsBeforeAfter"), [{ text: w("post") }, { text: w("before"), num: true }, { text: w("after"), num: true }, { text: w("resolved") }, { text: w("added") }], posts, new Set([1, 2]))
  );
}
