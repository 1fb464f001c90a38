import type { Client } from "@colyseus/core";
import type { MatchRecorder } from "@octet/shared/record";
import type { Rules } from "@octet/shared/rules";
import type { ActionOutcome, Player, World } from "@octet/shared/sim";
import type { AppendFence, RecordStore } from "./record-store.ts";
import { type MatchStart, type Recording, startRecording } from "./recording.ts";
import { SpectatorFeed } from "./spectator-feed.ts";

export interface LiveRecordOptions {
  roomId: string;
  rules: Rules;
  rulesJson: string;
  seed: number;
  store: RecordStore | null;
  /** appends only while this process owns the match (resume/: the record's fence) */
  fence?: AppendFence;
  /** the match's id and start, when settled before its record (it was listed live first) */
  start?: MatchStart;
}

/** A record that goes on from one read back (a resumed match): its recorder and where it is appended. */
export interface ContinuedRecord {
  recorder: MatchRecorder;
  recording: Recording | null;
}

/**
 * Everything a room does with its match record, behind the few calls it
 * makes: the recorder (fed where the sim is fed), the store it goes to, and
 * the live spectators it feeds.
 */
export class LiveRecord {
  readonly recorder: MatchRecorder;
  readonly spectators: SpectatorFeed;
  private readonly recording: Recording | null;

  constructor(opts: LiveRecordOptions, continued?: ContinuedRecord) {
    const { rules } = opts;
    ({ recorder: this.recorder, recording: this.recording } =
      continued ??
      startRecording({
        roomId: opts.roomId,
        rulesJson: opts.rulesJson,
        seed: opts.seed,
        hashEvery: rules.match.recordHashEveryTicks,
        store: opts.store,
        fence: opts.fence,
        start: opts.start,
      }));
    const delay = Math.round(rules.match.spectatorDelaySeconds * rules.ticks.criticalHz);
    this.spectators = new SpectatorFeed(this.recorder, delay, rules.match.maxSpectators);
  }

  /** The record is kept in a store (so the match can be resumed from it). */
  get kept(): boolean {
    return this.recording !== null;
  }

  /** Resolves once everything recorded so far is in the store. */
  async flushed(): Promise<void> {
    await this.recording?.flushed();
  }

  joined(player: Player): void {
    this.recorder.join(player);
  }

  connected(playerId: string, connected: boolean): void {
    this.recorder.connected(playerId, connected);
  }

  left(playerId: string): void {
    this.recorder.leave(playerId);
  }

  /** The record's id (GET /replays/<id>). */
  get matchId(): string {
    return this.recorder.start.matchId;
  }

  /**
   * Right after the step: its outcomes go into the record, and what is old
   * enough to the spectators. The tick that ends the match ends the record.
   */
  ticked(world: World, outcomes: readonly ActionOutcome[]): void {
    this.recorder.tick(world, outcomes);
    if (world.phase === "ended" && !this.recorder.isEnded)
      void this.end(world, world.endReason || "abandoned");
    this.spectators.update(world.tick);
  }

  isSpectator(client: Client): boolean {
    return this.spectators.has(client);
  }

  /** An action from a client without a seat: a spectator's gets its typed refusal. */
  refuseIfSpectator(client: Client, tick: number): void {
    if (this.spectators.has(client)) this.spectators.refuseAction(client, tick);
  }

  /** The record ends (match over, everyone gone, process stopping); later calls do nothing. */
  async end(world: World, reason: "time" | "score" | "abandoned" | "shutdown"): Promise<void> {
    if (this.recording) await this.recording.finish(world, reason);
    else this.recorder.end(world, reason, Date.now());
  }
}

/** joinById(roomId, { spectate: true }) arriving in onJoin: a spectator, if the match is recorded. */
export function admitSpectator(record: LiveRecord | null, client: Client, tick: number): void {
  if (!record) throw new Error("this server does not record matches, so they cannot be watched");
  record.spectators.admit(client, tick);
}
