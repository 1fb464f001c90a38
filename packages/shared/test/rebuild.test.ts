import { describe, expect, it } from "vitest";
import {
  concatBytes,
  hashToHex,
  RecordError,
  Replayer,
  readRecord,
  rebuildMatch,
  replayProto,
  verifyRecord,
} from "../src/record/index.ts";
import { hashWorld, step } from "../src/sim/index.ts";
import { playScriptedMatch, shortRules } from "./support/scripted-match.ts";

/** The record of a match as it stood after `ticks` ticks (chunk 0 is the header, chunk t is tick t). */
function runningRecord(seed: number, ticks: number): Uint8Array {
  const m = playScriptedMatch(shortRules(20), seed);
  return concatBytes(m.recorder.chunksSoFar().slice(0, ticks + 1));
}

function refusal(bytes: Uint8Array): RecordError {
  try {
    rebuildMatch(bytes);
  } catch (err) {
    if (err instanceof RecordError) return err;
    throw err;
  }
  throw new Error("the record was not refused");
}

describe("rebuilding a running match from its record", () => {
  it("rebuilds the world of the last tick exactly and goes on recording after it, under one header", () => {
    for (const seed of [3, 17, 40]) {
      const bytes = runningRecord(seed, 120);
      const rebuilt = rebuildMatch(bytes);
      expect(rebuilt.world.tick).toBe(120);
      expect(rebuilt.hashesChecked).toBe(12);
      const stored = readRecord(bytes).ticks[119]!.hash!;
      expect(hashWorld(rebuilt.world)).toBe(hashToHex(stored));
      // The match goes on: ten more ticks, recorded by the continuing recorder.
      for (let i = 0; i < 10; i++) rebuilt.recorder.tick(rebuilt.world, step(rebuilt.world, new Map()));
      const continued = readRecord(rebuilt.recorder.bytes());
      expect(continued.ticks.length).toBe(130);
      expect(continued.header.matchId).toBe(`m${seed}`);
      expect(verifyRecord(continued)).toMatchObject({ ok: true, ticks: 130, mismatch: null });
    }
  });

  it("rebuilds guards in the middle of a chase: the same targets and slots, the same hash", () => {
    const chasing = (w: ReturnType<typeof rebuildMatch>["world"]) =>
      [...w.entities.values()].flatMap((e) =>
        e.order?.type === "guard" && e.order.targetId !== 0 ? [[e.id, e.order.slot, e.order.targetId]] : [],
      );
    for (const seed of [3, 8]) {
      const m = playScriptedMatch(shortRules(30), seed);
      const record = readRecord(m.bytes);
      const replayer = new Replayer(record.header);
      // The first tick, off the hashed ones, with a guard chasing something.
      const entry = record.ticks.find((t) => {
        replayer.apply(t);
        return t.hash === null && chasing(replayer.world).length > 0;
      });
      expect(entry, `a chase in seed ${seed}'s match`).toBeDefined();
      const rebuilt = rebuildMatch(concatBytes(m.recorder.chunksSoFar().slice(0, entry!.tick + 1)));
      expect(rebuilt.world.tick).toBe(entry!.tick);
      expect(chasing(rebuilt.world)).toEqual(chasing(replayer.world));
      expect(hashWorld(rebuilt.world)).toBe(hashWorld(replayer.world));
    }
  });

  it("refuses a record with a gap, naming the missing tick", () => {
    const m = playScriptedMatch(shortRules(20), 9);
    const chunks = m.recorder.chunksSoFar();
    const err = refusal(concatBytes([...chunks.slice(0, 30), ...chunks.slice(31, 80)]));
    expect(err.message).toContain("gap in the record: expected tick 30, found tick 31");
    expect(err.tick).toBe(30);
  });

  it("refuses a record whose stored hash the re-simulated world does not reach", () => {
    const m = playScriptedMatch(shortRules(20), 5);
    const chunks = [...m.recorder.chunksSoFar().slice(0, 81)];
    // Tick 50's stored hash, changed by one bit.
    const entry = replayProto.RecordChunk.decodeDelimited(chunks[50]!);
    entry.tick!.hash = ((entry.tick!.hash ?? 0) ^ 1) >>> 0;
    chunks[50] = replayProto.RecordChunk.encodeDelimited(entry).finish();
    const err = refusal(concatBytes(chunks));
    expect(err.message).toMatch(/world hash [0-9a-f]{8} at tick 50 differs from the stored/);
    expect(err.tick).toBe(50);
  });

  it("refuses an ended match and a record cut inside a chunk", () => {
    const ended = playScriptedMatch(shortRules(10), 11);
    expect(refusal(ended.bytes).message).toContain("the match already ended");
    const chunks = ended.recorder.chunksSoFar();
    const cut = concatBytes([...chunks.slice(0, 50), chunks[50]!.subarray(0, 4)]);
    expect(refusal(cut).message).toContain("the record ends in a cut chunk (4 bytes after tick 49)");
  });
});
