/**
 * What `attribute` and `compare` share: their data flags, loading the study with responses and cases (ledgers
 * printed), and the one-line findings summary.
 * @module
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Attribution } from "../../attribution/attribute.js";
import type { CauseLink, Finding } from "../../attribution/shared/findings.js";
import { labelText, type Lang } from "../../core/label.js";
import type { CaseRecords } from "../../data/cases.js";
import { reasonHint, type LedgerSummary } from "../../data/ledger.js";
import type { ResponseTable } from "../../data/dataset.js";
import type { Study } from "../../model/study.js";
import { causeShareText, linkageText, missesName, toTestBrief, unexplainedText } from "../../reports/link-text.js";
import { isPossibleCause } from "../../reports/links.js";
import { loadMeasuresText, type MeasureCatalogue } from "../../measures/index.js";
import { findingRefText, postText } from "../../reports/text.js";
import { coverageText } from "../../reports/coverage-text.js";
import { wordsFor } from "../../reports/words/index.js";
import { formatProblems } from "../../core/problem.js";
import { ValidationError } from "../../core/errors.js";
import { readAlertReview, type AlertReview } from "../../monitor/review.js";
import { readWalkthroughs, type WalkthroughRecords } from "../../data/walkthroughs.js";
import { choiceFlag, langFlag, listFlag, numberFlag, pathFlag, requiredFlag, stringFlag, usage, type CommandInput, type OptionSpecs } from "../shared/command.js";
import { CliError, EXIT, fileReason, resolvePath, writeText, type ExitCode } from "../shared/context.js";
import { checkDataFlags, enforceStrict, ledgerText, loadCases, loadDescribed, loadResponses, type DataFlags } from "../shared/data.js";
import { DEFAULT_PARTIAL_DATA_THRESHOLD, rejectedShare, type ReportLedger } from "../../reports/data.js";
import { formatPercent } from "../../reports/numbers.js";
import { loadStudy } from "../shared/study.js";
import { cliWords } from "../shared/words.js";

/** Flags of the commands that read data files. */
export const DATA_OPTIONS: OptionSpecs = {
  data: { type: "string" },
  responses: { type: "string", short: "r" },
  cases: { type: "string", short: "c" },
  segments: { type: "string", multiple: true },
  "segments-responses": { type: "string", multiple: true },
  "segments-cases": { type: "string", multiple: true },
  form: { type: "string" },
  delimiter: { type: "string" },
  "delimiter-responses": { type: "string" },
  "delimiter-cases": { type: "string" },
  encoding: { type: "string" },
  "encoding-responses": { type: "string" },
  "encoding-cases": { type: "string" },
  na: { type: "string", multiple: true },
  "dont-know": { type: "string", multiple: true },
  ignore: { type: "string", multiple: true },
  "assume-offset": { type: "string" },
  "link-column": { type: "string" },
  "link-by-respondent": { type: "boolean" },
  strict: { type: "boolean" },
  "partial-threshold": { type: "string" },
  "accept-partial": { type: "boolean" },
};

/** Help lines of {@link DATA_OPTIONS}. */
export const DATA_HELP = `  --data FILE            a data description (YAML or JSON, gaptrace-data: 1): the survey and case files
                         and how to read them (encodings, column mapping, codes, segments, time zone;
                         see docs/data.md); instead of -r and -c. A data flag given as well overrides
                         the description's setting for it
  -r, --responses FILE   survey responses, CSV or JSON Lines (.jsonl)
  -c, --cases FILE       case records with event times (work orders), CSV or JSON Lines
  --segments A,B         segment columns of both files (default: every column that is not a known
                         attribute; with --data: the description's; none: no segments)
  --segments-responses A,B, --segments-cases A,B
                         segment columns of one file only (over --segments; none: no segments)
  --form long|wide       responses one answer a row (long, default) or one respondent a row (wide)
  --delimiter D          field delimiter of CSV files: ';' (European Excel), tab (or \\t), or any text
                         without quotes or line breaks (default ,); JSON Lines files ignore it
  --delimiter-responses D, --delimiter-cases D
                         the delimiter of one file only (over --delimiter)
  --encoding ENC         text encoding of the data files, e.g. gb18030, cp949, big5 (default utf-8)
  --encoding-responses ENC, --encoding-cases ENC
                         the encoding of one file only (over --encoding)
  --na CODES             answer codes meaning "not applicable" for every question, e.g. --na 0: such
                         answers are counted as not applicable, never rejected
  --dont-know CODES      answer codes meaning "don't know" for every question, e.g. --dont-know 99,DK
                         (replaces the defaults 不知道, 不清楚, DK, don't know)
  --ignore COLS          columns to skip in both files, e.g. --ignore 备注,submitted_at
  --assume-offset +08:00 UTC offset of case times written without one
  --link-column NAME     the responses' column with the case (work order) each response is about, e.g.
                         工单编号 (default: case, if the file has it); a blank cell means no link
  --link-by-respondent   respondent ids are case ids (return visits keyed by work-order number); the
                         case column is not read
  --strict               stop with exit code 1 when a data file has rejected rows or values
  --partial-threshold SHARE
                         mark the report partial when more than SHARE (0 to 1) of a data file's rows, or
                         of its values, were rejected (default 0.01, i.e. 1%); the report is still written,
                         with a "partial data" banner, and the command ends with exit code 1
  --accept-partial       accept a partial report: exit code 0 all the same`;

