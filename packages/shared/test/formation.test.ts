import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, parseRules } from "../src/rules/index.ts";
import {
  applyAction,
  createWorld,
  formationPoint,
  formationSpacing,
  Kind,
  startMatch,
} from "../src/sim/index.ts";
import { addPlayer } from "../src/sim/world.ts";

const rules = DEFAULT_RULES;

describe("formations", () => {
  it("slot 0 is the point itself; the next slots are distinct and at least a unit's width apart", () => {
    expect(formationPoint(rules, 0, 1000, 1000, 12)).toEqual({ x: 1000, y: 1000 });
    const pts = Array.from({ length: 25 }, (_, i) => formationPoint(rules, i, 1000, 1000, 12));
    const keys = new Set(pts.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(25);
    const s = formationSpacing(rules);
    expect(s).toBeGreaterThanOrEqual(2 * Math.max(...Object.values(rules.units).map((u) => u.radius)));
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++)
        expect(Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y)).toBeGreaterThanOrEqual(s - 0.001);
  });

  it("a slot in a wall or off the map falls back to the centre", () => {
    const w = rules.map.walls[0]!;
    // Just left of the wall: the slot to the right is inside it.
    const x = w.x - 8;
    const y = w.y + w.h / 2;
    const right = formationPoint(rules, 4, x, y, 12); // slot 4 is (1, 0)
    expect(right).toEqual({ x, y });
    expect(formationPoint(rules, 1, 5, 5, 12)).toEqual({ x: 5, y: 5 });
  });

  it("trained units spawn apart around the commander, and a group order spreads them around the point", () => {
    const r = parseRules({ ...rules, players: { ...rules.players, startGold: 1000 } }, "test");
    const world = createWorld(r, 7);
    addPlayer(world, "a", "A");
    addPlayer(world, "b", "B");
    startMatch(world);
    for (let seq = 1; seq <= 4; seq++)
      expect(applyAction(world, "a", { seq, kind: "train", unitKind: "soldier" }).ok).toBe(true);
    const units = [...world.entities.values()].filter((e) => e.owner === "a" && e.kind >= Kind.FirstUnit);
    expect(units).toHaveLength(4);
    expect(new Set(units.map((u) => `${u.x},${u.y}`)).size).toBe(4);
    const ids = units.map((u) => u.id);
    expect(applyAction(world, "a", { seq: 5, kind: "moveUnits", unitIds: ids, x: 1200, y: 1200 }).ok).toBe(
      true,
    );
    const targets = units.map((u) => (u.order?.type === "move" ? `${u.order.x},${u.order.y}` : ""));
    expect(new Set(targets).size).toBe(4);
    expect(targets[0]).toBe("1200,1200");
  });
});
