/**
 * The three "bring your own data" examples (docs/bring-your-own-data.md), run as a user runs them: the generator
 * writes the exports, `gaptrace attribute <study> --data <description>` reads them, and what must hold is checked
 * against the raw files read independently here (plain string splitting, no gaptrace code): the ledgers
 * reconcile, not-applicable zeros are counted as such and never rejected, text answers are recoded, the SERVQUAL
 * verdicts match the planted truth, the call log's service levels on their two bases equal the counts from the
 * raw file, and the airline gets no power-utility measure. The guide's output excerpts are checked against the
 * same runs, so its figures cannot drift from what the command prints.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FILES, makeExports } from "../../examples/byod/make.js";
import { POWER_UTILITY_MEASURES_INPUT } from "../../src/measures/catalogue.js";
import { ROOT, run, tempDir, type Run } from "../cli/helpers.js";

const EXAMPLES = ["kiosk", "call-centre", "airline"] as const;
type Example = (typeof EXAMPLES)[number];

/** A folder laid out as the repository (examples/byod/…), so the commands and paths are the guide's own. */
let work = "";
const runs = new Map<Example, Run>();
let zhRun: Run | undefined;

const ledgerOf = (ex: Example): Record<string, Ledger> => JSON.parse(readFileSync(join(work, `${ex}-report`, "ledger.json"), "utf8")) as Record<string, Ledger>;
const reportOf = (ex: Example): Report => JSON.parse(readFileSync(join(work, `${ex}-report`, "report.json"), "utf8")) as Report;

interface Ledger {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly values: Readonly<Record<string, number>>;
  /** [reason, count] pairs. */
  readonly byReason: readonly (readonly [string, number])[];
  readonly [k: string]: unknown;
}
interface Estimate {
  readonly value: number;
  readonly n: number;
  readonly q?: number;
}
interface Evidence {
  readonly kind: string;
  readonly text: string;
  readonly data: Readonly<Record<string, unknown>>;
}
interface Report {
  readonly findings: readonly { readonly id: string; readonly evidence: readonly Evidence[]; readonly [k: string]: unknown }[];
  readonly tests: readonly { readonly id: string; readonly significant: boolean; readonly direction?: "below" | "above" | null; readonly evidence: Evidence }[];
  readonly measures: readonly { readonly id: string }[];
  readonly strengths?: readonly { readonly id: string; readonly [k: string]: unknown }[];
  readonly [k: string]: unknown;
}

beforeAll(async () => {
  work = tempDir();
  const byod = join(work, "examples", "byod");
  mkdirSync(byod, { recursive: true });
  for (const ex of EXAMPLES)
    for (const kind of ["study", "data"]) copyFileSync(join(ROOT, "examples", "byod", `${ex}.${kind}.yaml`), join(byod, `${ex}.${kind}.yaml`));
  makeExports(join(byod, "data"));
  for (const ex of EXAMPLES) runs.set(ex, await run(["attribute", `examples/byod/${ex}.study.yaml`, "--data", `examples/byod/${ex}.data.yaml`, "--out", `${ex}-report`], work));
  zhRun = await run(["attribute", "examples/byod/kiosk.study.yaml", "--data", "examples/byod/kiosk.data.yaml", "--lang", "zh", "--out", "kiosk-zh"], work);
});

/** The raw file's rows as cells (no quotes in these exports), header first. */
function rawRows(file: string, encoding = "utf-8"): string[][] {
  const text = new TextDecoder(encoding).decode(readFileSync(join(work, "examples", "byod", "data", file)));
  return text
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => l.split(","));
}

/** Every ledger in a run's ledger.json reconciles, rows and values. */
function expectReconciled(ledger: Ledger): void {
  expect(ledger.rowsRead).toBe(ledger.accepted + ledger.rejected);
  const v = ledger.values;
  const parts = Object.entries(v).filter(([k]) => k !== "read" && k !== "recoded").reduce((s, [, n]) => s + n, 0);
  expect(v["read"]).toBe(parts);
  expect(ledger.byReason.reduce((s, [, n]) => s + n, 0)).toBe(ledger.rejected + (v["rejected"] ?? 0));
}

const reasonCount = (ledger: Ledger, reason: string): number => ledger.byReason.find(([r]) => r === reason)?.[1] ?? 0;

