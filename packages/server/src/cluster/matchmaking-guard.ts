import { ErrorCode, matchMaker, ServerError } from "@colyseus/core";
import { interceptMatchmaking } from "../colyseus/matchmaker-hook.ts";
import { wantsToSpectate } from "../replays/spectator-feed.ts";
import { reserveSpectatorSeat } from "../replays/spectator-join.ts";
import { QuickMatchBusyError, type QuickMatchLock } from "./quick-match-lock.ts";

/** HTTP status of a join refused because this process cannot reach Redis. */
export const MATCHMAKING_UNAVAILABLE = 503;
/** What a player hears when the match it wants back no longer exists anywhere. */
export const MATCH_GONE = "the match is gone: it ended, or the server running it stopped. Join a new match.";
/** HTTP status of a matchmaking request that did not finish in time. */
export const MATCHMAKING_TIMEOUT = 504;

export interface GuardOptions {
  /** false while this process cannot reach the store the processes share (Redis) */
  available: () => boolean;
  /** a matchmaking request that takes longer fails with MATCHMAKING_TIMEOUT (ms) */
  timeoutMs: number;
  /** the rules' reconnection window, for the message of an expired seat */
  reconnectionSeconds: number;
  /** quick match (joinOrCreate) runs one request at a time under it */
  quickMatch: QuickMatchLock;
}

/**
 * Wraps every matchmaking request (join, create, join by id, reconnect) so it
 * ends with a clear answer, never a hang:
 * - while Redis is unreachable, refused at once (running matches go on);
 * - quick match one request at a time (see QuickMatchLock), so rooms fill
 *   before new ones open;
 * - a spectator's join by id passes a match whose seats are taken (locked);
 * - bounded in time, whatever it waits on;
 * - a failed reconnect says why (seat expired, or the match is gone) and
 *   what to do next, instead of Colyseus's internal wording.
 * Returns a function that removes the wrapper.
 */
export function guardMatchmaking(opts: GuardOptions): () => void {
  return interceptMatchmaking(async ({ method, roomName, clientOptions, auth, proceed: colyseus }) => {
    const proceed = () =>
      method === "joinById" && wantsToSpectate(clientOptions)
        ? reserveSpectatorSeat(roomName, clientOptions, auth)
        : colyseus();
    if (!opts.available()) throw unavailable();
    const deadline = Date.now() + opts.timeoutMs;
    // Only a room type that exists gets a lock (the name comes from the request path).
    const quick = method === "joinOrCreate" && matchMaker.getAllHandlers()[roomName] !== undefined;
    try {
      return await withTimeout(
        quick ? opts.quickMatch.run(roomName, deadline, proceed) : proceed(),
        opts.timeoutMs,
      );
    } catch (err) {
      throw explain(method, err, opts);
    }
  });
}

class MatchmakingTimeout extends Error {}

/** ioredis's messages for a command that could not reach Redis. */
const REDIS_FAILURE =
  /Stream isn't writeable|Connection is closed|Command timed out|max retries per request/i;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new MatchmakingTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function unavailable(): ServerError {
  return new ServerError(
    MATCHMAKING_UNAVAILABLE,
    "matchmaking is unavailable: this server cannot reach Redis, where the server processes share their matches. " +
      "Matches in progress go on; try joining again in a few seconds.",
  );
}

function explain(method: string, err: unknown, opts: GuardOptions): unknown {
  if (err instanceof MatchmakingTimeout || err instanceof QuickMatchBusyError) {
    return new ServerError(
      MATCHMAKING_TIMEOUT,
      `matchmaking did not answer within ${opts.timeoutMs / 1000} s; try again in a few seconds.`,
    );
  }
  // Redis went away while the request was under way.
  if (!opts.available() || (err instanceof Error && REDIS_FAILURE.test(err.message))) return unavailable();
  if (method !== "reconnect" || !(err instanceof ServerError)) return err;
  if (err.code === ErrorCode.MATCHMAKE_EXPIRED) {
    return new ServerError(
      ErrorCode.MATCHMAKE_EXPIRED,
      `your seat has expired: a match keeps a dropped player's seat for ${opts.reconnectionSeconds} s. Join a new match.`,
    );
  }
  if (err.code === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || /timed out/.test(err.message)) {
    return new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, MATCH_GONE);
  }
  return err;
}
