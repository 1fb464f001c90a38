/**
 * The limits at the server's doors (HTTP and the WebSocket upgrade), from the
 * environment (see config.ts). Every refusal names the limit it hit.
 */
export interface DoorSettings {
  /**
   * TRUST_PROXY: addresses of the proxies (load balancers) in front of the
   * server. Only a request arriving from one of them has its client address
   * taken from X-Forwarded-For; from anywhere else the header is ignored, so
   * a client cannot pick the address its limits are counted under.
   */
  trustProxy: readonly string[];
  /**
   * ALLOWED_ORIGINS: browser origins (scheme://host[:port]) allowed besides
   * the server's own. Requests without an Origin (bots, tools) are not browsers
   * and pass; a foreign Origin is refused on HTTP and on the WebSocket upgrade.
   */
  allowedOrigins: readonly string[];
  /** largest request body accepted, in bytes (matchmaking options and guest names are tiny) */
  maxBodyBytes: number;
  /** matchmaking requests per address per minute */
  matchmakePerMinute: number;
  /** guest tokens per address per minute */
  guestTokensPerMinute: number;
  /** seat reservations an address may hold unused at once */
  maxOpenSeatsPerAddress: number;
  /** open WebSockets per address */
  maxSocketsPerAddress: number;
  /**
   * RATE_LIMIT_EXEMPT: addresses the per-address rates and counts do not
   * apply to. Default loopback: the machine's own bots and load tests. Behind
   * a proxy on the same machine, set TRUST_PROXY so clients are counted by
   * their forwarded address, not the proxy's loopback one.
   */
  exempt: readonly string[];
}

export const DEFAULT_DOOR_SETTINGS: DoorSettings = {
  trustProxy: [],
  allowedOrigins: [],
  maxBodyBytes: 4096,
  matchmakePerMinute: 60,
  guestTokensPerMinute: 20,
  maxOpenSeatsPerAddress: 4,
  maxSocketsPerAddress: 16,
  exempt: ["127.0.0.1", "::1", "::ffff:127.0.0.1"],
};
