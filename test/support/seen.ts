import { expect } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { type MatchRecord, Replayer, verifyRecord } from "../../packages/shared/src/record/index.ts";
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
  /**
   * The last ambient tick seen at or before `tick`. A match resumed from its
   * record goes on from the last tick the record had, which can be a tick or
   * two before what its players saw (those ticks run again, without the
   * actions that were lost): what they saw is checked up to that tick.
   */
  upTo(tick: number): SeenTick;
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
  const history: SeenTick[] = [];
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
    history.push(last);
    if (history.length > 200) history.shift();
    ambient++;
  });
  return {
    last: () => {
      if (!last) throw new Error("no ambient tick seen yet");
      return last;
    },
    upTo: (tick) => {
      const seen = history.findLast((s) => s.tick <= tick);
      if (!seen) throw new Error(`no ambient tick seen at or before tick ${tick}`);
      return seen;
    },
    ambientTicks: () => ambient,
    patchesSince: (ms) => patchTimes.filter((t) => t > ms).length,
  };
}

/** The tick a server's log says it resumed `roomId`'s match at ("resuming match ... (room R, ...) at tick N"). */
export function resumedAtTick(output: string, roomId: string): number {
  const line = output.split("\n").find((l) => l.includes("resuming match") && l.includes(`(room ${roomId},`));
  const tick = Number(/ at tick (\d+)/.exec(line ?? "")?.[1]);
  if (!Number.isInteger(tick)) throw new Error(`no "resuming match" line for room ${roomId}`);
  return tick;
}

/**
 * A record continued across processes verifies, goes on past what the players
 * saw, and replays at each player's last seen tick to exactly what that
 * player saw then: gold, score, kills, its living commander and units.
 * Returns how many players were compared.
 */
export function expectRecordShowsWhatWasSeen(
  record: MatchRecord,
  players: Array<{ playerId: string; seen: SeenTick }>,
): number {
  expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
  const at = Math.max(...players.map((p) => p.seen.tick));
  expect(record.ticks.length).toBeGreaterThan(at);
  const replayer = new Replayer(record.header);
  let compared = 0;
  for (const entry of record.ticks) {
    if (entry.tick > at) break;
    replayer.apply(entry);
    for (const { playerId, seen } of players) {
      if (seen.tick !== entry.tick) continue;
      const w = replayer.world.players.get(playerId)!;
      expect({ gold: w.gold, score: w.score, kills: w.kills }).toEqual({
        gold: seen.gold,
        score: seen.score,
        kills: seen.kills,
      });
      const units = [...replayer.world.entities.values()]
        .filter((e) => e.owner === playerId && e.hp > 0)
        .map((e) => e.id)
        .sort((a, b) => a - b);
      expect(units).toEqual(seen.entities);
      compared++;
    }
  }
  return compared;
}
