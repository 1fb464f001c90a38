import type { Client } from "@colyseus/core";
import type { MatchRecorder } from "@octet/shared/record";
import type { Rules } from "@octet/shared/rules";
import type { ActionOutcome, Player, World } from "@octet/shared/sim";
import type { RecordStore } from "./record-store.ts";
import { type Recording, startRecording } from "./recording.ts";
import { SpectatorFeed } from "./spectator-feed.ts";

export interface LiveRecordOptions {
  roomId: string;
  rules: Rules;
  rulesJson: string;
  seed: number;
  store: RecordStore | null;
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

  constructor(opts: LiveRecordOptions) {
    const { rules } = opts;
    ({ recorder: this.recorder, recording: this.recording } = startRecording({
      roomId: opts.roomId,
      rulesJson: opts.rulesJson,
      seed: opts.seed,
      hashEvery: rules.match.recordHashEveryTicks,
      store: opts.store,
    }));
    const delay = Math.round(rules.match.spectatorDelaySeconds * rules.ticks.criticalHz);
    this.spectators = new SpectatorFeed(this.recorder, delay, rules.match.maxSpectators);
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
    // Seats the room fills itself (server bots, bot-seats.ts) join the world
    // before the step without a client's onJoin: they join the record here,
    // after the joins queued since the last tick, as the world had them.
    for (const p of world.players.values()) if (!this.recorder.has(p.id)) this.recorder.join(p);
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
