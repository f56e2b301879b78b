/**
 * `gaptrace attribute <study> [--responses R.csv] [--cases C.csv]`: step 6 of the method. Loads the study, the
 * survey responses and the case records, either or both (printing each file's ledger), attributes the
 * satisfaction gaps to the posts that cause them, and writes the report files into a folder; with one kind of data
 * the report says which kinds of gap it could not test and which data would.
 * @module
 */
import { join } from "node:path";
import { attribute } from "../../attribution/attribute.js";
import { withPriorities } from "../../attribution/with-priorities.js";
import { withWalkthroughs } from "../../attribution/with-walkthroughs.js";
import { cascadeTargets } from "../../attribution/targets.js";
import { renderCsv, renderHtml, renderJson, renderMarkdown } from "../../reports/render.js";
import { wordsFor } from "../../reports/words/index.js";
import { choiceFlag, langFlag, numberFlag, pathFlag, stringFlag, usage, type Command, type FlagValues } from "../shared/command.js";
import { checkOut, EXIT, writeText } from "../shared/context.js";
import { DATA_HELP, DATA_OPTIONS, findingLines, loadAnyData, MEASURES_HELP, measuresOption, partialExit, partialFlags, reportLedgers, reviewOption, WALKTHROUGHS_HELP, walkthroughsOption, writeLedgers } from "./shared.js";
import { workCalendar, type WorkCalendar } from "../../data/calendar.js";
import { parseOffset } from "../../data/time.js";
import { isGaptraceError } from "../../core/errors.js";
import type { AnyLoadedData } from "./shared.js";
import { cliWords } from "../shared/words.js";

/** A working calendar from `--calendar-offset` and `--holidays`, or none. */
function calendarFlags(fn: string, values: FlagValues): WorkCalendar | undefined {
  const offset = stringFlag(values, "calendar-offset");
  const holidays = stringFlag(values, "holidays");
  if (offset === undefined) {
    if (holidays !== undefined) throw usage(fn, "--holidays needs --calendar-offset.", "Give the calendar's UTC offset too, e.g. --calendar-offset +08:00.");
    return undefined;
  }
  if (parseOffset(offset) === undefined)
    throw usage(fn, `--calendar-offset ${JSON.stringify(offset)} is not a UTC offset.`, "Write it like +08:00 or -05:00 (hours east of UTC), e.g. --calendar-offset +08:00.");
  const days = holidays === undefined ? [] : holidays.split(",").map((d) => d.trim()).filter((d) => d !== "");
  // Each day alone, so the message names the one that is wrong.
  for (const day of days)
    try {
      workCalendar({ utcOffset: offset, holidays: [day] });
    } catch (e) {
      if (isGaptraceError(e)) throw usage(fn, `--holidays: ${JSON.stringify(day)} is not a calendar date.`, "Write each holiday as YYYY-MM-DD, separated by commas, e.g. --holidays 2026-10-01,2026-10-02.");
      throw e;
    }
  return workCalendar({ utcOffset: offset, holidays: days });
}

/**
 * `--wave` must be a wave of the data it is read from: the responses' waves, or without responses the cases'
 * (cases that name no wave belong to every wave).
 */
function checkWave(data: AnyLoadedData, wave: string | undefined): void {
  if (wave === undefined) return;
  if (data.table !== undefined) {
    if (!data.table.waves.includes(wave))
      throw usage("attribute", `${data.responsesPath ?? ""} has no wave ${JSON.stringify(wave)}.`, `Use one of the waves in the data: ${data.table.waves.join(", ")}.`);
    return;
  }
  const cases = data.cases;
  if (cases === undefined) return;
  const used = new Set<number>(cases.wave);
  const waves = cases.waves.filter((_, i) => used.has(i));
  if (!waves.includes(wave) && !waves.includes("") && waves.length > 0)
    throw usage("attribute", `${data.casesPath ?? ""} has no wave ${JSON.stringify(wave)}.`, `Use one of the waves in the data: ${waves.join(", ")}.`);
}

