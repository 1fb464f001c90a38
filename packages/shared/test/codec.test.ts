import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Action,
  decodeAction,
  decodeServerMessage,
  encodeAction,
  encodeRawAction,
  encodeServerMessage,
  Reject,
} from "../src/protocol/index.ts";
import { DEFAULT_RULES } from "../src/rules/index.ts";

const rules = DEFAULT_RULES;
const seq = fc.integer({ min: 1, max: 0xffffffff });
const ids = fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), {
  minLength: 1,
  maxLength: rules.limits.maxUnitsPerOrder,
});
const dir = fc.constantFrom(-1 as const, 0 as const, 1 as const);

const validAction: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ seq, kind: fc.constant("commanderMove" as const), dx: dir, dy: dir }),
  fc.record({
    seq,
    kind: fc.constant("moveUnits" as const),
    unitIds: ids,
    x: fc.integer({ min: 0, max: rules.map.width }),
    y: fc.integer({ min: 0, max: rules.map.height }),
  }),
  fc.record({
    seq,
    kind: fc.constant("attack" as const),
    unitIds: ids,
    targetId: fc.integer({ min: 0, max: 0xffffffff }),
  }),
  fc.record({
    seq,
    kind: fc.constant("train" as const),
    unitKind: fc.constantFrom(...Object.keys(rules.units)),
  }),
);

describe("action codec", () => {
  it("decodes every valid action back to itself", () => {
    fc.assert(
      fc.property(validAction, (action) => {
        expect(decodeAction(encodeAction(action), rules)).toEqual({ ok: true, action });
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary bytes, and any rejection is typed", () => {
    const codes = new Set<number>(Object.values(Reject));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1200 }), (bytes) => {
        const result = decodeAction(bytes, rules);
        if (!result.ok) {
          expect(codes.has(result.reason)).toBe(true);
          expect(result.detail.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("survives valid encodings with bytes flipped or cut", () => {
    fc.assert(
      fc.property(validAction, fc.nat(), fc.nat({ max: 255 }), fc.nat(), (action, at, value, cut) => {
        const bytes = encodeAction(action);
        const flipped = bytes.slice();
        flipped[at % flipped.length] = value;
        expect(() => decodeAction(flipped, rules)).not.toThrow();
        expect(() => decodeAction(bytes.slice(0, cut % bytes.length), rules)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });

  it("rejects out-of-range values with their reason and the seq it could read", () => {
    const cases: Array<[Parameters<typeof encodeRawAction>[0], number, RegExp]> = [
      [{ seq: 5, commanderMove: { dx: 2, dy: 0 } }, Reject.OutOfRange, /dx and dy must be -1, 0 or 1/],
      [{ seq: 6, moveUnits: { unitIds: [], x: 1, y: 1 } }, Reject.OutOfRange, /unit_ids must hold 1 to 32/],
      [
        { seq: 7, moveUnits: { unitIds: Array.from({ length: 33 }, (_, i) => i), x: 1, y: 1 } },
        Reject.OutOfRange,
        /got 33/,
      ],
      [
        { seq: 8, moveUnits: { unitIds: [1], x: 5000, y: 1 } },
        Reject.OutOfRange,
        /outside the 4096 x 4096 map/,
      ],
      [{ seq: 9, train: { unitKind: "dragon" } }, Reject.OutOfRange, /unknown unit kind "dragon"/],
      [{ seq: 10 }, Reject.UnknownAction, /no known action/],
      [{ seq: 0, commanderMove: { dx: 1, dy: 0 } }, Reject.Malformed, /seq must be >= 1/],
    ];
    for (const [msg, reason, detail] of cases) {
      const result = decodeAction(encodeRawAction(msg), rules);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.reason).toBe(reason);
      expect(result.detail).toMatch(detail);
      expect(result.seq).toBe(reason === Reject.Malformed ? 0 : msg.seq);
    }
  });

  it("refuses oversized and non-protobuf messages before touching them", () => {
    const big = decodeAction(new Uint8Array(rules.limits.maxMessageBytes + 1), rules);
    expect(big).toMatchObject({ ok: false, reason: Reject.TooLarge });
    const garbage = decodeAction(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), rules);
    expect(garbage).toMatchObject({ ok: false, reason: Reject.Malformed, seq: 0 });
    expect(decodeAction("hello" as unknown as Uint8Array, rules)).toMatchObject({
      ok: false,
      reason: Reject.Malformed,
    });
  });

  it("keeps duplicate unit ids out of an order", () => {
    const result = decodeAction(
      encodeRawAction({ seq: 3, attack: { unitIds: [4, 4, 9, 4], targetId: 2 } }),
      rules,
    );
    expect(result).toEqual({ ok: true, action: { seq: 3, kind: "attack", unitIds: [4, 9], targetId: 2 } });
  });
});

describe("server message codec", () => {
  it("round-trips results, kills and the final ranking", () => {
    const results = {
      tick: 9,
      results: [{ seq: 4, accepted: false, reason: Reject.NotOwner, detail: "no" }],
    };
    expect(decodeServerMessage(encodeServerMessage({ results }))).toEqual({ kind: "results", ...results });
    const ranking = [{ rank: 1, playerId: "a", name: "Ada", score: 12, kills: 3 }];
    expect(
      decodeServerMessage(
        encodeServerMessage({ matchEnd: { tick: 99, reason: "time", ranking, matchId: "ab-c1" } }),
      ),
    ).toEqual({ kind: "matchEnd", tick: 99, reason: "time", ranking, matchId: "ab-c1" });
  });

  it("returns null instead of throwing for bytes that are not a server message", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(() => decodeServerMessage(bytes)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
    expect(decodeServerMessage(new Uint8Array([0xff, 0xff, 0xff]))).toBeNull();
  });
});
