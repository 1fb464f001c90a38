import { MATCH_ROOM } from "@octet/shared/protocol";
import { MatchState } from "@octet/shared/state";
import { authorizedClient, MatchConnection } from "../net/index.ts";
import { isRoomNotFound, type JoinChoice } from "./join-errors.ts";

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
    case "rematch":
      return joinRematch(url, name, choice.code);
    case "create": {
      const client = await authorizedClient(url, name);
      const room = await client.create(MATCH_ROOM, { name, private: true }, MatchState);
      return MatchConnection.attach(client, room);
    }
  }
}

/**
 * The rematch's room exists once one of the finished match's players asked:
 * join it by its code; if nobody has, create it with that code (the server
 * checks the code was offered); if someone else created it meanwhile, join.
 */
async function joinRematch(url: string, name: string, code: string): Promise<MatchConnection> {
  try {
    return await MatchConnection.join({ url, name, roomId: code });
  } catch (err) {
    if (!isRoomNotFound(err)) throw err;
  }
  const client = await authorizedClient(url, name);
  try {
    const room = await client.create(MATCH_ROOM, { name, private: true, rematch: code }, MatchState);
    return await MatchConnection.attach(client, room);
  } catch (err) {
    // Taken by a player who asked at the same moment: its room is there now.
    if (!/no open rematch/i.test(String((err as Error)?.message))) throw err;
    return MatchConnection.join({ url, name, roomId: code });
  }
}
