import { activePlayers, type RankEntry, ticksFor, type World } from "./world.ts";

/**
 * waiting -> playing -> ended. The match starts when the room is full, or when
 * enough players have waited out the lobby countdown; it ends on time or score.
 */
export function updatePhase(world: World): void {
  const { players, match } = world.rules;
  if (world.phase === "waiting") {
    const n = activePlayers(world).length;
    if (n >= players.max) return startMatch(world);
    if (n < players.minToStart) {
      world.phaseEndTick = 0;
      return;
    }
    if (world.phaseEndTick === 0) world.phaseEndTick = world.tick + ticksFor(world, players.lobbyWaitSeconds);
    if (world.tick >= world.phaseEndTick) startMatch(world);
    return;
  }
  if (world.phase === "playing") {
    const leader = [...world.players.values()].some((p) => p.score >= match.scoreLimit);
    if (leader) return endMatch(world, "score");
    if (world.tick >= world.phaseEndTick) return endMatch(world, "time");
  }
}

export function startMatch(world: World): void {
  world.phase = "playing";
  world.phaseEndTick = world.tick + ticksFor(world, world.rules.match.durationSeconds);
}

export function endMatch(world: World, reason: World["endReason"]): void {
  if (world.phase === "ended") return;
  world.phase = "ended";
  world.endReason = reason;
  world.phaseEndTick = world.tick;
  world.ranking = rank(world);
}

/** Highest score first; kills break ties, then who joined first. */
export function rank(world: World): RankEntry[] {
  return [...world.players.values()]
    .sort((a, b) => b.score - a.score || b.kills - a.kills || a.slot - b.slot)
    .map((p, i) => ({ rank: i + 1, playerId: p.id, name: p.name, score: p.score, kills: p.kills }));
}

/** Seconds left in the current phase (countdown or match clock), whole seconds. */
export function secondsLeft(world: World): number {
  if (world.phaseEndTick === 0 || world.phase === "ended") return 0;
  return Math.max(0, Math.ceil((world.phaseEndTick - world.tick) / world.rules.ticks.criticalHz));
}
