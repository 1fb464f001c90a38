import { Client, type Room } from "@colyseus/sdk";
import {
  type Action,
  type ActionResultMessage,
  CloseCodes,
  decodeServerMessage,
  encodeAction,
  MATCH_ROOM,
  MessageType,
  rejectName,
  type ServerEvent,
} from "@octet/shared/protocol";
import { parseRules, type Rules } from "@octet/shared/rules";
import { Kind, MatchPhase, type Point } from "@octet/shared/sim";
import { MatchState } from "@octet/shared/state";
import { ServerClock } from "./clock.ts";
import { connectedProcessId, followMatch } from "./follow-match.ts";
import { Interpolator } from "./interpolation.ts";
import { OrderPrediction } from "./order-prediction.ts";
import { CommanderPrediction } from "./prediction.ts";

/** How often a dropped connection retries: each retry is one WebSocket connection attempt. */
const RETRY_EVERY_MS = 500;

/** An action before the connection gives it a sequence number. */
export type Unsequenced<A = Action> = A extends Action ? Omit<A, "seq"> : never;

export interface JoinOptions {
  /** ws:// or http:// address of any Octet server process */
  url: string;
  /** display name */
  name?: string;
  /** join this room id instead of quick match */
  roomId?: string;
  /** wait this long for the server's welcome (ms) */
  timeoutMs?: number;
  /**
   * Decode state with Octet's schema classes (default), or with the schema the
   * server describes on join ("reflection": for servers running other classes).
   */
  decode?: "octet" | "reflection";
}

/** What a bot report or HUD reads; plain numbers, updated as messages arrive. */
export interface ConnectionCounters {
  sent: number;
  accepted: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /**
   * actions that never reached the server: sent while the socket was down, or
   * in flight when it dropped and not applied by the time it came back
   */
  lost: number;
  kills: number;
  /** last input -> result round trip in ms */
  lastAckMs: number;
}

/** Net health figures for the HUD and bot reports. */
export interface NetStats {
  /** round trip estimate (ms), NaN before the first ack */
  rttMs: number;
  /** local clock minus server clock (ms), NaN before the first patch */
  clockOffsetMs: number;
  /** commander prediction corrections: count, largest and total size (world units), snaps */
  corrections: number;
  correctionMax: number;
  correctionTotal: number;
  snaps: number;
  /** interpolation: times the buffer ran dry, frames extrapolated, frames held */
  underflows: number;
  extrapolatedFrames: number;
  heldFrames: number;
  /** WebSocket payload bytes and messages received */
  bytesReceived: number;
  messagesReceived: number;
  /** patches (state snapshots) received */
  patches: number;
  /** socket drops and successful reconnections */
  drops: number;
  reconnects: number;
}

type EventOf<K extends ServerEvent["kind"]> = Extract<ServerEvent, { kind: K }>;

export interface ConnectionEvents {
  /**
   * every action's outcome: accepted (acknowledged through state) or rejected
   * (a message); `latencyMs` is its input -> answer time, NaN for actions not
   * sent with send() (raw bytes, or sent before this connection took the seat)
   */
  result: (r: ActionResultMessage & { latencyMs: number }) => void;
  kills: (e: EventOf<"kills">) => void;
  matchEnd: (e: EventOf<"matchEnd">) => void;
  welcome: (w: EventOf<"welcome">) => void;
  leave: (code: number, reason?: string) => void;
  /** the socket dropped; the SDK is reconnecting; the seat is kept until `deadline` (Date.now() ms) */
  reconnecting: (deadline: number) => void;
  reconnected: () => void;
  /** reconnection failed: the seat is gone and a new match must be joined */
  seatLost: (reason: string) => void;
  /** a state patch was applied (after prediction and interpolation took it in) */
  patch: () => void;
}

/**
 * One player's connection to a match: joins over @colyseus/sdk, decodes the
 * state, sends actions as protobuf bytes with sequence numbers, and matches
 * results to them. No Phaser here: browsers and headless bots share it.
 */
