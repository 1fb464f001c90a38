import { describe, expect, it } from "vitest";
import { readRecord } from "../../shared/src/record/index.ts";
import { hashWorld } from "../../shared/src/sim/index.ts";
import { playScriptedMatch, shortRules } from "../../shared/test/support/scripted-match.ts";
import { ReplayModel, SNAPSHOT_EVERY } from "../src/replay/replay-model.ts";

describe("replay model", () => {
  it("reaches the same world at any tick by playing, by seeking forward, and by seeking back", () => {
    const m = playScriptedMatch(shortRules(20), 77);
    const played = new ReplayModel(readRecord(m.bytes));
    const hashes: string[] = [hashWorld(played.world)];
    while (played.stepForward()) hashes.push(hashWorld(played.world));
    expect(played.tick).toBe(m.world.tick);
    expect(hashes.at(-1)).toBe(hashWorld(m.world));

    const seeker = new ReplayModel(readRecord(m.bytes));
    const last = seeker.lastTick;
    // Forward past snapshots not made yet, back to the middle, to the start, and to odd ticks.
    for (const t of [
      last,
      Math.floor(last / 2),
      0,
      3 * SNAPSHOT_EVERY + 7,
      last - 1,
      1,
      Math.floor(last / 2) + 1,
    ]) {
      seeker.seek(t);
      expect(seeker.tick).toBe(t);
      expect(hashWorld(seeker.world), `tick ${t}`).toBe(hashes[t]);
    }
  });

  it("does not let a seek change the record's past: snapshots are copies", () => {
    const m = playScriptedMatch(shortRules(10), 3);
    const model = new ReplayModel(readRecord(m.bytes));
    model.seek(2 * SNAPSHOT_EVERY);
    const at = hashWorld(model.world);
    model.seek(model.lastTick);
    model.seek(2 * SNAPSHOT_EVERY);
    expect(hashWorld(model.world)).toBe(at);
  });
});
