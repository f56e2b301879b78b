/**
 * The notebook views without a kernel: the MIME bundles each helper returns, the plain-text fallbacks, escaping
 * of hostile labels in every view, determinism (same input, same bytes) and the usage errors a notebook user
 * gets for a wrong argument.
 */
import { inspect } from "node:util";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { attribute, type Attribution } from "../../src/attribution/attribute.js";
import { whatIf, type WhatIfResult } from "../../src/attribution/what-if.js";
import { collectResponses, type ResponseTable } from "../../src/data/dataset.js";
import { Ledger } from "../../src/data/ledger.js";
import { responseRows, simulateStudy, type PlantedCause } from "../../src/simulate/index.js";
import { buildStudyGraph } from "../../src/graph/build.js";
import { summarizeStudy } from "../../src/graph/summary.js";
import type { Study } from "../../src/model/study.js";
import type { StudyReport } from "../../src/study/validate/index.js";
import { UsageError } from "../../src/core/errors.js";
import { problem } from "../../src/core/problem.js";
import { blueprintMarks } from "../../src/reports/html-page.js";
import { escapeHtml } from "../../src/core/escape.js";
import { renderBlueprintSvg } from "../../src/reports/blueprint/svg.js";
import { formatPercent } from "../../src/reports/numbers.js";
import { PARTLY_LINKED, reconnectionRun, UNLINKED } from "../reports/linked.js";
import type { BlueprintMark } from "../../src/reports/blueprint/source.js";
import {
  JUPYTER_DISPLAY,
  NotebookView,
  displayAttribution,
  displayBlueprint,
  displayLedger,
  displayStudy,
  displayWhatIf,
  isNotebookView,
  show,
  type MimeBundle,
} from "../../src/notebook/index.js";

const STUDY_FILE = new URL("../../examples/studies/power-utility.study.yaml", import.meta.url).pathname;
const MINI_FILE = new URL("../fixtures/studies/mini.study.yaml", import.meta.url).pathname;
const OUTAGE = "theme_outage_repair";
const PLANT: readonly PlantedCause[] = [
  { tag: "non-compliant-execution", step: "or_bo_dispatch" },
  { tag: "unreasonable-standard", standard: "std_arrival_urban_45min", via: "threshold" },
];

/** Every tag that opens an element in an HTML fragment must be closed, in order (void elements aside). */
function expectBalancedHtml(html: string): void {
  const stack: string[] = [];
  // SVG content is XML; its self-closing elements end in "/>" and are skipped by the pattern.
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g)) {
    const [, close, name = "", self] = m;
    if (self === "/" || name === "br") continue;
    if (close === "/") expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

/** The outage blueprint with these marks, drawn directly, with the id prefix the view derives. */
function renderWithMarks(marks: readonly BlueprintMark[]): string {
  const svg = displayBlueprint(study, OUTAGE, { marks }).svg() ?? "";
  const prefix = /aria-labelledby="([^"]*?)title /.exec(svg)?.[1];
  return renderBlueprintSvg(study, OUTAGE, { marks, idPrefix: prefix });
}

function bundleOf(view: unknown): MimeBundle {
  expect(isNotebookView(view)).toBe(true);
  return (view as { [JUPYTER_DISPLAY](): MimeBundle })[JUPYTER_DISPLAY]();
}

let report: StudyReport;
let study: Study;
let table: ResponseTable;
let result: Attribution;
let cases: ReturnType<typeof simulateStudy>["cases"];

beforeAll(() => {
  report = loadStudyFileSync(STUDY_FILE);
  study = report.study as Study;
  const data = simulateStudy(study, { seed: 7, plant: PLANT });
  cases = data.cases;
  // Two rows a real export would carry: a question not in the study and a value off the 5-point scale.
  table = collectResponses(study, [
    ...responseRows(data),
    { respondent: "bad-1", question: "q_not_in_study", value: 3, audience: "external" },
    { respondent: "bad-2", question: "q_or_arrival_timely_p", value: 9, audience: "external" },
  ]);
  result = attribute(study, { responses: table, cases });
});

