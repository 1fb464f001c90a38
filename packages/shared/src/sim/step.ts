import type { Action, Verdict } from "../protocol/actions.ts";
import { ambientStep } from "./ambient.ts";
import { applyAction } from "./apply.ts";
import { fight, resolveDeaths, respawnCommanders } from "./combat.ts";
import { updatePhase } from "./match.ts";
import { moveUnits } from "./movement.ts";
import { ambientEvery, type World } from "./world.ts";

/** Each player's pending actions by player id (a Map will do; a room passes a view of its seats). */
export type ActionQueues = Pick<ReadonlyMap<string, Action[]>, "get">;

export interface ActionOutcome {
  playerId: string;
  seq: number;
  /** the action as the step consumed it: outcomes in order are what a match record keeps */
  action: Action;
  verdict: Verdict;
}

/**
 * Advances the world by one critical tick.
 *
 * `queues` holds each player's pending actions in seq order. Consumed actions
 * are removed from the queues; a commander move with no move credit left waits
 * in its queue for a later tick, so sending moves faster than the tick rate
 * never moves a commander faster than its speed.
 */
export function step(world: World, queues: ActionQueues): ActionOutcome[] {
  world.tick++;
  world.kills = [];
  world.hits = [];
  const outcomes: ActionOutcome[] = [];
  const cap = world.rules.limits.maxMoveCredits;
  for (const player of world.players.values()) {
    if (player.left) continue;
    player.moveCredits = Math.min(cap, player.moveCredits + 1);
    const queue = queues.get(player.id);
    if (!queue || queue.length === 0) continue;
    let consumed = 0;
    for (const action of queue) {
      if (action.kind === "commanderMove" && player.moveCredits <= 0 && world.phase === "playing") break;
      outcomes.push({
        playerId: player.id,
        seq: action.seq,
        action,
        verdict: applyAction(world, player.id, action),
      });
      consumed++;
    }
    queue.splice(0, consumed);
  }
  if (world.phase === "playing") {
    moveUnits(world);
    fight(world);
    resolveDeaths(world);
    respawnCommanders(world);
    if (world.tick % ambientEvery(world.rules) === 0) ambientStep(world);
  }
  updatePhase(world);
  return outcomes;
}
