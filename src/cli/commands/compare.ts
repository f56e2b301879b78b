/**
 * `gaptrace compare <study> --responses R.csv [--cases C.csv] --before W1 --after W2`: compare two survey waves
 * (before and after improvement measures): each point's satisfaction, each internal rating and each standard's
 * compliance, with the change, its interval and a test; and per post, the findings it carried before and after.
 * Writes the comparison tables and each wave's report into a folder.
 * @module
 */
import { join } from "node:path";
import { caseRecordList } from "../../attribution/shared/inputs.js";
import { compareWaves, type WaveChange } from "../../attribution/waves.js";
import { labelText, type Lang } from "../../core/label.js";
import type { Study } from "../../model/study.js";
import { csvCell } from "../../core/escape.js";
import { renderHtml, renderJson, renderMarkdown } from "../../reports/render.js";
import { cliWords } from "../shared/words.js";
import { choiceFlag, langFlag, numberFlag, pathFlag, requiredFlag, stringFlag, usage, type Command } from "../shared/command.js";
import { checkOut, EXIT, writeText } from "../shared/context.js";
import { DATA_HELP, DATA_OPTIONS, findingLines, loadData, MEASURES_HELP, measuresOption, partialExit, partialFlags, reportLedgers, writeLedgers } from "./shared.js";

/** The default comparison folder. */
export const DEFAULT_COMPARISON_DIR = "gaptrace-comparison";

type Cell = string | number | boolean | null | undefined;

