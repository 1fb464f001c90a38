import { actionFromMessage } from "../../packages/shared/src/protocol/index.ts";
import { MatchRecorder, Replayer, readRecord } from "../../packages/shared/src/record/index.ts";
import type { ActionOutcome } from "../../packages/shared/src/sim/index.ts";
import { playScriptedMatch, shortRules } from "../../packages/shared/test/support/scripted-match.ts";

/**
 * The recorder's own work per tick, without sockets or noise from other
 * processes: a busy scripted 8-player match is replayed with the sim, and at
 * each tick the same outcomes go into a fresh recorder; the step and the
 * recorder are timed separately, every tick.
 */
export function recorderCost(seeds: number[]): {
  ticks: number;
  stepUsPerTick: number;
  recordUsPerTick: number;
} {
  let stepMs = 0;
  let recordMs = 0;
  let ticks = 0;
  for (const seed of seeds) {
    const rules = shortRules(60);
    const record = readRecord(playScriptedMatch(rules, seed).bytes);
    const replayer = new Replayer(record.header);
    const recorder = new MatchRecorder({
      matchId: "bench",
      roomId: "bench",
      rulesJson: record.header.rulesJson,
      seed,
      startTimeMs: 0,
      hashEvery: record.header.hashEvery,
    });
    for (const entry of record.ticks) {
      let t = performance.now();
      replayer.apply(entry);
      stepMs += performance.now() - t;
      const ids = replayer.playerIds;
      for (const ev of entry.roster) {
        if (ev.kind === "join") recorder.join(replayer.world.players.get(ev.playerId)!);
      }
      const outcomes: ActionOutcome[] = entry.actions.map((a) => {
        const d = actionFromMessage(a.action, replayer.rules);
        if (!d.ok) throw new Error(d.detail);
        return { playerId: ids[a.player]!, seq: d.action.seq, action: d.action, verdict: { ok: true } };
      });
      t = performance.now();
      recorder.tick(replayer.world, outcomes);
      recordMs += performance.now() - t;
      ticks++;
    }
  }
  return { ticks, stepUsPerTick: (stepMs * 1000) / ticks, recordUsPerTick: (recordMs * 1000) / ticks };
}