describe("NotebookView", () => {
  it("answers Deno's display protocol with its bundle and prints as text everywhere else", () => {
    const view = new NotebookView({ "text/plain": "a <b> & c", "text/html": "<b>x</b>" });
    expect(JUPYTER_DISPLAY).toBe(Symbol.for("Jupyter.display"));
    expect(view[JUPYTER_DISPLAY]()).toEqual({ "text/plain": "a <b> & c", "text/html": "<b>x</b>" });
    expect(String(view)).toBe("a <b> & c");
    expect(`${view}`).toBe("a <b> & c");
    expect(inspect(view)).toBe("a <b> & c");
    expect(view.html()).toBe("<b>x</b>");
    expect(view.svg()).toBeUndefined();
  });

  it("falls back to escaped text in a <pre> when it has no HTML", () => {
    const view = new NotebookView({ "text/plain": "<script>x</script>" });
    expect(view.html()).toBe("<pre>&lt;script&gt;x&lt;/script&gt;</pre>");
  });

  it("keeps its bundle immutable", () => {
    const bundle = { "text/plain": "x" };
    const view = new NotebookView(bundle);
    bundle["text/plain"] = "changed";
    expect(view.text()).toBe("x");
    expect(Object.isFrozen(view.bundle())).toBe(true);
  });

  it("recognises views and nothing else", () => {
    expect(isNotebookView(new NotebookView({ "text/plain": "" }))).toBe(true);
    expect(isNotebookView({ "text/plain": "x" })).toBe(false);
    expect(isNotebookView(null)).toBe(false);
    expect(isNotebookView({ [Symbol.for("Jupyter.display")]: () => ({ "text/plain": "" }) })).toBe(true);
  });
});

describe("displayStudy", () => {
  it("shows the summary table with the same counts as summarizeStudy and one blueprint per theme", () => {
    const b = bundleOf(displayStudy(report));
    const summary = summarizeStudy(study, buildStudyGraph(study));
    expect(Object.keys(b).sort()).toEqual(["text/html", "text/plain"]);
    const html = b["text/html"] ?? "";
    expect(html.match(/<svg /g)?.length).toBe(study.blueprints.length);
    for (const t of summary.themes) {
      expect(b["text/plain"]).toContain(t.name);
      expect(html).toContain(t.name);
    }
    const totalLine = b["text/plain"].split("\n").find((l) => l.startsWith("Total"));
    expect(totalLine?.trim().split(/\s{2,}/).slice(1).map(Number)).toEqual([
      summary.totals.steps,
      summary.totals.stepsPerLayer.customer,
      summary.totals.stepsPerLayer.frontline,
      summary.totals.stepsPerLayer.backoffice,
      summary.totals.stepsPerLayer.support,
      summary.totals.posts,
      summary.totals.standards,
      summary.totals.customerExperiencePoints,
      summary.totals.internalSupportPoints,
      summary.totals.evaluationPoints,
      summary.totals.externalQuestions,
      summary.totals.internalQuestions,
    ]);
    expect(b["text/plain"]).toMatch(/^Validation: 0 errors, \d+ warnings, \d+ notes$/m);
    expectBalancedHtml(html);
  });

  it("accepts a bare study, one theme, no pictures, and Chinese", () => {
    const one = bundleOf(displayStudy(study, { themes: [OUTAGE] }))["text/html"] ?? "";
    expect(one.match(/<svg /g)?.length).toBe(1);
    expect(one).not.toContain("Validation");
    const none = bundleOf(displayStudy(study, { blueprints: false }))["text/html"] ?? "";
    expect(none).not.toContain("<svg");
    const zh = bundleOf(displayStudy(report, { lang: "zh", blueprints: false }));
    expect(zh["text/plain"]).toContain("停电和故障抢修");
    expect(zh["text/plain"]).toContain("合计");
  });

  it("shows the problems of an invalid study instead of throwing", () => {
    const bad = displayStudy({ ok: false, study: undefined, problems: [problem("file/unreadable", "error", [], { what: "study", file: "<x>.yaml", reason: "missing", detail: "ENOENT" })] });
    expect(bad.text()).toContain("1 errors");
    expect(bad.text()).toContain("The study file <x>.yaml does not exist.");
    expect(bad.html()).toContain("The study file &lt;x&gt;.yaml does not exist.");
    expect(bad.html()).not.toContain("<x>");
  });

  it("refuses what is not a study, a bad language or an unknown theme, naming itself", () => {
    expect(() => displayStudy("power-utility.study.yaml" as unknown as Study)).toThrow(/^gaptrace\/displayStudy: /);
    expect(() => displayStudy(study, { lang: "fr" as "en" })).toThrow(UsageError);
    expect(() => displayStudy(study, { themes: ["nope"] })).toThrow(/options\.themes names "nope"/);
  });
});

