/**
 * Problems as data: a code with typed parameters, English and Chinese text from one table per language.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatProblems, hasCode, isProblemCode, problem, problemText, type Problem } from "../../src/core/problem.js";
import { PROBLEMS_EN } from "../../src/core/messages/problems-en.js";
import { PROBLEMS_ZH } from "../../src/core/messages/problems-zh.js";
import { SAMPLE_PARAMS } from "./problem-samples.js";
import { problemFrom } from "../../src/core/problem-from.js";
import { ValidationError } from "../../src/core/errors.js";
import * as EN_CORE from "../../src/core/messages/problems-en-core.js";
import * as EN_STUDY from "../../src/core/messages/problems-en-study.js";
import * as EN_MEASURES from "../../src/core/messages/problems-en-measures.js";
import * as EN_DOCUMENTS from "../../src/core/messages/problems-en-documents.js";
import * as EN_DATA from "../../src/core/messages/problems-en-data.js";
import * as EN_DATA_COMBINED from "../../src/core/messages/problems-en-data-combined.js";
import * as EN_DATA_DESCRIPTION from "../../src/core/messages/problems-en-data-description.js";
import * as EN_DRIVERS from "../../src/core/messages/problems-en-drivers.js";
import * as EN_DRIVERS_METHODS from "../../src/core/messages/problems-en-drivers-methods.js";
import * as EN_WALKTHROUGH from "../../src/core/messages/problems-en-walkthrough.js";
import * as EN_DESIGN from "../../src/core/messages/problems-en-design.js";
import * as EN_MONITOR from "../../src/core/messages/problems-en-monitor.js";
import * as EN_BPMN from "../../src/core/messages/problems-en-bpmn.js";
import * as ZH_CORE from "../../src/core/messages/problems-zh-core.js";
import * as ZH_STUDY from "../../src/core/messages/problems-zh-study.js";
import * as ZH_MEASURES from "../../src/core/messages/problems-zh-measures.js";
import * as ZH_DOCUMENTS from "../../src/core/messages/problems-zh-documents.js";
import * as ZH_DATA from "../../src/core/messages/problems-zh-data.js";
import * as ZH_DATA_COMBINED from "../../src/core/messages/problems-zh-data-combined.js";
import * as ZH_DATA_DESCRIPTION from "../../src/core/messages/problems-zh-data-description.js";
import * as ZH_DRIVERS from "../../src/core/messages/problems-zh-drivers.js";
import * as ZH_DRIVERS_METHODS from "../../src/core/messages/problems-zh-drivers-methods.js";
import * as ZH_WALKTHROUGH from "../../src/core/messages/problems-zh-walkthrough.js";
import * as ZH_DESIGN from "../../src/core/messages/problems-zh-design.js";
import * as ZH_MONITOR from "../../src/core/messages/problems-zh-monitor.js";
import * as ZH_BPMN from "../../src/core/messages/problems-zh-bpmn.js";
import type { ProblemCode } from "../../src/core/messages/problem-codes.js";

const HAN = /[\u4e00-\u9fff]/;

describe("problem", () => {
  it("renders the English message and hint from the table and keeps code and parameters", () => {
    const p = problem("ref/unknown-post", "error", ["blueprints", 0, "steps", 3, "owner"], { subject: { kind: "step", id: "dispatch" }, id: "dispatchr" });
    expect(p).toEqual({
      code: "ref/unknown-post",
      severity: "error",
      path: ["blueprints", 0, "steps", 3, "owner"],
      message: 'Step "dispatch" names post "dispatchr", which is not defined.',
      hint: "Define the post under organisation.posts, or correct the id.",
      params: { subject: { kind: "step", id: "dispatch" }, id: "dispatchr" },
    });
  });

  it("copies the path, so changing the caller's array later does not move the problem", () => {
    const path: (string | number)[] = ["themeMap", "themes", 2];
    const p = problem("theme/no-blueprint", "warning", path, { theme: "billing" });
    path.push("id");
    expect(p.path).toEqual(["themeMap", "themes", 2]);
  });

  it("gives the text in Chinese with problemText and leaves English as the problem's own", () => {
    const p = problem("theme/no-blueprint", "warning", [], { theme: "billing" });
    expect(problemText(p, "en")).toEqual({ message: 'Theme "billing" has no blueprint.', hint: "Add a blueprint with theme: <this id>, or remove the theme from the map." });
    const zh = problemText(p, "zh");
    expect(zh.message).toBe("服务主题 “billing” 没有蓝图。");
    expect(zh.hint).toMatch(HAN);
  });

  it("formats problems in either language, errors first", () => {
    const warning = problem("theme/no-blueprint", "warning", ["themeMap", "themes", 2], { theme: "billing" });
    const error = problem("owner/missing", "error", ["blueprints", 0, "steps", 1, "owner"], { step: "dispatch", layer: "backoffice" });
    expect(formatProblems([warning, error])).toBe(
      'error owner/missing at blueprints[0].steps[1].owner: Step "dispatch" (backoffice) has no accountable owner post.\n' +
        "  → Add owner: <post id>. Attribution lands on the owner, so every non-customer step needs exactly one.\n" +
        'warning theme/no-blueprint at themeMap.themes[2]: Theme "billing" has no blueprint.\n' +
        "  → Add a blueprint with theme: <this id>, or remove the theme from the map.",
    );
    const zh = formatProblems([warning, error], "zh");
    expect(zh.split("\n")[0]).toBe("error owner/missing at blueprints[0].steps[1].owner: 环节 “dispatch”（后台支撑层）没有责任岗位。");
    expect(zh).toContain("warning theme/no-blueprint at themeMap.themes[2]: 服务主题 “billing” 没有蓝图。");
  });

  it("narrows parameters by code and knows its codes", () => {
    const p: Problem = problem("schema/unknown-key", "error", [], { keys: ["colour"] });
    expect(hasCode(p, "schema/unknown-key") && "keys" in p.params ? p.params.keys : undefined).toEqual(["colour"]);
    expect(hasCode(p, "schema/missing")).toBe(false);
    expect(isProblemCode("ref/unknown-post")).toBe(true);
    expect(isProblemCode("ref/unknown-pots")).toBe(false);
    expect(isProblemCode("__proto__")).toBe(false);
  });

  it("answers in English for a problem read back without parameters (written before problems had them)", () => {
    const p = { ...problem("data/unused-column", "info", [], { columns: ["x"], linkByRespondent: false }), params: undefined } as unknown as Problem;
    expect(problemText(p, "zh")).toEqual({ message: "Column(s) x are not used.", hint: "Name them in options.segments to group by them, or in ignoreColumns to silence this note." });
  });
});

describe("the message tables", () => {
  const codes = Object.keys(PROBLEMS_EN).sort() as ProblemCode[];

  it("have the same codes in English and Chinese, and a sample for each", () => {
    expect(Object.keys(PROBLEMS_ZH).sort()).toEqual(codes);
    expect(Object.keys(SAMPLE_PARAMS).sort()).toEqual(codes);
    expect(codes.length).toBeGreaterThan(150);
  });

  it.each(codes)("%s: non-empty English and Chinese for every sample, the Chinese in Chinese", (code) => {
    const samples = SAMPLE_PARAMS[code] as readonly unknown[];
    expect(samples.length).toBeGreaterThan(0);
    for (const params of samples) {
      const p = problem(code, "error", [], params as never);
      const en = problemText(p, "en");
      const zh = problemText(p, "zh");
      expect(en.message.trim().length).toBeGreaterThan(5);
      expect(en.hint.trim().length).toBeGreaterThan(5);
      expect(zh.message.trim().length).toBeGreaterThan(3);
      expect(zh.hint.trim().length).toBeGreaterThan(3);
      expect(zh.message).not.toBe(en.message);
      expect(zh.message).toMatch(HAN);
      // A missing parameter shows as "undefined" (the English says "is undefined" on purpose) or "[object Object]".
      expect(en.message).not.toMatch(/(?<!is )\bundefined\b|\[object Object\]/);
      expect(zh.message).not.toMatch(/\bundefined\b|\[object Object\]/);
    }
  });
});

describe("the tables of the families of codes", () => {
  // Each module's one table, by module: English and Chinese side by side.
  const one = (m: object): Readonly<Record<string, unknown>> => Object.values(m)[0] as Readonly<Record<string, unknown>>;
  const families = [
    [EN_CORE, ZH_CORE],
    [EN_STUDY, ZH_STUDY],
    [EN_MEASURES, ZH_MEASURES],
    [EN_DOCUMENTS, ZH_DOCUMENTS],
    [EN_DATA, ZH_DATA],
    [EN_DATA_COMBINED, ZH_DATA_COMBINED],
    [EN_DATA_DESCRIPTION, ZH_DATA_DESCRIPTION],
    [EN_DRIVERS, ZH_DRIVERS],
    [EN_DRIVERS_METHODS, ZH_DRIVERS_METHODS],
    [EN_WALKTHROUGH, ZH_WALKTHROUGH],
    [EN_DESIGN, ZH_DESIGN],
    [EN_MONITOR, ZH_MONITOR],
    [EN_BPMN, ZH_BPMN],
  ].map(([en, zh]) => [one(en!), one(zh!)] as const);

  it("hold every code once, the same codes in both languages, and are what the whole tables are made of", () => {
    const all = families.flatMap(([en]) => Object.keys(en));
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(PROBLEMS_EN).sort());
    for (const [en, zh] of families) {
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const code of Object.keys(en)) {
        expect(PROBLEMS_EN[code as ProblemCode]).toBe(en[code]);
        expect(PROBLEMS_ZH[code as ProblemCode]).toBe(zh[code]);
      }
    }
  });

  it("make through problemFrom the same problem as problem() (every code, every sample)", () => {
    for (const [en] of families)
      for (const code of Object.keys(en) as ProblemCode[])
        for (const params of SAMPLE_PARAMS[code] as readonly unknown[])
          expect(problemFrom(en as never, code as never, "warning", ["x", 1], params as never)).toEqual(problem(code, "warning", ["x", 1], params as never));
  });

  it("refuse, through problemFrom, a code of another family or parameters of another code (type-level)", () => {
    // Never called: tsc (npx tsc --noEmit -p .) checks the expectations.
    const refused = (): unknown[] => [
      // @ts-expect-error a study code is not in the core family's table
      problemFrom(EN_CORE.CORE_EN, "theme/no-blueprint", "warning", [], { theme: "billing" }),
      // @ts-expect-error usage is not a study code
      problemFrom(EN_STUDY.STUDY_EN, "usage", "error", [], { fn: "f", detail: "d", hint: "h" }),
      // @ts-expect-error the parameters of theme/no-blueprint are { theme: string }
      problemFrom(EN_STUDY.STUDY_EN, "theme/no-blueprint", "warning", [], { theme: 2 }),
      // @ts-expect-error a code not known at compile time is refused
      problemFrom(EN_CORE.CORE_EN, String("usage"), "error", [], { fn: "f", detail: "d", hint: "h" }),
    ];
    expect(typeof refused).toBe("function");
  });
});

describe("an error's message", () => {
  it("shows the English text its problems carry (no table is read: a bundle keeps only the texts it can raise)", () => {
    const made = problem("theme/no-blueprint", "warning", ["themeMap", "themes", 2], { theme: "billing" });
    const relabelled = { ...made, message: `gaptrace/fn: ${made.message}` };
    expect(new ValidationError("x", [made, relabelled]).message).toBe(
      'x\nwarning theme/no-blueprint at themeMap.themes[2]: Theme "billing" has no blueprint.\n  → ' + made.hint +
        '\nwarning theme/no-blueprint at themeMap.themes[2]: gaptrace/fn: Theme "billing" has no blueprint.\n  → ' + made.hint,
    );
  });

  it("says a hand-built problem has no message or hint instead of printing undefined", () => {
    const bare = { code: "theme/no-blueprint", severity: "error", path: ["themes", 0], params: { theme: "billing" } } as unknown as Problem;
    expect(new ValidationError("x", [bare]).message).toBe("x\nerror theme/no-blueprint at themes[0]: (no message; code theme/no-blueprint)\n  → (no hint)");
  });
});

/** Every `problem(` and `problemFrom(` call in src, with its arguments split at the top level. */
function problemCalls(): { file: string; line: number; args: string[] }[] {
  const root = fileURLToPath(new URL("../../src/", import.meta.url));
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts")) files.push(p);
    }
  };
  walk(root);
  const out: { file: string; line: number; args: string[] }[] = [];
  for (const path of files) {
    const text = readFileSync(path, "utf8");
    // problemFrom(TABLE, code, severity, path, params): the same four arguments after the family's table.
    for (const m of text.matchAll(/(?<![\w.$])problem(From)?\(/g)) {
      const args = splitArgs(text, m.index + m[0].length);
      if (args === undefined) continue;
      out.push({ file: relative(root, path), line: text.slice(0, m.index).split("\n").length, args: m[1] === undefined ? args : args.slice(1) });
    }
  }
  return out;
}

