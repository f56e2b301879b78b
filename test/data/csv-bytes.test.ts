/**
 * The byte-level CSV reader reads what the line reader and CsvLines read (issue 12): the same items, lines and
 * encoding facts on random CSV (quotes, doubled quotes, line breaks in quotes, CRLF and lone CR, blank and
 * whitespace lines, a byte-order mark, bytes that are not UTF-8, rows of the wrong width), cut into chunks
 * anywhere; and responses read through its byte route give the same answers, aggregate, ledger and located
 * problems as the same file read as text; so do case records, and times read from bytes are what parseTime reads.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, AggregateBuilder, aggregateToJSON } from "../../src/data/aggregate.js";
import { Ledger } from "../../src/data/ledger.js";
import { addToHistogram } from "../../src/stats/add-to-histogram.js";
import { addValue } from "../../src/stats/add-value.js";
import { emptyHistogram } from "../../src/stats/histogram.js";
import { emptyMoments } from "../../src/stats/weighted-moments.js";
import { CsvLines } from "../../src/data/csv.js";
import { ByteDictionary, CsvByteReader, plainNumberBytes, type CsvByteSink } from "../../src/data/csv-bytes.js";
import { responsesFromCsv, type Answer } from "../../src/data/responses.js";
import { casesFromCsv, type CaseRecords } from "../../src/data/cases.js";
import { eventTimeEntries } from "../../src/data/event-times.js";
import { parseTime, parseTimeBytes } from "../../src/data/time.js";
import type { SourceItem } from "../../src/data/source.js";
import { IdSet } from "../../src/data/id-set.js";
import { LineReader } from "../../src/data/text.js";
import { study } from "./fixture.js";

const enc = new TextEncoder();

/** Items and facts as the line reader and CsvLines read the chunks. */
function byLines(chunks: readonly Uint8Array[], delimiter: string, encoding?: string): { items: SourceItem[]; facts: unknown } {
  const lines = new LineReader(encoding);
  const csv = new CsvLines({ delimiter, facts: () => lines.facts });
  const items: SourceItem[] = [];
  for (const c of chunks) items.push(...csv.push(lines.push(c)));
  items.push(...csv.push(lines.end()), ...csv.end(), { kind: "end", line: csv.linesRead });
  return { items, facts: lines.facts };
}

/** Items and facts as the byte-level reader reads them (plain rows as cells). */
function byBytes(chunks: readonly Uint8Array[], delimiter: string, encoding?: string): { items: SourceItem[]; facts: unknown; plain: number } {
  const reader = new CsvByteReader({ delimiter, ...(encoding === undefined ? {} : { encoding }) });
  const items: SourceItem[] = [];
  let plain = 0;
  const sink: CsvByteSink = {
    item: (i) => items.push(i),
    row: (r) => {
      plain++;
      items.push({ kind: "cells", line: r.line, cells: r.cells() });
    },
  };
  for (const c of chunks) reader.push(c, sink);
  reader.end(sink);
  return { items, facts: reader.facts, plain };
}

/** Cut bytes at the given fractions. */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

