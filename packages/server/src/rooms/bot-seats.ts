import { PLAY_STRATEGIES, SimSeat, WorldSight } from "@octet/shared/bots";
import { activePlayers, addPlayer, type Player, ticksFor, type World } from "@octet/shared/sim";
import { uniqueName } from "./names.ts";
import type { Seat } from "./seat.ts";

/** What the bots need of their room. */
export interface BotRoom {
  lock(): Promise<unknown>;
  /** player seats taken or reserved (rooms/seat-lock.ts) */
  playerSeats(): number;
  /** the synced state, for the countdown to the fill */
  state: { botsInSeconds: number };
}

/** The strategies bots take, in turn by seat: a mix that fights, gathers and builds armies. */
const MIX = ["aggressor", "gatherer", "archers", "trainer"] as const;
const NAMES = ["Ada", "Bram", "Cleo", "Dax", "Edda", "Finn", "Gert", "Hale"];

/**
 * Server-side bots for the empty seats of a waiting match: once the first
 * player has waited rules.players.botFillSeconds, every free seat gets a
 * world player marked `bot`, played by one of the shared strategies
 * (@octet/shared/bots, the same ones the bots CLI and the balance lab run)
 * through a SimSeat, whose actions go into the seat's queue like a client's.
 * The room only calls fill-check, think and remove; no strategy lives here.
 */
export class BotSeats {
  private readonly world: World;
  private readonly sight: WorldSight;
  private readonly seats = new Map<string, SimSeat>();
  private readonly seed: number;
  /** tick at which empty seats fill; -1 until a player is waiting */
  private fillAt = -1;
  private made = 0;

  private readonly openSeat: (player: Player, isNew: boolean) => Seat;
  private readonly room: BotRoom;

  /**
   * `openSeat` gives a bot's player (already in the world, marked `bot`) the
   * room's seat its actions queue in, and records its join (a bot's refused
   * action is dropped: the tick would refuse it again); `room.lock()`
   * closes the full room to matchmaking once bots have filled it, and
   * `room.playerSeats()` counts the seats taken, those reserved for players
   * on their way included: a bot never takes a seat a player was promised.
   */
  constructor(world: World, openSeat: (player: Player, isNew: boolean) => Seat, room: BotRoom) {
    this.world = world;
    this.sight = new WorldSight(world);
    // The world's seeded generator state at creation: the same match seed, the same bots.
    this.seed = world.rng;
    this.openSeat = openSeat;
    this.room = room;
  }

  get count(): number {
    return this.seats.size;
  }

  /** Whether the empty seats can still get bots: the match waits and none came yet. */
  get canFill(): boolean {
    return this.world.phase === "waiting" && this.made === 0;
  }

  /** Fills every empty seat at the next step, whatever the wait (a private match's host asked). */
  fillNow(): void {
    if (this.canFill) this.fillAt = this.world.tick;
  }

  /**
   * Before each step. The wait starts at the first tick that finds a player
   * in a waiting match; when it is over and the match still waits, every free
   * seat gets a bot and the full room locks. Returns how many bots joined.
   */
  private fillIfDue(): number {
    const w = this.world;
    const wait = w.rules.players.botFillSeconds;
    if (!this.canFill || (wait <= 0 && this.fillAt < 0)) return 0;
    if (this.fillAt < 0) {
      if (w.players.size > 0) this.fillAt = w.tick + Math.max(1, ticksFor(w, wait));
      return 0;
    }
    if (w.tick < this.fillAt) return 0;
    let added = 0;
    while (this.room.playerSeats() < w.rules.players.max) {
      const n = this.made++;
      const id = `bot-${n + 1}`;
      // Never a player's name: a human called "Bot Ada" keeps it, the bot becomes "Bot Ada 2".
      const taken = activePlayers(w).map((p) => p.name);
      const player = addPlayer(w, id, uniqueName(`Bot ${NAMES[n % NAMES.length]}`, taken));
      if (!player) break;
      player.bot = true;
      this.play(player, n, true);
      added++;
    }
    if (added > 0) void this.room.lock().catch(() => {});
    return added;
  }

  /**
   * A bot of a match resumed from its record (rooms/match-continuity.ts):
   * played again by the strategy its seat number gives, its actions numbered
   * on from the last seq the record applied. (The strategy's memory is not in
   * the record, only what it did: from here on it plays afresh.)
   */
  adopt(player: Player): void {
    const n = Number(/^bot-(\d+)$/.exec(player.id)?.[1] ?? this.made + 1) - 1;
    this.made = Math.max(this.made, n + 1);
    this.play(player, n, false, player.lastSeq);
  }

  private play(player: Player, n: number, isNew: boolean, seqFrom = 0): void {
    const strategy = PLAY_STRATEGIES[MIX[n % MIX.length]!]!();
    const queue = this.openSeat(player, isNew).queue;
    queue.lastSeq = seqFrom;
    const send = (action: Parameters<typeof queue.push>[0]) =>
      void queue.push({ ...action, seq: action.seq + seqFrom });
    const seed = (this.seed + 7919 * (n + 1)) >>> 0;
    this.seats.set(player.id, new SimSeat(this.sight, player.id, strategy, seed, send));
  }

  /**
   * Before each step: every bot thinks about the tick the last step produced
   * (its actions go into its queue for this step), then empty seats fill if
   * the wait is over.
   */
  beforeStep(): void {
    for (const s of this.seats.values()) s.think();
    this.fillIfDue();
    const due = this.fillAt >= 0 && this.canFill ? Math.max(0, this.fillAt - this.world.tick) : 0;
    const seconds = Math.ceil(due / this.world.rules.ticks.criticalHz);
    if (this.room.state.botsInSeconds !== seconds) this.room.state.botsInSeconds = seconds;
  }
}
