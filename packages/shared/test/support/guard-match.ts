import type { Action } from "../../src/protocol/actions.ts";
import { defaultRulesWith, type Rules } from "../../src/rules/index.ts";
import { type Entity, Kind, step, type World } from "../../src/sim/index.ts";
import { twoPlayers } from "./two-players.ts";

// An open map with nothing but what each test places.
export const OPEN = {
  map: { walls: [] },
  creeps: { count: 0 },
  resources: { nodes: 0 },
  players: { startGold: 5000 },
};
export const RULES = defaultRulesWith(OPEN, "guard test rules");
export const SOLDIER = Kind.FirstUnit + Object.keys(RULES.units).indexOf("soldier");
export const REACH = RULES.vision.radius + RULES.vision.hysteresis;

export interface Match {
  world: World;
  c: Entity;
  enemy: Entity;
  queues: Map<string, Action[]>;
  seq: number;
}

/** A and B far apart, A's commander at (800, 800). */
export function match(rules: Rules = RULES): Match {
  const { world, a: c, b: enemy } = twoPlayers(rules, 11, { x: 800, y: 800 }, { x: 3600, y: 3600 });
  return { world, c, enemy, queues: new Map([["A", []]]), seq: 0 };
}

export function send(m: Match, a: Record<string, unknown>): void {
  m.queues.get("A")!.push({ ...a, seq: ++m.seq } as Action);
}

export function run(m: Match, ticks: number, each?: () => void): void {
  for (let i = 0; i < ticks; i++) {
    each?.();
    step(m.world, m.queues);
  }
}

export function units(world: World, owner = "A"): Entity[] {
  return [...world.entities.values()].filter((e) => e.owner === owner && e.kind >= Kind.FirstUnit);
}
