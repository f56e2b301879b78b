/**
 * Notebook display of a what-if run: the changes tried (a standard's threshold or clock, faster work at a step)
 * and, finding by finding, whether it is resolved, new, changed or unchanged, with its severity before and after.
 * @module
 */
import { match } from "ts-pattern";
import { UsageError } from "../core/errors.js";
import type { Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import { requireStudy } from "../model/arguments.js";
import type { FindingChange, WhatIfChange, WhatIfResult } from "../attribution/what-if.js";
import type { Change } from "../attribution/shared/findings.js";
import { escapeHtml } from "../core/escape.js";
import { checkLang, checkStudy, isList, Names, num, short } from "./_format.js";
import { findingSubject, tracedCell } from "./_explain.js";
import { changeText } from "../reports/text.js";
import { frame, heading, htmlTable, para, tagBadge, textTable, type Cell, type Table } from "./_table.js";
import { notebookWords, w } from "./words/index.js";
import { NotebookView } from "./view.js";

/** Options of {@link displayWhatIf}. */
export interface DisplayWhatIfOptions {
  /** Language of labels and fixed words; default `"en"`. */
  readonly lang?: Lang | undefined;
  /** Also list the findings that did not change; default `true`. */
  readonly unchanged?: boolean | undefined;
}

const STATUS_COLOR: Readonly<Record<FindingChange["status"], string>> = {
  resolved: "#2F855A",
  new: "#C53030",
  changed: "#B7791F",
  unchanged: "#718096",
};

function changeLine(c: WhatIfChange, names: Names): string {
  const words = notebookWords(names.lang);
  return match(c)
    .with({ kind: "standard" }, (x) => {
      const parts: string[] = [];
      if (x.threshold !== undefined) parts.push(words.thresholdTo(short(x.threshold)));
      if (x.clockStart !== undefined) parts.push(words.clockStartsAt(names.event(x.clockStart)));
      if (x.clockStop !== undefined) parts.push(words.clockStopsAt(names.event(x.clockStop)));
      return `${names.standard(x.standard)} (${x.standard}): ${parts.join(words.comma)}`;
    })
    .with({ kind: "performance" }, (x) => words.stepTime(names.step(x.step), num(x.factor, 2), Math.round((1 - x.factor) * 100)))
    .exhaustive();
}

/**
 * Show a what-if run: the changes tried, how many findings they resolve, and a row per finding with its status
 * (resolved / new / changed / unchanged), severity before and after, and what must still change afterwards.
 *
 * @param study - the study (the baseline, for names).
 * @param result - the result of `whatIf`.
 * @param options - `lang`, `unchanged` (list unchanged findings too; default true).
 * @returns a view with `text/html` and `text/plain`.
 * @example
 * ```ts
 * const r = whatIf(study, data, [{ kind: "standard", standard: "std_arrival_urban_45min", threshold: 25 }]);
 * displayWhatIf(study, r);
 * ```
 */
export function displayWhatIf(study: Study, result: WhatIfResult, options: DisplayWhatIfOptions = {}): NotebookView {
  const fn = "displayWhatIf";
  requireStudy(fn, study); // first: a call in the 0.1 order (result, study) is told to pass the study first
  if (typeof result !== "object" || result === null || !isList(result.findings) || !isList(result.changes)) {
    throw new UsageError(fn, "expecting the result of whatIf(…) after the study.", 'Pass displayWhatIf(study, whatIf(study, data, [{ kind: "standard", … }])).');
  }
  checkStudy(study, fn);
  const lang = checkLang(options.lang, fn);
  const names = new Names(study, lang);
  const afterById = new Map(result.after.findings.map((f) => [f.id, f] as const));
  const rows = result.findings.filter((f) => options.unchanged !== false || f.status !== "unchanged");
  const n = (s: FindingChange["status"]): number => result.findings.filter((f) => f.status === s).length;
  const sep = notebookWords(lang).comma;
  const facts = (["resolved", "new", "changed", "unchanged"] as const).map((s) => `${n(s)} ${w(s, lang)}`).join(sep);
  const table: Table = {
    columns: [
      { header: w("finding", lang) },
      { header: w("status", lang) },
      { header: w("before", lang), align: "right" },
      { header: w("after", lang), align: "right" },
      { header: w("tracedAfter", lang) },
      { header: w("change", lang) },
    ],
    rows: rows.map((fc: FindingChange) => {
      const f = fc.after ?? fc.before;
      const tag = f === undefined ? undefined : tagBadge(f.tag);
      const subject = f === undefined ? fc.id : findingSubject(f, study, names);
      const finding: Cell = {
        text: `${tag === undefined ? "" : `${tag.text} `}${subject}\n${fc.id}`,
        html: `${tag?.html === undefined ? "" : `${tag.html} `}${escapeHtml(subject)}<br><code style="font-size:11px;color:#4A5568">${escapeHtml(fc.id)}</code>`,
      };
      const status: Cell = { text: w(fc.status, lang), html: `<span style="color:${STATUS_COLOR[fc.status]};font-weight:600">${escapeHtml(w(fc.status, lang))}</span>` };
      return [
        finding,
        status,
        fc.before === undefined ? "–" : num(fc.before.severity, 2),
        fc.after === undefined ? "–" : num(fc.after.severity, 2),
        fc.after === undefined ? "–" : tracedCell(fc.after, afterById, study, names),
        fc.after === undefined ? "–" : fc.after.change.map((c: Change) => changeText(study, c, lang, c.kind === "raise-index" && fc.after?.tag === "customer-dissatisfaction" ? names.point(fc.after.point) : undefined)).join("\n") || "–",
      ];
    }),
  };
  const changes = result.changes.map((c) => changeLine(c, names));
  const title = w("whatIf", lang);
  const html = [
    heading(title),
    `<p style="margin:2px 0 4px 0">${escapeHtml(w("changesTried", lang))}:</p><ul style="margin:0 0 8px 0">${changes.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>`,
    para(facts, true),
    htmlTable(table),
  ];
  const text = [title, `${w("changesTried", lang)}:\n${changes.map((c) => `  - ${c}`).join("\n")}`, facts, textTable(table)];
  return new NotebookView({ "text/plain": text.join("\n\n"), "text/html": frame(html.join("\n")) });
}
