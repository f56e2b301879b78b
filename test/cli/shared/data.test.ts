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
