import { describe, expect, expectTypeOf, it } from "vitest";
import { validateStudy, parseStudy } from "../../src/study/validate/index.js";
import { ValidationError } from "../../src/core/errors.js";
import { formatProblems } from "../../src/core/problem.js";
import { mini, withCode } from "../model/helpers.js";
import { buildStudyGraph, buildStudyGraphLenient, graphBuildProblems, sharedStudyGraph, type LenientStudyGraph } from "../../src/graph/build.js";
import { ruleContext } from "../../src/study/validate/context.js";
import type { RuleContext } from "../../src/study/index.js";
import { buildStepNetworkLenient, offerSharedStepNetwork } from "../../src/graph/step-network.js";
import { indexStudy } from "../../src/model/index-by-id.js";
import { StudySchema } from "../../src/model/study.js";
import { declaredReach } from "../../src/study/validate/reach.js";
import { connectivityAndCycles, duplicateHandoffs, internalRaters } from "../../src/study/validate/structure.js";

function only(doc: unknown, code: string) {
  const r = validateStudy(doc);
  const found = withCode(r.problems, code);
  expect(found, `expected ${code} in:\n${formatProblems(r.problems)}`).toHaveLength(1);
  const p = found[0]!;
  expect(p.message.length).toBeGreaterThan(10);
  expect(p.hint.length).toBeGreaterThan(5);
  return { report: r, p };
}

describe("validateStudy", () => {
  it("accepts the mini study with no problem at all", () => {
    const r = validateStudy(mini());
    expect(formatProblems(r.problems)).toBe("");
    expect(r.ok).toBe(true);
    expect(r.study?.organisation.persons).toEqual([]); // defaults applied
    expect(r.study?.blueprints[0]?.handoffs[0]?.kind).toBe("serial");
  });

  it("never throws, whatever the input", () => {
    for (const bad of [undefined, null, 42, "study", [], {}, { gaptrace: 2 }]) {
      const r = validateStudy(bad);
      expect(r.ok).toBe(false);
      expect(r.problems.length).toBeGreaterThan(0);
    }
  });

  it("reports a missing required field with its path", () => {
    const d = mini();
    delete d.blueprints[0].steps[2].layer;
    const { p } = only(d, "schema/missing");
    expect(p.path).toEqual(["blueprints", 0, "steps", 2, "layer"]);
  });

  it("reports an unknown field", () => {
    const d = mini();
    d.standards[0].treshold = 12;
    const { p } = only(d, "schema/unknown-key");
    expect(p.path).toEqual(["standards", 0]);
    expect(p.message).toContain('"treshold"');
  });

  it("reports a value of the wrong type and a bad enum value", () => {
    const d = mini();
    d.standards[0].threshold = "24h";
    d.blueprints[0].steps[1].layer = "onstage";
    const r = validateStudy(d);
    expect(withCode(r.problems, "schema/invalid-type")[0]?.path).toEqual(["standards", 0, "threshold"]);
    expect(withCode(r.problems, "schema/invalid-value")[0]?.message).toContain("frontline");
  });

  it("rejects a malformed id", () => {
    const d = mini();
    d.organisation.posts[0].id = "has space";
    const { p } = only(d, "schema/invalid-format");
    expect(p.path).toEqual(["organisation", "posts", 0, "id"]);
  });

  it("reports every problem at once, errors first", () => {
    const d = mini();
    d.blueprints[0].steps[1].owner = "nobody";
    d.standards[0].metric = "nothing";
    d.blueprints[0].handoffs.push({ from: "reconnect", to: "restored" }); // warning
    const r = validateStudy(d);
    expect(r.problems.filter((p) => p.severity === "error")).toHaveLength(2);
    expect(r.problems[0]?.severity).toBe("error");
    expect(r.problems.at(-1)?.severity).toBe("warning");
  });
});

