import type { Rules } from "../rules/index.ts";
import { type Action, Reject, type RejectCode } from "./actions.ts";
import { octet } from "./generated/actions.js";

export { octet };

export type DecodeResult =
  | { ok: true; action: Action }
  | { ok: false; seq: number; reason: RejectCode; detail: string };

/** Encodes an action as ClientAction protobuf bytes. */
export function encodeAction(action: Action): Uint8Array {
  return octet.ClientAction.encode(actionToMessage(action)).finish();
}

/** An action as a ClientAction message (the wire, and the match record's applied actions). */
export function actionToMessage(action: Action): octet.ClientAction.$Properties {
  const msg: octet.ClientAction.$Properties = { seq: action.seq };
  switch (action.kind) {
    case "commanderMove":
      msg.commanderMove = { dx: action.dx, dy: action.dy };
      break;
    case "moveUnits":
      msg.moveUnits = { unitIds: action.unitIds, x: action.x, y: action.y };
      break;
    case "attack":
      msg.attack = { unitIds: action.unitIds, targetId: action.targetId };
      break;
    case "train":
      msg.train = { unitKind: action.unitKind };
      break;
    case "guard":
      msg.guard = { unitIds: action.unitIds };
      break;
  }
  return msg;
}

/** Encodes any ClientAction shape, valid or not: for tests and the chaos bot. */
export function encodeRawAction(msg: octet.ClientAction.$Properties): Uint8Array {
  return octet.ClientAction.encode(msg).finish();
}

const fail = (seq: number, reason: RejectCode, detail: string): DecodeResult => ({
  ok: false,
  seq,
  reason,
  detail,
});

function inRangeInt(v: number, min: number, max: number): boolean {
  return Number.isInteger(v) && v >= min && v <= max;
}

/**
 * Decodes and range-checks one ClientAction. Never throws: anything wrong comes
 * back as a rejection with the seq when it could be read (0 otherwise).
 * Game-state checks (ownership, gold, alive) belong to sim/validate.
 */
export function decodeAction(bytes: Uint8Array, rules: Rules): DecodeResult {
  if (!(bytes instanceof Uint8Array)) return fail(0, Reject.Malformed, "expected binary data");
  if (bytes.byteLength > rules.limits.maxMessageBytes) {
    return fail(
      0,
      Reject.TooLarge,
      `message of ${bytes.byteLength} bytes exceeds ${rules.limits.maxMessageBytes}`,
    );
  }
  let msg: octet.ClientAction;
  try {
    msg = octet.ClientAction.decode(bytes);
  } catch (err) {
    return fail(0, Reject.Malformed, `not a ClientAction: ${(err as Error).message}`);
  }
  return actionFromMessage(msg, rules);
}

/** A decoded ClientAction, from the wire or from a match record. */
export interface ClientActionMessage {
  seq: number;
  kind?: string;
  commanderMove?: { dx?: number | null; dy?: number | null } | null;
  moveUnits?: { unitIds?: number[] | null; x?: number | null; y?: number | null } | null;
  attack?: { unitIds?: number[] | null; targetId?: number | null } | null;
  train?: { unitKind?: string | null } | null;
  guard?: { unitIds?: number[] | null } | null;
}