describe("the kiosk SERVQUAL survey (CP949, Korean headers)", () => {
  it("runs to a report (exit 0, no stack trace)", () => {
    const r = runs.get("kiosk");
    expect(r?.stderr).not.toMatch(/\n\s+at /);
    expect(r?.code, `${r?.stdout}\n${r?.stderr}`).toBe(0);
  });

  it("reconciles its ledger: the cut-off row and the test row without a number are rejected, 99 is don't know", () => {
    const l = ledgerOf("kiosk")["responses"] as Ledger;
    expectReconciled(l);
    const raw = rawRows(EXPORT_FILES.kiosk, "euc-kr");
    expect(l.rowsRead).toBe(raw.length - 1);
    expect(reasonCount(l, "malformed-line")).toBe(1);
    expect(reasonCount(l, "missing-respondent")).toBe(1);
    expect(l.accepted).toBe(raw.length - 3);
    expect(l.values["dontKnow"]).toBe(raw.slice(1).flat().filter((c) => c === "99").length);
    expect(reasonCount(l, "non-numeric")).toBe(1);
    expect(reasonCount(l, "out-of-range")).toBe(1);
    // Headers ending in a space are matched after trimming: nothing is rejected as an unknown column.
    expect(reasonCount(l, "unknown-question")).toBe(0);
  });

  it("finds the 18 negative gaps, reports item 21 as a strength, and leaves items 2, 6 and 14 alone", () => {
    const rep = reportOf("kiosk");
    const servqual = rep.tests.filter((t) => t.evidence.kind === "servqual-gap");
    expect(servqual).toHaveLength(22);
    const item = (t: Report["tests"][number]): string => String(t.evidence.data["expectation"]);
    const below = servqual.filter((t) => t.significant).map(item).sort();
    const negatives = Array.from({ length: 22 }, (_, i) => `e${String(i + 1).padStart(2, "0")}`).filter((e) => !["e02", "e06", "e14", "e21"].includes(e));
    expect(below).toEqual(negatives);
    expect(servqual.filter((t) => t.direction === "below").map(item).sort()).toEqual(negatives);
    // The positive gap is significant the other way: a strength (优势点), never a finding against a post.
    expect(servqual.filter((t) => t.direction === "above").map(item)).toEqual(["e21"]);
    const findingItems = rep.findings.flatMap((f) => f.evidence.filter((e) => e.kind === "servqual-gap").map((e) => String(e.data["expectation"])));
    expect(new Set(findingItems).size).toBe(18);
    for (const e of ["e02", "e06", "e14", "e21"]) expect(findingItems).not.toContain(e);
    expect((rep.strengths ?? []).map((s) => s.id)).toEqual(["servqual:ep21_no_queue:e21"]);
    // The null items: no verdict either way.
    for (const e of ["e02", "e06", "e14"]) expect(servqual.find((t) => item(t) === e)?.direction ?? null).toBeNull();
    // No target was declared and none is invented.
    expect(rep.tests.filter((t) => t.evidence.kind === "perception-below-target")).toHaveLength(0);
  });

  it("says what a survey without standards cannot show", () => {
    const coverage = reportOf("kiosk")["coverage"] as { gaps: readonly { tag: string; testable: boolean }[]; links: { testable: boolean } };
    expect(coverage.gaps.map((g) => [g.tag, g.testable])).toEqual([
      ["customer-dissatisfaction", true],
      ["unreasonable-standard", false],
      ["non-compliant-execution", false],
    ]);
    expect(coverage.links.testable).toBe(false);
  });
});

/** Service levels counted from the raw call log: answered within 20 s over answered, over queued, over queued less short abandons. */
function rawServiceLevels(): { answered: number; queued: number; short: number; within: number; abandoned: number } {
  const t = (s: string): number => Date.parse(`${s.replace(/\//g, "-").replace(" ", "T")}Z`);
  const rows = rawRows(EXPORT_FILES.calls).slice(1).filter((r) => r[0] !== "" && r[2] !== "");
  let answered = 0;
  let within = 0;
  let abandoned = 0;
  let short = 0;
  for (const [, , q = "", a = "", ab = ""] of rows) {
    if (a !== "") {
      answered++;
      if ((t(a) - t(q)) / 1000 <= 20) within++;
    } else if (ab !== "") {
      abandoned++;
      if ((t(ab) - t(q)) / 1000 < 5) short++;
    }
  }
  return { answered, queued: rows.length, short, within, abandoned };
}

