import { LEAVE_MESSAGES } from "../game/leave-messages.ts";

/** What the player asked for in the lobby. */
export type JoinChoice =
  | { mode: "quick" }
  | { mode: "create" }
  | { mode: "code"; code: string }
  /** the rematch a finished match offered: joined by its code, or created by the first to ask */
  | { mode: "rematch"; code: string };

/** Colyseus matchmaking error codes (see @colyseus/shared-types ErrorCode). */
const INVALID_ROOM_ID = 522;

/** Whether a join failed because no room has that id (or code). */
export function isRoomNotFound(err: unknown): boolean {
  const e = err as { code?: number; message?: string } | undefined;
  return e?.code === INVALID_ROOM_ID || /not found/i.test(String(e?.message ?? err ?? ""));
}

/**
 * Turns a failed join into a sentence a player can act on: a wrong code, a
 * full or finished match, an unreachable server. Unknown errors keep their
 * own message so nothing is hidden.
 */
export function describeJoinError(err: unknown, choice: JoinChoice, serverUrl: string): string {
  const e = err as { name?: string; message?: string; code?: number } | undefined;
  const message = String(e?.message ?? err ?? "");
  if (choice.mode === "rematch" && (isRoomNotFound(err) || /no open rematch|locked/i.test(message)))
    return "That rematch is no longer open. Start a new match from the lobby.";
  if (choice.mode === "code" && isRoomNotFound(err)) {
    if (/locked/i.test(message)) return `Match ${choice.code} is full or already over.`;
    return `No match has the code ${choice.code}. Check the code and try again.`;
  }
  const closeCode = (err as { closeCode?: unknown } | undefined)?.closeCode;
  if (typeof closeCode === "number")
    return LEAVE_MESSAGES[closeCode] ?? "The server closed the match as you joined. Try again.";
  if (/locked/i.test(message) || /is full/i.test(message)) return "That match is full. Try another one.";
  if (
    e?.name === "TypeError" ||
    /fetch|network|ECONNREFUSED|Failed to|Load failed|unreachable|closed unexpectedly/i.test(message)
  ) {
    return `Cannot reach the game server (${serverUrl}). Is it running?`;
  }
  if (/no welcome/i.test(message)) return "The server did not answer in time. Try again.";
  return `Could not join: ${message || "unknown error"}`;
}

/** Codes are shown in capitals; people type them any way, with stray spaces or dashes. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}
