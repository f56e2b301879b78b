/**
 * A number's text reads alike in SQL and in `parseNumber`: every character that NFKC folds to number characters
 * (the fold table), alone and inside numbers, through the SQL expression as DuckDB evaluates it (astral characters
 * such as "𝟒" included), and the fold table is NFKC itself on strings made of its characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber } from "../../../src/data/values.js";
import { DUCKDB, sqlString } from "../../../src/data/sql/dialect.js";
import { nfkcNumberFolds, number } from "../../../src/data/sql/read.js";
import { duckdbEngine } from "../../../src/sql/index.js";

const folds = nfkcNumberFolds();
const fold = (s: string): string => [...s].map((ch) => folds.find(([f]) => f === ch)?.[1] ?? ch).join("");

describe("the NFKC fold of number text", () => {
  it("holds the folds exports meet (full-width, circled, mathematical digits, ideographic space)", () => {
    const map = new Map(folds);
    expect(map.get("４")).toBe("4");
    expect(map.get("⑩")).toBe("10");
    expect(map.get("𝟒")).toBe("4");
    expect(map.get("\u3000")).toBe(" ");
    expect(map.has("分")).toBe(false);
  });

  it("is NFKC on any string of its characters and number characters", () => {
    const chars = [...folds.map(([f]) => f), "0", "1", "5", ".", "-", "+", "e", " "];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }), (xs) => {
        expect(fold(xs.join(""))).toBe(xs.join("").normalize("NFKC"));
      }),
    );
  });

  it("reads in DuckDB as parseNumber reads it", async () => {
    const texts = [...folds.flatMap(([f]) => [f, `1${f}`, `${f}5`, `-${f}`, `${f}.5`, `${f}e1`]), "4分", "４", "４．５", "＋４", "1e05", "1e5", " 4", "4,5", "0x4", "abc", ""];
    const e = await duckdbEngine({ threads: 1 });
    try {
      const rows = await e.query(`SELECT i, ${number(DUCKDB, DUCKDB.trim("t", " \t\n\v\f\r\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"))} AS n FROM (VALUES ${texts.map((t, i) => `(${i}, ${sqlString(t)})`).join(", ")}) AS v(i, t) ORDER BY i`);
      const got = rows.map((r) => (r["n"] === null ? null : Number(r["n"])));
      const want = texts.map((t) => parseNumber(t) ?? null);
      const differ = texts.filter((_, i) => !Object.is(got[i], want[i]) && !(got[i] === 0 && want[i] === 0));
      expect(differ).toEqual([]);
    } finally {
      e.close();
    }
  });
});
