import { CloseCodes } from "@octet/shared/protocol";

/** What the lobby says when the server closed the match connection with a code. */
export const LEAVE_MESSAGES: Record<number, string> = {
  [CloseCodes.MatchOver]: "The match is over.",
  [CloseCodes.ServerShutdown]: "The server is restarting. Join again in a moment.",
  [CloseCodes.Flooding]: "Disconnected: too many messages.",
  [CloseCodes.Abuse]: "Disconnected: the server refused this client's messages.",
  [CloseCodes.BadMessage]: "Disconnected: the server could not handle a message from this client.",
  [CloseCodes.SlowReader]: "Disconnected: this connection fell too far behind the match.",
  [CloseCodes.MatchFailed]: "The match stopped after a server error. Join a new match.",
};
