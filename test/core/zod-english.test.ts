/** ZOD_ENGLISH: zod's English issue messages passed per parse, since gaptrace's zod/mini schemas load no locale. */
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ZOD_ENGLISH } from "../../src/core/zod-english.js";

describe("ZOD_ENGLISH", () => {
  const before = { ...z.config() };
  afterEach(() => {
    z.config({ customError: before.customError, localeError: before.localeError });
  });

  it("gives zod's English message to an issue without one of the schema's own", () => {
    const english = z.locales.en().localeError;
    const schema = z.strictObject({ n: z.number().check(z.int(), z.nonnegative()), s: z.array(z.string()).check(z.minLength(1)) });
    const r = schema.safeParse({ n: -1, s: [], x: 1 }, ZOD_ENGLISH);
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(["Too small: expected number to be >=0", "Too small: expected array to have >=1 items", 'Unrecognized key: "x"']);
    // The same text zod's English locale gives each issue.
    for (const issue of r.error?.issues ?? []) expect(issue.message).toBe(english({ ...issue, input: undefined } as never) as string);
  });

  it("keeps a schema's own message, and English over an application's global error map", () => {
    z.config({ customError: () => "application's own", localeError: undefined });
    const schema = z.strictObject({ a: z.string({ error: "mine" }), b: z.string() });
    const r = schema.safeParse({ a: 1, b: 2 }, ZOD_ENGLISH);
    expect(r.error?.issues.map((i) => i.message)).toEqual(["mine", "Invalid input: expected string, received number"]);
    // Without it, zod/mini takes the global config: the application's map, not gaptrace's English.
    expect(schema.safeParse({ a: 1, b: 2 }).error?.issues[1]?.message).toBe("application's own");
  });
});
