import type { Rules } from "../rules/index.ts";
import { distSq, type Point, slide, stepToward } from "./geometry.ts";
import { GuardPlan } from "./guard.ts";
import { combatStats, Kind, unitStats } from "./kinds.ts";
import { SightCache } from "./vision.ts";
import { type Entity, isAlive, type World } from "./world.ts";

/**
 * One critical tick of commander movement in direction (dx, dy). This is THE
 * function both the server and the client's prediction run, so it depends only
 * on the rules and the position.
 */
export function moveCommander(rules: Rules, p: Point, dx: number, dy: number): Point {
  if (dx === 0 && dy === 0) return { x: p.x, y: p.y };
  const step = rules.commander.speed / rules.ticks.criticalHz;
  // Diagonals move at the same speed as straight lines.
  const scale = dx !== 0 && dy !== 0 ? step * Math.SQRT1_2 : step;
  return slide(rules, p, dx * scale, dy * scale, rules.commander.radius);
}

/**
 * Moves every unit with an order one critical tick along it. A unit chasing a
 * target its owner cannot see goes to where the target was last seen, and
 * gives up once there with the target still out of sight. A guarding unit
 * follows its commander or chases what threatens it (guard.ts); its order
 * never ends by itself.
 */
export function moveUnits(world: World): void {
  const dt = 1 / world.rules.ticks.criticalHz;
  let sight: SightCache | undefined;
  let guards: GuardPlan | undefined;
  for (const e of world.entities.values()) {
    if (e.kind < Kind.FirstUnit || e.order === null) continue;
    const stats = combatStats(world, e.kind);
    if (!stats) continue;
    const order = e.order;
    let tx: number;
    let ty: number;
    if (order.type === "move") {
      tx = order.x;
      ty = order.y;
    } else if (order.type === "guard") {
      // Built on first use: guards that only follow never look at the fog.
      guards ??= new GuardPlan(world, () => (sight ??= new SightCache(world)));
      const aim = guards.aim(e, order, unitStats(world, e.kind)!);
      if (!aim) continue;
      tx = aim.x;
      ty = aim.y;
    } else {
      const target = world.entities.get(order.targetId);
      if (!target || !isAlive(target)) {
        e.order = null;
        continue;
      }
      sight ??= new SightCache(world);
      if (sight.sees(e.owner, target)) {
        order.lastX = target.x;
        order.lastY = target.y;
        // Close in until the target is in range, then let combat do the rest.
        if (withinReach(world, e, target, stats.range)) continue;
      }
      tx = order.lastX;
      ty = order.lastY;
    }
    const s = stepToward(e, tx, ty, stats.speed * dt);
    const next = slide(world.rules, e, s.dx, s.dy, stats.radius);
    const stuck = next.x === e.x && next.y === e.y;
    e.x = next.x;
    e.y = next.y;
    // A move ends on arrival; a chase ends there too if the target is still out of sight.
    const lostTrail = order.type === "attack" && !sight!.sees(e.owner, world.entities.get(order.targetId)!);
    if ((s.arrived || stuck) && (order.type === "move" || lostTrail)) e.order = null;
  }
}

/** Whether `e` is close enough to `target` to stop closing in (range plus half the target's radius). */
export function withinReach(world: World, e: Entity, target: Entity, range: number): boolean {
  const reach = range + targetRadius(world, target) * 0.5;
  return distSq(e.x, e.y, target.x, target.y) <= reach * reach;
}

export function targetRadius(world: World, e: Entity): number {
  return combatStats(world, e.kind)?.radius ?? 0;
}