export class MatchConnection {
  readonly client: Client;
  /** the match's room; a new one when the match moved to another process (see follow) */
  room: Room;
  rules: Rules;
  playerId: string;
  counters: ConnectionCounters = {
    sent: 0,
    accepted: 0,
    rejected: 0,
    rejectedByReason: {},
    lost: 0,
    kills: 0,
    lastAckMs: 0,
  };
  /** last ServerMessage.matchEnd, once the match is over */
  matchEnd: EventOf<"matchEnd"> | null = null;
  /** highest seq the server has decided (owner-only field of this player's state) */
  ackSeq = 0;
  private seq = 0;
  /** the last seq sent before the socket dropped */
  private seqAtDrop = 0;
  /** set on reconnect: the next patch tells which in-flight actions were lost */
  private resyncAcks = false;
  /** a match-status request is under way */
  private askingMatch = false;
  /** the server's word that the match no longer runs anywhere ("" until then) */
  private matchGone = "";
  /** proves this player's seat to whichever process runs the match next ("" when it cannot move) */
  private resumeToken = "";
  /** the schema root the state decodes with (undefined: reflection) */
  private root: typeof MatchState | undefined = MatchState;
  /** the seat's deadline after the first drop (Date.now() ms) */
  private seatDeadline = 0;
  /** taking the seat back in the match's new room is under way */
  private following = false;
  /** seq -> send time, for actions not decided yet */
  private readonly sentAt = new Map<number, number>();
  private readonly listeners: { [K in keyof ConnectionEvents]: Array<ConnectionEvents[K]> } = {
    result: [],
    kills: [],
    matchEnd: [],
    welcome: [],
    leave: [],
    reconnecting: [],
    reconnected: [],
    seatLost: [],
    patch: [],
  };
  readonly clock: ServerClock;
  readonly prediction: CommanderPrediction;
  readonly orders: OrderPrediction;
  readonly interpolator: Interpolator;
  /** true between a socket drop and the reconnection (or the seat's loss) */
  reconnecting = false;
  private bytes = 0;
  private messages = 0;
  private patches = 0;
  private drops = 0;
  private reconnects = 0;

  private constructor(client: Client, room: Room, rules: Rules) {
    this.client = client;
    this.room = room;
    this.rules = rules;
    this.playerId = room.sessionId;
    const tickMs = 1000 / rules.ticks.criticalHz;
    this.clock = new ServerClock(tickMs);
    this.prediction = new CommanderPrediction(rules);
    this.orders = new OrderPrediction(rules);
    // Anything faster than three ticks of the fastest mover is a respawn or a
    // re-entry into view: drawn as a jump, not a glide across the map.
    const fastest = Math.max(
      rules.commander.speed,
      rules.creeps.speed,
      ...Object.values(rules.units).map((u) => u.speed),
    );
    this.interpolator = new Interpolator(tickMs, { teleportDistance: (fastest * 3 * tickMs) / 1000 });
    this.bind(room);
  }

  /** Listens to a room: this connection's first, or the match's new one after a move. */
  private bind(room: Room): void {
    this.countBytes();
    this.setUpReconnection();
    room.onMessage(MessageType.Server, (bytes: Uint8Array) => this.onServerMessage(bytes));
    room.onStateChange(() => this.onPatch());
    room.onLeave((code: number, reason?: string) => {
      // Another process runs the match now: go there, without a word to the player.
      if (code === CloseCodes.MatchMoved && this.resumeToken) {
        void this.follow();
        return;
      }
      if (this.reconnecting) {
        this.reconnecting = false;
        this.emit("seatLost", this.matchGone || reason || `reconnection failed (code ${code})`);
      }
      this.emit("leave", code, reason);
    });
  }

  /** Joins a match (quick match, or a room id) and resolves once the server's welcome arrived. */
  static async join(opts: JoinOptions): Promise<MatchConnection> {
    const client = new Client(opts.url);
    const joinOptions = { name: opts.name ?? "" };
    const root = opts.decode === "reflection" ? undefined : MatchState;
    const room = opts.roomId
      ? await client.joinById(opts.roomId, joinOptions, root)
      : await client.joinOrCreate(MATCH_ROOM, joinOptions, root);
    const conn = await MatchConnection.attach(client, room, opts.timeoutMs);
    conn.root = root;
    return conn;
  }

