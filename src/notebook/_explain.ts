/**
 * Internal: findings as table cells for the notebook views. The sentences (evidence, changes, finding names) come
 * from the reports module (`src/reports/text.ts`), so a notebook says exactly what the HTML and Markdown reports
 * say; this file only arranges them into cells with the tag badges.
 * @module
 */
import { match } from "ts-pattern";
import type { Finding } from "../attribution/findings.js";
import type { Study } from "../model/study.js";
import { escapeHtml } from "../reports/escape.js";
import { findingTitle } from "../reports/text.js";
import type { Names } from "./_format.js";
import { pct } from "./_format.js";
import { tagBadge, type Cell } from "./_table.js";
import { w } from "./_words.js";

/** Cells stacked as lines of one cell. */
export function lines(parts: readonly (string | Cell)[]): Cell {
  const cells = parts.map((p) => (typeof p === "string" ? { text: p } : p));
  return { text: cells.map((c) => c.text).join("\n"), html: cells.map((c) => c.html ?? escapeHtml(c.text)).join("<br>") };
}

/** What a finding is about in a few words: the point, the standard (its limit or its clock) or the step. */
export function findingSubject(f: Finding, study: Study, names: Names): string {
  const title = findingTitle(f, study, names.lang);
  if (f.tag !== "unreasonable-standard") return title;
  const zh = names.lang === "zh";
  return `${title} · ${f.via === "clock" ? (zh ? "计时口径" : "clock") : zh ? "限值" : "limit"}`;
}

/** A finding named by its tag badge and subject, optionally with a suffix (a share). */
export function findingName(f: Finding | undefined, id: string, study: Study, names: Names, suffix = ""): Cell {
  if (f === undefined) return { text: `${id}${suffix}` };
  const badge = tagBadge(f.tag);
  const subject = findingSubject(f, study, names);
  return { text: `${badge.text} ${subject}${suffix}`, html: `${badge.html ?? ""} ${escapeHtml(`${subject}${suffix}`)}` };
}

/** The customer gap a finding id names: its evaluation point's name. */
export function gapName(id: string, byId: ReadonlyMap<string, Finding>, names: Names): string {
  const g = byId.get(id);
  return g?.tag === "customer-dissatisfaction" ? names.point(g.point) : names.point(id.startsWith("cd:") ? id.slice(3) : id);
}

/**
 * How a finding is traced: a customer gap's root causes with their shares (or why it stays with the front
 * line), a root cause's customer gaps with its share of each, what explains a non-compliant step.
 */
export function tracedCell(f: Finding, byId: ReadonlyMap<string, Finding>, study: Study, names: Names): Cell {
  const lang = names.lang;
  const colon = lang === "zh" ? "：" : ":";
  const explains = (list: readonly { readonly gap: string; readonly share: number }[]): string[] =>
    list.length === 0 ? [] : [`${w("explains", lang)}${colon}`, ...list.map((e) => `${gapName(e.gap, byId, names)} ${pct(e.share, 0)}`)];
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => {
      if (x.unexplained || x.causes.length === 0) {
        return lines([w("unexplained", lang), ...(x.settleWith.length === 0 ? [] : [`${w("settleWith", lang)}${colon} ${x.settleWith.join("; ")}`])]);
      }
      const causes = [...x.causes].sort((a, b) => b.share - a.share || (a.finding < b.finding ? -1 : a.finding > b.finding ? 1 : 0));
      return lines([`${w("rootCauses", lang)}${colon}`, ...causes.map((c) => findingName(byId.get(c.finding), c.finding, study, names, ` ${pct(c.share, 0)}`))]);
    })
    .with({ tag: "unreasonable-standard" }, (x) => lines(x.explains.length === 0 ? ["–"] : explains(x.explains)))
    .with({ tag: "non-compliant-execution" }, (x) => {
      const parts: (string | Cell)[] = [];
      if (x.explainedBy.length > 0) parts.push(`${w("explainedBy", lang)}${colon}`, ...x.explainedBy.map((id) => findingName(byId.get(id), id, study, names)));
      parts.push(...explains(x.explains));
      return lines(parts.length === 0 ? ["–"] : parts);
    })
    .exhaustive();
}