/** Help line of the `--measures` flag. */
export const MEASURES_HELP = `  --measures FILE        improvement-measures catalogue (YAML or JSON, gaptrace/measures@1) to attach to
                         findings; it replaces the bundled one, or adds to it with "extends: industry"
                         (default: the bundled catalogue of the study's industry, or only the measures
                         that fit any industry when the study declares none; none: no measures)`;

/**
 * The measures catalogue named by `--measures`: the bundled one of the study's industry when absent (`undefined`), none for `none`
 * (`false`), else the file's, checked against the study (warnings printed; errors stop with exit code 1).
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @param study - the study (scoped ids are checked against it).
 * @returns the catalogue option of the report writers.
 */
export async function measuresOption(command: string, input: CommandInput, study: Study): Promise<MeasureCatalogue | false | undefined> {
  const path = pathFlag(command, input.values, "measures");
  if (path === undefined) return undefined;
  if (path === "none") return false;
  let text: string;
  try {
    text = await readFile(resolvePath(input.io, path), "utf8");
  } catch (e) {
    throw new CliError(EXIT.fileSystem, `The measures file ${path} ${fileReason(e)}.`, "Check the path (relative paths are resolved from the current folder).");
  }
  const report = loadMeasuresText(text, { file: path, study });
  if (!report.ok || report.catalogue === undefined)
    throw new CliError(EXIT.input, `${path} is not a valid measures catalogue.`, "Fix the problems above.", report.problems);
  if (report.problems.length > 0) input.io.stderr.write(`${formatProblems(report.problems)}\n`);
  return report.catalogue;
}

/**
 * `--review FILE`: the monitoring review `gaptrace watch --review` wrote, checked against the study, for the
 * report's review-after section and its responsibility lists; undefined without the flag.
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @param study - the study.
 * @returns the review, or undefined.
 */
export async function reviewOption(command: string, input: CommandInput, study: Study): Promise<AlertReview | undefined> {
  const path = pathFlag(command, input.values, "review");
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(resolvePath(input.io, path), "utf8");
  } catch (e) {
    throw new CliError(EXIT.fileSystem, `The review file ${path} ${fileReason(e)}.`, "Check the path (relative paths are resolved from the current folder).");
  }
  try {
    return readAlertReview(study, text, { file: path });
  } catch (e) {
    if (e instanceof ValidationError) throw new CliError(EXIT.input, `${path} is not a monitoring review of this study.`, "Fix the problems above; gaptrace watch <study> --review writes the file.", e.problems);
    throw e;
  }
}

/** Help line of the `--walkthroughs` flag. */
export const WALKTHROUGHS_HELP = `  --walkthroughs FILE    process-walkthrough records (流程穿越: CSV, one row per problem found, English or
                         Chinese headers; or JSON/YAML): open problems corroborate findings and support traced
                         links, never with a share (see docs/walkthroughs.md); read with --encoding`;

/**
 * `--walkthroughs FILE`: the process-walkthrough records, read against the study; their ledger and problems are
 * printed (in the report language), a file that cannot be read at all stops with exit code 1, and `--strict`
 * stops on rejected records as it does on rejected data rows. Undefined without the flag.
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @param study - the study.
 * @returns the records, or undefined.
 */
