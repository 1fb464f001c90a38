import { matchMaker } from "@colyseus/core";
import type express from "express";
import { MATCH_GONE } from "../cluster/matchmaking-guard.ts";
import { liveProcessIds } from "../cluster/process-liveness.ts";

/**
 * GET /matches/:roomId answers whether a match still runs on a live process:
 * 200 when it does, 404 with the reason when it is gone. A dropped client asks
 * any process this while its own reconnection retries fail, so the players of
 * a process that died hear at once that the match is gone instead of retrying
 * a dead address until their seat's window runs out.
 */
export function mountMatchStatus(app: express.Application): void {
  app.get("/matches/:roomId", async (req, res) => {
    const roomId = req.params.roomId;
    try {
      const [room] = await matchMaker.query({ roomId });
      if (room && (await liveProcessIds()).has(room.processId)) {
        res.json({ roomId, running: true });
      } else {
        res.status(404).json({ roomId, running: false, error: MATCH_GONE });
      }
    } catch (err) {
      // Redis unreachable: nobody can tell, so the client keeps retrying.
      res.status(503).json({ roomId, error: `cannot tell now: ${(err as Error).message}` });
    }
  });
}
