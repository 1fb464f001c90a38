import type { ClientActionMessage, RankMessage } from "../protocol/codec.ts";
import { octet } from "../protocol/generated/replay.js";

export { octet as replayProto };

/**
 * The record format this code writes (replay.proto's
 * RecordHeader.format_version). Bump it for any change that an older reader
 * would misread; readers refuse versions they do not know.
 *
 * 2: guard orders. The bytes of format 1 read the same (ClientAction only
 * gained oneof field 6, GuardCommander), but what they mean changed: under
 * format 2 a trained unit starts guarding its commander when the rules'
 * orders.guardOnTrain says so, while a format 1 match's units stood idle; and
 * a format 1 reader would meet a guard action as "no known action". So a
 * format 1 record is replayed with the rules of its time (see recordRules),
 * and a format 1 reader refuses a format 2 record up front instead of failing
 * at the first guard order, or replaying to different hashes.
 */
export const RECORD_FORMAT_VERSION = 2;

/** Every format this code reads: its own, and the older ones it can replay exactly. */
export const READABLE_FORMAT_VERSIONS: readonly number[] = [1, 2];

/** Ticks between two stored world hashes when the rules do not say (10 Hz: one a second). */
export const DEFAULT_HASH_EVERY = 10;

/** One chunk as the bytes a record file, a Redis value or a spectator's message carries. */
export function encodeChunk(chunk: octet.IRecordChunk): Uint8Array {
  return octet.RecordChunk.encodeDelimited(chunk).finish();
}

/** Joins chunks (or records) into one byte array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.byteLength;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** A world hash as replay.proto stores it (fixed32) from hashWorld's 8 hex digits. */
export function hashToNumber(hex: string): number {
  return Number.parseInt(hex, 16) >>> 0;
}

export function hashToHex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, "0");
}

// The record as readers see it: every field present (proto3 defaults filled in).

export interface HeaderRecord {
  formatVersion: number;
  matchId: string;
  roomId: string;
  rulesJson: string;
  seed: number;
  startTimeMs: number;
  hashEvery: number;
}

export type RosterItem =
  | { kind: "join"; player: number; playerId: string; name: string; seat: number; bot: boolean }
  | { kind: "leave" | "drop" | "back"; player: number };

export interface AppliedRecord {
  player: number;
  action: ClientActionMessage;
}

export interface TickRecord {
  tick: number;
  roster: RosterItem[];
  actions: AppliedRecord[];
  /** the stored world hash, on hashed ticks only */
  hash: number | null;
}

/** The end's ranking: the RankEntry message MatchEnd sends too. */
export type RankRecord = RankMessage;

export interface EndRecord {
  tick: number;
  reason: string;
  ranking: RankRecord[];
  endTimeMs: number;
}
