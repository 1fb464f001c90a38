import type { Rules } from "../rules/index.ts";
import type { PublicEntity } from "../sim/world.ts";

/** The entity fields a strategy reads: the same on the wire and in the sim (sim/world.ts declares them once). */
export type SeenEntity = Readonly<PublicEntity>;

/**
 * What a bot sees: one player's view of the match, with fog of war. A network
 * connection's decoded state, a World seen through one player's vision, or a
 * server seat all provide it, so a strategy never knows which it plays on.
 */
export interface BotView {
  readonly rules: Rules;
  readonly playerId: string;
  /** the server tick this view shows (the tick whose step produced it) */
  readonly tick: number;
  /** the player's own gold */
  readonly gold: number;
  /** the player's own commander, when it is in the view */
  commander(): SeenEntity | undefined;
  /** every entity the player can see, its own included */
  forEachEntity(fn: (e: SeenEntity) => void): void;
}

/** What a bot may do this tick: the honest actions a player's input can send. */
export interface BotActions {
  /** one tick of commander movement; false when no move was sent */
  move(dx: -1 | 0 | 1, dy: -1 | 0 | 1): boolean;
  /** order own units to walk to a point */
  order(unitIds: number[], x: number, y: number): void;
  /** order own units to attack an entity */
  attack(unitIds: number[], targetId: number): void;
  /** train a unit of this kind at the commander */
  train(unitKind: string): void;
  /** order own units to follow and guard the commander */
  guard(unitIds: number[]): void;
}

/** What a strategy gets each time it thinks. */
export interface BotContext {
  readonly view: BotView;
  readonly rules: Rules;
  readonly act: BotActions;
  /** the bot's own seeded generator: the same seed gives the same choices */
  random(): number;
  /**
   * Match ticks this bot has thought through (1 on the first call). It counts
   * server ticks, not timer callbacks, so decisions fall on the same ticks in
   * every run with the same seeds.
   */
  readonly tick: number;
}

/**
 * A bot's behaviour: `think` runs once per server tick while the match is
 * being played. It must be a pure function of its context and its own memory
 * (no clocks, no Math.random), so the sim, a server seat and a network bot
 * with the same seed make the same choices from the same views.
 */
export interface Strategy<C extends BotContext = BotContext> {
  readonly name: string;
  /**
   * False for a bot that misbehaves on purpose: its rejections are expected,
   * and honest bots are checked against it.
   */
  readonly honest: boolean;
  think(ctx: C): void;
  /** called when the bot stops (timers to clear) */
  stop?(): void;
}

export type StrategyFactory<C extends BotContext = BotContext> = () => Strategy<C>;
