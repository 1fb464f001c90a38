/**
 * Which identity holds each seat of this process (session id -> identity id),
 * from join to leave. A reconnection must come back with a token of the same
 * identity (checked at the WebSocket upgrade, see auth/reconnect-check.ts),
 * so a stolen reconnection token alone does not take a seat over.
 */
const seats = new Map<string, string>();

export function rememberSeat(sessionId: string, identityId: string): void {
  seats.set(sessionId, identityId);
}

export function forgetSeat(sessionId: string): void {
  seats.delete(sessionId);
}

export function seatIdentity(sessionId: string): string | undefined {
  return seats.get(sessionId);
}