export async function walkthroughsOption(command: string, input: CommandInput, data: AnyLoadedData): Promise<WalkthroughRecords | undefined> {
  const path = pathFlag(command, input.values, "walkthroughs");
  if (path !== undefined && data.walkthroughs !== undefined)
    throw usage(command, `--walkthroughs and the data description both name walkthrough records (${data.walkthroughsPath ?? ""}).`, "Give them in the data description or with --walkthroughs, not both.");
  if (path === undefined) return data.walkthroughs === undefined ? undefined : checkedWalkthroughs(command, input, data.walkthroughsPath ?? "walkthroughs", data.walkthroughs);
  const study = data.study;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolvePath(input.io, path)));
  } catch (e) {
    throw new CliError(EXIT.fileSystem, `The walkthrough file ${path} ${fileReason(e)}.`, "Check the path (relative paths are resolved from the current folder).");
  }
  const encoding = stringFlag(input.values, "encoding");
  let records: WalkthroughRecords;
  try {
    records = readWalkthroughs(study, bytes, { file: path, ...(encoding === undefined ? {} : { encoding }) });
  } catch (e) {
    if (e instanceof ValidationError) throw new CliError(EXIT.input, `${path} cannot be read as walkthrough records.`, "Fix the problems above (docs/walkthroughs.md gives the format).", e.problems);
    throw e;
  }
  return checkedWalkthroughs(command, input, path, records);
}

/** Print walkthrough records' ledger and problems, and apply `--strict` and the no-usable-record rule. */
function checkedWalkthroughs(command: string, input: CommandInput, path: string, records: WalkthroughRecords): WalkthroughRecords {
  const lang = langFlag(command, input.values);
  const l = records.ledger;
  input.io.stdout.write(`${path}: ${l.rowsRead} read, ${l.accepted} accepted, ${l.rejected} rejected${l.blankLines > 0 ? `, ${l.blankLines} blank lines` : ""}\n`);
  if (records.problems.length > 0) input.io.stdout.write(`${formatProblems(records.problems, lang).split("\n").map((x) => `  ${x}`).join("\n")}\n`);
  if (input.values.strict === true && l.rejected > 0) throw new CliError(EXIT.input, `${path} has ${l.rejected} rejected walkthrough records (--strict).`, "Fix the records listed above, or leave out --strict.");
  if (l.accepted === 0) throw new CliError(EXIT.input, `${path} has no usable walkthrough record: all ${l.rowsRead} were rejected.`, "Fix the records listed above.");
  return records;
}

/** A study with its loaded data: responses, cases, or both. */
export interface AnyLoadedData {
  readonly study: Study;
  readonly responsesPath: string | undefined;
  readonly table: ResponseTable | undefined;
  readonly casesPath: string | undefined;
  readonly cases: CaseRecords | undefined;
  /** With several response sources: each one's files and ledger (`table.ledger` is their sum). */
  readonly responseParts?: readonly { readonly path: string; readonly ledger: LedgerSummary }[] | undefined;
  /** The walkthrough records a data description names, and their file (`--walkthroughs` is read apart). */
  readonly walkthroughsPath?: string | undefined;
  readonly walkthroughs?: WalkthroughRecords | undefined;
}

/** The response ledgers to print and check: one per source (the table's own when there is one source). */
function responseLedgers(data: AnyLoadedData): { readonly path: string; readonly ledger: LedgerSummary }[] {
  if (data.responseParts !== undefined && data.responseParts.length > 0) return [...data.responseParts];
  return data.table !== undefined && data.responsesPath !== undefined ? [{ path: data.responsesPath, ledger: data.table.ledger }] : [];
}

/** A study with its loaded responses (and cases, if given). */
export interface LoadedData extends AnyLoadedData {
  readonly responsesPath: string;
  readonly table: ResponseTable;
}

/**
 * Load the study, the responses and the cases named on the command line, print their ledgers, and apply
 * `--strict`; `--responses` is required.
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @returns the study and its data.
 */
export async function loadData(command: string, input: CommandInput): Promise<LoadedData> {
  const dataPath = pathFlag(command, input.values, "data");
  const responsesPath = dataPath === undefined ? requiredFlag(command, input.values, "responses") : undefined;
  const data = await loadAnyData(command, input);
  if (data.table === undefined || data.responsesPath === undefined)
    throw new CliError(EXIT.input, `${dataPath ?? responsesPath ?? ""} describes no survey responses; ${command} needs them.`, "Add responses: with its file (or files) to the data description; docs/data.md shows how.");
  return { ...data, responsesPath: data.responsesPath, table: data.table };
}

/**
 * Load the study and the data named on the command line (`--data`, or `--responses`, `--cases` or both: a usage
 * error without any), print their ledgers, and apply `--strict`.
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @returns the study and its data.
 */
