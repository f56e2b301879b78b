/**
 * The shape of a CLI command and the argument parsing all commands share: Node's `util.parseArgs` in strict
 * mode, with its errors (an unknown flag, a flag without its value) turned into usage errors (exit code 2) that
 * say which command complained and how to get help. Also the small value checks flags need (numbers, a
 * language, one of a list).
 * @module
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Lang } from "../../core/label.js";
import { CliError, EXIT, type CliIo } from "./context.js";

/** The options of a command, as `util.parseArgs` takes them. */
export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

/** Parsed flag values: strings, booleans and lists of strings. */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** What a command's `run` receives. */
export interface CommandInput {
  readonly io: CliIo;
  /** The flag values, by long name. */
  readonly values: FlagValues;
  /** The positional arguments. */
  readonly positionals: readonly string[];
  /** `--debug` was given. */
  readonly debug: boolean;
}

/** One `gaptrace` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Its full help text (usage, what it does, options, an example). */
  readonly help: string;
  readonly options: OptionSpecs;
  /** Names of the positional arguments, all required, e.g. `["study"]`. */
  readonly positionals: readonly string[];
  /**
   * Runs the command.
   * @param input - the parsed command line and the world it runs in.
   * @returns the exit code.
   */
  run(input: CommandInput): Promise<number>;
}

/**
 * Parse a command's arguments strictly; every mistake becomes a {@link CliError} with exit code 2.
 *
 * @param command - the command.
 * @param args - the arguments after the command name.
 * @returns the flag values and positionals, or `"help"` when `--help` was asked for.
 */
export function parseCommandArgs(command: Command, args: readonly string[]): { values: FlagValues; positionals: string[] } | "help" {
  let parsed: { values: FlagValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    }) as { values: FlagValues; positionals: string[] };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // parseArgs explains itself well, but for an unknown option it adds a "--" trick meant for developers.
    const unknown = (e as { code?: unknown }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION";
    const message = unknown ? `${raw.split(". ")[0]?.replace(/\.$/, "") ?? raw}.` : raw.trim();
    const given = unknown ? /'(-{1,2}[^']+)'/.exec(raw)?.[1] : undefined;
    const near = given === undefined ? undefined : nearestOption(command, given);
    throw usage(command.name, message, near === undefined ? undefined : `Did you mean --${near}? Run "gaptrace ${command.name} --help" for the options.`);
  }
  if (parsed.values.help === true) return "help";
  const missing = command.positionals.slice(parsed.positionals.length);
  if (missing.length > 0) throw usage(command.name, `missing ${missing.map((m) => `<${m}>`).join(" ")}.`);
  if (parsed.positionals.length > command.positionals.length) {
    const extra = parsed.positionals.slice(command.positionals.length);
    throw usage(command.name, `unexpected argument${extra.length > 1 ? "s" : ""} ${extra.map((x) => JSON.stringify(x)).join(" ")}.`);
  }
  // An empty path would otherwise be read as the current folder ("… is a folder, not a file").
  const empty = command.positionals.find((_, i) => parsed.positionals[i]?.trim() === "");
  if (empty !== undefined)
    throw usage(command.name, `the <${empty}> path is empty.`, `Give the path of the ${empty} file, e.g. gaptrace ${command.name} examples/studies/training.study.yaml.`);
  return parsed;
}

/** Edit distance between two short strings (Levenshtein). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** The command's option nearest to a mistyped one (at most two edits away), for a "did you mean". */
function nearestOption(command: Command, given: string): string | undefined {
  const name = given.replace(/^-+/, "").split("=")[0] ?? "";
  let best: { option: string; d: number } | undefined;
  for (const option of [...Object.keys(command.options), "help"]) {
    const d = distance(name, option);
    if (d <= 2 && (best === undefined || d < best.d)) best = { option, d };
  }
  return best?.option;
}

/**
 * A usage error of a command (exit code 2), with a hint pointing at its help.
 *
 * @param command - the command's name.
 * @param message - what is wrong with the command line.
 * @param hint - what to do; by default, read the help.
 */
export function usage(command: string, message: string, hint?: string): CliError {
  return new CliError(EXIT.usage, `gaptrace ${command}: ${message}`, hint ?? `Run "gaptrace ${command} --help" for the options.`);
}

/** A string flag's value (the last one when given twice), or `undefined`. */
export function stringFlag(values: FlagValues, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) {
    const last = v[v.length - 1];
    return typeof last === "string" ? last : undefined;
  }
  return typeof v === "string" ? v : undefined;
}