describe("the contact-centre call log (cases only, abandons)", () => {
  it("runs to a report without a survey", () => {
    const r = runs.get("call-centre");
    expect(r?.code, `${r?.stdout}\n${r?.stderr}`).toBe(0);
  });

  it("reconciles its ledger: the rows without a call id are rejected, nothing else", () => {
    const l = ledgerOf("call-centre")["cases"] as Ledger;
    expectReconciled(l);
    const raw = rawRows(EXPORT_FILES.calls).slice(1);
    expect(l.rowsRead).toBe(raw.length);
    expect(reasonCount(l, "missing-case")).toBe(raw.filter((r) => r[0] === "").length);
    expect(l.rejected).toBe(reasonCount(l, "missing-case"));
  });

  it("gives both service levels from one log: answered-only and all-queued, each on its own base", () => {
    const raw = rawServiceLevels();
    const tests = reportOf("call-centre").tests;
    const compliance = (id: string): Estimate => {
      const t = tests.find((x) => x.id === `compliance:${id}`);
      expect(t, `no compliance test for ${id}`).toBeDefined();
      return t?.evidence.data["compliance"] as Estimate;
    };
    const answeredOnly = compliance("sl_answered_20s");
    expect(answeredOnly.n).toBe(raw.answered);
    expect(answeredOnly.value).toBeCloseTo(raw.within / raw.answered, 12);
    const allQueued = compliance("sl_queued_20s");
    expect(allQueued.n).toBe(raw.queued);
    expect(allQueued.value).toBeCloseTo(raw.within / raw.queued, 12);
    const shortOut = compliance("sl_queued_20s_short_out");
    expect(shortOut.n).toBe(raw.queued - raw.short);
    expect(shortOut.value).toBeCloseTo(raw.within / (raw.queued - raw.short), 12);
    // Two bases, two figures: the answered-only one is the flattering one.
    expect(answeredOnly.value - allQueued.value).toBeGreaterThan(0.05);
  });

  it("counts the abandoned calls on every basis: the abandonment figure does not depend on the denominator", () => {
    const raw = rawServiceLevels();
    const tests = reportOf("call-centre").tests;
    const unfinished = (id: string): { rule: string; cases: number; misses: number; excluded: number; started: number; abandonment?: { value: number; n: number } } =>
      tests.find((x) => x.id === `compliance:${id}`)?.evidence.data["unfinished"] as never;
    const all = unfinished("sl_queued_20s");
    expect([all.rule, all.cases, all.misses, all.excluded, all.started]).toEqual(["miss", raw.abandoned, raw.abandoned, 0, raw.queued]);
    expect(all.abandonment?.value).toBeCloseTo(raw.abandoned / raw.queued, 12);
    const short = unfinished("sl_queued_20s_short_out");
    expect([short.rule, short.cases, short.misses, short.excluded]).toEqual(["exclude-if-shorter", raw.abandoned, raw.abandoned - raw.short, raw.short]);
    expect(short.abandonment?.value).toBeCloseTo((raw.abandoned - raw.short) / (raw.queued - raw.short), 12);
    // Answered-only leaves the abandoned calls out of the share, but they were abandoned all the same.
    const answered = unfinished("sl_answered_20s");
    expect([answered.rule, answered.cases, answered.excluded]).toEqual(["exclude", raw.abandoned, raw.abandoned]);
    expect(answered.abandonment?.value).toBeCloseTo(raw.abandoned / raw.queued, 12);
  });

  it("states each figure's basis in words", () => {
    const tests = reportOf("call-centre").tests;
    const text = (id: string): string => tests.find((x) => x.id === `compliance:${id}`)?.evidence.text ?? "";
    expect(text("sl_answered_20s")).not.toBe(text("sl_queued_20s"));
    expect(text("sl_queued_20s")).toMatch(/abandon|unfinished|never/i);
  });
});

