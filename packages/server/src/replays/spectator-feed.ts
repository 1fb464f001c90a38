import type { Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { encodeServerMessage, MessageType, Reject } from "@octet/shared/protocol";
import { concatBytes, type MatchRecorder } from "@octet/shared/record";
import { tcpSocketOf } from "../colyseus/ws-socket.ts";
import { FULL } from "./spectator-join.ts";

/** Join options of a spectator: joinById(roomId, { spectate: true }). */
export function wantsToSpectate(options: unknown): boolean {
  return (options as { spectate?: unknown } | null | undefined)?.spectate === true;
}

/**
 * Live spectators of one match, fed its record instead of state: the record
 * so far when they join, then each tick's entry, `delayTicks` behind the
 * match (so a spectator cannot tell a player where the others are). They run
 * the shared sim themselves, so they see the whole map and cost the server no
 * state encode, only the record's few hundred bytes a second.
 */
export class SpectatorFeed {
  private readonly recorder: MatchRecorder;
  private readonly delayTicks: number;
  private readonly max: number;
  /** one empty view for every spectator: the map reaches them through the record, not the state */
  private readonly view = new StateView();
  /** the tick each of the recorder's chunks belongs to (0: the header) */
  private readonly ticks: number[] = [];
  /** per spectator: how many chunks it has been sent */
  private readonly sent = new Map<Client, number>();

  constructor(recorder: MatchRecorder, delayTicks: number, max: number) {
    this.recorder = recorder;
    this.delayTicks = delayTicks;
    this.max = max;
    for (let i = 0; i < recorder.chunksSoFar().length; i++) this.ticks.push(recorder.lastTickRecorded);
    recorder.onChunk((_bytes, tick) => this.ticks.push(tick));
  }

  get size(): number {
    return this.sent.size;
  }

  has(client: Client): boolean {
    return this.sent.has(client);
  }

  /** A new spectator (up to the cap; onJoin's throw refuses it): the record so far, old enough. */
  admit(client: Client, tick: number): void {
    if (this.sent.size >= this.max) throw new Error(`${FULL} (${this.max})`);
    client.view = this.view;
    this.sent.set(client, 0);
    this.send(client, tick);
  }

  /** A spectator holds no seat, so no results queue: its refusal goes out at once. */
  refuseAction(client: Client, tick: number): void {
    const results = [
      { seq: 0, accepted: false, reason: Reject.Spectator, detail: "a spectator may not act" },
    ];
    client.sendBytes(MessageType.Server, encodeServerMessage({ results: { tick, results } }));
  }

  remove(client: Client): void {
    this.sent.delete(client);
  }

  /**
   * After each tick: everyone gets what is now old enough, in one message.
   * Each spectator's socket stays corked until this turn of the event loop
   * is over, so the tick's state patch (sent corked just after, see
   * socket-batch.ts) leaves in the same write: one system call per spectator
   * per tick, not two.
   */
  update(tick: number): void {
    for (const client of this.sent.keys()) {
      const socket = tcpSocketOf(client);
      if (socket) {
        socket.cork();
        process.nextTick(() => socket.uncork());
      }
      this.send(client, tick);
    }
  }

  private send(client: Client, tick: number): void {
    const from = this.sent.get(client) ?? 0;
    const chunks = this.recorder.chunksSoFar();
    let upTo = from;
    while (upTo < chunks.length && this.ticks[upTo]! <= tick - this.delayTicks) upTo++;
    if (upTo === from) return;
    this.sent.set(client, upTo);
    // Mostly one chunk (this tick's entry): sent as it is, not copied.
    const bytes = upTo - from === 1 ? chunks[from]! : concatBytes(chunks.slice(from, upTo));
    client.sendBytes(MessageType.Record, bytes);
  }
}
