import { isIP } from "node:net";

/*
 * The client's address for rate limits. Forwarded headers are trusted only from configured proxies:
 * TRUSTED_PROXIES is a comma-separated list of proxy addresses (IPv4/IPv6, e.g. "127.0.0.1,10.0.0.5"). The peer is
 * the connection's own address, which scripts/server.mjs puts in `x-atlas-peer` (ATLAS_PEER_HEADER=1 tells that it
 * did; a client cannot set it then, since the server overwrites it).
 */

const normalise = (ip: string) => ip.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").toLowerCase();

/** The configured trusted proxies, normalised (IPv4-mapped IPv6 as IPv4). */
export function trustedProxies(): Set<string> {
  return new Set((process.env.TRUSTED_PROXIES ?? "").split(",").map(normalise).filter((ip) => isIP(ip)));
}

/**
 * The address requests from this client are counted under. Input: the request headers. Output: an IP address,
 * or "unknown". With a known peer (`x-atlas-peer`): the peer itself, unless it is a trusted proxy, in which case
 * X-Forwarded-For is read from the right, skipping trusted proxies, and the first other address is the client.
 * Without a known peer (a bare `next start`, development): the first X-Forwarded-For hop, as Next fills it.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  const peerHeader = process.env.ATLAS_PEER_HEADER === "1" ? headers.get("x-atlas-peer") : null;
  if (peerHeader !== null) {
    const peer = normalise(peerHeader);
    const trusted = trustedProxies();
    if (!trusted.has(peer)) return isIP(peer) ? peer : "unknown";
    for (let i = forwarded.length - 1; i >= 0; i--) {
      const hop = forwarded[i]!;
      if (!trusted.has(hop)) return isIP(hop) ? hop : "unknown";
    }
    return peer;
  }
  const first = forwarded[0] || headers.get("x-real-ip") || "unknown";
  return first.slice(0, 64);
}
