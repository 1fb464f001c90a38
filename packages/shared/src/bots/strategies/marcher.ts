import { Kind } from "../../sim/kinds.ts";
import { commanderStrategy, nearest, ownUnits, pointNear } from "../helpers.ts";
import type { Strategy } from "../seam.ts";

/** How far the army reaches for a target (world units). */
const REACH = 900;
/** How far from its commander an army with nothing to attack marches (world units, each way). */
const ROAM = 600;

/**
 * The benchmarks' busy player (bench:net, bench:client): its commander walks
 * between random points, it trains a unit of a random kind it can pay for
 * every other tick, and every second it sends its army at the nearest
 * creature in reach or marches it somewhere near the commander, so many
 * entities move in every view. It was bots/bot.ts before there was one bot.
 */
export function marcher(): Strategy {
  return commanderStrategy("marcher", (ctx, c, walker) => {
    const { view, rules } = ctx;
    walker.roam(ctx, c, 0.01);
    if (ctx.tick % 2 === 0) {
      const kinds = Object.entries(rules.units).filter(([, u]) => u.cost <= view.gold);
      if (kinds.length > 0) ctx.act.train(kinds[Math.floor(ctx.random() * kinds.length)]![0]);
    }
    if (ctx.tick % 10 !== 5) return;
    const army = ownUnits(view).slice(0, rules.limits.maxUnitsPerOrder);
    if (army.length === 0) return;
    const target = nearest(view, c, (e) => e.owner !== view.playerId && e.kind !== Kind.Resource && e.hp > 0);
    if (target && target.distance < REACH) ctx.act.attack(army, target.entity.id);
    else {
      const to = pointNear(rules, c, 2 * ROAM, 20, () => ctx.random());
      ctx.act.order(army, to.x, to.y);
    }
  });
}
