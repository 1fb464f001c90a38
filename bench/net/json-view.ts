import type { ViewSource } from "../../packages/client/src/bots/connection-view.ts";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import type { BotActions, SeenEntity } from "../../packages/shared/src/bots/index.ts";
import type { Rules } from "../../packages/shared/src/rules/index.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { JSON_STATE } from "./wire-rooms.ts";

interface JsonState {
  phase: number;
  tick: number;
  players: Record<string, { gold: number; commanderId: number }>;
  entities: Record<string, SeenEntity>;
}

/**
 * The JSON baseline's view for a bot: the room sends the whole state as JSON
 * every tick (message JSON_STATE) instead of schema patches, so the bot sees
 * that snapshot. Everyone sees everything: the baseline has no fog.
 */
export class JsonView implements ViewSource {
  private readonly conn: MatchConnection;
  private state: JsonState = { phase: MatchPhase.Waiting, tick: 0, players: {}, entities: {} };
  private readonly listeners = new Set<(tick: number) => void>();
  /** plain sends: the connection's prediction reads the schema state, which this room does not send */
  readonly actions: BotActions;

  constructor(conn: MatchConnection) {
    this.conn = conn;
    this.actions = {
      move: (dx, dy) =>
        (dx !== 0 || dy !== 0) && this.playing && conn.send({ kind: "commanderMove", dx, dy }) > 0,
      order: (unitIds, x, y) => void conn.send({ kind: "moveUnits", unitIds, x, y }),
      attack: (unitIds, targetId) => void conn.send({ kind: "attack", unitIds, targetId }),
      train: (unitKind) => void conn.send({ kind: "train", unitKind }),
      guard: (unitIds) => void conn.send({ kind: "guard", unitIds }),
    };
    const decoder = new TextDecoder();
    conn.room.onMessage(JSON_STATE, (bytes: Uint8Array) => {
      this.state = JSON.parse(decoder.decode(bytes)) as JsonState;
      for (const fn of this.listeners) fn(this.state.tick);
    });
  }

  get rules(): Rules {
    return this.conn.rules;
  }

  get playerId(): string {
    return this.conn.playerId;
  }

  /** the snapshot's tick (modulo 65536, as the state carries it: a bench run is far shorter) */
  get tick(): number {
    return this.state.tick;
  }

  get gold(): number {
    return this.state.players[this.playerId]?.gold ?? 0;
  }

  get playing(): boolean {
    return this.state.phase === MatchPhase.Playing;
  }

  onView(fn: (tick: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  commander(): SeenEntity | undefined {
    const id = this.state.players[this.playerId]?.commanderId;
    return id === undefined ? undefined : this.state.entities[String(id)];
  }

  forEachEntity(fn: (e: SeenEntity) => void): void {
    for (const e of Object.values(this.state.entities)) fn(e);
  }
}
