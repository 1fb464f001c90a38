import type { Rules } from "../../src/rules/index.ts";
import {
  addPlayer,
  createWorld,
  type Entity,
  type Point,
  startMatch,
  type World,
} from "../../src/sim/index.ts";

/** A match being played by "A" and "B", their commanders moved to `at` and `bAt`. */
export function twoPlayers(
  rules: Rules,
  seed: number,
  at: Point,
  bAt: Point,
): { world: World; a: Entity; b: Entity } {
  const world = createWorld(rules, seed);
  addPlayer(world, "A", "a");
  addPlayer(world, "B", "b");
  startMatch(world);
  const a = world.entities.get(world.players.get("A")!.commanderId)!;
  const b = world.entities.get(world.players.get("B")!.commanderId)!;
  a.x = at.x;
  a.y = at.y;
  b.x = bAt.x;
  b.y = bAt.y;
  return { world, a, b };
}
