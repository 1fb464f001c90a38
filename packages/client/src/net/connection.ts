import type { Client, Room } from "@colyseus/sdk";
import {
  type Action,
  decodeServerMessage,
  encodeAction,
  MATCH_ROOM,
  MessageType,
} from "@octet/shared/protocol";
import { parseRules, type Rules } from "@octet/shared/rules";
import { MatchPhase, type Point } from "@octet/shared/sim";
import { MatchState } from "@octet/shared/state";
import { ActionLedger } from "./action-ledger.ts";
import { ServerClock } from "./clock.ts";
import { gatherStats, type ReceivedCounts } from "./connection-stats.ts";
import type { ConnectionEvents, EventOf, JoinOptions, NetStats, Unsequenced } from "./connection-types.ts";
import { Emitter } from "./emitter.ts";
import { authorizedClient } from "./guest-token.ts";
import { MatchMove } from "./match-move.ts";
import type { OrderPrediction } from "./order-prediction.ts";
import { Reconnection } from "./reconnection.ts";
import { type Placeable, RenderPolicy } from "./render-policy.ts";
import { tapIncomingMessages } from "./sdk-message-tap.ts";
import { awaitWelcome } from "./welcome.ts";

export type * from "./connection-types.ts";

/**
 * One player's connection to a match, composed of named parts: the SDK room
 * (transport and state decoding), an ActionLedger (seqs, acks, lost actions),
 * a RenderPolicy (what is predicted, what interpolated), a ServerClock, and
 * a Reconnection (the SDK's retries plus the "is the match gone" probe). No
 * Phaser here: browsers and headless bots share it.
 */
export class MatchConnection {
  readonly client: Client;
  /** the match's room; a new one when the match moved to another process (see follow) */
  room: Room;
  rules: Rules;
  playerId: string;
  /** last ServerMessage.matchEnd, once the match is over */
  matchEnd: EventOf<"matchEnd"> | null = null;
  readonly clock: ServerClock;
  readonly render: RenderPolicy;
  private readonly ledger = new ActionLedger();
  private readonly reconnection: Reconnection;
  private readonly events = new Emitter<ConnectionEvents>();
  private readonly received: ReceivedCounts = { bytes: 0, messages: 0, patches: 0, kills: 0 };
  /** following the match to another process (its resume token) */
  readonly move: MatchMove;

  private constructor(client: Client, room: Room, rules: Rules) {
    this.client = client;
    this.room = room;
    this.rules = rules;
    this.playerId = room.sessionId;
    this.clock = new ServerClock(1000 / rules.ticks.criticalHz);
    this.render = new RenderPolicy(rules, this.clock, () => this.playerId);
    this.reconnection = new Reconnection(client, rules.match.reconnectionSeconds, {
      dropped: (deadline) => {
        this.ledger.dropped();
        this.events.emit("reconnecting", deadline);
      },
      reconnected: () => {
        this.ledger.reconnected();
        this.clock.resetOffset();
        this.events.emit("reconnected");
      },
      moved: () => void this.move.follow(),
    });
    this.move = new MatchMove({
      client,
      reconnection: this.reconnection,
      room: () => this.room,
      moved: (next) => this.bind(next),
      lost: (why, code, reason) => {
        this.events.emit("seatLost", why);
        this.events.emit("leave", code, reason);
      },
    });
    this.bind(room);
  }

  /** Listens to a room: this connection's first, or the match's new one after a move. */
  private bind(room: Room): void {
    this.room = room;
    tapIncomingMessages(room, (bytes) => {
      this.received.messages++;
      this.received.bytes += bytes;
    });
    this.reconnection.attach(room);
    room.onMessage(MessageType.Server, (bytes: Uint8Array) => this.onServerMessage(bytes));
    room.onStateChange(() => this.onPatch());
    room.onLeave((code: number, reason?: string) => {
      // Another process runs the match now: go there, without a word to the player.
      if (this.move.followsClose(code)) return void this.move.follow({ code, reason });
      const lost = this.reconnection.closed(code, reason);
      if (lost !== null) this.events.emit("seatLost", lost);
      this.events.emit("leave", code, reason);
    });
  }

