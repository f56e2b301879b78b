/**
 * Internal: findings as table cells for the notebook views. The sentences (evidence, changes, finding names) come
 * from the reports module (`src/reports/text.ts`), so a notebook says exactly what the HTML and Markdown reports
 * say; this file only arranges them into cells with the tag badges.
 * @module
 */
import { match } from "ts-pattern";
import type { CauseLink, CustomerDissatisfaction, Finding } from "../attribution/shared/findings.js";
import type { Study } from "../model/study.js";
import type { Lang } from "../core/label.js";
import { escapeHtml } from "../core/escape.js";
import { settleText } from "../attribution/shared/undecided.js";
import { labelsOf, relabelIds } from "../reports/labels.js";
import { causeShareText, gradeName, missesName, shareBrief, toTestBrief } from "../reports/link-text.js";
import { isPossibleCause, shareInterval } from "../reports/links.js";
import { findingTitle } from "../reports/text.js";
import { wordsFor } from "../reports/words/index.js";
import type { Names } from "./_format.js";
import { pct } from "./_format.js";
import { tagBadge, type Cell } from "./_table.js";
import { notebookWords, w } from "./words/index.js";

/** Cells stacked as lines of one cell. */
export function lines(parts: readonly (string | Cell)[]): Cell {
  const cells = parts.map((p) => (typeof p === "string" ? { text: p } : p));
  return { text: cells.map((c) => c.text).join("\n"), html: cells.map((c) => c.html ?? escapeHtml(c.text)).join("<br>") };
}

/** What a finding is about in a few words: the point, the standard (its limit or its clock) or the step. */
export function findingSubject(f: Finding, study: Study, names: Names): string {
  const title = findingTitle(study, f, names.lang);
  if (f.tag !== "unreasonable-standard") return title;
  return `${title} · ${notebookWords(names.lang).standardVia[f.via === "clock" ? "clock" : "limit"]}`;
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

/** The customer-gap findings of a run, from the findings by id. */
function gapsOf(byId: ReadonlyMap<string, Finding>): CustomerDissatisfaction[] {
  return [...byId.values()].filter((f): f is CustomerDissatisfaction => f.tag === "customer-dissatisfaction");
}

/** A cause by name: its finding with the tag badge, or the misses of a standard that is met. */
function causeName(link: CauseLink, byId: ReadonlyMap<string, Finding>, study: Study, names: Names, suffix: string): Cell {
  if (link.finding === undefined) return { text: `${missesName(study, link.exposure, names.lang)}${suffix}` };
  return findingName(byId.get(link.finding), link.finding, study, names, suffix);
}

/**
 * What data would show where a customer gap no measured effect explains comes from, from its typed `settle` items
 * in the report language's table with the study's names, as the reports word it (`settleWith` is English only).
 */
function settleWith(study: Study, gap: CustomerDissatisfaction, lang: Lang): string {
  const words = wordsFor(lang);
  const l = labelsOf(study, lang);
  return gap.settle.map((t) => settleText(words.undecided, t, (id) => relabelIds(id, l))).join(words.punct.semicolon);
}

/**
 * How a finding is traced: a customer gap's measured causes with their shares, intervals and grades, the part
 * that stays with the front line, and the possible causes to test (no percentage); a root cause's measured shares
 * of customer gaps and the gaps it may cause (to test); what explains a non-compliant step.
 */
export function tracedCell(f: Finding, byId: ReadonlyMap<string, Finding>, study: Study, names: Names): Cell {
  const lang = names.lang;
  const colon = notebookWords(lang).colon;
  // A root cause's part in every customer gap, read off the gaps' links (the same links the reports read).
  const shares: string[] = [];
  const toTest: string[] = [];
  for (const g of gapsOf(byId))
    for (const l of g.links) {
      if (l.finding !== f.id) continue;
      if (l.share !== undefined) shares.push(shareBrief(l.share, shareInterval(l, g.gap), l.effect?.effect.level ?? 0.95, l.grade, gapName(g.id, byId, names), lang));
      else if (isPossibleCause(l)) toTest.push(toTestBrief(l.grade, gapName(g.id, byId, names), lang));
    }
  const explains = [...(shares.length === 0 ? [] : [`${w("explains", lang)}${colon}`, ...shares]), ...(toTest.length === 0 ? [] : [`${w("possibleCauseOf", lang)}${colon}`, ...toTest])];
  return match(f)
    .with({ tag: "customer-dissatisfaction" }, (x) => {
      const parts: (string | Cell)[] = [];
      if (x.causes.length > 0)
        parts.push(`${w("measuredCauses", lang)}${colon}`, ...x.causes.map((c) => causeName(c, byId, study, names, ` ${causeShareText("", c, x.gap, lang, study).trim()}`)));
      parts.push(notebookWords(lang).notExplainedShare(pct(x.unexplainedShare, 0)));
      const possible = x.links.filter(isPossibleCause);
      if (possible.length > 0) parts.push(`${w("possibleCauses", lang)}${colon}`, ...possible.map((l) => causeName(l, byId, study, names, ` (${gradeName(l.grade, lang)})`)));
      if (x.links.length === 0 && x.settle.length > 0) parts.push(`${w("settleWith", lang)}${colon} ${settleWith(study, x, lang)}`);
      return lines([...parts, ...explains]);
    })
    .with({ tag: "unreasonable-standard" }, () => lines(explains.length === 0 ? ["–"] : explains))
    .with({ tag: "non-compliant-execution" }, (x) => {
      const parts: (string | Cell)[] = [];
      if (x.explainedBy.length > 0) parts.push(`${w("explainedBy", lang)}${colon}`, ...x.explainedBy.map((id) => findingName(byId.get(id), id, study, names)));
      parts.push(...explains);
      return lines(parts.length === 0 ? ["–"] : parts);
    })
    .exhaustive();
}
