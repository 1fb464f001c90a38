import type { IncomingMessage } from "node:http";
import { matchMaker } from "@colyseus/core";

/**
 * Which browser origins may talk to the server: its own (the Origin's host is
 * the Host the request was sent to) and those in ALLOWED_ORIGINS. A request
 * without an Origin header is not from a browser page and is not judged here.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins.map(normalizeOrigin).filter((o): o is string => o !== null));
  }

  /** The request's Origin when it is refused; undefined when it may pass. */
  refused(req: IncomingMessage): string | undefined {
    const origin = req.headers.origin;
    if (origin === undefined) return undefined;
    const normal = normalizeOrigin(origin);
    if (normal === null) return origin.slice(0, 100);
    if (this.allowed.has(normal)) return undefined;
    if (new URL(normal).host === req.headers.host) return undefined;
    return normal;
  }

  /**
   * Replaces Colyseus's CORS answer, which echoes any Origin back with
   * credentials allowed: now only an allowed origin is named, and no
   * credentials (tokens travel in the Authorization header, not cookies).
   */
  applyToColyseus(): void {
    const controller = matchMaker.controller;
    delete (controller.DEFAULT_CORS_HEADERS as Record<string, string>)["Access-Control-Allow-Credentials"];
    controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
      const origin = headers.get("origin");
      return origin ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
    };
  }
}

/** scheme://host[:port] of an origin, or null when it is not one. */
export function normalizeOrigin(origin: string): string | null {
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin;
  } catch {
    return null;
  }
}
