import { describe, expect, it } from "vitest";
import {
  concatBytes,
  encodeChunk,
  hashToNumber,
  RecordError,
  RecordReader,
  readRecord,
  summarizeRecord,
  verifyRecord,
} from "../src/record/index.ts";
import { hashWorld } from "../src/sim/index.ts";
import { playScriptedMatch, shortRules } from "./support/scripted-match.ts";

describe("match record", () => {
  it("replays scripted matches of many seeds and rules exactly: every stored hash matches", () => {
    const rulesSets = [
      shortRules(20),
      shortRules(15, { ticks: { criticalHz: 20, ambientHz: 4 }, creeps: { count: 60 } }),
      shortRules(25, {
        map: { width: 2048, height: 2048, walls: [] },
        players: { spawnRadius: 700 },
        match: { scoreLimit: 5 },
      }),
    ];
    let matches = 0;
    for (const rules of rulesSets) {
      for (let seed = 1; seed <= 6; seed++) {
        const m = playScriptedMatch(rules, seed * 7919);
        const record = readRecord(m.bytes);
        expect(record.end).not.toBeNull();
        const result = verifyRecord(record);
        expect(result, `seed ${seed * 7919}`).toMatchObject({ ok: true, mismatch: null, error: null });
        expect(result.ticks).toBe(m.world.tick);
        expect(result.hashesChecked).toBeGreaterThan(result.ticks / 10 - 1);
        // The last entry always carries the final world's hash.
        expect(record.ticks.at(-1)!.hash).toBe(hashToNumber(hashWorld(m.world)));
        matches++;
      }
    }
    expect(matches).toBe(18);
  });

  it("keeps joins, leaves, rejected actions and the end with its ranking", () => {
    const m = playScriptedMatch(shortRules(20), 42);
    const s = summarizeRecord(readRecord(m.bytes));
    expect(s.players.length).toBe(8);
    expect(new Set(s.players.map((p) => p.seat)).size).toBeGreaterThan(1);
    expect(s.actions).toBeGreaterThan(1000);
    expect(s.endReason).toBe(m.world.endReason);
    expect(s.ranking.map((r) => r.playerId)).toEqual(m.world.ranking.map((r) => r.playerId));
    expect(s.ticks).toBe(m.world.tick);
  });

  it("names the first tick whose stored hash the replay does not reach", () => {
    const m = playScriptedMatch(shortRules(20), 5);
    const record = readRecord(m.bytes);
    // Tamper with one move in the middle: the world drifts from there.
    const at = record.ticks.findIndex((t, i) => i > 60 && t.actions.some((a) => a.action.commanderMove));
    const entry = record.ticks[at]!;
    const move = entry.actions.find((a) => a.action.commanderMove)!;
    const { dx } = move.action.commanderMove!;
    move.action = { ...move.action, commanderMove: { dx: dx === 1 ? -1 : 1, dy: 0 } };
    const result = verifyRecord(record);
    expect(result.ok).toBe(false);
    expect(result.mismatch).not.toBeNull();
    const firstHashedAfter = record.ticks.slice(at).find((t) => t.hash !== null)!.tick;
    expect(result.mismatch!.tick).toBe(firstHashedAfter);
  });

  it("refuses a record with a gap, naming the missing tick", () => {
    const m = playScriptedMatch(shortRules(10), 9);
    const chunks = m.recorder.chunksSoFar();
    // chunks[0] is the header, chunks[t] is tick t: drop tick 30.
    const cut = concatBytes([...chunks.slice(0, 30), ...chunks.slice(31)]);
    expect(() => readRecord(cut)).toThrow(RecordError);
    try {
      readRecord(cut);
    } catch (err) {
      expect((err as RecordError).tick).toBe(30);
      expect((err as Error).message).toContain("expected tick 30, found tick 31");
    }
  });

  it("reads a record still being written: whole chunks only, the tail counted as partial", () => {
    const m = playScriptedMatch(shortRules(10), 11);
    const chunks = m.recorder.chunksSoFar();
    const head = concatBytes(chunks.slice(0, 50));
    const tail = chunks[50]!.subarray(0, 3);
    const record = readRecord(concatBytes([head, tail]));
    expect(record.ticks.length).toBe(49);
    expect(record.end).toBeNull();
    expect(record.partialBytes).toBe(3);
    expect(verifyRecord(record).ok).toBe(true);
  });

  it("reads a record piece by piece as a spectator gets it, pieces cutting chunks anywhere", () => {
    const m = playScriptedMatch(shortRules(10), 13);
    const whole = readRecord(m.bytes);
    const reader = new RecordReader();
    // Pieces of 1 to 97 bytes: most of them end inside a chunk.
    let at = 0;
    let size = 1;
    reader.push(m.bytes.subarray(0, 0));
    expect(() => reader.record()).toThrow(/empty/);
    while (at < m.bytes.byteLength) {
      reader.push(m.bytes.subarray(at, at + size));
      at += size;
      size = (size * 7) % 97 || 1;
    }
    const live = reader.record();
    expect(live.ticks).toEqual(whole.ticks);
    expect(live.end).toEqual(whole.end);
    expect(live.partialBytes).toBe(0);
    expect(live.byteLength).toBe(m.bytes.byteLength);
    expect(verifyRecord(live).ok).toBe(true);
    // The record grows in place: a viewer holding it sees the new ticks.
    const chunks = m.recorder.chunksSoFar();
    const growing = new RecordReader();
    growing.push(concatBytes(chunks.slice(0, 20)));
    const held = growing.record();
    expect(held.ticks.length).toBe(19);
    growing.push(concatBytes(chunks.slice(20, 30)));
    expect(held.ticks.length).toBe(29);
    // A tick out of order is refused as readRecord refuses it.
    expect(() => growing.push(chunks[31]!)).toThrow(/expected tick 30, found tick 31/);
  });

  it("refuses what is not a record of a known version", () => {
    expect(() => readRecord(new Uint8Array([1, 2, 3, 4]))).toThrow(RecordError);
    expect(() => readRecord(new Uint8Array(0))).toThrow(/empty/);
    const future = encodeChunk({
      header: { formatVersion: 99, matchId: "x", rulesJson: "{}", seed: 1, hashEvery: 10 },
    });
    expect(() => readRecord(future)).toThrow(/format version 99 is not supported/);
    const badRules = encodeChunk({
      header: { formatVersion: 1, matchId: "x", rulesJson: '{"map":3}', seed: 1, hashEvery: 10 },
    });
    const result = verifyRecord(readRecord(concatBytes([badRules, encodeChunk({ tick: { tick: 1 } })])));
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/rules are invalid/);
  });
});
