import type { BotActions, BotView, SeenEntity } from "@octet/shared/bots";
import type { Rules } from "@octet/shared/rules";
import { MatchPhase } from "@octet/shared/sim";
import type { MatchConnection } from "../net/connection.ts";

/**
 * Where a network bot's view comes from and when it changes: a new view per
 * server tick. ConnectionView reads the decoded schema state; a benchmark's
 * other wire format (bench/net's JSON snapshots) brings its own.
 */
export interface ViewSource extends BotView {
  /** calls `fn` with the (unwrapped) server tick of each new view; returns an unsubscribe */
  onView(fn: (tick: number) => void): () => void;
  /** the latest view shows the match being played */
  readonly playing: boolean;
  /**
   * How the bot acts on this view, when not through the connection's
   * prediction (which needs the decoded schema state): plain sends.
   */
  readonly actions?: BotActions;
}

/** The state's tick is the server tick modulo 65536; bots count on from the first one they saw. */
const TICK_WRAP = 65536;

/**
 * A network bot's BotView: the connection's decoded state (already filtered
 * by the server's fog of war), with the server tick of the last patch unwrapped
 * into a counter that keeps growing past 65535.
 */
export class ConnectionView implements ViewSource {
  private readonly conn: MatchConnection;
  private rawTick = -1;
  private unwrapped = 0;

  constructor(conn: MatchConnection) {
    this.conn = conn;
  }

  get rules(): Rules {
    return this.conn.rules;
  }

  get playerId(): string {
    return this.conn.playerId;
  }

  /** The server tick of the last patch taken in with {@link onPatch}. */
  get tick(): number {
    return this.unwrapped;
  }

  onView(fn: (tick: number) => void): () => void {
    return this.conn.on("patch", () => fn(this.onPatch()));
  }

  get playing(): boolean {
    return this.conn.state.phase === MatchPhase.Playing;
  }

  /** Takes in the tick of a patch just applied; returns the unwrapped server tick. */
  onPatch(): number {
    const raw = this.conn.state.tick;
    if (this.rawTick < 0) this.unwrapped = raw;
    else this.unwrapped += (raw - this.rawTick + TICK_WRAP) % TICK_WRAP;
    this.rawTick = raw;
    return this.unwrapped;
  }

  get gold(): number {
    return this.conn.state.players.get(this.conn.playerId)?.gold ?? 0;
  }

  commander(): SeenEntity | undefined {
    const c = this.conn.ownCommander();
    return c ? seen(c) : undefined;
  }

  forEachEntity(fn: (e: SeenEntity) => void): void {
    this.conn.state.entities.forEach((e) => {
      fn(seen(e));
    });
  }
}

/**
 * Schema entities are read in place, no copy per entity per tick: they carry
 * every SeenEntity field, except that `gold` stays unsent (undefined) on all
 * but resource nodes, the only entities whose gold a strategy reads.
 */
function seen(e: object): SeenEntity {
  return e as SeenEntity;
}
