/**
 * The `gaptrace` command line: finds the subcommand, parses its flags, runs it, and turns every failure into an
 * exit code and a plain message. A user's mistake never shows a stack trace: it is printed as located problems
 * (file:line:column, message, what to do). Only a bug in gaptrace (exit code 70) shows one, and only with
 * `--debug`. `main` takes its streams and folder as arguments, so tests run commands in-process.
 * @module
 */
import { readFileSync } from "node:fs";
import { GaptraceError, NotFoundError, UsageError } from "../core/errors.js";
import { formatProblems, type Problem } from "../core/problem.js";
import { parseCommandArgs, type Command } from "./shared/command.js";
import { CliError, EXIT, fileReason, isFileSystemError, type CliIo } from "./shared/context.js";
import { COMMANDS } from "./commands/index.js";

/**
 * The package version, read from the package.json two folders up (the same from `src/cli/` and `dist/cli/`).
 *
 * @returns The version, e.g. `0.1.0`, or `unknown` when the file cannot be read.
 */
export function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

/** The top-level help text. */
export function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: gaptrace <command> [options]
       gaptrace <command> --help

Full-process customer-satisfaction evaluation and root-cause attribution of satisfaction gaps to posts
(全流程客户满意度评价与归因).

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Options:
  -h, --help      show this help, or a command's help after its name
  -V, --version   show the version
  --debug         with an internal error, also print its stack trace

Exit codes:
  0   ok
  1   the input has errors (the study does not validate; a data file has more rejected rows than
      --partial-threshold allows, without --accept-partial; with --strict, any rejected row)
  2   usage error (unknown command or flag, missing or bad argument, an id the study does not have)
  3   a file or folder cannot be read or written
  70  internal error (a bug in gaptrace: please report it)

Example:
  gaptrace validate examples/studies/training.study.yaml
`;
}

function closest(name: string): string | undefined {
  // A command that starts like the typo, or one edit away, is worth suggesting.
  const near = COMMANDS.find((c) => c.name.startsWith(name.slice(0, 3)) && name.length >= 3);
  return near?.name;
}

function printError(io: CliIo, message: string, hint: string | undefined, problems: readonly Problem[]): void {
  if (problems.length > 0) io.stderr.write(`${formatProblems(problems)}\n\n`);
  io.stderr.write(`${message}\n`);
  if (hint !== undefined) io.stderr.write(`  → ${hint}\n`);
}

/**
 * Runs `gaptrace` with the given arguments.
 *
 * @param argv - The arguments after the program name, e.g. `["validate", "study.yaml"]`.
 * @param io - Where to write (`stdout`, `stderr`) and the folder relative paths start from (`cwd`).
 * @returns The exit code: 0 ok, 1 the input has errors, 2 usage error, 3 file-system error, 70 internal error.
 * @example
 * ```ts
 * const code = await main(["validate", "examples/studies/training.study.yaml"], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // --debug is global: take it out wherever it is (before a bare "--").
  const end = argv.indexOf("--");
  const head = end < 0 ? [...argv] : argv.slice(0, end);
  const debug = head.includes("--debug");
  const args = [...head.filter((a) => a !== "--debug"), ...(end < 0 ? [] : argv.slice(end))];
  let command: Command | undefined;
  try {
    const first = args[0];
    if (first === undefined) {
      io.stderr.write(topHelp());
      return EXIT.usage;
    }
    if (first === "--help" || first === "-h") {
      io.stdout.write(topHelp());
      return EXIT.ok;
    }
    if (first === "--version" || first === "-V") {
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    }
    if (first === "help") {
      const about = args[1] === undefined ? undefined : COMMANDS.find((c) => c.name === args[1]);
      io.stdout.write(about === undefined ? topHelp() : about.help);
      return args[1] === undefined || about !== undefined ? EXIT.ok : EXIT.usage;
    }
    command = COMMANDS.find((c) => c.name === first);
    if (command === undefined) {
      const guess = first.startsWith("-") ? undefined : closest(first);
      throw new CliError(
        EXIT.usage,
        first.startsWith("-") ? `gaptrace: unknown option ${JSON.stringify(first)} before the command.` : `gaptrace: unknown command ${JSON.stringify(first)}.`,
        `${guess === undefined ? "" : `Did you mean "${guess}"? `}Commands: ${COMMANDS.map((c) => c.name).join(", ")}. Run "gaptrace --help".`,
      );
    }
    const parsed = parseCommandArgs(command, args.slice(1));
    if (parsed === "help") {
      io.stdout.write(command.help);
      return EXIT.ok;
    }
    return await command.run({ io, values: parsed.values, positionals: parsed.positionals, debug });
  } catch (e) {
    return report(io, e, command, debug);
  }
}

/** Print a failure and choose its exit code. */
function report(io: CliIo, e: unknown, command: Command | undefined, debug: boolean): number {
  const where = command === undefined ? "gaptrace" : `gaptrace ${command.name}`;
  if (e instanceof CliError) {
    printError(io, e.message.startsWith("gaptrace") ? e.message : `${where}: ${e.message}`, e.hint, e.problems);
    return e.exitCode;
  }
  if ((e instanceof UsageError || e instanceof NotFoundError) && e.problems.length === 1) {
    // A library function called wrongly by a command: say it as the command, not as the API ("gaptrace/fn: …").
    const p = e.problems[0]!;
    io.stderr.write(`${where}: ${p.message.replace(/^gaptrace\/\w+: /, "")}\n  → ${p.hint}\n`);
    if (command !== undefined) io.stderr.write(`  → Run "gaptrace ${command.name} --help" for the options.\n`);
    return EXIT.usage;
  }
  if (e instanceof GaptraceError) {
    const fileProblem = e.problems.length > 0 && e.problems.every((p) => p.code === "file/unreadable");
    const code = fileProblem ? EXIT.fileSystem : e instanceof UsageError || e instanceof NotFoundError ? EXIT.usage : EXIT.input;
    io.stderr.write(`${formatProblems(e.problems)}\n`);
    if (code === EXIT.usage && command !== undefined) io.stderr.write(`  → Run "gaptrace ${command.name} --help" for the options.\n`);
    return code;
  }
  if (isFileSystemError(e)) {
    const path = (e as { path?: unknown }).path;
    io.stderr.write(`${where}: ${typeof path === "string" ? `${path} ` : ""}${fileReason(e)}.\n`);
    return EXIT.fileSystem;
  }
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  io.stderr.write(
    `${where}: internal error: ${message}\n` +
      `This is a bug in gaptrace, not a problem with your files: please report it with the command you ran${debug ? " and the trace below" : " (run it again with --debug for the trace)"}.\n`,
  );
  if (debug && e instanceof Error && e.stack !== undefined) io.stderr.write(`${e.stack}\n`);
  return EXIT.internal;
}