describe("displayBlueprint", () => {
  it("carries the picture as image/svg+xml and inside the HTML", () => {
    const b = bundleOf(displayBlueprint(study, OUTAGE));
    const svg = b["image/svg+xml"] ?? "";
    expect(svg.startsWith("<svg ")).toBe(true);
    // The same picture, told to keep its natural size inside a scrolling box (notebook CSS would shrink it).
    expect(b["text/html"]).toContain(`<svg style="max-width:none;height:auto" ${svg.slice("<svg ".length)}`);
    expect(b["text/plain"]).toContain("Outages and fault repair");
    expect(b["text/plain"]).toContain("0 marked findings");
    expectBalancedHtml(b["text/html"] ?? "");
  });

  it("draws an attribution's findings in the theme as marks, as the HTML report does", () => {
    const marks = blueprintMarks(study, result, OUTAGE, "en");
    expect(marks.some((m) => m.step === "or_bo_dispatch" && m.tag === "unreasonable-standard")).toBe(true);
    expect(marks.some((m) => m.step === "or_bo_dispatch" && m.tag === "non-compliant-execution")).toBe(true);
    const view = displayBlueprint(study, OUTAGE, { attribution: result });
    expect(view.text()).toContain(`${marks.length} marked findings`);
    for (const m of marks.filter((x) => x.step === "or_bo_dispatch")) {
      expect(view.text()).toContain(`Dispatcher assigns the order to a repair crew: ${String(m.label)}`);
    }
    expect(view.svg()).toBe(renderWithMarks(marks));
    expect(view.svg()).not.toBe(displayBlueprint(study, OUTAGE).svg());
    // Marks given by hand and an attribution's marks are drawn together.
    const both = displayBlueprint(study, OUTAGE, { attribution: result, marks: [{ step: "or_fl_take_call", tag: "customer-dissatisfaction", label: "hand" }] });
    expect(both.text()).toContain(`${marks.length + 1} marked findings`);
  });

  it("gives different pictures different SVG ids, and the same picture the same bytes", () => {
    const plain = displayBlueprint(study, OUTAGE).svg() ?? "";
    const marked = displayBlueprint(study, OUTAGE, { attribution: result }).svg() ?? "";
    const prefix = (svg: string): string | undefined => /aria-labelledby="([^"]*?)title /.exec(svg)?.[1];
    expect(prefix(plain)).toMatch(/^gt-[0-9a-f]{8}-$/);
    expect(prefix(plain)).not.toBe(prefix(marked));
    expect(displayBlueprint(study, OUTAGE).svg()).toBe(plain);
  });

  it("refuses an unknown theme, a mark off the blueprint or a wrong attribution", () => {
    expect(() => displayBlueprint(study, "nope")).toThrow(/no theme with id "nope"/);
    expect(() => displayBlueprint(study, OUTAGE, { marks: [{ step: "pr_bo_reconnect", tag: "non-compliant-execution" }] })).toThrow(UsageError);
    expect(() => displayBlueprint(study, OUTAGE, { attribution: {} as Attribution })).toThrow(/^gaptrace\/displayBlueprint: options\.attribution/);
  });
});

