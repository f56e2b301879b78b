/** ZOD_ENGLISH: zod's English issue messages passed per parse, since gaptrace's zod/mini schemas load no locale. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
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

/** Every `.ts` file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** The argument text of the call whose `(` is at `open`. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

// Parses whose issues no one reads (a `.success` test) or cannot fail (a schema's own defaults).
const WITHOUT_ENGLISH = new Set(["bpmn/ids.ts: IdSchema.safeParse(bpmnId)", ...["Surge", "Deadline", "Repeat", "Dip"].map((s) => `model/monitoring.ts: ${s}SettingsSchema.parse({})`)]);

describe("gaptrace's own parses", () => {
  it("every zod parse in src/ passes ZOD_ENGLISH (zod/mini loads no locale: its messages, which problems quote, would read \"Invalid input\")", () => {
    const src = new URL("../../src/", import.meta.url).pathname;
    const missing: string[] = [];
    for (const file of sources(src)) {
      // Comments (TSDoc examples) are not code; a string holding ".parse(" is rare enough to be listed if it comes.
      const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
      for (const m of text.matchAll(/([\w$.\])]+)\.(safeParse|parse|safeParseAsync|parseAsync)\(/g)) {
        const receiver = m[1]!;
        if (/^(JSON|Date|yaml|YAML|doc|Number|URL)$/.test(receiver) || receiver.endsWith("yamlModule()")) continue;
        const args = argumentsAt(text, m.index + m[0].length - 1);
        const call = `${relative(src, file)}: ${receiver}.${m[2]}(${args})`;
        if (!args.includes("ZOD_ENGLISH") && !WITHOUT_ENGLISH.has(call)) missing.push(call);
      }
    }
    expect(missing).toEqual([]);
  });
});
