import net from "node:net";

/**
 * A TCP proxy in front of a real server (for tests that cut the database off): `cut()` closes the listener and
 * drops every open connection, so new connections are refused as if the server were down; `restore()` listens
 * again. `delayMs` holds each chunk from the server back that long (to keep a request in flight).
 */
export class CuttableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private readonly clients = new Set<net.Socket>();
  delayMs = 0;
  /** Client connections opened through the proxy so far. */
  opened = 0;
  /** Client connections still open (the app's pool connections to the database). */
  get open(): number {
    return this.clients.size;
  }

  constructor(readonly port: number, private readonly targetHost: string, private readonly targetPort: number) {}

  /** Starts (or restarts) listening on `port`. */
  async restore(): Promise<void> {
    if (this.server) return;
    const server = net.createServer((client) => {
      this.opened += 1;
      const upstream = net.connect(this.targetPort, this.targetHost);
      this.sockets.add(client).add(upstream);
      this.clients.add(client);
      const forget = () => {
        this.clients.delete(client);
        this.sockets.delete(client);
        this.sockets.delete(upstream);
        client.destroy();
        upstream.destroy();
      };
      client.on("close", forget).on("error", forget);
      upstream.on("close", forget).on("error", forget);
      client.pipe(upstream);
      upstream.on("data", (chunk) => {
        if (!this.delayMs) client.write(chunk);
        else setTimeout(() => client.writable && client.write(chunk), this.delayMs);
      });
    });
    await new Promise<void>((resolve, reject) => server.once("error", reject).listen(this.port, "127.0.0.1", () => resolve()));
    this.server = server;
  }

  /** Stops listening and drops every connection (the database "goes down"). */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    this.clients.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
