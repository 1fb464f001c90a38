import { describe, expect, it } from "vitest";
import { CloseCodes } from "../../packages/shared/src/protocol/index.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { joinPlayer, waitFor } from "../support/clients.ts";
import { useServer } from "../support/server-fixture.ts";

describe("a match runs waiting -> playing -> ended and reports a ranking", () => {
  const fx = useServer({
    rules: {
      players: { minToStart: 2, lobbyWaitSeconds: 1 },
      match: { durationSeconds: 3, endGraceSeconds: 1 },
    },
  });
  const players = fx.players;

  it("waits for enough players, plays for the set time, sends the ranking and closes the room", async () => {
    const first = await joinPlayer(fx.server.url, "alice");
    players.push(first);
    const phases = new Set<number>();
    first.conn.room.onStateChange((s) => phases.add((s as { phase: number }).phase));
    // One player is not enough to start, however long it waits (no timing assertion:
    // the phase must simply still be "waiting" after a while).
    await new Promise((r) => setTimeout(r, 1500));
    expect(first.conn.state.phase).toBe(MatchPhase.Waiting);

    const second = await joinPlayer(fx.server.url, "bob");
    players.push(second);
    const ends = players.map(
      (p) => new Promise<NonNullable<typeof p.conn.matchEnd>>((resolve) => p.conn.on("matchEnd", resolve)),
    );
    const closes = players.map(
      (p) => new Promise<number>((resolve) => p.conn.on("leave", (code) => resolve(code))),
    );
    await waitFor(
      () => first.conn.state.phase === MatchPhase.Playing,
      "the match to start after the lobby countdown",
    );

    const [endA, endB] = await Promise.all(ends);
    expect(endA!.reason).toBe("time");
    expect(endA!.ranking.map((r) => r.rank)).toEqual([1, 2]);
    expect(endA!.ranking.map((r) => r.name).sort()).toEqual(["alice", "bob"]);
    const scores = endA!.ranking.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(endB!.ranking).toEqual(endA!.ranking);
    await waitFor(() => first.conn.state.phase === MatchPhase.Ended, "the ended phase in state");
    expect([...phases]).toEqual([MatchPhase.Waiting, MatchPhase.Playing, MatchPhase.Ended]);

    expect(await Promise.all(closes)).toEqual([CloseCodes.MatchOver, CloseCodes.MatchOver]);
    let rooms = -1;
    await waitFor(() => {
      void fetch(`${fx.server.httpUrl}/healthz`)
        .then((r) => r.json())
        .then((h) => {
          rooms = (h as { rooms: number }).rooms;
        });
      return rooms === 0;
    }, "the room to be disposed");
  });
});
