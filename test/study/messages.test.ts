/**
 * Messages of the study file's mistakes that zod or the parsers word badly on their own (issue 11): each must say in
 * plain words what is wrong, where (line, column and path) and how to fix it, in English and in Chinese.
 */
import { describe, expect, it } from "vitest";
import { loadStudyText } from "../../src/study/load.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { formatWhere, problemText, type Problem } from "../../src/core/problem.js";
import { MINI_TEXT, mini } from "../model/helpers.js";

/** The 1-based line and column of the first occurrence of `needle` (its first character). */
function at(text: string, needle: string, skip = 0): { line: number; column: number } {
  const i = text.indexOf(needle) + skip;
  if (i < skip) throw new Error(`fixture lacks ${needle}`);
  const before = text.slice(0, i).split("\n");
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

function edit(from: string, to: string): string {
  if (!MINI_TEXT.includes(from)) throw new Error(`fixture lacks ${from}`);
  return MINI_TEXT.replace(from, to);
}

/** The one error of a study text, checked to carry no parser jargon in either language. */
function theError(text: string, file = "s.yaml"): Problem {
  const errors = loadStudyText(text, { file }).problems.filter((p) => p.severity === "error");
  expect(errors.map((p) => `${p.code}: ${p.message}`)).toHaveLength(1);
  const p = errors[0]!;
  const zh = problemText(p, "zh");
  for (const words of [p.message, p.hint, zh.message, zh.hint]) expect(words).not.toMatch(/Invalid input|Invalid discriminator|Unresolved alias|undefined/);
  return p;
}

describe("an alias to an anchor that does not exist", () => {
  const text = edit("department: mkt, headcount: 40", "department: *nowhere, headcount: 40");

  it("is located at the alias, named, with a hint to define the anchor first", () => {
    const p = theError(text);
    expect(p.code).toBe("parse/yaml");
    expect(p.location).toEqual({ file: "s.yaml", ...at(text, "*nowhere") });
    expect(p.message).toBe("The alias *nowhere refers to an anchor that is not defined: no value before it is marked &nowhere.");
    expect(p.hint).toMatch(/^Define the anchor by writing &nowhere before a value, above its first use as \*nowhere/);
    expect(problemText(p, "zh").message).toContain("*nowhere");
  });

  it("is found when the anchor comes only after the alias", () => {
    const later = edit("department: mkt, headcount: 40", "department: *m, headcount: 40").replace("department: ops,", "department: &m ops,");
    const p = theError(later);
    expect(p.location?.line).toBe(at(later, "*m").line);
  });

  it("leaves an alias to an anchor defined before it alone", () => {
    const fine = edit("department: mkt, headcount: 40", "department: &m mkt, headcount: 40").replace("department: mkt }", "department: *m }");
    expect(loadStudyText(fine, { file: "s.yaml" }).ok).toBe(true);
  });
});

describe("a JSON study cut off in the middle", () => {
  it("is located at the end of its text and says the file ends too soon", () => {
    const text = '{\n  "gaptrace": 1,\n  "id": "x",\n  "name":\n';
    const p = theError(text, "s.json");
    expect(p.code).toBe("parse/json");
    expect(p.location).toEqual({ file: "s.json", line: 4, column: 10 });
    expect(p.message).toMatch(/^The file is not valid JSON: the file ends before the JSON is complete/);
    expect(p.hint).toMatch(/at the end of the file: close every open quote, \[ and \{/);
  });

  it("keeps V8's own position for other JSON mistakes", () => {
    const p = theError('{\n  "gaptrace": 1,,\n}', "s.json");
    expect(p.location?.line).toBe(2);
    expect(p.message).not.toMatch(/ends before/);
  });

  it("calls an empty .json file empty, not cut off", () => {
    expect(theError("  \n", "s.json").code).toBe("schema/not-a-study");
  });
});

describe("values outside a short list", () => {
  it("names the Likert points allowed (5 or 7)", () => {
    const text = edit("scale: { type: likert, points: 5 }", "scale: { type: likert, points: 4 }");
    const p = theError(text);
    expect(p.code).toBe("schema/invalid-value");
    expect(formatWhere(p)).toBe(`s.yaml:${at(text, "points: 4", 8).line}:${at(text, "points: 4", 8).column} (evaluationPoints[0].questions[0].scale.points)`);
    expect(p.message).toBe('"points" is number 4; allowed: 5, 7.');
    expect(p.hint).toBe("Use one of the allowed values.");
  });

  it("names the score maxima allowed (10 or 100)", () => {
    const doc = mini();
    doc.evaluationPoints[0].questions[0].scale = { type: "score", max: 50 };
    const [p] = validateStudy(doc).problems;
    expect(p?.path).toEqual(["evaluationPoints", 0, "questions", 0, "scale", "max"]);
    expect(p?.message).toBe('"max" is number 50; allowed: 10, 100.');
  });

  it("lists the scale types for an unknown one", () => {
    const text = edit("scale: { type: likert, points: 5 }", "scale: { type: stars }");
    const p = theError(text);
    expect(p.path).toEqual(["evaluationPoints", 0, "questions", 0, "scale", "type"]);
    expect(p.location).toEqual({ file: "s.yaml", ...at(text, "stars") });
    expect(p.message).toBe('"type" is the text "stars"; allowed: "likert", "score", "yesno", "numeric".');
    expect(problemText(p, "zh").message).toContain('"likert"、"score"、"yesno"、"numeric"');
  });

  it("lists the audience kinds for an unknown one", () => {
    const text = edit("audience: { kind: external }", "audience: { kind: customer }");
    const p = theError(text);
    expect(formatWhere(p)).toMatch(/^s\.yaml:\d+:\d+ \(evaluationPoints\[0\]\.questions\[0\]\.audience\.kind\)$/);
    expect(p.location?.line).toBe(at(text, "kind: customer").line);
    expect(p.message).toBe('"kind" is the text "customer"; allowed: "external", "internal".');
  });

  it("says which types a scale needs when its type is missing", () => {
    const doc = mini();
    doc.evaluationPoints[0].questions[0].scale = { points: 5 };
    const [p] = validateStudy(doc).problems;
    expect(p?.code).toBe("schema/missing");
    expect(p?.hint).toBe('Add "type" (expected one of "likert", "score", "yesno", "numeric").');
  });
});

describe("a standard owner naming both a post and a department", () => {
  it("says to give one or the other, at the owner", () => {
    const text = edit("owner: { post: standards_officer }", "owner: { post: standards_officer, department: mkt }");
    const p = theError(text);
    expect(p.code).toBe("owner/post-and-department");
    expect(formatWhere(p)).toBe(`s.yaml:${at(text, "owner: { post: standards_officer, d").line}:5 (standards[0].owner)`);
    expect(p.message).toBe('The owner names both post "standards_officer" and department "mkt"; a standard is owned by one post or one department.');
    expect(p.hint).toMatch(/^Give either a post or a department, not both/);
    expect(problemText(p, "zh").hint).toMatch(/^请只写岗位或部门之一/);
  });
});

describe("a hand-off declared twice", () => {
  it("is a located error of the validation report, at the repeat", () => {
    const text = edit("      - { from: settle, to: sync }\n", "      - { from: settle, to: sync }\n      - { to: sync, from: settle }\n");
    const r = loadStudyText(text, { file: "s.yaml" });
    expect(r.ok).toBe(false);
    const p = theError(text);
    expect(p.code).toBe("graph/duplicate-handoff");
    expect(formatWhere(p)).toBe(`s.yaml:${at(text, "{ to: sync, from: settle }").line}:9 (blueprints[0].handoffs[3])`);
    expect(p.message).toBe('Hand-off "settle->sync" is already declared at blueprints[0].handoffs[2].');
    expect(p.hint).toBe("Declare each hand-off once; merge the two declarations.");
  });

  it("says when the repeat differs in kind", () => {
    const doc = mini();
    doc.blueprints[0].handoffs.push({ from: "settle", to: "sync", kind: "parallel" });
    const r = validateStudy(doc);
    const dups = r.problems.filter((p) => p.code === "graph/duplicate-handoff");
    expect(dups).toHaveLength(1);
    expect(dups[0]?.message).toMatch(/with a different kind, rework flag or label\.$/);
  });
});