describe("displayAttribution", () => {
  it("lists every finding under its tag with post, shares and what must change", () => {
    const view = displayAttribution(study, result);
    const b = bundleOf(view);
    const html = b["text/html"] ?? "";
    for (const f of result.findings) {
      expect(b["text/plain"]).toContain(f.id);
      expect(html).toContain(f.id);
    }
    expect(b["text/plain"]).toContain("[C] Customer dissatisfaction (");
    expect(b["text/plain"]).toContain("[S] Unreasonable standard (1)");
    expect(b["text/plain"]).toContain("[E] Non-compliant execution (1)");
    // The sentences are the reports module's (plain text wraps them, so look in the HTML).
    expect(html).toContain("Tighten standard “Repair crew on site within 45 minutes in cities” from 45 to 25 minutes, the limit customers accept.");
    expect(html).toMatch(/Bring standard “Orders dispatched within 5 minutes of being created” from \d+% to 98% of cases within 5 minutes/);
    // How responses were linked to their cases comes first; each gap shows what stays with the front line.
    expect(b["text/plain"]).toMatch(/^Linked to cases: Survey responses linked to their own cases: [\d,]+ of [\d,]+ external respondents/m);
    expect(b["text/plain"]).toContain("Every test is two-sided. Each kind of test is a family of its own, adjusted on its own (Benjamini–Hochberg, false discovery rate 5%)");
    expect(b["text/plain"]).toContain("Link tests of upstream effects on customers' ratings are another family:");
    expect(html).toContain("not explained upstream (front line):");
    // Overall satisfaction is shared among its driver points by measured weights, each share with its interval.
    const overall = result.findings.find((f) => f.id === "cd:ep_or_overall");
    if (overall?.tag !== "customer-dissatisfaction") throw new Error("expected the overall gap");
    for (const c of overall.causes) expect(html).toMatch(new RegExp(`${formatPercent(c.share).replace(".", "\\.")} \\(95% CI [\\d.]+%–[\\d.]+%, measured\\)`));
    expect(b["text/plain"]).toContain("Responsibility by post");
    expect(html).toContain("Revise the limit to what customers accept");
    expect(b["text/plain"]).toMatch(/^Service quality officer\s+Marketing department\s+\[S\]/m);
    expect(b["text/plain"]).toMatch(/^Repair dispatcher\s+Dispatch and control centre\s+\[E\]/m);
    expectBalancedHtml(html);
  });

  it("filters by theme and speaks Chinese", () => {
    const none = displayAttribution(study, result, { theme: "theme_new_connection" });
    expect(none.text()).toContain("0 findings");
    const zh = displayAttribution(study, result, { lang: "zh" });
    expect(zh.text()).toContain("标准不合理点");
    expect(zh.text()).toContain("服务质量管理专责");
  });

  it("refuses a wrong first argument", () => {
    expect(() => displayAttribution(study, study as unknown as Attribution)).toThrow(/^gaptrace\/displayAttribution: expecting the result of attribute/);
  });
});

