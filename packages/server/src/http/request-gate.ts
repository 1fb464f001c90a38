import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { logSampled } from "../guard/sampled-log.ts";
import { clientAddress, pinClientAddress } from "./client-address.ts";
import type { DoorSettings } from "./door-settings.ts";
import { optionsProblem } from "./options-check.ts";
import { OriginPolicy } from "./origin-policy.ts";
import type { SeatLedger } from "./seat-ledger.ts";

interface Refusal {
  status: number;
  message: string;
  retryAfterSeconds?: number;
}

type WithBody = IncomingMessage & { body?: unknown; _body?: boolean };

/**
 * A last say on a WebSocket upgrade: undefined at once when it has nothing to
 * check (the upgrade goes on in the same turn), else the refusal's message or
 * undefined, later.
 */
export type UpgradeCheck = (url: URL) => Promise<string | undefined> | undefined;

/**
 * The first thing every HTTP request and WebSocket upgrade meets, before
 * Colyseus's router, express, or ws: it settles the client address (see
 * TRUST_PROXY), refuses foreign origins, applies the per-address rates and
 * socket count, and reads request bodies itself, up to a cap, refusing bad
 * JSON and absurd matchmaking options before any matchmaking lock is taken.
 * It answers with a status and a one-line JSON reason; nothing it does throws
 * into the process.
 */
export class RequestGate {
  private readonly origins: OriginPolicy;
  private readonly matchmakeRate: RateLimiterMemory;
  private readonly guestRate: RateLimiterMemory;
  private readonly sockets = new Map<string, number>();
  private readonly settings: DoorSettings;
  readonly seats: SeatLedger;
  private readonly upgradeCheck: UpgradeCheck | undefined;

  /** `upgradeCheck` may refuse an upgrade (401) after the door limits, e.g. a reconnection without its identity. */
  constructor(settings: DoorSettings, seats: SeatLedger, upgradeCheck?: UpgradeCheck) {
    this.settings = settings;
    this.seats = seats;
    this.upgradeCheck = upgradeCheck;
    this.origins = new OriginPolicy(settings.allowedOrigins);
    this.origins.applyToColyseus();
    this.matchmakeRate = new RateLimiterMemory({ points: settings.matchmakePerMinute, duration: 60 });
    this.guestRate = new RateLimiterMemory({ points: settings.guestTokensPerMinute, duration: 60 });
  }

  isExempt(address: string): boolean {
    return this.settings.exempt.includes(address);
  }

