import { MatchConnection } from "../../packages/client/src/net/connection.ts";

/** Resolves when `check` holds, polling every 20 ms; rejects with `what` after `timeoutMs`. */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Like waitFor, for a check that has to ask something (Redis, HTTP) each time. */
export async function waitForAsync(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A joined player plus a count of the state patches it decoded. */
export interface TestPlayer {
  conn: MatchConnection;
  patches: number;
}

export async function joinPlayer(url: string, name: string, roomId?: string): Promise<TestPlayer> {
  const conn = await MatchConnection.join(roomId ? { url, name, roomId } : { url, name });
  const player: TestPlayer = { conn, patches: 0 };
  conn.room.onStateChange(() => {
    player.patches++;
  });
  return player;
}

export async function leaveAll(players: TestPlayer[]): Promise<void> {
  await Promise.allSettled(players.map((p) => p.conn.leave()));
}

/** One answer to an action, as tests look at it. */
export interface SeenResult {
  seq: number;
  accepted: boolean;
  reason: number;
  detail: string;
}

/** Every answer `conn` gets from now on, in arrival order. */
export function collectResults(conn: MatchConnection): SeenResult[] {
  const seen: SeenResult[] = [];
  conn.on("result", (r) => seen.push(r));
  return seen;
}
