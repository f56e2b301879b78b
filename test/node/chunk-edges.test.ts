/**
 * Files read a 1 MiB chunk at a time into one reused buffer (src/node/data.ts): whatever straddles a chunk's edge (a
 * multi-byte character, a UTF-16 code unit, `\r` and `\n` of one break, a quoted field spanning lines, a JSON line)
 * reads as the whole file's bytes given in one chunk read it. Each file is built so that every 1 MiB edge falls
 * inside one of those.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { casesFromCsv, casesFromJsonl } from "../../src/data/cases.js";
import { collectResponses } from "../../src/data/dataset.js";
import { responsesFromCsv, responsesFromJsonl } from "../../src/data/responses.js";
import { readCasesCsv, readCasesJsonl, readResponsesCsv, readResponsesJsonl } from "../../src/node/index.js";
import { study } from "../data/fixture.js";

const MIB = 1 << 20;
type Enc = "utf-8" | "utf-8-bom" | "gb18030" | "utf-16le";

/** GB18030 bytes of the few non-ASCII characters used here (two- and four-byte sequences). */
const GB: ReadonlyMap<string, readonly number[]> = new Map([
  ["是", [0xca, 0xc7]],
  ["北", [0xb1, 0xb1]],
  ["¥", [0x81, 0x30, 0x84, 0x36]],
]);

function encode(text: string, enc: Enc): Uint8Array {
  if (enc === "utf-16le") return new Uint8Array(Buffer.from(text, "utf16le"));
  if (enc !== "gb18030") return new TextEncoder().encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const b = GB.get(ch);
    if (b !== undefined) out.push(...b);
    else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else throw new Error(`no GB18030 bytes for ${ch}`);
  }
  return new Uint8Array(out);
}

/**
 * A file whose k-th 1 MiB edge falls `cut` bytes into the k-th probe: filler lines (their last one padded to the
 * byte) before each probe.
 */
