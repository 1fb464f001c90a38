import type { IncomingMessage } from "node:http";

/** Headers through which a client could claim an address; only a trusted proxy's are believed. */
const FORWARDING_HEADERS = ["x-forwarded-for", "x-real-ip", "x-client-ip"] as const;

/**
 * The address a request's limits are counted under. The socket's peer
 * address, unless the peer is one of `trustProxy`: then the nearest
 * X-Forwarded-For hop that is not itself a trusted proxy.
 */
export function clientAddress(req: IncomingMessage, trustProxy: readonly string[]): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (trustProxy.length === 0 || !trustProxy.includes(peer)) return peer;
  const header = req.headers["x-forwarded-for"];
  const hops = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "");
  for (let i = hops.length - 1; i >= 0; i--) if (!trustProxy.includes(hops[i]!)) return hops[i]!;
  return peer;
}

/**
 * Replaces whatever forwarding headers the request came with by the one
 * address Octet decided on, so Colyseus (which reads X-Real-IP and
 * X-Forwarded-For for a client's ip as given) sees the same address.
 */
export function pinClientAddress(req: IncomingMessage, address: string): void {
  for (const h of FORWARDING_HEADERS) delete req.headers[h];
  req.headers["x-real-ip"] = address;
}
