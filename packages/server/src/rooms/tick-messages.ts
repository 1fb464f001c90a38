import type { Client } from "@colyseus/core";
import { encodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { World } from "@octet/shared/sim";
import type { InterestManager } from "../interest/interest-manager.ts";
import type { Seat } from "./seat.ts";

/** Kill events go only to players involved or able to see victim or killer: no news through the fog. */
export function sendKills(clients: Iterable<Client>, world: World, interest: InterestManager): void {
  const kills = world.kills;
  if (kills.length === 0) return;
  for (const client of clients) {
    const me = client.sessionId;
    const seen = interest.visibleTo(me);
    const mine = kills.filter(
      (k) =>
        k.victimOwner === me ||
        k.killerOwner === me ||
        seen?.has(k.victimId) === true ||
        seen?.has(k.killerId) === true,
    );
    if (mine.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ events: { tick: world.tick, kills: mine } }));
  }
}

/** Each player's queued rejections, in one message; results for a player not connected are not kept. */
export function flushResults(clients: Iterable<Client>, seats: Map<string, Seat>, tick: number): void {
  for (const client of clients) {
    const results = seats.get(client.sessionId)?.results;
    if (!results || results.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ results: { tick, results } }));
  }
  for (const seat of seats.values()) if (seat.results.length > 0) seat.results = [];
}
