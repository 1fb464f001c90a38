import { describe, expect, it } from "vitest";
import { verifyRecord } from "../../packages/shared/src/record/index.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { joinPlayer, waitFor } from "../support/clients.ts";
import { recordOfRoom } from "../support/records.ts";
import { useServer } from "../support/server-fixture.ts";

describe("server-side bots fill the empty seats of a waiting match", () => {
  const fx = useServer({
    // Everyone sees everything, so the test can watch the bots play.
    rules: { players: { botFillSeconds: 2, lobbyWaitSeconds: 60 }, vision: { radius: 6000 } },
  });
  const players = fx.players;

  it("a lone player gets 7 bots after botFillSeconds; they play; the full room takes no one else", async () => {
    const alone = await joinPlayer(fx.server.url, "alone");
    players.push(alone);
    const state = () => alone.conn.state;
    expect(state().phase).toBe(MatchPhase.Waiting);
    await waitFor(() => state().phase === MatchPhase.Playing, "the match to start with bots", 15_000);
    // The players map travels at the ambient rate.
    await waitFor(() => state().players.size === 8, "the bots in the players map");
    const list: Array<{ id: string; name: string; bot: boolean }> = [];
    state().players.forEach((p, id) => {
      list.push({ id, name: p.name, bot: p.bot });
    });
    expect(list).toHaveLength(8);
    expect(list.filter((p) => p.bot)).toHaveLength(7);
    expect(list.find((p) => p.id === alone.conn.playerId)?.bot).toBe(false);
    expect(new Set(list.map((p) => p.name)).size).toBe(8);

    // They play: bots' commanders move and bots train units.
    const botIds = new Set(list.filter((p) => p.bot).map((p) => p.id));
    const commanders = () => {
      const at = new Map<string, string>();
      state().entities.forEach((e) => {
        if (e.kind === 0 && botIds.has(e.owner)) at.set(e.owner, `${e.x},${e.y}`);
      });
      return at;
    };
    const start = commanders();
    const botUnits = () => {
      let n = 0;
      state().entities.forEach((e) => {
        if (e.kind >= 3 && botIds.has(e.owner)) n++;
      });
      return n;
    };
    await waitFor(() => botUnits() > 0, "a bot to train a unit", 20_000);
    const now = commanders();
    expect([...now].filter(([id, at]) => start.get(id) !== at).length).toBeGreaterThan(0);

    // The room is full: quick match puts the next player in a new room.
    const late = await joinPlayer(fx.server.url, "late");
    players.push(late);
    expect(late.conn.room.roomId).not.toBe(alone.conn.room.roomId);

    // The record has the bots' joins and actions: it replays to the same hashes.
    const record = await recordOfRoom(fx.server.httpUrl, alone.conn.room.roomId);
    const joins = record.ticks.flatMap((t) => t.roster).flatMap((r) => (r.kind === "join" ? [r] : []));
    expect(
      joins
        .filter((j) => j.bot)
        .map((j) => j.playerId)
        .sort(),
    ).toEqual([...botIds].sort());
    expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
  });
});
