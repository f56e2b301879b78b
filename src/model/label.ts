/**
 * Schema of a bilingual label (see {@link Label}).
 * @module
 */
import * as z from "zod/mini";

/** A non-empty label: a string, or `{ en, zh }` with at least one of the two. */
export const LabelSchema = z.union([
  z.string().check(z.trim(), z.minLength(1, "a label cannot be empty")),
  z.strictObject({
    en: z.optional(z.string().check(z.trim(), z.minLength(1))),
    zh: z.optional(z.string().check(z.trim(), z.minLength(1))),
  }).check(z.refine((l) => l.en !== undefined || l.zh !== undefined, { message: "give the label in English (en) or Chinese (zh)" })),
]);

/** An identifier: letters, digits, `_`, `-`, `.`, `:` and any Unicode letter, 1–128 characters. */
export const IdSchema = z.string().check(z.minLength(1, "an id cannot be empty"), z.maxLength(128, "an id is at most 128 characters"), z.regex(/^[\p{L}\p{N}_][\p{L}\p{N}_.:\-]*$/u, "an id starts with a letter, digit or _ and contains only letters, digits, _ . : -"));
