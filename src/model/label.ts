/**
 * Schema of a bilingual label (see {@link Label}).
 * @module
 */
import * as z from "zod";

/** A non-empty label: a string, or `{ en, zh }` with at least one of the two. */
export const LabelSchema = z.union([
  z.string().trim().min(1, "a label cannot be empty"),
  z
    .strictObject({
      en: z.string().trim().min(1).optional(),
      zh: z.string().trim().min(1).optional(),
    })
    .refine((l) => l.en !== undefined || l.zh !== undefined, { message: "give the label in English (en) or Chinese (zh)" }),
]);

/** An identifier: letters, digits, `_`, `-`, `.`, `:` and any Unicode letter, 1–128 characters. */
export const IdSchema = z
  .string()
  .min(1, "an id cannot be empty")
  .max(128, "an id is at most 128 characters")
  .regex(/^[\p{L}\p{N}_][\p{L}\p{N}_.:\-]*$/u, "an id starts with a letter, digit or _ and contains only letters, digits, _ . : -");
