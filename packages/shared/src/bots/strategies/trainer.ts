import { affordableUnit, liveCommander, ownUnits, randomPoint, Walker } from "../helpers.ts";
import type { BotContext, Strategy } from "../seam.ts";

/**
 * Spends gold: trains the dearest unit it can pay for whenever it can (up to
 * the unit limit), keeps its army around its commander, and strolls.
 */
export function trainer(): Strategy {
  const walker = new Walker();
  return {
    name: "trainer",
    honest: true,
    think(ctx: BotContext) {
      const { view, rules } = ctx;
      const c = liveCommander(view);
      if (!c) return;
      const units = ownUnits(view);
      if (ctx.tick % 5 === 0 && units.length < rules.players.maxUnits) {
        const kind = affordableUnit(rules, view.gold);
        if (kind) ctx.act.train(kind);
      }
      if (ctx.tick % 20 === 10 && units.length > 0) {
        // Guard duty: the army gathers a little ahead of the commander.
        const x = Math.round(Math.min(rules.map.width - 40, Math.max(40, c.x + (ctx.random() - 0.5) * 300)));
        const y = Math.round(Math.min(rules.map.height - 40, Math.max(40, c.y + (ctx.random() - 0.5) * 300)));
        ctx.act.order(units.slice(0, rules.limits.maxUnitsPerOrder), x, y);
      }
      if (!walker.step(ctx, c) || walker.stuck) {
        // Short strolls, so the army keeps up.
        const p = randomPoint(rules, () => ctx.random());
        walker.to({ x: c.x + (p.x - c.x) * 0.2, y: c.y + (p.y - c.y) * 0.2 });
      }
    },
  };
}
