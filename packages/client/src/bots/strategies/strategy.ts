import type { Rules } from "@octet/shared/rules";
import type { PublicEntity } from "@octet/shared/sim";
import type { MatchConnection } from "../../net/connection.ts";

/** The entity fields strategies read from the decoded state. */
export type SeenEntity = PublicEntity;

/**
 * How a strategy acts. Every honest action goes through here to
 * MatchConnection.send, which times it from send to acknowledgement; commander
 * moves and unit orders use the connection's prediction, as the browser does.
 */
export interface BotActions {
  /** one tick of commander movement (predicted); false when no move was sent */
  move(dx: -1 | 0 | 1, dy: -1 | 0 | 1): boolean;
  /** order own units to a point (predicted) */
  order(unitIds: number[], x: number, y: number): void;
  attack(unitIds: number[], targetId: number): void;
  train(unitKind: string): void;
}

/** What a strategy sees each tick. */
export interface BotContext {
  readonly conn: MatchConnection;
  readonly rules: Rules;
  readonly act: BotActions;
  /** seeded: the same --seed gives the same choices */
  random(): number;
  /** critical ticks this bot has thought through so far (1 on the first call) */
  readonly tick: number;
}

/**
 * A bot's behaviour: `think` runs once per critical tick while the bot is
 * connected and its match is being played. Each strategy module exports a
 * factory, so every bot gets its own instance and memory.
 */
export interface Strategy {
  readonly name: string;
  /**
   * False for a bot that misbehaves on purpose: its rejections are expected,
   * and honest bots are checked against it.
   */
  readonly honest: boolean;
  think(ctx: BotContext): void;
  /** called when the bot stops (timers to clear) */
  stop?(): void;
}

export type StrategyFactory = () => Strategy;
