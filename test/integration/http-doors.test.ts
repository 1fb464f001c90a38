import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { postBytes, postJson } from "../support/http-abuse.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

const ATTACKER = { "x-forwarded-for": "203.0.113.9" };
const HONEST = { "x-forwarded-for": "198.51.100.1" };

/** Headers of a client at `address` (behind the trusted proxy) carrying a fresh guest token. */
async function signedIn(
  server: ServerHandle,
  address: Record<string, string>,
): Promise<Record<string, string>> {
  const res = await postJson(`${server.httpUrl}/auth/guest`, { name: "guest" }, address);
  expect(res.status).toBe(200);
  return { ...address, authorization: `Bearer ${res.json.token as string}` };
}

describe("every HTTP door has a limit and says which", () => {
  let server: ServerHandle;
  let quick: string;

  beforeAll(async () => {
    server = await startServer({
      env: {
        // The test talks from loopback, posing as several clients behind a trusted proxy.
        TRUST_PROXY: "127.0.0.1",
        RATE_LIMIT_EXEMPT: "none",
        ALLOWED_ORIGINS: "https://play.example.com",
        MAX_SOCKETS_PER_ADDRESS: "2",
      },
    });
    quick = `${server.httpUrl}/matchmake/joinOrCreate/match`;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("refuses a 64 MB body at once, declared or chunked", async () => {
    const declared = await postBytes(quick, 64 << 20, { headers: { "x-forwarded-for": "203.0.113.1" } });
    expect(declared.status).toBe(413);
    expect(declared.body).toMatch(/larger than 4096 bytes/);
    const chunked = await postBytes(quick, 64 << 20, {
      chunked: true,
      headers: { "x-forwarded-for": "203.0.113.2" },
    });
    expect(chunked.status).toBe(413);
  });

  it("refuses deeply nested, oversized and malformed options before matchmaking", async () => {
    let deep: unknown = "x";
    for (let i = 0; i < 50; i++) deep = { a: deep };
    const nested = await postJson(quick, deep, { "x-forwarded-for": "203.0.113.3" });
    expect(nested.status).toBe(400);
    expect(nested.json.error).toMatch(/nested deeper than 3 levels/);
    const long = await postJson(quick, { name: "n".repeat(1000) }, { "x-forwarded-for": "203.0.113.3" });
    expect(long.status).toBe(400);
    expect(long.json.error).toMatch(/longer than 256 characters/);
    const garbage = await postJson(quick, "{not json", { "x-forwarded-for": "203.0.113.3" });
    expect(garbage.status).toBe(400);
    expect(garbage.json.error).toMatch(/not valid JSON/);
  });

  it("answers a burst of quick matches from one address with 429 + Retry-After, keeps rooms bounded, and still seats an honest player", async () => {
    const attacker = await signedIn(server, ATTACKER);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => postJson(quick, { name: "bot" }, attacker)),
    );
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(180);
    expect(refused.some((a) => Number(a.headers.get("retry-after")) > 0)).toBe(true);
    expect(answers.filter((a) => a.status === 200).length).toBeLessThanOrEqual(4);
    const honest = await postJson(quick, { name: "honest" }, await signedIn(server, HONEST));
    expect(honest.status).toBe(200);
    expect(typeof honest.json.sessionId).toBe("string");
    const health = (await (await fetch(`${server.httpUrl}/healthz`)).json()) as { rooms: number };
    expect(health.rooms).toBeLessThanOrEqual(2);
  });

  it("refuses a foreign Origin on HTTP and on the WebSocket upgrade, without reflecting it", async () => {
    const foreign = await postJson(quick, { name: "x" }, { origin: "https://evil.example", ...HONEST });
    expect(foreign.status).toBe(403);
    expect(foreign.json.error).toMatch(/origin https:\/\/evil.example is not allowed/);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await postJson(
      quick,
      { name: "x" },
      {
        origin: "https://play.example.com",
        ...(await signedIn(server, { "x-forwarded-for": "198.51.100.2" })),
      },
    );
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://play.example.com");
    expect(allowed.headers.get("access-control-allow-credentials")).toBeNull();
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url}/x/y`, { headers: { origin: "https://evil.example" } });
      ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
      ws.on("open", () => resolve(101));
      ws.on("error", () => {});
    });
    expect(status).toBe(403);
  });

  it("caps open WebSockets per address", async () => {
    const open: WebSocket[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const seat = await postJson(
        quick,
        { name: `s${i}` },
        await signedIn(server, { "x-forwarded-for": "198.51.100.7" }),
      );
      const { sessionId, roomId, processId } = seat.json as Record<string, string>;
      const ws = new WebSocket(`${server.url}/${processId}/${roomId}?sessionId=${sessionId}`, {
        headers: { "x-forwarded-for": "198.51.100.7" },
      });
      statuses.push(
        await new Promise<number>((resolve) => {
          ws.on("unexpected-response", (_req, res) => resolve(res.statusCode ?? 0));
          ws.on("open", () => resolve(101));
          ws.on("error", () => {});
        }),
      );
      open.push(ws);
    }
    expect(statuses).toEqual([101, 101, 429]);
    for (const ws of open) ws.terminate();
  });
});