export async function loadAnyData(command: string, input: CommandInput): Promise<AnyLoadedData> {
  const { io, values, positionals } = input;
  const dataPath = pathFlag(command, values, "data");
  if (dataPath !== undefined) return loadDescribedData(command, input, dataPath);
  const responsesPath = pathFlag(command, values, "responses");
  const casesPath = pathFlag(command, values, "cases");
  if (responsesPath === undefined && casesPath === undefined)
    throw usage(
      command,
      "give the data to attribute: --responses FILE, --cases FILE, or both.",
      `Survey responses (-r) show customer gaps, internal ratings and standards against expectations; case records (-c) show execution against standards. Run "gaptrace ${command} --help" for the options.`,
    );
  const flags = dataFlags(command, input);
  const study = await loadStudy(io, positionals[0] ?? "");
  const lang = langFlag(command, values);
  const table = responsesPath === undefined ? undefined : await loadResponses(io, study, responsesPath, flags);
  if (table !== undefined && responsesPath !== undefined) io.stdout.write(ledgerText(responsesPath, table.ledger, 5, lang));
  const cases = casesPath === undefined ? undefined : await loadCases(io, study, casesPath, flags);
  return finishLoad(io, values.strict === true, lang, { study, responsesPath, table, casesPath, cases });
}

/** A list flag where `none` means an empty list; `undefined` when the flag is absent. */
function segmentsFlag(values: CommandInput["values"], name: string): string[] | undefined {
  if (values[name] === undefined) return undefined;
  const listed = listFlag(values, name);
  return listed.length === 1 && listed[0] === "none" ? [] : listed;
}

/** The data flags of the command line, checked (a bad value is a usage error, exit code 2). */
function dataFlags(command: string, input: CommandInput): DataFlags {
  const { values } = input;
  const list = (name: string): string[] | undefined => (values[name] === undefined ? undefined : listFlag(values, name));
  const flags: DataFlags = {
    segments: segmentsFlag(values, "segments"),
    segmentsResponses: segmentsFlag(values, "segments-responses"),
    segmentsCases: segmentsFlag(values, "segments-cases"),
    delimiter: stringFlag(values, "delimiter"),
    delimiterResponses: stringFlag(values, "delimiter-responses"),
    delimiterCases: stringFlag(values, "delimiter-cases"),
    encoding: stringFlag(values, "encoding"),
    encodingResponses: stringFlag(values, "encoding-responses"),
    encodingCases: stringFlag(values, "encoding-cases"),
    na: list("na"),
    dontKnow: list("dont-know"),
    ignore: list("ignore"),
    assumeOffset: stringFlag(values, "assume-offset"),
    form: choiceFlag(command, values, "form", ["long", "wide"] as const),
    linkColumn: stringFlag(values, "link-column"),
    linkByRespondent: values["link-by-respondent"] === true,
  };
  if (flags.linkColumn !== undefined && flags.linkByRespondent === true)
    throw usage(command, "--link-column and --link-by-respondent both say where the case id is.", "Give --link-column NAME to read the case id from a column, or --link-by-respondent when respondent ids are case ids, not both.");
  if (flags.linkColumn === "") throw usage(command, "--link-column needs a column name.");
  checkDataFlags(flags);
  return flags;
}

/** `--data`: the study, then the sources its data description names (instead of -r and -c). */
async function loadDescribedData(command: string, input: CommandInput, dataPath: string): Promise<AnyLoadedData> {
  const { io, values, positionals } = input;
  for (const f of ["responses", "cases"] as const)
    if (values[f] !== undefined) throw usage(command, `--data and --${f} both name the ${f} file.`, `Give the files in the data description (${dataPath}), or with -r and -c, not both.`);
  const flags = dataFlags(command, input);
  const study = await loadStudy(io, positionals[0] ?? "");
  const d = await loadDescribed(io, study, dataPath, flags);
  const lang = langFlag(command, values);
  const loaded: AnyLoadedData = { study, responsesPath: d.responsesPath, table: d.table, casesPath: d.casesPath, cases: d.cases, responseParts: d.responseParts, walkthroughsPath: d.walkthroughsPath, walkthroughs: d.walkthroughs };
  for (const { path, ledger } of responseLedgers(loaded)) io.stdout.write(ledgerText(path, ledger, 5, lang));
  // What only the combination of sources can say (respondent ids two sources share).
  const combined = d.responseParts === undefined ? [] : (d.table?.ledger.notes ?? []).filter((p) => p.code === "data/respondent-in-two-sources");
  if (combined.length > 0) io.stdout.write(`${formatProblems(combined, lang).split("\n").map((l) => `  ${l}`).join("\n")}\n`);
  return finishLoad(io, values.strict === true, lang, loaded);
}