/** The default report folder. */
export const DEFAULT_REPORT_DIR = "gaptrace-report";

/** The `attribute` command. */
export const attributeCommand: Command = {
  name: "attribute",
  summary: "attribute satisfaction gaps to posts and write the report files",
  positionals: ["study"],
  options: {
    ...DATA_OPTIONS,
    wave: { type: "string", short: "w" },
    alpha: { type: "string" },
    interval: { type: "string" },
    "calendar-offset": { type: "string" },
    review: { type: "string" },
    walkthroughs: { type: "string" },
    targets: { type: "boolean" },
    holidays: { type: "string" },
    measures: { type: "string" },
    lang: { type: "string" },
    bom: { type: "boolean" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace attribute <study> (--data FILE | [--responses FILE] [--cases FILE]) [--wave W] [--lang en|zh] [--out DIR]

Attribute customer-satisfaction gaps to the posts that cause them (归因分析): find the three points
(customer dissatisfaction, unreasonable standards, non-compliant execution), trace each customer gap
upstream to its root causes, and write the report. Each data file's ledger is printed first: rows read =
accepted + rejected, by reason; the report shows the same counts at its top.

Give responses, cases or both (at least one). Case records alone show execution against standards; a
survey alone shows customer gaps (against targets or SERVQUAL expectations), internal ratings and standards
against customers' expectations. The report says which kinds of gap these data could not test, and which
data would test them.

Writes into DIR:
  report.html          the report as one self-contained web page (open it in a browser)
  report.md            the report in Markdown
  findings.csv         one row per finding
  strengths.csv        one row per strength (优势点): a point rated significantly better than its reference
  causes.csv           one row per customer gap and upstream link: grade, measured share, effect, intervals, q
  responsibility.csv   responsibility lists by department and post: measured shares of each customer gap,
                       and possible causes to test (no share)
  walkthroughs.csv     one row per walkthrough problem (only with --walkthroughs)
  report.json          the report document (gaptrace/report@4)
  ledger.json          the data ledgers (every row accepted or rejected, with the first problems)

Options:
${DATA_HELP}
${MEASURES_HELP}
  -w, --wave W           the survey wave to analyse (default: the latest wave by name)
  --alpha A              false discovery rate within each family of tests (one family per kind of test;
                         default 0.05)
  --interval t|z         intervals and two-sided p-values of means and SERVQUAL gaps from Student t with
                         n − 1 degrees of freedom (t, default) or the normal distribution (z)
  --calendar-offset Z    measure standards in working days on a Monday–Friday calendar at UTC offset Z
                         (e.g. +08:00); without it those standards are reported as undecided
  --holidays D,D         public holidays (YYYY-MM-DD, comma-separated) for that calendar
  --review FILE          the monitoring review of the period (gaptrace watch --review): the report's review-after
                         section, and each responsibility list's alerts (posts with alerts but no finding too)
${WALKTHROUGHS_HELP}
  --targets              add the target cascade (the study's targets.top; see gaptrace targets): its section in
                         the report, and each post's target on its responsibility list (needs responses)
  --lang en|zh           report language (default en)
  --bom                  start the CSV files with a byte-order mark, for Excel
  -o, --out DIR          the report folder (default ${DEFAULT_REPORT_DIR}; created if needed)
  -h, --help             show this help

Exit codes: 0 report written, 1 the study has errors, or a data file cannot be used (empty, header only, a
header that cannot be decoded, the other form, no usable row), or more than --partial-threshold of a data
file was rejected (the report is written, marked partial; --accept-partial gives 0), or (with --strict) a
data file has rejected rows, 2 usage error (e.g. a wave not in the data), 3 a file cannot be read or written.

Example:
  gaptrace simulate examples/studies/power-utility.study.yaml --out sim
  gaptrace attribute examples/studies/power-utility.study.yaml -r sim/responses.csv -c sim/cases.csv --lang zh --out report
  gaptrace attribute examples/studies/training.study.yaml --data examples/data/survey-gb18030.data.yaml --accept-partial
  gaptrace attribute examples/studies/power-utility.study.yaml -c sim/cases.csv --out cases-only
`,
  async run(input) {
    const { io, values } = input;
    const lang = langFlag("attribute", values);
    const alpha = numberFlag("attribute", values, "alpha", { min: 0, max: 0.5, exclusive: true });
    const interval = choiceFlag("attribute", values, "interval", ["t", "z"] as const);
    const wave = stringFlag(values, "wave");
    const out = pathFlag("attribute", values, "out") ?? DEFAULT_REPORT_DIR;
    const bom = values.bom === true;
    const calendar = calendarFlags("attribute", values);
    await checkOut(io, "attribute", out, "folder");
    const partial = partialFlags("attribute", input);
    const data = await loadAnyData("attribute", input);
    const measures = await measuresOption("attribute", input, data.study);
    const review = await reviewOption("attribute", input, data.study);
    const walkthroughs = await walkthroughsOption("attribute", input, data);
    const base = { lang, ...(measures !== undefined ? { measures } : {}), ...(review !== undefined ? { monitoring: review } : {}), data: reportLedgers(data), partialDataThreshold: partial.threshold };
    checkWave(data, wave);
    const runData = { ...(data.table !== undefined ? { responses: data.table } : {}), ...(data.cases !== undefined ? { cases: data.cases } : {}) };
    const runOptions = { ...(wave !== undefined ? { wave } : {}), ...(alpha !== undefined ? { alpha } : {}), ...(interval !== undefined ? { interval } : {}), ...(calendar !== undefined ? { calendar } : {}) };
    // The report shows what to improve first, and what the walkthroughs add: both read after the attribution.
    const prioritised = withPriorities(data.study, attribute(data.study, runData, runOptions), runData);
    const result = walkthroughs === undefined ? prioritised : withWalkthroughs(data.study, prioritised, walkthroughs);
    if (values.targets === true && data.table === undefined)
      throw usage("attribute", "--targets needs survey responses: the cascade is measured on customers' answers.", "Give --responses (or a data description with responses), or leave out --targets.");
    const targets = values.targets === true ? cascadeTargets(data.study, runData, runOptions) : undefined;
    const ro = { ...base, ...(targets !== undefined ? { targets } : {}) };
    await writeText(io, join(out, "report.html"), renderHtml(data.study, result, ro));
    await writeText(io, join(out, "report.md"), renderMarkdown(data.study, result, ro));
    await writeText(io, join(out, "findings.csv"), renderCsv(data.study, result, { ...ro, table: "findings", bom }));
    await writeText(io, join(out, "strengths.csv"), renderCsv(data.study, result, { ...ro, table: "strengths", bom }));
    await writeText(io, join(out, "causes.csv"), renderCsv(data.study, result, { ...ro, table: "causes", bom }));
    await writeText(io, join(out, "responsibility.csv"), renderCsv(data.study, result, { ...ro, table: "responsibility", bom }));
    if (walkthroughs !== undefined) await writeText(io, join(out, "walkthroughs.csv"), renderCsv(data.study, result, { ...ro, table: "walkthroughs", bom }));
    await writeText(io, join(out, "report.json"), renderJson(data.study, result, ro));
    await writeLedgers(input, out, data);
    io.stdout.write(`${findingLines(result, data.study, lang).join("\n")}\n`);
    // What the walkthroughs add, in one line: the sources' counts (never a share).
    if (result.walkthroughs !== undefined) io.stdout.write(`${wordsFor(lang).walkthrough.totals(result.walkthroughs.totals)}\n`);
    const files = ["report.html", "report.md", "findings.csv", "strengths.csv", "causes.csv", "responsibility.csv", ...(walkthroughs === undefined ? [] : ["walkthroughs.csv"]), "report.json", "ledger.json"];
    io.stdout.write(`${cliWords(lang).wrote(files.map((f) => join(out, f)))}\n`);
    return partialExit(input, data, partial);
  },
};
