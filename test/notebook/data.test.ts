/**
 * The notebook's attribution view shows the data first, as the report does: rows read = accepted + rejected per
 * source from the ledgers, the partial-data banner above the threshold, or that the provenance was not given.
 */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { Ledger } from "../../src/data/ledger.js";
import { displayAttribution } from "../../src/notebook/attribution.js";
import { wordsFor } from "../../src/reports/words/index.js";
import { utilityRun } from "../reports/fixture.js";

const { study, result } = utilityRun();

/** `read` rows, the first `bad` rejected as outside the scale. */
function ledgerOf(read: number, bad: number): Ledger {
  const l = new Ledger();
  for (let i = 0; i < read; i++) {
    l.row();
    if (i < bad) l.rejectRow("out-of-range", { file: "r.csv", line: i + 2 }, () => "value 9 is outside the scale", ["value"]);
    else {
      l.acceptRow();
      l.validValue();
    }
  }
  return l;
}

describe("displayAttribution's data summary", () => {
  it("shows the ledgers' counts before the findings, in English and Chinese", () => {
    for (const lang of ["en", "zh"] as const) {
      const view = displayAttribution(study, result, { lang, data: [{ kind: "responses", name: "r.csv", ledger: ledgerOf(500, 5) }] });
      const text = view.bundle()["text/plain"] ?? "";
      const words = wordsFor(lang).data;
      expect(text).toContain(words.heading);
      expect(text).toMatch(/r\.csv \((survey responses|调查答卷)\)\s+500\s+495\s+5\s/);
      expect(text.indexOf(words.heading)).toBeLessThan(text.indexOf(result.findings[0]!.id));
      expect(text).not.toContain(words.partialTitle);
    }
  });

  it("shows the partial-data banner exactly above the threshold", () => {
    const at = (bad: number) => displayAttribution(study, result, { data: [{ kind: "responses", name: "r.csv", ledger: ledgerOf(1000, bad) }] }).bundle();
    expect(at(10)["text/plain"]).not.toContain("Partial data");
    expect(at(11)["text/plain"]).toContain("Partial data: r.csv: 1.1% of rows rejected (above 1%), mainly outside the scale (11).");
    expect(at(11)["text/html"]).toContain("<b>Partial data: r.csv: 1.1% of rows rejected");
    const zh = displayAttribution(study, result, { lang: "zh", data: [{ kind: "responses", name: "r.csv", ledger: ledgerOf(1000, 11) }] }).bundle()["text/plain"] ?? "";
    expect(zh).toContain("数据不完整: r.csv：1.1%的行被拒收（超过1%）");
  });

  it("says the provenance was not given without ledgers, and checks the threshold", () => {
    expect(displayAttribution(study, result, { lang: "zh" }).bundle()["text/plain"] ?? "").toContain(wordsFor("zh").data.notGiven);
    expect(() => displayAttribution(study, result, { partialDataThreshold: 1.01 })).toThrow(UsageError);
    expect(() => displayAttribution(study, result, { partialDataThreshold: 1.01 })).toThrow(/^gaptrace\/displayAttribution: partialDataThreshold must be a share between 0 and 1/);
  });
});
