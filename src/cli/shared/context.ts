/**
 * What every CLI command works with: the streams and folder it runs in (so tests can run commands in-process),
 * the exit codes, the error that carries one, and the file helpers that turn file-system failures into exit
 * code 3 with a plain message instead of a stack trace.
 * @module
 */
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { Problem } from "../../core/problem.js";
import { fileReason as fileReasonOf } from "../../core/messages/problem-codes.js";
import { unreadableWhy } from "../../core/messages/problems-en-words.js";

/** Where a command writes text. `process.stdout` fits, and so does a string collector in a test. */
export interface TextSink {
  write(text: string): unknown;
}

/** The world a command runs in. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  /** Standard input, for commands that read a stream (`gaptrace watch`); absent in most tests. */
  readonly stdin?: import("node:stream").Readable;
}

/** The exit codes of `gaptrace`, documented in `docs/cli.md`. */
export const EXIT = {
  /** Everything went well. */
  ok: 0,
  /**
   * The input has errors: the study does not validate, a data file's rejected share is above `--partial-threshold`
   * (without `--accept-partial`; the report is written, marked partial), or (with `--strict`) a data file has rejected rows.
   */
  input: 1,
  /** The command line is wrong: unknown command or flag, missing or bad argument, an id that names nothing. */
  usage: 2,
  /** A file or folder could not be read or written. */
  fileSystem: 3,
  /** A bug in gaptrace (EX_SOFTWARE). */
  internal: 70,
} as const;

/** An exit code of `gaptrace`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure the CLI reports in plain words and ends with an exit code: a usage mistake, unreadable files, input
 * with errors. Never shown with a stack trace.
 */
export class CliError extends Error {
  override readonly name = "CliError";
  /** The exit code to end with. */
  readonly exitCode: ExitCode;
  /** What to do about it. */
  readonly hint: string | undefined;
  /** Located problems to print (already printed ones are not repeated). */
  readonly problems: readonly Problem[];

  /**
   * @param exitCode - the exit code.
   * @param message - what went wrong, in plain words.
   * @param hint - what to do about it.
   * @param problems - located problems behind it.
   */
  constructor(exitCode: ExitCode, message: string, hint?: string, problems: readonly Problem[] = []) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
    this.problems = problems;
  }
}

/** Why a file operation failed, in plain words, from a Node error code: the core's one wording of it. */
export function fileReason(e: unknown): string {
  const { reason, detail } = fileReasonOf(e);
  return unreadableWhy(reason, detail, "use");
}

/** True for errors Node's file system raises (they carry a `code` such as `ENOENT`). */
export function isFileSystemError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) && typeof (e as { syscall?: unknown }).syscall === "string";
}

/** Resolve a path given on the command line against the folder the command runs in. */
export function resolvePath(io: CliIo, path: string): string {
  return isAbsolute(path) ? path : resolve(io.cwd, path);
}

/**
 * Write a text file, creating its folder; a failure becomes a {@link CliError} with exit code 3.
 *
 * @param io - the command's world (for relative paths).
 * @param path - the file, as given.
 * @param text - the contents.
 * @returns the absolute path written.
 */
export async function writeText(io: CliIo, path: string, text: string): Promise<string> {
  const full = resolvePath(io, path);
  try {
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, text, "utf8");
  } catch (e) {
    const file = await fileInTheWay(dirname(full));
    if (file !== undefined)
      throw new CliError(EXIT.fileSystem, `Cannot write ${path}: ${shown(io, path, file)} is a file, not a folder.`, "Choose another place to write to, or move that file away.");
    throw new CliError(EXIT.fileSystem, `The file ${path} ${fileReason(e)}.`, "Check that the folder exists or can be created and that you may write to it.");
  }
  return full;
}

/** A path as the user would recognise it: relative to the path they typed when it is inside it. */
function shown(io: CliIo, typed: string, full: string): string {
  const rel = relative(resolvePath(io, "."), full);
  return isAbsolute(typed) || rel.startsWith("..") || rel === "" ? full : rel;
}

/** The nearest existing part of a folder path when it is a file (which keeps the folder from being made). */
async function fileInTheWay(folder: string): Promise<string | undefined> {
  for (let p = folder; ; p = dirname(p)) {
    const s = await stat(p).catch(() => undefined);
    if (s !== undefined) return s.isDirectory() ? undefined : p;
    if (dirname(p) === p) return undefined;
  }
}

/**
 * Check an `--out` path before any work is done: a folder output (`attribute`, `compare`, `simulate`) must not be
 * an existing file, a file output must not be an existing folder, and no part of the way may be a file. A mistake
 * is a {@link CliError} with exit code 3 that names the flag.
 *
 * @param io - the command's world.
 * @param command - the command's name.
 * @param out - the `--out` value as typed (`-` or absent: standard output, nothing to check).
 * @param kind - whether `--out` names a folder or a file.
 * @param ext - the extension of the file written, for the example in the hint (default `.csv`).
 */
export async function checkOut(io: CliIo, command: string, out: string | undefined, kind: "folder" | "file", ext = ".csv"): Promise<void> {
  if (out === undefined || (out === "-" && kind === "file")) return;
  const full = resolvePath(io, out);
  const self = await stat(full).catch(() => undefined);
  if (kind === "folder" && self !== undefined && !self.isDirectory())
    throw new CliError(
      EXIT.fileSystem,
      `gaptrace ${command}: --out ${out} is an existing file, not a folder.`,
      `Give --out a folder to write the files into (it is created if needed), e.g. --out ${command === "simulate" ? "sim" : "report"}.`,
    );
  if (kind === "file" && self?.isDirectory() === true)
    throw new CliError(EXIT.fileSystem, `gaptrace ${command}: --out ${out} is a folder, not a file.`, `Give --out the file to write, e.g. --out ${out.replace(/[\\/]+$/, "")}/${command}${ext}.`);
  const file = await fileInTheWay(kind === "folder" ? full : dirname(full));
  if (file !== undefined)
    throw new CliError(EXIT.fileSystem, `gaptrace ${command}: --out ${out} cannot be written: ${shown(io, out, file)} is a file, not a folder.`, "Choose another place to write to, or move that file away.");
}

/**
 * Write text to a file when `out` is given, else to standard output.
 *
 * @param io - the command's world.
 * @param out - the `--out` file, if any.
 * @param text - the contents.
 * @returns the absolute path written, or `undefined` for standard output.
 */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<string | undefined> {
  if (out === undefined || out === "-") {
    io.stdout.write(text);
    return undefined;
  }
  return writeText(io, out, text);
}
