import { liveCommander, randomPoint, Walker } from "../helpers.ts";
import type { BotContext, Strategy } from "../seam.ts";

/** Walks its commander between random points of the map; never trains or fights on purpose. */
export function wanderer(): Strategy {
  const walker = new Walker();
  return {
    name: "wanderer",
    honest: true,
    think(ctx: BotContext) {
      const c = liveCommander(ctx.view);
      if (!c) return;
      // A new goal on arrival, when a wall blocks the way, and now and then on a whim.
      if (!walker.step(ctx, c) || walker.stuck || ctx.random() < 0.005) {
        walker.to(randomPoint(ctx.rules, () => ctx.random()));
        walker.step(ctx, c);
      }
    },
  };
}
