import { type Client, matchMaker, Room, type RoomException } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { CloseCodes, encodeServerMessage, MessageType } from "@octet/shared/protocol";
import { DEFAULT_RULES, type Rules } from "@octet/shared/rules";
import { ambientEvery, step, type World } from "@octet/shared/sim";
import { MatchState, OWNER_TAG, StateSync } from "@octet/shared/state";
import { detachListing } from "../colyseus/listing-detach.ts";
import {
  DEFAULT_SOCKET_LIMITS,
  MATCH_FAILED_REASON,
  RoomGuard,
  type SocketLimits,
} from "../guard/room-guard.ts";
import { countAccepted, timedTick } from "../http/metrics.ts";
import { InterestManager } from "../interest/interest-manager.ts";
import { admitSpectator, type LiveRecord } from "../replays/live-record.ts";
import type { RecordStore } from "../replays/record-store.ts";
import { wantsToSpectate } from "../replays/spectator-feed.ts";
import type { ResumeService } from "../resume/resume-service.ts";
import { BotSeats } from "./bot-seats.ts";
import { HostStart } from "./host-start.ts";
import { type ContinuityHost, MatchContinuity, NO_NEW_MATCHES } from "./match-continuity.ts";
import { openMatch } from "./match-opening.ts";
import { offerRematch, withdrawRematch } from "./rematch.ts";
import {
  isResume,
  keepSeat,
  resumeTokenFor,
  type SeatAnswer,
  seatAwaited,
  takeBackSeat,
} from "./resumed-seats.ts";
import { releaseRoomCode } from "./room-code.ts";
import { RoomSeats } from "./room-seats.ts";
import { SeatLock } from "./seat-lock.ts";
import { batchWrites } from "./socket-batch.ts";
import { flushResults, sendKills } from "./tick-messages.ts";

export { DRAINED_REASON, MOVED_REASON, NO_NEW_MATCHES, SHUTDOWN_REASON } from "./match-continuity.ts";

/**
 * Adapts Colyseus events to the shared simulation: it decodes and queues
 * actions, steps the world at the critical rate, mirrors it into the schema
 * state, and sends results. Game rules live in @octet/shared/sim, not here.
 */
export class MatchRoom extends Room<{ state: MatchState }> {
  /** Set by the server at startup (see app.ts); every match of the process uses it. */
  static rules: Rules = DEFAULT_RULES;
  static seed: number | undefined;
  /** where match records go (replays/); null: in memory only (spectators); false: none (a benchmark's baseline) */
  static records: RecordStore | null | false = null;
  static socketLimits: SocketLimits = DEFAULT_SOCKET_LIMITS;
  /** carries matches across processes (resume/); null: a match lives and dies with its process */
  static resume: ResumeService | null = null;
  /** after SIGTERM with nobody to hand the match to: how long it may go on (DRAIN_SECONDS) */
  static drainSeconds = 0;

  override state = new MatchState();
  // Patches go out right after each tick (see tick()), not on a separate timer.
  override patchRate: number | null = null;

  private rules!: Rules;
  protected world!: World;
  protected sync!: StateSync;
  protected interest!: InterestManager;
  /** the match record, fed where the sim is (joins, leaves, drops, each tick's applied actions); spectators */
  protected record: LiveRecord | null = null;
  /** one record per player in the match, from join to leave */
  private readonly seats = new RoomSeats({
    roomId: () => this.roomId,
    world: () => this.world,
    rules: () => this.rules,
    record: () => this.record,
    seatsChanged: () => this.seatLock.update(),
    unwatch: (id) => this.interest.detach(id),
    resync: () => this.sync.sync(this.world),
    forget: (id) => this.guard.forget(id),
    cut: (client, code, reason) => this.guard.cutClient(client, code, reason),
  });
  private guard!: RoomGuard;
  private rulesJson = "";
  /** the code of a private match (its room id); null for a public one */
  private privateCode: string | null = null;
  private ending = false;
  /** counts the player seats, reserved ones included (spectators take none) */
  private seatLock!: SeatLock;
  /** carrying the match across processes: resumed seats, hand-over, drain */
  private readonly continuity = new MatchContinuity(
    this.continuityHost(),
    MatchRoom.resume,
    (this.constructor as typeof MatchRoom).drainSeconds,
  );
  private bots!: BotSeats; // server-side bots in the seats nobody took (rules.players.botFillSeconds)

