import { describe, expect, it } from "vitest";
import { designLang, inBoth, type PlanRowCase, type PlanRowParams } from "../../src/design/words.js";

const params: PlanRowParams = {
  audience: "internal",
  who: "Crew leader",
  population: 12,
  target: "5.0",
  moe: "4.2",
  process: "9.9",
  n0: 385,
  completes: 9,
  required: 11,
  invitations: 10,
  rate: "90%",
};

describe("designLang", () => {
  it("keeps a known language and falls back to English for anything else", () => {
    expect(designLang("zh")).toBe("zh");
    expect(designLang("en")).toBe("en");
    expect(designLang("fr")).toBe("en");
    expect(designLang(undefined)).toBe("en");
  });
});

describe("inBoth", () => {
  it("writes each language from its own table, with that language's side of a name", () => {
    const who = { en: "Crew leader", zh: "抢修负责人" };
    const t = inBoth((w, lang) => w.nobody(who[lang]));
    expect(t.en).toBe("Crew leader has a headcount of 0: nobody can answer; check the post's headcount.");
    expect(t.zh).toBe("抢修负责人岗位人数为0，无人可答；请核对岗位人数。");
  });

  it("words every row case in both languages, quoting the row's numbers", () => {
    const cases: PlanRowCase[] = ["large", "none", "short", "census-all", "census", "sample"];
    const texts = cases.map((c) => inBoth((w) => w.row[c](params)));
    for (const t of texts) {
      expect(t.en).not.toBe(t.zh);
      expect(t.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    // Each case says something different.
    expect(new Set(texts.map((t) => t.en)).size).toBe(cases.length);
    expect(texts[3]!.en).toContain("would need 385 answers from a large population; 12 people cannot give more than 12");
    expect(texts[5]!.zh).toBe("从Crew leader共12人中完成9份有效答卷（邀请10人），误差±4.2分。");
  });

  it("names the customers, not a post, in a customer row", () => {
    const t = inBoth((w) => w.row.sample({ ...params, audience: "external", who: w.customers, population: 4000 }));
    expect(t.en).toBe("9 completed answers from the 4000 customers (invite 10) give ±4.2 points.");
    expect(t.zh).toBe("从客户总体4000人中完成9份有效答卷（邀请10人），误差±4.2分。");
  });
});
