import { defineRoom, defineServer, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { MATCH_ROOM } from "@octet/shared/protocol";
import type { ServerConfig } from "./config.ts";
import { mountRoutes } from "./http/routes.ts";
import { MatchRoom } from "./rooms/MatchRoom.ts";

/** Builds (but does not start) an Octet server for a config. */
export function createServer(config: ServerConfig): Server {
  class ConfiguredMatchRoom extends MatchRoom {
    static override rules = config.rules;
    static override seed = config.seed;
  }
  const startedAt = Date.now();
  return defineServer({
    rooms: { [MATCH_ROOM]: defineRoom(ConfiguredMatchRoom) },
    // Oversized frames are refused by the socket itself before any parsing.
    transport: new WebSocketTransport({
      maxPayload: Math.max(1024, config.rules.limits.maxMessageBytes + 64),
    }),
    greet: false,
    express: (app) => mountRoutes(app, { clientDir: config.clientDir, startedAt }),
  });
}
