import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "../src/protocol/actions.ts";
import { DEFAULT_RULES_DOCUMENT, defaultRulesWith, parseRules, type Rules } from "../src/rules/index.ts";
import {
  addPlayer,
  createWorld,
  hashWorld,
  isUnitKind,
  Kind,
  removePlayer,
  startMatch,
  step,
  type World,
} from "../src/sim/index.ts";

// A small, crowded map so that a few hundred ticks see fights, deaths, respawns,
// gathering and training, not just commanders walking alone.
const CROWDED: Rules = defaultRulesWith(
  {
    map: { width: 1024, height: 1024, walls: [{ x: 480, y: 260, w: 64, h: 140 }] },
    players: { spawnRadius: 300, startGold: 400, goldPerSecond: 20, maxUnits: 12 },
    resources: { nodes: 6 },
    creeps: { count: 8, respawnSeconds: 3, wanderRadius: 200 },
    commander: { respawnSeconds: 2 },
    match: { durationSeconds: 40, scoreLimit: 500 },
  },
  "crowded test rules",
);

/**
 * What a player does on one tick, as choices that are resolved against the
 * world when applied: the same script drives two worlds identically only if
 * those worlds are identical, which is what the determinism property checks.
 */
type Choice =
  | { t: "move"; dx: -1 | 0 | 1; dy: -1 | 0 | 1 }
  | { t: "order"; pick: number; count: number; x: number; y: number }
  | { t: "attack"; pick: number; count: number; target: number }
  | { t: "train"; kind: number }
  | { t: "leave" };

