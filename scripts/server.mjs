// The production HTTP server: Next's request handler behind a plain node:http server, so the app learns the real
// peer address of each connection (Next only fills X-Forwarded-For when a client did not send one, so a spoofed
// header used to pass as the client's address). Each request gets `x-atlas-peer` = the socket's remote address,
// overwriting anything the client sent; lib/auth/client-address.ts trusts forwarded headers only when that peer
// is a configured proxy (TRUSTED_PROXIES). Run by `npm start` (scripts/lib/serve.mjs) and the e2e tests:
//   node scripts/server.mjs            (PORT, default 3000; HOSTNAME, default all interfaces)
// SIGTERM/SIGINT: stop accepting, finish in-flight requests (up to 10 s), then exit.
import http from "node:http";
import next from "next";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
process.env.ATLAS_PEER_HEADER = "1";

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  req.headers["x-atlas-peer"] = req.socket.remoteAddress ?? "";
  handle(req, res).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.listen(port, hostname, () => console.log(`[atlas] ready on http://${hostname ?? "localhost"}:${port}`));

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
