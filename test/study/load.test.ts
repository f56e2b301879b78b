import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { stringify } from "yaml";
import { loadStudyText, readStudyText } from "../../src/study/load.js";
import { ValidationError, GaptraceError } from "../../src/core/errors.js";
import { formatProblems, formatWhere } from "../../src/core/problem.js";
import { MINI_TEXT, mini, withCode } from "../model/helpers.js";

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`fixture lacks ${needle}`);
  return text.slice(0, i).split("\n").length;
}

describe("loadStudyText", () => {
  it("loads the mini study from YAML with no problem", () => {
    const r = loadStudyText(MINI_TEXT, { file: "mini.study.yaml" });
    expect(formatProblems(r.problems)).toBe("");
    expect(r.study?.blueprints[0]?.steps).toHaveLength(7);
  });

  it("loads the same study from JSON", () => {
    const r = loadStudyText(JSON.stringify(mini(), null, 2), { file: "mini.json" });
    expect(r.ok).toBe(true);
    expect(r.study?.id).toBe("mini");
  });

  it("locates a semantic problem at its line and column in YAML", () => {
    const text = MINI_TEXT.replace("owner: clerk }", "owner: clerck }");
    const r = loadStudyText(text, { file: "mini.study.yaml" });
    const p = withCode(r.problems, "ref/unknown-post")[0]!;
    expect(p.location).toMatchObject({ file: "mini.study.yaml", line: lineOf(text, "owner: clerck") });
    expect(p.location?.column).toBe(text.split("\n")[lineOf(text, "owner: clerck") - 1]!.indexOf("clerck") + 1);
    expect(formatWhere(p)).toMatch(/^mini\.study\.yaml:\d+:\d+ \(blueprints\[0\]\.steps\[2\]\.owner\)$/);
  });

  it("points an unknown key at the key itself", () => {
    const text = MINI_TEXT.replace("    compliance: 0.95\n", "    compliance: 0.95\n    complaince: 0.9\n");
    const p = withCode(loadStudyText(text, { file: "s.yaml" }).problems, "schema/unknown-key")[0]!;
    expect(p.location?.line).toBe(lineOf(text, "complaince"));
  });

  it("locates a problem in a JSON file", () => {
    const doc = mini();
    doc.standards[0].unit = "%";
    const text = JSON.stringify(doc, null, 2);
    const p = withCode(loadStudyText(text, { file: "s.json" }).problems, "standard/unit-mismatch")[0]!;
    expect(p.location?.line).toBe(lineOf(text, '"unit": "%"'));
  });

  it("reports YAML syntax errors with their location, never a stack trace", () => {
    const text = "gaptrace: 1\nid: x\nname: [unclosed\n";
    const r = loadStudyText(text, { file: "bad.yaml" });
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.code).toBe("parse/yaml");
    expect(r.problems[0]?.location?.file).toBe("bad.yaml");
    expect(r.problems[0]?.location?.line).toBeGreaterThanOrEqual(3);
  });

  it("reports a duplicated key", () => {
    const r = loadStudyText("gaptrace: 1\nid: a\nid: b\n", { file: "dup.yaml" });
    expect(r.problems[0]?.hint).toContain("repeated key");
    expect(r.problems[0]?.location?.line).toBe(3);
  });

  it("reports JSON syntax errors with line and column", () => {
    const r = loadStudyText('{\n  "gaptrace": 1,\n  "id": "x",,\n}', { file: "bad.json" });
    expect(r.problems[0]?.code).toBe("parse/json");
    expect(r.problems[0]?.location?.line).toBe(3);
  });

  it("readStudyText throws a ValidationError with located problems", () => {
    const text = MINI_TEXT.replace("threshold: 24", "threshold: -3");
    expect(() => readStudyText(text, { file: "m.yaml" })).toThrow(ValidationError);
    try {
      readStudyText(text, { file: "m.yaml" });
    } catch (e) {
      expect((e as ValidationError).message).toContain(`m.yaml:${lineOf(text, "threshold: -3")}`);
    }
  });

  it("keeps __proto__ keys inert", () => {
    const text = MINI_TEXT.replace("gaptrace: 1\n", "gaptrace: 1\n__proto__: { polluted: true }\n");
    const r = loadStudyText(text);
    expect(withCode(r.problems, "schema/unknown-key")).toHaveLength(1);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

// Property tests: whatever the input, the loader returns a report (valid study or located problems), never throws.
describe("loader robustness (fast-check)", () => {
  const check = (text: string, format?: "yaml" | "json") => {
    let r;
    try {
      r = loadStudyText(text, format === undefined ? { file: "p.yaml" } : { file: `p.${format}`, format });
    } catch (e) {
      throw new Error(`loader threw ${e instanceof GaptraceError ? "GaptraceError" : String(e)} for ${JSON.stringify(text).slice(0, 200)}`);
    }
    expect(r.ok || r.problems.length > 0).toBe(true);
    for (const p of r.problems) {
      expect(typeof p.code).toBe("string");
      expect(p.message.length).toBeGreaterThan(0);
      expect(p.hint.length).toBeGreaterThan(0);
    }
    if (r.ok) expect(r.study).toBeDefined();
  };

  it("random text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => check(s)), { numRuns: 300 });
  });

  it("random JSON values", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => check(JSON.stringify(v), "json")), { numRuns: 300 });
  });

  // Mutate the valid mini study: replace a random node with a random value, delete a key, or duplicate an item.
  const paths: (string | number)[][] = [];
  (function walk(v: unknown, path: (string | number)[]) {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  })(mini(), []);
  const ids = ["agent", "clerk", "crew", "pays", "settle", "__proto__", "constructor", "nope", "reconnect", "paid"];

  it("mutated studies", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.constantFrom(...paths.filter((p) => p.length > 0)),
            op: fc.constantFrom("set", "delete", "dup", "id"),
            value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...ids)),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (mutations) => {
          const doc = mini();
          for (const m of mutations) {
            let parent: any = doc;
            for (const seg of m.path.slice(0, -1)) parent = parent?.[seg];
            const key = m.path[m.path.length - 1]!;
            if (parent === null || typeof parent !== "object") continue;
            if (m.op === "delete") Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
            else if (m.op === "dup" && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
            else if (m.op === "id") parent[key] = ids[Math.abs(JSON.stringify(m.value ?? 0).length) % ids.length];
            else parent[key] = m.value;
          }
          check(stringify(doc));
          check(JSON.stringify(doc), "json");
        },
      ),
      { numRuns: 400 },
    );
  });
});
