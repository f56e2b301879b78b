/** Running `gaptrace` in-process in tests: collected output, temp folders, the bundled studies. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { main } from "../../src/cli/main.js";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The bundled studies. */
export const TRAINING = join(ROOT, "examples/studies/training.study.yaml");
export const UTILITY = join(ROOT, "examples/studies/power-utility.study.yaml");

/** What a run printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Run `gaptrace` with arguments, in a folder.
 * @param args - the command line after `gaptrace`.
 * @param cwd - the folder (default the repository root).
 */
export async function run(args: readonly string[], cwd = ROOT): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "gaptrace-cli-"));
  made.push(d);
  return d;
}

/** True when the text looks like a stack trace. */
export function hasStack(text: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)|\n\s+at .+:\d+:\d+/.test(text);
}
