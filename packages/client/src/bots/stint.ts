import { MatchPhase } from "@octet/shared/sim";
import type { MatchConnection } from "../net/connection.ts";
import { connectionCounts } from "./counts.ts";
import type { StintRecord } from "./report.ts";

/**
 * One bot's time in one room: the connection's own counts, plus what the bot
 * times and counts there itself: how long the match was being played (from
 * the phases the patches carry), the lobby as last seen, errors.
 */
export class Stint {
  readonly conn: MatchConnection;
  errors = 0;
  private readonly connectedAt = performance.now();
  /** when the bot last saw the match turn to playing (0: not playing now) */
  private playingSince = 0;
  private playingMs = 0;
  private lobby: StintRecord["lobby"] = null;

  constructor(conn: MatchConnection) {
    this.conn = conn;
  }

  /** Call on every patch. */
  notePhase(): void {
    const state = this.conn.state;
    if (state.phase === MatchPhase.Playing) {
      if (!this.playingSince) this.playingSince = performance.now();
      return;
    }
    if (this.playingSince) {
      this.playingMs += performance.now() - this.playingSince;
      this.playingSince = 0;
    }
    const players = this.conn.rules.players;
    if (state.phase === MatchPhase.Waiting)
      this.lobby = {
        players: state.players.size,
        seats: players.max,
        minToStart: players.minToStart,
        waitSeconds: players.lobbyWaitSeconds,
        secondsLeft: state.secondsLeft,
      };
  }

  /** Where it stands now (a fresh object). */
  record(): StintRecord {
    const now = performance.now();
    const end = this.conn.matchEnd;
    const playingMs = this.playingMs + (this.playingSince ? now - this.playingSince : 0);
    return {
      roomId: this.conn.room.roomId,
      ...connectionCounts(this.conn),
      connectedMs: now - this.connectedAt,
      playingMs,
      errorCount: this.errors,
      started: playingMs > 0 || end !== null,
      lobby: this.lobby,
      end: end
        ? {
            reason: end.reason,
            tick: end.tick,
            ranking: end.ranking.map((e) => ({ rank: e.rank, name: e.name, score: e.score, kills: e.kills })),
          }
        : null,
    };
  }
}
