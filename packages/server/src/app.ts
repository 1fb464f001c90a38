import type { Server as HttpServer } from "node:http";
import { defineRoom, defineServer, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { MATCH_ROOM } from "@octet/shared/protocol";
import type { Application } from "express";
import { mountGuestRoute } from "./auth/guest-route.ts";
import { onAuthWith } from "./auth/room-auth.ts";
import { TokenService } from "./auth/tokens.ts";
import type { Cluster } from "./cluster/cluster.ts";
import type { ServerConfig } from "./config.ts";
import { installDoors } from "./http/doors.ts";
import { mountRoutes } from "./http/routes.ts";
import type { RecordStore } from "./replays/record-store.ts";
import { mountReplayRoutes } from "./replays/routes.ts";
import { mountWatchRoutes } from "./replays/watch-routes.ts";
import type { ResumeService } from "./resume/resume-service.ts";
import { mountResumeRoute } from "./resume/routes.ts";
import { MatchRoom } from "./rooms/MatchRoom.ts";
import { watchRules } from "./rules-watch.ts";

/** The WebSocket frame cap; rules.limits.maxMessageBytes is capped at the same 4 KiB. */
export const MAX_FRAME_BYTES = 4096;

export interface CreateOptions {
  /** a MatchRoom subclass to register instead (benchmarks compare wire formats with it) */
  room?: typeof MatchRoom;
  /** extra HTTP routes */
  routes?: (app: Application) => void;
  /** presence, driver, public address and room placement shared with other processes (see cluster/) */
  cluster?: Cluster;
  /** where match records go (replays/open-store.ts); none: kept in memory for spectators only */
  records?: RecordStore | null;
  /** carries matches across processes (resume/setup.ts); none: a match ends with its process */
  resume?: ResumeService | null;
}

/** Builds (but does not start) an Octet server for a config. */
export function createServer(config: ServerConfig, opts: CreateOptions = {}): Server {
  const Base = opts.room ?? MatchRoom;
  const tokens = new TokenService(config.auth);
  class ConfiguredMatchRoom extends Base {
    static override rules = config.rules;
    static override seed = config.seed;
    static override records = config.replays.enabled ? (opts.records ?? null) : (false as const);
    static override drainSeconds = config.drainSeconds;
    static override socketLimits = config.socketLimits;
    // Every join carries a token (client.auth.token), verified here; the identity becomes client.auth.
    static override onAuth = onAuthWith(tokens);
  }
  MatchRoom.resume = opts.resume ?? null;
  // A saved RULES_FILE becomes the rules of rooms created from then on.
  const stopWatching =
    config.rulesFile && config.watchRules
      ? watchRules(config.rulesFile, config.rules, (rules) => {
          ConfiguredMatchRoom.rules = rules;
        })
      : () => {};
  const startedAt = Date.now();
  const transport = new WebSocketTransport({ maxPayload: MAX_FRAME_BYTES });
  installDoors(transport.server as HttpServer | undefined, config.doors, tokens);
  const server = defineServer({
    rooms: { [MATCH_ROOM]: defineRoom(ConfiguredMatchRoom) },
    // Frames over 4 KiB are refused by the socket itself (close 1009) before any
    // parsing; frames between limits.maxMessageBytes and that get a TooLarge rejection.
    transport,
    greet: false,
    ...opts.cluster?.serverOptions,
    express: (app) => {
      opts.routes?.(app);
      mountReplayRoutes(app, opts.records ?? null);
      mountWatchRoutes(app, config.replays.enabled);
      if (opts.resume) mountResumeRoute(app, opts.resume, tokens);
      mountGuestRoute(app, tokens, config.rules.limits.maxNameLength);
      mountRoutes(app, {
        clientDir: config.clientDir,
        startedAt,
        live: opts.resume?.live ?? null,
        rules: () => ConfiguredMatchRoom.rules,
      });
    },
  });
  server.onShutdown(stopWatching);
  return server;
}
