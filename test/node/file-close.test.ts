/**
 * A data file that cannot be closed (EIO from a network share, say) after it was read: the reader reports it as a
 * located problem of that file, not as a bare error; and when the read itself failed first, the read's problem is
 * the one reported, not the closing one. Node's `open` is wrapped so that a handle's `close` closes the file and
 * then fails.
 */
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { readCasesCsv } from "../../src/node/data.js";
import { study } from "../data/fixture.js";

const failing = vi.hoisted(() => ({ close: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    if (!failing.close) return handle;
    return new Proxy(handle, {
      get(target, key) {
        if (key === "close")
          return async () => {
            await target.close();
            throw Object.assign(new Error("EIO: i/o error, close"), { code: "EIO", errno: -5, syscall: "close" });
          };
        const v = Reflect.get(target, key, target) as unknown;
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

const path = fileURLToPath(new URL("../fixtures/data/cases-long.csv", import.meta.url));
const folder = fileURLToPath(new URL("../fixtures/data/", import.meta.url));

afterEach(() => {
  failing.close = false;
});

describe("closing a data file fails", () => {
  it("after a whole read: a located file/unreadable problem naming the file", async () => {
    failing.close = true;
    const err = await readCasesCsv(study, path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems[0]).toMatchObject({ code: "file/unreadable", location: { file: path } });
    expect((err as Error).message).toContain(path);
  });

  it("after a failed read (a folder given as the file): the read's problem, not the closing one", async () => {
    const plain = await readCasesCsv(study, folder).catch((e: unknown) => e);
    failing.close = true;
    const err = await readCasesCsv(study, folder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems).toEqual((plain as ValidationError).problems);
    expect((err as Error).message).toBe((plain as Error).message);
  });

  it("reads as before when closing works", async () => {
    const records = await readCasesCsv(study, path, { segments: ["region"] });
    expect(records.ledger.summary()).toMatchObject({ rowsRead: 19, accepted: 8, rejected: 11 });
  });
});