function build(enc: Enc, eol: string, head: string, filler: (n: number, pad: number) => string, probes: readonly { text: string; cut: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const add = (b: Uint8Array): void => {
    parts.push(b);
    size += b.length;
  };
  if (enc === "utf-16le") add(new Uint8Array([0xff, 0xfe]));
  if (enc === "utf-8-bom") add(new Uint8Array([0xef, 0xbb, 0xbf]));
  add(encode(head + eol, enc));
  let n = 0;
  probes.forEach((p, k) => {
    // A UTF-16 file's edges are at even bytes: a cut inside a code unit moves to its end.
    const target = (k + 1) * MIB - (enc === "utf-16le" ? p.cut + (p.cut % 2) : p.cut);
    const line = (pad: number): Uint8Array => encode(filler(n, pad) + eol, enc);
    const unit = enc === "utf-16le" ? 2 : 1;
    while (target - size > line(0).length * 2) {
      add(line(0));
      n++;
    }
    const pad = (target - size - line(0).length) / unit;
    expect(Number.isInteger(pad) && pad >= 0).toBe(true);
    add(line(pad));
    n++;
    expect(size).toBe(target);
    add(encode(p.text, enc));
  });
  add(encode(filler(n, 0) + eol, enc));
  const out = new Uint8Array(size);
  let o = 0;
  for (const b of parts) out.set(b, (o += b.length) - b.length);
  return out;
}

/** Byte offset of `needle` (plus `after` characters) in `text` as encoded. */
const at = (text: string, needle: string, after: number, enc: Enc): number => encode(text.slice(0, text.indexOf(needle) + after), enc).length;

const responseFiller = (n: number, pad: number): string => `f${n},external,,north,residential,1.5${"0".repeat(pad)},2024Q1,q-sat,${1 + (n % 5)}`;

function responseProbes(enc: Enc, eol: string): { text: string; cut: number }[] {
  const told = `p1,external,,北¥${enc === "gb18030" ? "" : "😀"},residential,1,2024Q1,q-told,是${eol}`;
  const quoted = `"p2${eol}x",external,,"no""rth",residential,1,2024Q1,q-sat,4${eol}`;
  const bad = `p3,external,,north,residential,1,2024Q1,q-nps,x${eol}`;
  const probes = [
    { text: told, cut: at(told, "是", 0, enc) + 1 }, // inside 是 (GB18030, UTF-8) or its code unit (UTF-16)
    { text: told, cut: at(told, "¥", 0, enc) + (enc === "gb18030" ? 3 : 1) }, // inside ¥
    ...(enc === "gb18030" ? [] : [{ text: told, cut: at(told, "😀", 0, enc) + 2 }]), // inside a surrogate pair (UTF-16), a 4-byte sequence (UTF-8)
    { text: quoted, cut: at(quoted, "x", 0, enc) - (enc === "utf-16le" ? 1 : 0) }, // inside the quoted field, after its break
    { text: quoted, cut: at(quoted, "no", 3, enc) }, // between the two quotes of ""
    { text: bad, cut: encode(bad, enc).length - encode(eol, enc).length + (eol === "\r\n" ? (enc === "utf-16le" ? 2 : 1) : 0) }, // between \r and \n
    { text: bad, cut: encode(bad, enc).length }, // right at a line's start
  ];
  return probes;
}

/** Encodings and line breaks (a file of 6-7 MiB each: a few seconds). */
const CASES: readonly (readonly [Enc, string])[] = [
  ["utf-8", "\r\n"],
  ["utf-8-bom", "\n"],
  ["gb18030", "\r\n"],
  ["utf-16le", "\r\n"],
];
const HEADER = "respondent,audience,post,region,class,weight,wave,question,value";

describe("files read in 1 MiB chunks into one buffer, with every edge inside something held over", () => {
  for (const [enc, eol] of CASES) {
    it(`responses CSV, ${enc}, ${JSON.stringify(eol)} breaks`, async () => {
      const dir = mkdtempSync(join(tmpdir(), "gaptrace-edges-"));
      const file = join(dir, "responses.csv");
      const bytes = build(enc, eol, HEADER, responseFiller, responseProbes(enc, eol));
      writeFileSync(file, bytes);
      const encoding = enc === "gb18030" ? "gb18030" : undefined;
      const options = { segments: ["region", "class"], file, ...(encoding === undefined ? {} : { encoding }) };
      const fromFile = await collectResponses(study, readResponsesCsv(study, file, options));
      const whole = await collectResponses(study, responsesFromCsv(study, [bytes], options));
      expect(fromFile.answers.count).toBeGreaterThan(60_000);
      expect(fromFile).toEqual(whole);
      // The probes themselves were read: 是 as a yes, the quoted respondent id with its line break kept.
      expect(fromFile.respondents.id.filter((id) => id === "p1" || id.startsWith("p2")).length).toBe(2);
      expect(fromFile.ledger.rejected).toBeGreaterThanOrEqual(2);
    }, 60_000);
  }

  it("responses JSONL and case CSV/JSONL, UTF-8, edges inside characters and between \\r and \\n", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gaptrace-edges-"));
    const jl = (n: number, pad: number): string => JSON.stringify({ respondent: `f${n}`, region: `north${" ".repeat(pad)}`, wave: "2024Q1", question: "q-sat", value: 1 + (n % 5) });
    const probe = `${JSON.stringify({ respondent: "p1", region: "北¥", question: "q-told", value: "是" })}\r\n`;
    const bytes = build("utf-8", "\n", JSON.stringify({ respondent: "h", question: "q-sat", value: 3 }), jl, [
      { text: probe, cut: at(probe, "是", 0, "utf-8") + 2 },
      { text: probe, cut: at(probe, "¥", 0, "utf-8") + 1 },
      { text: probe, cut: encode(probe, "utf-8").length - 1 },
    ]);
    writeFileSync(join(dir, "r.jsonl"), bytes);
    const options = { segments: ["region"], file: join(dir, "r.jsonl") };
    const fromFile = await collectResponses(study, readResponsesJsonl(study, join(dir, "r.jsonl"), options));
    expect(fromFile.answers.count).toBeGreaterThan(30_000);
    expect(fromFile).toEqual(await collectResponses(study, responsesFromJsonl(study, [bytes], options)));

    const caseFiller = (n: number, pad: number): string => `WO-${n},paid,2024-03-01T09:00:00+08:00,north${" ".repeat(pad)}`;
    const caseProbe = "WO-x,settled,2024-03-01T15:00:00+08:00,北¥\r\n";
    const caseBytes = build("utf-8", "\r\n", "case,event,time,region", caseFiller, [
      { text: caseProbe, cut: at(caseProbe, "北", 0, "utf-8") + 1 },
      { text: caseProbe, cut: encode(caseProbe, "utf-8").length - 1 },
    ]);
    writeFileSync(join(dir, "c.csv"), caseBytes);
    const co = { segments: ["region"], file: join(dir, "c.csv") };
    const a = await readCasesCsv(study, join(dir, "c.csv"), co);
    const b = casesFromCsv(study, [caseBytes], co);
    expect(a.count).toBeGreaterThan(20_000);
    expect([...a.times]).toEqual([...b.times]);
    expect(a.ledger.summary()).toEqual(b.ledger.summary());

    const caseJl = (n: number, pad: number): string => JSON.stringify({ case: `WO-${n}`, event: "paid", time: "2024-03-01T09:00:00+08:00", region: `n${" ".repeat(pad)}` });
    const jlProbe = `${JSON.stringify({ case: "WO-x", event: "settled", time: "2024-03-01T15:00:00+08:00", region: "北¥" })}\n`;
    const caseJlBytes = build("utf-8", "\n", JSON.stringify({ case: "WO-h", event: "paid", time: "2024-03-01T09:00:00+08:00" }), caseJl, [{ text: jlProbe, cut: at(jlProbe, "¥", 0, "utf-8") + 1 }]);
    writeFileSync(join(dir, "c.jsonl"), caseJlBytes);
    const cj = { segments: ["region"], file: join(dir, "c.jsonl") };
    const c = await readCasesJsonl(study, join(dir, "c.jsonl"), cj);
    const d = casesFromJsonl(study, [caseJlBytes], cj);
    expect([...c.times]).toEqual([...d.times]);
    expect(c.ledger.summary()).toEqual(d.ledger.summary());
  }, 60_000);
});
