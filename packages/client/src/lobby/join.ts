import { MATCH_ROOM } from "@octet/shared/protocol";
import { MatchState } from "@octet/shared/state";
import { authorizedClient, MatchConnection } from "../net/index.ts";
import type { JoinChoice } from "./join-errors.ts";

/**
 * Joins a match the way the lobby asked: quick match (fills public rooms),
 * a new private match (the server gives it a short code, which is its room
 * id), or a private match by that code.
 */
export async function joinMatch(url: string, name: string, choice: JoinChoice): Promise<MatchConnection> {
  switch (choice.mode) {
    case "quick":
      return MatchConnection.join({ url, name });
    case "code":
      return MatchConnection.join({ url, name, roomId: choice.code });
    case "create": {
      const client = await authorizedClient(url, name);
      const room = await client.create(MATCH_ROOM, { name, private: true }, MatchState);
      return MatchConnection.attach(client, room);
    }
  }
}
