/**
 * Since 0.2 the exported schemas are zod/mini schemas (docs/upgrading.md): `.parse`, `.safeParse` and `.shape` are
 * as they were; the chained methods of zod classic are zod/mini's functions; and a zod classic schema takes them as
 * parts, since both are built on zod/v4/core.
 */
import { describe, expect, it } from "vitest";
import * as zc from "zod";
import * as z from "zod/mini";
import { HandoffSchema, IdSchema, LabelSchema, PostSchema, StandardSchema, StudySchema, UnfinishedSchema } from "../../src/model/index.js";
import { ZOD_ENGLISH } from "../../src/core/zod-english.js";

describe("the exported schemas are zod/mini schemas", () => {
  it("parse, safeParse and shape as before; no classic methods", () => {
    expect(IdSchema.parse("p1")).toBe("p1");
    expect(IdSchema.safeParse("").success).toBe(false);
    expect(Object.keys(PostSchema.shape)).toContain("headcount");
    expect("optional" in IdSchema).toBe(false);
    expect("refine" in StudySchema).toBe(false);
    expect(StudySchema instanceof z.core.$ZodType).toBe(true);
    expect(StudySchema instanceof zc.ZodType).toBe(false); // a classic `instanceof` sees a mini schema as not its own
    const error = IdSchema.safeParse(1).error;
    expect([error instanceof zc.core.$ZodError, error instanceof zc.ZodError]).toEqual([true, false]);
  });

  it("compose with zod/mini's functions", () => {
    const Extended = z.extend(PostSchema, { grade: z.optional(z.number()) });
    expect(Extended.safeParse({ id: "p", name: "P", department: "d", grade: 3 }).success).toBe(true);
    expect(Extended.safeParse({ id: "p", name: "P", department: "d", grade: "3" }).success).toBe(false);
    const Ids = z.array(IdSchema).check(z.refine((ids) => new Set(ids).size === ids.length, "ids repeat"));
    expect(Ids.safeParse(["a", "b"]).success).toBe(true);
    expect(Ids.safeParse(["a", "a"]).error?.issues[0]?.message).toBe("ids repeat");
    expect(z.optional(LabelSchema).safeParse(undefined).success).toBe(true);
  });

  it("compose with zod classic: as parts of classic schemas, and wrapped by classic's functions", () => {
    const Doc = zc.object({ owner: IdSchema, label: zc.optional(LabelSchema), posts: zc.array(PostSchema) }).refine((d) => d.posts.length > 0, "no posts");
    expect(Doc.safeParse({ owner: "p1", posts: [{ id: "p", name: "P", department: "d" }] }).success).toBe(true);
    const bad = Doc.safeParse({ owner: "bad id!", posts: [] });
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["owner", ""]);
    expect(bad.error?.issues[0]?.message).toBe("an id starts with a letter, digit or _ and contains only letters, digits, _ . : -");
    // Classic's own extend of a mini object's shape.
    const Wider = zc.strictObject({ ...PostSchema.shape, grade: zc.number().int() });
    expect(Wider.safeParse({ id: "p", name: "P", department: "d", grade: 2 }).success).toBe(true);
    expect(Wider.safeParse({ id: "p", name: "P", department: "d", grade: 2.5 }).success).toBe(false);
    // And classic's JSON Schema of a mix.
    expect(zc.toJSONSchema(zc.object({ id: IdSchema }))).toMatchObject({ type: "object", properties: { id: { type: "string", minLength: 1, maxLength: 128 } } });
  });
});

describe("the translations from zod classic's chains keep 0.1's issues (recorded from 5013d12, zod classic)", () => {
  const issues = (r: { success: boolean; error?: { issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] } }) =>
    r.error?.issues.map((i) => ({ code: i.code, path: i.path, message: i.message }));

  it("a dropped .finite() (a no-op in zod 4 classic): Infinity is still refused by z.number() itself", () => {
    expect(issues(UnfinishedSchema.safeParse({ count: "exclude-if-shorter", seconds: Infinity }, ZOD_ENGLISH))).toEqual([
      { code: "invalid_type", path: ["seconds"], message: "Invalid input: expected number, received Infinity" },
    ]);
    expect(StandardSchema.shape.threshold.safeParse(Number.NaN, ZOD_ENGLISH).error?.issues[0]?.message).toBe("Invalid input: expected number, received NaN");
  });

  it(".int().nonnegative() → .check(z.int(), z.nonnegative()), and a strict object's unknown key", () => {
    expect(issues(PostSchema.safeParse({ id: "p", name: "P", department: "d", headcount: 2.5, x: 1 }, ZOD_ENGLISH))).toEqual([
      { code: "invalid_type", path: ["headcount"], message: "Invalid input: expected int, received number" },
      { code: "unrecognized_keys", path: [], message: 'Unrecognized key: "x"' },
    ]);
  });

  it(".default → z._default (defaults filled, not parsed), .trim().min(1) → .check(z.trim(), z.minLength(1))", () => {
    expect(HandoffSchema.parse({ from: "a", to: "b" }, ZOD_ENGLISH)).toEqual({ from: "a", to: "b", kind: "serial", rework: false });
    expect(LabelSchema.parse("  x ", ZOD_ENGLISH)).toBe("x");
    expect(issues(LabelSchema.safeParse({ en: "  " }, ZOD_ENGLISH))).toEqual([{ code: "too_small", path: ["en"], message: "Too small: expected string to have >=1 characters" }]);
  });
});
