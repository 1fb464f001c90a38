import { nextRandom, seedFrom } from "../sim/rng.ts";
import type { BotContext, Strategy } from "./seam.ts";

/**
 * A strategy with its seeded generator and its tick count: the part of a bot
 * every driver (network, sim, server seat) shares. It thinks at most once per
 * server tick, and numbers its ticks from the server tick it first played, so
 * the numbering follows the server's clock even when a tick's view is missed.
 */
export class BotBrain<C extends BotContext = BotContext> {
  readonly strategy: Strategy<C>;
  /** match ticks thought through (BotContext.tick) */
  tick = 0;
  private readonly rng: { rng: number };
  private firstTick = -1;
  private lastTick = -1;

  constructor(strategy: Strategy<C>, seed: number) {
    this.strategy = strategy;
    this.rng = { rng: seedFrom(seed) };
  }

  random(): number {
    return nextRandom(this.rng);
  }

  /**
   * Thinks for server tick `serverTick` unless it already did; returns whether
   * it thought. Throws what the strategy throws.
   */
  thinkAt(serverTick: number, ctx: C): boolean {
    if (serverTick <= this.lastTick) return false;
    if (this.firstTick < 0) this.firstTick = serverTick;
    this.lastTick = serverTick;
    this.tick = serverTick - this.firstTick + 1;
    this.strategy.think(ctx);
    return true;
  }

  /** A new match: ticks count from 1 again (the generator runs on, as a player's habits do). */
  newMatch(): void {
    this.firstTick = -1;
    this.lastTick = -1;
    this.tick = 0;
  }
}

/** The context object a driver hands its brain's strategy: view and actions plus the brain's clock and dice. */
export function brainContext<C extends BotContext>(brain: BotBrain<C>, base: Omit<C, "random" | "tick">): C {
  return Object.defineProperties(base, {
    random: { value: () => brain.random(), enumerable: true },
    tick: { get: () => brain.tick, enumerable: true },
  }) as C;
}
