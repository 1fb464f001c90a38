export { BotBrain, brainContext } from "./brain.ts";
export * from "./helpers.ts";
export type { BotActions, BotContext, BotView, SeenEntity, Strategy, StrategyFactory } from "./seam.ts";
export { SimSeat } from "./sim-seat.ts";
export * from "./strategies/index.ts";
export { WorldSight, WorldView } from "./world-view.ts";
