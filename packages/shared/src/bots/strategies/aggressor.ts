import { Kind } from "../../sim/kinds.ts";
import { affordableUnit, commanderStrategy, isEnemy, nearest, ownUnits, randomPoint } from "../helpers.ts";
import type { Strategy } from "../seam.ts";

/** How far the aggressor's army reaches for a target (world units). */
const HUNT_RANGE = 900;

/**
 * Hunts enemies: trains soldiers whenever it can pay, walks its commander
 * toward the nearest enemy it sees, and sends its army at it. With no enemy in
 * sight it roams the map looking for one.
 */
export function aggressor(): Strategy {
  return hunter("aggressor", "soldier");
}

/** The aggressor's hunt with an army of archers: the archer-heavy player of a balance run. */
export function archers(): Strategy {
  return hunter("archers", "archer");
}

/**
 * Trains `unitKind` whenever it can pay (the dearest affordable kind when the
 * rules have no such unit or it cannot pay for one) and hunts.
 */
export function hunter(name: string, unitKind: string): Strategy {
  return commanderStrategy(name, (ctx, c, walker) => {
    const { view } = ctx;
    const enemy = nearest(view, c, (e) => isEnemy(view, e));
    if (enemy) {
      // Close in to attack range, then stand and let the auto-attack work.
      if (enemy.distance > ctx.rules.commander.range * 0.8) walker.to(enemy.entity);
      else walker.goal = null;
    } else if (!walker.goal || walker.stuck) {
      walker.to(randomPoint(ctx.rules, () => ctx.random()));
    }
    if (!walker.step(ctx, c) && !enemy) walker.goal = null;

    if (ctx.tick % 10 === 0) {
      const gold = view.gold;
      if (gold >= (ctx.rules.units[unitKind]?.cost ?? Number.POSITIVE_INFINITY)) ctx.act.train(unitKind);
      else {
        const kind = affordableUnit(ctx.rules, gold);
        if (kind) ctx.act.train(kind);
      }
    }
    if (ctx.tick % 10 === 5) {
      const army = ownUnits(view).slice(0, ctx.rules.limits.maxUnitsPerOrder);
      if (army.length === 0) return;
      // Enemy players first; creeps are practice when no player is near.
      const target =
        enemy && enemy.distance < HUNT_RANGE
          ? enemy
          : nearest(
              view,
              c,
              (e) => e.kind === Kind.Creep && e.hp > 0 && Math.hypot(e.x - c.x, e.y - c.y) < HUNT_RANGE,
            );
      if (target) ctx.act.attack(army, target.entity.id);
      else ctx.act.order(army, Math.round(c.x), Math.round(c.y));
    }
  });
}
