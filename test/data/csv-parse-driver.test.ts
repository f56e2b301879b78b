/**
 * The deprecated 0.1 CSV driver (csv-parse's browser build, `browserCsvDriver`), which nothing else tests while
 * it stays exported until 0.3: records, a broken quote and a short row come out as located items.
 */
import { describe, expect, it } from "vitest";
import { browserCsvDriver, CsvCollector } from "../../src/data/source.js";

describe("the 0.1 CSV driver", () => {
  it("gives located items: the header, the cells, and each damaged stretch as malformed", () => {
    const c = new CsvCollector(browserCsvDriver);
    const items = [...c.push('respondent,question,value\r\nc1,q_timely,4\r\n"c2,q_timely,"5\r\nc3,"q\nhours",12\r\n'), ...c.end()];
    expect(items).toEqual([
      { kind: "header", line: 1, columns: ["respondent", "question", "value"] },
      { kind: "cells", line: 2, cells: ["c1", "q_timely", "4"] },
      { kind: "malformed", line: 3, lastLine: 3, detail: "a quoted field is followed by text before the next delimiter" },
      { kind: "malformed", line: 4, lastLine: 5, detail: "a quoted field is followed by text before the next delimiter" },
      { kind: "malformed", line: 6, lastLine: 6, detail: "wrong number of fields: the header has 3, this line has 2" },
    ]);
  });
});
