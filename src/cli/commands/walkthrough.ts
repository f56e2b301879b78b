/**
 * `gaptrace walkthrough <study> (--customer THEME | --post P | --department D)`: a process walkthrough script
 * (流程穿越) in Markdown, for training: as the customer, as another post or as another department.
 * @module
 */
import { customerWalkthrough, departmentWalkthrough, postWalkthrough } from "../../walkthrough/index.js";
import { checkIds, langFlag, pathFlag, stringFlag, usage, type Command } from "../shared/command.js";
import { checkOut, EXIT, writeOutput } from "../shared/context.js";
import { loadStudy } from "../shared/study.js";

/** The `walkthrough` command. */
export const walkthroughCommand: Command = {
  name: "walkthrough",
  summary: "a process walkthrough script (流程穿越) in Markdown",
  positionals: ["study"],
  options: {
    customer: { type: "string" },
    post: { type: "string" },
    department: { type: "string" },
    lang: { type: "string" },
    out: { type: "string", short: "o" },
  },
  help: `Usage: gaptrace walkthrough <study> (--customer THEME | --post POST | --department DEPT) [--lang en|zh] [--out FILE]

Write a process walkthrough script (流程穿越) for training, in Markdown: walk one theme's process as the
customer (客户穿越), or walk the process as another post (岗位穿越) or department (部门穿越). Steps come in
process order (rework loops not followed, parallel steps marked), each with a check-list (- [ ]).

Options:
  --customer THEME      walk this theme (an id from themeMap.themes) as the customer
  --post POST           walk the steps of this post (an id from organisation.posts)
  --department DEPT     walk the steps of this department (an id from organisation.departments)
  --lang en|zh          language of the script (default en)
  -o, --out FILE        write the script to FILE instead of standard output
  -h, --help            show this help

Give exactly one of --customer, --post and --department.

Exit codes: 0 written, 1 the study has errors, 2 usage error or an id not in the study, 3 a file cannot be
read or written.

Example:
  gaptrace walkthrough examples/studies/training.study.yaml --customer reconnect --lang zh --out customer.md
`,
  async run({ io, values, positionals }) {
    const path = positionals[0] ?? "";
    const lang = langFlag("walkthrough", values);
    const chosen = (["customer", "post", "department"] as const).flatMap((k) => {
      const v = stringFlag(values, k);
      return v === undefined ? [] : [[k, v] as const];
    });
    if (chosen.length !== 1) throw usage("walkthrough", chosen.length === 0 ? "give one of --customer THEME, --post POST or --department DEPT." : "give only one of --customer, --post and --department.");
    const [kind, id] = chosen[0]!;
    const out = pathFlag("walkthrough", values, "out");
    await checkOut(io, "walkthrough", out, "file", ".md");
    const study = await loadStudy(io, path);
    if (kind === "customer") checkIds("walkthrough", "--customer", [id], study.blueprints.map((b) => b.theme), "theme with a blueprint (blueprints[].theme)", path);
    if (kind === "post") checkIds("walkthrough", "--post", [id], study.organisation.posts.map((p) => p.id), "post (organisation.posts)", path);
    if (kind === "department") checkIds("walkthrough", "--department", [id], study.organisation.departments.map((d) => d.id), "department (organisation.departments)", path);
    const md =
      kind === "customer"
        ? customerWalkthrough(study, id, { lang })
        : kind === "post"
          ? postWalkthrough(study, id, { lang })
          : departmentWalkthrough(study, id, { lang });
    const written = await writeOutput(io, out, md);
    if (written !== undefined) io.stderr.write(`Wrote ${out}\n`);
    return EXIT.ok;
  },
};
