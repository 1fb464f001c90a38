import type { Client } from "@colyseus/core";
import { encodeServerMessage, MessageType } from "@octet/shared/protocol";
import type { KillEvent, World } from "@octet/shared/sim";
import type { InterestManager } from "../interest/interest-manager.ts";

/**
 * The kills one player hears about: its own, and those whose victim or killer
 * it could see (last tick's view: whoever saw the victim saw it die). No news
 * through the fog.
 */
export function killsSeenBy(
  kills: readonly KillEvent[],
  me: string,
  seen: ReadonlySet<number> | undefined,
): KillEvent[] {
  return kills.filter(
    (k) =>
      k.victimOwner === me ||
      k.killerOwner === me ||
      seen?.has(k.victimId) === true ||
      seen?.has(k.killerId) === true,
  );
}

/** This tick's kills, to each client that may hear of them (none to spectators: they replay the record). */
export function sendKills(clients: Iterable<Client>, world: World, interest: InterestManager): void {
  const kills = world.kills;
  if (kills.length === 0) return;
  for (const client of clients) {
    const mine = killsSeenBy(kills, client.sessionId, interest.visibleTo(client.sessionId));
    if (mine.length === 0) continue;
    client.sendBytes(MessageType.Server, encodeServerMessage({ events: { tick: world.tick, kills: mine } }));
  }
}