/** Pieces of CSV: text (some non-ASCII), delimiters, quotes, every kind of line break, blanks, bad bytes. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("a", "7", "4.5", "q-sat", " x ", "é", "满意", "r1", "") },
  { weight: 5, arbitrary: fc.constant(",") },
  { weight: 1, arbitrary: fc.constant(";") },
  { weight: 2, arbitrary: fc.constant('"') },
  { weight: 1, arbitrary: fc.constant('""') },
  { weight: 3, arbitrary: fc.constant("\n") },
  { weight: 1, arbitrary: fc.constant("\r\n") },
  { weight: 1, arbitrary: fc.constant("\r") },
  { weight: 1, arbitrary: fc.constantFrom(" ", "\t", "\u3000") },
  { weight: 1, arbitrary: fc.constant("\u0000BAD") },
);

/** A CSV file as bytes: a header of `width` fields, then random pieces; optionally a BOM and invalid UTF-8. */
const csvFile = fc
  .record({
    width: fc.integer({ min: 1, max: 4 }),
    pieces: fc.array(piece, { maxLength: 120 }),
    bom: fc.boolean(),
    plainRows: fc.array(fc.array(fc.constantFrom("r1", "q-sat", "4", "x", "é"), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  })
  .map(({ width, pieces, bom, plainRows, cuts }) => {
    const header = Array.from({ length: width }, (_, i) => `c${i}`).join(",");
    const rows = plainRows.map((r) => r.join(",")).join("\n");
    const text = `${header}\n${rows}\n${pieces.join("")}`;
    const parts = text.split("\u0000BAD").map((t) => enc.encode(t));
    // Where the text said BAD, put bytes that are not UTF-8 (a GBK "你").
    const body = concat(parts.flatMap((p, i) => (i === 0 ? [p] : [new Uint8Array([0xc4, 0xe3]), p])));
    const bytes = bom ? concat([new Uint8Array([0xef, 0xbb, 0xbf]), body]) : body;
    return { bytes, cuts };
  });

describe("byte-level CSV reader", () => {
  it("reads random CSV into the same items and encoding facts as the line reader, however it is cut", () => {
    let plain = 0;
    fc.assert(
      fc.property(csvFile, fc.constantFrom(",", ";"), ({ bytes, cuts }, delimiter) => {
        const chunks = cut(bytes, cuts);
        const want = byLines(chunks, delimiter);
        const got = byBytes(chunks, delimiter);
        plain += got.plain;
        expect(got.items).toEqual(want.items);
        expect(got.facts).toEqual(want.facts);
      }),
      { numRuns: 400 },
    );
    // The runs did take the fast path, not only the fallback.
    expect(plain).toBeGreaterThan(100);
  });

  it("keeps no reference to a chunk once push returns: chunks read into one reused buffer give the same items", () => {
    // gaptrace/node reads a file into one buffer, chunk after chunk; whatever a reader holds over must be a copy.
    /** Each chunk copied into one buffer when asked for, the buffer scribbled over before the next. */
    const scribbled = function* (chunks: readonly Uint8Array[]): Generator<Uint8Array> {
      const buffer = new Uint8Array(Math.max(1, ...chunks.map((c) => c.length)));
      for (const c of chunks) {
        buffer.set(c);
        yield buffer.subarray(0, c.length);
        buffer.fill(0xfe);
      }
    };
    fc.assert(
      fc.property(csvFile, fc.constantFrom(",", ";"), fc.constantFrom(undefined, "utf-16le"), ({ bytes, cuts }, delimiter, encoding) => {
        const chunks = cut(bytes, [...cuts, 0.01, 0.02]);
        const want = byBytes(chunks, delimiter, encoding);
        const reader = new CsvByteReader({ delimiter, ...(encoding === undefined ? {} : { encoding }) });
        const items: SourceItem[] = [];
        const sink: CsvByteSink = { item: (i) => items.push(i), row: (r) => items.push({ kind: "cells", line: r.line, cells: r.cells() }) };
        for (const c of scribbled(chunks)) reader.push(c, sink);
        reader.end(sink);
        expect(items).toEqual(want.items);
        expect(reader.facts).toEqual(want.facts);
        const lines = new LineReader(encoding);
        const got: string[] = [];
        for (const c of scribbled(chunks)) got.push(...lines.push(c).lines);
        got.push(...lines.end().lines);
        const whole = new LineReader(encoding);
        expect(got).toEqual([...whole.push(bytes).lines, ...whole.end().lines]);
      }),
      { numRuns: 300 },
    );
  });

  it("reads plain rows from bytes, and other encodings and long delimiters through the line reader", () => {
    const text = "respondent,question,value\r\nr1,q-sat,4\r\nr2,\"q-sat\",5\r\n\r\nr3,q-nps\r\n";
    const bytes = enc.encode(text);
    const got = byBytes([bytes], ",");
    expect(got.plain).toBe(1);
    expect(got.items).toEqual(byLines([bytes], ",").items);
    // UTF-16 by its byte-order mark; a two-character delimiter: the same items, none from bytes.
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0), 0])]);
    const wide = byBytes([utf16], ",");
    expect(wide.plain).toBe(0);
    expect(wide.items).toEqual(byLines([utf16], ",").items);
    const twoChar = enc.encode("a||b\n1||2\n");
    expect(byBytes([twoChar], "||").items).toEqual(byLines([twoChar], "||").items);
    // A declared legacy encoding is read by the line reader.
    const gbk = new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xc4, 0xe3, 0x2c, 0x31, 0x0a]);
    const legacy = byBytes([gbk], ",", "gbk");
    expect(legacy.plain).toBe(0);
    expect(legacy.items).toEqual(byLines([gbk], ",", "gbk").items);
  });

  it("parses plain numbers from bytes exactly as Number() does, and nothing else", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{0,9}(\.[0-9]{0,6})?$/), (s) => {
        const b = enc.encode(s);
        const got = plainNumberBytes(b, 0, b.length);
        const digits = s.replace(/[^0-9]/g, "").length;
        if (digits === 0 || s.length > 15) expect(got).toBeNaN();
        else expect(Object.is(got, Number(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = x.toFixed(Math.abs(x) < 1e6 ? 6 : 0);
        const b = enc.encode(s);
        const got = plainNumberBytes(b, 0, b.length);
        if (s.length > 15 || s.includes("e")) expect(got).toBeNaN();
        else expect(Object.is(got, Number(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
    for (const bad of ["", "-", ".", "1e3", "+1", " 1", "1 ", "1.2.3", "0x1", "١"]) {
      const b = enc.encode(bad);
      expect(plainNumberBytes(b, 0, b.length)).toBeNaN();
    }
  });

  it("finds texts by their bytes in an interned dictionary", () => {
    const d = new ByteDictionary(["q-sat", "满意度", "q-sat", ""]);
    const b = enc.encode("x,q-sat,满意度,,q-sa");
    expect(d.find(b, 2, 7)).toBe(0);
    expect(d.find(b, 8, 17)).toBe(1);
    expect(d.find(b, 18, 18)).toBe(3);
    expect(d.find(b, 19, 23)).toBe(-1);
  });
});

/** Long-form response rows with every kind of trouble the reader checks, a respondent's rows mostly together. */
const respondentBlock = fc.record({
  respondent: fc.constantFrom("r1", "r2", "r3", "r4", "", " r1"),
  audience: fc.constantFrom("", "", "", "external", "internal", "外部", "other"),
  post: fc.constantFrom("", "", "", "", "dispatcher", "lineman", "nobody"),
  region: fc.constantFrom("north", "south", ""),
  weight: fc.constantFrom("", "", "1", "2.5", "0", "x"),
  wave: fc.constantFrom("", "2025", "2026"),
  case: fc.constantFrom("", "", "WO-1", "WO-2"),
  answers: fc.array(
    fc.record({
      question: fc.constantFrom("q-sat", "q-nps", "q-overall", "q-told", "q-sat", "q-wait-bad", "q-nps", "q-overall", "q-told", "q-expect-h", "qi-settle", "qi-settle-7", "qi-lag", "qi-order", "qi-order-ok", "q-sat ", "q-unknown", ""),
      value: fc.constantFrom("1", "2", "3", "4", "5", "1", "3", "5", "7", "10", "0", "-0", "99", "4.5", "168", "200", "", "DK", "abc", " 4", "yes", '"5"'),
    }),
    { minLength: 1, maxLength: 10 },
  ),
});

describe("responses through the byte route", () => {
  it("does not take a quoted row's respondent for the next plain row's (found by the property below)", async () => {
    const text = 'respondent,region,weight,question,value\nr1,north,,q-sat,"5"\nr1,north,0,q-sat,1\nr1,north,0,q-nps,1\n';
    const source = responsesFromCsv(study, [enc.encode(text)], { segments: ["region"] });
    const answers: Answer[] = [];
    await source.forEach((a) => answers.push(a));
    expect(answers.map((a) => a.line)).toEqual([2]);
    expect(source.ledger.summary().byReason).toEqual([["invalid-weight", 2]]);
  });

  it("give the same answers, aggregate, ledger and located problems as the same file read as text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(respondentBlock, { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), fc.boolean(), async (blocks, cuts, crlf) => {
        const nl = crlf ? "\r\n" : "\n";
        const rows = blocks.flatMap((b) => b.answers.map((a) => ({ ...b, ...a })));
        const text = `respondent,audience,post,region,weight,wave,case,question,value${nl}${rows
          .map((r) => [r.respondent, r.audience, r.post, r.region, r.weight, r.wave, r.case, r.question, r.value].join(","))
          .join(nl)}${nl}`;
        const options = { segments: ["region"], file: "r.csv" };
        const chunks = cut(enc.encode(text), cuts);
        if (rows.length === 0) return;
        // Answers one by one (the byte route with Answer objects) against the text path.
        const asText: Answer[] = [];
        const textSource = responsesFromCsv(study, text, options);
        await textSource.forEach((a) => asText.push(a));
        const asBytes: Answer[] = [];
        const byteSource = responsesFromCsv(study, chunks, options);
        await byteSource.forEach((a) => asBytes.push(a));
        expect(asBytes).toEqual(asText);
        expect(byteSource.ledger.summary()).toEqual(textSource.ledger.summary());
        expect(byteSource.ledger.problems()).toEqual(textSource.ledger.problems());
        // The aggregate (answered values handed over without Answer objects).
        const a = await aggregate(study, responsesFromCsv(study, text, options));
        const b = await aggregate(study, responsesFromCsv(study, chunks, options));
        expect(aggregateToJSON(b)).toEqual(aggregateToJSON(a));
      }),
      { numRuns: 150 },
    );
  });
});