/** Print the cases' ledger, apply `--strict`, and refuse files with no usable row. */
function finishLoad(io: CommandInput["io"], strict: boolean, lang: ReturnType<typeof langFlag>, data: AnyLoadedData): AnyLoadedData {
  const { responsesPath, table, casesPath, cases } = data;
  if (cases !== undefined && casesPath !== undefined) io.stdout.write(ledgerText(casesPath, cases.ledger.summary(), 5, lang));
  enforceStrict(strict, [
    ...responseLedgers(data),
    ...(cases !== undefined && casesPath !== undefined ? [{ path: casesPath, ledger: cases.ledger.summary() }] : []),
  ]);
  for (const { path, ledger } of table === undefined ? [] : responseLedgers(data))
    if (ledger.accepted === 0) throw noUsableRows(path, ledger, "Check that its header names the columns respondent, question and value (long form) and that the question ids are the study's.");
  // A case file given but empty is as much a mistake as an empty survey: every standard would silently go untested.
  if (cases !== undefined && casesPath !== undefined && cases.ledger.summary().accepted === 0)
    throw noUsableRows(casesPath, cases.ledger.summary(), "Check that its header names the columns case, event and time (long form) or the event columns (wide form), and that it holds case records.");
  return data;
}

/**
 * A data file none of whose rows could be used: when rows were rejected, say why (the main reason and its fix),
 * as the header is then not the problem.
 */
function noUsableRows(path: string, ledger: LedgerSummary, headerHint: string): CliError {
  const [top] = [...ledger.byReason].sort((a, b) => b[1] - a[1]);
  if (ledger.rejected === 0 || top === undefined) return new CliError(EXIT.input, `${path} has no usable rows.`, headerHint);
  const reasons = ledger.byReason.map(([r, n]) => `${r} ${n.toLocaleString("en")}`).join(", ");
  return new CliError(EXIT.input, `${path} has no usable rows: ${ledger.rowsRead === 1 ? "its one row was" : `all ${ledger.rowsRead.toLocaleString("en")} rows were`} rejected (${reasons}); the first problems are listed above.`, reasonHint(top[0]));
}

/**
 * Write the data ledgers next to a report.
 *
 * @param input - the command's world.
 * @param out - the report folder.
 * @param data - the loaded data.
 * @returns the path written.
 */
export async function writeLedgers(input: CommandInput, out: string, data: AnyLoadedData): Promise<string> {
  const ledgers = {
    ...(data.table !== undefined ? { responses: { file: data.responsesPath, ...data.table.ledger } } : {}),
    // Several response sources: the sum above, and each source's own ledger.
    ...(data.table !== undefined && (data.responseParts?.length ?? 0) > 1 ? { responseSources: responseLedgers(data).map((p) => ({ file: p.path, ...p.ledger })) } : {}),
    ...(data.cases !== undefined ? { cases: { file: data.casesPath, ...data.cases.ledger.summary() } } : {}),
  };
  const path = join(out, "ledger.json");
  await writeText(input.io, path, `${JSON.stringify(ledgers, null, 2)}\n`);
  return path;
}

/** What `--partial-threshold` and `--accept-partial` say. */
export interface PartialFlags {
  /** A data file is partial when its rejected share is above this (0–1). */
  readonly threshold: number;
  /** `--accept-partial`: a partial report ends with exit code 0. */
  readonly accept: boolean;
}

/**
 * Read `--partial-threshold` (0 to 1, default 0.01) and `--accept-partial`.
 *
 * @param command - the command's name (for messages).
 * @param input - the parsed command line.
 * @returns the threshold and whether a partial report is accepted.
 */
export function partialFlags(command: string, input: CommandInput): PartialFlags {
  const threshold = numberFlag(command, input.values, "partial-threshold", { min: 0, max: 1 }) ?? DEFAULT_PARTIAL_DATA_THRESHOLD;
  return { threshold, accept: input.values["accept-partial"] === true };
}

/**
 * The loaded files' ledgers as the report's data sources (responses first, then cases), named as typed.
 *
 * @param data - the loaded data.
 * @returns the `data` option of the report writers.
 */