describe("the airline passenger survey (0 = not applicable, text answers, delays in minutes)", () => {
  it("runs to a report", () => {
    const r = runs.get("airline");
    expect(r?.code, `${r?.stdout}\n${r?.stderr}`).toBe(0);
  });

  it("counts the zeros as not applicable, not as rejections, and recodes every text answer", () => {
    const l = ledgerOf("airline")["responses"] as Ledger;
    expectReconciled(l);
    const raw = rawRows(EXPORT_FILES.passengers);
    const items = raw[0]?.map((h, i) => [h, i] as const).filter(([h]) => !["id", "Gender", "Customer Type", "Age", "Type of Travel", "Class", "Flight Distance", "Departure Delay in Minutes", "Arrival Delay in Minutes", "satisfaction", "Unnamed: 0"].includes(h)) ?? [];
    expect(items).toHaveLength(14);
    const zeros = raw.slice(1).reduce((s, r) => s + items.filter(([, i]) => r[i] === "0").length, 0);
    expect(zeros).toBeGreaterThan(500);
    expect(l.rowsRead).toBe(5000);
    expect(l.rejected).toBe(0);
    expect(l.values["notApplicable"]).toBe(zeros);
    expect(l.values["rejected"]).toBe(0);
    expect(reasonCount(l, "out-of-range")).toBe(0);
    // Recoded values are counted per question and label (the ledger's `coded`), and then read as their codes.
    const coded = (l["coded"] ?? []) as readonly { question: string; recoded: number; notApplicable: number; labels: readonly { label: string; code: number; count: number }[] }[];
    const overall = coded.find((c) => c.question === "q_overall");
    const col = raw[0]?.indexOf("satisfaction") ?? -1;
    const satisfied = raw.slice(1).filter((r) => r[col] === "satisfied").length;
    expect(overall?.recoded).toBe(5000);
    expect(overall?.labels.map((x) => [x.label, x.code, x.count]).sort()).toEqual(
      [
        ["satisfied", 1, satisfied],
        ["neutral or dissatisfied", 0, 5000 - satisfied],
      ].sort(),
    );
    expect(coded.reduce((s, c) => s + c.notApplicable, 0)).toBe(zeros);
    expect(reasonCount(l, "non-numeric")).toBe(0);
  });

  it("measures the on-time standard on the delay minutes as written", () => {
    const raw = rawRows(EXPORT_FILES.passengers);
    const col = raw[0]?.indexOf("Departure Delay in Minutes") ?? -1;
    const delays = raw.slice(1).map((r) => Number(r[col]));
    const t = reportOf("airline").tests.find((x) => x.id === "compliance:on_time_departure");
    const c = t?.evidence.data["compliance"] as Estimate;
    expect(c.n).toBe(5000);
    expect(c.value).toBeCloseTo(delays.filter((d) => d <= 15).length / 5000, 12);
    const l = ledgerOf("airline")["cases"] as Ledger;
    expectReconciled(l);
    expect(l.rejected).toBe(0);
  });

  it("traces the delays given as numbers: each linked passenger is exposed by their own departure delay", () => {
    const raw = rawRows(EXPORT_FILES.passengers);
    const col = raw[0]?.indexOf("Departure Delay in Minutes") ?? -1;
    const late = raw.slice(1).filter((r) => Number(r[col]) > 15).length;
    interface Link { readonly finding: string; readonly grade: string; readonly exposure?: { readonly share: number }; readonly effect?: { readonly n: number } }
    const findings = (reportOf("airline") as unknown as { findings: { id: string; links?: Link[] }[] }).findings;
    const links = findings.flatMap((f) => (f.links ?? []).filter((l) => l.finding === "nce:dispatch"));
    // Before given durations reached the tracing these links read "0 exposed" and stayed untested.
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(l.grade).toBe("measured");
      expect(l.effect?.n).toBeGreaterThan(4800);
      expect(l.exposure?.share).toBeGreaterThan(0.8 * (late / 5000));
      expect(l.exposure?.share).toBeLessThan(1.2 * (late / 5000));
    }
  });

  it("suggests no power-utility measure to an airline", () => {
    const power = new Set(POWER_UTILITY_MEASURES_INPUT.measures.map((m) => m.id));
    const suggested = reportOf("airline").measures.map((m) => m.id);
    expect(suggested.length).toBeGreaterThan(0);
    for (const id of suggested) expect(power.has(id), id).toBe(false);
  });
});

/**
 * The guide's excerpts: `<!-- byod-output: X -->` of what the command prints, `<!-- byod-report: X -->` of the
 * report.md it writes; each line (… marks a gap) appears there, in order.
 */
