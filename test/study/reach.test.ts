/** Declared reach (影响范围) of steps and standards: the schema field and its validation rules. */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { formatProblems, type Problem } from "../../src/core/problem.js";
import { loadStudyText } from "../../src/study/load.js";
import { validateStudy } from "../../src/study/validate/index.js";
import { mini, withCode } from "../model/helpers.js";

// mini.study.yaml: pays → confirm → settle → sync → reconnect → notify → restored (steps[0..6]);
// ep_recon sits at reconnect, ep_settle at settle; standard recon_24h governs reconnect.
const RECONNECT = 4;
const SETTLE = 2;

const reachCodes = (problems: readonly Problem[]) =>
  problems.filter((p) => p.code.startsWith("reach/") || p.code === "dup/reach-point" || p.code === "ref/unknown-evaluation-point");

function one(problems: readonly Problem[], code: string): Problem {
  const found = withCode(problems, code);
  expect(found, `expected one ${code} in:\n${formatProblems(problems)}`).toHaveLength(1);
  return found[0]!;
}

describe("reach: the schema field", () => {
  it("is optional: the mini study has none and stays valid, and parsing keeps it absent", () => {
    const r = validateStudy(mini());
    expect(r.ok).toBe(true);
    expect(r.study?.blueprints[0]?.steps.every((s) => s.reach === undefined)).toBe(true);
    expect(r.study?.standards[0]?.reach).toBeUndefined();
  });

  it("accepts points at the step itself and downstream of it, and an empty list", () => {
    const d = mini();
    d.blueprints[0].steps[SETTLE].reach = ["ep_settle", "ep_recon"];
    d.blueprints[0].steps[RECONNECT].reach = [];
    d.standards[0].reach = ["ep_recon"];
    const r = validateStudy(d);
    expect(r.problems, formatProblems(r.problems)).toEqual([]);
    expect(r.study?.blueprints[0]?.steps[SETTLE]?.reach).toEqual(["ep_settle", "ep_recon"]);
    expect(r.study?.blueprints[0]?.steps[RECONNECT]?.reach).toEqual([]);
  });

  it("rejects a reach that is not a list of ids", () => {
    const d = mini();
    d.blueprints[0].steps[SETTLE].reach = "ep_settle";
    d.standards[0].reach = ["not an id"];
    const r = validateStudy(d);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([["blueprints", 0, "steps", SETTLE, "reach"], ["standards", 0, "reach", 0]]),
    );
  });
});

describe("reach: unknown points", () => {
  it("flags an unknown point in a step's reach at the entry", () => {
    const d = mini();
    d.blueprints[0].steps[SETTLE].reach = ["ep_settle", "ep_nowhere"];
    const p = one(validateStudy(d).problems, "ref/unknown-evaluation-point");
    expect(p.severity).toBe("error");
    expect(p.path).toEqual(["blueprints", 0, "steps", SETTLE, "reach", 1]);
    expect(p.message).toContain('"ep_nowhere"');
    expect(p.message).toContain('"settle"');
    expect(p.hint).toContain("evaluationPoints");
  });

  it("flags an unknown point in a standard's reach, and only as unknown (not also as not downstream)", () => {
    const d = mini();
    d.standards[0].reach = ["ep_nowhere"];
    const r = validateStudy(d);
    const p = one(r.problems, "ref/unknown-evaluation-point");
    expect(p.path).toEqual(["standards", 0, "reach", 0]);
    expect(p.message).toContain('"recon_24h"');
    expect(reachCodes(r.problems)).toHaveLength(1);
  });
});

describe("reach: duplicates", () => {
  it("warns about a point listed twice, at the second entry, and the study stays usable", () => {
    const d = mini();
    d.blueprints[0].steps[SETTLE].reach = ["ep_recon", "ep_settle", "ep_recon"];
    const r = validateStudy(d);
    const p = one(r.problems, "dup/reach-point");
    expect(p.severity).toBe("warning");
    expect(p.path).toEqual(["blueprints", 0, "steps", SETTLE, "reach", 2]);
    expect(r.ok).toBe(true);
  });

  it("warns about duplicates in a standard's reach too", () => {
    const d = mini();
    d.standards[0].reach = ["ep_recon", "ep_recon"];
    expect(one(validateStudy(d).problems, "dup/reach-point").path).toEqual(["standards", 0, "reach", 1]);
  });
});

