import type { Client, Room } from "@colyseus/sdk";
import { CloseCodes } from "@octet/shared/protocol";
import { MatchState } from "@octet/shared/state";
import { followMatch } from "./follow-match.ts";
import type { Reconnection } from "./reconnection.ts";

/** What following a moved match needs of its connection. */
export interface MoveHost {
  readonly client: Client;
  room(): Room;
  readonly reconnection: Reconnection;
  /** the seat was taken back in the match's new room: listen to it from now on */
  moved(room: Room): void;
  /** the seat could not be taken back: the connection is over */
  lost(reason: string, code: number, closeReason: string): void;
}

/**
 * A match that runs on another process now (resumed after a crash, or handed
 * over): stop retrying the old address and take the seat back there with the
 * resume token the server gave this player, within the seat's window.
 * Reported as a reconnection; the player sees no more than a short pause.
 */
export class MatchMove {
  /** proves this player's seat to whichever process runs the match next ("" when it cannot move) */
  token = "";
  /** the schema root the state decodes with (undefined: reflection) */
  root: unknown = MatchState;
  /** taking the seat back in the match's new room is under way */
  private following = false;
  private readonly host: MoveHost;

  constructor(host: MoveHost) {
    this.host = host;
  }

  /**
   * Whether a room's close means the match went elsewhere: it said so, or a
   * process started again refused the old reconnection.
   */
  followsClose(code: number): boolean {
    const r = this.host.reconnection;
    return this.token !== "" && (code === CloseCodes.MatchMoved || (r.active && !r.gone));
  }

  async follow(closed?: { code: number; reason: string | undefined }): Promise<void> {
    if (this.following || !this.token) return;
    this.following = true;
    const host = this.host;
    const old = host.room();
    old.removeAllListeners();
    old.reconnection.maxRetries = 0;
    old.reconnection.enabled = false;
    const deadline = host.reconnection.moving();
    try {
      old.connection?.close();
    } catch {
      // already closed
    }
    const room = await followMatch(host.client, old.roomId, this.token, this.root, deadline);
    this.following = false;
    if (!room) {
      // Not there either: the seat is lost, for the reason the old room closed with.
      const code = closed?.code ?? CloseCodes.MatchMoved;
      const reason = closed?.reason || "the match could not be found again in time";
      return host.lost(host.reconnection.closed(code, reason) ?? reason, code, reason);
    }
    host.moved(room);
    host.reconnection.followed();
  }
}
