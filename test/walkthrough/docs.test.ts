import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { customerWalkthrough } from "../../src/walkthrough/customer.js";
import { departmentWalkthrough } from "../../src/walkthrough/department.js";
import { postWalkthrough } from "../../src/walkthrough/post.js";
import { training } from "./fixture.js";

describe("docs/walkthroughs.md", () => {
  it("shows excerpts that the library still generates word for word", () => {
    const doc = readFileSync(new URL("../../docs/walkthroughs.md", import.meta.url), "utf8");
    const blocks = [...doc.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
    expect(blocks).toHaveLength(4);
    const scripts = [
      customerWalkthrough(training, "reconnect"),
      customerWalkthrough(training, "reconnect", { lang: "zh" }),
      postWalkthrough(training, "meter_tech"),
      departmentWalkthrough(training, "marketing", { lang: "zh" }),
    ];
    for (const [i, block] of blocks.entries()) {
      // The first block joins two parts of one script (the overview and a stop).
      for (const part of block.split(/\n(?=## Stop )/)) expect(scripts[i]!, `excerpt ${i + 1}`).toContain(part.trimEnd());
    }
  });
});
