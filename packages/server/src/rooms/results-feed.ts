import type { Client } from "@colyseus/core";
import { encodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { Seat } from "./seat.ts";

/** Each player's queued rejections, in one message; results for a player not connected are not kept. */
export function flushResults(clients: Iterable<Client>, seats: Map<string, Seat>, tick: number): void {
  for (const client of clients) {
    const results = seats.get(client.sessionId)?.results;
    if (!results || results.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ results: { tick, results } }));
  }
  for (const seat of seats.values()) if (seat.results.length > 0) seat.results = [];
}
