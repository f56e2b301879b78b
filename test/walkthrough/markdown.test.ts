import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mdCode, mdTable, mdText } from "../../src/walkthrough/markdown.js";

describe("mdText", () => {
  it("escapes emphasis, links, code, tables, headings and HTML", () => {
    expect(mdText("*urgent* <b>|x|</b> [a](b) `c` _d_ #e ~f~ \\g & h")).toBe(
      "\\*urgent\\* &lt;b&gt;\\|x\\|&lt;/b&gt; \\[a\\](b) \\`c\\` \\_d\\_ \\#e \\~f\\~ \\\\g &amp; h",
    );
  });

  it("keeps text on one line", () => {
    expect(mdText("first\n\n- second\r\nthird")).toBe("first - second third");
  });

  it("leaves no unescaped special character (property)", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = mdText(s);
        expect(out).not.toMatch(/[\r\n<>]/);
        // Every special character is preceded by an odd number of backslashes.
        for (const m of out.matchAll(/(\\*)([`*_[\]|~#])/g)) expect((m[1] ?? "").length % 2).toBe(1);
      }),
    );
  });
});

describe("mdCode", () => {
  it("fences with more backticks than the text holds", () => {
    expect(mdCode("or_bo_dispatch")).toBe("`or_bo_dispatch`");
    expect(mdCode("a`b")).toBe("``a`b``");
    expect(mdCode("`x")).toBe("`` `x ``");
  });
});

describe("mdTable", () => {
  it("writes a header, a rule and the rows", () => {
    expect(mdTable(["a", "b"], [["1", ""]])).toEqual(["| a | b |", "| --- | --- |", "| 1 |   |"]);
  });
});
