import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { createMonitor } from "../../src/monitor/monitor.js";
import { simulateEventStream, type StreamOptions } from "../../src/monitor/stream.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";
import { run, tempDir, TRAINING, UTILITY } from "./helpers.js";

const OPTIONS: StreamOptions = {
  seed: 9,
  days: 15,
  isoTimes: true,
  complaints: [{ kind: "billing_error", perHour: 1 }],
  outbreaks: [{ type: "surge", kind: "billing_error", startHour: 24 * 12 + 9, hours: 6, factor: 4 }],
};

function eventsFile(dir: string): { path: string; lines: string[] } {
  const lines = [...simulateEventStream(OPTIONS)].map((e) => JSON.stringify(e));
  lines.splice(10, 0, "{not json", "", JSON.stringify({ type: "complaint", time: (JSON.parse(lines[9] ?? "{}") as { time: string }).time, kind: "ghost" }));
  const path = join(dir, "events.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { path, lines };
}

describe("gaptrace watch", () => {
  it("writes the same alerts as the library, as JSON Lines, and the ledger and review", async () => {
    const dir = tempDir();
    const { lines } = eventsFile(dir);
    const r = await run(["watch", UTILITY, "--events", "events.jsonl", "--out", "alerts.jsonl", "--review", "review.json", "--ledger", "ledger.json"], dir);
    expect(r.code).toBe(0);
    const study = loadStudyFileSync(UTILITY).study!;
    const expected = createMonitor(study).pushAll(lines.filter((l) => l !== "").map((l) => { try { return JSON.parse(l) as unknown; } catch { return { unparsed: l }; } }));
    const written = readFileSync(join(dir, "alerts.jsonl"), "utf8");
    expect(written).toBe(expected.map((a) => `${JSON.stringify(a)}\n`).join(""));
    expect(expected.some((a) => a.key === "surge:billing_error" && a.action === "raised")).toBe(true);
    const ledger = JSON.parse(readFileSync(join(dir, "ledger.json"), "utf8")) as { read: number; byReason: unknown };
    expect(ledger.read).toBe(lines.length - 1);
    expect(ledger.byReason).toEqual([["malformed-event", 1], ["unknown-kind", 1]]);
    const review = JSON.parse(readFileSync(join(dir, "review.json"), "utf8")) as { byPost: { post: string }[] };
    expect(review.byPost.map((p) => p.post)).toContain("billing_clerk");
    expect(r.stderr).toMatch(/Events: \d+ read, \d+ accepted, 2 rejected \(malformed-event 1, unknown-kind 1\)\./);
  });

  it("reads standard input and exits 1 with --strict when events were rejected", async () => {
    let stdout = "";
    let stderr = "";
    const stdin = Readable.from([`{"type":"tick","time":"2026-01-05T00:00:00Z"}\n`, "garbage\n"]);
    const code = await main(["watch", UTILITY, "--strict"], { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd: tempDir(), stdin });
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("2 read, 1 accepted, 1 rejected (malformed-event 1)");
  });

  it("exits 2 for a study without monitoring or a bad calendar, 3 for a missing events file", async () => {
    expect((await run(["watch", TRAINING, "--events", "x.jsonl"])).code).toBe(2);
    const bad = await run(["watch", UTILITY, "--events", "x.jsonl", "--utc-offset", "8"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("utcOffset");
    expect((await run(["watch", UTILITY, "--events", "missing.jsonl"], tempDir())).code).toBe(3);
  });
});

describe("gaptrace attribute --review: the period's alerts in the report and its responsibility lists", () => {
  it("puts each post's alerts in its responsibility list, a post with alerts and no finding included", async () => {
    const dir = tempDir();
    eventsFile(dir);
    expect((await run(["watch", UTILITY, "--events", "events.jsonl", "--out", "alerts.jsonl", "--review", "review.json"], dir)).code).toBe(0);
    expect((await run(["simulate", UTILITY, "--out", "sim", "--seed", "3"], dir)).code).toBe(0);
    const r = await run(["attribute", UTILITY, "-r", "sim/responses.csv", "-c", "sim/cases.csv", "--review", "review.json", "--accept-partial", "-o", "out"], dir);
    expect(r.stderr).not.toMatch(/error/);
    const doc = JSON.parse(readFileSync(join(dir, "out", "report.json"), "utf8")) as {
      monitoring?: { byPost: { post: { id: string } }[] };
      responsibility: { posts: { post: { id: string }; entries: unknown[]; alerts?: { raised: number; text: string } }[]; departments: { department: { id: string }; alerts?: { raised: number } }[] };
    };
    const review = JSON.parse(readFileSync(join(dir, "review.json"), "utf8")) as { byPost: { post: string; raised: number }[]; byDepartment: { department: string; raised: number }[] };
    expect(doc.monitoring?.byPost.map((p) => p.post.id)).toEqual(review.byPost.map((p) => p.post));
    for (const row of review.byPost) {
      const list = doc.responsibility.posts.find((p) => p.post.id === row.post);
      expect(list?.alerts?.raised, row.post).toBe(row.raised);
      expect(list?.alerts?.text).toMatch(new RegExp(`^Early warning in the review period: ${row.raised} incidents? raised`));
    }
    // A post with alerts and no finding gets a list of its own, with no entries.
    expect(doc.responsibility.posts.some((p) => p.entries.length === 0 && p.alerts !== undefined)).toBe(true);
    for (const row of review.byDepartment) expect(doc.responsibility.departments.find((d) => d.department.id === row.department)?.alerts?.raised).toBe(row.raised);
    const md = readFileSync(join(dir, "out", "report.md"), "utf8");
    const clerk = review.byPost.find((p) => p.post === "billing_clerk");
    expect(clerk).toBeDefined();
    expect(md).toMatch(/#### Billing and accounts clerk[^\n]*\n\nEarly warning in the review period: \d+ incidents? raised/);
    // Without --review the lists carry no alerts and no list is added.
    const plain = await run(["attribute", UTILITY, "-r", "sim/responses.csv", "-c", "sim/cases.csv", "--accept-partial", "-o", "plain"], dir);
    expect(plain.code).toBe(0);
    const p = JSON.parse(readFileSync(join(dir, "plain", "report.json"), "utf8")) as { responsibility: { posts: { alerts?: unknown; entries: unknown[] }[] } };
    expect(p.responsibility.posts.every((x) => x.alerts === undefined && x.entries.length > 0)).toBe(true);
  });

  it("refuses a review that is not JSON, or names a post the study does not have, located at the file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), "{ not json");
    const notJson = await run(["attribute", UTILITY, "-c", "cases.csv", "--review", "bad.json"], dir);
    expect([1, 3]).toContain(notJson.code);
    eventsFile(dir);
    expect((await run(["watch", UTILITY, "--events", "events.jsonl", "--review", "review.json"], dir)).code).toBe(0);
    const review = JSON.parse(readFileSync(join(dir, "review.json"), "utf8")) as { byPost: { post: string }[] };
    review.byPost[0]!.post = "ghost_post";
    writeFileSync(join(dir, "other.json"), JSON.stringify(review));
    expect((await run(["simulate", UTILITY, "--out", "sim", "--seed", "3"], dir)).code).toBe(0);
    const other = await run(["attribute", UTILITY, "-c", "sim/cases.csv", "--review", "other.json", "-o", "out"], dir);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('error monitor/review-file at other.json byPost[0].post: The monitoring review names post "ghost_post", which the study does not have.');
    const broken = await run(["attribute", UTILITY, "-c", "sim/cases.csv", "--review", "bad.json", "-o", "out"], dir);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/error monitor\/review-file at bad\.json: The monitoring review is not JSON/);
  });
});
