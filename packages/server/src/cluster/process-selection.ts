import { matchMaker } from "@colyseus/core";
import { liveProcessIds } from "./process-liveness.ts";

/** One process that may receive a new room, and how busy it is. */
export interface ProcessLoad {
  processId: string;
  /** players in its rooms, seats reserved for players on their way included */
  players: number;
  rooms: number;
}

/**
 * The least loaded process: fewest players, then fewest rooms, then one of
 * the equals at random (so processes that look alike share new rooms).
 */
export function pickLeastLoaded(
  loads: ProcessLoad[],
  random: () => number = Math.random,
): string | undefined {
  let best: ProcessLoad[] = [];
  for (const load of loads) {
    const first = best[0];
    const cmp = first ? load.players - first.players || load.rooms - first.rooms : -1;
    if (cmp < 0) best = [load];
    else if (cmp === 0) best.push(load);
  }
  return best[Math.floor(random() * best.length)]?.processId;
}

/**
 * The processes that take new rooms and are alive, with their load.
 * - Taking rooms: listed in Colyseus's process stats (a process shutting down
 *   removes itself from them first thing).
 * - Alive: its IPC channel has a subscriber (see liveProcessIds), so a killed
 *   process stops being chosen at once.
 * - Load: counted from the room listings, whose client counts move with every
 *   seat reservation, not from the stats, which are saved at most once a second.
 */
export async function liveProcessLoads(): Promise<ProcessLoad[]> {
  const [listed, alive, rooms] = await Promise.all([
    matchMaker.stats.fetchAll(),
    liveProcessIds(),
    matchMaker.query({}),
  ]);
  const loads = new Map<string, ProcessLoad>();
  for (const { processId } of listed) {
    if (alive.has(processId)) loads.set(processId, { processId, players: 0, rooms: 0 });
  }
  for (const room of rooms) {
    const load = loads.get(room.processId);
    if (!load) continue;
    load.players += room.clients;
    load.rooms++;
  }
  return [...loads.values()];
}

/**
 * defineServer's selectProcessIdToCreateRoom: new rooms go to the least
 * loaded live process. With no process listed (Redis was just emptied and the
 * others have not listed themselves again yet), the room stays here.
 */
export async function selectLeastLoadedProcess(): Promise<string> {
  return pickLeastLoaded(await liveProcessLoads()) ?? matchMaker.processId;
}