describe("displayAttribution with graded links", () => {
  /** The lines of the "Traced" cells in a view's HTML (cells are split at <br>). */
  const cellLines = (html: string): string[] =>
    html
      .split(/<br>|<\/td>|<td[^>]*>/)
      .map((x) => x.replace(/<[^>]*>/g, "").replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").trim());

  it("shows a measured cause's share, interval and grade, in English and Chinese", () => {
    const { study: s, result: r } = reconnectionRun(PARTLY_LINKED);
    const en = displayAttribution(s, r);
    expect(en.text()).toContain("Linked to cases: Survey responses linked to their own cases: 510 of 600 external respondents (85%)");
    expect(cellLines(en.html())).toContainEqual(expect.stringMatching(/^E Crew reconnects 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\)$/));
    expect(cellLines(en.html())).toContainEqual(expect.stringMatching(/^not explained upstream \(front line\): 3\d%$/));
    expect(en.text()).toMatch(/Reconnection timeliness 6\d(\.\d)?% \(95% CI [\d.]+%–[\d.]+%, measured\)\s+27\.5/);
    const zh = displayAttribution(s, r, { lang: "zh" });
    expect(cellLines(zh.html())).toContainEqual(expect.stringMatching(/^E 班组复电 6\d(\.\d)?%（95%置信区间 [\d.]+%–[\d.]+%，已测量）$/));
    expect(zh.text()).toMatch(/\[E\] 班组复电 6\d(\.\d)?%（95%置信区间 [\d.]+%–[\d.]+%，已测量）/);
    expect(zh.text()).toContain("与工单关联: 调查回答与本人工单的关联：600位外部受访者中510位已关联（85%）");
  });

  it("shows possible causes to test with their grade and no percentage", () => {
    const { study: s, result: r } = reconnectionRun(UNLINKED);
    for (const lang of ["en", "zh"] as const) {
      const lines = cellLines(displayAttribution(s, r, { lang }).html());
      const grades = lang === "en" ? ["structural only, untested", "supported by internal customers' ratings"] : ["仅结构推断，未检验", "内部客户评价支持"];
      const possible = lines.filter((l) => grades.some((g) => l.includes(g)));
      expect(possible.length).toBeGreaterThanOrEqual(4);
      for (const l of possible) expect(l, l).not.toContain("%");
    }
    expect(cellLines(displayAttribution(s, r).html())).toContain("Reconnection timeliness — to test (structural only, untested)");
  });

  it("says what data would settle an unexplained gap in the notebook's language, with the study's names", () => {
    const { study: s, result: r } = reconnectionRun(UNLINKED);
    // A customer gap with no candidate upstream: only what would settle it is left to say.
    const settle = [
      { kind: "internal-ratings", step: "settle", owner: "clerk" },
      { kind: "standard", standard: "settle_2h", need: { kind: "expectation-on-standard-clock" } },
    ] as const;
    const bare: Attribution = {
      ...r,
      findings: r.findings.map((f) => (f.tag === "customer-dissatisfaction" ? { ...f, links: [], causes: [], settle, settleWith: ["(English only)"] } : f)),
    };
    // Ids are named as the reports name them (relabelIds: an id with `_`, `-`, `.`, `:` or a digit in it).
    const zh = displayAttribution(s, bare, { lang: "zh" });
    const zhLine = cellLines(zh.html()).find((l) => l.startsWith("需补充"));
    expect(zhLine).toBe("需补充： 内部客户对环节settle的评价（由clerk负责）；按标准自身计时口径提问的期望问题，用以检验标准限值本身（标准“缴费后2小时内结清”）");
    expect(zh.text()).not.toContain("(English only)");
    const en = cellLines(displayAttribution(s, bare).html()).find((l) => l.startsWith("settle with"));
    expect(en).toMatch(/^settle with: internal customers' ratings of step settle \(owned by clerk\); .+ \(standard “Arrears settled within 2 hours of payment”\)$/);
  });
});

describe("displayLedger", () => {
  it("reconciles the load and lists the rejections with what to do", () => {
    const b = bundleOf(displayLedger(table));
    const l = table.ledger;
    expect(l.rejected).toBe(2);
    expect(b["text/plain"]).toMatch(new RegExp(`^rows\\s+${l.rowsRead.toLocaleString("en-US")}\\s+${l.accepted.toLocaleString("en-US")}\\s+2\\s+0$`, "m"));
    expect(b["text/plain"]).toContain("The books balance");
    expect(b["text/plain"]).toMatch(/^unknown-question\s+1\s+Use a question id/m);
    expect(b["text/plain"]).toMatch(/^out-of-range\s+1\s+/m);
    expect(b["text/html"]).toContain("Question &quot;q_not_in_study&quot; is not in the study.");
    expectBalancedHtml(b["text/html"] ?? "");
  });

  it("takes a Ledger, a summary or a table alike, and caps the listed problems", () => {
    const fromTable = displayLedger(table).text();
    expect(displayLedger(table.ledger).text()).toBe(fromTable);
    expect(displayLedger(Ledger.fromSummary(table.ledger)).text()).toBe(fromTable);
    const capped = displayLedger(table, { maxProblems: 1 }).text();
    expect(capped).toContain("(1 more not shown)");
    expect(displayLedger(new Ledger()).text()).toContain("Nothing was rejected.");
  });

  it("refuses what carries no ledger", () => {
    expect(() => displayLedger({} as Ledger)).toThrow(/^gaptrace\/displayLedger: /);
    expect(() => displayLedger(table, { maxProblems: -1 })).toThrow(UsageError);
  });
});

describe("displayWhatIf", () => {
  let wi: WhatIfResult;
  beforeAll(() => {
    wi = whatIf(study, { responses: table, cases }, [{ kind: "standard", standard: "std_arrival_urban_45min", threshold: 25 }]);
  });

  it("shows each finding's status, severities and where gaps are traced afterwards", () => {
    const b = bundleOf(displayWhatIf(study, wi));
    expect(b["text/plain"]).toContain("Repair crew on site within 45 minutes in cities (std_arrival_urban_45min): threshold 25");
    expect(b["text/plain"]).toMatch(/^\[S\] Repair crew on site within 45 minutes in cities · limit\s+resolved\s+0\.\d\d\s+–/m);
    const resolved = wi.findings.filter((f) => f.status === "resolved").length;
    expect(b["text/plain"]).toContain(`${resolved} resolved`);
    expectBalancedHtml(b["text/html"] ?? "");
    const quiet = displayWhatIf(study, wi, { unchanged: false }).text();
    for (const f of wi.findings.filter((x) => x.status === "unchanged")) expect(quiet).not.toContain(f.id);
  });

  it("and displayAttribution refuse the 0.1 order, the study second (removed in 0.3), with a UsageError", () => {
    const loose = (f: unknown): ((...args: unknown[]) => unknown) => f as (...args: unknown[]) => unknown;
    expect(() => loose(displayWhatIf)(wi, study, { lang: "zh" })).toThrow(UsageError);
    expect(() => loose(displayWhatIf)(wi, study, { lang: "zh" })).toThrow(/^gaptrace\/displayWhatIf: the first argument must be a study \(a validated Study object\); got an object with /);
    expect(() => loose(displayAttribution)(wi.before, study)).toThrow(UsageError);
    expect(() => loose(displayAttribution)(wi.before, study)).toThrow(/^gaptrace\/displayAttribution: the first argument must be a study \(a validated Study object\); got an object with /);
    expect(() => displayAttribution(study, study as unknown as Attribution)).toThrow(/^gaptrace\/displayAttribution: expecting the result of attribute/);
    expect(() => displayWhatIf(study, study as unknown as WhatIfResult)).toThrow(/^gaptrace\/displayWhatIf: expecting the result of whatIf/);
  });
});

describe("escaping and determinism", () => {
  const HOSTILE = `<script>alert("x")</script>`;

  function hostileStudy(): Study {
    const s = structuredClone(loadStudyFileSync(MINI_FILE).study as Study);
    const step = s.blueprints[0]?.steps.find((x) => x.id === "settle");
    const post = s.organisation.posts.find((p) => p.id === "clerk");
    const dept = s.organisation.departments.find((d) => d.id === "mkt");
    const theme = s.themeMap.themes[0];
    const std = s.standards[0];
    const point = s.evaluationPoints.find((p) => p.id === "ep_recon");
    if (step === undefined || post === undefined || dept === undefined || theme === undefined || std === undefined || point === undefined) throw new Error("fixture changed");
    step.name = HOSTILE;
    post.name = { en: HOSTILE, zh: HOSTILE };
    dept.name = HOSTILE;
    theme.name = HOSTILE;
    std.text = HOSTILE;
    point.name = HOSTILE;
    s.name = HOSTILE;
    return s;
  }

  function allViews(s: Study, seed: number): NotebookView[] {
    const data = simulateStudy(s, {
      seed,
      externalRespondents: 600,
      internalRespondents: 200,
      casesPerTheme: 400,
      plant: [
        { tag: "non-compliant-execution", step: "settle" },
        { tag: "unreasonable-standard", standard: "recon_24h", via: "threshold" },
      ],
    });
    const t = collectResponses(s, [...responseRows(data), { respondent: HOSTILE, question: HOSTILE, value: HOSTILE, audience: "external" }]);
    const r = attribute(s, { responses: t, cases: data.cases });
    const w = whatIf(s, { responses: t, cases: data.cases }, [{ kind: "standard", standard: "recon_24h", threshold: 12 }, { kind: "performance", step: "reconnect", factor: 0.5 }]);
    return [
      displayStudy(s),
      displayBlueprint(s, "payment", { attribution: r, marks: [{ step: "settle", tag: "customer-dissatisfaction", label: HOSTILE }] }),
      displayAttribution(s, r),
      displayAttribution(s, r, { lang: "zh" }),
      displayLedger(t),
      displayWhatIf(s, w),
    ];
  }

  it("escapes a <script> label in every HTML and SVG output", () => {
    const views = allViews(hostileStudy(), 5);
    // The planted causes land on the hostile post, so its name is in the findings too.
    expect(views[2]?.html()).toContain(escapeHtml(HOSTILE));
    for (const v of views) {
      const b = v.bundle();
      for (const markup of [b["text/html"], b["image/svg+xml"]]) {
        if (markup === undefined) continue;
        expect(markup.toLowerCase()).not.toContain("<script");
        expect(markup).toMatch(/&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
        expectBalancedHtml(markup);
      }
    }
  });

  it("gives byte-identical bundles for the same input", () => {
    const a = allViews(hostileStudy(), 11).map((v) => JSON.stringify(v.bundle()));
    const b = allViews(hostileStudy(), 11).map((v) => JSON.stringify(v.bundle()));
    expect(b).toEqual(a);
  });

  it("never lets a label's markup through, whatever the label (property)", () => {
    const base = loadStudyFileSync(MINI_FILE).study as Study;
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 20 }), (name, themeName) => {
        const s = structuredClone(base);
        s.name = `<i>${name}`;
        const theme = s.themeMap.themes[0];
        if (theme !== undefined) theme.name = `<b>${themeName}`;
        const html = displayStudy(s, { blueprints: false }).html();
        expect(html).not.toContain("<i>");
        expect(html).not.toContain("<b>");
        expectBalancedHtml(html);
      }),
      { numRuns: 200 },
    );
  });

  it("aligns plain-text tables when labels mix Chinese and Latin", () => {
    const text = displayStudy(study, { lang: "zh", blueprints: false }).text();
    const table = text.split("\n\n").find((p) => p.includes("合计")) ?? "";
    const [header, rule, ...rows] = table.split("\n");
    const cjkWidth = (s: string): number => [...s].reduce((a, ch) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
    // Every row's last number ends in the same column as the rule under the header.
    expect(header).toBeDefined();
    for (const r of rows) expect(cjkWidth(r)).toBe(cjkWidth(rule ?? ""));
  });
});