export function reportLedgers(data: AnyLoadedData): ReportLedger[] {
  return [
    ...(data.table !== undefined ? responseLedgers(data).map((p) => ({ kind: "responses" as const, name: p.path, ledger: p.ledger })) : []),
    ...(data.cases !== undefined ? [{ kind: "cases" as const, name: data.casesPath, ledger: data.cases.ledger }] : []),
  ];
}

/**
 * After the report is written: say on stderr which data files are above the threshold, and end with exit code 1
 * unless `--accept-partial` was given.
 *
 * @param input - the command's world.
 * @param data - the loaded data.
 * @param flags - the threshold and `--accept-partial`.
 * @returns the exit code: 0, or 1 for a partial report not accepted.
 */
export function partialExit(input: CommandInput, data: AnyLoadedData, flags: PartialFlags): ExitCode {
  const partial = reportLedgers(data)
    .map((s) => ({ name: s.name ?? s.kind, ...rejectedShare(s.ledger) }))
    .filter((s) => s.share > flags.threshold);
  if (partial.length === 0) return EXIT.ok;
  for (const s of partial) {
    const what = `${s.name}: ${formatPercent(s.share)} of ${s.of} rejected (above ${formatPercent(flags.threshold)}): the report is marked partial.`;
    input.io.stderr.write(
      flags.accept ? `${what} Accepted with --accept-partial.\n` : `${what} Fix the rows listed in ledger.json, or pass --accept-partial to accept it.\n`,
    );
  }
  return flags.accept ? EXIT.ok : EXIT.input;
}

/** The kinds of gap these data could not test, each with the data that would test it (none when all were testable). */
function coverageLines(result: Attribution, study: Study, lang: Lang): string[] {
  const coverage = (result as Partial<Attribution>).coverage;
  if (coverage === undefined || coverage.gaps.every((g) => g.testable)) return [];
  const t = coverageText(study, coverage, lang);
  const would = wordsFor(lang).coverage.wouldTest;
  return t.gaps.filter((g) => !g.testable).map((g) => `  ! ${g.text}${g.needs.length === 0 ? "" : would(g.needs)}`);
}

const TAG_LETTER: Readonly<Record<Finding["tag"], string>> = {
  "customer-dissatisfaction": "C",
  "unreasonable-standard": "S",
  "non-compliant-execution": "E",
};

/**
 * The findings of an attribution, one line each: tag letter, id, the post (or department) it lands on, severity;
 * first how responses were linked to their cases, and under each customer gap its measured causes (share with its
 * interval and grade), the part that stays with the front line, and the possible causes to test (no percentage).
 *
 * @param result - the attribution.
 * @param study - its study.
 * @param lang - the language of names.
 * @returns the lines.
 */
export function findingLines(result: Attribution, study: Study, lang: Lang): string[] {
  const posts = new Map(study.organisation.posts.map((p) => [p.id, p] as const));
  const depts = new Map(study.organisation.departments.map((d) => [d.id, d] as const));
  const count = (tag: Finding["tag"]): number => result.findings.filter((f) => f.tag === tag).length;
  const lines = [
    cliWords(lang).wave(result.wave, {
      all: result.findings.length,
      customer: count("customer-dissatisfaction"),
      standard: count("unreasonable-standard"),
      execution: count("non-compliant-execution"),
      undecided: result.undecided.length,
    }),
    linkageText(result.linkage, lang),
    ...coverageLines(result, study, lang),
  ];
  for (const f of result.findings) {
    const post = f.post === undefined ? undefined : posts.get(f.post);
    const dept = f.department === undefined ? undefined : depts.get(f.department);
    const who = post !== undefined ? labelText(post.name, lang) : dept !== undefined ? labelText(dept.name, lang) : "—";
    lines.push(`  [${TAG_LETTER[f.tag]}] ${f.id} → ${who}  ${cliWords(lang).severity(f.severity, f.q)}`);
    if (f.tag !== "customer-dissatisfaction") continue;
    const name = (l: CauseLink): string => (l.finding === undefined ? missesName(study, l.exposure, lang) : findingRefText(study, l.finding, lang));
    for (const c of f.causes) lines.push(`      ← ${causeShareText(name(c), c, f.gap, lang, study)}`);
    lines.push(`      ← ${unexplainedText(f.unexplainedShare, postText(study, f.post, lang), lang)}`);
    for (const l of f.links.filter(isPossibleCause)) lines.push(`      ? ${toTestBrief(l.grade, name(l), lang)}`);
  }
  return lines;
}
