/**
 * `gaptrace bpmn import <file.bpmn>` and `gaptrace bpmn export <study>`: BPMN 2.0 in and out. Import reads a
 * process chart from a BPMN tool into a study (with a mapping for what BPMN lacks), printing every problem located
 * in the BPMN file; export writes a study as a BPMN file that BPMN tools open, with the mapping that brings it back.
 * @module
 */
import { readFile } from "node:fs/promises";
import { yamlModule } from "#yaml";
import { bpmnMapping, draftProblemsNotCovered, importBpmn, renderBpmn } from "../../bpmn/index.js";
import { formatProblems, type DocPath, type SourceLocation } from "../../core/problem.js";
import { parseLocated } from "../../study/located.js";
import { langFlag, pathFlag, usage, type Command } from "../shared/command.js";
import { checkOut, CliError, EXIT, fileReason, resolvePath, writeOutput, writeText, type CliIo } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

async function readTextFile(io: CliIo, path: string, what: string): Promise<string> {
  try {
    return (await readFile(resolvePath(io, path), "utf8")).replace(/^\uFEFF/, "");
  } catch (e) {
    throw new CliError(EXIT.fileSystem, `The ${what} ${path} ${fileReason(e)}.`, "Check the path (relative paths are resolved from the current folder).");
  }
}

/** The mapping file, parsed with a place for every path, so mapping problems get file, line and column. */
async function readMapping(io: CliIo, path: string | undefined): Promise<{ readonly raw: unknown; readonly locate: (p: DocPath) => SourceLocation } | undefined> {
  if (path === undefined) return undefined;
  const text = await readTextFile(io, path, "mapping file");
  const doc = parseLocated(text, { file: path }, "data");
  if (!doc.ok) throw new CliError(EXIT.input, `The mapping file ${path} is not YAML or JSON.`, "Correct the file, or start again from the mapping --mapping-out writes.", doc.problems);
  return { raw: doc.raw, locate: (p) => doc.locate(p) };
}

async function runImport(io: CliIo, path: string, values: Record<string, unknown>): Promise<number> {
  const flags = values as Parameters<typeof pathFlag>[1];
  const out = pathFlag("bpmn", flags, "out");
  const mappingOut = pathFlag("bpmn", flags, "mapping-out");
  await checkOut(io, "bpmn", out, "file", ".study.yaml");
  await checkOut(io, "bpmn", mappingOut, "file", ".mapping.yaml");
  const xml = await readTextFile(io, path, "BPMN file");
  const mapping = await readMapping(io, pathFlag("bpmn", flags, "mapping"));
  const r = await importBpmn(xml, { file: path, mapping: mapping?.raw });
  // Problems with the mapping (its shape, entries naming nothing) are located in the mapping file.
  const located = r.problems.map((p) => (mapping !== undefined && p.path[0] === "mapping" ? { ...p, location: mapping.locate(p.path.slice(1)) } : p));
  // The draft's problems that the BPMN side already names (a lane with no layer, a post with no department) are
  // not repeated; they are still counted in the tally.
  const shown = [...located, ...draftProblemsNotCovered(r)];
  const problems = [...located, ...(r.report?.problems ?? [])];
  if (shown.length > 0) io.stdout.write(`${formatProblems(shown)}\n\n`);
  const hidden = problems.length - shown.length;
  if (hidden > 0) io.stdout.write(`(${plural(hidden, "problem")} of the draft study follow from those above and ${hidden === 1 ? "is" : "are"} not repeated.)\n`);
  if (mappingOut !== undefined && r.mapping !== undefined) {
    await writeText(io, mappingOut, yamlModule().stringify(r.mapping));
    io.stderr.write(`Wrote ${mappingOut}\n`);
  }
  const count = (s: string): number => problems.filter((p) => p.severity === s).length;
  const tally = `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("info"), "note")}`;
  const study = r.report?.study;
  if (!r.ok || study === undefined) {
    io.stdout.write(`${path}: not a valid study yet (${tally}).${mappingOut === undefined ? " Write the mapping with --mapping-out, fill it in and pass it with --mapping." : ""}\n`);
    return EXIT.input;
  }
  const steps = study.blueprints.reduce((n, b) => n + b.steps.length, 0);
  const handoffs = study.blueprints.reduce((n, b) => n + b.handoffs.length, 0);
  io.stdout.write(`${path}: a valid study (${tally}): ${plural(study.blueprints.length, "blueprint")}, ${plural(steps, "step")}, ${plural(handoffs, "hand-off")}.\n`);
  if (out !== undefined) {
    await writeOutput(io, out, yamlModule().stringify(study));
    if (out !== "-") io.stderr.write(`Wrote ${out}\n`);
  }
  return EXIT.ok;
}

