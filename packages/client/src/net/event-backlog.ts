import type { ConnectionEvents } from "./connection-types.ts";

type Name = keyof ConnectionEvents;
type AnyListener = (...args: unknown[]) => void;

/** What a backlog listens on: a MatchConnection, or anything with its `on`. */
interface EventSource {
  on<K extends Name>(event: K, fn: ConnectionEvents[K]): () => void;
}

/**
 * Keeps a connection's events from the moment it is made until their real
 * listeners are there, then hands them over in order. A page joins first and
 * loads its game after (seconds on a slow phone): without it, a match that
 * closed or ended, a lost seat or a dropped socket in that time went unseen.
 */
export class EventBacklog {
  private readonly kept: Array<[Name, unknown[]]> = [];
  private readonly offs: Array<() => void>;

  constructor(source: EventSource, names: readonly Name[]) {
    this.offs = names.map((name) =>
      source.on(name, ((...args: unknown[]) =>
        this.kept.push([name, args])) as ConnectionEvents[typeof name]),
    );
  }

  /** Stops keeping events and gives those kept, in the order they came, to `to`'s handlers. */
  replay(to: Partial<ConnectionEvents>): void {
    this.stop();
    for (const [name, args] of this.kept.splice(0)) (to[name] as AnyListener | undefined)?.(...args);
  }

  /** Stops keeping events (and forgets them). */
  stop(): void {
    for (const off of this.offs.splice(0)) off();
  }
}
