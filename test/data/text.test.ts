/** Bytes to lines: encodings, their aliases, byte-order marks, UTF-16 by zero bytes, and lines with bad bytes. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { encodingCandidates, LineReader, resolveEncoding } from "../../src/data/text.js";

function readAll(chunks: (string | Uint8Array)[], encoding?: string): { lines: string[]; invalid: number[]; reader: LineReader } {
  const reader = new LineReader(encoding);
  const lines: string[] = [];
  const invalid: number[] = [];
  for (const b of [...chunks.map((c) => reader.push(c)), reader.end()]) {
    for (const i of b.invalid) invalid.push(lines.length + i);
    lines.push(...b.lines);
  }
  return { lines, invalid, reader };
}

describe("resolveEncoding", () => {
  it("knows the WHATWG names and the code-page aliases teams write", () => {
    expect(resolveEncoding(undefined)).toBe("utf-8");
    expect(resolveEncoding(" UTF8 ")).toBe("utf-8");
    expect(resolveEncoding("cp949")).toBe("euc-kr");
    expect(resolveEncoding("CP936")).toBe("gbk");
    expect(resolveEncoding("gb18030")).toBe("gb18030");
    expect(resolveEncoding("sjis")).toBe("shift_jis");
    expect(resolveEncoding("cp950")).toBe("big5");
    expect(resolveEncoding("utf-16")).toBe("utf-16le");
  });

  it("refuses an unknown name with the library's error, naming the function and what to use", () => {
    expect(() => resolveEncoding("klingon", "readCasesCsv")).toThrow(UsageError);
    expect(() => resolveEncoding("klingon", "readCasesCsv")).toThrow(/gaptrace\/readCasesCsv: unknown text encoding "klingon".*gb18030/s);
  });
});

describe("LineReader", () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it("splits on \\n, \\r\\n and a lone \\r, also when \\r\\n straddles two chunks", () => {
    expect(readAll([enc("a\r"), enc("\nb\rc\n"), enc("d")]).lines).toEqual(["a", "b", "c", "d"]);
    expect(readAll(["a\r", "\nb\r", "c"]).lines).toEqual(["a", "b", "c"]);
  });

  it("flags only the lines whose bytes are not valid, and names encodings they read in", () => {
    const gb = [0xc4, 0xe3, 0xba, 0xc3]; // 你好 in GB18030
    const { lines, invalid, reader } = readAll([new Uint8Array([...enc("ok\n"), ...gb, 0x0a, ...enc("fine\n")])]);
    expect(lines[0]).toBe("ok");
    expect(lines[2]).toBe("fine");
    expect(invalid).toEqual([1]);
    expect(reader.facts).toMatchObject({ encoding: "utf-8", from: "declared", invalidLines: 1, firstInvalidLine: 2 });
    expect(reader.facts.candidates).toContain("gb18030");
    expect(readAll([new Uint8Array([...gb, 0x0a])], "gb18030").lines).toEqual(["你好"]);
  });

  it("lets a byte-order mark win over the declared encoding, and says so", () => {
    const { lines, reader } = readAll([new Uint8Array([0xef, 0xbb, 0xbf, ...enc("列,值\n")])], "gb18030");
    expect(lines).toEqual(["列,值"]);
    expect(reader.facts).toMatchObject({ encoding: "utf-8", from: "byte-order-mark" });
  });

  it("recognises UTF-16 LE without a mark by its zero bytes", () => {
    const le = new Uint8Array([..."respondent,value\nr1,4\n"].flatMap((c) => [c.charCodeAt(0), 0]));
    const { lines, reader } = readAll([le]);
    expect(lines).toEqual(["respondent,value", "r1,4"]);
    expect(reader.facts).toMatchObject({ encoding: "utf-16le", from: "zero-bytes" });
  });

  it("decodes the same lines however the bytes are chunked", () => {
    const text = "客户,满意\r\n是,5\r否,4\n고객,3";
    const bytes = enc(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 6 }), (cuts) => {
        const at = [0, ...[...cuts].sort((a, b) => a - b), bytes.length];
        const chunks = at.slice(1).map((end, i) => bytes.slice(at[i], end));
        expect(readAll(chunks).lines).toEqual(["客户,满意", "是,5", "否,4", "고객,3"]);
      }),
    );
  });
});

describe("encodingCandidates", () => {
  it("lists the East Asian encodings that decode the bytes, not the declared one", () => {
    const gb = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]);
    const c = encodingCandidates(gb, "utf-8");
    expect(c[0]).toBe("gb18030");
    expect(c).not.toContain("utf-8");
    expect(encodingCandidates(new TextEncoder().encode("满意"), "gb18030")).toContain("utf-8");
  });
});