  /** Puts the gate in front of every listener of the server's "request" and "upgrade" events. */
  install(server: Server): void {
    const emit = server.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
    const gate = this;
    server.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
      if (event === "request") {
        const [req, res] = args as [IncomingMessage, ServerResponse];
        gate
          .onRequest(req, res, () => emit.call(this, event, req, res))
          .catch((err) => gate.failed(res, err));
        return true;
      }
      if (event === "upgrade") {
        const [req, socket] = args as [IncomingMessage, Duplex];
        if (!gate.onUpgrade(req, socket)) return true;
        const check = gate.upgradeCheck?.(new URL(req.url ?? "/", "ws://x"));
        if (!check) return emit.call(this, event, ...args);
        socket.on("error", () => socket.destroy());
        check.then(
          (refused) => {
            if (socket.destroyed) return;
            if (refused) return writeRefusal(socket, { status: 401, message: refused });
            emit.call(this, event, ...args);
          },
          () => socket.destroy(),
        );
        return true;
      }
      return emit.call(this, event, ...args);
    } as typeof server.emit;
  }

  private async onRequest(req: WithBody, res: ServerResponse, pass: () => void): Promise<void> {
    const address = clientAddress(req, this.settings.trustProxy);
    pinClientAddress(req, address);
    const refusal = this.originRefusal(req) ?? (await this.rateRefusal(req, address));
    if (refusal) return this.refuse(req, res, refusal, address);
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return pass();
    const body = await this.readBody(req);
    if ("status" in body) return this.refuse(req, res, body, address);
    if (req.url?.startsWith("/matchmake/")) {
      const problem = optionsProblem(body.value);
      if (problem) return this.refuse(req, res, { status: 400, message: problem }, address);
    }
    req.body = body.value;
    req._body = true; // express's body parsers skip a body already read
    pass();
  }

  /** true to let the upgrade through; otherwise the socket got a status line and is closed. */
  private onUpgrade(req: IncomingMessage, socket: Duplex): boolean {
    const address = clientAddress(req, this.settings.trustProxy);
    pinClientAddress(req, address);
    const origin = this.originRefusal(req);
    const open = this.sockets.get(address) ?? 0;
    const refusal =
      origin ??
      (!this.isExempt(address) && open >= this.settings.maxSocketsPerAddress
        ? { status: 429, message: `${open} connections are already open from your address` }
        : undefined);
    if (refusal) {
      logSampled(`door:${refusal.status}`, `refused a WebSocket from ${address}: ${refusal.message}`);
      writeRefusal(socket, refusal);
      return false;
    }
    this.sockets.set(address, open + 1);
    socket.once("close", () => {
      const n = (this.sockets.get(address) ?? 1) - 1;
      if (n <= 0) this.sockets.delete(address);
      else this.sockets.set(address, n);
    });
    const sessionId = new URL(req.url ?? "/", "ws://x").searchParams.get("sessionId");
    if (sessionId) this.seats.used(sessionId);
    return true;
  }

  private originRefusal(req: IncomingMessage): Refusal | undefined {
    const origin = this.origins.refused(req);
    if (origin === undefined) return undefined;
    return { status: 403, message: `origin ${origin} is not allowed here (see ALLOWED_ORIGINS)` };
  }

  private async rateRefusal(req: IncomingMessage, address: string): Promise<Refusal | undefined> {
    if (this.isExempt(address)) return undefined;
    const url = req.url ?? "";
    const post = req.method === "POST";
    // Listing the matches to watch (GET /matches) is finding a match too: the same budget.
    const [limiter, what] =
      (post && url.startsWith("/matchmake/")) || (req.method === "GET" && /^\/matches\/?(\?|$)/.test(url))
        ? [this.matchmakeRate, "matchmaking requests"]
        : post && url.startsWith("/auth/")
          ? [this.guestRate, "guest tokens"]
          : [undefined, ""];
    if (!limiter) return undefined;
    try {
      await limiter.consume(address);
      return undefined;
    } catch (err) {
      if (!(err instanceof RateLimiterRes)) throw err;
      return {
        status: 429,
        message: `more than ${limiter.points} ${what} per minute from your address`,
        retryAfterSeconds: Math.max(1, Math.ceil(err.msBeforeNext / 1000)),
      };
    }
  }

  /** Reads a body up to the cap; a bigger one is refused as soon as it passes the cap. */
  private readBody(req: IncomingMessage): Promise<{ value: unknown } | Refusal> {
    const cap = this.settings.maxBodyBytes;
    const tooLarge: Refusal = { status: 413, message: `request body larger than ${cap} bytes` };
    if (Number(req.headers["content-length"] ?? 0) > cap) return Promise.resolve(tooLarge);
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const onData = (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > cap) {
          req.off("data", onData);
          resolve(tooLarge);
          return;
        }
        chunks.push(chunk);
      };
      req.on("data", onData);
      req.once("error", () => resolve({ status: 400, message: "the request body could not be read" }));
      req.once("end", () => {
        if (size > cap) return;
        const text = Buffer.concat(chunks).toString("utf8");
        if (text.trim() === "") return resolve({ value: {} });
        try {
          resolve({ value: JSON.parse(text) });
        } catch {
          resolve({ status: 400, message: "the request body is not valid JSON" });
        }
      });
    });
  }

  private refuse(req: IncomingMessage, res: ServerResponse, r: Refusal, address: string): void {
    logSampled(
      `door:${r.status}`,
      `refused ${req.method} ${(req.url ?? "").slice(0, 80)} from ${address}: ${r.message}`,
    );
    const body = JSON.stringify({ code: r.status, error: r.message });
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(body)),
    };
    if (r.retryAfterSeconds !== undefined) headers["retry-after"] = String(r.retryAfterSeconds);
    res.writeHead(r.status, headers);
    res.end(body);
    // A body still arriving is discarded unread (never buffered); if it is
    // still arriving a second later the connection is dropped. Not at once:
    // an immediate reset can make the client's kernel throw the answer away.
    res.once("finish", () => {
      if (req.complete) return;
      req.resume();
      setTimeout(() => {
        // A small body has drained by now and the connection stays usable (keep-alive).
        if (!req.complete) req.socket.destroy();
      }, 1000).unref();
    });
  }

  private failed(res: ServerResponse, err: unknown): void {
    logSampled("door:500", `request gate failed: ${err instanceof Error ? err.message : String(err)}`);
    if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ code: 500, error: "internal error" }));
  }
}

const STATUS_TEXT: Record<number, string> = {
  401: "Unauthorized",
  403: "Forbidden",
  429: "Too Many Requests",
};

/** Answers a refused WebSocket upgrade with a status line and a JSON reason, then closes the socket. */
function writeRefusal(socket: Duplex, r: Refusal): void {
  const body = JSON.stringify({ code: r.status, error: r.message });
  socket.end(
    `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? "Refused"}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
