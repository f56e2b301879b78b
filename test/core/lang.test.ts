/** One check of the report language everywhere: isLang in core/label, English for problems, a usage error for reports. */
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/core/errors.js";
import { isLang, LANGS } from "../../src/core/label.js";
import { formatProblems, problem, problemText, type Problem } from "../../src/core/problem.js";
import { isLang as blueprintIsLang } from "../../src/reports/blueprint/words/index.js";
import { wordsFor } from "../../src/reports/words/index.js";

const p = problem("file/unreadable", "error", [], { what: "study", file: "s.yaml", reason: "missing", detail: "ENOENT" });

describe("report languages", () => {
  it("isLang accepts the languages with tables and nothing else (not inherited keys)", () => {
    expect(LANGS.every(isLang)).toBe(true);
    for (const x of ["fr", "ZH", "constructor", "__proto__", "", undefined, null, 1]) expect(isLang(x)).toBe(false);
    expect(blueprintIsLang).toBe(isLang);
  });

  it("a problem asked for in a language without a table reads in English, never a TypeError", () => {
    expect(problemText(p, "fr" as never)).toEqual({ message: p.message, hint: p.hint });
    expect(formatProblems([p], "constructor" as never)).toBe(formatProblems([p], "en"));
  });

  it("a problem whose code this version does not know keeps its own text", () => {
    const old = { ...p, code: "file/renamed-long-ago" } as unknown as Problem;
    expect(problemText(old, "zh")).toEqual({ message: p.message, hint: p.hint });
  });

  it("the report words refuse a language without a table with the library's own error", () => {
    expect(wordsFor("zh").undecidedKinds.clock).toBe("标准计时口径");
    expect(() => wordsFor("fr" as never)).toThrow(UsageError);
    expect(() => wordsFor("fr" as never)).toThrow(/expecting lang "en" or "zh", got "fr"/);
  });
});

describe("layer names in Chinese problems", () => {
  it("are the blueprint picture's: support processes are 支持流程, not 支撑层 (another name of 后台支撑层)", () => {
    const p = problem("visibility/backoffice-to-customer", "warning", [], { handoff: { from: "stock", to: "told" }, layer: "support" } as never);
    const zh = problemText(p, "zh").message;
    expect(zh).toContain("（支持流程）");
    expect(zh).toContain("由支持流程提供服务");
    expect(zh).not.toContain("支撑层");
  });
});
