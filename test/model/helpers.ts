/** Shared helpers for the model tests: the mini study as text and as a fresh mutable object. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Problem } from "../../src/core/problem.js";

export const MINI_PATH = fileURLToPath(new URL("../fixtures/studies/mini.study.yaml", import.meta.url));
export const MINI_TEXT = readFileSync(MINI_PATH, "utf8");

/** A fresh, mutable copy of the mini study document. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mini(): any {
  return parse(MINI_TEXT);
}

/** The problems with a given code. */
export function withCode(problems: readonly Problem[], code: string): Problem[] {
  return problems.filter((p) => p.code === code);
}