/** Range-checks a decoded ClientAction into an Action (the same checks for the wire and for records). */
export function actionFromMessage(msg: ClientActionMessage, rules: Rules): DecodeResult {
  const seq = msg.seq;
  if (!inRangeInt(seq, 1, 0xffffffff)) return fail(0, Reject.Malformed, "seq must be >= 1");
  const maxIds = rules.limits.maxUnitsPerOrder;
  switch (msg.kind) {
    case "commanderMove": {
      const { dx, dy } = msg.commanderMove!;
      const d = dx ?? 0;
      const e = dy ?? 0;
      if (!inRangeInt(d, -1, 1) || !inRangeInt(e, -1, 1)) {
        return fail(seq, Reject.OutOfRange, `dx and dy must be -1, 0 or 1, got ${d}, ${e}`);
      }
      return { ok: true, action: { seq, kind: "commanderMove", dx: d as -1 | 0 | 1, dy: e as -1 | 0 | 1 } };
    }
    case "moveUnits": {
      const m = msg.moveUnits!;
      const ids = m.unitIds ?? [];
      const x = m.x ?? 0;
      const y = m.y ?? 0;
      if (ids.length === 0 || ids.length > maxIds) {
        return fail(seq, Reject.OutOfRange, `unit_ids must hold 1 to ${maxIds} ids, got ${ids.length}`);
      }
      if (x > rules.map.width || y > rules.map.height) {
        return fail(
          seq,
          Reject.OutOfRange,
          `target (${x}, ${y}) is outside the ${rules.map.width} x ${rules.map.height} map`,
        );
      }
      return { ok: true, action: { seq, kind: "moveUnits", unitIds: uniq(ids), x, y } };
    }
    case "attack": {
      const a = msg.attack!;
      const ids = a.unitIds ?? [];
      if (ids.length === 0 || ids.length > maxIds) {
        return fail(seq, Reject.OutOfRange, `unit_ids must hold 1 to ${maxIds} ids, got ${ids.length}`);
      }
      return { ok: true, action: { seq, kind: "attack", unitIds: uniq(ids), targetId: a.targetId ?? 0 } };
    }
    case "train": {
      const kind = msg.train!.unitKind ?? "";
      if (!Object.hasOwn(rules.units, kind)) {
        return fail(seq, Reject.OutOfRange, `unknown unit kind ${JSON.stringify(kind.slice(0, 32))}`);
      }
      return { ok: true, action: { seq, kind: "train", unitKind: kind } };
    }
    case "guard": {
      const ids = msg.guard!.unitIds ?? [];
      if (ids.length === 0 || ids.length > maxIds) {
        return fail(seq, Reject.OutOfRange, `unit_ids must hold 1 to ${maxIds} ids, got ${ids.length}`);
      }
      // The ids take formation slots in list order: a repeated id would take two.
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      if (twice !== undefined) return fail(seq, Reject.OutOfRange, `unit_ids lists ${twice} more than once`);
      return { ok: true, action: { seq, kind: "guard", unitIds: [...ids] } };
    }
    default:
      return fail(seq, Reject.UnknownAction, "no known action in the message");
  }
}

function uniq(ids: number[]): number[] {
  return [...new Set(ids)];
}

export interface ActionResultMessage {
  seq: number;
  accepted: boolean;
  reason: number;
  detail: string;
}
export interface KillMessage {
  victimId: number;
  victimKind: number;
  victimOwner: string;
  killerId: number;
  killerOwner: string;
}
export interface RankMessage {
  rank: number;
  playerId: string;
  name: string;
  score: number;
  kills: number;
}

/** A RankEntry with every field present: MatchEnd's ranking, and the match record's end (replay.proto). */
export function readRankEntry(r: octet.IRankEntry): RankMessage {
  return {
    rank: r.rank ?? 0,
    playerId: r.playerId ?? "",
    name: r.name ?? "",
    score: r.score ?? 0,
    kills: r.kills ?? 0,
  };
}

/** A decoded ServerMessage with every field present (proto3 defaults filled in). */
export type ServerEvent =
  | { kind: "results"; tick: number; results: ActionResultMessage[] }
  | { kind: "kills"; tick: number; kills: KillMessage[] }
  | { kind: "matchEnd"; tick: number; reason: string; ranking: RankMessage[]; matchId: string }
  | { kind: "welcome"; playerId: string; rulesJson: string; tick: number; resumeToken: string };

export function encodeServerMessage(msg: octet.ServerMessage.$Properties): Uint8Array {
  return octet.ServerMessage.encode(msg).finish();
}

/** Decodes a ServerMessage; returns null for bytes that are not one (never throws). */
export function decodeServerMessage(bytes: Uint8Array): ServerEvent | null {
  let m: octet.ServerMessage;
  try {
    m = octet.ServerMessage.decode(bytes);
  } catch {
    return null;
  }
  switch (m.kind) {
    case "results": {
      const r = m.results!;
      return {
        kind: "results",
        tick: r.tick ?? 0,
        results: (r.results ?? []).map((x) => ({
          seq: x.seq ?? 0,
          accepted: x.accepted ?? false,
          reason: x.reason ?? 0,
          detail: x.detail ?? "",
        })),
      };
    }
    case "events": {
      const e = m.events!;
      return {
        kind: "kills",
        tick: e.tick ?? 0,
        kills: (e.kills ?? []).map((k) => ({
          victimId: k.victimId ?? 0,
          victimKind: k.victimKind ?? 0,
          victimOwner: k.victimOwner ?? "",
          killerId: k.killerId ?? 0,
          killerOwner: k.killerOwner ?? "",
        })),
      };
    }
    case "matchEnd": {
      const e = m.matchEnd!;
      return {
        kind: "matchEnd",
        tick: e.tick ?? 0,
        reason: e.reason ?? "",
        matchId: e.matchId ?? "",
        ranking: (e.ranking ?? []).map(readRankEntry),
      };
    }
    case "welcome": {
      const w = m.welcome!;
      return {
        kind: "welcome",
        playerId: w.playerId ?? "",
        rulesJson: w.rulesJson ?? "",
        tick: w.tick ?? 0,
        resumeToken: w.resumeToken ?? "",
      };
    }
    default:
      return null;
  }
}
