import { matchMaker } from "@colyseus/core";
import { MATCH_ROOM } from "@octet/shared/protocol";
import type express from "express";
import { liveProcessIds } from "../cluster/process-liveness.ts";
import { ID_PATTERN } from "../ids.ts";

/** GET /matches lists this many matches unless ?limit= says fewer (at most MAX_LIVE_LIST). */
export const DEFAULT_LIVE_LIST = 20;
export const MAX_LIVE_LIST = 50;

/** One running match as the lobby's Watch list shows it. */
export interface LiveMatch {
  roomId: string;
  /** people in it now, players and spectators */
  clients: number;
  /** true once its player seats are all taken (spectators still get in) */
  full: boolean;
  createdAt: string;
}

/**
 * GET /watch/:roomId: the live viewer of a match (the built client at
 * /?watch=<roomId>), the spectate link a private match's players share.
 * GET /matches: the running public matches, newest first, for the lobby's
 * Watch button (a spectator joins one by id). Private matches are never
 * listed: their players share a spectate link instead (/watch/<code>). Only
 * rooms of live processes, so a dead process's leftovers are not offered.
 * The request gate counts these requests as matchmaking (rate per address).
 */
export function mountWatchRoutes(app: express.Application, watchable: boolean): void {
  app.get("/watch/:roomId", (req, res) => {
    const id = req.params.roomId;
    if (!ID_PATTERN.test(id)) return void res.status(400).type("text/plain").send("not a match id or code\n");
    // The client's assets are relative to /, so the viewer lives at /?watch=<id>.
    res.redirect(302, `/?watch=${encodeURIComponent(id)}`);
  });
  app.get("/matches", async (req, res) => {
    // The lobby may come from the Vite dev server's port; the list is public.
    res.set({ "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" });
    if (!watchable)
      return void res
        .status(404)
        .json({ error: "match recording is off on this server: no match can be watched" });
    const raw = req.query.limit;
    const limit =
      raw === undefined
        ? DEFAULT_LIVE_LIST
        : typeof raw === "string" && /^\d{1,3}$/.test(raw)
          ? Number(raw)
          : 0;
    if (limit < 1 || limit > MAX_LIVE_LIST) {
      return void res.status(400).json({ error: `limit must be a whole number from 1 to ${MAX_LIVE_LIST}` });
    }
    try {
      const [rooms, live] = await Promise.all([matchMaker.query({ name: MATCH_ROOM }), liveProcessIds()]);
      const matches: LiveMatch[] = rooms
        .filter((r) => !r.private && !r.unlisted && live.has(r.processId))
        .sort((a, b) => startOf(b) - startOf(a))
        .slice(0, limit)
        .map((r) => ({
          roomId: r.roomId,
          clients: r.clients,
          full: r.locked === true,
          createdAt: new Date(startOf(r)).toISOString(),
        }));
      res.json({ matches });
    } catch (err) {
      res.status(503).json({ error: `the match list cannot be read now: ${(err as Error).message}` });
    }
  });
}

/** A listing's creation time in ms (a Date locally, its JSON string through Redis). */
function startOf(room: { createdAt?: Date | string }): number {
  return new Date(room.createdAt ?? 0).getTime() || 0;
}
