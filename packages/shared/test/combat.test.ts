import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultRulesWith, type Rules } from "../src/rules/index.ts";
import {
  combatStats,
  createWorld,
  type Entity,
  fight,
  hashWorld,
  isEnemy,
  Kind,
  spawnEntity,
  type World,
} from "../src/sim/index.ts";

const SOLDIER = Kind.FirstUnit; // first unit kind in the default rules

/** A world with no entities but the ones a test puts there. */
function emptyWorld(rules: Rules = DEFAULT_RULES): World {
  const world = createWorld(rules, 1);
  world.entities.clear();
  world.phase = "playing";
  return world;
}

function put(world: World, kind: number, owner: string, x: number, y: number): Entity {
  return spawnEntity(world, kind, owner, x, y, combatStats(world, kind)?.hp ?? 100);
}

/** What fight() should do, by scanning every pair: who each ready fighter hits. */
function bruteForceHits(world: World): Map<number, number> {
  const damage = new Map<number, number>();
  const all = [...world.entities.values()];
  for (const a of all) {
    const stats = combatStats(world, a.kind);
    if (a.kind === Kind.Resource || a.hp <= 0 || a.cooldown > 0 || !stats || stats.damage <= 0) continue;
    let best: Entity | null = null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const b of all) {
      if (b === a || !isEnemy(a, b)) continue;
      const reach = stats.range + (combatStats(world, b.kind)?.radius ?? 0);
      const d = (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
      if (d > reach * reach) continue;
      if (d < bestD || (d === bestD && best !== null && b.id < best.id)) [best, bestD] = [b, d];
    }
    if (best) damage.set(best.id, (damage.get(best.id) ?? 0) + Math.round(stats.damage));
  }
  return damage;
}

describe("combat (sim/combat.ts)", () => {
  it("hits the nearest enemy in range, never a friend or a resource node", () => {
    const w = emptyWorld();
    const a = put(w, SOLDIER, "p1", 1000, 1000);
    const friend = put(w, SOLDIER, "p1", 1010, 1000);
    const node = put(w, Kind.Resource, "", 1005, 1000);
    const near = put(w, SOLDIER, "p2", 1040, 1000);
    const far = put(w, SOLDIER, "p2", 1045, 1000);
    const outOfRange = put(w, SOLDIER, "p3", 1200, 1000);
    // Only `a` is ready to strike.
    for (const e of [friend, near, far, outOfRange]) e.cooldown = 99;
    fight(w);
    const dmg = w.rules.units.soldier!.damage;
    expect(near.hp).toBe(near.maxHp - dmg);
    expect([a, friend, node, far, outOfRange].map((e) => e.maxHp - e.hp)).toEqual([0, 0, 0, 0, 0]);
  });

  it("breaks a tie between equally near enemies by the lower id", () => {
    const w = emptyWorld();
    const a = put(w, SOLDIER, "p1", 1000, 1000);
    const first = put(w, SOLDIER, "p2", 1040, 1000);
    const second = put(w, SOLDIER, "p3", 960, 1000);
    first.cooldown = 99;
    second.cooldown = 99;
    fight(w);
    expect([first.maxHp - first.hp > 0, second.hp]).toEqual([true, second.maxHp]);
    expect(a.hp).toBe(a.maxHp);
  });

  it("applies all hits after all choices: two fighters can kill each other in one tick", () => {
    const w = emptyWorld();
    const a = put(w, SOLDIER, "p1", 1000, 1000);
    const b = put(w, SOLDIER, "p2", 1030, 1000);
    a.hp = 1;
    b.hp = 1;
    fight(w);
    expect([a.hp, b.hp]).toEqual([0, 0]);
    expect(w.kills.map((k) => k.victimId).sort()).toEqual([a.id, b.id].sort());
  });

  it("waits out the cooldown, prefers an ordered target, and lets a unit on a move order walk past", () => {
    const w = emptyWorld();
    const a = put(w, SOLDIER, "p1", 1000, 1000);
    const nearest = put(w, Kind.Creep, "", 1020, 1000);
    const ordered = put(w, Kind.Creep, "", 1050, 1000);
    a.order = { type: "attack", targetId: ordered.id, lastX: ordered.x, lastY: ordered.y };
    nearest.cooldown = 99; // the creeps do not hit back in this test
    ordered.cooldown = 99;
    fight(w);
    expect(ordered.hp).toBeLessThan(ordered.maxHp);
    expect(nearest.hp).toBe(nearest.maxHp);
    expect(a.cooldown).toBeGreaterThan(0);
    const before = ordered.hp;
    fight(w); // cooling down: no hit
    expect(ordered.hp).toBe(before);
    a.cooldown = 0;
    a.order = { type: "move", x: 3000, y: 3000 };
    fight(w);
    expect([ordered.hp, nearest.hp]).toEqual([before, nearest.maxHp]);
  });

  const fighter = fc.record({
    kind: fc.constantFrom(Kind.Commander, Kind.Creep, Kind.Resource, SOLDIER, SOLDIER + 1),
    owner: fc.constantFrom("", "p1", "p2", "p3"),
    // Positions on a 10-unit lattice: many equal distances, so ties get exercised.
    x: fc.integer({ min: 0, max: 30 }).map((v) => 900 + v * 10),
    y: fc.integer({ min: 0, max: 30 }).map((v) => 900 + v * 10),
    cooldown: fc.constantFrom(0, 0, 0, 3),
  });

  it("deals exactly the damage a scan of every pair says, whatever the layout (property)", () => {
    fc.assert(
      fc.property(fc.array(fighter, { maxLength: 40 }), (layout) => {
        const w = emptyWorld();
        for (const f of layout) {
          const owner = f.kind === Kind.Creep || f.kind === Kind.Resource ? "" : f.owner || "p1";
          put(w, f.kind, owner, f.x, f.y).cooldown = f.cooldown;
        }
        const expected = bruteForceHits(w);
        const hpBefore = new Map([...w.entities.values()].map((e) => [e.id, e.hp]));
        fight(w);
        for (const e of w.entities.values()) {
          const want = Math.max(0, hpBefore.get(e.id)! - (expected.get(e.id) ?? 0));
          expect(e.hp, `entity ${e.id}`).toBe(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the interest grid's cell size (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 4096 }),
        fc.array(fighter, { maxLength: 30 }),
        (cellSize, layout) => {
          const run = (rules: Rules) => {
            const w = emptyWorld(rules);
            for (const f of layout) put(w, f.kind, f.kind === Kind.Creep ? "" : f.owner, f.x, f.y);
            for (let i = 0; i < 5; i++) fight(w);
            return hashWorld(w);
          };
          const tuned = defaultRulesWith({ vision: { cellSize } });
          expect(run(tuned)).toBe(run(DEFAULT_RULES));
        },
      ),
      { numRuns: 100 },
    );
  });
});
