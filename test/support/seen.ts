import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { ambientEvery } from "../../packages/shared/src/sim/index.ts";

/** A player's own numbers as its state showed them after one tick. */
export interface SeenTick {
  tick: number;
  gold: number;
  score: number;
  kills: number;
  /** ids of its living commander and units, ascending */
  entities: number[];
}

export interface Seen {
  /** the last ambient tick seen (scoreboard fields are synced on those only) */
  last(): SeenTick;
  ambientTicks(): number;
  patchesSince(ms: number): number;
}

/**
 * Watches what a player's own state says on ambient ticks, where gold, score
 * and kills are exact for that tick: what a record replayed to the same tick
 * must show. Follows the connection across rooms (a resumed match).
 */
export function watchOwnPlayer(conn: MatchConnection): Seen {
  let last: SeenTick | null = null;
  let ambient = 0;
  const patchTimes: number[] = [];
  const every = ambientEvery(conn.rules);
  conn.on("patch", () => {
    patchTimes.push(Date.now());
    const state = conn.state;
    const me = state.players.get(conn.playerId);
    if (!me || state.tick % every !== 0) return;
    const entities: number[] = [];
    state.entities.forEach((e) => {
      if (e.owner === conn.playerId && e.hp > 0) entities.push(e.id);
    });
    entities.sort((a, b) => a - b);
    last = { tick: state.tick, gold: me.gold, score: me.score, kills: me.kills, entities };
    ambient++;
  });
  return {
    last: () => {
      if (!last) throw new Error("no ambient tick seen yet");
      return last;
    },
    ambientTicks: () => ambient,
    patchesSince: (ms) => patchTimes.filter((t) => t > ms).length,
  };
}