async function runExport(io: CliIo, path: string, values: Record<string, unknown>): Promise<number> {
  const flags = values as Parameters<typeof pathFlag>[1];
  const lang = langFlag("bpmn", flags);
  const out = pathFlag("bpmn", flags, "out");
  const mappingOut = pathFlag("bpmn", flags, "mapping-out");
  await checkOut(io, "bpmn", out, "file", ".bpmn");
  await checkOut(io, "bpmn", mappingOut, "file", ".mapping.yaml");
  const study = await loadStudy(io, path);
  const written = await writeOutput(io, out, renderBpmn(study, undefined, { lang }));
  if (written !== undefined) io.stderr.write(`Wrote ${out}\n`);
  if (mappingOut !== undefined) {
    await writeText(io, mappingOut, yamlModule().stringify(bpmnMapping(study, { lang })));
    io.stderr.write(`Wrote ${mappingOut}\n`);
  }
  return EXIT.ok;
}

/** The `bpmn` command. */
export const bpmnCommand: Command = {
  name: "bpmn",
  summary: "BPMN 2.0 in (a process chart to a study) and out (a study to a chart)",
  positionals: ["import|export", "file"],
  options: { mapping: { type: "string" }, "mapping-out": { type: "string" }, lang: { type: "string" }, out: { type: "string", short: "o" } },
  help: `Usage: gaptrace bpmn import <file.bpmn> [--mapping FILE] [--mapping-out FILE] [--out FILE]
       gaptrace bpmn export <study> [--lang en|zh] [--out FILE] [--mapping-out FILE]

import: read a BPMN 2.0 file from a BPMN tool into a study. Pools and lanes become layers and posts,
tasks and events steps, sequence and message flows (through gateways) hand-offs. What BPMN lacks (the
layer of a lane, departments, service items, standards) comes from a mapping file (YAML or JSON): write
one with --mapping-out, fill it in, and pass it with --mapping. Every element not imported and every gap
is printed, located as file:line:column in the BPMN file.

export: write a study as BPMN 2.0 with its diagram (pools per theme, lanes per layer and post), for BPMN
tools; --mapping-out writes the mapping that imports it back as the same study.

Options:
  --mapping FILE       (import) the mapping to apply
  --mapping-out FILE   the complete mapping: to fill in (import), or to import the export back (export)
  --lang en|zh         (export) language of names and lanes (default en)
  -o, --out FILE       the study (import, only when valid) or the BPMN file (export); default standard output for export
  -h, --help           show this help

Exit codes: 0 done (import: the study is valid), 1 the BPMN file, the mapping or the study has errors, 2
usage error, 3 a file cannot be read or written.

Example:
  gaptrace bpmn export examples/studies/training.study.yaml --out training.bpmn --mapping-out training.mapping.yaml
  gaptrace bpmn import training.bpmn --mapping training.mapping.yaml --out training.study.yaml
`,
  async run({ io, values, positionals }) {
    const [action = "", path = ""] = positionals;
    if (action === "import") return runImport(io, path, values);
    if (action === "export") return runExport(io, path, values);
    throw usage("bpmn", `the first argument is import or export, got ${JSON.stringify(action)}.`, 'Run "gaptrace bpmn import <file.bpmn>" or "gaptrace bpmn export <study>".');
  },
};
