import { matchMaker, type Room } from "@colyseus/core";
import { CloseCodes } from "@octet/shared/protocol";
import type { Player, World } from "@octet/shared/sim";
import type { LiveRecord } from "../replays/live-record.ts";
import type { ResumeService } from "../resume/resume-service.ts";
import { AwaitedSeats } from "./awaited-seats.ts";

/** The close reason players get when their server process shuts down. */
export const SHUTDOWN_REASON = "the server is shutting down: join a new match";
/** The close reason when another process runs the match now (the client follows it there). */
export const MOVED_REASON = "the match moved to another server";
/** A new match asked of a process that is stopping. */
export const NO_NEW_MATCHES = "this server is shutting down: it starts no new matches";
/** The close reason when a draining process reaches DRAIN_SECONDS with the match still on. */
export const DRAINED_REASON = "the server is shutting down: the match was ended at the drain deadline";

/** What the continuity of a match needs from its room. */
export interface ContinuityHost {
  room: Pick<Room, "roomId" | "clients" | "clock" | "disconnect">;
  /** leaves the match's listing to the process that runs it now (colyseus/listing-detach.ts) */
  detachListing(): void;
  world(): World;
  record(): LiveRecord | null;
  /** the match is over and closes by itself */
  ending(): boolean;
  setAutoDispose(on: boolean): void;
  /** a seat for a player who is not connected (a resumed match), numbered on from its last seq */
  keepSeat(player: Player): void;
  /** a server-side bot's seat, played by a bot again */
  adoptBot(player: Player): void;
  giveUpSeat(playerId: string): void;
}

/**
 * How one match outlives its process: the seats a resumed match keeps for
 * its players, the hand-over or drain on SIGTERM, and stepping aside when
 * another process owns the match. The room keeps the game; this keeps the
 * match going across processes.
 */
export class MatchContinuity {
  /** another process owns the match now: this copy stops without touching the record */
  moved = false;
  /** handing over: the world stopped at a tick boundary, no tick runs any more */
  frozen = false;
  /** the match ends with the process: nobody gets a reconnection window */
  shuttingDown = false;
  private awaited: AwaitedSeats | null = null;
  private readonly host: ContinuityHost;
  private readonly resume: ResumeService | null;
  private readonly drainSeconds: number;

  constructor(host: ContinuityHost, resume: ResumeService | null, drainSeconds: number) {
    this.host = host;
    this.resume = resume;
    this.drainSeconds = drainSeconds;
  }

  /** Every seat of a resumed match waits for its player, as after a drop, for `seconds`; bots play on at once. */
  awaitSeats(seconds: number): void {
    const host = this.host;
    host.setAutoDispose(false);
    this.awaited = new AwaitedSeats(
      (fn, ms) => host.room.clock.setTimeout(fn, ms),
      (id) => host.giveUpSeat(id),
      () => host.setAutoDispose(true),
    );
    for (const p of host.world().players.values()) {
      if (p.left) continue;
      if (p.bot) {
        host.adoptBot(p);
        continue;
      }
      host.keepSeat(p);
      this.awaited.hold(p.id, seconds);
    }
    if (this.awaited.size === 0) host.setAutoDispose(true);
  }

  /** Whether `playerId`'s seat waits for it here (a resumed match). */
  awaits(playerId: string): boolean {
    return this.awaited?.has(playerId) === true;
  }

  /** True once: `playerId`'s seat was waiting for it here. */
  takeSeat(playerId: string): boolean {
    return this.awaited?.take(playerId) === true;
  }

  /**
   * The record's fence refused an append: another process resumed this match
   * (this one was cut off from Redis long enough to be taken for dead). Its
   * players go to the match's new home; this copy ends without a record end.
   */
  lost(): void {
    if (this.moved) return;
    this.moved = true;
    this.host.detachListing(); // the listing under this room id is the new owner's
    for (const client of this.host.room.clients) client.leave(CloseCodes.MatchMoved, MOVED_REASON);
    this.host.room.disconnect(CloseCodes.MatchMoved).catch(() => {});
  }

  /**
   * The process is stopping (SIGTERM; Colyseus has already stopped sending it
   * new rooms and locked this one). With another live process to take it, the
   * match is handed over; otherwise it goes on, until its own end or the
   * drain deadline.
   */
  async shutDown(): Promise<void> {
    const { room } = this.host;
    if (this.host.ending()) return;
    if (await this.resume?.canHandOver(this.host.record()?.kept === true).catch(() => false)) {
      if (await this.handOver()) return;
    }
    const s = this.drainSeconds;
    if (s <= 0) return this.close(SHUTDOWN_REASON);
    console.log(`octet: room ${room.roomId}: the match goes on for at most ${s} s (draining)`);
    room.clock.setTimeout(() => this.close(`${DRAINED_REASON} (${s} s)`), s * 1000);
  }

  /**
   * Hands the match to another process at a tick boundary: no tick runs any
   * more, the record is flushed, the room goes (and with it its listing),
   * then the match is offered; a live process's resumer takes it within a
   * second and players follow it (MatchMoved, handled silently by the client).
   */
  private async handOver(): Promise<boolean> {
    const { room } = this.host;
    this.frozen = true;
    try {
      await this.host.record()?.flushed();
    } catch {
      this.frozen = false;
      return false;
    }
    const tick = this.host.world().tick;
    this.moved = true;
    // Gone before the match is offered, and not touched again: the next owner lists it anew.
    await matchMaker.driver.remove(room.roomId);
    this.host.detachListing();
    for (const client of room.clients) client.leave(CloseCodes.MatchMoved, MOVED_REASON);
    await room.disconnect(CloseCodes.MatchMoved).catch(() => {});
    const offered = await this.resume!.handOver(room.roomId).catch(() => false);
    console.log(
      offered
        ? `octet: room ${room.roomId}: handed over at tick ${tick}; another process resumes it`
        : `octet: room ${room.roomId}: could not be handed over at tick ${tick} (no longer ours)`,
    );
    return true;
  }

  /** The match ends with the process: each player is told why; no seat is kept for a comeback. */
  private close(reason: string): void {
    this.shuttingDown = true;
    for (const client of this.host.room.clients) client.leave(CloseCodes.ServerShutdown, reason);
    this.host.room.disconnect(CloseCodes.ServerShutdown).catch(() => {});
  }
}
