import { describe, expect, it } from "vitest";
import { type Action, Reject } from "../src/protocol/actions.ts";
import { defaultRulesWith } from "../src/rules/index.ts";
import { canSee, Kind, moveUnits, spawnEntity, validateAction } from "../src/sim/index.ts";

import { twoPlayers } from "./support/two-players.ts";

// No creeps or resources in the way: only the entities each test places.
const RULES = defaultRulesWith({ creeps: { count: 0 }, resources: { nodes: 0 } }, "fog test rules");
const REACH = RULES.vision.radius + RULES.vision.hysteresis;
const SOLDIER = Kind.FirstUnit + Object.keys(RULES.units).indexOf("soldier");

// Far apart: neither sees the other.
const farApart = () => twoPlayers(RULES, 7, { x: 500, y: 500 }, { x: 500 + REACH * 3, y: 500 });

const attack = (unitId: number, targetId: number): Action => ({
  seq: 1,
  kind: "attack",
  unitIds: [unitId],
  targetId,
});

describe("the fog holds for orders", () => {
  it("answers an attack on a hidden enemy exactly like an attack on an id that does not exist", () => {
    const { world, a, b } = farApart();
    const unit = spawnEntity(world, SOLDIER, "A", a.x, a.y, 100);
    expect(canSee(world, "A", b)).toBe(false);
    const hidden = validateAction(world, "A", attack(unit.id, b.id));
    const missing = validateAction(world, "A", attack(unit.id, 999_999));
    expect(hidden.ok).toBe(false);
    if (hidden.ok || missing.ok) return;
    expect(hidden.reason).toBe(Reject.UnknownEntity);
    expect(missing.reason).toBe(hidden.reason);
    // The detail differs only by the id the player sent itself.
    expect(hidden.detail.replace(String(b.id), "#")).toBe(missing.detail.replace("999999", "#"));
    // In sight, the same attack is accepted.
    b.x = a.x + RULES.vision.radius - 10;
    expect(validateAction(world, "A", attack(unit.id, b.id)).ok).toBe(true);
  });

  it("answers an order for a hidden enemy unit like a missing id, and NotOwner only for one in sight", () => {
    const { world, a, b } = farApart();
    const theirs = spawnEntity(world, SOLDIER, "B", b.x, b.y, 100);
    const move = (id: number): Action => ({ seq: 1, kind: "moveUnits", unitIds: [id], x: 10, y: 10 });
    const hidden = validateAction(world, "A", move(theirs.id));
    const missing = validateAction(world, "A", move(999_999));
    expect(hidden).toMatchObject({ ok: false, reason: Reject.UnknownEntity });
    expect(missing).toMatchObject({ ok: false, reason: Reject.UnknownEntity });
    theirs.x = a.x + 100;
    theirs.y = a.y;
    expect(validateAction(world, "A", move(theirs.id))).toMatchObject({ ok: false, reason: Reject.NotOwner });
  });

  it("sends a unit whose target left vision to where it was last seen, not to its true position", () => {
    const { world, a, b } = farApart();
    const unit = spawnEntity(world, SOLDIER, "A", a.x, a.y, 100);
    // The target in sight, out of attack range.
    b.x = a.x + 400;
    b.y = a.y;
    expect(validateAction(world, "A", attack(unit.id, b.id)).ok).toBe(true);
    unit.order = { type: "attack", targetId: b.id, lastX: b.x, lastY: b.y };
    moveUnits(world);
    const seenAt = { x: b.x, y: b.y };
    // Now it vanishes into the fog, far to the south.
    b.x = seenAt.x;
    b.y = a.y + REACH * 3;
    a.hp = 0; // A's commander is dead: only the chasing unit gives A vision, far from b's new spot
    let ticks = 0;
    while (unit.order !== null && ticks < 1000) {
      const before = { x: unit.x, y: unit.y };
      moveUnits(world);
      ticks++;
      // Every step heads for the last-seen point (east), never south toward the true position.
      expect(unit.y).toBeCloseTo(before.y, 6);
      expect(unit.x).toBeGreaterThanOrEqual(before.x);
    }
    // It got there, found nothing, and gave up.
    expect(unit.order).toBeNull();
    expect(Math.hypot(unit.x - seenAt.x, unit.y - seenAt.y)).toBeLessThan(1);
  });

  it("keeps chasing a target that stays in sight, following its true position", () => {
    const { world, a, b } = farApart();
    const unit = spawnEntity(world, SOLDIER, "A", a.x, a.y, 100);
    b.x = a.x + 400;
    b.y = a.y;
    unit.order = { type: "attack", targetId: b.id, lastX: b.x, lastY: b.y };
    b.y = a.y + 200; // moved, still in sight
    moveUnits(world);
    expect(unit.order).toMatchObject({ type: "attack", lastX: b.x, lastY: b.y });
    expect(unit.y).toBeGreaterThan(a.y);
  });
});
