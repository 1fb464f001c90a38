import { randomInt } from "node:crypto";
import { type Client, Room } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import {
  CloseCodes,
  decodeAction,
  encodeServerMessage,
  MessageType,
  Reject,
  type RejectCode,
} from "@octet/shared/protocol";
import type { MatchRecorder } from "@octet/shared/record";
import { DEFAULT_RULES, type Rules } from "@octet/shared/rules";
import {
  type ActionQueues,
  addPlayer,
  ambientEvery,
  createWorld,
  removePlayer,
  step,
  validateAction,
  type World,
} from "@octet/shared/sim";
import { MatchState, OWNER_TAG, StateSync } from "@octet/shared/state";
import { countAccepted, timedTick } from "../http/metrics.ts";
import { InterestManager } from "../interest/interest-manager.ts";
import type { RecordStore } from "../replays/record-store.ts";
import { newMatchId, Recording, startRecording } from "../replays/recording.ts";
import type { ResumeAuth, ResumedMatch, ResumeService } from "../resume/resume-service.ts";
import { AwaitedSeats } from "./awaited-seats.ts";
import { sanitizeName } from "./names.ts";
import { recordRejection } from "./rejection-log.ts";
import { claimRoomCode, releaseRoomCode } from "./room-code.ts";
import { Seat } from "./seat.ts";
import { batchWrites } from "./socket-batch.ts";

/** The close reason players get when their server process shuts down. */
export const SHUTDOWN_REASON = "the server is shutting down: join a new match";
/** The close reason when another process runs the match now (the client follows it there). */
export const MOVED_REASON = "the match moved to another server";

/**
 * Adapts Colyseus events to the shared simulation: it decodes and queues
 * actions, steps the world at the critical rate, mirrors it into the schema
 * state, and sends results. Game rules live in @octet/shared/sim, not here.
 */
export class MatchRoom extends Room<{ state: MatchState }> {
  /** Set by the server at startup (see app.ts); every match of the process uses it. */
  static rules: Rules = DEFAULT_RULES;
  static seed: number | undefined;
  /** where match records go (see replays/); null keeps them in memory only */
  static records: RecordStore | null = null;
  /** false: no record at all (the recording-overhead benchmark's baseline) */
  static recording = true;
  /** carries matches across processes (resume/); null: a match lives and dies with its process */
  static resume: ResumeService | null = null;

  /** A join with a resume token gets its seat's own session id; see ResumeService.authorize. */
  static override async onAuth(_token: string, options: unknown): Promise<true | ResumeAuth> {
    return MatchRoom.resume?.authorize(options) ?? true;
  }

  override state = new MatchState();
  // Patches go out right after each tick (see tick()), not on a separate timer.
  override patchRate: number | null = null;

  private rules!: Rules;
  protected world!: World;
  protected sync!: StateSync;
  protected interest!: InterestManager;
  /** the match record, fed where the sim is: joins, leaves, drops, and each tick's applied actions */
  protected recorder: MatchRecorder | null = null;
  private recording: Recording | null = null;
  /** one record per player in the match, from join to leave */
  private readonly seats = new Map<string, Seat>();
  /** the seats' queues as the sim reads them; it consumes from them */
  private readonly queues: ActionQueues = { get: (id: string) => this.seats.get(id)?.queue.actions };
  private rulesJson = "";
  /** the code of a private match (its room id); null for a public one */
  private privateCode: string | null = null;
  private ending = false;
  /** the process is shutting down: nobody gets a reconnection window */
  private shuttingDown = false;
  /** another process owns the match now: this copy stops without touching the record */
  private moved = false;
  /** seats of a resumed match whose players have not come back yet */
  private awaited: AwaitedSeats | null = null;

