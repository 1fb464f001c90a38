import { wanderer } from "@octet/shared/bots";
import { encodeRawAction } from "@octet/shared/protocol";
import type { NetBotContext, NetStrategy } from "./strategy.ts";

/** Bytes that can never decode as a ClientAction, each broken a different way. */
const GARBAGE: readonly Uint8Array[] = [
  new Uint8Array([0x0f]), // field 1 with wire type 7, which does not exist
  new Uint8Array([0x08, 0xff, 0xff]), // a varint cut off in the middle
  new Uint8Array([0x12, 0x40, 0x08]), // a sub-message longer than the frame
  new Uint8Array([]), // nothing at all: no seq
];

/** One kind of misbehaviour; returns nothing, the server's answer is counted as it arrives. */
type Abuse = (ctx: NetBotContext) => void;

const ABUSES: readonly Abuse[] = [
  // Malformed: bytes that are not a ClientAction.
  (ctx) => ctx.conn.sendRaw(GARBAGE[Math.floor(ctx.random() * GARBAGE.length)]!),
  // Out of range: a commander step of 5, a target off the map, a unit kind that
  // does not exist, more unit ids than an order may carry.
  (ctx) => ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq(), commanderMove: { dx: 5, dy: -3 } })),
  (ctx) => {
    const { width, height } = ctx.rules.map;
    const x = width + 1000;
    ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq(), moveUnits: { unitIds: [1], x, y: height } }));
  },
  (ctx) => ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq(), train: { unitKind: "dragon" } })),
  (ctx) => {
    const unitIds = Array.from({ length: ctx.rules.limits.maxUnitsPerOrder + 1 }, (_, i) => i + 1);
    ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq(), moveUnits: { unitIds, x: 10, y: 10 } }));
  },
  // A guard order listing one id twice (each id holds one formation slot).
  (ctx) => ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq(), guard: { unitIds: [1, 1] } })),
  // Unauthorised: ordering another player's commander around.
  (ctx) => {
    const victim = otherCommander(ctx);
    if (victim === undefined) return;
    ctx.conn.sendRaw(
      encodeRawAction({ seq: ctx.conn.nextSeq(), moveUnits: { unitIds: [victim], x: 100, y: 100 } }),
    );
  },
  // A replayed sequence number.
  (ctx) => ctx.conn.sendRaw(encodeRawAction({ seq: 1, commanderMove: { dx: 1, dy: 0 } })),
  // A ClientAction with no action in it.
  (ctx) => ctx.conn.sendRaw(encodeRawAction({ seq: ctx.conn.nextSeq() })),
  // Over limits.maxMessageBytes, but under the socket's 4 KiB frame cap.
  (ctx) =>
    ctx.conn.sendRaw(new Uint8Array(Math.min(4000, ctx.rules.limits.maxMessageBytes + 200)).fill(0x08)),
  // A message type the server does not know. It is answered like an action
  // (UnknownAction), so it counts as one sent: every message gets one answer.
  (ctx) => ctx.conn.sendMessage("cheat", { gold: 1_000_000 }),
];

function otherCommander(ctx: NetBotContext): number | undefined {
  let id: number | undefined;
  ctx.conn.state.players.forEach((p, playerId) => {
    if (id === undefined && playerId !== ctx.conn.playerId && !p.left) id = p.commanderId;
  });
  return id;
}

/**
 * Misbehaves to check the server's defences: malformed bytes, out-of-range
 * values, orders for someone else's entities, replayed seqs, oversized and
 * unknown messages, about two a second, between honest wandering. It stays
 * under the server's flood and garbage limits, so it keeps its seat and every
 * misdeed gets a typed rejection, which the report counts by reason.
 */
export function chaos(): NetStrategy {
  const walk = wanderer();
  return {
    name: "chaos",
    honest: false,
    think(ctx: NetBotContext) {
      walk.think(ctx);
      if (ctx.tick % 5 === 0) ABUSES[Math.floor(ctx.random() * ABUSES.length)]!(ctx);
    },
  };
}