function csv(header: readonly string[], rows: readonly (readonly Cell[])[], bom: boolean): string {
  return `${bom ? "\uFEFF" : ""}${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

/** The name of what a change is about: an evaluation point or a standard. */
function subjectName(study: Study, c: WaveChange, lang: Lang): string {
  if (c.kind === "compliance") {
    const s = study.standards.find((x) => x.id === c.subject);
    return s === undefined ? c.subject : labelText(s.text, lang);
  }
  const p = study.evaluationPoints.find((x) => x.id === c.subject);
  const name = p === undefined ? c.subject : labelText(p.name, lang);
  if (c.kind !== "internal") return name;
  const rater = c.rater ?? "";
  const post = study.organisation.posts.find((x) => x.id === rater);
  return `${name} — ${post === undefined ? rater : labelText(post.name, lang)}`;
}

const round = (x: number | undefined | null): number | null => (x === undefined || x === null || !Number.isFinite(x) ? null : Number(x.toFixed(4)));

/** A compared figure for the console: a compliance share in percent, an index to one decimal. */
function figure(c: WaveChange, x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return "–";
  return c.kind === "compliance" ? `${(x * 100).toFixed(1)}%` : x.toFixed(1);
}

/** The `compare` command. */
export const compareCommand: Command = {
  name: "compare",
  summary: "compare two survey waves and write the comparison",
  positionals: ["study"],
  options: {
    ...DATA_OPTIONS,
    before: { type: "string" },
    after: { type: "string" },
    alpha: { type: "string" },
    interval: { type: "string" },
    measures: { type: "string" },
    lang: { type: "string" },
    bom: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace compare <study> (--data FILE | --responses FILE [--cases FILE]) --before W1 --after W2 [--lang en|zh] [--out DIR]

Compare two survey waves, before and after improvement measures: each evaluation point's satisfaction
index, each internal rating and each standard's compliance, with the change, its confidence interval and a
test (Benjamini–Hochberg across all comparisons); and per post, the findings it carried before and after
(resolved and new). Each data file's ledger is printed first, and shown at the top of each report (the
files' counts, both waves together). Responses (and cases) hold both waves in their wave column.

Writes into DIR:
  report.html          the later wave's report with the comparison, as one self-contained web page
  changes.csv          one row per compared figure: before, after, difference, interval, p, q, direction, and
                       the change its measured causes predict from their change in exposure
  posts.csv            one row per post: findings before, after, resolved and new
  comparison.json      the changes and posts as JSON
  report-before.md, report-after.md, report-before.json, report-after.json   each wave's report
  ledger.json          the data ledgers

Options:
${DATA_HELP.replace("survey responses, CSV or JSON Lines (.jsonl)", "survey responses, CSV or JSON Lines (.jsonl) (required without --data)")}
${MEASURES_HELP}
  --before W1            the earlier wave (required)
  --after W2             the later wave (required)
  --alpha A              false discovery rate (default 0.05)
  --interval t|z         each wave's report: intervals and two-sided p-values of means and SERVQUAL gaps
                         from Student t with n − 1 degrees of freedom (t, default) or normal (z)
  --lang en|zh           language of names and reports (default en)
  --bom                  start the CSV files with a byte-order mark, for Excel
  -o, --out DIR          the output folder (default ${DEFAULT_COMPARISON_DIR}; created if needed)
  -h, --help             show this help

Exit codes: 0 written, 1 the study has errors, or a data file cannot be used (empty, header only, a header
that cannot be decoded, the other form, no usable row), or more than --partial-threshold of a data file was
rejected (the reports are written, marked partial; --accept-partial gives 0), or (with --strict) a data file
has rejected rows, 2 usage error (e.g. a wave not in the data), 3 a file cannot be read or written.

Example:
  gaptrace simulate examples/studies/power-utility.study.yaml --waves 2025,2026 --out sim
  gaptrace compare examples/studies/power-utility.study.yaml -r sim/responses.csv -c sim/cases.csv --before 2025 --after 2026
`,
  async run(input) {
    const { io, values } = input;
    const before = requiredFlag("compare", values, "before");
    const after = requiredFlag("compare", values, "after");
    if (before === after) throw usage("compare", "--before and --after name the same wave.");
    const lang = langFlag("compare", values);
    const alpha = numberFlag("compare", values, "alpha", { min: 0, max: 0.5, exclusive: true });
    const interval = choiceFlag("compare", values, "interval", ["t", "z"] as const);
    const out = pathFlag("compare", values, "out") ?? DEFAULT_COMPARISON_DIR;
    const bom = values.bom === true;
    await checkOut(io, "compare", out, "folder");
    const partial = partialFlags("compare", input);
    const data = await loadData("compare", input);
    const measures = await measuresOption("compare", input, data.study);
    const ro = { lang, ...(measures !== undefined ? { measures } : {}), data: reportLedgers(data), partialDataThreshold: partial.threshold };
    for (const w of [before, after])
      if (!data.table.waves.includes(w)) throw usage("compare", `${data.responsesPath} has no wave ${JSON.stringify(w)}.`, `Use waves in the data: ${data.table.waves.join(", ")}.`);
    const cmp = compareWaves(
      data.study,
      { responses: data.table, ...(data.cases !== undefined ? { cases: caseRecordList(data.cases) } : {}) },
      { before, after },
      { ...(alpha !== undefined ? { alpha } : {}), ...(interval !== undefined ? { interval } : {}) },
    );
    const study = data.study;
    const changes = cmp.changes.map((c) => [
      c.id,
      c.kind,
      c.subject,
      subjectName(study, c, lang),
      round(c.before),
      round(c.after),
      round(c.difference?.value),
      round(c.difference?.ci[0]),
      round(c.difference?.ci[1]),
      round(c.difference?.p),
      round(c.difference?.q),
      c.significant,
      c.direction,
      round(c.predicted?.value),
    ]);
    const postName = (id: string): string => {
      const p = study.organisation.posts.find((x) => x.id === id);
      return p === undefined ? id : labelText(p.name, lang);
    };
    const deptOf = (id: string): string => study.organisation.posts.find((x) => x.id === id)?.department ?? "";
    const posts = cmp.posts.map((p) => [p.post, postName(p.post), deptOf(p.post), p.before.join(" "), p.after.join(" "), p.resolved.join(" "), p.added.join(" ")]);
    await writeText(io, join(out, "report.html"), renderHtml(study, cmp.after, { ...ro, comparison: cmp }));
    await writeText(io, join(out, "changes.csv"), csv(["id", "kind", "subject", "subject_name", "before", "after", "difference", "ci_low", "ci_high", "p", "q", "significant", "direction", "predicted_by_measured_causes"], changes, bom));
    await writeText(io, join(out, "posts.csv"), csv(["post", "post_name", "department", "findings_before", "findings_after", "resolved", "added"], posts, bom));
    await writeText(io, join(out, "comparison.json"), `${JSON.stringify({ study: study.id, before, after, changes: cmp.changes, posts: cmp.posts }, null, 2)}\n`);
    await writeText(io, join(out, "report-before.md"), renderMarkdown(study, cmp.before, ro));
    await writeText(io, join(out, "report-after.md"), renderMarkdown(study, cmp.after, ro));
    await writeText(io, join(out, "report-before.json"), renderJson(study, cmp.before, ro));
    await writeText(io, join(out, "report-after.json"), renderJson(study, cmp.after, ro));
    await writeLedgers(input, out, data);

    const better = cmp.changes.filter((c) => c.direction === "better");
    const worse = cmp.changes.filter((c) => c.direction === "worse");
    const w = cliWords(lang);
    const lines = [
      w.compared(before, after, cmp.changes.length, better.length, worse.length),
      ...[...better, ...worse].map(
        (c) =>
          `  ${c.direction === "better" ? "+" : "−"} ${c.id}: ${figure(c, c.before)} → ${figure(c, c.after)}` +
          // The same measured effects that gave the causes their shares, carried to the change in exposure.
          (c.predicted === undefined ? "" : w.predicts(c.predicted.value)),
      ),
      w.posts(cmp.posts.filter((p) => p.resolved.length > 0).length, cmp.posts.filter((p) => p.added.length > 0).length),
      ...findingLines(cmp.after, study, lang),
      w.wrote(["report.html", "changes.csv", "posts.csv", "comparison.json", "report-before.md", "report-after.md", "report-before.json", "report-after.json", "ledger.json"].map((f) => join(out, f))),
      "",
    ];
    io.stdout.write(lines.join("\n"));
    return partialExit(input, data, partial);
  },
};
