import { aggressor } from "./aggressor.ts";
import { chaos } from "./chaos.ts";
import { gatherer } from "./gatherer.ts";
import { idle } from "./idle.ts";
import { reconnecter } from "./reconnecter.ts";
import type { StrategyFactory } from "./strategy.ts";
import { trainer } from "./trainer.ts";
import { wanderer } from "./wanderer.ts";

export type { BotActions, BotContext, SeenEntity, Strategy, StrategyFactory } from "./strategy.ts";

/** Every strategy by the name `--strategy` takes. */
export const STRATEGIES: Readonly<Record<string, StrategyFactory>> = {
  wanderer,
  aggressor,
  gatherer,
  trainer,
  idle,
  reconnecter,
  chaos,
};

export const STRATEGY_NAMES: readonly string[] = Object.keys(STRATEGIES);

/** One line per strategy for --help. */
export const STRATEGY_HELP: Readonly<Record<string, string>> = {
  wanderer: "walks its commander between random points",
  aggressor: "trains soldiers and hunts the nearest enemies with its army and commander",
  gatherer: "walks to the nearest gold node and stays beside it; explores when it sees none",
  trainer: "spends its gold on units and keeps them around its commander",
  idle: "away from keyboard: connected, sends nothing",
  reconnecter: "wanders and drops its socket every 6-10 s; the SDK reconnection takes its seat back",
  chaos: "sends malformed, out-of-range and unauthorised actions (about 2/s) between honest moves",
};
