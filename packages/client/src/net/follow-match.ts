import type { Client, Room } from "@colyseus/sdk";

/** How often a moved match's new home is asked again while it is being resumed. */
const FOLLOW_EVERY_MS = 500;

/** The process a room's socket is connected to (`ws://address/<processId>/<roomId>?...`). */
export function connectedProcessId(room: Room): string | undefined {
  const url = room.connection?.url;
  if (!url) return undefined;
  try {
    return new URL(url).pathname.split("/").filter(Boolean).at(-2);
  } catch {
    return undefined;
  }
}

/**
 * Takes the player's seat back in a match that another process runs now
 * (its process died, or handed it over): asks any process for a seat with
 * the resume token the match gave this player (POST /matches/<id>/resume),
 * until it works or `deadline` (Date.now() ms) passes; a match still being
 * rebuilt is not there yet, so this retries. Resolves with the new room, or
 * null when it is too late or the token is refused.
 */
export async function followMatch(
  client: Client,
  roomId: string,
  resumeToken: string,
  root: unknown,
  deadline: number,
): Promise<Room | null> {
  while (Date.now() < deadline) {
    try {
      const res = await client.http.post(`matches/${encodeURIComponent(roomId)}/resume`, {
        body: { token: resumeToken },
      });
      // biome-ignore lint/suspicious/noExplicitAny: the SDK types the reservation and schema root by its own generics
      return await client.consumeSeatReservation(res.data as any, root as any);
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      // Our identity or token refused, the seat is not waiting (taken or expired), or the match is gone: final.
      if (code === 401 || code === 403 || code === 404 || code === 409) return null;
      await new Promise((r) => setTimeout(r, FOLLOW_EVERY_MS));
    }
  }
  return null;
}
