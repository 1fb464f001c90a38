import type { UnitStats } from "../rules/index.ts";
import { isEnemy } from "./combat.ts";
import { formationPoint, formationSpacing } from "./formation.ts";
import { distSq, type Point } from "./geometry.ts";
import { withinReach } from "./movement.ts";
import type { SightCache } from "./vision.ts";
import { type Entity, isAlive, type World } from "./world.ts";

type GuardOrder = Extract<Entity["order"], { type: "guard" }>;

/**
 * Guard orders for one tick of movement. A guarding unit keeps its formation
 * slot around its OWN commander (formationPoint, slot + 1: slot 0 of a
 * formation is the centre, where the commander stands) and walks back to it
 * as the commander moves. It fights off a hostile that comes within
 * orders.guardRadius of the commander, and only one its owner can see (the
 * fog holds for standing orders too); it gives the chase up once the target
 * dies, leaves sight or is farther than orders.guardLeash from the commander.
 * "Hostile" is combat's isEnemy (other players' units and commanders, and
 * creeps, which attack players): a guard fights exactly what it would
 * auto-attack, so the two never disagree. While the commander is dead its
 * guards hold where they are (they keep auto-attacking what comes in range):
 * walking to the respawn point would pull an army out of a fight it may be
 * winning and across the map through whoever stands between; once the
 * commander is back they follow it again from wherever they held.
 */
export class GuardPlan {
  private readonly world: World;
  private readonly sight: () => SightCache;
  /** the rules' formation spacing, worked out once a tick rather than per guard */
  private readonly spacing: number;
  /** per owner: the hostile nearest its commander within the guard radius (null: none), found once a tick */
  private readonly threats = new Map<string, Entity | null>();

  constructor(world: World, sight: () => SightCache) {
    this.world = world;
    this.sight = sight;
    this.spacing = formationSpacing(world.rules);
  }

  /**
   * Where guarding unit `e` heads this tick, or null when it stays put (its
   * target is within reach, or its commander is dead). Picks and drops the
   * order's target as it goes.
   */
  aim(e: Entity, order: GuardOrder, stats: UnitStats): Point | null {
    const world = this.world;
    const c = this.commander(e.owner);
    if (!c || !isAlive(c)) {
      order.targetId = 0;
      return null;
    }
    if (order.targetId !== 0 && !this.keeps(e, c, world.entities.get(order.targetId))) order.targetId = 0;
    // A unit that deals no damage (a worker, a decoy) only follows.
    if (order.targetId === 0 && stats.damage > 0) order.targetId = this.threat(e, c)?.id ?? 0;
    const target = order.targetId === 0 ? undefined : world.entities.get(order.targetId);
    if (target) {
      if (withinReach(world, e, target, stats.range)) return null;
      return { x: target.x, y: target.y };
    }
    return formationPoint(world.rules, order.slot + 1, c.x, c.y, stats.radius, this.spacing);
  }

  private commander(owner: string): Entity | undefined {
    const player = this.world.players.get(owner);
    return player ? this.world.entities.get(player.commanderId) : undefined;
  }

  /** Whether a chase goes on: the target lives, is still seen, and is within the leash of the commander. */
  private keeps(e: Entity, c: Entity, t: Entity | undefined): boolean {
    if (!t || !isEnemy(e, t) || !this.sight().sees(e.owner, t)) return false;
    const leash = this.world.rules.orders.guardLeash;
    return distSq(t.x, t.y, c.x, c.y) <= leash * leash;
  }

  /** The shown hostile nearest commander `c` within the guard radius (ties: the lower id), once per owner a tick. */
  private threat(e: Entity, c: Entity): Entity | null {
    const cached = this.threats.get(e.owner);
    if (cached !== undefined) return cached;
    const r = this.world.rules.orders.guardRadius;
    const r2 = r * r;
    let best: Entity | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const b of this.world.entities.values()) {
      if (!isEnemy(e, b)) continue;
      const d = distSq(b.x, b.y, c.x, c.y);
      if (d > r2 || d > bestD || (d === bestD && best !== null && b.id > best.id)) continue;
      // In the view by now (entered within vision.radius), not merely within the hysteresis band.
      if (!this.sight().shows(e.owner, b)) continue;
      best = b;
      bestD = d;
    }
    this.threats.set(e.owner, best);
    return best;
  }
}

/** The lowest formation slot none of `owner`'s guarding units holds. */
export function freeGuardSlot(world: World, owner: string): number {
  return freeGuardSlots(world, owner, new Set(), 1)[0]!;
}

/**
 * The `count` lowest formation slots none of `owner`'s guarding units holds,
 * leaving out the units in `except` (those about to take the slots): a guard
 * order for some of a player's guards must not put them onto the slots the
 * others stand on.
 */
export function freeGuardSlots(
  world: World,
  owner: string,
  except: ReadonlySet<number>,
  count: number,
): number[] {
  const held = new Set<number>();
  for (const e of world.entities.values())
    if (e.owner === owner && e.order?.type === "guard" && !except.has(e.id)) held.add(e.order.slot);
  const out: number[] = [];
  for (let slot = 0; out.length < count; slot++) if (!held.has(slot)) out.push(slot);
  return out;
}
