import { affordableUnit, commanderStrategy, ownUnits, pointNear, randomPoint } from "../helpers.ts";
import type { Strategy } from "../seam.ts";

/**
 * Spends gold: trains the dearest unit it can pay for whenever it can (up to
 * the unit limit), keeps its army around its commander, and strolls. Every
 * other time it sends the army a little ahead; in between it calls it back
 * to guard the commander (so bot matches' records hold both kinds of order).
 */
export function trainer(): Strategy {
  return commanderStrategy("trainer", (ctx, c, walker) => {
    const { view, rules } = ctx;
    const units = ownUnits(view);
    if (ctx.tick % 5 === 0 && units.length < rules.players.maxUnits) {
      const kind = affordableUnit(rules, view.gold);
      if (kind) ctx.act.train(kind);
    }
    if (ctx.tick % 40 === 10 && units.length > 0) {
      // Scouting: the army gathers a little ahead of the commander.
      const to = pointNear(rules, c, 300, 40, () => ctx.random());
      ctx.act.order(units.slice(0, rules.limits.maxUnitsPerOrder), to.x, to.y);
    } else if (ctx.tick % 40 === 30 && units.length > 0) {
      // Guard duty: back to the commander's side, following it and fighting off what comes near.
      ctx.act.guard(units.slice(0, rules.limits.maxUnitsPerOrder));
    }
    if (!walker.step(ctx, c) || walker.stuck) {
      // Short strolls, so the army keeps up.
      const p = randomPoint(rules, () => ctx.random());
      walker.to({ x: c.x + (p.x - c.x) * 0.2, y: c.y + (p.y - c.y) * 0.2 });
    }
  });
}