  override async onCreate(options?: unknown): Promise<void> {
    const resumed = MatchRoom.resume?.take(options) ?? null;
    if (!resumed && matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN)
      throw new Error(NO_NEW_MATCHES);
    const cls = this.constructor as typeof MatchRoom;
    ({
      world: this.world,
      rules: this.rules,
      rulesJson: this.rulesJson,
      record: this.record,
      privateCode: this.privateCode,
    } = await openMatch(this, {
      rules: cls.rules,
      seed: cls.seed,
      store: cls.records,
      resume: MatchRoom.resume,
      resumed,
      wantsPrivate: (options as { private?: unknown } | undefined)?.private === true,
      rematch: (options as { rematch?: unknown } | undefined)?.rematch,
      onLost: () => this.continuity.lost(),
    }));
    this.maxClients = this.rules.players.max + this.rules.match.maxSpectators; // spectators too: see seat-lock.ts
    // Colyseus's own flood guard is a backstop at twice ours, which closes with a reason.
    this.maxMessagesPerSecond = this.rules.limits.messagesPerSecond * 2;
    // Before anyone joins: Colyseus binds its frame dispatch (which the guard gates) at join.
    this.guard = new RoomGuard(this, this.rules.limits.messagesPerSecond, cls.socketLimits);
    this.seatLock = new SeatLock(this, { world: () => this.world, ending: () => this.ending });
    const botRoom = {
      lock: () => this.lock(),
      playerSeats: () => this.seatLock.playerSeats(),
      state: this.state,
    };
    this.bots = new BotSeats(this.world, (p, isNew) => this.seats.seatBot(p, isNew), botRoom);
    this.sync = this.createSync();
    this.sync.sync(this.world);
    this.interest = new InterestManager(this.rules, this.sync);
    if (resumed) this.continuity.awaitSeats(this.rules.match.reconnectionSeconds);
    this.onMessageBytes(MessageType.Action, (client, bytes: Uint8Array) => this.seats.receive(client, bytes));
    const hostStart = new HostStart(this.world, this.bots, () => this.privateCode !== null);
    hostStart.listen(this, (id, v) => this.seats.reject(id, 0, v.reason, v.detail));
    // Colyseus calls this (client, type, payload) for an unknown type, but
    // (client, payload) for the type "*" itself: `type` may be anything a client sent.
    this.onMessage("*", (client, type: unknown) => this.seats.rejectUnknown(client.sessionId, type));
    const tickMs = 1000 / this.rules.ticks.criticalHz;
    this.setTimestep(
      timedTick(tickMs, () => this.tick()),
      tickMs,
    );
  }

  /** SIGTERM: hand the match over, or let it drain (see MatchContinuity.shutDown). */
  override onBeforeShutdown(): void {
    void this.continuity.shutDown();
  }

  /** Whether this match keeps `playerId`'s seat for `identityId` (see resumed-seats.ts). */
  awaitsSeat(matchId: string, playerId: string, identityId: string): SeatAnswer {
    return seatAwaited(this.seats, this.continuity, { matchId, playerId, identityId });
  }

  private continuityHost(): ContinuityHost {
    return {
      room: this,
      world: () => this.world,
      record: () => this.record,
      ending: () => this.ending,
      detachListing: () => detachListing(this),
      setAutoDispose: (on) => {
        this.autoDispose = on;
      },
      keepSeat: (p) => keepSeat(this.seats, p),
      adoptBot: (p) => this.bots.adopt(p),
      giveUpSeat: (id) => this.seats.giveUp(id),
    };
  }

  override async onDispose(): Promise<void> {
    if (this.continuity.moved) return; // the match goes on elsewhere, with its record and its code
    // Nobody left, or the process is stopping: the record ends where the match stopped.
    await this.record?.end(this.world, this.continuity.shuttingDown ? "shutdown" : "abandoned");
    await MatchRoom.resume?.release(this.roomId).catch(() => {});
    if (this.privateCode) await releaseRoomCode(this.presence, this.privateCode);
    if (this.state.rematchCode) await withdrawRematch(this.presence, this.state.rematchCode);
  }

  /** How the world is mirrored into schema state (benchmarks swap in other schema classes). */
  protected createSync(): StateSync {
    return new StateSync(this.state);
  }

  override onJoin(client: Client, options: unknown): void {
    if (isResume(client)) {
      takeBackSeat(this.seats, this.continuity, client);
      return this.onReconnect(client);
    }
    if (wantsToSpectate(options)) return admitSpectator(this.record, client, this.world.tick);
    this.seats.join(client, options);
    this.watch(client);
    this.welcome(client);
  }