  override async onCreate(options?: unknown): Promise<void> {
    const resumed = MatchRoom.resume?.take(options) ?? null;
    if (!resumed && (options as { private?: unknown } | undefined)?.private === true)
      await this.becomePrivate();
    const cls = this.constructor as typeof MatchRoom;
    this.rules = cls.rules;
    this.rulesJson = JSON.stringify(this.rules);
    this.maxClients = this.rules.players.max;
    // Colyseus's own flood guard is a backstop at twice ours, which closes with a reason.
    this.maxMessagesPerSecond = this.rules.limits.messagesPerSecond * 2;
    if (resumed) await this.takeOver(resumed);
    else await this.startMatch(cls);
    this.sync = this.createSync();
    this.sync.sync(this.world);
    this.interest = new InterestManager(this.rules, this.sync);
    if (resumed) this.awaitSeats();
    this.onMessageBytes(MessageType.Action, (client, bytes: Uint8Array) => this.receive(client, bytes));
    this.onMessage("*", (client, type) =>
      this.queueRejection(
        client.sessionId,
        0,
        Reject.UnknownAction,
        `unknown message type ${JSON.stringify(String(type).slice(0, 32))}`,
      ),
    );
    const tickMs = 1000 / this.rules.ticks.criticalHz;
    this.setTimestep(
      timedTick(tickMs, () => this.tick()),
      tickMs,
    );
  }

  private async startMatch(cls: typeof MatchRoom): Promise<void> {
    const seed = cls.seed ?? randomInt(0, 0xffffffff);
    this.world = createWorld(this.rules, seed);
    if (!cls.recording) return;
    const resume = cls.records ? MatchRoom.resume : null;
    const startTimeMs = Date.now();
    // Listed as live before its first byte is written: the record's fence names this process.
    await resume?.register(this.roomId, newMatchId(this.roomId, startTimeMs), this.privateCode !== null);
    ({ recorder: this.recorder, recording: this.recording } = startRecording({
      roomId: this.roomId,
      rulesJson: this.rulesJson,
      seed,
      hashEvery: this.rules.match.recordHashEveryTicks,
      store: cls.records,
      startTimeMs,
      fence: resume?.fence(this.roomId, () => this.lostToAnotherProcess()),
    }));
  }

  /** A match rebuilt from its record (its process died): same room id, same world, same record. */
  private async takeOver({ entry, rebuilt }: ResumedMatch): Promise<void> {
    const service = MatchRoom.resume!;
    this.roomId = entry.roomId;
    if (entry.private) {
      // Its code stays claimed in presence: the dead process never released it.
      this.privateCode = entry.roomId;
      await this.setPrivate(true);
    }
    // The match goes on with the rules it started with, whatever this process's rules file says.
    this.world = rebuilt.world;
    this.rules = rebuilt.world.rules;
    this.rulesJson = rebuilt.record.header.rulesJson;
    this.maxClients = this.rules.players.max;
    this.maxMessagesPerSecond = this.rules.limits.messagesPerSecond * 2;
    this.recorder = rebuilt.recorder;
    const fence = service.fence(entry.roomId, () => this.lostToAnotherProcess());
    this.recording = new Recording(rebuilt.recorder, service.store, fence, true);
  }

  /** Every seat of a resumed match waits for its player, as after a drop. */
  private awaitSeats(): void {
    this.autoDispose = false;
    this.awaited = new AwaitedSeats(
      (fn, ms) => this.clock.setTimeout(fn, ms),
      (id) => this.giveUpSeat(id),
      () => {
        this.autoDispose = true;
      },
    );
    for (const p of this.world.players.values()) {
      if (p.left) continue;
      p.connected = false;
      this.recorder?.connected(p.id, false);
      const seat = new Seat(this.rules);
      seat.queue.lastSeq = p.lastSeq;
      this.seats.set(p.id, seat);
      this.awaited.hold(p.id, this.rules.match.reconnectionSeconds);
    }
    if (this.awaited.size === 0) this.autoDispose = true;
  }

  /**
   * The record's fence refused an append: another process resumed this match
   * (this one was cut off from Redis long enough to be taken for dead). Its
   * players go to the match's new home; this copy ends without a record end.
   */
  private lostToAnotherProcess(): void {
    if (this.moved) return;
    this.moved = true;
    for (const client of this.clients) client.leave(CloseCodes.MatchMoved, MOVED_REASON);
    this.disconnect(CloseCodes.MatchMoved).catch(() => {});
  }

