import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisLink } from "../../packages/server/src/cluster/redis-link.ts";
import type { ServerConfig } from "../../packages/server/src/config.ts";
import { RecordRedisStore } from "../../packages/server/src/replays/redis-store.ts";
import { loadResumeKeys } from "../../packages/server/src/resume/resume-token.ts";
import { type Resume, setUpResume } from "../../packages/server/src/resume/setup.ts";
import { waitForAsync } from "../support/clients.ts";
import { TestRedis } from "../support/redis-process.ts";

// The cluster's resume secret lives in Redis (the first process's, SET NX).
// Redis can lose it while every process runs on (FLUSHALL, or a restart
// without persistence); a process started after that must still verify the
// tokens the running processes gave their players, or a match handed to it
// (a rolling restart) turns every player away.
describe("the cluster's resume secret after Redis lost its data", () => {
  let redis: TestRedis;
  let link: RedisLink;
  let resume: Resume;
  const other = () => new Redis(redis.url);

  beforeAll(async () => {
    redis = await TestRedis.start();
    link = new RedisLink(redis.url);
    await link.whenReady(5000);
    const store = new RecordRedisStore(link.data, { keep: 10, maxAgeMs: 60_000, maxRecordBytes: 1 << 20 });
    resume = await setUpResume({ resumeSecret: undefined } as ServerConfig, store, link);
    resume.start();
  });
  afterAll(async () => {
    await resume?.stop();
    await link?.close();
    await redis?.stop();
  });

  it("a process started after a FLUSHALL verifies the running processes' tokens", async () => {
    const token = resume.service.keys.issue("ROOM1-abc", "player_1", "guest:alice");
    await redis.command("FLUSHALL");
    await waitForAsync(
      async () => (await redis.command("EXISTS", "octet:resume-secret")) === 1,
      "the secret back in Redis",
    );
    const conn = other();
    try {
      const later = await loadResumeKeys({ envSecret: undefined, redis: conn });
      expect(later.verify(token, "guest:alice")).toEqual({ matchId: "ROOM1-abc", playerId: "player_1" });
    } finally {
      conn.disconnect();
    }
  });
});
