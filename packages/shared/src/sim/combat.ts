import type { Rules } from "../rules/index.ts";
import { distSq } from "./geometry.ts";
import { combatStats, isUnitKind, Kind } from "./kinds.ts";
import { targetRadius } from "./movement.ts";
import { type Entity, isAlive, ticksFor, type World } from "./world.ts";

/** A throwaway uniform grid rebuilt each tick, so range queries cost O(nearby) not O(n). */
class Buckets {
  readonly size: number;
  readonly cells = new Map<number, Entity[]>();
  constructor(size: number) {
    this.size = size;
  }
  key(cx: number, cy: number): number {
    return cx * 65536 + cy;
  }
  add(e: Entity): void {
    const k = this.key(Math.floor(e.x / this.size), Math.floor(e.y / this.size));
    const list = this.cells.get(k);
    if (list) list.push(e);
    else this.cells.set(k, [e]);
  }
  *near(x: number, y: number, r: number): Iterable<Entity> {
    const x0 = Math.floor((x - r) / this.size);
    const x1 = Math.floor((x + r) / this.size);
    const y0 = Math.floor((y - r) / this.size);
    const y1 = Math.floor((y + r) / this.size);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        const list = this.cells.get(this.key(cx, cy));
        if (list) yield* list;
      }
    }
  }
}

/**
 * Side of fight()'s buckets: the longest reach (range + radius) of any
 * combatant in the rules, so a nearest-enemy query spans about 3 x 3 buckets.
 * A speed knob only, and combat's own: which enemy is hit never depends on it
 * (a query covers the whole reach and ties go to the lower id), and interest's
 * grid (rules.vision.cellSize) has no say in it.
 */
export function combatBucketSize(rules: Rules): number {
  let reach = Math.max(
    rules.commander.range + rules.commander.radius,
    rules.creeps.range + rules.creeps.radius,
  );
  for (const u of Object.values(rules.units)) reach = Math.max(reach, u.range + u.radius);
  return Math.max(64, reach);
}

/** Whether a may attack b: players fight other players and creeps; creeps fight players. */
export function isEnemy(a: Entity, b: Entity): boolean {
  if (b.kind === Kind.Resource || !isAlive(b)) return false;
  if (a.owner === "") return b.owner !== "";
  return b.owner !== a.owner;
}

/**
 * Every fighter whose cooldown is over hits one enemy in range: its ordered
 * target when in range, else the nearest (ties by lower id). Damage is applied
 * after all choices, so the outcome does not depend on iteration order.
 */
export function fight(world: World): void {
  let maxRange = 0;
  const buckets = new Buckets(combatBucketSize(world.rules));
  const fighters: Entity[] = [];
  for (const e of world.entities.values()) {
    if (e.kind === Kind.Resource || !isAlive(e)) continue;
    buckets.add(e);
    fighters.push(e);
    const stats = combatStats(world, e.kind);
    if (stats && stats.range + stats.radius > maxRange) maxRange = stats.range + stats.radius;
  }
  const hits: Array<[Entity, Entity, number]> = [];
  for (const a of fighters) {
    if (a.cooldown > 0) {
      a.cooldown--;
      continue;
    }
    const stats = combatStats(world, a.kind);
    if (!stats || stats.damage <= 0) continue;
    let target: Entity | null = null;
    const o = a.order;
    const orderedId = o?.type === "attack" || o?.type === "guard" ? o.targetId : 0;
    const ordered = orderedId === 0 ? undefined : world.entities.get(orderedId);
    if (ordered && isEnemy(a, ordered) && inRange(world, a, ordered, stats.range)) target = ordered;
    // A unit ordered to move walks past enemies; everyone else auto-attacks.
    if (!target && !(isUnitKind(a.kind) && a.order?.type === "move"))
      target = nearestEnemy(world, buckets, a, stats.range, maxRange);
    if (!target) continue;
    hits.push([a, target, stats.damage]);
    a.cooldown = Math.max(0, ticksFor(world, stats.cooldownMs / 1000) - 1);
  }
  for (const [attacker, victim, damage] of hits) {
    if (!isAlive(victim)) continue;
    const before = victim.hp;
    victim.hp = Math.max(0, victim.hp - Math.round(damage));
    const killed = victim.hp === 0;
    if (killed) world.kills.push(killEvent(attacker, victim));
    world.hits.push({
      attackerKind: attacker.kind,
      attackerOwner: attacker.owner,
      victimKind: victim.kind,
      victimOwner: victim.owner,
      damage: before - victim.hp,
      killed,
    });
  }
}

function inRange(world: World, a: Entity, b: Entity, range: number): boolean {
  const reach = range + targetRadius(world, b);
  return distSq(a.x, a.y, b.x, b.y) <= reach * reach;
}

function nearestEnemy(
  world: World,
  buckets: Buckets,
  a: Entity,
  range: number,
  maxRange: number,
): Entity | null {
  let best: Entity | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const b of buckets.near(a.x, a.y, maxRange)) {
    if (b === a || !isEnemy(a, b) || !inRange(world, a, b, range)) continue;
    const d = distSq(a.x, a.y, b.x, b.y);
    if (d < bestD || (d === bestD && best !== null && b.id < best.id)) {
      best = b;
      bestD = d;
    }
  }
  return best;
}

function killEvent(killer: Entity, victim: Entity) {
  return {
    victimId: victim.id,
    victimKind: victim.kind,
    victimOwner: victim.owner,
    killerId: killer.id,
    killerOwner: killer.owner,
  };
}

/** Scores kills, pays bounties, removes dead units, schedules respawns. */
export function resolveDeaths(world: World): void {
  const { score, creeps, commander } = world.rules;
  for (const k of world.kills) {
    const killer = world.players.get(k.killerOwner);
    if (killer) {
      killer.kills++;
      if (k.victimKind === Kind.Commander) killer.score += score.commanderKill;
      else if (k.victimKind === Kind.Creep) {
        killer.score += score.creepKill;
        killer.gold += creeps.bounty;
      } else killer.score += score.unitKill;
    }
    const victim = world.entities.get(k.victimId);
    if (!victim) continue;
    victim.order = null;
    if (victim.kind === Kind.Commander)
      victim.respawnTick = world.tick + Math.max(1, ticksFor(world, commander.respawnSeconds));
    else if (victim.kind === Kind.Creep)
      victim.respawnTick = world.tick + Math.max(1, ticksFor(world, creeps.respawnSeconds));
    else world.entities.delete(victim.id);
  }
  // Orders aimed at the dead lapse; a guard goes back to following.
  for (const e of world.entities.values()) {
    const o = e.order;
    if (o?.type === "attack") {
      const t = world.entities.get(o.targetId);
      if (!t || !isAlive(t)) e.order = null;
    } else if (o?.type === "guard" && o.targetId !== 0) {
      const t = world.entities.get(o.targetId);
      if (!t || !isAlive(t)) o.targetId = 0;
    }
  }
}

/** Dead commanders return at their spawn point at full health. */
export function respawnCommanders(world: World): void {
  for (const e of world.entities.values()) {
    if (e.kind !== Kind.Commander || isAlive(e) || e.respawnTick > world.tick) continue;
    e.hp = e.maxHp;
    e.x = e.homeX;
    e.y = e.homeY;
    e.cooldown = 0;
    e.respawnTick = 0;
  }
}