const dir = fc.constantFrom(-1 as const, 0 as const, 1 as const);
const choice: fc.Arbitrary<Choice> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant("move" as const), dx: dir, dy: dir }) },
  {
    weight: 3,
    arbitrary: fc.record({
      t: fc.constant("order" as const),
      pick: fc.nat(),
      count: fc.integer({ min: 1, max: 4 }),
      // Beyond the map on purpose: the sim must clamp, never place anything outside.
      x: fc.integer({ min: 0, max: 5000 }),
      y: fc.integer({ min: 0, max: 5000 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      t: fc.constant("attack" as const),
      pick: fc.nat(),
      count: fc.integer({ min: 1, max: 4 }),
      target: fc.nat(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("train" as const), kind: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ t: "leave" as const }) },
);

/** Per tick, per player slot: the choices made that tick (often none). */
const script = (players: number, ticks: number) =>
  fc.array(fc.array(fc.array(choice, { maxLength: 2 }), { minLength: players, maxLength: players }), {
    minLength: ticks,
    maxLength: ticks,
  });

function sortedIds(world: World, keep: (owner: string, kind: number) => boolean): number[] {
  const ids: number[] = [];
  for (const e of world.entities.values()) if (keep(e.owner, e.kind)) ids.push(e.id);
  return ids.sort((a, b) => a - b);
}

function resolve(world: World, playerId: string, c: Choice, seq: number): Action | "leave" {
  switch (c.t) {
    case "move":
      return { seq, kind: "commanderMove", dx: c.dx, dy: c.dy };
    case "train":
      return { seq, kind: "train", unitKind: world.unitKinds[c.kind % world.unitKinds.length]! };
    case "leave":
      return "leave";
    case "order":
    case "attack": {
      // Mostly own units, sometimes anyone's, so ownership rejections are exercised too.
      const mine = sortedIds(world, (o, k) => o === playerId && isUnitKind(k));
      const pool = c.pick % 5 === 0 || mine.length === 0 ? sortedIds(world, () => true) : mine;
      const unitIds = Array.from(
        { length: Math.min(c.count, pool.length) },
        (_, i) => pool[(c.pick + i) % pool.length]!,
      );
      if (unitIds.length === 0) return { seq, kind: "commanderMove", dx: 0, dy: 0 };
      if (c.t === "order") return { seq, kind: "moveUnits", unitIds: [...new Set(unitIds)], x: c.x, y: c.y };
      const all = sortedIds(world, () => true);
      return { seq, kind: "attack", unitIds: [...new Set(unitIds)], targetId: all[c.target % all.length]! };
    }
  }
}

function newMatch(rules: Rules, seed: number, players: number): World {
  const world = createWorld(rules, seed);
  for (let i = 0; i < players; i++) addPlayer(world, `p${i}`, `Player ${i}`);
  startMatch(world);
  return world;
}

/** Runs a script; calls `each` after every tick. Returns the world. */
function play(
  rules: Rules,
  seed: number,
  players: number,
  ticks: Choice[][][],
  each: (w: World) => void = () => {},
): World {
  const world = newMatch(rules, seed, players);
  const queues = new Map<string, Action[]>();
  const seqs = new Map<string, number>();
  for (const tick of ticks) {
    tick.forEach((choices, slot) => {
      const id = `p${slot}`;
      for (const c of choices) {
        const seq = (seqs.get(id) ?? 0) + 1;
        seqs.set(id, seq);
        const action = resolve(world, id, c, seq);
        if (action === "leave") {
          // Leaving is rare in the script; keep at least two players so the match stays busy.
          if ([...world.players.values()].filter((p) => !p.left).length > 2) removePlayer(world, id);
          continue;
        }
        const q = queues.get(id) ?? [];
        q.push(action);
        queues.set(id, q);
      }
    });
    step(world, queues);
    each(world);
  }
  return world;
}

function checkInvariants(world: World): void {
  const { width, height } = world.rules.map;
  for (const e of world.entities.values()) {
    if (!(e.x >= 0 && e.x <= width && e.y >= 0 && e.y <= height)) {
      throw new Error(
        `tick ${world.tick}: entity ${e.id} (kind ${e.kind}) at (${e.x}, ${e.y}) is outside the map`,
      );
    }
    if (!(e.hp >= 0 && e.hp <= e.maxHp)) {
      throw new Error(`tick ${world.tick}: entity ${e.id} has hp ${e.hp} outside [0, ${e.maxHp}]`);
    }
    if (e.kind === Kind.Resource && !(e.gold >= 0 && e.gold <= world.rules.resources.maxGold)) {
      throw new Error(`tick ${world.tick}: resource ${e.id} holds ${e.gold} gold`);
    }
  }
  for (const p of world.players.values()) {
    if (!(p.gold >= 0)) throw new Error(`tick ${world.tick}: player ${p.id} has ${p.gold} gold`);
  }
}

describe("simulation properties", () => {
  it("the same seed and the same actions give the same state hash on every tick", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 2, max: 8 }), script(8, 60), (seed, players, ticks) => {
        const perPlayer = ticks.map((t) => t.slice(0, players));
        const a: string[] = [];
        const b: string[] = [];
        play(CROWDED, seed, players, perPlayer, (w) => a.push(hashWorld(w)));
        play(CROWDED, seed, players, perPlayer, (w) => b.push(hashWorld(w)));
        expect(b).toEqual(a);
      }),
      { numRuns: 40 },
    );
  });

  it("the hash tells different histories apart", () => {
    // Guards the property above against a hash that ignores what matters.
    const idle: Choice[][][] = Array.from({ length: 10 }, () => [[], []]);
    const moved = idle.map((t, i) => (i === 3 ? [[{ t: "move", dx: 1, dy: 0 } as Choice], []] : t));
    expect(hashWorld(play(CROWDED, 7, 2, moved))).not.toBe(hashWorld(play(CROWDED, 7, 2, idle)));
    expect(hashWorld(play(CROWDED, 7, 2, idle))).not.toBe(hashWorld(play(CROWDED, 8, 2, idle)));
  });

  it("keeps every entity inside the map and every hp within [0, max]", () => {
    fc.assert(
      fc.property(fc.nat(), script(8, 150), (seed, ticks) => {
        play(CROWDED, seed, 8, ticks, checkInvariants);
      }),
      { numRuns: 25 },
    );
  });

  it("keeps those invariants on the default map with its walls", () => {
    fc.assert(
      fc.property(fc.nat(), script(8, 80), (seed, ticks) => {
        const w = play(parseRules(DEFAULT_RULES_DOCUMENT), seed, 8, ticks, checkInvariants);
        expect(w.tick).toBe(80);
      }),
      { numRuns: 10 },
    );
  });

  it("actually fights, kills and trains in the crowded scenario (the properties are not vacuous)", () => {
    let kills = 0;
    let trained = 0;
    const aggressive: Choice[][][] = Array.from({ length: 300 }, (_, t) =>
      Array.from({ length: 8 }, (_, s) =>
        t % 10 === 0
          ? [{ t: "train", kind: s } as Choice]
          : [
              { t: "move", dx: s % 2 ? 1 : -1, dy: s % 3 ? 1 : -1 } as Choice,
              { t: "attack", pick: t + s, count: 4, target: t * 7 + s } as Choice,
            ],
      ),
    );
    play(CROWDED, 3, 8, aggressive, (w) => {
      kills += w.kills.length;
      trained = Math.max(trained, sortedIds(w, (_, k) => isUnitKind(k)).length);
      checkInvariants(w);
    });
    expect(kills).toBeGreaterThan(0);
    expect(trained).toBeGreaterThan(0);
  });
});