describe("ids and references", () => {
  it("flags duplicate ids of each kind", () => {
    const d = mini();
    d.organisation.posts.push({ ...d.organisation.posts[0] });
    const { p } = only(d, "dup/post");
    expect(p.path).toEqual(["organisation", "posts", 5]);
    expect(p.message).toContain("organisation.posts[0]");
  });

  it("requires step ids to be unique across blueprints", () => {
    const d = mini();
    d.themeMap.themes.push({ id: "other", name: "Other", items: ["recon"] });
    d.blueprints.push({ theme: "other", steps: [{ id: "pays", name: "x", layer: "customer" }], handoffs: [] });
    const { p } = only(d, "dup/step");
    expect(p.path).toEqual(["blueprints", 1, "steps", 0]);
  });

  it("flags duplicate question ids across evaluation points", () => {
    const d = mini();
    d.evaluationPoints[1].questions[0].id = "q_recon_sat";
    only(d, "dup/question");
  });

  it("flags an unknown owner post", () => {
    const d = mini();
    d.blueprints[0].steps[2].owner = "clrek";
    const { p } = only(d, "ref/unknown-post");
    expect(p.path).toEqual(["blueprints", 0, "steps", 2, "owner"]);
    expect(p.message).toContain('"clrek"');
  });

  it("flags a hand-off to an unknown step", () => {
    const d = mini();
    d.blueprints[0].handoffs[1].to = "setle";
    const { p } = only(d, "ref/unknown-step");
    expect(p.path).toEqual(["blueprints", 0, "handoffs", 1, "to"]);
  });

  it("flags unknown metrics, events, raters and pairs", () => {
    const d = mini();
    d.standards[0].metric = "recon_time";
    d.standards[0].clock.start = "setled";
    d.evaluationPoints[1].questions[0].audience.rater = "crw";
    d.evaluationPoints[0].questions[1].pairs = "q_nope";
    const r = validateStudy(d);
    expect(withCode(r.problems, "ref/unknown-metric")[0]?.path).toEqual(["standards", 0, "metric"]);
    expect(withCode(r.problems, "ref/unknown-event")[0]?.path).toEqual(["standards", 0, "clock", "start"]);
    expect(withCode(r.problems, "ref/unknown-post")[0]?.path).toEqual(["evaluationPoints", 1, "questions", 0, "audience", "rater"]);
    expect(withCode(r.problems, "ref/unknown-question")[0]?.path).toEqual(["evaluationPoints", 0, "questions", 1, "pairs"]);
  });

  it("flags a standard owned by an unknown department", () => {
    const d = mini();
    d.standards[0].owner = { department: "quality" };
    only(d, "ref/unknown-department");
  });

  it("ids such as __proto__ and constructor are ordinary ids and pollute nothing", () => {
    const d = mini();
    d.organisation.departments[0].id = "__proto__";
    for (const p of d.organisation.posts) if (p.department === "mkt") p.department = "__proto__";
    d.organisation.posts[0].id = "constructor";
    d.blueprints[0].steps[1].owner = "constructor";
    d.blueprints[0].steps[5].owner = "constructor";
    d.blueprints[0].steps[1].id = "toString";
    d.blueprints[0].handoffs[0].to = "toString";
    d.blueprints[0].handoffs[1].from = "toString";
    const r = validateStudy(d);
    expect(formatProblems(r.problems)).toBe("");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "mkt")).toBe(false);
  });
});

describe("ownership", () => {
  it("a non-customer step needs an owner", () => {
    const d = mini();
    delete d.blueprints[0].steps[3].owner;
    const { p } = only(d, "owner/missing");
    expect(p.path).toEqual(["blueprints", 0, "steps", 3, "owner"]);
    expect(p.message).toContain('"sync"');
  });

  it("a step has exactly one accountable owner", () => {
    const d = mini();
    d.blueprints[0].steps[2].owner = ["clerk", "agent"];
    const { p } = only(d, "owner/multiple");
    expect(p.message).toContain("2 accountable owners");
    expect(p.hint).toContain("contributors");
  });

  it("a post must be in a department", () => {
    const d = mini();
    delete d.organisation.posts[1].department;
    expect(only(d, "post/no-department").p.path).toEqual(["organisation", "posts", 1, "department"]);
    const e = mini();
    e.organisation.posts[1].department = "finance";
    expect(only(e, "post/no-department").p.message).toContain('"finance"');
  });

  it("warns when a customer step has an owner", () => {
    const d = mini();
    d.blueprints[0].steps[0].owner = "agent";
    expect(only(d, "owner/customer-step").p.severity).toBe("warning");
  });
});

describe("standards and metrics", () => {
  it("a standard's unit must match its metric's", () => {
    const d = mini();
    d.standards[0].unit = "%";
    const { p } = only(d, "standard/unit-mismatch");
    expect(p.path).toEqual(["standards", 0, "unit"]);
    expect(p.message).toContain("measured in h");
  });

  it("calendar time units convert, so minutes against hours is fine", () => {
    const d = mini();
    d.standards[0].unit = "min";
    d.standards[0].threshold = 1440;
    expect(validateStudy(d).ok).toBe(true);
  });

  it("working days do not convert from hours", () => {
    const d = mini();
    d.standards[0].unit = "workday";
    only(d, "standard/unit-mismatch");
  });

  it("a duration standard needs a clock somewhere", () => {
    const d = mini();
    delete d.standards[0].clock;
    delete d.metrics[0].clock;
    only(d, "standard/no-clock");
  });

  it("a numeric question about a metric must use a compatible unit", () => {
    const d = mini();
    d.evaluationPoints[0].questions[1].scale.unit = "yuan";
    only(d, "question/unit-mismatch");
  });
});

