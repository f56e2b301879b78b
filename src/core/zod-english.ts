/**
 * zod's English issue messages for the parses gaptrace runs, passed per parse rather than set globally. gaptrace's
 * schemas are zod/mini schemas, and zod/mini loads no locale: an issue without a message of gaptrace's own would
 * read "Invalid input". zod classic set English as the default locale on import (a global side effect, which
 * `"sideEffects": false` rules out); passing English's error map in each parse's context gives the same messages
 * and leaves zod's global config (a user's own locale or error map) alone. Internal (not exported from an entry
 * point).
 * @module
 * @internal
 */
import type * as z from "zod/mini";
// zod's English locale by itself: `z.locales.en` would bring every locale into a bundle (esbuild keeps the whole
// `locales` namespace). The build writes this import as `#zod-en` (package.json `imports`): plain Node takes it from
// the one-file zod (dist/vendor/zod.js, scripts/build-vendor.mjs), every other runtime from this path of the package.
import english_ from "zod/v4/locales/en.js";

let english: z.core.$ZodErrorMap | undefined;

/**
 * The parse context every `safeParse`/`parse` of gaptrace passes: English messages for zod's own issues, made on the
 * first issue that needs one. A message a schema sets itself (`error: …`) still wins, as it did with zod classic;
 * unlike classic's global locale, English also wins over an application's `z.config({ customError })`.
 *
 * @example
 * ```ts
 * const r = z.strictObject({ n: z.number() }).safeParse({ n: "1" }, ZOD_ENGLISH);
 * r.error?.issues[0]?.message; // "Invalid input: expected number, received string"
 * ```
 */
export const ZOD_ENGLISH: z.core.ParseContext<z.core.$ZodIssue> = {
  error: (issue) => (english ??= english_().localeError)(issue),
};
