import { RedisDriver } from "@colyseus/redis-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import {
  QuickMatchBusyError,
  QuickMatchLock,
  quickMatchLockKey,
} from "../../packages/server/src/cluster/quick-match-lock.ts";
import {
  RedisLink,
  RedisUnavailableError,
  redisOptions,
} from "../../packages/server/src/cluster/redis-link.ts";
import { WatchedRedisDriver } from "../../packages/server/src/cluster/watched-driver.ts";
import { TestRedis } from "../support/redis-process.ts";

// The pieces the processes share through a real redis-server, each process
// being a RedisLink of its own: the quick-match lock and the room search
// that skips dead processes.
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const waitUntil = async (check: () => boolean) => {
  for (let i = 0; !check(); i++) {
    if (i > 200) throw new Error("timed out");
    await sleep(25);
  }
};

describe("what processes share through Redis", () => {
  let redis: TestRedis;
  let links: RedisLink[] = [];

  beforeAll(async () => {
    redis = await TestRedis.start();
    links = [new RedisLink(redis.url), new RedisLink(redis.url)];
    await Promise.all(links.map((l) => l.whenReady(5000)));
  });
  afterAll(async () => {
    await Promise.all(links.map((l) => l.close()));
    await redis?.stop();
  });

  it("quick match runs one request at a time across processes", async () => {
    const locks = links.map((l) => new QuickMatchLock(l.presence.sharedLock()));
    let inside = 0;
    let most = 0;
    let done = 0;
    const deadline = Date.now() + 30_000;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        locks[i % 2]!.run("match", deadline, async () => {
          inside++;
          most = Math.max(most, inside);
          await sleep(Math.random() * 4);
          inside--;
          done++;
        }),
      ),
    );
    expect(done).toBe(30);
    expect(most).toBe(1);
    expect(await redis.command("EXISTS", quickMatchLockKey("match"))).toBe(0);
  });

  it("a holder that died stops blocking once its lock expires; a request past its deadline gives up", async () => {
    const shared = links[0]!.presence.sharedLock();
    // A process took the lock and died before letting go.
    expect(await shared.tryAcquire(quickMatchLockKey("crash"), "dead-holder", 3000)).toBe(true);
    const lock = new QuickMatchLock(links[1]!.presence.sharedLock());
    await expect(lock.run("crash", Date.now() + 100, async () => "ran")).rejects.toBeInstanceOf(
      QuickMatchBusyError,
    );
    await expect(lock.run("crash", Date.now() + 10_000, async () => "ran")).resolves.toBe("ran");
  });

  it("a room search skips rooms of processes whose IPC channel has no subscriber", async () => {
    const [a, b] = links as [RedisLink, RedisLink];
    const listing = (roomId: string, processId: string) => ({
      roomId,
      processId,
      name: "match",
      clients: 3,
      maxClients: 8,
      locked: false,
      private: false,
    });
    await a.driver.persist(listing("deadroom", "deadproc") as never);
    await a.driver.persist(listing("liveroom", "liveproc") as never);
    const live = () => {};
    await b.presence.subscribe("p:liveproc", live);
    const search = { name: "match", locked: false, private: false };

    expect((await a.driver.findOne(search))?.roomId).toBe("liveroom");
    // By id, a room is still found whatever its process (reconnection asks its process, and times out).
    expect((await a.driver.findOne({ roomId: "deadroom" }))?.roomId).toBe("deadroom");

    await b.presence.unsubscribe("p:liveproc", live);
    expect(await a.driver.findOne(search)).toBeUndefined();
  });

  it("watches Octet's own connection like Colyseus's: killed by Redis, the link is down until it is back", async () => {
    const link = links[0]!;
    const events: string[] = [];
    link.on("down", () => events.push("down"));
    link.on("up", () => events.push("up"));
    const id = (await link.data.client("ID")) as number;
    await redis.command("CLIENT", "KILL", "ID", String(id));
    await waitUntil(() => events.includes("down"));
    await waitUntil(() => events.includes("up") && link.ready);
    expect(events).toEqual(["down", "up"]);
    expect(await link.data.ping()).toBe("PONG");
  });

  it("a room search that failed while Redis was away finds rooms again once it is back", async () => {
    // A Redis of its own: this one is stopped and started again on the same port (empty).
    const own = await TestRedis.start();
    const link = new RedisLink(own.url);
    try {
      await link.whenReady(5000);
      const back = new Promise<void>((resolve) => link.once("up", resolve));
      await own.stop();
      // Every kind of search Colyseus and Octet make: by id, by process, all, by name (quick match).
      const searches = () =>
        [
          link.driver.query({ roomId: "afterroom" }),
          link.driver.query({ processId: "afterproc" }),
          link.driver.query({}),
          link.driver.findOne({ name: "match", locked: false }),
        ] as const;
      for (const failed of await Promise.allSettled(searches())) expect(failed.status).toBe("rejected");
      await own.restart();
      await back;
      await link.driver.persist({
        roomId: "afterroom",
        processId: "afterproc",
        name: "match",
        clients: 1,
        maxClients: 8,
        locked: false,
      } as never);
      await link.presence.subscribe("p:afterproc", () => {});
      const [byId, byProcess, all, byName] = await Promise.all(searches());
      expect(byId.map((r) => r.roomId)).toEqual(["afterroom"]);
      expect(byProcess.map((r) => r.roomId)).toEqual(["afterroom"]);
      expect(all.map((r) => r.roomId)).toEqual(["afterroom"]);
      expect(byName?.roomId).toBe("afterroom");
    } finally {
      await link.close();
      await own.stop();
    }
  });

  it("many searches sharing one read that fails in flight each fail once; the next ones read again", async () => {
    const link = links[0]!;
    await link.driver.persist({
      roomId: "pauseroom",
      processId: "pauseproc",
      name: "match",
      clients: 1,
      maxClients: 8,
      locked: false,
    } as never);
    // Redis stops answering for longer than a command may take: the shared HGETALL times out.
    // (6 s, well past the 2 s command timeout: the pause starts when redis-cli gets through, and
    // the queries go only after it exits, which can take a while on a busy machine.)
    await redis.command("CLIENT", "PAUSE", "6000", "ALL");
    const during = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 ? link.driver.query({ roomId: "pauseroom" }) : link.driver.query({ name: "match" }),
      ),
    );
    expect(during.map((r) => r.status)).toEqual(Array(20).fill("rejected"));
    for (const r of during) expect(String((r as PromiseRejectedResult).reason)).toMatch(/timed out/i);
    await redis.command("PING"); // answered once the pause is over
    const after = await Promise.all(
      Array.from({ length: 20 }, () => link.driver.query({ roomId: "pauseroom" })),
    );
    expect(after.map((rooms) => rooms.map((r) => r.roomId))).toEqual(Array(20).fill(["pauseroom"]));
    expect((await link.driver.query({ roomId: "pauseroom" })).length).toBe(1);
    await link.driver.remove("pauseroom");
  });

  it("refuses to start on a RedisDriver that no longer shares its listing read as 0.18.3 does", async () => {
    const proto = RedisDriver.prototype as unknown as { getRooms: (name?: string) => Promise<unknown> };
    const original = proto.getRooms;
    // An upgrade that reads the listings without the shared memo watched-driver.ts resets.
    proto.getRooms = async function (this: { _client: { hgetall(k: string): Promise<unknown> } }) {
      return Object.values((await this._client.hgetall("roomcaches")) as object);
    };
    try {
      expect(() => new WatchedRedisDriver(redisOptions(redis.url), async () => new Set())).toThrow(
        /@colyseus\/redis-driver changed shape/,
      );
    } finally {
      proto.getRooms = original;
    }
    const driver = new WatchedRedisDriver(redisOptions(redis.url), async () => new Set());
    await waitUntil(() => driver.connection().status === "ready");
    expect(await driver.query({ roomId: "nothing-here" })).toEqual([]);
    await driver.shutdown();
  });

  it("reports an unreachable Redis at startup with its address", async () => {
    const port = await freePort();
    const link = new RedisLink(`redis://127.0.0.1:${port}`);
    const err = await link.whenReady(500).catch((e: Error) => e);
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect((err as Error).message).toMatch(
      new RegExp(`^cannot reach Redis at 127.0.0.1:${port} within 500 ms`),
    );
    await link.close();
  });
});
