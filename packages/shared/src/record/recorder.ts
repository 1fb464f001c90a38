import { actionToMessage } from "../protocol/codec.ts";
import { hashWorld } from "../sim/hash.ts";
import { rank } from "../sim/match.ts";
import type { ActionOutcome } from "../sim/step.ts";
import type { Player, World } from "../sim/world.ts";
import {
  concatBytes,
  encodeChunk,
  type HeaderRecord,
  hashToNumber,
  RECORD_FORMAT_VERSION,
  type replayProto,
} from "./format.ts";

/** What the header says, but the format version: the recorder writes its own. */
export type RecorderStart = Omit<HeaderRecord, "formatVersion">;

/** Called with each chunk's bytes as it is written: the store, live spectators. */
export type ChunkListener = (bytes: Uint8Array, tick: number) => void;

/** Why a record ended: the sim's own reasons, or the room's. */
export type EndReason = "time" | "score" | "abandoned" | "shutdown";

/**
 * Writes one match's record as the match runs (see replay.proto). Pure: it is
 * fed by the room (roster changes as they happen, then each tick's outcomes
 * right after the step applied them) and hands out bytes; where they go is
 * the listeners' business. Every tick gets an entry, so a reader can tell a
 * quiet tick from a lost one.
 */
export class MatchRecorder {
  readonly start: RecorderStart;
  private readonly chunks: Uint8Array[] = [];
  private readonly listeners: ChunkListener[] = [];
  private readonly index = new Map<string, number>();
  private roster: replayProto.RosterEvent.$Properties[] = [];
  private size = 0;
  private lastTick = 0;
  private ended = false;

  /**
   * A new record (its header is the first chunk), or, with `continued`, one
   * that goes on where a record read back left off (a match resumed on
   * another process): its bytes so far are the first chunk, and the next
   * tick entry follows its last tick.
   */
  constructor(
    start: RecorderStart,
    continued?: { bytes: Uint8Array; playerIds: readonly string[]; lastTick: number },
  ) {
    this.start = start;
    if (continued) {
      for (const id of continued.playerIds) this.index.set(id, this.index.size);
      this.lastTick = continued.lastTick;
      this.chunks.push(continued.bytes);
      this.size = continued.bytes.byteLength;
      return;
    }
    this.push(
      encodeChunk({
        header: {
          formatVersion: RECORD_FORMAT_VERSION,
          matchId: start.matchId,
          roomId: start.roomId,
          rulesJson: start.rulesJson,
          seed: start.seed >>> 0,
          startTimeMs: start.startTimeMs,
          hashEvery: start.hashEvery,
        },
      }),
      0,
    );
  }

  /** Bytes written so far (the record of the match up to now). */
  get byteLength(): number {
    return this.size;
  }

  /** The last tick recorded. */
  get lastTickRecorded(): number {
    return this.lastTick;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** The whole record so far, as one byte array. */
  bytes(): Uint8Array {
    return concatBytes(this.chunks);
  }

  /** Each chunk so far, in order: a spectator's catch-up. */
  chunksSoFar(): ReadonlyArray<Uint8Array> {
    return this.chunks;
  }

  onChunk(listener: ChunkListener): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  /** The sim's addPlayer gave `player` a seat. */
  join(player: Player): void {
    const n = this.index.size;
    this.index.set(player.id, n);
    const { id: playerId, name, slot: seat, bot } = player;
    this.roster.push({ join: { player: n, playerId, name, seat, ...(bot ? { bot } : {}) } });
  }

  /** The sim's removePlayer took it out for good. */
  leave(playerId: string): void {
    const n = this.index.get(playerId);
    if (n !== undefined) this.roster.push({ leave: n });
  }

  /** Its connection dropped (player.connected = false), or came back. */
  connected(playerId: string, connected: boolean): void {
    const n = this.index.get(playerId);
    if (n !== undefined) this.roster.push(connected ? { back: n } : { drop: n });
  }

  /** Right after step(world, ...): the outcomes it returned, in its order. Returns the entry's bytes. */
  tick(world: World, outcomes: readonly ActionOutcome[]): Uint8Array | null {
    if (this.ended) return null;
    const actions: replayProto.AppliedAction.$Properties[] = [];
    for (const o of outcomes) {
      const player = this.index.get(o.playerId);
      if (player !== undefined) actions.push({ player, action: actionToMessage(o.action) });
    }
    const entry: replayProto.TickEntry.$Properties = { tick: world.tick, actions };
    if (this.roster.length > 0) {
      entry.roster = this.roster;
      this.roster = [];
    }
    if (world.tick % this.start.hashEvery === 0 || world.phase === "ended") {
      entry.hash = hashToNumber(hashWorld(world));
    }
    this.lastTick = world.tick;
    const bytes = encodeChunk({ tick: entry });
    this.push(bytes, world.tick);
    return bytes;
  }

  /** The match is over (or its room is going away): the last chunk. Later ticks are not recorded. */
  end(world: World, reason: EndReason, endTimeMs: number): Uint8Array | null {
    if (this.ended) return null;
    this.ended = true;
    // A match cut short (everyone left, the process stopped) is ranked as it stood.
    const ranking = (world.ranking.length > 0 ? world.ranking : rank(world)).map((r) => ({ ...r }));
    const bytes = encodeChunk({ end: { tick: this.lastTick, reason, ranking, endTimeMs } });
    this.push(bytes, this.lastTick);
    return bytes;
  }

  private push(bytes: Uint8Array, tick: number): void {
    this.chunks.push(bytes);
    this.size += bytes.byteLength;
    for (const l of this.listeners) l(bytes, tick);
  }
}
