import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
      const sink = store.open(meta("live-1", now));
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
        const sink = store.open(meta(`keep-${i}`, base + i));
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
      expect(() => store.open(meta("bad/id", Date.now()))).toThrow(/bad match id/);
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "octet-store-"));
contract("file", (limits) => new RecordFileStore(dir, limits));
contract("Redis", (limits) => new RecordRedisStore(redis.url, limits));

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
