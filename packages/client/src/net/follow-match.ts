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
 * (its process died, or handed it over): joins it by id with the resume
 * token the match gave this player, through any process, until it works or
 * `deadline` (Date.now() ms) passes; a match still being rebuilt is not there
 * yet, so this retries. Resolves with the new room, or null when it is too late.
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
      // biome-ignore lint/suspicious/noExplicitAny: the SDK types the schema root by its own generics
      return await client.joinById(roomId, { resume: resumeToken }, root as any);
    } catch {
      await new Promise((r) => setTimeout(r, FOLLOW_EVERY_MS));
    }
  }
  return null;
}
