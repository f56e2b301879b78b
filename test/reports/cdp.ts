/**
 * A minimal Chrome DevTools Protocol client over a pipe, for the browser test: it starts the system's chromium
 * with `--remote-debugging-pipe` (no port, no network, no extra package), opens a page, records console messages,
 * exceptions and network requests, evaluates expressions and takes full-page screenshots. Test-only; Node only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";

/** Where the test looks for the browser. */
export const CHROMIUM = "/usr/bin/chromium";

/** What a page did while it loaded. */
export interface PageLog {
  readonly console: { type: string; text: string }[];
  readonly exceptions: string[];
  readonly logErrors: string[];
  readonly requests: string[];
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/** A running headless chromium driven over its debugging pipe. */
export class Browser {
  private readonly proc: ChildProcess;
  private readonly profile: string;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners: ((msg: { method?: string; params?: Record<string, unknown>; sessionId?: string }) => void)[] = [];
  private buffer = "";
  readonly stderr: string[] = [];

  private constructor(proc: ChildProcess, profile: string) {
    this.proc = proc;
    this.profile = profile;
    const out = proc.stdio[4] as Readable;
    out.setEncoding("utf8");
    out.on("data", (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf("\u0000")) >= 0) {
        const text = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        const msg = JSON.parse(text) as { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string };
        if (msg.id !== undefined) {
          const p = this.pending.get(msg.id);
          this.pending.delete(msg.id);
          if (msg.error !== undefined) p?.reject(new Error(msg.error.message));
          else p?.resolve(msg.result);
        } else for (const l of this.listeners) l(msg);
      }
    });
    proc.stderr?.setEncoding("utf8");
    proc.stderr?.on("data", (d: string) => this.stderr.push(d));
  }

  /** Start chromium headless with a throw-away profile and everything that could reach the network turned off. */
  static launch(): Browser {
    const profile = mkdtempSync(join(tmpdir(), "gaptrace-chromium-"));
    const proc = spawn(
      CHROMIUM,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        "--hide-scrollbars",
        "--mute-audio",
        `--user-data-dir=${profile}`,
        "--remote-debugging-pipe",
        "about:blank",
      ],
      { stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"] },
    );
    return new Browser(proc, profile);
  }

  /** Send a command (to the browser, or to a page session) and wait for its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.nextId++;
    const msg = JSON.stringify({ id, method, params, ...(sessionId !== undefined ? { sessionId } : {}) });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      (this.proc.stdio[3] as Writable).write(`${msg}\u0000`);
    });
  }

  /** Call `f` on every event until the returned function is called. */
  on(f: (msg: { method?: string; params?: Record<string, unknown>; sessionId?: string }) => void): () => void {
    this.listeners.push(f);
    return () => this.listeners.splice(this.listeners.indexOf(f), 1);
  }

  /** Open a page of the given width, load a URL, wait for `load`, and return the session and what it logged. */
  async open(url: string, width: number): Promise<{ session: string; log: PageLog }> {
    const { targetId } = await this.send<{ targetId: string }>("Target.createTarget", { url: "about:blank" });
    const { sessionId } = await this.send<{ sessionId: string }>("Target.attachToTarget", { targetId, flatten: true });
    const log: PageLog = { console: [], exceptions: [], logErrors: [], requests: [] };
    let loaded: () => void = () => undefined;
    const done = new Promise<void>((r) => (loaded = r));
    this.on((m) => {
      if (m.sessionId !== sessionId) return;
      const p = m.params ?? {};
      if (m.method === "Runtime.consoleAPICalled") {
        const args = (p.args as { value?: unknown; description?: string }[] | undefined) ?? [];
        log.console.push({ type: String(p.type), text: args.map((a) => String(a.value ?? a.description ?? "")).join(" ") });
      } else if (m.method === "Runtime.exceptionThrown") log.exceptions.push(JSON.stringify(p.exceptionDetails));
      else if (m.method === "Log.entryAdded") {
        const e = p.entry as { level: string; text: string; url?: string };
        if (e.level === "error") log.logErrors.push(`${e.text} ${e.url ?? ""}`);
      } else if (m.method === "Network.requestWillBeSent") log.requests.push(String((p.request as { url: string }).url));
      else if (m.method === "Page.loadEventFired") loaded();
    });
    await Promise.all([
      this.send("Page.enable", {}, sessionId),
      this.send("Runtime.enable", {}, sessionId),
      this.send("Log.enable", {}, sessionId),
      this.send("Network.enable", {}, sessionId),
    ]);
    await this.send("Emulation.setDeviceMetricsOverride", { width, height: 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await this.send("Page.navigate", { url }, sessionId);
    await done;
    return { session: sessionId, log };
  }

  /** Evaluate an expression in the page and return its value. */
  async evaluate<T>(session: string, expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T } }>("Runtime.evaluate", { expression, returnByValue: true }, session);
    return r.result.value;
  }

  /** A PNG of the whole page (at most `maxHeight` px tall). */
  async screenshot(session: string, width: number, maxHeight = 16000): Promise<Buffer> {
    const metrics = await this.send<{ cssContentSize: { height: number } }>("Page.getLayoutMetrics", {}, session);
    const height = Math.min(maxHeight, Math.ceil(metrics.cssContentSize.height));
    await this.send("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: 1, mobile: false }, session);
    const shot = await this.send<{ data: string }>("Page.captureScreenshot", { format: "png", captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } }, session);
    return Buffer.from(shot.data, "base64");
  }

  /** Close the browser and delete its profile. */
  async close(): Promise<void> {
    const exited = this.proc.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => this.proc.once("exit", () => r()));
    this.send("Browser.close").catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (this.proc.exitCode === null && this.proc.signalCode === null) {
      this.proc.kill("SIGKILL");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
    }
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