  /** Joins a match (quick match, or a room id) and resolves once the server's welcome arrived. */
  static async join(opts: JoinOptions): Promise<MatchConnection> {
    const client = await authorizedClient(opts.url, opts.name ?? "");
    const joinOptions = { name: opts.name ?? "" };
    const root = opts.decode === "reflection" ? undefined : MatchState;
    const room = opts.roomId
      ? await client.joinById(opts.roomId, joinOptions, root)
      : await client.joinOrCreate(MATCH_ROOM, joinOptions, root);
    const conn = await MatchConnection.attach(client, room, opts.timeoutMs);
    conn.move.root = root;
    return conn;
  }

  /** Wraps an already joined room; resolves once the welcome arrived. */
  static async attach(client: Client, room: Room, timeoutMs = 10_000): Promise<MatchConnection> {
    const w = await awaitWelcome(room, timeoutMs);
    const conn = new MatchConnection(client, room, parseRules(JSON.parse(w.rulesJson), "server rules"));
    conn.playerId = w.playerId;
    conn.move.token = w.resumeToken;
    // A seat taken over with a reconnection token may have decided seqs already.
    conn.ledger.continueFrom(conn.state.players?.get(conn.playerId)?.ackSeq ?? 0);
    // RTT otherwise comes from acks; one ping gives the HUD a figure before the first input.
    room.ping((ms) => {
      if (Number.isNaN(conn.clock.rttMs)) conn.clock.onAck(ms);
    });
    return conn;
  }

  get state(): MatchState {
    return this.room.state as MatchState;
  }

  /** true between a socket drop and the reconnection (or the seat's loss) */
  get reconnecting(): boolean {
    return this.reconnection.active;
  }

  /** highest seq the server has decided (owner-only field of this player's state) */
  get ackSeq(): number {
    return this.ledger.ackSeq;
  }

  get orders(): OrderPrediction {
    return this.render.orders;
  }

  /** Everything measured about this connection so far (a fresh object each call). */
  get stats(): NetStats {
    const { ledger, render, clock, reconnection, received } = this;
    return gatherStats({ ledger, render, clock, reconnection, received });
  }

  /** This player's commander in the state, if it is there. */
  ownCommander(): { id: number; kind: number; x: number; y: number; hp: number } | undefined {
    const me = this.state.players?.get(this.playerId);
    return me ? this.state.entities.get(String(me.commanderId)) : undefined;
  }

  /**
   * Moves the commander one tick's worth in (dx, dy): sends the input and
   * applies it locally at once (prediction). Returns its seq, or 0 when no
   * move was sent (not playing, commander dead, reconnecting).
   */
  moveCommander(dx: -1 | 0 | 1, dy: -1 | 0 | 1): number {
    if (this.reconnecting || this.state.phase !== MatchPhase.Playing || (dx === 0 && dy === 0)) return 0;
    const c = this.ownCommander();
    if (!c || c.hp <= 0) return 0;
    const seq = this.send({ kind: "commanderMove", dx, dy });
    this.render.moved(seq, dx, dy);
    return seq;
  }

  /** Orders own units to a point; they start walking in the picture at once. Returns the seq, or 0 when not sent. */
  orderUnits(unitIds: number[], x: number, y: number, now = performance.now()): number {
    const seq = this.send({ kind: "moveUnits", unitIds, x, y });
    if (seq !== 0) this.render.ordered(seq, unitIds, { x, y }, this.state, now);
    return seq;
  }

  /** Orders own units to follow and guard the commander; they head for their slots in the picture at once. */
  guardCommander(unitIds: number[], now = performance.now()): number {
    const seq = this.send({ kind: "guard", unitIds });
    if (seq !== 0) this.render.guarded(seq, unitIds, this.state, now);
    return seq;
  }

