import { randomInt } from "node:crypto";
import { type Client, Room } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import {
  type Action,
  CloseCodes,
  decodeAction,
  encodeServerMessage,
  MessageType,
  type octet,
  Reject,
  type RejectCode,
} from "@octet/shared/protocol";
import type { MatchRecorder } from "@octet/shared/record";
import { DEFAULT_RULES, type Rules } from "@octet/shared/rules";
import {
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
import { type Recording, startRecording } from "../replays/recording.ts";
import { SpectatorFeed, wantsToSpectate } from "../replays/spectator-feed.ts";
import { FULL as SPECTATORS_FULL } from "../replays/spectator-join.ts";
import { ActionQueue } from "./action-queue.ts";
import { sanitizeName } from "./names.ts";
import { recordRejection } from "./rejection-log.ts";
import { claimRoomCode, releaseRoomCode } from "./room-code.ts";
import { batchWrites } from "./socket-batch.ts";

type Result = octet.ActionResult.$Properties;

/** The close reason players get when their server process shuts down. */
export const SHUTDOWN_REASON = "the server is shutting down: join a new match";

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
  private spectators: SpectatorFeed | null = null;
  /** one empty view for every spectator: the map reaches them through the record, not the state */
  private readonly spectatorView = new StateView();
  private readonly queues = new Map<string, ActionQueue>();
  /** the same queues' arrays, keyed for the sim, which consumes from them */
  private readonly simQueues = new Map<string, Action[]>();
  private readonly pending = new Map<string, Result[]>();
  private readonly kicked = new Set<string>();
  private rulesJson = "";
  /** the code of a private match (its room id); null for a public one */
  private privateCode: string | null = null;
  private ending = false;
  /** the process is shutting down: nobody gets a reconnection window */
  private shuttingDown = false;

  override async onCreate(options?: unknown): Promise<void> {
    if ((options as { private?: unknown } | undefined)?.private === true) await this.becomePrivate();
    const cls = this.constructor as typeof MatchRoom;
    this.rules = cls.rules;
    this.rulesJson = JSON.stringify(this.rules);
    // Spectators are clients too; playerCountChanged() locks the room when the seats are taken.
    this.maxClients = this.rules.players.max + this.rules.match.maxSpectators;
    // Colyseus's own flood guard is a backstop at twice ours, which closes with a reason.
    this.maxMessagesPerSecond = this.rules.limits.messagesPerSecond * 2;
    const seed = cls.seed ?? randomInt(0, 0xffffffff);
    this.world = createWorld(this.rules, seed);
    if (cls.recording) {
      ({ recorder: this.recorder, recording: this.recording } = startRecording({
        roomId: this.roomId,
        rulesJson: this.rulesJson,
        seed,
        hashEvery: this.rules.match.recordHashEveryTicks,
        store: cls.records,
      }));
      const delay = Math.round(this.rules.match.spectatorDelaySeconds * this.rules.ticks.criticalHz);
      this.spectators = new SpectatorFeed(this.recorder, delay);
    }
    this.sync = this.createSync();
    this.sync.sync(this.world);
    this.interest = new InterestManager(this.rules, this.sync);
    this.onMessageBytes(MessageType.Action, (client, bytes: Uint8Array) => this.receive(client, bytes));
    this.onMessage("*", (client, type) =>
      this.rejectNow(
        client,
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
    // Nobody left, or the process is stopping: the record ends where the match stopped.
    await this.recording?.finish(this.world, this.shuttingDown ? "shutdown" : "abandoned");
    if (this.privateCode) await releaseRoomCode(this.presence, this.privateCode);
  }

  /** How the world is mirrored into schema state (benchmarks swap in other schema classes). */
  protected createSync(): StateSync {
    return new StateSync(this.state);
  }

  override onJoin(client: Client, options: unknown): void {
    if (wantsToSpectate(options)) return this.spectate(client);
    const name = sanitizeName(
      (options as { name?: unknown } | undefined)?.name,
      this.rules.limits.maxNameLength,
    );
    const player = addPlayer(this.world, client.sessionId, name);
    if (!player) throw new Error("the match is full");
    this.recorder?.join(player);
    this.playerCountChanged();
    const queue = new ActionQueue(this.rules);
    this.queues.set(client.sessionId, queue);
    this.simQueues.set(client.sessionId, queue.actions);
    this.sync.sync(this.world);
    this.watch(client);
    this.welcome(client);
  }

  override onDrop(client: Client, code?: number): void {
    // A spectator keeps no seat: it just leaves (onLeave).
    if (this.spectators?.has(client)) return;
    const player = this.world.players.get(client.sessionId);
    if (player) player.connected = false;
    this.recorder?.connected(client.sessionId, false);
    this.interest.detach(client.sessionId);
    const seconds = this.rules.match.reconnectionSeconds;
    if (this.kicked.has(client.sessionId) || this.ending || this.shuttingDown || seconds <= 0) return;
    this.allowReconnection(client, seconds);
    void code;
  }

  override onReconnect(client: Client): void {
    const player = this.world.players.get(client.sessionId);
    if (player) player.connected = true;
    this.recorder?.connected(client.sessionId, true);
    // A fresh view, rebuilt from what vision allows now: nothing leaks across the fog.
    this.watch(client);
    this.welcome(client);
  }

  override onLeave(client: Client): void {
    if (this.spectators?.has(client)) return this.spectators.remove(client);
    removePlayer(this.world, client.sessionId);
    this.recorder?.leave(client.sessionId);
    this.interest.detach(client.sessionId);
    this.sync.sync(this.world);
    this.queues.delete(client.sessionId);
    this.simQueues.delete(client.sessionId);
    this.pending.delete(client.sessionId);
    this.kicked.delete(client.sessionId);
    this.playerCountChanged();
  }

  /** A spectator: no seat, no player, an empty view, and the record so far. */
  private spectate(client: Client): void {
    const feed = this.spectators;
    if (!feed) throw new Error("this server does not record matches, so they cannot be watched");
    if (feed.size >= this.rules.match.maxSpectators) {
      throw new Error(`${SPECTATORS_FULL} (${this.rules.match.maxSpectators})`);
    }
    client.view = this.spectatorView;
    feed.add(client, this.world.tick);
  }

  /** Quick match must not offer a match whose seats are taken, whatever the spectators. */
  private playerCountChanged(): void {
    if (this.ending) return;
    const seated = [...this.world.players.values()].filter((p) => !p.left).length;
    if (seated >= this.rules.players.max) void this.lock();
    else if (this.locked) void this.unlock();
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
    const welcome = { playerId: client.sessionId, rulesJson: this.rulesJson, tick: this.world.tick };
    client.sendBytes(MessageType.Server, encodeServerMessage({ welcome }));
  }

  private receive(client: Client, bytes: Uint8Array): void {
    const queue = this.queues.get(client.sessionId);
    if (!queue) {
      if (this.spectators?.has(client))
        this.rejectNow(client, 0, Reject.Spectator, "a spectator may not act");
      return;
    }
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
      return this.rejectNow(client, decoded.seq, decoded.reason, decoded.detail);
    }
    const { action } = decoded;
    // Check the game state now for a quick answer; the tick checks again when it applies.
    const verdict = validateAction(this.world, client.sessionId, action);
    if (!verdict.ok) {
      queue.lastSeq = Math.max(queue.lastSeq, action.seq);
      return this.rejectNow(client, action.seq, verdict.reason, verdict.detail);
    }
    const refused = queue.push(action);
    if (refused) return this.rejectNow(client, action.seq, refused.reason, refused.detail);
  }

  /** Rejections ride with the next tick's results, in one message per player. */
  private rejectNow(client: Client, seq: number, reason: RejectCode, detail: string): void {
    recordRejection(this.roomId, client.sessionId, reason, detail);
    this.resultsFor(client.sessionId).push({ seq, accepted: false, reason, detail });
  }

  private resultsFor(id: string): Result[] {
    let list = this.pending.get(id);
    if (!list) {
      list = [];
      this.pending.set(id, list);
    }
    return list;
  }

  private kick(client: Client, code: number, reason: string): void {
    this.kicked.add(client.sessionId);
    client.leave(code, reason);
  }

  private tick(): void {
    const outcomes = step(this.world, this.simQueues);
    this.recorder?.tick(this.world, outcomes);
    this.spectators?.update(this.world.tick);
    // Accepted actions are acknowledged by the owner-only ackSeq in the patch;
    // only rejections need a message.
    for (const o of outcomes) {
      if (o.verdict.ok) {
        countAccepted();
        continue;
      }
      recordRejection(this.roomId, o.playerId, o.verdict.reason, o.verdict.detail);
      this.resultsFor(o.playerId).push({
        seq: o.seq,
        accepted: false,
        reason: o.verdict.reason,
        detail: o.verdict.detail,
      });
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
    if (this.pending.size === 0) return;
    for (const client of this.clients) {
      const results = this.pending.get(client.sessionId);
      if (!results || results.length === 0) continue;
      client.sendBytes(
        MessageType.Server,
        encodeServerMessage({ results: { tick: this.world.tick, results } }),
      );
    }
    this.pending.clear();
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
