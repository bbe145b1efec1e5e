import { type ChildProcess, spawn } from "node:child_process";

/**
 * A production server (`node scripts/server.mjs`, the `.next` build) started by a test on its own port, with
 * its stdout collected line by line (the JSON request log). Stop it with `stop()` (SIGTERM; resolves with the
 * exit code).
 */
export class AppServer {
  readonly lines: string[] = [];
  private child: ChildProcess | null = null;
  private exit: Promise<number | null> | null = null;

  constructor(readonly port: number, private readonly env: Record<string, string>) {}

  get url(): string {
    return `http://localhost:${this.port}`;
  }

  /** The request-log entries so far (stdout lines that parse as JSON). */
  entries(): Record<string, unknown>[] {
    return this.lines.flatMap((l) => {
      try {
        return [JSON.parse(l) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }

  /** Spawns the server and resolves once GET /api/health answers (60 s at most). */
  async start(): Promise<void> {
    const child = spawn(process.execPath, ["scripts/server.mjs"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...this.env, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    let buffer = "";
    const collect = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const parts = buffer.split("\n");
      buffer = parts.pop()!;
      this.lines.push(...parts.filter(Boolean));
    };
    child.stdout!.on("data", collect);
    child.stderr!.on("data", collect);
    this.exit = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${this.lines.join("\n")}`);
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {}
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server on ${this.port} did not start:\n${this.lines.join("\n")}`);
  }

  /** Sends a signal (default SIGTERM) and resolves with the exit code. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
    if (!this.child || this.child.exitCode !== null) return this.child?.exitCode ?? null;
    this.child.kill(signal);
    return this.exit;
  }
}