/** The top-level arguments of a call whose `(` ends just before `start`; strings, templates and comments skipped. */
function splitArgs(text: string, start: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let from = start;
  const templates: number[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === "\\" ? 2 : 1;
    } else if (c === "`" || (c === "}" && templates.length > 0 && templates[templates.length - 1] === depth)) {
      if (c === "}") templates.pop();
      i++;
      while (i < text.length && text[i] !== "`") {
        if (text[i] === "\\") i += 2;
        else if (text[i] === "$" && text[i + 1] === "{") {
          templates.push(depth);
          i++;
          break;
        } else i++;
      }
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) {
      if (depth === 0) {
        args.push(text.slice(from, i).trim());
        return args.filter((a) => a !== "");
      }
      depth--;
    } else if (c === "," && depth === 0) {
      args.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  return undefined;
}

describe("problem call sites", () => {
  const calls = problemCalls().filter((c) => c.file !== "core/problem.ts");

  it("are found by the scan (so the checks below check something)", () => {
    expect(calls.length).toBeGreaterThan(60);
    expect(calls.some((c) => c.file === "study/validate/references.ts")).toBe(true);
  });

  it("pass parameters, never a pre-written message", () => {
    const written = calls.filter((c) => c.args.length !== 4 || /^["'`]/.test(c.args[3] ?? "")).map((c) => `${c.file}:${c.line}`);
    expect(written).toEqual([]);
  });

  it("detects a pre-written message when it sees one", () => {
    const text = 'x; problem("a/b", "error", [f(1, 2)], `Step ${q("s")} is ${"odd"}.`, "Fix it."); y';
    expect(splitArgs(text, text.indexOf("(") + 1)).toEqual(['"a/b"', '"error"', "[f(1, 2)]", '`Step ${q("s")} is ${"odd"}.`', '"Fix it."']);
  });
});
