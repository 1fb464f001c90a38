import type { Client } from "@colyseus/core";
import { Reject, type RejectCode } from "@octet/shared/protocol";
import type { Rules } from "@octet/shared/rules";
import {
  type ActionQueues,
  activePlayers,
  addPlayer,
  type Player,
  removePlayer,
  type World,
} from "@octet/shared/sim";
import { admit } from "../auth/admit.ts";
import { forgetSeat, rememberSeat } from "../auth/identities.ts";
import type { Identity } from "../auth/tokens.ts";
import { describeType } from "../guard/sampled-log.ts";
import type { LiveRecord } from "../replays/live-record.ts";
import { type IntakeRoom, takeAction } from "./action-intake.ts";
import { recordRejection } from "./rejection-log.ts";
import type { SeatsOfRoom } from "./resumed-seats.ts";
import { Seat } from "./seat.ts";

/** What a match's seats need of its room. */
export interface SeatsHost {
  roomId(): string;
  world(): World;
  rules(): Rules;
  record(): LiveRecord | null;
  /** the player seats changed: the room locks or unlocks (seat-lock.ts) */
  seatsChanged(): void;
  /** the player's view of the world is gone (interest) */
  unwatch(playerId: string): void;
  /** the world's players changed: the schema state follows */
  resync(): void;
  /** the room guard forgets what it counted of the player */
  forget(playerId: string): void;
  /** the room guard cuts a client that keeps sending garbage */
  cut(client: Client, code: number, reason: string): void;
}

/**
 * The player seats of one match, from join to leave: each seat's queue and
 * results (seat.ts), the sim's player, the record's roster events and whose
 * identity holds it, kept in step, so a leave is one call and nothing is
 * cleared by hand. Spectators hold no seat.
 */
export class RoomSeats implements SeatsOfRoom {
  readonly seats = new Map<string, Seat>();
  /** the seats' queues as the sim reads them; it consumes from them */
  readonly queues: ActionQueues = { get: (id: string) => this.seats.get(id)?.queue.actions };
  private readonly host: SeatsHost;
  private readonly intake: IntakeRoom;

  constructor(host: SeatsHost) {
    this.host = host;
    this.intake = {
      world: () => host.world(),
      rules: () => host.rules(),
      reject: (id, seq, reason, detail) => this.reject(id, seq, reason, detail),
      cut: (client, code, reason) => host.cut(client, code, reason),
    };
  }

  rules(): Rules {
    return this.host.rules();
  }

  record(): LiveRecord | null {
    return this.host.record();
  }

  /** A new player: admitted by its identity under a unique name, given a seat; throws when it may not play. */
  join(client: Client, options: unknown): void {
    const host = this.host;
    const world = host.world();
    const identity = client.auth as Identity;
    const seated = [...this.seats.values()].map((s) => s.identityId);
    const taken = activePlayers(world).map((p) => p.name);
    const name = admit(identity, seated, options, taken, host.rules().limits.maxNameLength);
    const player = addPlayer(world, client.sessionId, name);
    if (!player) throw new Error("the match is full");
    host.record()?.joined(player);
    host.seatsChanged();
    this.seats.set(client.sessionId, new Seat(host.rules(), identity.id));
    rememberSeat(client.sessionId, identity.id);
    host.resync();
  }

  /** A seat for a server-side bot (rooms/bot-seats.ts), which has no identity; a new bot's join is recorded. */
  seatBot(player: Player, isNew: boolean): Seat {
    if (isNew) this.host.record()?.joined(player);
    const seat = new Seat(this.host.rules(), player.id);
    this.seats.set(player.id, seat);
    return seat;
  }

  /** The player's socket dropped (its seat is kept) or came back. */
  connected(playerId: string, on: boolean): void {
    const player = this.host.world().players.get(playerId);
    if (player) player.connected = on;
    this.host.record()?.connected(playerId, on);
    if (!on) this.host.unwatch(playerId);
  }

  /** A seat given up for good: its player left, or never came back to the resumed match. */
  giveUp(playerId: string): void {
    const host = this.host;
    removePlayer(host.world(), playerId);
    host.record()?.left(playerId);
    host.unwatch(playerId);
    host.resync();
    this.seats.delete(playerId);
    host.seatsChanged();
    host.forget(playerId);
    forgetSeat(playerId);
  }

  /** An action frame: a seated player's goes to its queue (action-intake.ts); a spectator's is refused. */
  receive(client: Client, bytes: Uint8Array): void {
    const seat = this.seats.get(client.sessionId);
    if (!seat) return this.host.record()?.refuseIfSpectator(client, this.host.world().tick);
    takeAction(this.intake, client, seat, bytes);
  }

  /** A message of a type the protocol does not have (`type` may be anything a client sent). */
  rejectUnknown(playerId: string, type: unknown): void {
    this.reject(playerId, 0, Reject.UnknownAction, `unknown message type ${describeType(type)}`);
  }

  /**
   * Logs a rejection and queues it for the player's next results message: it
   * is sent after the next tick, in one message with that tick's rejections.
   */
  reject(playerId: string, seq: number, reason: RejectCode, detail: string): void {
    recordRejection(this.host.roomId(), playerId, reason, detail);
    this.seats.get(playerId)?.results.push({ seq, accepted: false, reason, detail });
  }
}
