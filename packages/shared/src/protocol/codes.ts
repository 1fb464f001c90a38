/** WebSocket message type numbers used with sendBytes / onMessageBytes. */
export const MessageType = {
  /** client -> server: one protobuf ClientAction */
  Action: 1,
  /** server -> client: one protobuf ServerMessage */
  Server: 2,
  /**
   * server -> spectator: match record chunks (replay.proto), the record so far
   * on joining, then each tick's entry, optionally delayed (rules.match.spectatorDelaySeconds)
   */
  Record: 3,
  /**
   * client -> server, no payload: a private match's host starts at once, with
   * server-side bots in the empty seats (server rooms/host-start.ts guards it)
   */
  StartWithBots: 4,
} as const;

/**
 * WebSocket close codes the server uses, with a reason string. 4000-4099 are
 * Colyseus's own; Octet's start at 4400.
 */
export const CloseCodes = {
  /** the client flooded the server with messages */
  Flooding: 4401,
  /** the client kept sending malformed messages */
  Abuse: 4402,
  /** the match ended and the room closed */
  MatchOver: 4403,
  /** the server process is shutting down */
  ServerShutdown: 4404,
  /** a message from the client made the server fail: it costs that client, nobody else */
  BadMessage: 4405,
  /** the client stopped reading: its unsent data passed the cap */
  SlowReader: 4406,
  /** the match kept failing on the server and was stopped; join a new one */
  MatchFailed: 4407,
  /**
   * another process runs the match now (a hand-over, or this process was
   * taken for dead): the client finds it and takes its seat back, silently
   */
  MatchMoved: 4408,
} as const;

/** Room name clients join. */
export const MATCH_ROOM = "match";
