// The segment columns of a responses or cases file written by the simulator: those after `wave`, read from the
// file's first 64 KiB (the header), not from the whole file.
import { closeSync, openSync, readSync } from "node:fs";

/** The segment columns of a file written by the simulator: those after `wave`. */
export function segmentColumns(file: string): string[] {
  const fd = openSync(file, "r");
  const head = Buffer.alloc(65536);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const header = (head.subarray(0, n).toString("utf8").split("\n", 1)[0] ?? "").split(",");
  return header.slice(header.indexOf("wave") + 1);
}
