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
