import type { Room } from "@colyseus/core";

/** Colyseus's `Room._reserveSeat` (0.18): `allowReconnection` is true for a seat kept for a dropped client. */
type ReserveSeat = (
  sessionId: string,
  joinOptions?: unknown,
  authData?: unknown,
  seconds?: number,
  allowReconnection?: boolean,
  devModeReconnectionToken?: string,
) => Promise<boolean>;

/** One entry of `Room._reservedSeats`: [joinOptions, authData, consumed, isReconnection]. */
type Reservation = [unknown, unknown, boolean, boolean];

export interface SeatGate {
  /** whether a new (not reconnecting) seat may be reserved for these options and auth */
  mayReserve(joinOptions: unknown, authData: unknown): boolean;
  /** after a new seat was reserved, and again once its reservation could have run out */
  changed(): void;
}

/**
 * The one place the server reaches into Colyseus's seat reservations:
 * Colyseus 0.18 has no hook in front of `Room._reserveSeat`, which every
 * join's reservation goes through (matchmaking calls it on the room's own
 * process), and only checks maxClients there. A match's maxClients counts its
 * spectators too, so the room must refuse a player seat itself when its
 * player seats are all taken or reserved: at reservation, not at join, or
 * concurrent quick matches overfill it. The check and Colyseus's own
 * bookkeeping run in the same synchronous step, so two reservations cannot
 * both pass. A refusal is Colyseus's own "full" (matchmaking looks again).
 * Throws at once when the method is not there.
 */
export function gateSeatReservations(room: Room, gate: SeatGate): void {
  const target = room as unknown as { _reserveSeat?: ReserveSeat };
  const original = target._reserveSeat;
  if (typeof original !== "function") {
    throw new Error(
      "@colyseus/core changed shape: Room._reserveSeat is not a function (see colyseus/seat-reservations.ts)",
    );
  }
  target._reserveSeat = async (sessionId, joinOptions, authData, seconds, allowReconnection, devToken) => {
    if (!allowReconnection && !gate.mayReserve(joinOptions, authData)) return false;
    const reserved = await original.call(
      room,
      sessionId,
      joinOptions,
      authData,
      seconds,
      allowReconnection,
      devToken,
    );
    if (reserved && !allowReconnection) {
      gate.changed();
      const ms = (seconds ?? room.seatReservationTimeout) * 1000;
      setTimeout(() => gate.changed(), ms + 100).unref();
    }
    return reserved;
  };
}

/** The session ids and options of the new seats reserved and not yet joined (reconnections left out). */
export function pendingReservations(
  room: Room,
): Array<{ sessionId: string; joinOptions: unknown; authData: unknown }> {
  const seats = (room as unknown as { _reservedSeats?: Record<string, Reservation> })._reservedSeats ?? {};
  return Object.entries(seats)
    .filter(([, r]) => !r[3])
    .map(([sessionId, r]) => ({ sessionId, joinOptions: r[0], authData: r[1] }));
}
