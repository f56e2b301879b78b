/**
 * The CSV reader never loses a line (issue 11): a broken quote or a ragged line is rejected alone and reading
 * resumes on the next line; every physical line is read as part of exactly one item; and through the response
 * reader, rows read = accepted + rejected = the physical records of the file, whatever is done to its quoting,
 * encoding or line endings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvLines } from "../../src/data/csv.js";
import { collectResponses } from "../../src/data/dataset.js";
import { responsesFromCsv } from "../../src/data/responses.js";
import { csvRows, forEachItem, type SourceItem } from "../../src/data/source.js";
import { casesFromCsv } from "../../src/data/cases.js";
import { study } from "./fixture.js";
import { expectBalanced } from "./helpers.js";

/** The items of a source, without its closing `end` item (checked on its own where it matters). */
async function items(batches: ReturnType<typeof csvRows>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  await forEachItem(batches, (i) => out.push(i));
  expect(out.at(-1)?.kind).toBe("end");
  return out.slice(0, -1);
}

const shape = (got: SourceItem[]) => got.map((i) => [i.kind, i.line]);

/** How many physical lines an item covers: a record spans its fields' line breaks, everything else one line. */
function span(i: SourceItem): number {
  if (i.kind === "cells") return 1 + i.cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  if (i.kind === "header") return 1 + i.columns.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
  return 1;
}

/** Every line from 1 to `lines` is covered by exactly one item, in order. */
function expectEveryLineOnce(got: SourceItem[], lines: number): void {
  let next = 1;
  for (const i of got) {
    expect(i.line).toBe(next);
    if (i.kind === "malformed") expect(i.lastLine).toBe(i.line);
    next += span(i);
  }
  expect(next - 1).toBe(lines);
}

const HEADER = "respondent,audience,post,weight,wave,question,value";
const row = (i: number, v: number | string = 4) => `r${i},external,,1,2024Q1,q-sat,${v}`;

