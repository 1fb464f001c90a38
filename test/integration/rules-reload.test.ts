import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MATCH_ROOM } from "@octet/shared/protocol";
import { MatchState } from "@octet/shared/state";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// A designer's edit loop: the server names the rules file it read and what it
// changes, and a saved RULES_FILE takes effect for the next match, while
// running matches keep the rules they started with.

let server: ServerHandle;
const file = join(mkdtempSync(join(tmpdir(), "octet-rules-watch-")), "rules.json");
const players: TestPlayer[] = [];
const conns: MatchConnection[] = [];

const rulesNow = async () =>
  (await (await fetch(`${server.httpUrl}/rules`)).json()) as { match: { durationSeconds: number } };

async function privateMatch(name: string): Promise<MatchConnection> {
  const client = await authorizedClient(server.url, name);
  const room = await client.create(MATCH_ROOM, { name, private: true }, MatchState);
  const conn = await MatchConnection.attach(client, room);
  conns.push(conn);
  return conn;
}

beforeAll(async () => {
  writeFileSync(file, JSON.stringify({ match: { durationSeconds: 60 } }));
  server = await startServer({ env: { RULES_FILE: file } });
});

afterAll(async () => {
  await leaveAll(players);
  await Promise.allSettled(conns.map((c) => c.leave()));
  await server?.stop();
});

describe("RULES_FILE", () => {
  it("is named on the start line with the settings it changes, and /rules serves the rules", async () => {
    expect(server.output()).toContain(
      `octet: rules: ${file} changes 1 setting(s): match.durationSeconds 600 -> 60`,
    );
    expect((await rulesNow()).match.durationSeconds).toBe(60);
  });

  it("saved, becomes the next match's rules; a running match keeps its own; a bad save changes nothing", async () => {
    const first = await privateMatch("early");
    expect(first.rules.match.durationSeconds).toBe(60);

    writeFileSync(file, JSON.stringify({ match: { durationSeconds: 120 } }));
    await waitFor(
      () => server.output().includes("reloaded for the next match: match.durationSeconds 60 -> 120"),
      "the reload line",
    );
    expect((await rulesNow()).match.durationSeconds).toBe(120);

    // The running match: a second player joining it gets the rules it started with.
    const joiner = await joinPlayer(server.url, "late", first.room.roomId);
    players.push(joiner);
    expect(joiner.conn.rules.match.durationSeconds).toBe(60);
    // A new match plays the saved rules.
    expect((await privateMatch("next")).rules.match.durationSeconds).toBe(120);

    // Stat times can be coarse: let the clock move before the next save.
    await new Promise((r) => setTimeout(r, 1100));
    writeFileSync(file, JSON.stringify({ match: { durationSeconds: 0.01 }, units: { archr: { range: 3 } } }));
    await waitFor(() => server.output().includes("changed but was not applied"), "the refusal");
    expect(server.output()).toContain(
      "match.durationSeconds: expected a match length of at least 3 seconds, got 0.01",
    );
    expect(server.output()).toContain("units.archr: unknown unit type (did you mean archer?)");
    expect((await rulesNow()).match.durationSeconds).toBe(120);
    expect((await privateMatch("after-bad-save")).rules.match.durationSeconds).toBe(120);
  });
});
