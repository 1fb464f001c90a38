import { distSq } from "./geometry.ts";
import { type Entity, isAlive, type World } from "./world.ts";

/**
 * Whether `playerId` can see `e` now: its own entities always; anything else
 * within vision.radius + vision.hysteresis of one of its living entities.
 * That is the widest a player's view ever reaches (the server's interest
 * keeps an entity in view up to that distance), so an order on anything the
 * player's screen may show is allowed, and an order on anything farther off
 * is refused exactly like one on an id that does not exist: the fog holds for
 * orders too. Pure: the sim and the server's checks give the same answer.
 */
export function canSee(world: World, playerId: string, e: Entity): boolean {
  if (e.owner === playerId) return true;
  const reach = world.rules.vision.radius + world.rules.vision.hysteresis;
  const reach2 = reach * reach;
  for (const s of world.entities.values()) {
    if (s.owner === playerId && isAlive(s) && distSq(s.x, s.y, e.x, e.y) <= reach2) return true;
  }
  return false;
}

/**
 * canSee for many questions in one tick: each player's living entities are
 * gathered once, so a tick with many chasing units does not rescan the world
 * for each of them.
 */
export class SightCache {
  private readonly sources = new Map<string, Entity[]>();
  private readonly reach2: number;
  private readonly enter2: number;

  constructor(world: World) {
    const reach = world.rules.vision.radius + world.rules.vision.hysteresis;
    this.reach2 = reach * reach;
    this.enter2 = world.rules.vision.radius * world.rules.vision.radius;
    for (const s of world.entities.values()) {
      if (s.owner === "" || !isAlive(s)) continue;
      const list = this.sources.get(s.owner);
      if (list) list.push(s);
      else this.sources.set(s.owner, [s]);
    }
  }

  sees(playerId: string, e: Entity): boolean {
    return this.within(playerId, e, this.reach2);
  }

  /**
   * Whether `e` is within vision.radius of one of the player's living
   * entities: where interest brings an entity into view. Between that and
   * radius + hysteresis an entity stays in view only if it was shown before,
   * so what the sim picks by itself (a guard's new target) must pass this,
   * not sees(), or it could be something the player's screen never showed.
   */
  shows(playerId: string, e: Entity): boolean {
    return this.within(playerId, e, this.enter2);
  }

  private within(playerId: string, e: Entity, r2: number): boolean {
    if (e.owner === playerId) return true;
    for (const s of this.sources.get(playerId) ?? []) {
      if (distSq(s.x, s.y, e.x, e.y) <= r2) return true;
    }
    return false;
  }
}
