/**
 * The executable entry of `gaptrace`: runs {@link main} with the process's arguments and streams and sets the
 * exit code (without calling `process.exit`, so pending output is flushed).
 * @module
 */
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
