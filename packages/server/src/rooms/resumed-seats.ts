import type { Client } from "@colyseus/core";
import type { Rules } from "@octet/shared/rules";
import type { Player } from "@octet/shared/sim";
import { rememberSeat } from "../auth/identities.ts";
import type { LiveRecord } from "../replays/live-record.ts";
import type { ResumeAuth, ResumeService } from "../resume/resume-service.ts";
import type { MatchContinuity } from "./match-continuity.ts";
import { Seat } from "./seat.ts";

/** What the resume path needs of a room's seats. */
export interface SeatsOfRoom {
  seats: Map<string, Seat>;
  rules(): Rules;
  record(): LiveRecord | null;
}

/**
 * A resumed match keeps `player`'s seat while it is not connected, numbered
 * on from its last seq. Whose seat it is comes with the resume token that
 * takes it back (takeBackSeat).
 */
export function keepSeat(room: SeatsOfRoom, player: Player): void {
  player.connected = false;
  room.record()?.connected(player.id, false);
  const seat = new Seat(room.rules(), "");
  seat.queue.lastSeq = player.lastSeq;
  room.seats.set(player.id, seat);
}

/** What a copy of the match says of a seat asked for with a resume token. */
export type SeatAnswer = "waiting" | "moved" | "not-waiting";

/**
 * Whether the match keeps a seat for `playerId` to take back with its
 * resume token, which proved `identityId`: the seat is noted as that
 * identity's, so the WebSocket that takes it must prove it too (auth/reconnect-check.ts).
 * A copy that has handed the match over answers "moved": until it is gone
 * (its listing and its IPC channel outlive the hand-over by a moment) it can
 * still be the room a request reaches, and the asker should ask again.
 */
export function seatAwaited(
  room: SeatsOfRoom,
  continuity: MatchContinuity,
  claim: { matchId: string; playerId: string; identityId: string },
): SeatAnswer {
  if (continuity.moved) return "moved";
  const waits = claim.matchId === room.record()?.matchId && continuity.awaits(claim.playerId);
  if (!waits) return "not-waiting";
  rememberSeat(claim.playerId, claim.identityId);
  return "waiting";
}

/**
 * A player of a resumed match is back, on its own seat (its resume token
 * named it and this match, and verified for the identity it proved); the
 * seat is that identity's from now on. Throws when the seat is not waiting.
 */
export function takeBackSeat(room: SeatsOfRoom, continuity: MatchContinuity, client: Client): void {
  const auth = client.auth as ResumeAuth;
  const id = client.sessionId;
  if (auth.resumeSeat.matchId !== room.record()?.matchId || !continuity.takeSeat(id)) {
    throw new Error("that seat is not waiting for its player here");
  }
  const seat = new Seat(room.rules(), auth.id);
  seat.queue.lastSeq = room.seats.get(id)?.queue.lastSeq ?? 0;
  room.seats.set(id, seat);
  rememberSeat(id, auth.id);
}

/** Whether a join is a resumed player's (its seat was reserved through POST /matches/:roomId/resume). */
export function isResume(client: Client): boolean {
  return (client.auth as Partial<ResumeAuth> | undefined)?.resumeSeat !== undefined;
}

/** The resume token a player's welcome carries: its seat of this kept record, for its identity; "" without. */
export function resumeTokenFor(room: SeatsOfRoom, resume: ResumeService | null, playerId: string): string {
  const record = room.record();
  if (!record?.kept || !resume) return "";
  return resume.keys.issue(record.matchId, playerId, room.seats.get(playerId)?.identityId ?? "");
}
