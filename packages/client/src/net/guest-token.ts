import { Client } from "@colyseus/sdk";

/** A token is reused (in a browser tab) only while it has at least this long left (s). */
const REUSE_MARGIN_SECONDS = 300;

/** The http(s):// base of a ws(s):// server URL (the same host serves both). */
export function httpBase(url: string): string {
  const u = new URL(url);
  u.protocol = u.protocol === "wss:" ? "https:" : u.protocol === "ws:" ? "http:" : u.protocol;
  return u.toString().replace(/\/+$/, "");
}

/** Asks the server for a signed guest identity (POST /auth/guest); throws with the server's reason. */
export async function fetchGuestToken(url: string, name: string): Promise<string> {
  const res = await fetch(`${httpBase(url)}/auth/guest`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  const body = (await res.json().catch(() => ({}))) as { token?: string; error?: string };
  if (!res.ok || typeof body.token !== "string")
    throw new GuestTokenError(
      res.status,
      `the server gave no guest token: ${body.error ?? "no reason given"}`,
    );
  return body.token;
}

/** A refused guest token, with the HTTP status (bot reports print it as "HTTP 429: ..."). */
export class GuestTokenError extends Error {
  override name = "GuestTokenError";
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/**
 * An SDK client for `url` that carries a guest token for `name`
 * (client.auth.token: sent as Authorization: Bearer when matchmaking and
 * with the WebSocket, reconnections included). This is how every Octet
 * client joins: the browser, bots, the load-test script and the tests. In a
 * browser tab the token is kept (sessionStorage) and reused while valid, so
 * the player keeps one identity; elsewhere each connection gets its own.
 */
export async function authorizedClient(url: string, name: string): Promise<Client> {
  const client = new Client(url);
  client.auth.token = await keptToken(url, name);
  return client;
}

async function keptToken(url: string, name: string): Promise<string> {
  const store = sessionStore();
  const key = `octet.guest:${httpBase(url)}:${name}`;
  const kept = store?.getItem(key);
  if (kept && secondsLeft(kept) > REUSE_MARGIN_SECONDS) return kept;
  const token = await fetchGuestToken(url, name);
  store?.setItem(key, token);
  return token;
}

function sessionStore(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled: a fresh token each time
  }
}

/** Seconds until a JWT's exp (not verified: the server does that); 0 when unreadable. */
function secondsLeft(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split(".")[1]!.replace(/-/g, "+").replace(/_/g, "/"))) as {
      exp?: number;
    };
    return typeof payload.exp === "number" ? payload.exp - Date.now() / 1000 : 0;
  } catch {
    return 0;
  }
}