  /**
   * A private match: hidden from quick match and joined by a short code,
   * which is its room id, so joining by code is a plain joinById.
   */
  private async becomePrivate(): Promise<void> {
    this.roomId = await claimRoomCode(this.presence);
    this.privateCode = this.roomId;
    await this.setPrivate(true);
  }

  /**
   * The process is shutting down (SIGTERM): each player is told why, with
   * ServerShutdown and a reason, and no seat is kept for a comeback since the
   * match goes with the process; seats held for dropped players are released.
   */
  override onBeforeShutdown(): void {
    this.shuttingDown = true;
    for (const client of this.clients) client.leave(CloseCodes.ServerShutdown, SHUTDOWN_REASON);
    this.disconnect(CloseCodes.ServerShutdown).catch(() => {});
  }

  override async onDispose(): Promise<void> {
    if (this.moved) return; // the match goes on elsewhere, with its record and its code
    // Nobody left, or the process is stopping: the record ends where the match stopped.
    await this.recording?.finish(this.world, this.shuttingDown ? "shutdown" : "abandoned");
    await MatchRoom.resume?.release(this.roomId).catch(() => {});
    if (this.privateCode) await releaseRoomCode(this.presence, this.privateCode);
  }

  /** How the world is mirrored into schema state (benchmarks swap in other schema classes). */
  protected createSync(): StateSync {
    return new StateSync(this.state);
  }

  override onJoin(client: Client, options: unknown): void {
    const claim = (client.auth as ResumeAuth | undefined)?.resumeSeat;
    if (claim) return this.resumeSeat(client, claim.matchId);
    const name = sanitizeName(
      (options as { name?: unknown } | undefined)?.name,
      this.rules.limits.maxNameLength,
    );
    const player = addPlayer(this.world, client.sessionId, name);
    if (!player) throw new Error("the match is full");
    this.recorder?.join(player);
    this.seats.set(client.sessionId, new Seat(this.rules));
    this.sync.sync(this.world);
    this.watch(client);
    this.welcome(client);
  }

  override onDrop(client: Client): void {
    const player = this.world.players.get(client.sessionId);
    if (player) player.connected = false;
    this.recorder?.connected(client.sessionId, false);
    this.interest.detach(client.sessionId);
    const seconds = this.rules.match.reconnectionSeconds;
    const kicked = this.seats.get(client.sessionId)?.kicked === true;
    if (kicked || this.ending || this.shuttingDown || seconds <= 0) return;
    this.allowReconnection(client, seconds);
  }

  override onReconnect(client: Client): void {
    const player = this.world.players.get(client.sessionId);
    if (player) player.connected = true;
    this.recorder?.connected(client.sessionId, true);
    // A fresh view, rebuilt from what vision allows now: nothing leaks across the fog.
    this.watch(client);
    this.welcome(client);
  }

  /** A player of a resumed match is back, on its own seat (its token named it and this match). */
  private resumeSeat(client: Client, matchId: string): void {
    const id = client.sessionId;
    if (matchId !== this.recorder?.start.matchId || !this.awaited?.take(id)) {
      throw new Error("that seat is not waiting for its player here");
    }
    const player = this.world.players.get(id);
    if (player) player.connected = true;
    this.recorder?.connected(id, true);
    this.watch(client);
    this.welcome(client);
  }

  /** A seat given up for good: its player left, or never came back to the resumed match. */
  private giveUpSeat(id: string): void {
    removePlayer(this.world, id);
    this.recorder?.leave(id);
    this.interest.detach(id);
    this.sync.sync(this.world);
    this.seats.delete(id);
  }

  override onLeave(client: Client): void {
    this.giveUpSeat(client.sessionId);
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
    const matchId = this.recording ? this.recorder?.start.matchId : undefined;
    const resumeToken = matchId ? (MatchRoom.resume?.keys.issue(matchId, client.sessionId) ?? "") : "";
    const welcome = {
      playerId: client.sessionId,
      rulesJson: this.rulesJson,
      tick: this.world.tick,
      resumeToken,
    };
    client.sendBytes(MessageType.Server, encodeServerMessage({ welcome }));
  }

