import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";
import type { MatchConnection } from "../../packages/client/src/net/index.ts";
import { MessageType } from "../../packages/shared/src/protocol/index.ts";
import { concatBytes, readRecord } from "../../packages/shared/src/record/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// The test poses as several clients behind a trusted proxy, so the per-address rate applies.
const HONEST = { "x-forwarded-for": "198.51.100.7" };
const ATTACKER = { "x-forwarded-for": "203.0.113.77" };
const RATE = 10;

let server: ServerHandle;
const conns: MatchConnection[] = [];

beforeAll(async () => {
  server = await startServer({
    rules: { players: { max: 2, minToStart: 2, lobbyWaitSeconds: 0 }, match: { durationSeconds: 60 } },
    env: { TRUST_PROXY: "127.0.0.1", RATE_LIMIT_EXEMPT: "none", MATCHMAKE_PER_MINUTE: String(RATE) },
  });
});
afterAll(async () => {
  await Promise.allSettled(conns.map((c) => c.leave()));
  await server?.stop();
});

const list = (query = "", headers: Record<string, string> = HONEST) =>
  fetch(`${server.httpUrl}/matches${query}`, { headers, redirect: "manual" });

describe("GET /matches and /watch/<id>: what the lobby's Watch button and a spectate link use", () => {
  it("lists running public matches, never private ones; a private match is watched through its link", async () => {
    // These few joins come from loopback (no forwarded address), within its budget of RATE a minute.
    const pub = await joinMatch(server.url, "Pia", { mode: "quick" });
    const priv = await joinMatch(server.url, "Pete", { mode: "create" });
    conns.push(pub, priv);
    const res = await list();
    expect(res.status).toBe(200);
    const { matches } = (await res.json()) as { matches: Array<{ roomId: string; clients: number }> };
    expect(matches.map((m) => m.roomId)).toContain(pub.room.roomId);
    expect(matches.map((m) => m.roomId)).not.toContain(priv.room.roomId);
    expect(matches.find((m) => m.roomId === pub.room.roomId)!.clients).toBe(1);

    // The spectate link of the private match opens the live viewer page...
    const link = await fetch(`${server.httpUrl}/watch/${priv.room.roomId}`, { redirect: "manual" });
    expect(link.status).toBe(302);
    expect(link.headers.get("location")).toBe(`/?watch=${priv.room.roomId}`);
    // ...which joins it as a spectator by its code and gets its record.
    const room = await (await authorizedClient(server.url, "Friend")).joinById(
      priv.room.roomId,
      { spectate: true },
      MatchState,
    );
    const chunks: Uint8Array[] = [];
    room.onMessage(MessageType.Record, (b: Uint8Array) => chunks.push(new Uint8Array(b)));
    await waitFor(() => chunks.length >= 3, "three record messages");
    expect(readRecord(concatBytes(chunks)).header.roomId).toBe(priv.room.roomId);
    await room.leave();
  });

  it("refuses bad limits and bad ids with a reason", async () => {
    for (const q of ["?limit=0", "?limit=-1", "?limit=51", "?limit=abc", "?limit=1e1", "?limit=1&limit=2"]) {
      const res = await list(q);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(
        /limit must be a whole number from 1 to 50/,
      );
    }
    for (const id of ["a%20b", "x".repeat(65), "..%2F..%2Fetc"]) {
      const res = await fetch(`${server.httpUrl}/watch/${id}`, { redirect: "manual" });
      expect(res.status, id).toBe(400);
    }
  });

  it("answers a flood of listings from one address with 429 and Retry-After; others still get the list", async () => {
    const answers = await Promise.all(Array.from({ length: RATE * 3 }, () => list("", ATTACKER)));
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBe(RATE * 2); // a fresh address: RATE pass, the rest are refused
    expect(Number(refused[0]!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused[0]!.json()).toMatchObject({
      error: expect.stringMatching(/matchmaking requests per minute/),
    });
    const honest = await list("", { "x-forwarded-for": "198.51.100.99" });
    expect(honest.status).toBe(200);
  });
});
