import type { StrategyFactory } from "../seam.ts";
import { aggressor, archers, hunter } from "./aggressor.ts";
import { gatherer } from "./gatherer.ts";
import { idle } from "./idle.ts";
import { marcher } from "./marcher.ts";
import { trainer } from "./trainer.ts";
import { wanderer } from "./wanderer.ts";

/**
 * The strategies that play through the seam alone, so they run anywhere: the
 * bots CLI, the balance lab, a server seat. Network-only behaviours (dropping
 * the socket, sending garbage) live with the bots CLI.
 */
export const PLAY_STRATEGIES: Readonly<Record<string, StrategyFactory>> = {
  wanderer,
  aggressor,
  archers,
  gatherer,
  trainer,
  idle,
  marcher,
};

export const PLAY_STRATEGY_NAMES: readonly string[] = Object.keys(PLAY_STRATEGIES);

/** One line per strategy, for --help texts. */
export const PLAY_STRATEGY_HELP: Readonly<Record<string, string>> = {
  wanderer: "walks its commander between random points",
  aggressor: "trains soldiers and hunts the nearest enemies with its army and commander",
  archers: "like the aggressor, with an army of archers",
  gatherer: "walks to the nearest gold node and stays beside it; explores when it sees none",
  trainer: "spends its gold on the dearest unit it can pay and keeps them around its commander",
  idle: "away from keyboard: in the match, sends nothing",
  marcher: "trains all it can and marches its army every second: the benchmarks' busy player",
};

export { aggressor, archers, gatherer, hunter, idle, marcher, trainer, wanderer };