describe("evaluation points and questions", () => {
  it("an evaluation point needs a question", () => {
    const d = mini();
    d.evaluationPoints[1].questions = [];
    expect(only(d, "point/no-questions").p.path).toEqual(["evaluationPoints", 1, "questions"]);
  });

  it("an internal rater must be downstream of the rated step", () => {
    const d = mini();
    d.evaluationPoints[1].questions[0].audience.rater = "sysadmin"; // owns sync, which is downstream of settle: fine
    expect(validateStudy(d).ok).toBe(true);
    d.evaluationPoints[0].questions.push({
      id: "q_recon_sys", audience: { kind: "internal", rater: "sysadmin" }, measures: "perception",
      scale: { type: "likert", points: 5 }, text: "Reconnection orders are closed in time",
    });
    const { p } = only(d, "internal/rater-not-downstream");
    expect(p.path).toEqual(["evaluationPoints", 0, "questions", 2, "audience", "rater"]);
    expect(p.message).toContain('"sysadmin"');
  });

  it("a post rating its own step is not its internal customer", () => {
    const d = mini();
    d.evaluationPoints[1].questions[0].audience.rater = "clerk";
    expect(only(d, "internal/rater-not-downstream").p.message).toContain("its own step");
  });

  it("paired questions must be expectation → perception on one scale", () => {
    const d = mini();
    d.evaluationPoints[0].questions[1].pairs = "q_recon_sat";
    const r = validateStudy(d);
    expect(withCode(r.problems, "question/pairs-scale")).toHaveLength(1);
    const e = mini();
    e.evaluationPoints[0].questions[0].pairs = "q_recon_exp";
    expect(withCode(validateStudy(e).problems, "question/pairs-kind")).toHaveLength(1);
  });
});

describe("the shape of the process", () => {
  it("warns when a customer step is fed straight from the back office", () => {
    const d = mini();
    d.blueprints[0].handoffs.push({ from: "reconnect", to: "restored", kind: "parallel" });
    const { p } = only(d, "visibility/backoffice-to-customer");
    expect(p.severity).toBe("warning");
    expect(p.path).toEqual(["blueprints", 0, "handoffs", 6]);
  });

  it("warns about steps with no hand-off and blueprints in pieces", () => {
    const d = mini();
    d.blueprints[0].steps.push({ id: "orphan", name: "Orphan", layer: "support", owner: "sysadmin" });
    const r = validateStudy(d);
    expect(withCode(r.problems, "graph/isolated-step")[0]?.path).toEqual(["blueprints", 0, "steps", 7]);
    expect(withCode(r.problems, "graph/disconnected")).toHaveLength(1);
    expect(r.ok).toBe(true);
  });

  it("reports rework loops as information, and unmarked loops with a hint", () => {
    const d = mini();
    d.blueprints[0].handoffs.push({ from: "reconnect", to: "settle", rework: true });
    const loop = only(d, "graph/cycle").p;
    expect(loop.severity).toBe("info");
    expect(loop.message).toContain("Rework loop");
    const e = mini();
    e.blueprints[0].handoffs.push({ from: "reconnect", to: "settle" });
    const unmarked = only(e, "graph/cycle").p;
    expect(unmarked.hint).toContain("rework: true");
    expect(validateStudy(e).ok).toBe(true);
  });
});

describe("parseStudy", () => {
  it("returns the study or throws a ValidationError carrying the problems", () => {
    expect(parseStudy(mini()).id).toBe("mini");
    const d = mini();
    d.blueprints[0].steps[2].owner = "nobody";
    try {
      parseStudy(d);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).problems[0]?.code).toBe("ref/unknown-post");
      expect((e as Error).message).toContain("blueprints[0].steps[2].owner");
    }
  });
});

describe("overall satisfaction", () => {
  it("only an external perception question can be the overall one, once per theme", () => {
    const d = mini();
    d.evaluationPoints[0].questions[0].overall = true;
    expect(validateStudy(d).ok).toBe(true);
    d.evaluationPoints[0].questions[1].overall = true; // an expectation question
    const r = validateStudy(d);
    expect(withCode(r.problems, "question/overall-kind")).toHaveLength(1);
    expect(withCode(r.problems, "question/overall-twice")).toHaveLength(1);
  });
});

