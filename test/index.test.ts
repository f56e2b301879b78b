/**
 * The root entry point `gaptrace` is the pipeline a user scripts, pinned here name by name: growing it is a
 * deliberate act (add the name to ROOT_SURFACE, and to docs/CONVENTIONS-dev.md's map if it is a new step). The
 * names 0.2 kept at the root as `@deprecated` aliases (src/deprecated.ts) are gone in 0.3: each is listed in
 * test/fixtures/root-removed-0.3.txt with its new home, which must still export it, so no 0.1.0 name is lost
 * without a line saying where it went.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as gaptrace from "../src/index.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** The names of the root entry point, values and types. */
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
}

/** The names a file re-exports through `export { … } from "…"`; `export *` lines apart. */
function specifiers(file: string): { named: Specifier[]; star: string[] } {
  const text = readFileSync(join(SRC, file), "utf8");
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const named: Specifier[] = [];
  const star: string[] = [];
  for (const s of sf.statements) {
    if (!ts.isExportDeclaration(s) || s.moduleSpecifier === undefined || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    if (s.exportClause === undefined) {
      star.push(s.moduleSpecifier.text);
      continue;
    }
    if (!ts.isNamedExports(s.exportClause)) continue;
    for (const e of s.exportClause.elements) named.push({ name: e.name.text, typeOnly: s.isTypeOnly || e.isTypeOnly });
  }
  return { named, star };
}

function lines(fixture: string): string[] {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url)), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** A name removed from the root in 0.3, and where it is now. */
interface Removed {
  readonly name: string;
  readonly kind: "value" | "type";
  /** A subpath (`gaptrace/stats`), `gaptrace:<new name>` for a renamed writer, or `removed`. */
  readonly home: string;
}

const root = specifiers("index.ts");
const released = lines("root-surface-0.1.0.txt");
const removed: Removed[] = lines("root-removed-0.3.txt").map((l) => {
  const [name = "", kind, home = ""] = l.split(" ");
  return { name, kind: kind === "type" ? "type" : "value", home };
});
const runtime = gaptrace as Record<string, unknown>;

/** The source folder a subpath's entry is (package.json `exports`). */
function folderOf(home: string): string {
  const sub = home.slice("gaptrace/".length);
  return sub === "blueprint" ? "reports/blueprint" : sub;
}

/** The names, values and types, each subpath entry exports, read by TypeScript itself (through `export *` too). */
function subpathExports(homes: readonly string[]): Map<string, Set<string>> {
  const files = homes.map((h) => join(SRC, folderOf(h), "index.ts"));
  const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const out = new Map<string, Set<string>>();
  homes.forEach((home, i) => {
    const sf = program.getSourceFile(files[i]!);
    const symbol = sf === undefined ? undefined : checker.getSymbolAtLocation(sf);
    out.set(home, new Set(symbol === undefined ? [] : checker.getExportsOfModule(symbol).map((s) => s.name)));
  });
  return out;
}

describe("the root entry point", () => {
  it("exports the pipeline by name, and nothing else", () => {
    expect(root.named.map((s) => s.name).sort()).toEqual([...ROOT_SURFACE].sort());
    expect(root.star).toEqual([]);
  });

  it("has every value of the pipeline at run time, and no other", () => {
    const values = root.named.filter((s) => !s.typeOnly).map((s) => s.name);
    expect(values.length).toBeGreaterThan(40);
    expect(values.filter((n) => runtime[n] === undefined)).toEqual([]);
    expect(Object.keys(runtime).filter((n) => !values.includes(n))).toEqual([]);
    expect(typeof gaptrace.attribute).toBe("function");
    expect(typeof gaptrace.renderHtml).toBe("function");
  });

  it("accounts for every name it exported in 0.1.0: at the root, or listed with where it went", () => {
    expect(released.length).toBeGreaterThan(700);
    expect(removed.length).toBeGreaterThan(600);
    const accounted = new Set([...root.named.map((s) => s.name), ...removed.map((r) => r.name)]);
    expect(released.filter((n) => !accounted.has(n))).toEqual([]);
    const names = removed.map((r) => r.name);
    expect(names.length).toBe(new Set(names).size);
  });
});

describe("the names deprecated in 0.2 are gone from the root in 0.3", () => {
  it("exports none of them, as a value or as a type", () => {
    const rootNames = new Set(root.named.map((s) => s.name));
    expect(removed.filter((r) => rootNames.has(r.name)).map((r) => r.name)).toEqual([]);
    expect(removed.filter((r) => r.name in runtime).map((r) => r.name)).toEqual([]);
  });

  it("finds each moved name in its new home (values at run time, types and values to TypeScript)", async () => {
    const moved = removed.filter((r) => r.home.startsWith("gaptrace/"));
    const homes = [...new Set(moved.map((r) => r.home))];
    expect(homes.length).toBeGreaterThan(10);
    const exported = subpathExports(homes);
    expect(moved.filter((r) => !exported.get(r.home)?.has(r.name)).map((r) => `${r.name} (${r.home})`)).toEqual([]);
    const missing: string[] = [];
    for (const home of homes) {
      const mod = (await import(join(SRC, folderOf(home), "index.js"))) as Record<string, unknown>;
      for (const r of moved.filter((m) => m.home === home && m.kind === "value")) if (mod[r.name] === undefined) missing.push(`${r.name} (${home})`);
    }
    expect(missing).toEqual([]);
  });

  it("exports the names that left the package from no entry point at all", () => {
    const gone = removed.filter((r) => r.home === "removed").map((r) => r.name);
    expect(gone.sort()).toEqual(["browserCsvDriver", "CsvCollector", "CsvDriver", "CsvParserLike", "CsvSink", "DEFAULT_MEASURES_INPUT"].sort());
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown> };
    const homes = Object.keys(manifest.exports).filter((k) => k !== "." && k !== "./package.json" && !k.endsWith(".json")).map((k) => `gaptrace/${k.slice(2)}`);
    expect(homes).toContain("gaptrace/node");
    const exported = subpathExports(homes);
    expect(homes.filter((h) => (exported.get(h)?.size ?? 0) === 0)).toEqual([]);
    expect(homes.flatMap((h) => gone.filter((n) => exported.get(h)?.has(n)).map((n) => `${n} (${h})`))).toEqual([]);
  });

  it("replaces each renamed writer by its new name at the root", () => {
    const renamed = removed.filter((r) => r.home.startsWith("gaptrace:"));
    expect(renamed.map((r) => r.name).sort()).toEqual(["renderHtmlReport", "toCsv", "toJson", "toMarkdown"]);
    for (const r of renamed) expect(typeof runtime[r.home.slice("gaptrace:".length)], r.name).toBe("function");
  });
});
