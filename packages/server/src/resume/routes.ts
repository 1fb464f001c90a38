import { matchMaker } from "@colyseus/core";
import express from "express";
import type { MatchRoom } from "../rooms/MatchRoom.ts";
import { RESUME_REFUSED, type ResumeAuth, type ResumeService } from "./resume-service.ts";

const ROOM_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A request body is one token: anything bigger is refused before it is parsed. */
const BODY_LIMIT = "1kb";

/**
 * POST /matches/:roomId/resume { token }: a seat in a match that another
 * process runs now (resumed after a crash, or handed over), for the player
 * whose resume token names it. Any process answers; the seat reservation
 * names the process, like any join. The token is checked here (403), the seat
 * by the room (409 when it is not waiting for its player: taken, expired, or
 * another match's); 503 while the match is still being rebuilt, 404 once it
 * is gone. The room id and the body are bounded before anything else runs.
 */
export function mountResumeRoute(app: express.Application, service: ResumeService): void {
  app.post("/matches/:roomId/resume", express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const roomId = req.params.roomId;
    if (!ROOM_ID.test(roomId)) return void res.status(404).json({ error: "no such match" });
    const claim = service.keys.verify((req.body as { token?: unknown } | undefined)?.token);
    if (!claim) return void res.status(403).json({ error: RESUME_REFUSED });
    try {
      const [room] = await matchMaker.query({ roomId });
      if (!room) {
        const resuming = service.live ? (await service.live.get(roomId)) !== null : false;
        return void res
          .status(resuming ? 503 : 404)
          .json({ error: resuming ? "the match is being resumed" : "the match is gone" });
      }
      const waits = await matchMaker.remoteRoomCall<MatchRoom>(roomId, "awaitsSeat", [
        claim.matchId,
        claim.playerId,
      ]);
      if (!waits) return void res.status(409).json({ error: "that seat is not waiting for its player here" });
      const auth: ResumeAuth = { sessionId: claim.playerId, resumeSeat: claim };
      res.json(await matchMaker.reserveSeatFor(room, {}, auth));
    } catch (err) {
      res.status(503).json({ error: `cannot resume now: ${(err as Error).message}` });
    }
  });
}
