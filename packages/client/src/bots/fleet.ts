import { joinMatch } from "../lobby/join.ts";
import { MatchConnection } from "../net/connection.ts";
import { type PlayCounts, sumCounts } from "./counts.ts";
import type { DelaySpec } from "./delay-line.ts";
import { HeadlessBot } from "./headless-bot.ts";
import { LatencyHistogram } from "./latency-histogram.ts";
import type { BotRecord } from "./report.ts";

export interface FleetOptions {
  url: string;
  botsPerRoom: number;
  /** one strategy name per bot; bots fill rooms in this order */
  strategies: readonly string[];
  link: DelaySpec;
  seed: number;
  /**
   * Each room is a private match its first bot creates (exact rooms, no
   * strangers); otherwise bots use quick match like players.
   */
  privateRooms: boolean;
  /** name prefix, so several load generators' bots can be told apart */
  namePrefix?: string;
  /** spread the joins evenly over this many seconds (0: each as soon as the one before allows) */
  rampSeconds?: number;
}

/** Sums over every bot, for progress lines and the per-second series. */
export interface FleetTotals extends PlayCounts {
  target: number;
  joined: number;
  connected: number;
  rooms: number;
  /** honest actions not answered yet */
  awaiting: number;
}

/** Resolves at `at` (performance.now() ms), or at once when `signal` aborts. */
function waitUntil(at: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, at - performance.now()));
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}

/** Runs one join at a time: quick match fills a room before opening the next only if joins do not race. */
class JoinQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => {});
    return next;
  }
}

/**
 * A room's worth of bots. With private rooms, whoever asks first after a
 * match (or at the start) creates the room and the others join it by its code.
 */
class RoomGroup {
  private readonly rooms = new Map<string, Promise<string>>();
  private readonly opts: FleetOptions;
  private readonly queue: JoinQueue;

  constructor(opts: FleetOptions, queue: JoinQueue) {
    this.opts = opts;
    this.queue = queue;
  }

  join(name: string, previousRoomId: string): Promise<MatchConnection> {
    const url = this.opts.url;
    if (!this.opts.privateRooms) return this.queue.run(() => MatchConnection.join({ url, name }));
    const existing = this.rooms.get(previousRoomId);
    if (existing) return existing.then((code) => joinMatch(url, name, { mode: "code", code }));
    const created = joinMatch(url, name, { mode: "create" });
    this.rooms.set(
      previousRoomId,
      created.then((c) => c.room.roomId),
    );
    return created;
  }
}

/**
 * Many headless bots in rooms of `botsPerRoom`: joins them, keeps per
 * strategy latency histograms, sums their figures, and stops them cleanly
 * (no new actions, outstanding ones answered, then a consented leave).
 */
export class Fleet {
  readonly bots: HeadlessBot[] = [];
  readonly latency = new Map<string, LatencyHistogram>();
  private readonly opts: FleetOptions;
  private readonly queue = new JoinQueue();
  private readonly groups: RoomGroup[] = [];
  /** aborted by stop(): joins not started yet never start */
  private readonly halt = new AbortController();

  constructor(opts: FleetOptions) {
    this.opts = opts;
  }

  /**
   * Adds bots with these strategies (whole rooms when their count is a
   * multiple of botsPerRoom) and joins them; resolves when every join has
   * succeeded or failed, or the fleet was stopped. Quick match: one bot after
   * the other, in order, so each room fills before the next opens. Private
   * rooms: side by side, each room's creator first. With a ramp, bot i joins
   * no earlier than i x ramp / count seconds after the start.
   */
  async add(strategies: readonly string[]): Promise<void> {
    const per = this.opts.botsPerRoom;
    const rooms: HeadlessBot[][] = [];
    for (let start = 0; start < strategies.length; start += per) {
      const group = new RoomGroup(this.opts, this.queue);
      this.groups.push(group);
      rooms.push(strategies.slice(start, start + per).map((s) => this.create(s, group)));
    }
    const t0 = performance.now();
    const spacingMs = ((this.opts.rampSeconds ?? 0) * 1000) / Math.max(1, strategies.length);
    const first = this.bots.length - strategies.length;
    const start = async (bot: HeadlessBot) => {
      if (spacingMs > 0) await waitUntil(t0 + (this.bots.indexOf(bot) - first) * spacingMs, this.halt.signal);
      if (!this.halt.signal.aborted) await bot.start();
    };
    if (!this.opts.privateRooms) {
      for (const bot of rooms.flat()) await start(bot);
      return;
    }
    await Promise.all(
      rooms.map(async ([creator, ...rest]) => {
        if (creator) await start(creator);
        await Promise.all(rest.map(start));
      }),
    );
  }

  /** Bots not joined yet never join (those joining finish); stop() still stops the rest. */
  haltJoins(): void {
    this.halt.abort();
  }

  /** Joins the bots given in the options. */
  start(): Promise<void> {
    return this.add(this.opts.strategies);
  }

  totals(): FleetTotals {
    const records = this.bots.map((b) => b.record());
    const rooms = new Set<string>();
    let connected = 0;
    let awaiting = 0;
    for (const b of this.bots) {
      awaiting += b.awaiting;
      if (!b.connected) continue;
      connected++;
      rooms.add(b.conn!.room.roomId);
    }
    return {
      ...sumCounts(records),
      target: this.bots.length,
      joined: records.filter((r) => r.joined).length,
      connected,
      rooms: rooms.size,
      awaiting,
    };
  }

  /**
   * Stops every bot: no new actions, then at least `settleMs` (a round trip
   * and a tick or two, for answers to messages the bots do not time, like
   * chaos's garbage) and up to `drainMs` for the answers to the ones in
   * flight (so accepted and acknowledged match), then leave.
   */
  async stop(drainMs = 3000, settleMs = 250): Promise<void> {
    this.halt.abort();
    for (const b of this.bots) b.stopThinking();
    const stoppedAt = performance.now();
    const until = stoppedAt + Math.max(drainMs, settleMs);
    while (
      performance.now() < until &&
      (performance.now() - stoppedAt < settleMs || this.bots.some((b) => b.connected && b.awaiting > 0))
    )
      await new Promise((r) => setTimeout(r, 20));
    await Promise.all(this.bots.map((b) => b.leave()));
  }

  records(): BotRecord[] {
    return this.bots.map((b) => b.record());
  }

  private create(strategy: string, group: RoomGroup): HeadlessBot {
    const i = this.bots.length;
    let latency = this.latency.get(strategy);
    if (!latency) {
      latency = new LatencyHistogram();
      this.latency.set(strategy, latency);
    }
    const bot = new HeadlessBot({
      name: `${this.opts.namePrefix ?? ""}${strategy}-${i + 1}`,
      strategy,
      seed: this.opts.seed * 100_003 + i,
      link: this.opts.link,
      latency,
      join: (name, previousRoomId) => group.join(name, previousRoomId),
    });
    this.bots.push(bot);
    return bot;
  }
}
