import { PLAY_STRATEGIES, PLAY_STRATEGY_HELP } from "@octet/shared/bots";
import { chaos } from "./chaos.ts";
import { reconnecter } from "./reconnecter.ts";
import type { NetStrategyFactory } from "./strategy.ts";

export type { NetBotContext, NetStrategy, NetStrategyFactory } from "./strategy.ts";

/** Every strategy by the name `--strategy` takes: the shared playing ones and the network-only ones. */
export const STRATEGIES: Readonly<Record<string, NetStrategyFactory>> = {
  ...PLAY_STRATEGIES,
  reconnecter,
  chaos,
};

export const STRATEGY_NAMES: readonly string[] = Object.keys(STRATEGIES);

/** One line per strategy for --help. */
export const STRATEGY_HELP: Readonly<Record<string, string>> = {
  ...PLAY_STRATEGY_HELP,
  reconnecter: "wanders and drops its socket every 6-10 s; the SDK reconnection takes its seat back",
  chaos: "sends malformed, out-of-range and unauthorised actions (about 2/s) between honest moves",
};