describe("a broken line costs that line alone", () => {
  it("an unclosed quote on line 6 of a 609-line survey rejects line 6 and reads the other 607 rows", async () => {
    const lines = [HEADER, ...Array.from({ length: 608 }, (_, i) => row(i + 1))];
    lines[5] = `"r5,external,,1,2024Q1,q-sat,4`;
    const got = await items(csvRows(`${lines.join("\n")}\n`));
    expect(got.filter((i) => i.kind === "malformed").map((i) => [i.line, i.kind === "malformed" && i.detail])).toEqual([[6, "a quote is opened and never closed"]]);
    expect(got.filter((i) => i.kind === "cells")).toHaveLength(607);
    expectEveryLineOnce(got, 609);
    const source = responsesFromCsv(study, `${lines.join("\n")}\n`);
    await collectResponses(study, source);
    expect(source.ledger.summary()).toMatchObject({ rowsRead: 608, accepted: 607, rejected: 1 });
  });

  it("a spreadsheet formula with quotes is rejected alone and the next valid line is read", async () => {
    const text = [HEADER, row(1), `=HYPERLINK("http://evil","x"),external,,1,2024Q1,q-sat,3`, row(2), row(3)].join("\n");
    const got = await items(csvRows(text));
    expect(shape(got)).toEqual([["header", 1], ["cells", 2], ["malformed", 3], ["cells", 4], ["cells", 5]]);
    const source = responsesFromCsv(study, text);
    await collectResponses(study, source);
    expect(source.ledger.summary()).toMatchObject({ rowsRead: 4, accepted: 3, rejected: 1 });
  });

  it("a quote that closes lines later in a record of the wrong width gives up only its first line", async () => {
    const text = 'a,b,c\n1,"x,2\n3,4,5\n6,y",7,8\n8,9,10\n';
    const got = await items(csvRows(text));
    expect(shape(got)).toEqual([["header", 1], ["malformed", 2], ["cells", 3], ["malformed", 4], ["cells", 5]]);
    const bad = got[1];
    expect(bad?.kind === "malformed" && bad.detail).toMatch(/wrong number of fields.*on to line 4/);
  });

  it("keeps quoted fields with line breaks, doubled quotes and delimiters", async () => {
    const text = 'a,b\n1,"he said ""hi"", then\nleft"\n2,"x,y"\n';
    const got = await items(csvRows(text));
    expect(got[1]).toEqual({ kind: "cells", line: 2, cells: ["1", 'he said "hi", then\nleft'] });
    expect(got[2]).toEqual({ kind: "cells", line: 4, cells: ["2", "x,y"] });
  });

  it("treats a quote open longer than maxLinesPerRecord as never closed", async () => {
    const text = `a,b\n1,"x\n${Array.from({ length: 5 }, (_, i) => `${i},y`).join("\n")}\n9,"z"\n`;
    const got = await items(csvRows(text, { maxLinesPerRecord: 3 }));
    expect(shape(got)).toEqual([["header", 1], ["malformed", 2], ["cells", 3], ["cells", 4], ["cells", 5], ["cells", 6], ["cells", 7], ["cells", 8]]);
    // With room, the same quote runs to the next quote and the record is the wrong width: still line 2 alone.
    const roomy = await items(csvRows(text));
    expect(roomy.filter((i) => i.kind === "malformed").map((i) => i.line)).toEqual([2]);
  });

  it("says so when text follows a closing quote", async () => {
    const got = await items(csvRows('a,b\n"x"y,2\n3,4\n'));
    expect(got[1]).toMatchObject({ kind: "malformed", line: 2, detail: "a quoted field is followed by text before the next delimiter" });
    expect(got[2]).toMatchObject({ kind: "cells", line: 3 });
  });

  it("counts a row of empty fields (spreadsheets' trailing rows) as a blank line, not a rejected row", async () => {
    const got = await items(csvRows("a,b\n1,2\n,\n , \n"));
    expect(shape(got)).toEqual([["header", 1], ["cells", 2], ["blank", 3], ["blank", 4]]);
  });

  it("reads \\n, \\r\\n and a lone \\r alike, mixed in one file", async () => {
    const got = await items(csvRows('a,b\r1,2\r\n3,"x\ry"\n5,6'));
    expect(got.map((i) => (i.kind === "cells" ? i.cells : i.kind))).toEqual(["header", ["1", "2"], ["3", "x\ny"], ["5", "6"]]);
    expectEveryLineOnce(got, 5);
  });

  it("a delimiter longer than one character and tabs", async () => {
    expect((await items(csvRows("a\tb\n1\t2\n", { delimiter: "\t" })))[1]).toEqual({ kind: "cells", line: 2, cells: ["1", "2"] });
    expect((await items(csvRows('a||b\n"1||x"||2\n', { delimiter: "||" })))[1]).toEqual({ kind: "cells", line: 2, cells: ["1||x", "2"] });
  });

  it("holds back only an open record between batches", () => {
    const c = new CsvLines();
    expect(shape(c.push({ lines: ["a,b", '1,"x'], invalid: [] }))).toEqual([["header", 1]]);
    expect(shape(c.push({ lines: ['y"', "2,3"], invalid: [] }))).toEqual([["cells", 2], ["cells", 4]]);
    expect(shape(c.push({ lines: ['4,"open'], invalid: [] }))).toEqual([]);
    expect(shape(c.end())).toEqual([["malformed", 5]]);
    expect(c.linesRead).toBe(5);
  });
});

