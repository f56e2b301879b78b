/**
 * The root entry point `gaptrace` is the pipeline a user scripts, pinned here name by name: growing it is a
 * deliberate act (add the name to ROOT_SURFACE, and to docs/CONVENTIONS-dev.md's map if it is a new step). Every
 * name the root exported in 0.1.0 stays importable from the root for one release, at the root itself or as an
 * alias in src/deprecated.ts marked `@deprecated` with its new home, and that alias is the very value its subpath
 * exports.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as gaptrace from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** The non-deprecated names of the root entry point, values and types. */
const ROOT_SURFACE = [
  "Aggregate", "aggregate", "AggregateCell", "Answer", "attribute", "Attribution", "AttributionData",
  "AttributionOptions", "BasisMismatchError", "buildReport", "buildStudyGraph", "CaseColumns", "CaseOptions",
  "CaseRecords", "CaseRow", "casesCsv", "casesFrom", "casesFromCsv", "casesFromJsonl", "CauseLink", "CauseShare",
  "CellFilter", "cellsOf", "ChainLink", "Change", "collectResponses", "combineResponses", "compareWaves", "CsvOptions",
  "CsvReportOptions", "CsvTable", "CustomerDissatisfaction", "DocPath", "Evidence", "Finding", "formatProblems",
  "GaptraceError", "HtmlReportOptions", "isGaptraceError", "Label", "labelText", "Lang", "Ledger", "LedgerSummary",
  "LoadStudyOptions", "loadStudyText", "MarkdownReportOptions", "mergeAggregates", "NonCompliantExecution",
  "NotFoundError", "parseStudy", "PlantedCause", "PostWaveChange", "Problem", "Questionnaire", "questionnaire",
  "QuestionnaireCsvOptions", "QuestionnaireOptions", "questionnaireToCsv", "questionnaireToJson", "readReportJson",
  "readStudyText", "RejectReason", "renderCsv", "renderHtml", "renderJson", "renderMarkdown", "ReportDocument",
  "ReportOptions", "ResponseColumns", "ResponseOptions", "ResponseRow", "responseRows", "responsesCsv",
  "responsesFrom", "responsesFromCsv", "responsesFromJsonl", "ResponseSource", "ResponseTable", "rollup",
  "RollupOptions", "SamplingPlan", "samplingPlan", "SamplingPlanCsvOptions", "SamplingPlanOptions",
  "samplingPlanToCsv", "Severity", "SimulatedData", "simulateStudy", "SimulationOptions", "SimulationTruth",
  "SourceLocation", "Study", "StudyBuilder", "studyBuilder", "StudyFormat", "StudyGraph", "StudyInput",
  "StudyReport", "Tag", "TextInput", "Undecided", "UnreasonableStandard", "UsageError", "validateStudy",
  "ValidationError", "WaveChange", "WaveComparison", "whatIf", "WhatIfChange", "whatIfChanged", "WhatIfData", "WhatIfResult",
  "withPriorities", "withWalkthroughs",
];

interface Specifier {
  readonly name: string;
  readonly typeOnly: boolean;
  /** The module it is re-exported from, resolved to a source file. */
  readonly from: string;
  /** Its own JSDoc, if any. */
  readonly doc: string;
}

/** The names a file re-exports through `export { … } from "…"`, each with its JSDoc; `export *` lines apart. */
function specifiers(file: string): { named: Specifier[]; star: string[] } {
  const text = readFileSync(join(SRC, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const named: Specifier[] = [];
  const star: string[] = [];
  for (const s of sf.statements) {
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier === undefined || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const from = join(dirname(join(SRC, file)), s.moduleSpecifier.text).slice(SRC.length).replace(/\.js$/, ".ts");
    if (s.exportClause === undefined) {
      star.push(from);
      continue;
    }
    if (!ts.isNamedExports(s.exportClause)) continue;
    for (const e of s.exportClause.elements) {
      const doc = ts.getJSDocCommentsAndTags(e).map((d) => d.getText(sf)).join("\n");
      named.push({ name: e.name.text, typeOnly: s.isTypeOnly || e.isTypeOnly, from, doc });
    }
  }
  return { named, star };
}

const root = specifiers("index.ts");
const deprecated = specifiers("deprecated.ts");
const released = readFileSync(fileURLToPath(new URL("./fixtures/root-surface-0.1.0.txt", import.meta.url)), "utf8")
  .split("\n")
  .filter((l) => l !== "" && !l.startsWith("#"));
const runtime = gaptrace as Record<string, unknown>;

describe("the root entry point", () => {
  it("exports the pipeline by name, and nothing else but the deprecated aliases", () => {
    expect(root.named.map((s) => s.name).sort()).toEqual([...ROOT_SURFACE].sort());
    expect(root.star).toEqual(["deprecated.ts"]);
  });

  it("has every value of the pipeline at run time", () => {
    const values = root.named.filter((s) => !s.typeOnly).map((s) => s.name);
    expect(values.length).toBeGreaterThan(40);
    expect(values.filter((n) => runtime[n] === undefined)).toEqual([]);
    expect(typeof gaptrace.attribute).toBe("function");
    expect(typeof gaptrace.renderHtml).toBe("function");
  });

  it("keeps every name it exported in 0.1.0, at the root or as a deprecated alias", () => {
    expect(released.length).toBeGreaterThan(700);
    const now = new Set([...root.named, ...deprecated.named].map((s) => s.name));
    expect(released.filter((n) => !now.has(n))).toEqual([]);
  });

  it("deprecates nothing that is still at the root, and nothing twice", () => {
    const rootNames = new Set(root.named.map((s) => s.name));
    expect(deprecated.named.filter((s) => rootNames.has(s.name)).map((s) => s.name)).toEqual([]);
    const names = deprecated.named.map((s) => s.name);
    expect(names.length).toBe(new Set(names).size);
    expect(deprecated.star).toEqual([]);
  });

  it("marks every alias @deprecated with its new home", () => {
    const unmarked = deprecated.named.filter((s) => !/@deprecated (Import from `gaptrace\/[a-z]+`|Renamed: `render(Html|Markdown|Csv|Json)\(study, result, options\)`)/.test(s.doc));
    expect(unmarked.map((s) => s.name)).toEqual([]);
    for (const s of deprecated.named) {
      const home = /`gaptrace\/([a-z]+)`/.exec(s.doc)?.[1];
      if (home === undefined) continue;
      expect(s.from, s.name).toBe(home === "blueprint" ? "reports/blueprint/index.ts" : `${home}/index.ts`);
    }
  });

  it("aliases the very value its new home exports", async () => {
    const values = deprecated.named.filter((s) => !s.typeOnly);
    expect(values.length).toBeGreaterThan(200);
    const missing: string[] = [];
    for (const s of values) {
      const home = (await import(join(SRC, s.from.replace(/\.ts$/, ".js")))) as Record<string, unknown>;
      if (runtime[s.name] === undefined || runtime[s.name] !== home[s.name]) missing.push(s.name);
    }
    expect(missing).toEqual([]);
  });
});
