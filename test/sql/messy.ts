/**
 * A deterministic messy long-form responses CSV for the SQL first-pass tests: few respondents so answers repeat,
 * weights and segments that change between a respondent's rows, case links that conflict, staff rows naming
 * cases, and every kind of bad cell the ledger has a reason for (blank ids, unknown audiences and posts, bad
 * weights, unknown and wrong-audience questions, text, off-scale values, codes, yes/no words, full-width digits).
 */
import { writeFileSync } from "node:fs";
import type { Study } from "../../src/model/study.js";
import { draws } from "../../src/simulate/random.js";

const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** Write `rows` messy rows for `study` to `path`; returns the path. */
export function writeMessyCsv(study: Study, rows: number, path: string, seed = 7): string {
  const r = draws(seed).uniform;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const questions = study.evaluationPoints.flatMap((p) => p.questions);
  const external = questions.filter((q) => q.audience.kind === "external").slice(0, 30);
  const internal = questions.filter((q) => q.audience.kind === "internal");
  const lines = ["respondent,audience,post,region,class,weight,wave,question,value,case,note"];
  for (let i = 0; i < rows; i++) {
    const staff = r() < 0.3;
    const id = r() < 0.005 ? " " : `R${Math.floor(r() * (rows / 12))}`;
    const postNo = Math.floor(r() * 4);
    const own = internal.filter((x) => x.audience.kind === "internal" && x.audience.rater === `post-${postNo}`);
    const q = r() < 0.01 ? pick(["q-unknown", "qe-1x", ""]) : staff ? (r() < 0.9 ? pick(own) : r() < 0.5 ? pick(internal) : pick(external)).id : (r() < 0.97 ? pick(external) : pick(internal)).id;
    const audience = r() < 0.01 ? pick(["visitor", "外部", "INTERNAL"]) : r() < 0.3 ? "" : staff ? pick(["internal", "内部"]) : pick(["external", "ext"]);
    const post = staff ? (r() < 0.02 ? pick(["", "post-99"]) : `post-${postNo}`) : r() < 0.005 ? "post-1" : "";
    // Mostly one weight and class per respondent (by id), now and then another: inconsistent rows.
    const n = Number(id.slice(1)) || 0;
    const weight = r() < 0.01 ? pick(["0", "-1", "abc", "1e13", "２"]) : r() < 0.98 ? ["", "0.5", "2", "1.2"][n % 4] as string : pick(["1.0", "0.8"]);
    const wave = r() < 0.5 ? "" : pick(["2011", "2012"]);
    const region = r() < 0.98 ? (n % 5 === 0 ? "south" : "north") : pick(["south", " north", ""]);
    const cls = r() < 0.98 ? ["", "home", "business"][n % 3] as string : pick(["home", "business"]);
    const value = pick(["1", "2", "3", "4", "5", "5", "4", "3", "0", "7", "10", "100", "99", "4.5", "-0", " 3 ", "３", "DK", "不知道", "", "N/A", "abc", "yes", "否", "1e1", ".5", "+2", "12.25", "168", "200"]);
    const kase = staff ? (r() < 0.1 ? pick(["C1", "C2"]) : "") : r() < 0.6 ? "" : pick(["C1", "C2", "C3", `C-${id}`]);
    lines.push([id, audience, post, region, cls, weight, wave, q, value, kase, "x"].map(csvCell).join(","));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
