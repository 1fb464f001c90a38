import { Encoder, StateView } from "@colyseus/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultRulesWith } from "../../shared/src/rules/index.ts";
import { addPlayer, createWorld, Kind, spawnEntity, type World } from "../../shared/src/sim/index.ts";
import { MatchState, StateSync } from "../../shared/src/state/index.ts";
import { InterestManager } from "../src/interest/interest-manager.ts";
import { NaiveInterest } from "./support/naive-interest.ts";

const PLAYERS = ["p0", "p1", "p2"];
const MAP = 4096;
const coord = fc.integer({ min: 0, max: MAP });

/** One tick's worth of changes to the world, chosen by fast-check. */
const change = fc.record({
  moves: fc.array(fc.record({ pick: fc.nat(), x: coord, y: coord }), { maxLength: 16 }),
  /** small moves: entities drifting across the enter/leave rings */
  nudges: fc.array(fc.record({ pick: fc.nat(), dx: fc.integer({ min: -80, max: 80 }) }), { maxLength: 16 }),
  kills: fc.array(fc.nat(), { maxLength: 2 }),
  revives: fc.array(fc.nat(), { maxLength: 2 }),
  removals: fc.array(fc.nat(), { maxLength: 2 }),
  spawns: fc.array(fc.record({ owner: fc.integer({ min: -1, max: 2 }), x: coord, y: coord }), {
    maxLength: 3,
  }),
  /** a player whose view starts again from empty (a reconnect) */
  reattach: fc.option(fc.constantFrom(...PLAYERS), { nil: undefined }),
});

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

type Change = typeof change extends fc.Arbitrary<infer T> ? T : never;

function apply(world: World, c: Change): void {
  const all = () => [...world.entities.values()];
  for (const m of c.moves) {
    const e = pick(all(), m.pick);
    if (e) Object.assign(e, { x: m.x, y: m.y });
  }
  for (const m of c.nudges) {
    const e = pick(all(), m.pick);
    if (e) e.x = Math.max(0, Math.min(MAP, e.x + m.dx));
  }
  for (const n of c.kills) {
    const e = pick(all(), n);
    if (e) e.hp = 0;
  }
  for (const n of c.revives) {
    const e = pick(all(), n);
    if (e) e.hp = e.maxHp || 1;
  }
  for (const n of c.removals) {
    const e = pick(all(), n);
    if (e) world.entities.delete(e.id);
  }
  for (const s of c.spawns) spawnEntity(world, Kind.FirstUnit, PLAYERS[s.owner] ?? "", s.x, s.y, 50);
}

/** Two views per player, one kept by the manager under test and one by the brute-force scan. */
function setUp(vision: { radius: number; hysteresis: number; cellSize: number }, seed: number) {
  const rules = defaultRulesWith({ vision, creeps: { count: 6 } });
  const world = createWorld(rules, seed);
  for (const id of PLAYERS) addPlayer(world, id, id);
  const sync = new StateSync(new MatchState());
  sync.sync(world);
  new Encoder(sync.state);
  const grid = new InterestManager(rules, sync);
  const naive = new NaiveInterest(rules, sync);
  const views = new Map<string, { grid: StateView; naive: StateView }>();
  const attach = (id: string) => {
    const v = { grid: new StateView(), naive: new StateView() };
    views.set(id, v);
    grid.attach(id, v.grid);
    naive.attach(id, v.naive);
  };
  for (const id of PLAYERS) attach(id);
  return { world, sync, grid, naive, views, attach };
}

const sorted = (s: ReadonlySet<number> | undefined) => [...(s ?? [])].sort((a, b) => a - b);

describe("InterestManager", () => {
  it("sees what a brute-force scan of every entity sees, tick after tick (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 50, max: 1200 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 16, max: 1024 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(change, { minLength: 1, maxLength: 12 }),
        (radius, hysteresis, cellSize, seed, changes) => {
          const t = setUp({ radius, hysteresis, cellSize }, seed);
          for (const c of changes) {
            apply(t.world, c);
            t.sync.sync(t.world);
            if (c.reattach) {
              t.grid.detach(c.reattach);
              t.naive.detach(c.reattach);
              t.attach(c.reattach);
            }
            t.grid.update(t.world);
            t.naive.update(t.world);
            for (const id of PLAYERS) {
              const seen = sorted(t.grid.visibleTo(id));
              expect(seen).toEqual(sorted(t.naive.visibleTo(id)));
              // The views hold exactly those entities.
              const v = t.views.get(id)!;
              for (const e of t.world.entities.values()) {
                const se = t.sync.entity(e.id)!;
                expect(v.grid.has(se), `player ${id}, entity ${e.id}`).toBe(v.naive.has(se));
              }
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it("keeps an entity between radius and radius + hysteresis only once it was in view", () => {
    const t = setUp({ radius: 300, hysteresis: 100, cellSize: 128 }, 3);
    const me = t.world.entities.get(t.world.players.get("p0")!.commanderId)!;
    Object.assign(me, { x: 1000, y: 1000 });
    const other = spawnEntity(t.world, Kind.FirstUnit, "p1", 1350, 1000, 50); // 350 away: in the ring
    t.sync.sync(t.world);
    t.grid.update(t.world);
    expect(t.grid.visibleTo("p0")?.has(other.id)).toBe(false); // never seen: needs the radius
    other.x = 1250; // 250 away: enters
    t.sync.sync(t.world);
    t.grid.update(t.world);
    expect(t.grid.visibleTo("p0")?.has(other.id)).toBe(true);
    other.x = 1390; // 390 away: stays, within radius + hysteresis
    t.grid.update(t.world);
    expect(t.grid.visibleTo("p0")?.has(other.id)).toBe(true);
    other.x = 1410; // 410 away: leaves
    t.grid.update(t.world);
    expect(t.grid.visibleTo("p0")?.has(other.id)).toBe(false);
  });

  it("counts its work only into a stats object it is given", () => {
    const t = setUp({ radius: 600, hysteresis: 50, cellSize: 256 }, 5);
    const stats = { reindexed: 0, candidates: 0, viewChanges: 0 };
    t.grid.update(t.world, stats);
    expect(stats.reindexed).toBe(t.world.entities.size); // every entity is new to the index
    expect(stats.viewChanges).toBeGreaterThan(0);
    const again = { reindexed: 0, candidates: 0, viewChanges: 0 };
    t.grid.update(t.world, again);
    expect(again).toMatchObject({ reindexed: 0, viewChanges: 0 }); // nothing moved
  });
});