describe("docs/bring-your-own-data.md shows what the commands print", () => {
  const doc = readFileSync(join(ROOT, "docs", "bring-your-own-data.md"), "utf8").split("\n");
  const excerpts: { ex: Example; line: number; kind: "output" | "report"; want: string[] }[] = [];
  doc.forEach((text, i) => {
    const m = /^<!-- byod-(output|report): (kiosk|call-centre|airline) -->$/.exec(text);
    if (m === null) return;
    let j = i + 1;
    while (j < doc.length && !(doc[j] ?? "").startsWith("```")) j++;
    const want: string[] = [];
    for (j++; j < doc.length && doc[j] !== "```"; j++) want.push(doc[j] ?? "");
    excerpts.push({ kind: m[1] as "output" | "report", ex: m[2] as Example, line: i + 1, want });
  });

  it("says what the raw files hold, as counted from them", () => {
    const text = doc.join("\n");
    const kiosk = rawRows(EXPORT_FILES.kiosk, "euc-kr");
    const spaced = new TextDecoder("euc-kr").decode(readFileSync(join(work, "examples", "byod", "data", EXPORT_FILES.kiosk))).split("\r\n")[0]?.split(",").filter((h) => h !== h.trimEnd()).length;
    expect(text).toContain(`| ${spaced} headers end in a space`);
    expect(kiosk.slice(1).flat().filter((c) => c === "99").length).toBe(3);
    const calls = rawRows(EXPORT_FILES.calls).slice(1);
    const sl = rawServiceLevels();
    expect(text).toContain(`| ${sl.abandoned} abandoned calls, ${sl.short} of them within 5 s of queueing |`);
    const noId = calls.map((r, i) => [r, i + 2] as const).filter(([r]) => r[0] === "");
    expect(text).toContain(`| ${noId.length} rows without a call id (calls transferred from another site) | lines ${noId.map(([, l]) => l).join(", ")} |`);
    const pax = rawRows(EXPORT_FILES.passengers);
    const zeros = pax.slice(1).reduce((s, r) => s + r.slice(8, 22).filter((c) => c === "0").length, 0);
    expect(text).toContain(`| ${zeros} cells |`);
    const arr = pax[0]?.indexOf("Arrival Delay in Minutes") ?? -1;
    expect(text).toContain(`| ${pax.slice(1).filter((r) => r[arr] === "").length} blank arrival delays`);
  });

  it("names the Chinese report's sections as the Chinese report writes them", () => {
    expect(zhRun?.code).toBe(0);
    const zh = readFileSync(join(work, "kiosk-zh", "report.md"), "utf8");
    const table = doc.slice(doc.findIndex((l) => l === "## The same reports in Chinese"));
    const rows = table.filter((l) => /^\| [A-Z]/.test(l) && !l.startsWith("| English")).map((l) => l.split("|")[2]?.trim() ?? "");
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const cell of rows) for (const part of cell.includes("、") ? cell.split(/[：、]/) : [cell]) expect(zh, part).toMatch(new RegExp(`^#+ (\\d+\\. )?${part.replace(/[()（）×]/g, ".")}$`, "m"));
    const sentence = doc.find((l) => l.startsWith("The coverage section reads, for the kiosk survey: "))?.split(": ")[1] ?? "";
    expect(zh).toContain(`- ${sentence}`);
  });

  it("has an excerpt of the output and of the report for each example", () => {
    for (const kind of ["output", "report"]) expect(new Set(excerpts.filter((e) => e.kind === kind).map((e) => e.ex))).toEqual(new Set(EXAMPLES));
  });

  it.each(excerpts.map((e) => [`line ${e.line} (${e.ex}, ${e.kind})`, e] as const))("excerpt at %s", (_, e) => {
    const r = runs.get(e.ex);
    const text = e.kind === "output" ? `${r?.stdout ?? ""}\n${r?.stderr ?? ""}` : readFileSync(join(work, `${e.ex}-report`, "report.md"), "utf8");
    const actual = text.split("\n").map((l) => l.trimEnd());
    // An excerpt shows the ledger and the findings, not only the command.
    expect(e.want.filter((l) => l.trim() !== "" && l !== "…" && !l.startsWith("$ ")).length).toBeGreaterThanOrEqual(3);
    let at = 0;
    for (const want of e.want.map((l) => l.trimEnd())) {
      if (want === "" || want === "…" || want.startsWith("$ ")) continue;
      const found = actual.indexOf(want, at);
      expect(found, `line not found in order: ${want}\n--- output:\n${actual.join("\n")}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
