import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { runBotsCli } from "./support/run-cli.ts";

// Bots outlive matches: when a match ends and the room closes (4403), each bot
// joins the next one, so a long run keeps its load. 4-second matches here.

let server: ServerHandle;

beforeAll(async () => {
  server = await startServer({ rules: { match: { durationSeconds: 4, endGraceSeconds: 1 } } });
});

afterAll(async () => {
  await server?.stop();
});

describe("npm run bots across match ends", () => {
  it("joins the next match when one ends, without counting it as an error", async () => {
    const run = await runBotsCli([
      "--url",
      server.url,
      "--rooms",
      "1",
      "--duration",
      "9",
      "--strategy",
      "wanderer",
      "--private",
      "--fail-on",
      "errors>0",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const ended = /unexpected leaves \/ matches ended\s+(\d+) \/ (\d+)/.exec(run.stdout);
    expect(ended).not.toBeNull();
    expect(Number(ended![1])).toBe(0);
    // All 8 bots saw at least one match end and came back for the next.
    expect(Number(ended![2])).toBeGreaterThanOrEqual(8);
    const rooms = /joined in (\d+) room\(s\)/.exec(run.stdout);
    expect(Number(rooms![1])).toBeGreaterThanOrEqual(2);
    expect(run.stdout).toMatch(/^errors\s+0$/m);
  });
});
