import { matchMaker } from "@colyseus/core";
import express from "express";
import { AuthError, type TokenService } from "../auth/tokens.ts";
import { ID_PATTERN } from "../ids.ts";
import type { MatchRoom } from "../rooms/MatchRoom.ts";
import { RESUME_REFUSED, type ResumeAuth, type ResumeService } from "./resume-service.ts";

/** A request body is one token: anything bigger is refused before it is parsed. */
const BODY_LIMIT = "1kb";

/**
 * POST /matches/:roomId/resume { token } with Authorization: Bearer <identity
 * token>: a seat in a match that another process runs now (resumed after a
 * crash, or handed over), for the player whose resume token names it. Any
 * process answers; the seat reservation names the process, like any join.
 * The identity is checked first, like any join's (401), then the resume
 * token, which verifies only for the identity it was issued to (403); the
 * seat by the room (409 when it is not waiting for its player: taken,
 * expired, or another match's); 503 while the match is still being rebuilt
 * (or the copy that handed it over still answers),
 * 404 once it is gone. The room id and the body are bounded before anything
 * else runs.
 */
export function mountResumeRoute(
  app: express.Application,
  service: ResumeService,
  tokens: TokenService,
): void {
  app.post("/matches/:roomId/resume", express.json({ limit: BODY_LIMIT }), async (req, res) => {
    const roomId = req.params.roomId;
    if (!ID_PATTERN.test(roomId)) return void res.status(404).json({ error: "no such match" });
    const identity = await bearerIdentity(tokens, req.headers.authorization);
    if (typeof identity === "string") return void res.status(401).json({ error: identity });
    const claim = service.keys.verify((req.body as { token?: unknown } | undefined)?.token, identity.id);
    if (!claim) return void res.status(403).json({ error: RESUME_REFUSED });
    try {
      const [room] = await matchMaker.query({ roomId });
      if (!room) {
        const resuming = service.live ? (await service.live.get(roomId)) !== null : false;
        return void res
          .status(resuming ? 503 : 404)
          .json({ error: resuming ? "the match is being resumed" : "the match is gone" });
      }
      // The room notes whose seat it is, so the WebSocket must carry that identity too.
      const answer = await matchMaker.remoteRoomCall<MatchRoom>(roomId, "awaitsSeat", [
        claim.matchId,
        claim.playerId,
        identity.id,
      ]);
      // The copy that handed the match over, not gone yet: the resumed one is coming.
      if (answer === "moved") return void res.status(503).json({ error: "the match is being resumed" });
      if (answer !== "waiting")
        return void res.status(409).json({ error: "that seat is not waiting for its player here" });
      const auth: ResumeAuth = { ...identity, sessionId: claim.playerId, resumeSeat: claim };
      res.json(await matchMaker.reserveSeatFor(room, {}, auth));
    } catch (err) {
      res.status(503).json({ error: `cannot resume now: ${(err as Error).message}` });
    }
  });
}

/** The identity an `Authorization: Bearer` header proves, or why it proves none. */
async function bearerIdentity(tokens: TokenService, header: string | undefined) {
  const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
  try {
    return await tokens.verify(token);
  } catch (err) {
    if (err instanceof AuthError) return err.message;
    throw err;
  }
}
