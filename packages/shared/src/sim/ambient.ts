import { distSq, slide, stepToward } from "./geometry.ts";
import { isUnitKind, Kind } from "./kinds.ts";
import { randomRange } from "./rng.ts";
import { ambientEvery, type Entity, isAlive, type World } from "./world.ts";

/**
 * The ambient systems: they run every k-th critical tick (the ambient rate), so
 * the fields they own change, and cost bytes, only then.
 */
export function ambientStep(world: World): void {
  const dt = ambientEvery(world.rules) / world.rules.ticks.criticalHz;
  regrowAndGather(world, dt);
  passiveIncome(world, dt);
  wanderCreeps(world, dt);
}

function regrowAndGather(world: World, dt: number): void {
  const { resources } = world.rules;
  const reach = resources.gatherRange * resources.gatherRange;
  const gatherers = [...world.entities.values()].filter(
    (e) => e.owner !== "" && isAlive(e) && (e.kind === Kind.Commander || (isUnitKind(e.kind) && isIdle(e))),
  );
  for (const node of world.entities.values()) {
    if (node.kind !== Kind.Resource) continue;
    node.gold = Math.min(resources.maxGold, node.gold + resources.regrowPerSecond * dt);
    for (const g of gatherers) {
      if (node.gold <= 0) break;
      if (distSq(g.x, g.y, node.x, node.y) > reach) continue;
      const player = world.players.get(g.owner);
      if (!player) continue;
      const take = Math.min(node.gold, resources.gatherPerSecond * dt);
      node.gold -= take;
      player.gold += take;
    }
  }
}

/** No order, or a guard standing by (not chasing): such a unit gathers beside its commander. */
function isIdle(e: Entity): boolean {
  return e.order === null || (e.order.type === "guard" && e.order.targetId === 0);
}

function passiveIncome(world: World, dt: number): void {
  const income = world.rules.players.goldPerSecond * dt;
  for (const p of world.players.values()) if (!p.left) p.gold += income;
}

function wanderCreeps(world: World, dt: number): void {
  const { creeps } = world.rules;
  for (const c of world.entities.values()) {
    if (c.kind !== Kind.Creep) continue;
    if (!isAlive(c)) {
      if (c.respawnTick <= world.tick) {
        c.hp = c.maxHp;
        c.x = c.homeX;
        c.y = c.homeY;
        c.respawnTick = 0;
        c.order = null;
      }
      continue;
    }
    if (c.order?.type !== "move") {
      c.order = {
        type: "move",
        x: c.homeX + randomRange(world, -creeps.wanderRadius, creeps.wanderRadius),
        y: c.homeY + randomRange(world, -creeps.wanderRadius, creeps.wanderRadius),
      };
    }
    const s = stepToward(c, c.order.x, c.order.y, creeps.speed * dt);
    const next = slide(world.rules, c, s.dx, s.dy, creeps.radius);
    const stuck = next.x === c.x && next.y === c.y;
    c.x = next.x;
    c.y = next.y;
    if (s.arrived || stuck) c.order = null;
  }
}
