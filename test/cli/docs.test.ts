import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { topHelp } from "../../src/cli/main.js";

describe("docs/cli.md", () => {
  const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");

  it("documents every command with its current help and an example run", () => {
    expect(doc).toContain(topHelp().trimEnd());
    for (const c of COMMANDS) {
      expect(doc, c.name).toContain(`### ${c.name}\n`);
      expect(doc, c.name).toContain(`\`\`\`text\n${c.help.trimEnd()}\n\`\`\``);
      expect(doc, c.name).toContain(`$ gaptrace ${c.name} `);
    }
  });

  it("lists every exit code", () => {
    for (const code of [0, 1, 2, 3, 70]) expect(doc).toMatch(new RegExp(`\\n\\| ${code} \\| `));
  });
});
