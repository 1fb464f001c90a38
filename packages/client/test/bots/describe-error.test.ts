import { ServerError } from "@colyseus/sdk";
import { describe, expect, it } from "vitest";
import { describeClose, describeError } from "../../src/bots/describe-error.ts";

describe("errors with their cause", () => {
  it("names close codes: the WebSocket's, Colyseus's and Octet's", () => {
    expect(describeClose(1006)).toBe("close 1006 ABNORMAL_CLOSURE, no reason given");
    expect(describeClose(4003, "No more retries.")).toBe("close 4003 FAILED_TO_RECONNECT (No more retries.)");
    expect(describeClose(4401, "flooding")).toBe("close 4401 Flooding (flooding)");
    expect(describeClose(4999)).toBe("close 4999, no reason given");
    expect(describeClose(undefined)).toBe("socket closed, no code given");
  });

  it("gives HTTP statuses, system error codes and the causes fetch wraps", () => {
    expect(describeError(new ServerError(429, "too many requests"))).toBe("HTTP 429: too many requests");
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(describeError(new TypeError("fetch failed", { cause: refused }))).toBe(
      "fetch failed: connect ECONNREFUSED 127.0.0.1:1",
    );
    expect(describeError(Object.assign(new Error(""), { code: "EPIPE" }))).toBe("EPIPE");
    expect(describeError(new ServerError(1006, ""))).toBe("close 1006 ABNORMAL_CLOSURE, no reason given");
  });

  it("never says undefined", () => {
    for (const e of [undefined, null, new Error(), {}, "", 0])
      expect(describeError(e), String(e)).not.toMatch(/undefined|^$/);
  });
});
