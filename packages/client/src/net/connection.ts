import { Client, type Room } from "@colyseus/sdk";
import {
  type Action,
  type ActionResultMessage,
  decodeServerMessage,
  encodeAction,
  MATCH_ROOM,
  MessageType,
  rejectName,
  type ServerEvent,
} from "@octet/shared/protocol";
import { parseRules, type Rules } from "@octet/shared/rules";
import { MatchState } from "@octet/shared/state";

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
  kills: number;
  /** last input -> result round trip in ms */
  lastAckMs: number;
}

type EventOf<K extends ServerEvent["kind"]> = Extract<ServerEvent, { kind: K }>;

export interface ConnectionEvents {
  /** every action's outcome: accepted (acknowledged through state) or rejected (a message) */
  result: (r: ActionResultMessage) => void;
  kills: (e: EventOf<"kills">) => void;
  matchEnd: (e: EventOf<"matchEnd">) => void;
  welcome: (w: EventOf<"welcome">) => void;
  leave: (code: number, reason?: string) => void;
}

/**
 * One player's connection to a match: joins over @colyseus/sdk, decodes the
 * state, sends actions as protobuf bytes with sequence numbers, and matches
 * results to them. No Phaser here: browsers and headless bots share it.
 */
export class MatchConnection {
  readonly client: Client;
  readonly room: Room;
  rules: Rules;
  playerId: string;
  counters: ConnectionCounters = {
    sent: 0,
    accepted: 0,
    rejected: 0,
    rejectedByReason: {},
    kills: 0,
    lastAckMs: 0,
  };
  /** last ServerMessage.matchEnd, once the match is over */
  matchEnd: EventOf<"matchEnd"> | null = null;
  /** highest seq the server has decided (owner-only field of this player's state) */
  ackSeq = 0;
  private seq = 0;
  /** seq -> send time, for actions not decided yet */
  private readonly sentAt = new Map<number, number>();
  private readonly listeners: { [K in keyof ConnectionEvents]: Array<ConnectionEvents[K]> } = {
    result: [],
    kills: [],
    matchEnd: [],
    welcome: [],
    leave: [],
  };

  private constructor(client: Client, room: Room, rules: Rules) {
    this.client = client;
    this.room = room;
    this.rules = rules;
    this.playerId = room.sessionId;
    room.onMessage(MessageType.Server, (bytes: Uint8Array) => this.onServerMessage(bytes));
    room.onStateChange(() => this.onPatch());
    room.onLeave((code: number, reason?: string) => this.emit("leave", code, reason));
  }

  /** Joins a match (quick match, or a room id) and resolves once the server's welcome arrived. */
  static async join(opts: JoinOptions): Promise<MatchConnection> {
    const client = new Client(opts.url);
    const joinOptions = { name: opts.name ?? "" };
    const root = opts.decode === "reflection" ? undefined : MatchState;
    const room = opts.roomId
      ? await client.joinById(opts.roomId, joinOptions, root)
      : await client.joinOrCreate(MATCH_ROOM, joinOptions, root);
    return MatchConnection.attach(client, room, opts.timeoutMs);
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
    return conn;
  }

  get state(): MatchState {
    return this.room.state as MatchState;
  }

  /** Sends an action; returns the sequence number it was given. */
  send(action: Unsequenced): number {
    const seq = ++this.seq;
    this.sendRaw(encodeAction({ ...action, seq } as Action));
    this.sentAt.set(seq, Date.now());
    return seq;
  }

  /** Sends arbitrary bytes as an action message (tests and the chaos bot). */
  sendRaw(bytes: Uint8Array): void {
    this.counters.sent++;
    this.room.sendBytes(MessageType.Action, bytes);
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

  /** Everything sent up to the state's ackSeq and not rejected was accepted. */
  private onPatch(): void {
    const ack = this.state.players.get(this.playerId)?.ackSeq ?? 0;
    if (ack <= this.ackSeq) return;
    this.ackSeq = ack;
    const now = Date.now();
    for (const seq of this.sentAt.keys()) {
      if (seq > ack) break; // insertion order is seq order
      this.settle(seq, now);
      this.counters.accepted++;
      this.emit("result", { seq, accepted: true, reason: 0, detail: "" });
    }
  }

  private settle(seq: number, now: number): void {
    const sent = this.sentAt.get(seq);
    if (sent === undefined) return;
    this.counters.lastAckMs = now - sent;
    this.sentAt.delete(seq);
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
          this.settle(r.seq, Date.now());
          this.emit("result", r);
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
        this.emit("welcome", msg);
        break;
    }
  }
}