  /** Starts a rendered frame at local time `now` (ms, performance.now()). */
  beginFrame(now = performance.now()): void {
    this.render.beginFrame(now);
  }

  /** Where the own commander is drawn: the prediction, smoothed. */
  displayCommander(now = performance.now()): Point | null {
    return this.render.displayCommander(now);
  }

  /** Where to draw an entity in the current frame (see RenderPolicy). */
  position(e: Placeable, now = performance.now()): Point {
    return this.render.position(e, now);
  }

  /** Sends an action; returns the sequence number it was given, or 0 when the socket is down. */
  send(action: Unsequenced): number {
    const seq = this.ledger.next();
    if (!this.sendRaw(encodeAction({ ...action, seq } as Action))) return 0;
    this.ledger.timeFrom(seq, performance.now());
    return seq;
  }

  /**
   * Sends arbitrary bytes as an action message (tests and the chaos bot).
   * Returns false when the socket is down: the SDK keeps nothing for later
   * (stale inputs are worse than none), so the action is counted lost.
   */
  sendRaw(bytes: Uint8Array): boolean {
    this.ledger.countSent(this.reconnecting);
    if (this.reconnecting) return false;
    this.room.sendBytes(MessageType.Action, bytes);
    return true;
  }

  /**
   * Sends a message of any type and payload (tests and the chaos bot). The
   * server answers every message it does not know with a rejection, so it is
   * counted as sent like an action.
   */
  sendMessage(type: string, payload: unknown): void {
    this.ledger.countSent(false);
    this.room.send(type, payload);
  }

  /** Actions sent with send() that the server has not decided yet. */
  get awaiting(): number {
    return this.ledger.awaiting;
  }

  /** The next seq send() will use (for hand-built raw messages). */
  nextSeq(): number {
    return this.ledger.next();
  }

  on<K extends keyof ConnectionEvents>(event: K, fn: ConnectionEvents[K]): () => void {
    return this.events.on(event, fn);
  }

  async leave(): Promise<void> {
    if (this.room.connection.isOpen) await this.room.leave(true);
  }

  /** A patch is a snapshot: stamp it with its server tick, settle acks, and hand it to the render policy. */
  private onPatch(): void {
    const now = performance.now();
    this.received.patches++;
    const state = this.state;
    const serverTime = this.clock.onSnapshot(state.tick, now);
    const accepted = this.ledger.acknowledge(state.players.get(this.playerId)?.ackSeq ?? 0, now);
    for (const a of accepted) {
      if (!Number.isNaN(a.latencyMs)) this.clock.onAck(a.latencyMs);
      this.events.emit("result", {
        seq: a.seq,
        accepted: true,
        reason: 0,
        detail: "",
        latencyMs: a.latencyMs,
      });
    }
    this.render.snapshot(state, serverTime, this.ledger.ackSeq, now);
    this.events.emit("patch");
  }

  private onServerMessage(bytes: Uint8Array): void {
    const msg = decodeServerMessage(bytes);
    if (!msg) return;
    switch (msg.kind) {
      case "results":
        for (const r of msg.results) {
          const latencyMs = this.ledger.rejected(r.seq, r.reason, performance.now());
          if (!Number.isNaN(latencyMs)) this.clock.onAck(latencyMs);
          this.events.emit("result", { ...r, latencyMs });
        }
        break;
      case "kills":
        this.received.kills += msg.kills.length;
        this.events.emit("kills", msg);
        break;
      case "matchEnd":
        this.matchEnd = msg;
        this.events.emit("matchEnd", msg);
        break;
      case "welcome":
        this.playerId = msg.playerId;
        if (msg.resumeToken) this.move.token = msg.resumeToken;
        this.events.emit("welcome", msg);
        break;
    }
  }
}
