import { describe, expect, it } from "vitest";
import { defaultRulesWith } from "../src/rules/index.ts";
import { type Entity, formationPoint, hashWorld, moveUnits, spawnEntity } from "../src/sim/index.ts";
import { type Match, match, OPEN, REACH, RULES, run, SOLDIER, send, units } from "./support/guard-match.ts";

function slotOf(m: Match, e: Entity): { x: number; y: number } {
  const order = e.order;
  if (order?.type !== "guard") throw new Error(`unit ${e.id} is not guarding`);
  return formationPoint(m.world.rules, order.slot + 1, m.c.x, m.c.y, RULES.units.soldier!.radius);
}

/** Three soldiers trained (they guard from the start), then the commander walks east and stops. */
function followRun(): { m: Match; hashes: string[]; start: number } {
  const m = match();
  for (let i = 0; i < 3; i++) send(m, { kind: "train", unitKind: "soldier" });
  run(m, 1);
  const start = m.c.x;
  const hashes: string[] = [];
  run(m, 40, () => {
    send(m, { kind: "commanderMove", dx: 1, dy: 0 });
    hashes.push(hashWorld(m.world));
  });
  run(m, 40, () => hashes.push(hashWorld(m.world)));
  return { m, hashes, start };
}

describe("guard orders", () => {
  it("new units guard from the start and keep their formation slots around a moving commander", () => {
    const { m, start } = followRun();
    const mine = units(m.world);
    expect(mine).toHaveLength(3);
    expect(m.c.x - start).toBeGreaterThan(600);
    expect(mine.map((e) => (e.order?.type === "guard" ? e.order.slot : -1))).toEqual([0, 1, 2]);
    for (const e of mine) expect({ x: e.x, y: e.y }).toEqual(slotOf(m, e));
  });

  it("a recruit takes the slot a fallen guard left free, not a slot another one holds", () => {
    const { m } = followRun();
    const fallen = units(m.world).find((e) => e.order?.type === "guard" && e.order.slot === 1)!;
    m.world.entities.delete(fallen.id);
    send(m, { kind: "train", unitKind: "soldier" });
    run(m, 1);
    const recruit = units(m.world).reduce((a, b) => (a.id > b.id ? a : b));
    const slots = units(m.world).map((e) => (e.order?.type === "guard" ? e.order.slot : -1));
    expect(slots.sort()).toEqual([0, 1, 2]);
    expect(recruit.order).toMatchObject({ slot: 1 });
    expect({ x: recruit.x, y: recruit.y }).toEqual(slotOf(m, recruit));
  });

  it("a guard order for some of the guards gives them slots the others do not hold, so none stand on one spot", () => {
    const { m } = followRun();
    send(m, { kind: "train", unitKind: "soldier" });
    run(m, 1);
    const [, , u3, u4] = units(m.world);
    // Two of four guards sent off and called back (the G key with those two selected).
    send(m, { kind: "moveUnits", unitIds: [u3!.id, u4!.id], x: 1400, y: 1400 });
    run(m, 10);
    send(m, { kind: "guard", unitIds: [u4!.id, u3!.id] });
    run(m, 120);
    const mine = units(m.world);
    const slots = mine.map((e) => (e.order?.type === "guard" ? e.order.slot : -1));
    expect(new Set(slots).size).toBe(4);
    // In list order, from the lowest slots the other two leave free.
    expect(u4!.order).toMatchObject({ slot: 2 });
    expect(u3!.order).toMatchObject({ slot: 3 });
    expect(new Set(mine.map((e) => `${e.x},${e.y}`)).size).toBe(4);
    for (const e of mine) expect({ x: e.x, y: e.y }).toEqual(slotOf(m, e));
  });

  it("as many guards as the rules allow stand on as many spots, none on the commander's own", () => {
    // players.maxUnits may be up to 250: every guard slot must be a place of its own.
    const max = 250;
    const m = match(
      defaultRulesWith({
        ...OPEN,
        players: { startGold: 1_000_000, maxUnits: max },
        map: { width: 8000, height: 8000 },
      }),
    );
    m.c.x = 4000;
    m.c.y = 4000;
    for (let i = 0; i < max; i++) send(m, { kind: "train", unitKind: "soldier" });
    run(m, 1);
    const mine = units(m.world);
    expect(mine).toHaveLength(max);
    const spots = new Set(mine.map((e) => `${e.x},${e.y}`));
    expect(spots.size).toBe(max);
    expect(spots.has(`${m.c.x},${m.c.y}`)).toBe(false);
  });

  it("follows to the same positions, tick for tick, when run again", () => {
    const a = followRun();
    const b = followRun();
    expect(b.hashes).toEqual(a.hashes);
    expect(new Set(a.hashes).size).toBeGreaterThan(40);
  });

  it("a trained unit stands idle when the rules turn guardOnTrain off; a guard order sets slots by list order", () => {
    const m = match(defaultRulesWith({ ...OPEN, orders: { guardOnTrain: false } }));
    send(m, { kind: "train", unitKind: "soldier" });
    send(m, { kind: "train", unitKind: "soldier" });
    run(m, 1);
    const [u1, u2] = units(m.world);
    expect(u1!.order).toBeNull();
    send(m, { kind: "guard", unitIds: [u2!.id, u1!.id] });
    run(m, 1);
    expect(u2!.order).toEqual({ type: "guard", slot: 0, targetId: 0 });
    expect(u1!.order).toEqual({ type: "guard", slot: 1, targetId: 0 });
  });

  it("engages a hostile within the guard radius of the commander, not one beyond it", () => {
    const m = match();
    const guard = spawnEntity(m.world, SOLDIER, "A", 800, 760, 120);
    guard.order = { type: "guard", slot: 0, targetId: 0 };
    const r = RULES.orders.guardRadius;
    const foe = spawnEntity(m.world, SOLDIER, "B", 800 + r + 40, 800, 120);
    moveUnits(m.world);
    expect(guard.order).toEqual({ type: "guard", slot: 0, targetId: 0 });
    foe.x = 800 + r - 40;
    moveUnits(m.world);
    expect(guard.order).toEqual({ type: "guard", slot: 0, targetId: foe.id });
    // It closes in on the target.
    expect(guard.x).toBeGreaterThan(800);
  });

  it("never engages what its owner cannot see, however near the guard radius says", () => {
    // A guard radius wider than sight: the fog still decides.
    const m = match(
      defaultRulesWith({ ...OPEN, orders: { guardRadius: REACH + 300, guardLeash: REACH + 400 } }),
    );
    const guard = spawnEntity(m.world, SOLDIER, "A", 800, 760, 120);
    guard.order = { type: "guard", slot: 0, targetId: 0 };
    const foe = spawnEntity(m.world, SOLDIER, "B", 800, 800 + REACH + 150, 120);
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: 0 });
    foe.y = 800 + REACH - 100;
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: foe.id });
    // The target slips out of sight: the chase ends and the unit heads back to its slot.
    foe.y = 800 + REACH + 250;
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: 0 });
  });

  it("never engages a hostile in the hysteresis band it has not been shown (a guard radius wider than sight)", () => {
    // Interest adds an entity only within vision.radius of one of the player's entities; radius +
    // hysteresis only keeps one already shown. A foe that came no nearer than the band was never on
    // the player's screen: a guard that ran at it would point the player at what the fog hides.
    const m = match(
      defaultRulesWith({ ...OPEN, orders: { guardRadius: REACH + 300, guardLeash: REACH + 400 } }),
    );
    const guard = spawnEntity(m.world, SOLDIER, "A", 800, 760, 120);
    guard.order = { type: "guard", slot: 0, targetId: 0 };
    const band = (RULES.vision.radius + REACH) / 2;
    // South of the commander, farther than vision.radius from the commander and the guard alike.
    const foe = spawnEntity(m.world, SOLDIER, "B", 800, 800 + band, 120);
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: 0 });
    // Once within vision.radius it is on the screen, and the guard takes it on.
    foe.y = 800 + RULES.vision.radius - 10;
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: foe.id });
  });

  it("gives up a chase past the leash and walks back to its slot", () => {
    const m = match();
    const guard = spawnEntity(m.world, SOLDIER, "A", 800, 760, 120);
    guard.order = { type: "guard", slot: 0, targetId: 0 };
    const foe = spawnEntity(m.world, SOLDIER, "B", 1000, 800, 120);
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: foe.id });
    // The target runs: within the leash the chase goes on, past it the guard turns back.
    foe.x = 800 + RULES.orders.guardLeash - 20;
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: foe.id });
    foe.x = 800 + RULES.orders.guardLeash + 20;
    moveUnits(m.world);
    expect(guard.order).toMatchObject({ targetId: 0 });
    for (let i = 0; i < 60; i++) moveUnits(m.world);
    expect({ x: guard.x, y: guard.y }).toEqual(slotOf(m, guard));
  });

  it("fights a hostile off, then returns to its slot once the target is dead", () => {
    const m = match();
    for (let i = 0; i < 3; i++) send(m, { kind: "train", unitKind: "soldier" });
    run(m, 1);
    const foe = spawnEntity(m.world, SOLDIER, "B", 1000, 800, 40);
    let engaged = 0;
    run(m, 60, () => {
      for (const e of units(m.world)) if (e.order?.type === "guard" && e.order.targetId === foe.id) engaged++;
    });
    expect(engaged).toBeGreaterThan(0);
    expect(m.world.entities.has(foe.id)).toBe(false);
    expect(m.world.kills.length + m.world.players.get("A")!.kills).toBeGreaterThan(0);
    for (const e of units(m.world)) {
      expect(e.order).toMatchObject({ type: "guard", targetId: 0 });
      expect({ x: e.x, y: e.y }).toEqual(slotOf(m, e));
    }
  });

  it("holds while the commander is dead and follows it again after it respawns", () => {
    const m = match();
    m.c.homeX = 2400;
    m.c.homeY = 2400;
    for (let i = 0; i < 3; i++) send(m, { kind: "train", unitKind: "soldier" });
    run(m, 20);
    const held = units(m.world).map((e) => ({ x: e.x, y: e.y }));
    m.c.hp = 0;
    m.c.respawnTick = m.world.tick + 30;
    run(m, 20);
    expect(units(m.world).map((e) => ({ x: e.x, y: e.y }))).toEqual(held);
    run(m, 11);
    expect(m.c.hp).toBe(m.c.maxHp);
    expect({ x: m.c.x, y: m.c.y }).toEqual({ x: 2400, y: 2400 });
    // 1600 * sqrt(2) world units at 150 / s: about 15 s.
    run(m, 200);
    for (const e of units(m.world)) expect({ x: e.x, y: e.y }).toEqual(slotOf(m, e));
  });
});
