/**
 * The executable entry of `gaptrace`: runs {@link main} with the process's arguments and streams and sets the
 * exit code (without calling `process.exit`, so pending output is flushed).
 * @module
 */
import { main } from "./main.js";

// Output piped into a program that stops reading (`gaptrace questionnaire … | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stdin: process.stdin });
