/** Data flags say which flag is wrong and how to write it (exit 2); a file in the other form says so (exit 1). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir, TRAINING } from "../helpers.js";

function files(): string {
  const dir = tempDir();
  writeFileSync(join(dir, "long.csv"), "respondent,question,value,audience,wave\nr1,q_timely,4,external,1\nr1,q_timely_e,5,external,1\n");
  writeFileSync(join(dir, "wide.csv"), "respondent,audience,wave,q_timely,q_timely_e\nr1,external,1,4,5\n");
  writeFileSync(join(dir, "cases.csv"), "case,event,time\nc1,arrears_settled,2026-01-01T08:00\nc1,supply_reconnected,2026-01-01T12:00\n");
  return dir;
}

describe("data flags", () => {
  it("name the flag the user typed, not the library's option, and exit 2", async () => {
    const dir = files();
    const cases: [string[], string][] = [
      [["--assume-offset", "Mars", "-c", "cases.csv"], '--assume-offset "Mars" is not a UTC offset.\n  → Write it like +08:00 or -05:00'],
      [["--encoding", "klingon"], '--encoding "klingon" is not a text encoding gaptrace knows.\n  → Name the encoding the file was saved in, e.g. --encoding gb18030 (Chinese Excel)'],
      [["--form", "tall"], '--form must be one of long, wide, got "tall".'],
      [["--segments", "region"], '--segments names column "region", which long.csv does not have.\n  → Its header has: respondent, question, value, audience, wave.'],
      [["--alpha", "3"], '--alpha must be a number between 0 and 0.5 (exclusive), got "3".'],
      [["--wave", "9"], 'long.csv has no wave "9".\n  → Use one of the waves in the data: 1.'],
      [["--calendar-offset", "Mars"], '--calendar-offset "Mars" is not a UTC offset.'],
      [["--calendar-offset", "+08:00", "--holidays", "2026-02-30"], '--holidays: "2026-02-30" is not a calendar date.'],
    ];
    for (const [flags, text] of cases) {
      const r = await run(["attribute", TRAINING, "-r", "long.csv", ...flags, "--out", "report"], dir);
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.stderr).toContain(`gaptrace attribute: ${text}`);
      expect(r.stderr).not.toContain("gaptrace/");
      expect(r.stderr).not.toContain("(input)");
    }
  });

  it("a long file read with --form wide, or a wide file read long, stops with exit 1 at the header line", async () => {
    const dir = files();
    const wide = await run(["attribute", TRAINING, "-r", "long.csv", "--form", "wide", "--out", "report"], dir);
    expect(wide.code).toBe(1);
    expect(wide.stderr).toContain("error data/wrong-form at long.csv:1: The file is read in wide form");
    expect(wide.stderr).toContain("it looks long (one answer a row).\n  → Read it in long form, the default: drop --form wide");
    const long = await run(["attribute", TRAINING, "-r", "wide.csv", "--out", "report"], dir);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain("error data/wrong-form at wide.csv:1: The file is read in long form (one answer a row), but its header has no question and value columns and has columns named after questions of the study (q_timely, q_timely_e): it looks wide");
    expect(long.stderr).toContain("pass --form wide");
    expect((await run(["attribute", TRAINING, "-r", "wide.csv", "--form", "wide", "--out", "report"], dir)).code).toBe(0);
  });
});

describe("--delimiter", () => {
  it("delimiterOf: tab and \\t are a tab, anything else itself; empty or with a quote or a line break is exit 2", async () => {
    const { delimiterOf } = await import("../../../src/cli/shared/data.js");
    expect(delimiterOf(undefined)).toBeUndefined();
    expect(delimiterOf("tab")).toBe("\t");
    expect(delimiterOf("TAB")).toBe("\t");
    expect(delimiterOf("\\t")).toBe("\t");
    expect(delimiterOf("\t")).toBe("\t");
    expect(delimiterOf(";")).toBe(";");
    expect(delimiterOf(",")).toBe(",");
    expect(delimiterOf("||")).toBe("||");
    for (const bad of ["", '"', "a\nb", "\r"]) expect(() => delimiterOf(bad), JSON.stringify(bad)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });

  it("attribute and compare read semicolon- and tab-separated responses and cases, segments found from the split header", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "eu.csv"), "respondent;audience;area;wave;question;value\nr1;external;city;1;q_timely;4\nr2;external;rural;2;q_timely;2\n");
    writeFileSync(join(dir, "cases.tsv"), "case\tevent\ttime\nc1\tarrears_settled\t2026-01-01T08:00:00+08:00\nc1\tsupply_reconnected\t2026-01-01T12:00:00+08:00\n");
    const a = await run(["attribute", TRAINING, "-r", "eu.csv", "--delimiter", ";", "--out", "a"], dir);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain("eu.csv: 2 rows read = 2 accepted + 0 rejected");
    const c = await run(["compare", TRAINING, "-r", "eu.csv", "--delimiter=;", "--before", "1", "--after", "2", "--out", "c"], dir);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain("eu.csv: 2 rows read = 2 accepted + 0 rejected");
    // One --delimiter reads both files: here the cases' tabs need their own run with tab-separated responses.
    writeFileSync(join(dir, "r.tsv"), "respondent\tarea\tquestion\tvalue\nr1\tcity\tq_timely\t4\n");
    const t = await run(["attribute", TRAINING, "-r", "r.tsv", "-c", "cases.tsv", "--delimiter", "tab", "--out", "t"], dir);
    expect(t.code, t.stderr).toBe(0);
    expect(t.stdout).toContain("r.tsv: 1 row");
    expect(t.stdout).toContain("cases.tsv: 2 rows read = 2 accepted + 0 rejected");
  });

  it("without --delimiter, a semicolon- or tab-separated file stops with exit 1 and says which delimiter to pass", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "eu.csv"), "respondent;question;value\nr1;q_timely;4\n");
    writeFileSync(join(dir, "tab.csv"), "respondent\tquestion\tvalue\nr1\tq_timely\t4\n");
    const eu = await run(["attribute", TRAINING, "-r", "eu.csv", "--out", "a"], dir);
    expect(eu.code).toBe(1);
    expect(eu.stderr).toContain(
      "error data/missing-column at eu.csv:1: The header has no column respondent, question, value (found: respondent;question;value): the file looks separated by semicolons, so the whole header was read as one column.\n" +
        `  → Pass the delimiter: --delimiter ';' on the command line, or delimiter: ";" in the options.`,
    );
    const tab = await run(["compare", TRAINING, "-r", "tab.csv", "--before", "1", "--after", "2", "--out", "c"], dir);
    expect(tab.code).toBe(1);
    expect(tab.stderr).toContain(`  → Pass the delimiter: --delimiter tab on the command line, or delimiter: "\\t" in the options.`);
  });

  it("an empty delimiter, or one with a quote, is a usage error naming the flag, before any file is read", async () => {
    for (const bad of ["", '"']) {
      const r = await run(["attribute", TRAINING, "-r", "nosuch.csv", `--delimiter=${bad}`, "--out", "a"], tempDir());
      expect(r.code, JSON.stringify(bad)).toBe(2);
      expect(r.stderr).toContain(`gaptrace attribute: --delimiter ${JSON.stringify(bad)} cannot separate fields`);
      expect(r.stderr).toContain("→ Give the character between the fields, quoted for the shell: --delimiter ';' (European Excel), --delimiter tab, or leave it out for commas.");
    }
  });
});
