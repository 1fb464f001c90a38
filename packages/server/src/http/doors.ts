import type { Server } from "node:http";
import { decodeJwt } from "jose";
import { reconnectRefusal } from "../auth/reconnect-check.ts";
import type { TokenService } from "../auth/tokens.ts";
import type { DoorSettings } from "./door-settings.ts";
import { RequestGate } from "./request-gate.ts";
import { SeatLedger } from "./seat-ledger.ts";

/**
 * Puts every door limit in front of an HTTP server: the request gate (address,
 * origin, body, options, rates, sockets, a reconnection's identity) and the
 * seat ledger (unused seat reservations per address and per identity).
 * Returns a function that takes the ledger's matchmaking wrapper off again.
 */
export function installDoors(
  server: Server | undefined,
  doors: DoorSettings,
  tokens: TokenService,
): () => void {
  let gate: RequestGate | undefined;
  const ledger = new SeatLedger(doors.maxOpenSeatsPerAddress, (key) => gate?.isExempt(key) === true);
  gate = new RequestGate(doors, ledger, (url) => reconnectRefusal(tokens, url));
  if (server) gate.install(server);
  return ledger.install(seatKeys);
}

/**
 * The keys a seat reservation counts under: the client's address (pinned by
 * the gate) and its identity. The token is only decoded here; a seat is
 * recorded only once matchmaking, which verifies it (onAuth), succeeded.
 */
function seatKeys(auth: unknown): string[] {
  const { ip, token } = (auth ?? {}) as { ip?: string; token?: string };
  const keys = ip ? [ip] : [];
  if (token) {
    try {
      const sub = decodeJwt(token).sub;
      if (typeof sub === "string") keys.push(`id:${sub}`);
    } catch {
      // Not a JWT: onAuth refuses it with the reason.
    }
  }
  return keys;
}
