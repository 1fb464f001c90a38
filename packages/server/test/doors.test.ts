import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, pinClientAddress } from "../src/http/client-address.ts";
import { optionsProblem } from "../src/http/options-check.ts";

function req(peer: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

describe("client address", () => {
  it("ignores X-Forwarded-For unless the peer is a trusted proxy", () => {
    expect(clientAddress(req("203.0.113.5", { "x-forwarded-for": "1.2.3.4" }), [])).toBe("203.0.113.5");
    expect(clientAddress(req("203.0.113.5", { "x-forwarded-for": "1.2.3.4" }), ["10.0.0.1"])).toBe(
      "203.0.113.5",
    );
  });

  it("takes the nearest untrusted hop from a trusted proxy, so a client cannot prepend its own", () => {
    const r = req("10.0.0.1", { "x-forwarded-for": "6.6.6.6, 198.51.100.3, 10.0.0.2" });
    expect(clientAddress(r, ["10.0.0.1", "10.0.0.2"])).toBe("198.51.100.3");
    expect(clientAddress(req("10.0.0.1"), ["10.0.0.1"])).toBe("10.0.0.1");
  });

  it("pins the decided address for Colyseus, dropping the client's own claims", () => {
    const r = req("203.0.113.5", { "x-real-ip": "1.1.1.1", "x-client-ip": "2.2.2.2" });
    pinClientAddress(r, "203.0.113.5");
    expect(r.headers).toEqual({ "x-real-ip": "203.0.113.5" });
  });
});

describe("matchmaking options", () => {
  it("accepts what the clients send", () => {
    expect(optionsProblem({ name: "Alice", private: true })).toBeUndefined();
    expect(optionsProblem({})).toBeUndefined();
  });

  it("names the problem of options too deep, too long, too many", () => {
    expect(optionsProblem({ a: { b: { c: { d: 1 } } } })).toMatch(/options.a.b.c is nested deeper than 3/);
    expect(optionsProblem({ name: "x".repeat(300) })).toMatch(/options.name is longer than 256/);
    expect(optionsProblem({ list: Array(20).fill(1) })).toMatch(/more than 16 items/);
    expect(optionsProblem(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i])))).toMatch(
      /more than 32 keys/,
    );
  });
});
