/**
 * A fixed, deterministic generator of long-form survey responses for the bench study: respondents in turn, each
 * answering distinct questions of their audience (external customers about 40 external questions, internal
 * staff every question their post rates), with about 1% "DK", 1% blanks, 0.2% text that is not a number and 0.2%
 * unknown question ids, so the ledger has work to do. Same seed, same file, byte for byte.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from "node:fs";
import type { Question, Study } from "../src/model/study.js";
import { CLASSES, REGIONS } from "./data-study.js";

const GENERATOR_VERSION = "1";

/** mulberry32: a small, fast, seedable PRNG (public domain). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function valueFor(q: Question, r: () => number): string {
  const s = q.scale;
  switch (s.type) {
    case "likert":
      return String(1 + Math.min(s.points - 1, Math.floor(((r() + r() + r()) / 3) * s.points)));
    case "score":
      return String(Math.min(s.max, Math.floor(((r() + r()) / 2) * (s.max + 1))));
    case "yesno":
      return r() < 0.8 ? "1" : "0";
    case "numeric":
      return String(Math.round(r() * 96 * 10) / 10);
  }
}

/**
 * Write `rows` rows (plus the header) to `path`, unless a file from the same generator version and row count is
 * already there.
 * @returns the path.
 */
export function generateResponses(study: Study, rows: number, path: string, seed = 20110601): string {
  const stamp = `${path}.meta`;
  const meta = `${GENERATOR_VERSION}:${rows}:${seed}`;
  if (existsSync(path) && existsSync(stamp) && readFileSync(stamp, "utf8") === meta && statSync(path).size > 0) return path;
  const r = prng(seed);
  const external = study.evaluationPoints.flatMap((p) => p.questions).filter((q) => q.audience.kind === "external");
  const byPost = new Map<string, Question[]>();
  for (const q of study.evaluationPoints.flatMap((p) => p.questions)) {
    if (q.audience.kind === "internal") byPost.set(q.audience.rater, [...(byPost.get(q.audience.rater) ?? []), q]);
  }
  const posts = [...byPost.keys()];
  const fd = openSync(path, "w");
  let buf = "respondent,audience,post,region,class,weight,wave,question,value\n";
  let written = 0;
  let respondent = 0;
  const pool = external.slice();
  while (written < rows) {
    respondent++;
    const id = `R${respondent}`;
    const wave = respondent % 2 === 0 ? "2011" : "2012";
    const region = REGIONS[Math.floor(r() * REGIONS.length)] as string;
    const internal = r() < 0.27;
    let questions: Question[];
    let prefix: string;
    if (internal) {
      const post = posts[Math.floor(r() * posts.length)] as string;
      questions = byPost.get(post) ?? [];
      prefix = `${id},internal,${post},${region},,1,${wave},`;
    } else {
      // A partial Fisher–Yates shuffle picks 40 distinct questions.
      const k = Math.min(40, pool.length);
      for (let i = 0; i < k; i++) {
        const j = i + Math.floor(r() * (pool.length - i));
        const t = pool[i] as Question;
        pool[i] = pool[j] as Question;
        pool[j] = t;
      }
      questions = pool.slice(0, k);
      const cls = CLASSES[Math.floor(r() * CLASSES.length)] as string;
      const weight = [0.5, 0.8, 1, 1.2, 2][Math.floor(r() * 5)] as number;
      prefix = `${id},external,,${region},${cls},${weight},${wave},`;
    }
    for (const q of questions) {
      if (written >= rows) break;
      const u = r();
      const question = u < 0.002 ? "q-unknown" : q.id;
      const value = u > 0.99 ? "DK" : u > 0.98 ? "" : u > 0.978 ? "abc" : valueFor(q, r);
      buf += `${prefix}${question},${value}\n`;
      written++;
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = "";
      }
    }
  }
  writeSync(fd, buf);
  closeSync(fd);
  writeFileSync(stamp, meta);
  return path;
}