describe("reach: points not downstream", () => {
  it("flags a point upstream of the step at the reach entry, with a hint naming the step", () => {
    const d = mini();
    d.blueprints[0].steps[RECONNECT].reach = ["ep_recon", "ep_settle"];
    const r = validateStudy(d);
    const p = one(r.problems, "reach/not-downstream");
    expect(p.severity).toBe("error");
    expect(p.path).toEqual(["blueprints", 0, "steps", RECONNECT, "reach", 1]);
    expect(p.message).toContain('"ep_settle"');
    expect(p.message).toContain('at step "settle"');
    expect(p.hint).toContain('Step "reconnect"');
    expect(r.ok).toBe(false);
  });

  it("does not follow rework hand-offs, but does follow an ordinary loop", () => {
    const d = mini();
    d.blueprints[0].steps[RECONNECT].reach = ["ep_settle"];
    d.blueprints[0].handoffs.push({ from: "reconnect", to: "settle", rework: true });
    expect(one(validateStudy(d).problems, "reach/not-downstream").path).toEqual(["blueprints", 0, "steps", RECONNECT, "reach", 0]);
    d.blueprints[0].handoffs.at(-1).rework = false;
    expect(reachCodes(validateStudy(d).problems)).toEqual([]);
  });

  it("names the other theme when the point sits in another blueprint", () => {
    const d = mini();
    d.themeMap.themes.push({ id: "other", name: "Other", items: ["recon"] });
    d.blueprints.push({ theme: "other", steps: [{ id: "elsewhere", name: "Elsewhere", layer: "frontline", owner: "agent" }], handoffs: [] });
    d.evaluationPoints.push({ id: "ep_else", step: "elsewhere", name: "Else", questions: [{ id: "q_else", audience: { kind: "external" }, measures: "perception", scale: { type: "likert", points: 5 }, text: "Q" }] });
    d.blueprints[0].steps[SETTLE].reach = ["ep_else"];
    const p = one(validateStudy(d).problems, "reach/not-downstream");
    expect(p.message).toContain('in theme "other"');
  });

  it("for a standard: a point downstream of any governed step is fine, others are flagged", () => {
    const d = mini();
    d.standards[0].reach = ["ep_recon", "ep_settle"];
    const p = one(validateStudy(d).problems, "reach/not-downstream");
    expect(p.path).toEqual(["standards", 0, "reach", 1]);
    expect(p.message).toContain('"recon_24h"');
    expect(p.hint).toContain('"reconnect"');
    d.standards[0].steps = ["settle", "reconnect"];
    expect(reachCodes(validateStudy(d).problems)).toEqual([]);
  });

  it("skips a step whose id is already used (the duplicate id is its own error)", () => {
    const d = mini();
    d.blueprints[0].steps.push({ id: "settle", name: "Again", layer: "backoffice", owner: "clerk", reach: ["ep_settle"] });
    d.blueprints[0].steps[0].reach = []; // the customer step may declare it affects nothing
    const r = validateStudy(d);
    expect(withCode(r.problems, "dup/step")).toHaveLength(1);
    expect(reachCodes(r.problems)).toEqual([]);
  });

  it("skips points at unknown steps (reported by the reference rules)", () => {
    const d = mini();
    d.evaluationPoints[1].step = "gone";
    d.blueprints[0].steps[RECONNECT].reach = ["ep_settle"];
    const r = validateStudy(d);
    expect(withCode(r.problems, "ref/unknown-step")).toHaveLength(1);
    expect(reachCodes(r.problems)).toEqual([]);
  });

  it("treats ids such as __proto__ as ordinary ids", () => {
    const d = mini();
    d.evaluationPoints[0].id = "__proto__";
    d.blueprints[0].steps[SETTLE].reach = ["__proto__", "constructor"];
    const r = validateStudy(d);
    expect(one(r.problems, "ref/unknown-evaluation-point").path).toEqual(["blueprints", 0, "steps", SETTLE, "reach", 1]);
    expect(withCode(r.problems, "reach/not-downstream")).toEqual([]);
  });
});

describe("reach problems loaded from YAML and JSON carry file, line and column", () => {
  const lineAndColumn = (text: string, needle: string, nth = 1) => {
    let at = -1;
    for (let k = 0; k < nth; k++) at = text.indexOf(needle, at + 1);
    const before = text.slice(0, at).split("\n");
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  };

  it("points each problem at its reach entry in YAML", () => {
    const d = mini();
    d.blueprints[0].steps[RECONNECT].reach = ["ep_recon", "ep_settle", "ep_nowhere", "ep_recon"];
    const text = stringify(d);
    const r = loadStudyText(text, { file: "reach.yaml" });
    // The reach entries are the only "- ep_…" in the file (ids are written "id: ep_…"); the location is the id,
    // two columns after the dash.
    const expected = {
      "reach/not-downstream": lineAndColumn(text, "- ep_settle"),
      "ref/unknown-evaluation-point": lineAndColumn(text, "- ep_nowhere"),
      "dup/reach-point": lineAndColumn(text, "- ep_recon", 2),
    };
    for (const [code, pos] of Object.entries(expected)) {
      const p = one(r.problems, code);
      expect(p.location, code).toEqual({ file: "reach.yaml", line: pos.line, column: pos.column + 2 });
    }
  });

  it("points a standard's reach entry in JSON", () => {
    const d = mini();
    d.standards[0].reach = ["ep_settle"];
    const text = JSON.stringify(d, null, 2);
    const r = loadStudyText(text, { file: "reach.json" });
    const p = one(r.problems, "reach/not-downstream");
    expect(p.location).toEqual({ file: "reach.json", ...lineAndColumn(text, '"ep_settle"\n') });
  });
});