  private receive(client: Client, bytes: Uint8Array): void {
    const seat = this.seats.get(client.sessionId);
    if (!seat) return;
    const { queue } = seat;
    const now = Date.now();
    if (queue.overRate(now)) {
      return this.kick(
        client,
        CloseCodes.Flooding,
        `more than ${this.rules.limits.messagesPerSecond} messages per second`,
      );
    }
    const decoded = decodeAction(bytes, this.rules);
    if (!decoded.ok) {
      if (decoded.reason === Reject.Malformed && queue.overMalformed(now)) {
        return this.kick(client, CloseCodes.Abuse, "too many malformed messages");
      }
      return this.queueRejection(client.sessionId, decoded.seq, decoded.reason, decoded.detail);
    }
    const { action } = decoded;
    // Check the game state now for a quick answer; the tick checks again when it applies.
    const verdict = validateAction(this.world, client.sessionId, action);
    if (!verdict.ok) {
      queue.lastSeq = Math.max(queue.lastSeq, action.seq);
      return this.queueRejection(client.sessionId, action.seq, verdict.reason, verdict.detail);
    }
    const queued = queue.push(action);
    if (!queued.ok) return this.queueRejection(client.sessionId, action.seq, queued.reason, queued.detail);
  }

  /**
   * Logs a rejection and queues it for the player's next results message: it
   * is sent after the next tick, in one message with that tick's rejections.
   */
  private queueRejection(playerId: string, seq: number, reason: RejectCode, detail: string): void {
    recordRejection(this.roomId, playerId, reason, detail);
    this.seats.get(playerId)?.results.push({ seq, accepted: false, reason, detail });
  }

  private kick(client: Client, code: number, reason: string): void {
    const seat = this.seats.get(client.sessionId);
    if (seat) seat.kicked = true;
    client.leave(code, reason);
  }

  private tick(): void {
    const outcomes = step(this.world, this.queues);
    this.recorder?.tick(this.world, outcomes);
    // Accepted actions are acknowledged by the owner-only ackSeq in the patch;
    // only rejections need a message.
    for (const o of outcomes) {
      if (o.verdict.ok) countAccepted();
      else this.queueRejection(o.playerId, o.seq, o.verdict.reason, o.verdict.detail);
    }
    const ambient = this.world.tick % ambientEvery(this.rules) === 0;
    batchWrites(this.clients, () => this.publish(ambient));
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

  /** Kill events go only to players involved or able to see victim or killer: no news through the fog. */
  protected sendKills(): void {
    const kills = this.world.kills;
    if (kills.length === 0) return;
    for (const client of this.clients) {
      const me = client.sessionId;
      const seen = this.interest.visibleTo(me);
      const mine = kills.filter(
        (k) =>
          k.victimOwner === me ||
          k.killerOwner === me ||
          seen?.has(k.victimId) === true ||
          seen?.has(k.killerId) === true,
      );
      if (mine.length === 0) continue;
      client.sendBytes(
        MessageType.Server,
        encodeServerMessage({ events: { tick: this.world.tick, kills: mine } }),
      );
    }
  }

  protected flushResults(): void {
    for (const client of this.clients) {
      const results = this.seats.get(client.sessionId)?.results;
      if (!results || results.length === 0) continue;
      client.sendBytes(
        MessageType.Server,
        encodeServerMessage({ results: { tick: this.world.tick, results } }),
      );
    }
    // Results for a player who is not connected are not kept for its return.
    for (const seat of this.seats.values()) if (seat.results.length > 0) seat.results = [];
  }

  private finish(): void {
    this.ending = true;
    void this.recording?.finish(this.world, this.world.endReason || "abandoned");
    const matchEnd = { tick: this.world.tick, reason: this.world.endReason, ranking: this.world.ranking };
    this.broadcastBytes(MessageType.Server, encodeServerMessage({ matchEnd }), {});
    void this.lock();
    this.clock.setTimeout(() => {
      void this.disconnect(CloseCodes.MatchOver);
    }, this.rules.match.endGraceSeconds * 1000);
  }
}
