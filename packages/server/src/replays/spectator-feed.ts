import type { Client } from "@colyseus/core";
import { MessageType } from "@octet/shared/protocol";
import { concatBytes, type MatchRecorder } from "@octet/shared/record";

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
  /** the tick each of the recorder's chunks belongs to (0: the header) */
  private readonly ticks: number[] = [];
  /** per spectator: how many chunks it has been sent */
  private readonly sent = new Map<Client, number>();

  constructor(recorder: MatchRecorder, delayTicks: number) {
    this.recorder = recorder;
    this.delayTicks = delayTicks;
    for (let i = 0; i < recorder.chunksSoFar().length; i++) this.ticks.push(recorder.lastTickRecorded);
    recorder.onChunk((_bytes, tick) => this.ticks.push(tick));
  }

  get size(): number {
    return this.sent.size;
  }

  has(client: Client): boolean {
    return this.sent.has(client);
  }

  add(client: Client, tick: number): void {
    this.sent.set(client, 0);
    this.send(client, tick);
  }

  remove(client: Client): void {
    this.sent.delete(client);
  }

  /** After each tick: everyone gets what is now old enough, in one message. */
  update(tick: number): void {
    for (const client of this.sent.keys()) this.send(client, tick);
  }

  private send(client: Client, tick: number): void {
    const from = this.sent.get(client) ?? 0;
    const chunks = this.recorder.chunksSoFar();
    let upTo = from;
    while (upTo < chunks.length && this.ticks[upTo]! <= tick - this.delayTicks) upTo++;
    if (upTo === from) return;
    this.sent.set(client, upTo);
    client.sendBytes(MessageType.Record, concatBytes(chunks.slice(from, upTo)));
  }
}
