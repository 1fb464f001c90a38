import type { BotContext, Strategy, StrategyFactory } from "@octet/shared/bots";
import type { MatchConnection } from "../../net/connection.ts";

/**
 * What a network-only strategy sees: the shared seam plus the connection
 * itself, for behaviours that only exist on a network (dropping the socket,
 * sending bytes that are not an action). Playing strategies use the seam alone
 * (@octet/shared/bots) so they also run in the sim and in server seats.
 */
export interface NetBotContext extends BotContext {
  readonly conn: MatchConnection;
}

export type NetStrategy = Strategy<NetBotContext>;
export type NetStrategyFactory = StrategyFactory<NetBotContext>;
