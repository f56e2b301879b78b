import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir, TRAINING, UTILITY } from "./helpers.js";

describe("gaptrace questionnaire", () => {
  it("writes the questionnaire as CSV to standard output, counts on standard error", async () => {
    const r = await run(["questionnaire", TRAINING]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe("section,theme,point,step,question_id,audience,rater_post,measures,scale_type,scale_min,scale_max,unit,reverse,text_en,text_zh,options");
    expect(lines).toHaveLength(1 + 4);
    expect(r.stderr).toContain("4 questions (3 external, 1 internal) at 2 evaluation points.");
  });

  it("writes one post's questionnaire, in JSON, to a file", async () => {
    const dir = tempDir();
    const r = await run(["questionnaire", TRAINING, "--post", "meter_tech", "--format", "json", "--out", "q/meter.json"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const doc = JSON.parse(readFileSync(join(dir, "q/meter.json"), "utf8")) as { items: { questionId: string }[] };
    expect(doc.items.map((i) => i.questionId)).toEqual(["q_order_prompt"]);
  });

  it("labels answer options in Chinese with --lang zh", async () => {
    const r = await run(["questionnaire", TRAINING, "--lang", "zh"]);
    expect(r.stdout).toContain("1=非常");
  });

  it("exits 2 for an unknown post, format or language", async () => {
    const post = await run(["questionnaire", TRAINING, "--post", "nobody"]);
    expect(post.code).toBe(2);
    expect(post.stderr).toBe(
      `gaptrace questionnaire: --post "nobody" names no post in ${TRAINING}.\n  → Use the id of a post (organisation.posts): cashier, billing_clerk, meter_tech, it_engineer.\n`,
    );
    const theme = await run(["questionnaire", TRAINING, "--theme", "reconnect,nothing"]);
    expect(theme.code).toBe(2);
    expect(theme.stderr).toContain(`--theme "nothing" names no theme in ${TRAINING}.\n  → Use the id of a theme (themeMap.themes): reconnect.`);
    expect((await run(["questionnaire", TRAINING, "--format", "xlsx"])).code).toBe(2);
    expect((await run(["questionnaire", TRAINING, "--lang", "fr"])).stderr).toContain("--lang must be one of en, zh");
  });

  it("exits 2 for a post that rates no question, naming the posts that do, and writes nothing", async () => {
    const dir = tempDir();
    const r = await run(["questionnaire", TRAINING, "--post", "cashier", "--out", "q.csv"], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `gaptrace questionnaire: --post "cashier" rates no question in ${TRAINING}, so its questionnaire would be empty.\n` +
        "  → Use a post that rates questions: meter_tech; or leave out --post for the whole questionnaire.\n",
    );
    expect(existsSync(join(dir, "q.csv"))).toBe(false);
    const themed = await run(["questionnaire", TRAINING, "--post", "it_engineer", "--theme", "reconnect"]);
    expect(themed.code).toBe(2);
    expect(themed.stderr).toContain(`--post "it_engineer" rates no question of the theme reconnect in ${TRAINING}`);
  });
});

describe("gaptrace plan", () => {
  it("writes the sampling plan as CSV with a summary", async () => {
    const r = await run(["plan", UTILITY, "--moe", "5", "--response-rate", "external=0.4,internal=0.9"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split(/\r?\n/)[0]).toMatch(/^level,theme,point,step,section,audience,rater_post,population,driving,required,completes,invitations,/);
    expect(r.stdout).toMatch(/\ntotal,/);
    expect(r.stderr).toContain("margin ±5 points at 95% confidence");
    expect(r.stderr).toMatch(/customers: [\d,]+ completed answers, [\d,]+ invitations/);
  });

  it("needs more answers for a smaller margin", async () => {
    const total = async (moe: string): Promise<number> => {
      const r = await run(["plan", TRAINING, "--moe", moe, "--format", "json"]);
      return (JSON.parse(r.stdout) as { total: { completes: number } }).total.completes;
    };
    expect(await total("3")).toBeGreaterThan(await total("10"));
  });

  it("writes to a file", async () => {
    const dir = tempDir();
    const r = await run(["plan", TRAINING, "--out", "plan.csv", "--population", "reconnect=5000"], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "plan.csv"), "utf8")).toMatch(/^level,/);
    expect(r.stderr).toContain("Wrote plan.csv");
  });

  it("exits 2 for bad numbers", async () => {
    for (const args of [["--moe", "-1"], ["--moe", "five"], ["--confidence", "95"], ["--response-rate", "external=2"], ["--population", "reconnect"], ["--population", "nope=10"]]) {
      const r = await run(["plan", TRAINING, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
    }
    expect((await run(["plan", TRAINING, "--moe=-1"])).stderr).toContain("--moe must be a number between 0 and 100 (exclusive)");
    expect((await run(["plan", TRAINING, "--moe", "-1"])).stderr).toContain("'--moe=-XYZ'");
  });

  it("says the allowed range of a response rate and a design effect, with an example", async () => {
    for (const v of ["0", "1.5", "-0.2", "external=0", "internal=1.01"]) {
      const r = await run(["plan", TRAINING, `--response-rate=${v}`]);
      expect(r.code, v).toBe(2);
      expect(r.stderr, v).toBe(
        `gaptrace plan: --response-rate must be a number above 0 and at most 1, or external=N and/or internal=N, got ${JSON.stringify(v)}.\n` +
          '  → Write e.g. --response-rate 0.4 or --response-rate external=0.4,internal=0.9. Run "gaptrace plan --help" for the options.\n',
      );
    }
    for (const v of ["0.5", "0", "external=0.99"]) {
      const r = await run(["plan", TRAINING, "--design-effect", v]);
      expect(r.code, v).toBe(2);
      expect(r.stderr, v).toContain(`--design-effect must be a number at least 1, or external=N and/or internal=N, got ${JSON.stringify(v)}.`);
      expect(r.stderr, v).toContain("→ Write e.g. --design-effect 1.5 or --design-effect external=1.5,internal=1.");
    }
    expect((await run(["plan", TRAINING, "--response-rate", "1", "--design-effect", "1"])).code).toBe(0);
  });

  it("names --population and lists the themes for a population of an unknown theme", async () => {
    const r = await run(["plan", TRAINING, "--population", "billing=100"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`gaptrace plan: --population "billing" names no theme in ${TRAINING}.\n  → Use the id of a theme (themeMap.themes): reconnect.\n`);
  });
});
