/**
 * The target cascade in Markdown: the report's section (predictions, points, indicators, the targets' problems) and,
 * for `gaptrace targets`, the cascade with its tracking across waves on its own. Words come from the report
 * language's table; numbers are formatted as everywhere in the reports.
 * @module
 */
import type { TargetCascade } from "../attribution/targets.js";
import type { TargetTrack } from "../attribution/target-waves.js";
import { escapeMarkdown as md, escapeMarkdownCell } from "../core/escape.js";
import { labelText, type Lang } from "../core/label.js";
import type { Study } from "../model/study.js";
import { labelsOf } from "./labels.js";
import { formatIndex, formatNumber } from "./numbers.js";
import type { ReportTargets } from "./schema.js";
import { targetsDoc } from "./targets-doc.js";
import { wordsFor } from "./words/index.js";

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => (c === "" ? " " : escapeMarkdownCell(c))).join(" | ")} |`;
  return [line(head), `|${head.map(() => " --- ").join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * The target-cascade section of a report in Markdown.
 *
 * @param t - the report document's `targets`.
 * @param lang - the report language.
 * @returns the section's lines.
 * @example
 * ```ts
 * targetsSectionMarkdown(buildReport(study, result, { targets: cascade }).targets!, "zh").join("\n");
 * ```
 */
export function targetsSectionMarkdown(t: ReportTargets, lang: Lang): string[] {
  const words = wordsFor(lang);
  const w = words.targets;
  const n = (x: number | null): string => (x === null ? "—" : formatIndex(x));
  const out = [`## ${md(w.heading)}`, "", `_${md(w.note)}_`, ""];
  for (const th of t.themes) {
    out.push(`### ${md(th.theme.name)}`, "", ...th.lines.flatMap((l) => [md(l), ""]));
    if (th.points.length > 0)
      out.push(
        table([...w.pointColumns], th.points.map((p) => [p.point.name, p.effect === null ? "—" : formatNumber(p.effect, { digits: 2 }), n(p.current), n(p.target), p.move > 0 ? formatIndex(p.move) : "—", w.status[p.status]])),
        "",
      );
  }
  if (t.indicators.length > 0)
    out.push(table([...w.indicatorColumns], t.indicators.map((i) => [i.indicator.name, n(i.current), formatIndex(i.target), n(i.move), i.owners.length === 0 ? w.noOwner : i.owners.map((o) => o.name).join(words.punct.list), i.acceptance])), "");
  if (t.problems.length > 0) out.push(`**${md(w.problems)}**`, "", ...t.problems.map((p) => `- ${md(p.message)} ${md(p.hint)}`), "");
  return out;
}

/**
 * The targets across waves in Markdown: one row per indicator and overall index, a column per wave (value, and the
 * wave's target met or not), and its runs of falls.
 *
 * @param study - the study (for names).
 * @param track - the tracking (trackTargets).
 * @param lang - the language.
 * @returns the section's lines.
 * @example
 * ```ts
 * trackMarkdown(study, trackTargets(study, { responses: table }), "en").join("\n");
 * ```
 */
export function trackMarkdown(study: Study, track: TargetTrack, lang: Lang): string[] {
  const w = wordsFor(lang).targets;
  const l = labelsOf(study, lang);
  const name = (kind: "indicator" | "top", id: string): string => {
    if (kind === "top") return w.overallOf(l.name("theme", id));
    const ind = study.targets?.indicators.find((x) => x.id === id);
    return ind === undefined ? id : labelText(ind.name, lang);
  };
  const rows = track.series.map((s) => [
    name(s.kind, s.id),
    ...s.values.map((v) => (v.value === undefined ? "—" : w.trackCell({ value: formatIndex(v.value.value), target: v.target === undefined ? null : formatIndex(v.target), met: v.met ?? null }))),
    s.fallingRuns.length === 0 ? "—" : s.fallingRuns.map((r) => w.falling({ from: r.waves[0] ?? "", to: r.waves.at(-1) ?? "", falls: r.falls, significant: r.significant })).join("; "),
  ]);
  return [`## ${md(w.trackHeading)}`, "", table(w.trackColumns(track.waves), rows), ""];
}

/**
 * The target cascade on its own in Markdown (what `gaptrace targets --format md` prints), with the tracking across
 * waves when it is given.
 *
 * @param study - the study.
 * @param cascade - the cascade (cascadeTargets).
 * @param options - the language and the tracking (trackTargets), if any.
 * @returns the Markdown text.
 * @example
 * ```ts
 * renderTargetsMarkdown(study, cascadeTargets(study, data), { lang: "zh" });
 * ```
 */
export function renderTargetsMarkdown(study: Study, cascade: TargetCascade, options: { readonly lang?: Lang; readonly track?: TargetTrack } = {}): string {
  const lang = options.lang ?? "en";
  const doc = targetsDoc(study, cascade, lang, labelsOf(study, lang));
  return [...targetsSectionMarkdown(doc, lang), ...(options.track === undefined ? [] : trackMarkdown(study, options.track, lang))].join("\n");
}