describe("encodings", () => {
  // "a,b\n是,否\n" in GB18030, and a line of it inside a UTF-8 file.
  const gbLine = [0xca, 0xc7, 0x2c, 0xb7, 0xf1];
  const utf8 = (s: string) => [...new TextEncoder().encode(s)];

  it("rejects a line whose bytes are not UTF-8 as invalid-encoding, naming encodings it reads in", async () => {
    const bytes = new Uint8Array([...utf8("a,b\n1,2\n"), ...gbLine, 0x0a, ...utf8("3,4\n")]);
    const got = await items(csvRows([bytes]));
    expect(shape(got)).toEqual([["header", 1], ["cells", 2], ["malformed", 3], ["cells", 4]]);
    expect(got[2]).toMatchObject({ reason: "invalid-encoding" });
    expect(got[2]?.kind === "malformed" && got[2].detail).toMatch(/not valid utf-8 text; it reads without error as gb18030/);
  });

  it("stops at a header it cannot decode, saying which encoding to try", async () => {
    const bytes = new Uint8Array([...gbLine, 0x0a, ...gbLine, 0x0a]);
    const source = responsesFromCsv(study, [bytes], { file: "survey.csv" });
    await expect((async () => collectResponses(study, source))()).rejects.toMatchObject({
      problems: [{ code: "data/undecodable-header", location: { file: "survey.csv", line: 1 }, hint: expect.stringMatching(/--encoding gb18030/) }],
    });
    // Read with the right encoding, the same bytes decode.
    const ok = await items(csvRows([bytes], { encoding: "gb18030" }));
    expect(ok[0]).toEqual({ kind: "header", line: 1, columns: ["是", "否"] });
  });

  it("rejects a UTF-8 line pasted into a GB18030 file (valid in both, mojibake if decoded), and keeps GB18030 lines", async () => {
    // "城区,客户说：很好" in UTF-8 is also valid GB18030 (it would decode to mojibake), inside a GB18030 file.
    const pasted = utf8("城区,客户说：很好");
    for (const mixed of [
      new Uint8Array([...utf8("a,b\n"), ...gbLine, 0x0a, ...pasted, 0x0d, 0x0a, ...gbLine, 0x0a]),
      // The same with one truly invalid line, which sends the reader down its line-by-line path.
      new Uint8Array([...utf8("a,b\n"), ...gbLine, 0x0a, ...pasted, 0x0a, 0xff, 0x2c, 0x31, 0x0a, ...gbLine, 0x0a]),
    ]) {
      const got = await items(csvRows([mixed], { encoding: "gb18030" }));
      expect(got[1]).toEqual({ kind: "cells", line: 2, cells: ["是", "否"] });
      expect(got[2]).toMatchObject({ kind: "malformed", line: 3, reason: "invalid-encoding", detail: expect.stringMatching(/the line is UTF-8 text, not gb18030/) });
      expect(got.at(-1)).toMatchObject({ kind: "cells", cells: ["是", "否"] });
    }
    // A legacy-encoded line of GB18030 text with three or more characters is not mistaken for UTF-8.
    const gbText = new Uint8Array([...utf8("a\n"), 0xb3, 0xc7, 0xc7, 0xf8, 0xbf, 0xcd, 0xbb, 0xa7, 0xc2, 0xfa, 0xd2, 0xe2, 0x0a]); // 城区客户满意
    expect((await items(csvRows([gbText], { encoding: "gb18030" })))[1]).toEqual({ kind: "cells", line: 2, cells: ["城区客户满意"] });
  });

  it("accepts the code-page names teams write (cp936, cp949, sjis) and refuses unknown ones", async () => {
    const bytes = new Uint8Array([...utf8("a,b\n"), ...gbLine, 0x0a]);
    expect((await items(csvRows([bytes], { encoding: "CP936" })))[1]).toEqual({ kind: "cells", line: 2, cells: ["是", "否"] });
    // "고객" in CP949 (EUC-KR).
    const kr = new Uint8Array([...utf8("a\n"), 0xb0, 0xed, 0xb0, 0xb4, 0x0a]);
    expect((await items(csvRows([kr], { encoding: "cp949" })))[1]).toEqual({ kind: "cells", line: 2, cells: ["고객"] });
    await expect(items(csvRows([bytes], { encoding: "martian" }))).rejects.toThrow(/unknown text encoding "martian"/);
  });

  it("reads UTF-16 with a byte-order mark, and without one by its zero bytes", async () => {
    const text = "respondent,question,value\nr1,q-sat,4\nr2,q-sat,5\n";
    const le = (s: string) => {
      const out: number[] = [];
      for (const ch of s) {
        const c = ch.charCodeAt(0);
        out.push(c & 0xff, c >> 8);
      }
      return out;
    };
    const withBom = new Uint8Array([0xff, 0xfe, ...le(text)]);
    const without = new Uint8Array(le(text));
    const be = new Uint8Array([0xfe, 0xff, ...le(text).map((_, i, a) => (i % 2 === 0 ? a[i + 1] : a[i - 1]) as number)]);
    for (const bytes of [withBom, without, be]) {
      const got = await items(csvRows([bytes]));
      expect(got.map((i) => (i.kind === "cells" ? i.cells : i.kind === "header" ? i.columns : i.kind))).toEqual([
        ["respondent", "question", "value"],
        ["r1", "q-sat", "4"],
        ["r2", "q-sat", "5"],
      ]);
    }
  });
});

