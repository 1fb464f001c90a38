import { describe, expect, it } from "vitest";
import { Reject } from "../src/protocol/actions.ts";
import { decodeAction, encodeAction, encodeRawAction } from "../src/protocol/codec.ts";
import { readRecord, verifyRecord } from "../src/record/index.ts";
import { DEFAULT_RULES_DOCUMENT, mergeRules, safeParseRules } from "../src/rules/index.ts";
import { spawnEntity, validateAction } from "../src/sim/index.ts";
import { match, RULES, SOLDIER } from "./support/guard-match.ts";
import { playScriptedMatch, shortRules } from "./support/scripted-match.ts";

describe("GuardCommander on the wire and in the record", () => {
  it("round-trips, and refuses an empty list, a repeated id and more than limits.maxUnitsPerOrder ids", () => {
    const ok = decodeAction(encodeAction({ seq: 4, kind: "guard", unitIds: [9, 3, 7] }), RULES);
    expect(ok).toEqual({ ok: true, action: { seq: 4, kind: "guard", unitIds: [9, 3, 7] } });
    const max = RULES.limits.maxUnitsPerOrder;
    const bad = (unitIds: number[]) => decodeAction(encodeRawAction({ seq: 5, guard: { unitIds } }), RULES);
    expect(bad([])).toMatchObject({ ok: false, seq: 5, reason: Reject.OutOfRange });
    expect(bad([3, 4, 3])).toMatchObject({
      ok: false,
      seq: 5,
      reason: Reject.OutOfRange,
      detail: expect.stringMatching(/3 more than once/),
    });
    expect(bad(Array.from({ length: max + 1 }, (_, i) => i + 1))).toMatchObject({
      ok: false,
      reason: Reject.OutOfRange,
    });
    expect(bad(Array.from({ length: max }, (_, i) => i + 1)).ok).toBe(true);
  });

  it("guard orders are recorded as applied and replay to every stored hash", () => {
    for (const seed of [3, 8]) {
      const record = readRecord(playScriptedMatch(shortRules(30), seed, 6).bytes);
      const guards = record.ticks.flatMap((t) => t.actions).filter((a) => a.action.kind === "guard");
      expect(guards.length).toBeGreaterThan(20);
      expect(guards[0]!.action.guard!.unitIds!.length).toBeGreaterThan(0);
      const result = verifyRecord(record);
      expect(result).toMatchObject({ ok: true, mismatch: null });
      expect(result.hashesChecked).toBeGreaterThan(25);
    }
  });
});

describe("guard orders: the rules and the game-state checks", () => {
  it("default to guarding new units, and refuse a leash shorter than the radius or a guardOnTrain that is no switch", () => {
    expect(RULES.orders.guardOnTrain).toBe(true);
    expect(RULES.orders.guardLeash).toBeGreaterThanOrEqual(RULES.orders.guardRadius);
    const bad = safeParseRules(
      mergeRules(DEFAULT_RULES_DOCUMENT, {
        orders: { guardRadius: 500, guardLeash: 400, guardOnTrain: "yes" },
      }),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems).toEqual(
      expect.arrayContaining([
        { path: "orders.guardOnTrain", message: expect.stringMatching(/true or false/) },
        { path: "orders.guardLeash", message: "expected at least orders.guardRadius (500), got 400" },
      ]),
    );
    expect(safeParseRules(mergeRules(DEFAULT_RULES_DOCUMENT, { orders: { guardRadius: -1 } })).ok).toBe(
      false,
    );
  });

  it("takes only the player's own living units", () => {
    const m = match();
    const own = spawnEntity(m.world, SOLDIER, "A", 820, 800, 120);
    const theirs = spawnEntity(m.world, SOLDIER, "B", 840, 800, 120);
    const guard = (unitIds: number[]) => validateAction(m.world, "A", { seq: 1, kind: "guard", unitIds });
    expect(guard([own.id]).ok).toBe(true);
    expect(guard([own.id, theirs.id])).toMatchObject({ ok: false, reason: Reject.NotOwner });
    expect(guard([m.c.id])).toMatchObject({ ok: false, reason: Reject.InvalidTarget });
    expect(guard([424_242])).toMatchObject({ ok: false, reason: Reject.UnknownEntity });
    // Killed this tick (removed from the world when the tick resolves deaths): NotAlive until then.
    own.hp = 0;
    expect(guard([own.id])).toMatchObject({ ok: false, reason: Reject.NotAlive });
    // A spectator or someone who left holds no units to order.
    expect(validateAction(m.world, "nobody", { seq: 1, kind: "guard", unitIds: [theirs.id] })).toMatchObject({
      ok: false,
      reason: Reject.NotPlaying,
    });
  });
});
