import { type MatchRecord, Replayer, type TickRecord } from "@octet/shared/record";
import type { Rules } from "@octet/shared/rules";
import type { KillEvent, World } from "@octet/shared/sim";

/** Ticks between two kept snapshots: a seek re-simulates at most this many ticks (a few ms). */
export const SNAPSHOT_EVERY = 50;
/** Kills kept for the feed. */
const FEED = 6;

export interface FeedKill extends KillEvent {
  tick: number;
}

/** A copy of a world that shares only the (read-only) rules. */
export function cloneWorld(world: World): World {
  const { rules, ...rest } = world;
  return { ...structuredClone(rest), rules };
}

/**
 * A recorded match as something to watch: the shared sim replays it tick by
 * tick, any tick can be reached quickly from the nearest snapshot (kept every
 * SNAPSHOT_EVERY ticks as playback first passes them), and the kill feed
 * shows the kills just before the current tick, as the match had them. A live
 * record (a spectator's) grows with append(). No Phaser, no network.
 */
export class ReplayModel {
  readonly record: MatchRecord;
  readonly rules: Rules;
  private replayer: Replayer;
  private readonly snapshots = new Map<number, World>();
  private feed: FeedKill[] = [];
  /** a live match's record, still arriving: playback waits at its newest tick instead of stopping */
  live = false;

  constructor(record: MatchRecord) {
    this.record = record;
    this.replayer = new Replayer(record.header);
    this.rules = this.replayer.rules;
    this.snapshots.set(0, cloneWorld(this.replayer.world));
  }

  get world(): World {
    return this.replayer.world;
  }

  get tick(): number {
    return this.replayer.world.tick;
  }

  /** The last tick the record holds (grows for a live record). */
  get lastTick(): number {
    return this.record.ticks.length;
  }

  get kills(): readonly FeedKill[] {
    return this.feed;
  }

  /** Player ids in join order (the record's player numbers). */
  get playerIds(): readonly string[] {
    return this.replayer.playerIds;
  }

  /** More of a live record: entries for the ticks after lastTick. */
  append(entries: readonly TickRecord[]): void {
    for (const e of entries) if (e.tick === this.record.ticks.length + 1) this.record.ticks.push(e);
  }

  /** One tick forward, if the record has it. Returns false at the end. */
  stepForward(): boolean {
    const next = this.record.ticks[this.tick];
    if (!next) return false;
    this.replayer.apply(next);
    const world = this.replayer.world;
    if (world.kills.length > 0) {
      for (const k of world.kills) this.feed.push({ ...k, tick: world.tick });
      if (this.feed.length > FEED) this.feed = this.feed.slice(-FEED);
    }
    if (world.tick % SNAPSHOT_EVERY === 0 && !this.snapshots.has(world.tick)) {
      this.snapshots.set(world.tick, cloneWorld(world));
    }
    return true;
  }

  /** Jumps to `tick` (clamped to the record): from the nearest snapshot at or before it. */
  seek(tick: number): void {
    const target = Math.max(0, Math.min(this.lastTick, Math.round(tick)));
    if (target < this.tick || target - this.tick > SNAPSHOT_EVERY) {
      let from = Math.floor(target / SNAPSHOT_EVERY) * SNAPSHOT_EVERY;
      // Snapshots exist up to where playback has been; farther, replay from the last one.
      while (!this.snapshots.has(from)) from -= SNAPSHOT_EVERY;
      this.replayer = new Replayer(
        this.record.header,
        cloneWorld(this.snapshots.get(from)!),
        this.playerIdsAt(from),
      );
      // The feed is rebuilt from the ticks just before the target.
      this.feed = [];
    }
    while (this.tick < target && this.stepForward()) {}
  }

  /** Ids of the players who had joined by `tick`, from the record's roster events. */
  private playerIdsAt(tick: number): string[] {
    const ids: string[] = [];
    for (let t = 0; t < tick; t++) {
      for (const ev of this.record.ticks[t]!.roster) if (ev.kind === "join") ids.push(ev.playerId);
    }
    return ids;
  }
}
