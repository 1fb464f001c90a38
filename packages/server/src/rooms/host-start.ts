import { MessageType, Reject, reject, type Verdict } from "@octet/shared/protocol";
import { hostOf, type World } from "@octet/shared/sim";
import type { BotSeats } from "./bot-seats.ts";

/** One start request per player this often, at most (ms): a button mashed or a script looping costs nothing. */
export const HOST_START_EVERY_MS = 2000;

/**
 * MessageType.StartWithBots: a private match's host starts at once, with
 * server-side bots in every empty seat (then the usual lobby countdown runs).
 * Guarded: rate-limited per player, no payload, private matches only, the
 * host only, only while the match waits and has no bots yet. A refusal is a
 * typed rejection with seq 0, sent with the next tick's results.
 */
export class HostStart {
  private readonly world: World;
  private readonly bots: BotSeats;
  private readonly isPrivate: () => boolean;
  private readonly lastAt = new Map<string, number>();

  constructor(world: World, bots: BotSeats, isPrivate: () => boolean) {
    this.world = world;
    this.bots = bots;
    this.isPrivate = isPrivate;
  }

  /** Handles MessageType.StartWithBots on `room`; `refuse` sends a refusal to the player. */
  listen(
    room: {
      onMessageBytes(type: number, cb: (client: { sessionId: string }, bytes: Uint8Array) => void): unknown;
    },
    refuse: (playerId: string, verdict: Extract<Verdict, { ok: false }>) => void,
  ): void {
    room.onMessageBytes(MessageType.StartWithBots, (client, bytes) => {
      const v = this.request(client.sessionId, bytes, Date.now());
      if (!v.ok) refuse(client.sessionId, v);
    });
  }

  /** `payload`: whatever the client sent with the type (bytes, or a decoded message): it must be empty bytes. */
  request(playerId: string, payload: unknown, now: number): Verdict {
    const last = this.lastAt.get(playerId);
    if (last !== undefined && now - last < HOST_START_EVERY_MS)
      return reject(Reject.RateLimited, `start with bots: at most once per ${HOST_START_EVERY_MS / 1000} s`);
    this.lastAt.set(playerId, now);
    // Bounded: entries past the window say nothing, so a churn of clients leaves no trail.
    if (this.lastAt.size > 256)
      for (const [id, at] of this.lastAt) if (now - at >= HOST_START_EVERY_MS) this.lastAt.delete(id);
    if (!(payload instanceof Uint8Array) || payload.byteLength > 0)
      return reject(Reject.Malformed, "start with bots takes no payload");
    if (!this.world.players.has(playerId)) return reject(Reject.Spectator, "spectators cannot start a match");
    if (!this.isPrivate()) return reject(Reject.NotOwner, "only a private match can be started with bots");
    if (hostOf(this.world.players.entries()) !== playerId)
      return reject(Reject.NotOwner, "only the host of this private match can start it with bots");
    if (!this.bots.canFill) return reject(Reject.NotPlaying, "the match is no longer waiting for players");
    this.bots.fillNow();
    return { ok: true };
  }
}
