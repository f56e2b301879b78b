import { describe, expect, it } from "vitest";
import { csvRows, forEachItem, jsonlRows, objectRows, type SourceItem } from "../../src/data/source.js";

/** The items of a source, without the `end` item text sources close with. */
async function items(batches: ReturnType<typeof csvRows>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  await forEachItem(batches, (i) => out.push(i));
  return out.filter((i) => i.kind !== "end");
}

async function* chunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

describe("csvRows", () => {
  const text = '\ufeffa,b\n1,"x\ny"\n\n2,3,4\n5,6\n7,"8\n';

  it("locates records, blank lines and malformed stretches", async () => {
    const got = (await items(csvRows(text))).map((i) => [i.kind, i.line, ...(i.kind === "malformed" ? [i.lastLine] : [])]);
    expect(got).toEqual([
      ["header", 1],
      ["cells", 2],
      ["blank", 4],
      ["malformed", 5, 5],
      ["cells", 6],
      ["malformed", 7, 7],
    ]);
  });

  it("gives the same items whatever the chunking, multi-byte characters split included", async () => {
    const t = "a,b\n是,否\n北京,上海\n";
    const whole = await items(csvRows(t));
    for (const size of [1, 2, 3, 5]) expect(await items(csvRows(chunks(t, size)))).toEqual(whole);
  });

  it("decodes other encodings", async () => {
    // "a,b\n是,否\n" in GB18030.
    const gb = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xca, 0xc7, 0x2c, 0xb7, 0xf1, 0x0a]);
    const got = await items(csvRows([gb], { encoding: "gb18030" }));
    expect(got[1]).toEqual({ kind: "cells", line: 2, cells: ["是", "否"] });
    await expect(items(csvRows([gb], { encoding: "klingon" }))).rejects.toThrow(/unknown text encoding/);
  });

  it("honours the delimiter", async () => {
    const got = await items(csvRows("a;b\n1;2\n", { delimiter: ";" }));
    expect(got[1]).toEqual({ kind: "cells", line: 2, cells: ["1", "2"] });
  });
});

describe("jsonlRows and objectRows", () => {
  it("split lines across chunks and flag bad JSON", async () => {
    const t = '{"a":1}\r\n\nnope\n[1]\n{"b":"是"}';
    const got = (await items(jsonlRows(chunks(t, 3)))).map((i) => [i.kind, i.line]);
    expect(got).toEqual([
      ["object", 1],
      ["blank", 2],
      ["malformed", 3],
      ["malformed", 4],
      ["object", 5],
    ]);
  });

  it("number in-memory rows from 1, sync and async", async () => {
    const sync: SourceItem[] = [];
    const r = forEachItem(objectRows([{ a: 1 }, { a: 2 }]), (i) => sync.push(i));
    expect(r).toBeUndefined();
    expect(sync.map((i) => i.line)).toEqual([1, 2]);
    async function* gen() {
      yield { a: 1 };
    }
    const out: SourceItem[] = [];
    await forEachItem(objectRows(gen()), (i) => out.push(i));
    expect(out).toEqual([{ kind: "object", line: 1, value: { a: 1 } }]);
    expect(() => objectRows(3 as never)).toThrow(/gaptrace\/objectRows/);
  });
});

describe("quotes", () => {
  it("a quote inside an unquoted field is kept as text, as spreadsheets read it", async () => {
    const got = await items(csvRows('a,b\n1,5" screen\n2,3\n'));
    expect(got.filter((i) => i.kind === "malformed")).toEqual([]);
    expect(got.filter((i) => i.kind === "cells").map((i) => (i.kind === "cells" ? i.cells : []))).toEqual([
      ["1", '5" screen'],
      ["2", "3"],
    ]);
  });
});

describe("line numbers with Windows line endings", () => {
  it("stay right after quoted fields that hold CRLF line breaks (Excel exports with comments)", async () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n2,3,4\r\n5,"p\r\nq\r\nr"\r\n6,7\r\n';
    const got = (await items(csvRows(text))).map((i) => [i.kind, i.line]);
    expect(got).toEqual([["header", 1], ["cells", 2], ["malformed", 4], ["cells", 5], ["cells", 8]]);
  });
});