  /** Wraps an already joined room; resolves once the welcome arrived. */
  static async attach(client: Client, room: Room, timeoutMs = 10_000): Promise<MatchConnection> {
    // The welcome can arrive in the same event-loop turn as the join, so listen at once.
    let welcome: EventOf<"welcome"> | null = null;
    const early = room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
      const msg = decodeServerMessage(bytes);
      if (msg?.kind === "welcome") welcome = msg;
    });
    const started = Date.now();
    while (!welcome && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 10));
    early();
    if (!welcome) {
      room.leave();
      throw new Error(`no welcome from the server within ${timeoutMs} ms`);
    }
    const w = welcome as EventOf<"welcome">;
    const conn = new MatchConnection(client, room, parseRules(JSON.parse(w.rulesJson), "server rules"));
    conn.playerId = w.playerId;
    conn.resumeToken = w.resumeToken;
    // A seat taken over with a reconnection token may have decided seqs already.
    conn.seq = conn.state.players?.get(conn.playerId)?.ackSeq ?? 0;
    // RTT otherwise comes from acks; one ping gives the HUD a figure before the first input.
    room.ping((ms) => {
      if (Number.isNaN(conn.clock.rttMs)) conn.clock.onAck(ms);
    });
    return conn;
  }

  get state(): MatchState {
    return this.room.state as MatchState;
  }

  /** Net health figures (a fresh object each call). */
  get stats(): NetStats {
    const p = this.prediction.stats;
    const i = this.interpolator.stats;
    return {
      rttMs: this.clock.rttMs,
      clockOffsetMs: this.clock.offsetMs,
      corrections: p.corrections,
      correctionMax: p.correctionMax,
      correctionTotal: p.correctionTotal,
      snaps: p.snaps,
      underflows: i.underflows,
      extrapolatedFrames: i.extrapolatedFrames,
      heldFrames: i.heldFrames,
      bytesReceived: this.bytes,
      messagesReceived: this.messages,
      patches: this.patches,
      drops: this.drops,
      reconnects: this.reconnects,
    };
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
    this.prediction.input(seq, dx, dy);
    return seq;
  }

  /** Orders own units to a point; they start walking in the picture at once. Returns the seq, or 0 when not sent. */
  orderUnits(unitIds: number[], x: number, y: number, now = performance.now()): number {
    const seq = this.send({ kind: "moveUnits", unitIds, x, y });
    if (seq === 0) return 0;
    const units: Array<{ id: number; at: Point }> = [];
    for (const id of unitIds) {
      const e = this.state.entities.get(String(id));
      if (e && e.owner === this.playerId) units.push({ id, at: this.position(e, now) });
    }
    this.orders.order(seq, units, { x, y }, now);
    return seq;
  }

  /** Starts a rendered frame at local time `now` (ms, performance.now()). */
  beginFrame(now = performance.now()): void {
    if (Number.isNaN(this.clock.offsetMs)) return;
    this.interpolator.frame(this.clock.serverNow(now));
  }

  /** Where the own commander is drawn: the prediction, smoothed. */
  displayCommander(now = performance.now()): Point | null {
    return this.prediction.display(now);
  }

  /**
   * Where to draw an entity in the current frame: the own commander where it
   * is predicted, own units with fresh orders where they are predicted, the
   * rest interpolated between server snapshots.
   */
  position(
    e: { id: number; kind: number; owner: string; x: number; y: number },
    now = performance.now(),
  ): Point {
    if (e.owner === this.playerId && e.kind === Kind.Commander) {
      const p = this.prediction.display(now);
      if (p) return p;
    }
    const interpolated = this.interpolator.sample(e.id) ?? { x: e.x, y: e.y };
    if (e.owner === this.playerId && e.kind >= Kind.FirstUnit)
      return this.orders.display(e.id, e.kind, interpolated, now);
    return interpolated;
  }

  /** Sends an action; returns the sequence number it was given, or 0 when the socket is down. */
  send(action: Unsequenced): number {
    const seq = ++this.seq;
    if (!this.sendRaw(encodeAction({ ...action, seq } as Action))) return 0;
    this.sentAt.set(seq, performance.now());
    return seq;
  }

  /**
   * Sends arbitrary bytes as an action message (tests and the chaos bot).
   * Returns false when the socket is down: the SDK keeps nothing for later
   * (stale inputs are worse than none), so the action is counted lost.
   */
  sendRaw(bytes: Uint8Array): boolean {
    this.counters.sent++;
    if (this.reconnecting) {
      this.counters.lost++;
      return false;
    }
    this.room.sendBytes(MessageType.Action, bytes);
    return true;
  }

  /** Actions sent with send() that the server has not decided yet. */
  get awaiting(): number {
    return this.sentAt.size;
  }

  /** The next seq send() will use (for hand-built raw messages). */
  nextSeq(): number {
    return ++this.seq;
  }

  on<K extends keyof ConnectionEvents>(event: K, fn: ConnectionEvents[K]): () => void {
    const list = this.listeners[event] as Array<ConnectionEvents[K]>;
    list.push(fn);
    return () => {
      const i = list.indexOf(fn);
      if (i >= 0) list.splice(i, 1);
    };
  }

  async leave(): Promise<void> {
    if (this.room.connection.isOpen) await this.room.leave(true);
  }

  private emit<K extends keyof ConnectionEvents>(event: K, ...args: Parameters<ConnectionEvents[K]>): void {
    for (const fn of this.listeners[event]) (fn as (...a: Parameters<ConnectionEvents[K]>) => void)(...args);
  }

  /**
   * A patch is a snapshot: stamp it with its server tick, feed interpolation,
   * settle acks, and reconcile the predictions with it.
   */
  private onPatch(): void {
    const now = performance.now();
    this.patches++;
    const state = this.state;
    const serverTime = this.clock.onSnapshot(state.tick, now);
    const entities: Array<{ id: number; x: number; y: number }> = [];
    state.entities.forEach((e) => {
      entities.push(e);
    });
    this.interpolator.push(serverTime, entities);
    this.settleAcks(now);
    if (this.resyncAcks) this.dropLostActions();
    // A commander that cannot move (dead, or the match not on) is not predicted:
    // the server rejects its moves, so it is drawn where the server has it.
    const c = this.ownCommander();
    const canMove = c !== undefined && c.hp > 0 && state.phase === MatchPhase.Playing;
    this.prediction.reconcile(this.ackSeq, canMove ? { x: c.x, y: c.y } : null, now);
    this.orders.acknowledge(
      this.ackSeq,
      (id) => {
        const e = state.entities.get(String(id));
        return e ? (this.interpolator.sample(id) ?? { x: e.x, y: e.y }) : undefined;
      },
      now,
    );
    this.emit("patch");
  }

  /** Everything sent up to the state's ackSeq and not rejected was accepted. */
  private settleAcks(now: number): void {
    const ack = this.state.players.get(this.playerId)?.ackSeq ?? 0;
    if (ack <= this.ackSeq) return;
    this.ackSeq = ack;
    // A connection that took over a seat (client.reconnect with its token, from
    // another page or process) continues the seat's numbering: the server
    // refuses any seq it has already passed.
    if (ack > this.seq) this.seq = ack;
    for (const seq of this.sentAt.keys()) {
      if (seq > ack) break; // insertion order is seq order
      const latencyMs = this.settle(seq, now);
      this.counters.accepted++;
      this.emit("result", { seq, accepted: true, reason: 0, detail: "", latencyMs });
    }
  }

  /**
   * After a reconnect, actions sent before the drop that the server has not
   * applied by now never arrived (the server drains its queue within a few
   * ticks, and a reconnect takes at least one 500 ms retry).
   */
  private dropLostActions(): void {
    this.resyncAcks = false;
    for (const seq of this.sentAt.keys()) {
      if (seq > this.seqAtDrop) break;
      this.sentAt.delete(seq);
      this.counters.lost++;
    }
  }

  /** Marks an action decided; returns its input -> answer time (NaN when it was not timed). */
  private settle(seq: number, now: number): number {
    const sent = this.sentAt.get(seq);
    if (sent === undefined) return Number.NaN;
    this.counters.lastAckMs = now - sent;
    this.clock.onAck(now - sent);
    this.sentAt.delete(seq);
    return now - sent;
  }

  /** Counts WebSocket payload bytes as they arrive (the SDK keeps one events object across reconnects). */
  private countBytes(): void {
    const events = this.room.connection.events;
    const forward = events.onmessage;
    events.onmessage = (event: MessageEvent) => {
      this.messages++;
      const data = event.data as ArrayBuffer | ArrayBufferView | string;
      this.bytes += typeof data === "string" ? data.length : data.byteLength;
      forward?.(event);
    };
  }

  /**
   * Uses the SDK's own reconnection, tuned to the rules' reconnection window:
   * retries every half second until the seat has expired (the SDK's default
   * backoff would give up before the window ends, or wait past it).
   */
  private setUpReconnection(): void {
    const r = this.room.reconnection;
    const windowMs = this.rules.match.reconnectionSeconds * 1000;
    r.minUptime = 0; // Octet kicks with its own close codes, never with the ones that trigger a retry
    r.minDelay = RETRY_EVERY_MS;
    r.maxDelay = RETRY_EVERY_MS;
    r.maxRetries = Math.max(1, Math.ceil(windowMs / RETRY_EVERY_MS) + 1);
    r.maxEnqueuedMessages = 0; // inputs from before the drop would arrive stale
    this.room.onDrop(() => {
      // The SDK fires onDrop again for every failed retry; the seat's deadline
      // runs from the first drop, so only that one counts and is announced.
      if (this.reconnecting) {
        void this.askWhetherMatchRuns();
        return;
      }
      this.noteDrop(windowMs);
    });
    this.room.onReconnect(() => {
      this.reconnects++;
      this.reconnecting = false;
      this.resyncAcks = true;
      this.clock.resetOffset();
      this.emit("reconnected");
    });
  }

  private noteDrop(windowMs: number): void {
    this.drops++;
    this.seqAtDrop = this.seq;
    this.reconnecting = true;
    this.seatDeadline = Date.now() + windowMs;
    this.emit("reconnecting", this.seatDeadline);
  }

  /**
   * The match runs on another process now (resumed after a crash, or handed
   * over): stop retrying the old address, and take the seat back there with
   * the resume token, within the seat's window. Reported as a reconnection.
   */
  private async follow(): Promise<void> {
    if (this.following) return;
    this.following = true;
    const old = this.room;
    old.removeAllListeners();
    old.reconnection.maxRetries = 0;
    old.reconnection.enabled = false;
    if (!this.reconnecting) this.noteDrop(this.rules.match.reconnectionSeconds * 1000);
    try {
      old.connection?.close();
    } catch {
      // already closed
    }
    const room = await followMatch(this.client, old.roomId, this.resumeToken, this.root, this.seatDeadline);
    this.following = false;
    if (!room) {
      this.reconnecting = false;
      const reason = this.matchGone || "the match could not be found again in time";
      this.emit("seatLost", reason);
      this.emit("leave", CloseCodes.MatchMoved, reason);
      return;
    }
    this.room = room;
    this.bind(room);
    this.reconnects++;
    this.reconnecting = false;
    this.resyncAcks = true;
    this.clock.resetOffset();
    this.emit("reconnected");
  }

  /**
   * A retry failed: ask the server we joined through (any process of a
   * cluster) whether the match still runs. When its process died, the answer
   * is 404 and retrying the dead address for the rest of the window is
   * pointless: the next retry is the last, and the seat is reported lost with
   * the server's reason. Any other answer (no network, Redis away) keeps the
   * retries going.
   */
  private async askWhetherMatchRuns(): Promise<void> {
    if (this.askingMatch) return;
    this.askingMatch = true;
    try {
      const res = await this.client.http.get(`matches/${encodeURIComponent(this.room.roomId)}`);
      const at = (res.data as { processId?: unknown } | undefined)?.processId;
      // Running, but not where this socket keeps knocking: it was resumed elsewhere.
      if (
        this.reconnecting &&
        this.resumeToken &&
        typeof at === "string" &&
        at !== connectedProcessId(this.room)
      )
        void this.follow();
    } catch (err) {
      const e = err as { code?: unknown; message?: string };
      if (e.code === 404 && this.reconnecting) {
        this.matchGone = e.message || "the match is gone";
        this.room.reconnection.maxRetries = this.room.reconnection.retryCount;
      }
    } finally {
      this.askingMatch = false;
    }
  }

  private onServerMessage(bytes: Uint8Array): void {
    const msg = decodeServerMessage(bytes);
    if (!msg) return;
    switch (msg.kind) {
      case "results":
        for (const r of msg.results) {
          this.counters.rejected++;
          const name = rejectName(r.reason);
          this.counters.rejectedByReason[name] = (this.counters.rejectedByReason[name] ?? 0) + 1;
          this.emit("result", { ...r, latencyMs: this.settle(r.seq, performance.now()) });
        }
        break;
      case "kills":
        this.counters.kills += msg.kills.length;
        this.emit("kills", msg);
        break;
      case "matchEnd":
        this.matchEnd = msg;
        this.emit("matchEnd", msg);
        break;
      case "welcome":
        this.playerId = msg.playerId;
        if (msg.resumeToken) this.resumeToken = msg.resumeToken;
        this.emit("welcome", msg);
        break;
    }
  }
}
