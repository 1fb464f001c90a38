import type { Client } from "@colyseus/core";
import { encodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { KillEvent } from "@octet/shared/sim";
import type { InterestManager } from "../interest/interest-manager.ts";
import { killsSeenBy } from "../interest/kill-fog.ts";
import type { Seat } from "./seat.ts";

/** Kill events go only to players involved or able to see the victim, naming only what they saw. */
export function sendKills(
  clients: Iterable<Client>,
  tick: number,
  kills: KillEvent[],
  interest: InterestManager,
): void {
  if (kills.length === 0) return;
  for (const client of clients) {
    const mine = killsSeenBy(kills, client.sessionId, interest.visibleTo(client.sessionId));
    if (mine.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ events: { tick, kills: mine } }));
  }
}

/** Each connected player's queued rejections, in one results message; then every seat's list is emptied. */
export function flushResults(
  clients: Iterable<Client>,
  tick: number,
  seats: ReadonlyMap<string, Seat>,
): void {
  for (const client of clients) {
    const results = seats.get(client.sessionId)?.results;
    if (!results || results.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ results: { tick, results } }));
  }
  // Results for a player who is not connected are not kept for its return.
  for (const seat of seats.values()) if (seat.results.length > 0) seat.results = [];
}
