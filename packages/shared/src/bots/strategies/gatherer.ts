import { Kind } from "../../sim/kinds.ts";
import { commanderStrategy, nearest, randomPoint } from "../helpers.ts";
import type { Strategy } from "../seam.ts";

/**
 * Gathers gold: walks its commander to the nearest resource node it sees that
 * still holds gold and stays beside it; explores the map when it sees none.
 */
export function gatherer(): Strategy {
  let exploring = false;
  return commanderStrategy("gatherer", (ctx, c, walker) => {
    const { view } = ctx;
    // Look again every second: nodes run dry and new ones come into view.
    if (ctx.tick % 10 === 1 || !walker.goal) {
      const node = nearest(view, c, (e) => e.kind === Kind.Resource && e.gold > 0);
      if (node) {
        exploring = false;
        // Stand well inside the gathering range, on the side the commander comes from.
        const reach = ctx.rules.resources.gatherRange * 0.5;
        const k = node.distance > 0 ? reach / node.distance : 0;
        walker.to({
          x: node.entity.x + (c.x - node.entity.x) * k,
          y: node.entity.y + (c.y - node.entity.y) * k,
        });
      } else if (!exploring || walker.stuck) {
        exploring = true;
        walker.to(randomPoint(ctx.rules, () => ctx.random()));
      }
    }
    if (!walker.step(ctx, c) && exploring) walker.goal = null;
  });
}
