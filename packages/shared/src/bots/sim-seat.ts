import type { Action, Unsequenced } from "../protocol/actions.ts";
import { type Entity, isAlive, type World } from "../sim/world.ts";
import { BotBrain, brainContext } from "./brain.ts";
import type { BotActions, BotContext, Strategy } from "./seam.ts";
import { type WorldSight, WorldView } from "./world-view.ts";

/**
 * A strategy playing one seat of a World directly: it sees the world through
 * the player's fog of war and hands its actions, numbered like a client's, to
 * `send` (the balance lab queues them for the next step; a server seat puts
 * them in the room's queue). Call `think()` once after each step.
 */
export class SimSeat {
  readonly playerId: string;
  readonly brain: BotBrain;
  private readonly world: World;
  private readonly ctx: BotContext;
  private seq = 0;

  constructor(
    sight: WorldSight,
    playerId: string,
    strategy: Strategy,
    seed: number,
    send: (action: Action) => void,
  ) {
    this.world = sight.world;
    this.playerId = playerId;
    this.brain = new BotBrain(strategy, seed);
    const view = new WorldView(sight, playerId);
    const out = (a: Unsequenced) => send({ ...a, seq: ++this.seq } as Action);
    const act: BotActions = {
      move: (dx, dy) => {
        if (dx === 0 && dy === 0) return false;
        const c = this.commander();
        // As a network client's prediction does: no move while it cannot be applied.
        if (this.world.phase !== "playing" || !c || !isAlive(c)) return false;
        out({ kind: "commanderMove", dx, dy });
        return true;
      },
      order: (unitIds, x, y) => out({ kind: "moveUnits", unitIds, x, y }),
      attack: (unitIds, targetId) => out({ kind: "attack", unitIds, targetId }),
      train: (unitKind) => out({ kind: "train", unitKind }),
      guard: (unitIds) => out({ kind: "guard", unitIds }),
    };
    this.ctx = brainContext(this.brain, { view, rules: this.world.rules, act });
  }

  /** Thinks for the world's current tick while the match is being played. */
  think(): void {
    if (this.world.phase !== "playing") return;
    this.brain.thinkAt(this.world.tick, this.ctx);
  }

  private commander(): Entity | undefined {
    const p = this.world.players.get(this.playerId);
    return p ? this.world.entities.get(p.commanderId) : undefined;
  }
}
