import { matchMaker } from "@colyseus/core";
import type express from "express";
import { MATCH_GONE } from "../cluster/matchmaking-guard.ts";
import { liveProcessIds } from "../cluster/process-liveness.ts";
import { ID_PATTERN } from "../ids.ts";
import type { LiveMatches } from "../resume/live-matches.ts";

/**
 * GET /matches/:roomId answers whether a match still runs on a live process:
 * 200 when it does, 404 with the reason when it is gone. A dropped client asks
 * any process this while its own reconnection retries fail, so the players of
 * a process that died hear at once that the match is gone instead of retrying
 * a dead address until their seat's window runs out.
 * With resume (resume/), a match whose process died is still live in Redis
 * while another process takes it over: the answer is then 503 "resuming",
 * which keeps the client retrying; once it runs again, 200 names the process
 * (`processId`), and a client that joined another one follows it there.
 */

export function mountMatchStatus(
  app: express.Application,
  live: Pick<LiveMatches, "get"> | null = null,
): void {
  app.get("/matches/:roomId", async (req, res) => {
    const roomId = req.params.roomId;
    // Room ids are Colyseus's or our codes: anything else is no match, asked of nobody.
    if (!ID_PATTERN.test(roomId))
      return void res.status(404).json({ roomId: "", running: false, error: MATCH_GONE });
    try {
      const [room] = await matchMaker.query({ roomId });
      if (room && (await liveProcessIds()).has(room.processId)) {
        res.json({ roomId, running: true, processId: room.processId });
      } else if (live && (await live.get(roomId))) {
        res.status(503).json({ roomId, running: false, resuming: true, error: "the match is being resumed" });
      } else {
        res.status(404).json({ roomId, running: false, error: MATCH_GONE });
      }
    } catch (err) {
      // Redis unreachable: nobody can tell, so the client keeps retrying.
      res.status(503).json({ roomId, error: `cannot tell now: ${(err as Error).message}` });
    }
  });
}
