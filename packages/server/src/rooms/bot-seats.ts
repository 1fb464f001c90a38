import { PLAY_STRATEGIES, SimSeat, WorldSight } from "@octet/shared/bots";
import { activePlayers, addPlayer, ticksFor, type World } from "@octet/shared/sim";
import type { Seat } from "./seat.ts";

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

  constructor(world: World, seed: number) {
    this.world = world;
    this.sight = new WorldSight(world);
    this.seed = seed;
  }

  get count(): number {
    return this.seats.size;
  }

  /** A player joined: the fill countdown starts with the first one. */
  playerJoined(): void {
    const s = this.world.rules.players.botFillSeconds;
    if (this.fillAt < 0 && s > 0 && this.world.phase === "waiting")
      this.fillAt = this.world.tick + Math.max(1, ticksFor(this.world, s));
  }

  /** The tick at which bots fill, or -1 (clients show the countdown). */
  get fillTick(): number {
    return this.fillAt;
  }

  /**
   * Before a step: when the wait is over and the match still waits, fills
   * every free seat; `openSeat` gives each bot the room's seat its actions
   * queue in (a bot's refused action is dropped, as the tick would refuse it
   * again). Returns how many bots joined.
   */
  fillIfDue(openSeat: (id: string) => Seat): number {
    const w = this.world;
    if (this.fillAt < 0 || w.phase !== "waiting" || w.tick < this.fillAt) return 0;
    this.fillAt = -1;
    let added = 0;
    while (activePlayers(w).length < w.rules.players.max) {
      const n = this.made++;
      const id = `bot-${n + 1}`;
      const player = addPlayer(w, id, `Bot ${NAMES[n % NAMES.length]}`);
      if (!player) break;
      player.bot = true;
      const strategy = PLAY_STRATEGIES[MIX[n % MIX.length]!]!();
      const queue = openSeat(id).queue;
      const send = (action: Parameters<typeof queue.push>[0]) => void queue.push(action);
      this.seats.set(id, new SimSeat(this.sight, id, strategy, (this.seed + 7919 * (n + 1)) >>> 0, send));
      added++;
    }
    return added;
  }

  /** After a step: every bot thinks about the tick it now sees. */
  think(): void {
    for (const s of this.seats.values()) s.think();
  }
}
