import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordFileStore } from "../../packages/server/src/replays/file-store.ts";
import {
  openingMeta,
  type RecordMeta,
  type RecordStore,
  type StoreLimits,
} from "../../packages/server/src/replays/record-store.ts";
import { RecordRedisStore } from "../../packages/server/src/replays/redis-store.ts";
import { readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { playScriptedMatch, shortRules } from "../../packages/shared/test/support/scripted-match.ts";
import { waitForAsync } from "../support/clients.ts";
import { TestRedis } from "../support/redis-process.ts";

const LIMITS: StoreLimits = { keep: 3, maxAgeMs: 3_600_000, maxRecordBytes: 1 << 20 };

function meta(matchId: string, startTimeMs: number): RecordMeta {
  return openingMeta({ matchId, roomId: matchId.slice(0, 4), seed: 1, startTimeMs });
}

let redis: TestRedis;
const stores: RecordStore[] = [];

beforeAll(async () => {
  redis = await TestRedis.start();
});
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await redis?.stop();
});

/** The same contract for both stores; `reopen` gives a second store over the same data (another process). */
function contract(name: string, make: (limits: StoreLimits) => RecordStore) {
  describe(`${name} record store`, () => {
    it("serves a record while it is written, then whole with its final listing, to another instance too", async () => {
      const store = make(LIMITS);
      const other = make(LIMITS);
      stores.push(store, other);
      const m = playScriptedMatch(shortRules(10), 21);
      const chunks = m.recorder.chunksSoFar();
      const now = Date.now();
      const sink = store.open(meta("live-1", now), m.recorder);
      for (const c of chunks.slice(0, 40)) sink.append(c);
      await waitForAsync(async () => ((await other.read("live-1"))?.byteLength ?? 0) > 0, "the first chunks");
      await waitForAsync(
        async () => readRecord((await other.read("live-1"))!).ticks.length === 39,
        "39 ticks readable while running",
      );
      expect((await store.list(10)).find((x) => x.matchId === "live-1")?.running).toBe(true);
      for (const c of chunks.slice(40)) sink.append(c);
      await sink.finish({ ...meta("live-1", now), running: false, endReason: "time", endTimeMs: now + 1 });
      const bytes = (await other.read("live-1"))!;
      expect(bytes.byteLength).toBe(m.bytes.byteLength);
      expect(verifyRecord(readRecord(bytes)).ok).toBe(true);
      const listed = (await store.list(10)).find((x) => x.matchId === "live-1")!;
      expect(listed).toMatchObject({
        running: false,
        endReason: "time",
        bytes: m.bytes.byteLength,
        truncated: false,
      });
    });

    it("keeps at most `keep` records, newest first; a record over the size cap stops there, marked truncated", async () => {
      const store = make({ ...LIMITS, maxRecordBytes: 2000 });
      stores.push(store);
      const m = playScriptedMatch(shortRules(10), 22);
      const base = Date.now() + 10_000;
      for (let i = 0; i < 5; i++) {
        const sink = store.open(meta(`keep-${i}`, base + i), m.recorder);
        for (const c of m.recorder.chunksSoFar()) sink.append(c);
        await sink.finish({ ...meta(`keep-${i}`, base + i), running: false, endReason: "time" });
      }
      const list = await store.list(100);
      expect(list.slice(0, 3).map((x) => x.matchId)).toEqual(["keep-4", "keep-3", "keep-2"]);
      expect(list.map((x) => x.matchId)).not.toContain("keep-0");
      expect(list.length).toBeLessThanOrEqual(3);
      const capped = list[0]!;
      expect(capped.truncated).toBe(true);
      expect(capped.bytes).toBeLessThanOrEqual(2000);
      // What was kept is still a readable (and verifiable) prefix of the match.
      const prefix = readRecord((await store.read("keep-4"))!);
      expect(prefix.end).toBeNull();
      expect(verifyRecord(prefix).ok).toBe(true);
    });

    it("refuses ids that are not match ids, and knows nothing of unknown ones", async () => {
      const store = make(LIMITS);
      stores.push(store);
      expect(await store.read("../../etc/passwd")).toBeNull();
      expect(await store.read("no-such-match")).toBeNull();
      expect(() => store.open(meta("bad/id", Date.now()), { chunksSoFar: () => [] })).toThrow(/bad match id/);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "octet-store-"));
contract("file", (limits) => new RecordFileStore(dir, limits));
contract("Redis", (limits) => new RecordRedisStore(redis.url, limits));

describe("the Redis store writes a record again whole from the recorder's chunks", () => {
  const logged: string[] = [];
  const make = () => {
    const store = new RecordRedisStore(redis.url, LIMITS, (line) => logged.push(line));
    stores.push(store);
    return store;
  };
  const appendAll = (sink: { append(b: Uint8Array): void }, chunks: readonly Uint8Array[]) => {
    for (const c of chunks) sink.append(c);
  };
  const finished = { running: false, endReason: "time" as const };
  /** A scripted match's record through a new store's sink, written up to chunk `upTo`. */
  const begin = async (id: string, seed: number, upTo: number) => {
    const store = make();
    const m = playScriptedMatch(shortRules(10), seed);
    const chunks = m.recorder.chunksSoFar();
    const now = Date.now();
    const sink = store.open(meta(id, now), m.recorder);
    appendAll(sink, chunks.slice(0, upTo));
    await sink.flushed();
    return { store, m, chunks, now, sink };
  };

  it("a record Redis lost mid-match (restarted empty) comes back whole, with no copy kept by the store", async () => {
    const { store, m, chunks, now, sink } = await begin("lost-1", 23, 30);
    await redis.command("DEL", "octet:record:lost-1");
    appendAll(sink, chunks.slice(30));
    await sink.finish({ ...meta("lost-1", now), ...finished });
    const bytes = (await store.read("lost-1"))!;
    expect(Buffer.from(bytes).equals(Buffer.from(m.bytes))).toBe(true);
    expect(
      logged.some((l) => /record lost-1: Redis held 0 bytes of it, not \d+: written again whole/.test(l)),
    ).toBe(true);
  });

  it("a resumed match's record goes on from what Redis holds, and is written again whole from its rebuilt chunks", async () => {
    const { store: first, m, chunks, now } = await begin("resumed-1", 24, 25);
    // Another process rebuilds the match from the record and continues it.
    const held = (await first.read("resumed-1"))!;
    const rest = chunks.slice(25);
    // Its recorder holds the bytes it was rebuilt from, then each chunk it writes.
    const rebuilt = [held];
    const source = { chunksSoFar: () => rebuilt };
    const write = (sink: { append(b: Uint8Array): void }, more: readonly Uint8Array[]) => {
      rebuilt.push(...more);
      appendAll(sink, more);
    };
    const owner = "proc-b";
    await redis.command("HSET", "test:live:resumed-1", "owner", owner);
    let restored = 0;
    const fence = {
      key: "test:live:resumed-1",
      owner,
      onLost: () => {},
      restore: async () => {
        restored++;
        await redis.command("HSET", "test:live:resumed-1", "owner", owner);
      },
    };
    const after = make().open(meta("resumed-1", now), source, { fence, continuesAt: held.byteLength });
    write(after, rest.slice(0, 10));
    await after.flushed();
    expect((await first.read("resumed-1"))!.byteLength).toBe(
      held.byteLength + Buffer.concat(rest.slice(0, 10)).byteLength,
    );
    // Redis restarts empty: the match is not listed (-2), so it is listed again and its record rewritten.
    await redis.command("DEL", "octet:record:resumed-1", "test:live:resumed-1");
    write(after, rest.slice(10));
    await after.finish({ ...meta("resumed-1", now), ...finished });
    expect(restored).toBe(1);
    const bytes = (await first.read("resumed-1"))!;
    expect(Buffer.from(bytes).equals(Buffer.from(m.bytes))).toBe(true);
    expect(verifyRecord(readRecord(bytes)).ok).toBe(true);
  });

  it("a record whose match another process owns now is not written again, whole or in part", async () => {
    const m = playScriptedMatch(shortRules(10), 25);
    const chunks = m.recorder.chunksSoFar();
    await redis.command("HSET", "test:live:taken-1", "owner", "proc-a");
    let lost = 0;
    const fence = {
      key: "test:live:taken-1",
      owner: "proc-a",
      onLost: () => lost++,
      restore: async () => {},
    };
    const sink = make().open(meta("taken-1", Date.now()), m.recorder, { fence });
    appendAll(sink, chunks.slice(0, 20));
    await sink.flushed();
    const held = (await redis.command("STRLEN", "octet:record:taken-1")) as number;
    await redis.command("HSET", "test:live:taken-1", "owner", "proc-b");
    appendAll(sink, chunks.slice(20));
    await sink.flushed().catch(() => {});
    expect(lost).toBe(1);
    expect(await redis.command("STRLEN", "octet:record:taken-1")).toBe(held);
  });

  it("a fenced record Redis holds less of gets no gap, even if its process stops before writing it again", async () => {
    const m = playScriptedMatch(shortRules(10), 27);
    const chunks = m.recorder.chunksSoFar();
    const entry = "test:live:gap-1";
    await redis.command("HSET", entry, "owner", "proc-a");
    // The process dies between noticing the wrong length and writing the record again whole.
    let dies = false;
    const source = {
      chunksSoFar: () => {
        if (dies) throw new Error("the process stopped here");
        return chunks;
      },
    };
    const fence = { key: entry, owner: "proc-a", onLost: () => {}, restore: async () => {} };
    const sink = make().open(meta("gap-1", Date.now()), source, { fence });
    appendAll(sink, chunks.slice(0, 20));
    await sink.flushed();
    // Redis comes back from an older snapshot: it holds the first 10 chunks of the record only.
    const older = Buffer.concat(chunks.slice(0, 10));
    const direct = new Redis(redis.url);
    try {
      await direct.set("octet:record:gap-1", older);
      dies = true;
      appendAll(sink, chunks.slice(20, 21));
      await sink.flushed().catch(() => {});
      // What a resuming process would read: a prefix of the match, never chunks 0-9 then 20.
      const held = (await direct.getBuffer("octet:record:gap-1"))!;
      expect(held.equals(older)).toBe(true);
      expect(verifyRecord(readRecord(held)).ok).toBe(true);
    } finally {
      direct.disconnect();
    }
  });

  it("a process whose match another one took and ended neither lists it again nor writes it again", async () => {
    // Process A runs the match, then is cut off long enough to be taken for dead.
    const m = playScriptedMatch(shortRules(10), 26);
    const chunks = m.recorder.chunksSoFar();
    const entry = "test:live:ended-1";
    await redis.command("HSET", entry, "owner", "proc-a");
    let lost = 0;
    let restored = 0;
    const fence = {
      key: entry,
      owner: "proc-a",
      onLost: () => lost++,
      // What ResumeService.register does: names this process the owner.
      restore: async () => {
        restored++;
        await redis.command("HSET", entry, "owner", "proc-a");
      },
    };
    const sink = make().open(meta("ended-1", Date.now()), m.recorder, { fence });
    appendAll(sink, chunks.slice(0, 20));
    await sink.flushed();
    // B claims the match, resumes it and writes on; its match ends and B forgets it (release).
    await redis.command("HSET", entry, "owner", "proc-b");
    await redis.command("APPEND", "octet:record:ended-1", "b-wrote-this");
    await redis.command("DEL", entry);
    const bRecord = await redis.command("GET", "octet:record:ended-1");
    // A's link comes back and its queued ticks arrive.
    appendAll(sink, chunks.slice(20));
    await sink.flushed().catch(() => {});
    expect(restored).toBe(0);
    expect(lost).toBe(1);
    expect(await redis.command("EXISTS", entry)).toBe(0);
    expect(await redis.command("GET", "octet:record:ended-1")).toEqual(bRecord);
  });
});

describe("stores' retention on their medium", () => {
  it("the file store deletes the files of records it no longer keeps and lists the rest after a restart", () => {
    const names = readdirSync(dir).filter((n) => n.startsWith("keep-"));
    expect(names.some((n) => n.startsWith("keep-0"))).toBe(false);
    const again = new RecordFileStore(dir, LIMITS);
    return again.list(10).then((list) => expect(list.length).toBe(3));
  });

  it("Redis keys expire after the age limit", async () => {
    const ttl = Number(await redis.command("TTL", "octet:record:live-1"));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(3600);
    const metaTtl = Number(await redis.command("TTL", "octet:record-meta:live-1"));
    expect(metaTtl).toBeGreaterThan(0);
  });
});