describe("show", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as { Deno?: unknown }).Deno;
  });

  it("prints the text of each view, in order, outside a Deno kernel", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await show(new NotebookView({ "text/plain": "first", "text/html": "<b>1</b>" }), new NotebookView({ "text/plain": "second" }), 42);
    expect(log.mock.calls).toEqual([["first"], ["second"], [42]]);
  });

  it("hands each view to Deno.jupyter.display in a Deno kernel, and pauses before the cell ends", async () => {
    const shown: unknown[] = [];
    (globalThis as { Deno?: unknown }).Deno = { jupyter: { display: async (x: unknown) => void shown.push(x) } };
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const a = new NotebookView({ "text/plain": "a", "text/html": "x".repeat(1_000_000) });
    const started = performance.now();
    await show(a, "plain");
    expect(shown).toEqual([a, "plain"]);
    expect(log).not.toHaveBeenCalled();
    // 20 ms plus 1 ms per 50 kB: a 1 MB output waits about 40 ms (timers may fire a little early).
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("prints when Deno is there but not its Jupyter API (a Deno script)", async () => {
    (globalThis as { Deno?: unknown }).Deno = {
      get jupyter(): never {
        throw new Error("Deno.jupyter is only available in a Jupyter kernel");
      },
    };
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    await show(new NotebookView({ "text/plain": "text" }));
    expect(log.mock.calls).toEqual([["text"]]);
  });
});
