import type express from "express";
import { sanitizeName } from "../rooms/names.ts";
import type { TokenService } from "./tokens.ts";

/**
 * POST /auth/guest with JSON { "name": "..." } answers { "token": "..." }: a
 * signed guest identity (a fresh stable id and the cleaned name). The
 * request gate already capped the body and the per-address rate.
 */
export function mountGuestRoute(app: express.Application, tokens: TokenService, maxNameLength: number): void {
  app.post("/auth/guest", async (req, res) => {
    const body = (req as { body?: unknown }).body;
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      res.status(400).json({ code: 400, error: 'send JSON like { "name": "Alice" }' });
      return;
    }
    const name = sanitizeName((body as { name?: unknown }).name, maxNameLength);
    res.json({ token: await tokens.issueGuest(name), name });
  });
}
