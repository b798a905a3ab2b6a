// Runs the contact server as its own process (as in production) for the bench, so that it can be
// killed with SIGKILL and restarted on the same database. Its stdout and stderr go to a log file
// that the bench later searches for identifying data.

import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, closeSync, openSync } from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.join(import.meta.dirname, "../..");

// If the bench itself fails, no server it started may outlive it.
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) if (child.exitCode === null) child.kill("SIGKILL");
});

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export class ServerProcess {
  private child: ChildProcess | undefined;
  readonly origin: string;
  starts = 0;

  constructor(
    private readonly dbUrl: string,
    readonly port: number,
    private readonly logFile: string,
  ) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const log = openSync(this.logFile, "a");
    // `node --import tsx` keeps the server in one process, so SIGKILL hits the server itself.
    this.child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
      cwd: root,
      env: { ...process.env, CONTACT_DB: this.dbUrl, CONTACT_PORT: String(this.port), CONTACT_RATE_LIMITS: "off", CONTACT_DEMO: "1" },
      stdio: ["ignore", log, log],
    });
    closeSync(log);
    running.add(this.child);
    const started = this.starts + 1;
    this.child.once("exit", (code, signal) => appendFileSync(this.logFile, `bench: server start ${started} exited (code ${code}, signal ${signal})\n`));
    this.starts++;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the server exited with ${this.child.exitCode}; see ${this.logFile}`);
      try {
        if ((await fetch(`${this.origin}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error("the server did not come up within 30 s");
  }

  get alive(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  }
}
