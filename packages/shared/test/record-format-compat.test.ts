import { readFileSync } from "node:fs";
import protobuf from "protobufjs";
import { describe, expect, it } from "vitest";
import {
  concatBytes,
  RECORD_FORMAT_VERSION,
  readRecord,
  rebuildMatch,
  verifyRecord,
} from "../src/record/index.ts";
import { parseRules } from "../src/rules/index.ts";

// The end of a record as format 1 declared it before RecordEnd.ranking became actions.proto's
// RankEntry: its own RecordRank, with the same field numbers and types. Bytes written then must
// read the same now; a change that breaks this must bump RECORD_FORMAT_VERSION instead.
const formatOneEnd = protobuf
  .parse(`
  syntax = "proto3";
  message RecordChunk { oneof kind { RecordHeader header = 1; RecordEnd end = 3; } }
  message RecordHeader {
    uint32 format_version = 1; string match_id = 2; string room_id = 3; string rules_json = 4;
    uint32 seed = 5; double start_time_ms = 6; uint32 hash_every = 7;
  }
  message RecordRank { uint32 rank = 1; string player_id = 2; string name = 3; uint32 score = 4; uint32 kills = 5; }
  message RecordEnd { uint32 tick = 1; string reason = 2; repeated RecordRank ranking = 3; double end_time_ms = 4; }
`)
  .root.lookupType("RecordChunk");

describe("match record format 1", () => {
  it("reads an end written with the RecordRank declaration", () => {
    const chunk = (value: object) => formatOneEnd.encodeDelimited(formatOneEnd.fromObject(value)).finish();
    const ranking = [
      { rank: 1, playerId: "p-b", name: "Bea", score: 12, kills: 3 },
      { rank: 2, playerId: "p-a", name: "Al", score: 0, kills: 0 },
    ];
    const bytes = concatBytes([
      chunk({ header: { formatVersion: RECORD_FORMAT_VERSION, matchId: "m1", roomId: "r1", hashEvery: 10 } }),
      chunk({ end: { tick: 0, reason: "abandoned", ranking, endTimeMs: 1234.5 } }),
    ]);
    const record = readRecord(bytes);
    expect(record.header).toMatchObject({ matchId: "m1", roomId: "r1", hashEvery: 10 });
    expect(record.end).toEqual({ tick: 0, reason: "abandoned", ranking, endTimeMs: 1234.5 });
  });
});

// A whole match recorded by the code of format 1 (before guard orders: 4 players, 20 s, 107
// trains), made with that commit's test/support/scripted-match.ts. Its units stood idle once
// trained; today's default rules would have them guard, so it replays only because the reader
// gives format 1 records the rules of their time (guardOnTrain off).
const FORMAT_ONE_MATCH = new URL("./fixtures/format1-match.bin", import.meta.url);

describe("a format 1 match record", () => {
  it("still reads and replays to every stored hash", () => {
    const record = readRecord(new Uint8Array(readFileSync(FORMAT_ONE_MATCH)));
    expect(record.header.formatVersion).toBe(1);
    expect(RECORD_FORMAT_VERSION).toBe(2);
    const trains = record.ticks.flatMap((t) => t.actions).filter((a) => a.action.kind === "train");
    expect(trains.length).toBeGreaterThan(50);
    const result = verifyRecord(record);
    expect(result).toMatchObject({ ok: true, error: null, mismatch: null });
    expect(result.hashesChecked).toBe(22);
  });

  it("would not replay under today's rules, which is why its version says how to read it", () => {
    const record = readRecord(new Uint8Array(readFileSync(FORMAT_ONE_MATCH)));
    const rules = {
      ...JSON.parse(record.header.rulesJson),
      orders: { guardRadius: 360, guardLeash: 640, guardOnTrain: true },
    };
    const asFormatTwo = {
      ...record,
      header: { ...record.header, formatVersion: 2, rulesJson: JSON.stringify(rules) },
    };
    expect(verifyRecord(asFormatTwo).mismatch).not.toBeNull();
  });

  it("is refused as format 2 without the orders settings (a format 2 record always has them)", () => {
    const record = readRecord(new Uint8Array(readFileSync(FORMAT_ONE_MATCH)));
    const asFormatTwo = { ...record, header: { ...record.header, formatVersion: 2 } };
    expect(verifyRecord(asFormatTwo).error).toMatch(/orders/);
  });
});

describe("a format 1 match cut off while running (a process died during the deploy)", () => {
  it("is rebuilt with the rules of its time, which a client can parse again", () => {
    const bytes = new Uint8Array(readFileSync(FORMAT_ONE_MATCH));
    // Every chunk but the end: the record as the dead process left it.
    const reader = protobuf.Reader.create(bytes);
    let lastChunkAt = 0;
    while (reader.pos < reader.len) {
      lastChunkAt = reader.pos;
      reader.skip(reader.uint32());
    }
    const rebuilt = rebuildMatch(bytes.subarray(0, lastChunkAt));
    expect(rebuilt.hashesChecked).toBe(22);
    expect(rebuilt.world.rules.orders.guardOnTrain).toBe(false);
    expect(parseRules(JSON.parse(JSON.stringify(rebuilt.world.rules))).orders).toEqual(
      rebuilt.world.rules.orders,
    );
  });
});
