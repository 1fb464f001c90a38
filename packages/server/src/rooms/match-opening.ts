import type { Presence } from "@colyseus/core";
import type { Rules } from "@octet/shared/rules";
import type { RecordStore } from "../replays/record-store.ts";
import type { ResumedMatch, ResumeService } from "../resume/resume-service.ts";
import { continueMatch, type MatchOrigin, startNewMatch } from "./match-origin.ts";
import { takeRematch } from "./rematch.ts";
import { claimRoomCode } from "./room-code.ts";

/** What opening a match needs of its room. */
export interface OpeningRoom {
  roomId: string;
  presence: Presence;
  setPrivate(on: boolean): Promise<void>;
}

export interface OpenMatchOptions {
  rules: Rules;
  seed: number | undefined;
  /** where records go; null: in memory only; false: none (a benchmark's baseline) */
  store: RecordStore | null | false;
  resume: ResumeService | null;
  /** a match rebuilt from its record, to run under its old room id */
  resumed: ResumedMatch | null;
  /** the creator asked for a private match (ignored for a resumed one: it keeps what it was) */
  wantsPrivate: boolean;
  /** with wantsPrivate: the rematch code a finished match offered, to take (rooms/rematch.ts); checked there */
  rematch?: unknown;
  /** the record's fence refused an append: another process owns the match */
  onLost: () => void;
}

export interface OpenedMatch extends MatchOrigin {
  /** the code of a private match (its room id); null for a public one */
  privateCode: string | null;
}

/**
 * The match a new room runs: a fresh one, or one resumed under the room id,
 * privacy and record it had. A private match is hidden from quick match and
 * joined by a short code, which is its room id, so joining by code is a
 * plain joinById.
 */
export async function openMatch(room: OpeningRoom, o: OpenMatchOptions): Promise<OpenedMatch> {
  const { resumed } = o;
  if (resumed) {
    room.roomId = resumed.entry.roomId;
    // A private match's code stays claimed in presence: the dead process never released it.
    const privateCode = resumed.entry.private ? await becomePrivate(room, resumed.entry.roomId) : null;
    return { ...continueMatch(resumed, o.resume!, o.onLost), privateCode };
  }
  const rematchCode =
    o.wantsPrivate && o.rematch !== undefined ? await takeRematch(room.presence, o.rematch) : undefined;
  const privateCode = o.wantsPrivate ? await becomePrivate(room, rematchCode) : null;
  const { rules, seed, store, resume, onLost } = o;
  const rulesJson = JSON.stringify(rules);
  const opts = { roomId: room.roomId, rules, rulesJson, seed, store, resume, onLost };
  return { ...(await startNewMatch({ ...opts, isPrivate: privateCode !== null })), privateCode };
}

async function becomePrivate(room: OpeningRoom, code?: string): Promise<string> {
  room.roomId = code ?? (await claimRoomCode(room.presence));
  await room.setPrivate(true);
  return room.roomId;
}