/** Long-form case rows with the trouble the case reader checks, a case's rows mostly together. */
const caseBlock = fc.record({
  case: fc.constantFrom("WO-1", "WO-2", "WO-3", "", " WO-1"),
  region: fc.constantFrom("north", "south", ""),
  wave: fc.constantFrom("", "1", "2"),
  context: fc.constantFrom("", "", "", "reconnect-time", "settle-lag", "nowhere"),
  events: fc.array(
    fc.record({
      event: fc.constantFrom("paid", "settled", "ordered", "reconnected", "paid", "settled", "reconnected", "缴清", "arrived", "", " paid", "reconnect-time"),
      time: fc.constantFrom(
        "2024-03-01T09:00:00+08:00",
        "2024-03-01T15:00:00.5+08:00",
        "2024-03-02T10:00:00.123Z",
        "2024-03-01 08:00:00+0800",
        "2024-03-01T10:00:00,25-05",
        "2024-03-01T10:00:00.1234+08:00",
        "2024-02-30T10:00:00+08:00",
        "2024-03-01 09:00",
        "1709254800000",
        "",
        " 2024-03-01T09:00:00+08:00",
        '"2024-03-01T09:00:00+08:00"',
        "12.5",
      ),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** Everything loaded case records hold, in plain values. */
function caseState(r: CaseRecords): unknown {
  return {
    count: r.count,
    ids: r.ids,
    wave: [...r.wave],
    waves: r.waves,
    context: [...r.context],
    contexts: r.contexts,
    segment: [...r.segment],
    segments: r.segments,
    times: [...eventTimeEntries(r.times)].map(([e, c]) => [e, [...c.cases], [...c.times]]),
    rejected: [...(r.rejectedTimes ?? [])].map(([e, set]) => [e, [...set]]),
    given: [...(r.givenDurations ?? [])].map(([m, g]) => [m, g.unit, [...g.values]]),
    summary: r.ledger.summary(),
    problems: r.ledger.problems(),
  };
}

describe("cases through the byte route", () => {
  it("give the same records, ledger and located problems as the same file read as text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseBlock, { maxLength: 10 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), fc.boolean(), async (blocks, cuts, crlf) => {
        const nl = crlf ? "\r\n" : "\n";
        const rows = blocks.flatMap((b) => b.events.map((e) => ({ ...b, ...e })));
        if (rows.length === 0) return;
        const text = `case,event,time,region,wave,context,value${nl}${rows.map((r) => [r.case, r.event, r.time, r.region, r.wave, r.context, r.event === "reconnect-time" ? "12" : ""].join(",")).join(nl)}${nl}`;
        const options = { segments: ["region"], file: "c.csv", eventColumns: new Map([["paid", "缴清"]]) };
        // Both routes give the same records, or refuse the file with the same error (a file whose rows are all
        // blank has no data rows).
        const outcome = async (read: () => Promise<Parameters<typeof caseState>[0]> | Parameters<typeof caseState>[0]): Promise<unknown> => {
          try {
            return { records: caseState(await read()) };
          } catch (e) {
            return { error: String(e), problems: (e as { problems?: unknown }).problems };
          }
        };
        const asText = await outcome(() => casesFromCsv(study, text, options));
        const asBytes = await outcome(() =>
          casesFromCsv(study, (async function* () {
            yield* cut(enc.encode(text), cuts);
          })(), options),
        );
        expect(asBytes).toEqual(asText);
      }),
      // The first example is a file whose one row is all blank cells, refused as having no data rows by both.
      { numRuns: 200, examples: [[[{ case: "", region: "", wave: "", context: "", events: [{ event: "", time: "" }] }], [], false]] },
    );
  });

  it("read times from bytes exactly as parseTime reads them, and refuse every other text", () => {
    const texts = fc.oneof(
      fc.date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }).chain((d) =>
        fc.tuple(fc.constantFrom("T", " ", "t"), fc.constantFrom("", ".", ".1", ".12", ".123", ",5", ".1234"), fc.constantFrom("Z", "z", "+08:00", "-05:30", "+0800", "+08", "-00:00", "+18:59", "+19:00", "+8", "", " Z")).map(
          ([sep, frac, off]) => `${d.toISOString().slice(0, 10)}${sep}${d.toISOString().slice(11, 19)}${frac}${off}`,
        ),
      ),
      fc.string(),
      fc.constantFrom("2024-02-29T10:00:00Z", "2023-02-29T10:00:00Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z", "0999-01-01T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z"),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const b = enc.encode(`x${text}y`);
        const got = parseTimeBytes(b, 1, b.length - 1);
        const want = parseTime(text);
        if (!Number.isNaN(got)) expect(want).toEqual({ ok: true, ms: got });
        // The usual export form is always read from bytes.
        if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/.test(text) && want.ok && Number(text.slice(0, 4)) >= 1000) expect(got).toBe(want.ms);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("compact id set", () => {
  it("numbers ids in order of arrival as a Map of joined keys does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("", "1", "2026", "a\u0000b"), fc.string({ maxLength: 6, unit: "binary" })), { maxLength: 3000 }), (pairs) => {
        const ids = new IdSet();
        const map = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a}\u0000${b}`;
          const known = map.get(key);
          const got = ids.indexOf(a, b);
          if (known === undefined) {
            map.set(key, map.size);
            expect(got).toBe(-map.size);
          } else expect(got).toBe(known);
        }
        expect(ids.size).toBe(map.size);
      }),
      { numRuns: 200 },
    );
  });
});

describe("column-wise aggregate builder", () => {
  it("sums exactly as addValue and addToHistogram do, off-scale values and zero weights included", () => {
    const q = study.evaluationPoints.flatMap((p) => p.questions);
    const questionIndex = new Map(q.map((x, i) => [x.id, i]));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            question: fc.constantFrom("q-sat", "q-nps", "q-overall", "q-expect-h"),
            value: fc.oneof(fc.integer({ min: -1, max: 101 }), fc.double({ min: 0, max: 10, noNaN: true })),
            weight: fc.constantFrom(0, 0.5, 1, 2.5),
            status: fc.constantFrom("answered", "answered", "answered", "missing", "dont-know", "not-applicable"),
            wave: fc.constantFrom("1", "2"),
          }),
          { maxLength: 80 },
        ),
        (rows) => {
          const builder = new AggregateBuilder(study);
          const cells = new Map<string, { moments: ReturnType<typeof emptyMoments>; histogram: ReturnType<typeof emptyHistogram> | null; missing: number; missingWeight: number; dontKnow: number; dontKnowWeight: number; notApplicable: number; notApplicableWeight: number }>();
          for (const r of rows) {
            const qi = questionIndex.get(r.question) as number;
            const discrete = r.question !== "q-expect-h";
            builder.add({ respondent: "r", respondentIndex: 0, wave: r.wave, question: r.question, questionIndex: qi, point: "ep-reconnect", status: r.status as Answer["status"], value: r.value, weight: r.weight, audience: "external", post: undefined, segment: [], segmentIndex: 0, line: 1, case: "" });
            const key = `${r.question}|${r.wave}`;
            let c = cells.get(key);
            if (c === undefined) {
              c = { moments: emptyMoments(), histogram: discrete ? emptyHistogram() : null, missing: 0, missingWeight: 0, dontKnow: 0, dontKnowWeight: 0, notApplicable: 0, notApplicableWeight: 0 };
              cells.set(key, c);
            }
            if (r.status === "answered") {
              addValue(c.moments, r.value, r.weight);
              if (c.histogram !== null) addToHistogram(c.histogram, r.value, r.weight);
            } else if (r.status === "missing") {
              c.missing++;
              c.missingWeight += r.weight;
            } else if (r.status === "dont-know") {
              c.dontKnow++;
              c.dontKnowWeight += r.weight;
            } else {
              c.notApplicable++;
              c.notApplicableWeight += r.weight;
            }
          }
          const agg = builder.finish(new Ledger());
          expect(agg.cells.size).toBe(cells.size);
          for (const cell of agg.cells.values()) {
            const want = cells.get(`${cell.question}|${cell.wave}`);
            expect({ ...want }).toEqual({
              moments: cell.moments,
              histogram: cell.histogram,
              missing: cell.missing,
              missingWeight: cell.missingWeight,
              dontKnow: cell.dontKnow,
              dontKnowWeight: cell.dontKnowWeight,
              notApplicable: cell.notApplicable,
              notApplicableWeight: cell.notApplicableWeight,
            });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses an answer whose question index is not a question of its study", () => {
    const builder = new AggregateBuilder(study);
    const answer: Answer = { respondent: "r", respondentIndex: 0, wave: "1", question: "q-sat", questionIndex: 999, point: "ep-reconnect", status: "answered", value: 3, weight: 1, audience: "external", post: undefined, segment: [], segmentIndex: 0, line: 1, case: "" };
    expect(() => builder.add(answer)).toThrow(/questionIndex 999 is not a question/);
  });
});