describe("validateStudy: plain words for what is not a study, and every problem in one pass (issue 11)", () => {
  it("an empty document, a list or one value is one problem that says so and how a study starts", () => {
    for (const [doc, text] of [
      [null, "The study file is empty (or holds only comments): there is no study in it."],
      [undefined, "The study file is empty (or holds only comments): there is no study in it."],
      [["a", "b"], "The study file holds a list, not a study: a study is a mapping of fields (gaptrace, id, name, organisation, themeMap, blueprints, …)."],
      ["hello", 'The study file holds the text "hello", not a study'],
    ] as const) {
      const r = validateStudy(doc);
      expect(r.ok).toBe(false);
      expect(r.problems.map((p) => p.code)).toEqual(["schema/not-a-study"]);
      expect(r.problems[0]!.message).toContain(text);
      expect(r.problems[0]!.hint).toContain('Start the study with "gaptrace: 1"');
    }
  });

  it("a schema error in one standard does not hide a rule broken by another", () => {
    const doc = mini() as { standards: Record<string, unknown>[] };
    const second = { ...doc.standards[0]!, id: "negative", threshold: -3 };
    doc.standards[0] = { ...doc.standards[0]!, compliance: 1.5 };
    doc.standards.push(second);
    const r = validateStudy(doc);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.code, p.path.join(".")])).toEqual([
      ["schema/too-big", "standards.0.compliance"],
      ["standard/non-positive-duration", `standards.${doc.standards.length - 1}.threshold`],
    ]);
  });

  it("reports every schema error at once, and nothing about elements it had to set aside", () => {
    const doc = mini() as { standards: Record<string, unknown>[]; evaluationPoints: Record<string, unknown>[] };
    doc.standards[0] = { ...doc.standards[0]!, compliance: 2, better: "sideways" };
    const r = validateStudy(doc);
    expect(withCode(r.problems, "schema/too-big")).toHaveLength(1);
    expect(withCode(r.problems, "schema/invalid-value")).toHaveLength(1);
    // Points that name the set-aside standard are not reported as naming an unknown one.
    expect(r.problems.filter((p) => p.code.startsWith("ref/"))).toEqual([]);
  });
});

describe("the rules that read the study's graph", () => {
  it("find the same problems from the one graph validateStudy builds as from a graph of their own", () => {
    const doc = mini();
    // A repeated hand-off, a rework loop (a cycle), an unreachable reach point and an isolated step: every graph rule speaks.
    doc.blueprints[0].handoffs.push({ from: "settle", to: "sync", kind: "parallel" }, { from: "reconnect", to: "settle", rework: true });
    doc.blueprints[0].steps[4].reach = ["ep_settle", "nope"];
    doc.blueprints[0].steps.push({ id: "alone", layer: "frontline", owner: doc.blueprints[0].steps[1].owner, name: "Alone" });
    const study = StudySchema.parse(doc);
    const index = indexStudy(study);
    const shared = { study, index, graph: buildStudyGraphLenient(study) };
    let spoke = 0;
    // The context validateStudy makes: the study's lenient step network is kept beside it, not in it.
    const withNetwork = ruleContext(study, index, buildStepNetworkLenient(study));
    expect(Object.keys(withNetwork).sort()).toEqual(["index", "study"]);
    for (const rule of [duplicateHandoffs, connectivityAndCycles, internalRaters, declaredReach]) {
      const withGraph = rule(shared);
      spoke += withGraph.length > 0 ? 1 : 0;
      expect(withGraph).toEqual(rule({ study, index }));
      expect(rule(withNetwork)).toEqual(withGraph);
    }
    expect(spoke).toBeGreaterThanOrEqual(3);
    // validateStudy reports them as the rules do on their own.
    const codes = validateStudy(doc).problems.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(["graph/duplicate-handoff", "graph/cycle", "reach/not-downstream", "graph/isolated-step"]));
  });

  it("are given a public RuleContext that names no type of the step network", () => {
    expectTypeOf<keyof RuleContext>().toEqualTypeOf<"study" | "index" | "graph">();
    expectTypeOf<RuleContext["graph"]>().toEqualTypeOf<LenientStudyGraph | undefined>();
    expectTypeOf(graphBuildProblems).parameter(0).toEqualTypeOf<LenientStudyGraph>();
  });

  it("leave the network validateStudy built as the study's shared one when the study is valid: its graph is the graph buildStudyGraph builds", () => {
    const report = validateStudy(mini());
    if (!report.ok || report.study === undefined) throw new Error(formatProblems(report.problems));
    // Already shared by validateStudy: another offer is refused.
    expect(offerSharedStepNetwork(report.study, buildStepNetworkLenient(report.study))).toBe(false);
    const shared = sharedStudyGraph(report.study);
    expect(sharedStudyGraph(report.study)).toBe(shared);
    const fresh = buildStudyGraph(report.study);
    expect(shared).not.toBe(fresh);
    expect(shared.export()).toEqual(fresh.export());
  });
});
