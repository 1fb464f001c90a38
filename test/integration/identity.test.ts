import { createServer, type Server } from "node:http";
import { Client } from "@colyseus/sdk";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { postJson } from "../support/http-abuse.ts";
import { rawJoin } from "../support/raw-client.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

const b64url = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");

async function guestToken(server: ServerHandle, name: string): Promise<string> {
  const res = await postJson(`${server.httpUrl}/auth/guest`, { name });
  expect(res.status).toBe(200);
  return res.json.token as string;
}

function quickMatch(server: ServerHandle, token?: string) {
  return postJson(
    `${server.httpUrl}/matchmake/joinOrCreate/match`,
    { name: "x" },
    token === undefined ? {} : { authorization: `Bearer ${token}` },
  );
}

/** Opens a room WebSocket and resolves with 101 (open) or the refusal's status and body. */
function upgrade(url: string): Promise<{ status: number; body: string; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.on("open", () => resolve({ status: 101, body: "", ws }));
    ws.on("unexpected-response", (_req, res) => {
      let body = "";
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.on("error", () => {});
  });
}

describe("every player has an identity", () => {
  let server: ServerHandle;
  const players: TestPlayer[] = [];

  beforeAll(async () => {
    server = await startServer({ rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } } });
  });
  afterAll(async () => {
    await leaveAll(players);
    await server?.stop();
  });

  it("issues a guest token that joins, and refuses a join without one, with a garbage one, an unsigned one or one signed with another key", async () => {
    expect((await quickMatch(server, await guestToken(server, "ok"))).status).toBe(200);
    const none = await quickMatch(server);
    expect(none.status).toBe(401);
    expect(none.json.error).toMatch(/no token: get one from POST \/auth\/guest/);
    const garbage = await quickMatch(server, "not.a.jwt");
    expect(garbage.status).toBe(401);
    expect(garbage.json.error).toMatch(/not a JWT/);
    const unsigned = `${b64url({ alg: "none", typ: "JWT" })}.${b64url({ sub: "guest:x", iss: "octet", aud: "octet-match" })}.`;
    const algNone = await quickMatch(server, unsigned);
    expect(algNone.status).toBe(401);
    expect(algNone.json.error).toMatch(/unsigned \(alg none\)/);
    const forged = await new SignJWT({ name: "mallory" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("guest:forged")
      .setIssuer("octet")
      .setAudience("octet-match")
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("another-secret-another-secret-another-secret"));
    const wrongKey = await quickMatch(server, forged);
    expect(wrongKey.status).toBe(401);
    expect(wrongKey.json.error).toMatch(/signature does not match this server's key/);
  });

  it("tells two players with one name apart (Alice, Alice 2)", async () => {
    const a = await joinPlayer(server.url, "Alice");
    const b = await joinPlayer(server.url, "Alice", a.conn.room.roomId);
    players.push(a, b);
    const names = () => [...b.conn.state.players.values()].map((p) => p.name).sort();
    await waitFor(() => names().length === 2, "both players in the state");
    expect(names()).toEqual(["Alice", "Alice 2"]);
  });

  it("lets a reconnection in only with the identity that left", async () => {
    const token = await guestToken(server, "leaver");
    const c = await rawJoin(server.httpUrl, { options: { name: "leaver" }, token });
    c.ws.terminate();
    await c.closed;
    const seatFor = async () => {
      const res = await postJson(`${server.httpUrl}/matchmake/reconnect/${c.roomId}`, {
        reconnectionToken: c.reconnectionToken,
      });
      expect(res.status).toBe(200);
      const { sessionId, processId, roomId, reconnectionToken } = res.json as Record<string, string>;
      return (authToken: string) =>
        `${server.url}/${processId}/${roomId}?sessionId=${sessionId}&reconnectionToken=${reconnectionToken}&_authToken=${authToken}`;
    };
    const other = await upgrade((await seatFor())(await guestToken(server, "thief")));
    expect(other.status).toBe(401);
    expect(other.body).toMatch(/belongs to another identity/);
    const anonymous = await upgrade((await seatFor())(""));
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatch(/must prove its identity: no token/);
    const own = await upgrade((await seatFor())(token));
    expect(own.status).toBe(101);
    own.ws?.terminate();
  });
});

describe("tokens from a studio's own identity provider (JWKS)", () => {
  let server: ServerHandle;
  let jwks: Server;
  let key: SigningKey;
  const players: TestPlayer[] = [];

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    key = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "RS256", use: "sig" };
    const port = await freePort();
    jwks = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((r) => jwks.listen(port, "127.0.0.1", () => r()));
    server = await startServer({
      rules: { players: { minToStart: 1, lobbyWaitSeconds: 0 } },
      env: {
        AUTH_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`,
        AUTH_ISSUER: "https://login.studio.example",
        AUTH_AUDIENCE: "octet",
      },
    });
  });
  afterAll(async () => {
    await leaveAll(players);
    await server?.stop();
    jwks?.close();
  });

  const idToken = (claims: { aud?: string; signWith?: SigningKey } = {}) =>
    new SignJWT({ name: "Studio Sam" })
      .setProtectedHeader({ alg: "RS256", kid: "k1" })
      .setSubject("user-42")
      .setIssuer("https://login.studio.example")
      .setAudience(claims.aud ?? "octet")
      .setExpirationTime("1h")
      .sign(claims.signWith ?? key);

  it("accepts a provider's token with the right issuer and audience, and takes the name from it", async () => {
    const seat = await quickMatch(server, await idToken());
    expect(seat.status).toBe(200);
    const client = new Client(server.url);
    client.auth.token = await idToken();
    const conn = await MatchConnection.attach(
      client,
      await client.joinOrCreate("match", { name: "typed" }, MatchState),
    );
    players.push({ conn, patches: 0 });
    await waitFor(() => conn.state.players.get(conn.playerId) !== undefined, "the player in the state");
    expect(conn.state.players.get(conn.playerId)!.name).toBe("Studio Sam");
  });

  it("refuses a provider token for another audience or signed by a key the provider does not list", async () => {
    const aud = await quickMatch(server, await idToken({ aud: "another-game" }));
    expect(aud.status).toBe(401);
    expect(aud.json.error).toMatch(/aud claim/);
    const stranger = (await generateKeyPair("RS256")).privateKey;
    const foreign = await quickMatch(server, await idToken({ signWith: stranger }));
    expect(foreign.status).toBe(401);
    expect(foreign.json.error).toMatch(/signature does not match|key the provider does not list/);
  });
});