describe("properties: nothing lost", () => {
  /** A field: plain text, or text that needs quoting (delimiters, quotes, line breaks, CJK). */
  const field = fc.oneof(
    fc.stringMatching(/^[a-z0-9]{0,6}$/),
    fc.constantFrom("北京", "满意", "고객", "a,b", 'say "hi"', "two\nlines", " pad "),
  );
  const quote = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
  const table = fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 30 });
  const eol = fc.constantFrom("\n", "\r\n", "\r");

  it("every physical line is read once, and unbroken records come back exactly, whatever the line endings and chunking", async () => {
    await fc.assert(
      fc.asyncProperty(table, eol, fc.integer({ min: 1, max: 64 }), async (rows, nl, size) => {
        const records = [["x", "y", "z"], ...rows];
        const text = records.map((r) => r.map(quote).join(",").replaceAll("\n", nl)).join(nl) + nl;
        const bytes = new TextEncoder().encode(text);
        const chunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.slice(i, i + size));
        const got = await items(csvRows(chunks));
        const lines = text.split(/\r\n|\r|\n/).length - 1;
        expectEveryLineOnce(got, lines);
        const nonBlank = rows.filter((r) => r.some((f) => f.trim() !== ""));
        expect(got.filter((i) => i.kind === "cells").map((i) => (i.kind === "cells" ? i.cells : []))).toEqual(nonBlank);
      }),
      { numRuns: 150 },
    );
  });

  it("one broken line (a lost closing quote, a stray quote, an extra field, bytes in another encoding) costs that line only", async () => {
    const simple = fc.array(fc.tuple(fc.stringMatching(/^[a-z0-9]{1,5}$/), fc.integer({ min: 1, max: 5 })), { minLength: 2, maxLength: 40 });
    const mutation = fc.constantFrom("open-quote", "text-after-quote", "extra-field", "missing-field", "gb18030");
    await fc.assert(
      fc.asyncProperty(simple, fc.nat(), mutation, eol, async (rows, pick, how, nl) => {
        const lines = ["respondent,audience,post,weight,wave,question,value", ...rows.map(([id, v], i) => `${id}-${i},external,,1,2024Q1,q-sat,${v}`)];
        const at = 1 + (pick % rows.length);
        const broken = lines[at] as string;
        const enc = new TextEncoder();
        const parts: number[][] = lines.map((l) => [...enc.encode(l)]);
        if (how === "open-quote") parts[at] = [...enc.encode(`"${broken}`)];
        if (how === "text-after-quote") parts[at] = [...enc.encode(`"${broken.replace(",", '"x,')}`)];
        if (how === "extra-field") parts[at] = [...enc.encode(`${broken},extra`)];
        if (how === "missing-field") parts[at] = [...enc.encode(broken.slice(0, broken.lastIndexOf(",")))];
        if (how === "gb18030") parts[at] = [...enc.encode(broken), 0xca, 0xc7];
        const bytes = new Uint8Array(parts.flatMap((p) => [...p, ...enc.encode(nl)]));
        const source = responsesFromCsv(study, [bytes], { file: "s.csv" });
        await collectResponses(study, source);
        const s = source.ledger.summary();
        expectBalanced(source.ledger);
        // rows read = accepted + rejected = the physical records of the file.
        expect(s.rowsRead).toBe(rows.length);
        expect(s.rejected).toBe(1);
        expect(source.ledger.problems()[0]?.location).toMatchObject({ file: "s.csv", line: at + 1 });
      }),
      { numRuns: 200 },
    );
  });
});

describe("0.1's CSV driver argument (gone in 0.3)", () => {
  // A JavaScript caller who still passes a driver is told, not read with gaptrace's own reader in silence.
  const driver = { parse: () => [] };
  const text = "respondent,question,value\nr1,q-sat,4\n";
  it("is refused by csvRows, responsesFromCsv and casesFromCsv, naming the function", () => {
    expect(() => (csvRows as (...a: unknown[]) => unknown)(text, {}, driver)).toThrow(/^gaptrace\/csvRows: an argument after the options was given: the CSV driver argument of 0\.1 is gone/);
    expect(() => (responsesFromCsv as (...a: unknown[]) => unknown)(study, text, {}, driver)).toThrow(/^gaptrace\/responsesFromCsv: an argument after the options/);
    expect(() => (casesFromCsv as (...a: unknown[]) => unknown)(study, "case,event,time\n", {}, driver)).toThrow(/^gaptrace\/casesFromCsv: an argument after the options/);
  });
  it("is not confused with an options argument left out or given as undefined", () => {
    expect(() => csvRows(text)).not.toThrow();
    expect(() => (responsesFromCsv as (...a: unknown[]) => unknown)(study, text, undefined, undefined)).not.toThrow();
  });
});
