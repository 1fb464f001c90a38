import type express from "express";
import { MATCH_ID_PATTERN, type RecordStore } from "./record-store.ts";

/** GET /replays lists this many records unless ?limit= says fewer (at most MAX_LIST). */
export const DEFAULT_LIST = 20;
export const MAX_LIST = 100;

/**
 * GET /replays: recent matches, newest first (running ones too).
 * GET /replays/:id: one record's bytes (replay.proto chunks), so far if it still runs.
 * GET /replay/:id: the viewer page for it (the built client at /?replay=<id>).
 * Bad input gets a 400 with the reason; a store that cannot answer, a 503.
 */
export function mountReplayRoutes(app: express.Application, store: RecordStore | null): void {
  app.get("/replays", async (req, res) => {
    if (!store) return void res.status(404).json({ error: "match recording is off on this server" });
    const raw = req.query.limit;
    const limit = raw === undefined ? DEFAULT_LIST : Number(raw);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST) {
      return void res.status(400).json({ error: `limit must be a whole number from 1 to ${MAX_LIST}` });
    }
    try {
      res.set("Cache-Control", "no-store").json({ replays: await store.list(limit) });
    } catch (err) {
      res.status(503).json({ error: `the record store cannot answer now: ${(err as Error).message}` });
    }
  });
  app.get("/replay/:id", (req, res) => {
    const id = req.params.id;
    if (!MATCH_ID_PATTERN.test(id)) return void res.status(400).type("text/plain").send("not a match id\n");
    // The client's assets are relative to /, so the viewer lives at /?replay=<id>; other parameters stay.
    const query = new URLSearchParams(req.query as Record<string, string>);
    query.set("replay", id);
    res.redirect(302, `/?${query}`);
  });
  app.get("/replays/:id", async (req, res) => {
    const id = req.params.id;
    if (!MATCH_ID_PATTERN.test(id)) {
      return void res.status(400).json({ error: "a match id is 1 to 64 letters, digits, - or _" });
    }
    if (!store) return void res.status(404).json({ error: "match recording is off on this server" });
    try {
      const bytes = await store.read(id);
      if (!bytes) return void res.status(404).json({ matchId: id, error: "no record of that match here" });
      // A running match's record grows: never cache it.
      res.set("Cache-Control", "no-store").type("application/octet-stream").send(Buffer.from(bytes));
    } catch (err) {
      res.status(503).json({ error: `the record store cannot answer now: ${(err as Error).message}` });
    }
  });
}
