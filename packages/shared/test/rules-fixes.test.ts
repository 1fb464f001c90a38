import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, DEFAULT_RULES_DOCUMENT, parseRules, rulesFromJson } from "../src/rules/index.ts";
import { createWorld, hitsWall, Kind } from "../src/sim/index.ts";
import { problemsOf, withEdit } from "./support/rules-problems.ts";

describe("rules: every problem in one run", () => {
  it("reports a relation between settings while another setting is broken", () => {
    expect(problemsOf(withEdit({ units: { archer: { range: -3 } }, ticks: { ambientHz: 3 } }))).toEqual([
      "units.archer.range: expected a positive number, got -3",
      "ticks.ambientHz: expected a divisor of ticks.criticalHz (10), got 3",
    ]);
  });

  it("skips only the relations whose own settings are broken", () => {
    const p = problemsOf(withEdit({ ticks: { criticalHz: 0, ambientHz: 3 }, players: { minToStart: 9 } }));
    expect(p.some((m) => m.startsWith("ticks.criticalHz:"))).toBe(true);
    expect(p.some((m) => m.includes("divisor"))).toBe(false);
  });
});

describe("rules: removing a unit type", () => {
  it("null removes a unit; the rest stay", () => {
    const rules = parseRules(withEdit({ units: { scout: null } }));
    expect(Object.keys(rules.units)).toEqual(["soldier", "archer"]);
    expect(rulesFromJson('{ "units": { "scout": null, "archer": null } }', "t.json").units).toHaveProperty(
      "soldier",
    );
  });

  it("a $schema link is no setting", () => {
    expect(problemsOf({ $schema: "./rules.schema.json", ...(DEFAULT_RULES_DOCUMENT as object) })).toEqual([]);
  });
});

describe("rules: units that do not fight", () => {
  it("accepts damage 0 for a unit, and such a unit never strikes", () => {
    const rules = parseRules(
      withEdit({
        units: { worker: { speed: 100, hp: 50, damage: 0, range: 40, cooldownMs: 500, radius: 8, cost: 10 } },
      }),
    );
    expect(rules.units.worker!.damage).toBe(0);
    expect(problemsOf(withEdit({ commander: { damage: 0 } }))).toEqual([
      "commander.damage: expected a positive number, got 0",
    ]);
  });
});

describe("rules: playable maps", () => {
  it("refuses a wall over the whole map, naming the spawn point it covers", () => {
    const p = problemsOf(withEdit({ map: { walls: [{ x: 0, y: 0, w: 4096, h: 4096 }] } }));
    expect(p[0]).toMatch(/^map\.walls\.0: covers seat 0's spawn point/);
  });

  it("refuses a spawn point inside a wall", () => {
    // Seat 0 spawns at the centre minus 1500 / sqrt 2 on both axes: (987.375, 987.375).
    expect(problemsOf(withEdit({ map: { walls: [{ x: 950, y: 950, w: 80, h: 80 }] } }))).toEqual([
      "map.walls.0: covers seat 0's spawn point (987.375, 987.375); move the wall or change players.spawnRadius",
    ]);
  });

  it("refuses walls that shut a spawn point in", () => {
    // A closed box around seat 1's spawn point (3108.625, 3108.625).
    const box = [
      { x: 3000, y: 3000, w: 220, h: 10 },
      { x: 3000, y: 3210, w: 220, h: 10 },
      { x: 3000, y: 3000, w: 10, h: 220 },
      { x: 3210, y: 3000, w: 10, h: 220 },
    ];
    expect(problemsOf(withEdit({ map: { walls: box } }))).toEqual([
      "map.walls: leave no path from seat 0's spawn point to seat 1's (3108.625, 3108.625) for a commander of radius 20",
    ]);
    // The default map's walls leave every seat a way through.
    expect(problemsOf(DEFAULT_RULES_DOCUMENT)).toEqual([]);
  });

  it("refuses a match too short to play", () => {
    expect(problemsOf(withEdit({ match: { durationSeconds: 0.01 } }))).toEqual([
      "match.durationSeconds: expected a match length of at least 3 seconds, got 0.01",
    ]);
  });

  it("never places resource nodes or creeps inside a wall, even on a crowded map", () => {
    // Walls everywhere but a 200 x 200 room at (300, 300): random tries all miss it, and the old
    // fallback, the map's centre, is inside a wall. Straight into a Rules object, as no seat can play here.
    const walls = [
      { x: 0, y: 0, w: 4096, h: 300 },
      { x: 0, y: 500, w: 4096, h: 3596 },
      { x: 0, y: 300, w: 300, h: 200 },
      { x: 500, y: 300, w: 3596, h: 200 },
    ];
    const rules = {
      ...DEFAULT_RULES,
      map: { ...DEFAULT_RULES.map, walls },
      resources: { ...DEFAULT_RULES.resources, nodes: 6 },
    };
    const world = createWorld(rules, 3);
    expect(world.entities.size).toBe(6 + rules.creeps.count);
    for (const e of world.entities.values()) {
      const r = e.kind === Kind.Resource ? 40 : rules.creeps.radius;
      expect(hitsWall(rules, e.x, e.y, r), `entity ${e.id} at ${e.x},${e.y}`).toBe(false);
    }
  });
});

describe("rules: did you mean", () => {
  it("suggests the setting a typo meant", () => {
    expect(problemsOf(withEdit({ map: { widht: 100 } }))).toEqual([
      "map.widht: unknown setting; did you mean width?",
    ]);
    expect(problemsOf(withEdit({ comander: {} }))).toEqual([
      "comander: unknown setting; did you mean commander?",
    ]);
    expect(problemsOf(withEdit({ units: { archer: { rnage: 1 } } }))).toEqual([
      "units.archer.rnage: unknown setting; did you mean range?",
    ]);
  });

  it("reads a unit name typo as one problem with a suggestion, not six missing settings", () => {
    expect(problemsOf(withEdit({ units: { archr: { range: 300 } } }))).toEqual([
      "units.archr: unknown unit type (did you mean archer?); a new unit type needs every setting; missing: speed, hp, damage, cooldownMs, radius, cost",
    ]);
  });
});
