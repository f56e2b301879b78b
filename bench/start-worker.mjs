// The start-up bench's timed process (bench/start.bench.ts runs it in a fresh plain Node, no tsx, no
// --conditions): import one entry point of the built package by name and print the wall-clock time of the
// import. With `--count`, the ES modules that load are counted too, by a loader hook (which slows the import, so
// counted runs are not timed runs). The bench runs this file's text with `node --input-type=module -e`, in the
// package's folder, so the specifier resolves from there (a self-reference by name, as `exports` says):
//   cd <package> && node --input-type=module -e "$(cat bench/start-worker.mjs)" <specifier> [--count]
import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";

const args = process.argv.slice(1).filter((a) => !a.endsWith("start-worker.mjs"));
const specifier = args.find((a) => !a.startsWith("--")) ?? "gaptrace";
const count = process.argv.includes("--count");
const urls = [];
let channel;
if (count) {
  channel = new MessageChannel();
  channel.port1.on("message", (url) => urls.push(url));
  const hook = `
    let port;
    export function initialize(data) { port = data.port; }
    export async function load(url, context, next) { const r = await next(url, context); port.postMessage(url); return r; }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`, { data: { port: channel.port2 }, transferList: [channel.port2] });
}
const t0 = performance.now();
const c0 = process.cpuUsage();
const m = await import(specifier);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
if (count) await new Promise((r) => setTimeout(r, 100)); // let the hook thread's last messages arrive
channel?.port1.close();
const esm = urls.filter((u) => !u.startsWith("node:"));
// A dependency's copy shipped in dist/vendor/ (zod in one file, #zod) is a dependency, not gaptrace's own code.
const own = esm.filter((u) => !u.includes("/node_modules/") && !u.includes("/dist/vendor/"));
const builtins = urls.filter((u) => u.startsWith("node:"));
console.log(JSON.stringify({ specifier, ms, cpuMs: (cpu.user + cpu.system) / 1000, names: Object.keys(m).length, modules: esm.length, own: own.length, builtins }));