/** All values of a repeatable string flag, split at commas. */
export function listFlag(values: FlagValues, name: string): string[] {
  const v = values[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.flatMap((x) => (typeof x === "string" ? x.split(",") : [])).map((x) => x.trim()).filter((x) => x !== "");
}

/**
 * A number flag, checked against a range.
 *
 * @param command - the command (for the error).
 * @param values - the parsed flags.
 * @param name - the flag's long name.
 * @param check - `min`/`max` (inclusive unless `exclusive`), `integer`.
 * @returns the number, or `undefined` when the flag is absent.
 */
export function numberFlag(
  command: string,
  values: FlagValues,
  name: string,
  check: { min?: number; max?: number; exclusive?: boolean; integer?: boolean } = {},
): number | undefined {
  const raw = stringFlag(values, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const { min, max, exclusive = false, integer = false } = check;
  const below = min !== undefined && (exclusive ? n <= min : n < min);
  const above = max !== undefined && (exclusive ? n >= max : n > max);
  if (raw.trim() === "" || !Number.isFinite(n) || (integer && !Number.isInteger(n)) || below || above) {
    const range =
      min !== undefined && max !== undefined
        ? ` between ${min} and ${max}${exclusive ? " (exclusive)" : ""}`
        : min !== undefined
          ? ` ${exclusive ? "greater than" : "at least"} ${min}`
          : "";
    throw usage(command, `--${name} must be ${integer ? "a whole number" : "a number"}${range}, got ${JSON.stringify(raw)}.`);
  }
  return n;
}

/** The `--lang` flag: `en` (default) or `zh`. */
export function langFlag(command: string, values: FlagValues): Lang {
  return choiceFlag(command, values, "lang", ["en", "zh"] as const) ?? "en";
}

/** A flag whose value must be one of a list. */
export function choiceFlag<T extends string>(command: string, values: FlagValues, name: string, choices: readonly T[]): T | undefined {
  const raw = stringFlag(values, name);
  if (raw === undefined) return undefined;
  if (!(choices as readonly string[]).includes(raw)) throw usage(command, `--${name} must be one of ${choices.join(", ")}, got ${JSON.stringify(raw)}.`);
  return raw as T;
}

/** The `--out` flag, required. */
export function requiredFlag(command: string, values: FlagValues, name: string): string {
  const v = stringFlag(values, name);
  if (v === undefined || v === "") throw usage(command, `--${name} is required.`);
  return v;
}

/**
 * A path flag (`--out`, `--cases`, `--measures`): absent is `undefined`, an empty value is a usage error (an empty
 * path would quietly mean the current folder).
 *
 * @param command - the command (for the error).
 * @param values - the parsed flags.
 * @param name - the flag's long name.
 * @returns the path as typed, or `undefined`.
 */
export function pathFlag(command: string, values: FlagValues, name: string): string | undefined {
  const v = stringFlag(values, name);
  if (v !== undefined && v.trim() === "") throw usage(command, `--${name} is empty: it needs a path.`, `Give --${name} a file or folder name, or leave the flag out.`);
  return v;
}

/**
 * Ids given by a flag, checked against the ids the study has: an unknown one is a usage error (exit code 2) that
 * lists the valid ids, so the fix is in the message.
 *
 * @param command - the command (for the error).
 * @param flag - the flag as typed, e.g. `--post`.
 * @param given - the ids given.
 * @param known - the ids of the study that fit the flag.
 * @param where - what the ids are, and where in the study file, e.g. `post (organisation.posts)`.
 * @param studyPath - the study file as typed.
 * @example
 * ```ts
 * checkIds("questionnaire", "--post", ["nobody"], study.organisation.posts.map((p) => p.id), "post (organisation.posts)", path);
 * ```
 */
export function checkIds(command: string, flag: string, given: readonly string[], known: readonly string[], where: string, studyPath: string): void {
  const ids = new Set(known);
  const unknown = given.find((g) => !ids.has(g));
  if (unknown === undefined) return;
  const [what = where, place] = where.split(" (");
  throw usage(
    command,
    `${flag} ${JSON.stringify(unknown)} names no ${what} in ${studyPath}.`,
    `Use the id of a ${what}${place === undefined ? "" : ` (${place}`}: ${known.length === 0 ? "the study has none" : known.join(", ")}.`,
  );
}