  override onDrop(client: Client, code?: number): void {
    if (this.record?.isSpectator(client)) return; // no seat to keep: it just leaves
    this.seats.connected(client.sessionId, false);
    const seconds = this.rules.match.reconnectionSeconds;
    const closing = this.ending || this.continuity.shuttingDown || this.continuity.moved;
    if (!this.guard.mayReconnect(client, code) || closing || seconds <= 0) return;
    // It rejects when the seat runs out or the room goes: nothing to do then but let it go.
    this.allowReconnection(client, seconds).catch(() => {});
  }

  override onReconnect(client: Client): void {
    this.seats.connected(client.sessionId, true);
    // A fresh view, rebuilt from what vision allows now: nothing leaks across the fog.
    this.watch(client);
    this.welcome(client);
  }

  override onLeave(client: Client): void {
    if (this.continuity.moved) return; // the match goes on elsewhere, seats and all
    if (this.record?.isSpectator(client)) return this.record.spectators.remove(client);
    this.seats.giveUp(client.sessionId);
  }

  /** Exceptions from handlers, timers and the tick (see RoomGuard.uncaught), never the process's. */
  override onUncaughtException(err: RoomException<this>, method: string): void {
    // A tick that keeps failing ends the match: everyone is told why, no seat is kept. (No guard: onCreate failed early.)
    this.guard?.uncaught(err, method, () => {
      if (this.ending) return;
      this.ending = true;
      for (const client of this.clients) client.leave(CloseCodes.MatchFailed, MATCH_FAILED_REASON);
      this.disconnect(CloseCodes.MatchFailed).catch(() => {});
    });
  }

  /** Gives the client a view filled with what its player sees, before its first state arrives. */
  protected watch(client: Client): void {
    client.view = new StateView();
    const me = this.sync.player(client.sessionId);
    if (me) client.view.add(me, OWNER_TAG);
    this.interest.attach(client.sessionId, client.view);
    this.interest.update(this.world);
  }

  private welcome(client: Client): void {
    const resumeToken = resumeTokenFor(this.seats, MatchRoom.resume, client.sessionId);
    const { rulesJson } = this;
    const welcome = { playerId: client.sessionId, rulesJson, tick: this.world.tick, resumeToken };
    client.sendBytes(MessageType.Server, encodeServerMessage({ welcome }));
  }

  private tick(): void {
    if (this.continuity.frozen) return;
    this.bots.beforeStep();
    const outcomes = step(this.world, this.seats.queues);
    this.record?.ticked(this.world, outcomes);
    // Accepted actions are acknowledged by the owner-only ackSeq in the patch;
    // only rejections need a message.
    for (const o of outcomes) {
      if (o.verdict.ok) countAccepted();
      else this.seats.reject(o.playerId, o.seq, o.verdict.reason, o.verdict.detail);
    }
    const ambient = this.world.tick % ambientEvery(this.rules) === 0;
    batchWrites(this.clients, () => this.publish(ambient));
    this.guard.dropSlowReaders(this.clients);
    this.guard.tickSucceeded();
    if (this.world.phase === "ended" && !this.ending) this.finish();
  }

  /**
   * Sends one tick to the clients: state through each player's view, then
   * results and events. Benchmarks override it to compare wire formats.
   */
  protected publish(ambient: boolean): void {
    // Kills are checked against last tick's views: whoever saw the victim saw it die.
    this.sendKills();
    this.sync.sync(this.world, { players: ambient });
    this.interest.update(this.world);
    // Rejections go out before the patch that acknowledges past them, so a
    // client reading ackSeq already knows which of those seqs were refused.
    this.flushResults();
    this.broadcastPatch();
  }

  protected sendKills(): void {
    sendKills(this.clients, this.world.tick, this.world.kills, this.interest);
  }

  protected flushResults(): void {
    flushResults(this.clients, this.world.tick, this.seats.seats);
  }

  private finish(): void {
    this.ending = true;
    const { tick, endReason: reason, ranking } = this.world;
    const matchEnd = { tick, reason, ranking, matchId: this.record?.matchId ?? "" };
    this.broadcastBytes(MessageType.Server, encodeServerMessage({ matchEnd }), {});
    void this.lock();
    offerRematch(this.presence, this.state);
    this.clock.setTimeout(() => {
      void this.disconnect(CloseCodes.MatchOver);
    }, this.rules.match.endGraceSeconds * 1000);
  }
}
