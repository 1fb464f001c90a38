import type { ActionResultMessage, ServerEvent } from "@octet/shared/protocol";

export type { Unsequenced } from "@octet/shared/protocol";

export type EventOf<K extends ServerEvent["kind"]> = Extract<ServerEvent, { kind: K }>;

export interface JoinOptions {
  /** ws:// or http:// address of any Octet server process */
  url: string;
  /** display name */
  name?: string;
  /** join this room id instead of quick match */
  roomId?: string;
  /** wait this long for the server's welcome (ms) */
  timeoutMs?: number;
  /**
   * Decode state with Octet's schema classes (default), or with the schema the
   * server describes on join ("reflection": for servers running other classes).
   */
  decode?: "octet" | "reflection";
}

/** What this connection's actions became (ActionLedger keeps them). */
export interface ActionCounts {
  sent: number;
  accepted: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  /**
   * actions that never reached the server: sent while the socket was down, or
   * in flight when it dropped and not applied by the time it came back
   */
  lost: number;
  /** last input -> result round trip in ms */
  lastAckMs: number;
}

/** Everything a HUD, a bot report or a test reads about one connection: plain numbers. */
export interface NetStats extends ActionCounts {
  /** kills reported to this player */
  kills: number;
  /** round trip estimate (ms), NaN before the first ack */
  rttMs: number;
  /** local clock minus server clock (ms), NaN before the first patch */
  clockOffsetMs: number;
  /** commander prediction corrections: count, largest and total size (world units), snaps */
  corrections: number;
  correctionMax: number;
  correctionTotal: number;
  snaps: number;
  /** interpolation: times the buffer ran dry, frames extrapolated, frames held */
  underflows: number;
  /** the interpolation delay in use (ms), sized from the measured arrival jitter */
  interpolationDelayMs: number;
  /** p95 offset of drawn samples' times from their server times (0: placed at server time; see RemoteMotion) */
  interpolationTimingErrorMs: number;
  extrapolatedFrames: number;
  heldFrames: number;
  /** WebSocket payload bytes and messages received */
  bytesReceived: number;
  messagesReceived: number;
  /** patches (state snapshots) received */
  patches: number;
  /** socket drops and successful reconnections */
  drops: number;
  reconnects: number;
}

export interface ConnectionEvents {
  /**
   * every action's outcome: accepted (acknowledged through state) or rejected
   * (a message); `latencyMs` is its input -> answer time, NaN for actions not
   * sent with send() (raw bytes, or sent before this connection took the seat)
   */
  result: (r: ActionResultMessage & { latencyMs: number }) => void;
  kills: (e: EventOf<"kills">) => void;
  matchEnd: (e: EventOf<"matchEnd">) => void;
  welcome: (w: EventOf<"welcome">) => void;
  leave: (code: number, reason?: string) => void;
  /** the socket dropped; the SDK is reconnecting; the seat is kept until `deadline` (Date.now() ms) */
  reconnecting: (deadline: number) => void;
  reconnected: () => void;
  /** reconnection failed: the seat is gone and a new match must be joined */
  seatLost: (reason: string) => void;
  /** a state patch was applied (after prediction and interpolation took it in) */
  patch: () => void;
}
