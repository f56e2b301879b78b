import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { eventLines, watchJsonl } from "../../src/node/monitor.js";
import { UsageError } from "../../src/core/errors.js";
import { loadStudyFileSync } from "../../src/node/study-file.js";

const UTILITY = loadStudyFileSync(new URL("../../examples/studies/power-utility.study.yaml", import.meta.url).pathname).study!;

describe("eventLines", () => {
  it("parses JSON Lines from a stream, skipping blank lines and marking bad ones", async () => {
    const got: unknown[] = [];
    for await (const e of eventLines(Readable.from(['{"type":"tick","time":1}\r\n\n', "{bad\n", '{"a":2}']))) got.push(e);
    expect(got).toEqual([{ type: "tick", time: 1 }, { unparsed: "{bad" }, { a: 2 }]);
  });
  it("refuses an input that is neither a path nor a stream", async () => {
    await expect(eventLines(42 as never).next()).rejects.toBeInstanceOf(UsageError);
  });
});

describe("watchJsonl", () => {
  it("feeds every line to a monitor and returns it with its ledger", async () => {
    const lines = ['{"type":"complaint","time":"2026-01-05T00:00:00Z","kind":"billing_error","customer":"A"}', '{"type":"complaint","time":"2026-01-05T01:00:00Z","kind":"billing_error","customer":"A"}', "nope"];
    const run = watchJsonl(UTILITY, Readable.from(lines.map((l) => `${l}\n`)));
    const alerts = [];
    let r = await run.next();
    while (r.done !== true) {
      alerts.push(r.value);
      r = await run.next();
    }
    expect(alerts.map((a) => a.key)).toEqual(["repeat:billing_error"]);
    expect(r.value.ledger.summary()).toMatchObject({ read: 3, accepted: 2, byReason: [["malformed-event", 1]] });
  });
});
