/** The one wording of file-system failures, shared by problems (both languages) and the command line. */
import { describe, expect, it } from "vitest";
import { fileReason } from "../../src/core/messages/problem-codes.js";
import { unreadableWhy } from "../../src/core/messages/problems-en-words.js";
import { problem, problemText } from "../../src/core/problem.js";
import { fileReason as cliFileReason } from "../../src/cli/shared/context.js";

const err = (code: string): Error => Object.assign(new Error(`${code}: x`), { code });

describe("file reasons", () => {
  it("maps each file-system code to one reason, anything else to other with its code", () => {
    expect(["ENOENT", "EACCES", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EBUSY"].map((c) => fileReason(err(c)).reason)).toEqual([
      "missing", "denied", "denied", "folder", "not-folder", "disk-full", "read-only", "other",
    ]);
    expect(fileReason(err("EBUSY")).detail).toBe("EBUSY");
  });

  it("the command line says the same as a problem does, with the wording for a file used either way", () => {
    expect(cliFileReason(err("ENOENT"))).toBe(unreadableWhy("missing", "ENOENT"));
    expect(cliFileReason(err("EACCES"))).toBe("is not accessible (permission denied)");
    expect(unreadableWhy("denied", "EACCES")).toBe("cannot be read (permission denied)");
    expect(cliFileReason(err("ENOSPC"))).toBe("cannot be written: the disk is full");
    expect(cliFileReason(err("EBUSY"))).toBe("cannot be used (EBUSY)");
  });

  it("a problem about an unreadable file reads in Chinese for every reason", () => {
    for (const code of ["ENOENT", "EPERM", "EISDIR", "ENOTDIR", "ENOSPC", "EROFS", "EBUSY"]) {
      const p = problem("file/unreadable", "error", [], { what: "study", file: "s.yaml", ...fileReason(err(code)) });
      const zh = problemText(p, "zh").message;
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(zh).not.toBe(p.message);
    }
  });
});
