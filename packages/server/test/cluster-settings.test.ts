import { UsageError } from "@octet/shared/cli";
import { describe, expect, it } from "vitest";
import { pickLeastLoaded } from "../src/cluster/process-selection.ts";
import { defaultPublicAddress } from "../src/cluster/public-address.ts";
import { redisOptions } from "../src/cluster/redis-link.ts";
import { ConfigError, loadConfig } from "../src/config.ts";
import { parseClusterOptions } from "../src/launcher/cluster-options.ts";

describe("choosing the process for a new room", () => {
  const load = (processId: string, players: number, rooms: number) => ({ processId, players, rooms });

  it("takes the process with the fewest players", () => {
    expect(pickLeastLoaded([load("a", 16, 2), load("b", 8, 1), load("c", 12, 3)])).toBe("b");
  });

  it("breaks a tie on players with fewer rooms, then at random among equals", () => {
    expect(pickLeastLoaded([load("a", 8, 2), load("b", 8, 1)])).toBe("b");
    const equals = [load("a", 0, 0), load("b", 0, 0), load("c", 0, 0)];
    expect(pickLeastLoaded(equals, () => 0)).toBe("a");
    expect(pickLeastLoaded(equals, () => 0.99)).toBe("c");
  });

  it("has no answer when no process is available", () => {
    expect(pickLeastLoaded([])).toBeUndefined();
  });
});

describe("a process's public address", () => {
  it("is the interface it listens on, or localhost when it listens on all of them", () => {
    expect(defaultPublicAddress("0.0.0.0", 2567)).toBe("localhost:2567");
    expect(defaultPublicAddress("127.0.0.1", 3001)).toBe("127.0.0.1:3001");
    expect(defaultPublicAddress("::1", 3001)).toBe("[::1]:3001");
  });
});

describe("REDIS_URL and PUBLIC_ADDRESS", () => {
  const config = (env: Record<string, string>) => loadConfig(env, "/nowhere");

  it("are optional: no REDIS_URL is the embedded, single-process mode", () => {
    expect(config({})).toMatchObject({ redisUrl: undefined, publicAddress: undefined });
  });

  it("accept a redis:// URL and a host[:port][/path] address", () => {
    const secret = "s".repeat(32);
    expect(
      config({
        REDIS_URL: "redis://:secret@10.0.0.5:6380/2",
        PUBLIC_ADDRESS: "game.example.com/p1/",
        AUTH_SECRET: secret,
      }),
    ).toMatchObject({ redisUrl: "redis://:secret@10.0.0.5:6380/2", publicAddress: "game.example.com/p1" });
    expect(config({ PUBLIC_ADDRESS: "[::1]:2567" }).publicAddress).toBe("[::1]:2567");
  });

  it("need one AUTH_SECRET for a cluster, and make one (and say so) for a single process", () => {
    expect(() => config({ REDIS_URL: "redis://localhost:6379" })).toThrow(
      /AUTH_SECRET must be set when REDIS_URL is/,
    );
    expect(() => config({ AUTH_SECRET: "short" })).toThrow(/AUTH_SECRET must be at least 32 characters/);
    const single = config({});
    expect(single.auth.secretGenerated).toBe(true);
    expect(single.auth.secret.byteLength).toBe(32);
    expect(config({ AUTH_SECRET: "k".repeat(40) }).auth.secretGenerated).toBe(false);
  });

  it("refuse anything else with the setting's name", () => {
    expect(() => config({ REDIS_URL: "localhost:6379" })).toThrow(ConfigError);
    expect(() => config({ REDIS_URL: "http://localhost:6379" })).toThrow(
      /REDIS_URL must start with redis:\/\//,
    );
    expect(() => config({ PUBLIC_ADDRESS: "ws://game.example.com" })).toThrow(/PUBLIC_ADDRESS must be host/);
  });

  it("RESUME_MATCHES is on unless 0, and refuses anything but 0 or 1", () => {
    expect(config({}).resumeMatches).toBe(true);
    expect(config({ RESUME_MATCHES: "0" }).resumeMatches).toBe(false);
    for (const bad of ["yes", "2", "-1", "0.5"])
      expect(() => config({ RESUME_MATCHES: bad })).toThrow(
        /RESUME_MATCHES must be a whole number from 0 to 1/,
      );
  });

  it("become ioredis settings that fail fast while Redis is away and reconnect for ever", () => {
    const o = redisOptions("rediss://user:p%40ss@redis.internal:6390/3");
    expect(o).toMatchObject({
      host: "redis.internal",
      port: 6390,
      username: "user",
      password: "p@ss",
      db: 3,
      tls: {},
      enableOfflineQueue: false,
      autoResubscribe: false,
    });
    expect(redisOptions("redis://127.0.0.1")).toMatchObject({ host: "127.0.0.1", port: 6379 });
    // Never gives up, and waits at most a second between attempts.
    expect([1, 5, 100, 10_000].map(o.retryStrategy)).toEqual([100, 500, 1000, 1000]);
  });
});

describe("npm run cluster options", () => {
  const parse = (argv: string[], env: Record<string, string> = {}) =>
    parseClusterOptions(argv, () => {}, env);

  it("default to 3 processes from port 2567 and a Redis of their own", () => {
    expect(parse([])).toEqual({
      processes: 3,
      port: 2567,
      host: "0.0.0.0",
      publicHost: "localhost",
      redisUrl: undefined,
      restartEverySeconds: undefined,
    });
    expect(parse([], { REDIS_URL: "redis://r:6379", PORT: "4000" })).toMatchObject({
      port: 4000,
      redisUrl: "redis://r:6379",
    });
  });

  it("take --processes, --port and --redis-url", () => {
    expect(
      parse(["--processes", "5", "--port", "3000", "--redis-url", "redis://127.0.0.1:6379"]),
    ).toMatchObject({
      processes: 5,
      port: 3000,
      redisUrl: "redis://127.0.0.1:6379",
    });
  });

  it("take --restart-every for a rolling restart, in whole seconds from 5", () => {
    expect(parse(["--restart-every", "30"])).toMatchObject({ restartEverySeconds: 30 });
    expect(() => parse(["--restart-every", "1"])).toThrow(/--restart-every must be a whole number from 5/);
    expect(() => parse(["--restart-every", "soon"])).toThrow(UsageError);
  });

  it("refuse bad values with a usage error", () => {
    expect(() => parse(["--processes", "0"])).toThrow(UsageError);
    expect(() => parse(["--processes", "two"])).toThrow(/--processes must be a whole number/);
    expect(() => parse(["--port", "65535", "--processes", "2"])).toThrow(/consecutive ports/);
    expect(() => parse(["--redis-url", "localhost"])).toThrow(/--redis-url/);
    expect(() => parse(["extra"])).toThrow(/too many arguments/);
  });

  it("print help and ask for nothing to run", () => {
    let help = "";
    expect(parseClusterOptions(["--help"], (t) => (help += t), {})).toBeNull();
    expect(help).toContain("--processes <n>");
  });
});
