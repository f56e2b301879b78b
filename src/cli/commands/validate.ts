/**
 * `gaptrace validate <study>`: check a study file and say what it holds. Every problem is printed at once,
 * located by file, line and column, errors first; the exit code is 1 when any is an error.
 * @module
 */
import { formatProblems } from "../../core/problem.js";
import { buildStudyGraph } from "../../graph/build.js";
import { summarizeStudy } from "../../graph/summary.js";
import { readStudyAt } from "../../node/files.js";
import { responseSourcesOf } from "../../data/description.js";
import { loadDataDescriptionFile, type DataDescriptionFileReport } from "../../node/data-description.js";
import type { Study } from "../../model/study.js";
import { choiceFlag, pathFlag, type Command } from "../shared/command.js";
import type { CliIo } from "../shared/context.js";
import { CliError, EXIT, fileReason, resolvePath } from "../shared/context.js";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The `validate` command. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check a study file and summarise what it holds",
  positionals: ["study"],
  options: { format: { type: "string" }, data: { type: "string" } },
  help: `Usage: gaptrace validate <study> [--data FILE] [--format text|json]

Check a study file (YAML or JSON) against the study model and the method's rules, and summarise it.
Every problem is printed at once, located as file:line:column, errors first, each with what to do.
With --data, also check a data description against the study (its keys, the question, event and metric
ids it names, encodings, time zones, each column used once) and that every data file it names exists.

Options:
  --data FILE          a data description (gaptrace-data: 1) to check against the study
  --format text|json   text (default), or a JSON document { ok, problems, summary, data } for scripts
  -h, --help           show this help

Exit codes: 0 valid (warnings and notes may remain), 1 the study or the data description has errors, 2
usage error (e.g. an empty path), 3 a file cannot be read.

Example:
  gaptrace validate examples/studies/training.study.yaml --data examples/data/survey-gb18030.data.yaml
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const format = choiceFlag("validate", values, "format", ["text", "json"] as const) ?? "text";
    // Read as every command reads a study, but keep the report of an invalid one: listing its problems is the point.
    const read = await readStudyAt(resolvePath(io, path), { file: path });
    if (!read.read) throw new CliError(EXIT.fileSystem, `The study file ${path} ${fileReason(read.error)}.`, "Check the path (relative paths are resolved from the current folder).");
    const report = read.report;
    const count = (s: string): number => report.problems.filter((p) => p.severity === s).length;
    const [errors, warnings, notes] = [count("error"), count("warning"), count("info")];
    const summary = report.ok && report.study !== undefined ? summarizeStudy(report.study, buildStudyGraph(report.study)) : undefined;
    const dataPath = pathFlag("validate", values, "data");
    const data = dataPath === undefined || report.study === undefined || !report.ok ? undefined : await checkData(io, report.study, dataPath);
    if (format === "json") {
      const dataJson = data === undefined || dataPath === undefined ? {} : { data: { file: dataPath, ok: data.ok, problems: data.problems } };
      io.stdout.write(`${JSON.stringify({ file: path, ok: report.ok, errors, warnings, notes, problems: report.problems, summary: summary ?? null, ...dataJson }, null, 2)}\n`);
      return report.ok ? dataExit(data) : EXIT.input;
    }
    if (report.problems.length > 0) io.stdout.write(`${formatProblems(report.problems)}\n\n`);
    const tally = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")}`;
    if (!report.ok || summary === undefined) {
      io.stdout.write(`${path}: not valid (${tally}).\n`);
      return EXIT.input;
    }
    const t = summary.totals;
    io.stdout.write(
      [
        `${path}: valid (${tally}).`,
        `  ${summary.name} (${summary.study})`,
        `  ${plural(summary.themes.length, "theme")}; ${plural(t.steps, "step")} (customer ${t.stepsPerLayer.customer}, front line ${t.stepsPerLayer.frontline}, back office ${t.stepsPerLayer.backoffice}, support ${t.stepsPerLayer.support}), ${plural(t.handoffs, "hand-off")}`,
        `  ${plural(summary.departments, "department")}, ${plural(summary.posts, "post")}; ${plural(summary.standards, "standard")}, ${plural(summary.metrics, "metric")}`,
        `  ${t.customerExperiencePoints} customer-experience and ${t.internalSupportPoints} internal-support interaction points`,
        `  ${plural(t.evaluationPoints, "evaluation point")}; ${t.externalQuestions} external and ${t.internalQuestions} internal questions`,
        "",
      ].join("\n"),
    );
    if (data === undefined || dataPath === undefined) return EXIT.ok;
    if (data.problems.length > 0) io.stdout.write(`${formatProblems(data.problems)}\n\n`);
    const d = data.description;
    const files = (n: number): string => plural(n, "file");
    const sources = d === undefined ? "" : ` (${[d.responses === undefined ? "" : `responses: ${responseSourcesOf(d).length > 1 ? `${responseSourcesOf(d).length} sources, ` : ""}${files(responseSourcesOf(d).reduce((n, { source }) => n + (source.files?.length ?? 1), 0))}`, d.cases === undefined ? "" : `cases: ${files(d.cases.files?.length ?? 1)}`].filter((x) => x !== "").join(", ")})`;
    io.stdout.write(`${dataPath}: ${data.ok ? "valid" : "not valid"}${sources}.\n`);
    return dataExit(data);
  },
};

/** Check a data description against a valid study, its data files included. */
async function checkData(io: CliIo, study: Study, path: string): Promise<DataDescriptionFileReport> {
  return loadDataDescriptionFile(study, resolvePath(io, path), { file: path });
}

/** The exit code of a data description's check: 3 when it (or a data file) cannot be read, 1 for other errors. */
function dataExit(data: DataDescriptionFileReport | undefined): typeof EXIT.ok | typeof EXIT.input | typeof EXIT.fileSystem {
  if (data === undefined || data.ok) return EXIT.ok;
  const errors = data.problems.filter((p) => p.severity === "error");
  return errors.every((p) => p.code === "file/unreadable") ? EXIT.fileSystem : EXIT.input;
}
