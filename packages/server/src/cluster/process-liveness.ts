import { matchMaker, type Presence } from "@colyseus/core";

/** The prefix of the IPC channel each process subscribes to (matchMaker's `p:<processId>`). */
export const PROCESS_CHANNEL_PREFIX = "p:";

/**
 * The processes alive as Redis sees them: those whose IPC channel has a
 * subscriber. Redis drops a killed process's subscriptions the moment its
 * socket closes, so this notices a dead process at once, long before any
 * request to it times out. This process always counts as alive: its own
 * rooms are reached without Redis.
 */
export async function liveProcessIds(presence: Presence = matchMaker.presence): Promise<Set<string>> {
  const channels = await presence.channels(`${PROCESS_CHANNEL_PREFIX}*`);
  const alive = new Set(channels.map((c) => c.slice(PROCESS_CHANNEL_PREFIX.length)));
  alive.add(matchMaker.processId);
  return alive;
}
