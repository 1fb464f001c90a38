import { defineConfig } from "vitest/config";

// Colyseus's process IPC breaks under the forks pool, so everything runs in threads.
export default defineConfig({
  test: {
    pool: "threads",
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts"],
          pool: "threads",
          // Property tests and the balance worker pool take seconds on a busy
          // 2-core machine; vitest's 5 s default would make them timing tests.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          pool: "threads",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts its own server processes; two at a time suits 2 cores.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          pool: "threads",
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // A page waits on a server and a software-rendered Phaser on 2 shared cores:
          // expect.poll's 1 s default failed a CI run while the page was merely slow.
          expect: { poll: { timeout: 10_000 } },
          // Each file starts a server and a headless Chromium: one file at a time.
          maxWorkers: 1,
        },
      },
      {
        test: {
          name: "cluster",
          include: ["test/cluster/**/*.test.ts"],
          pool: "threads",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file starts a redis-server and several server processes: one file at a time.
          maxWorkers: 1,
        },
      },
      {
        test: {
          name: "bots",
          include: ["test/bots/**/*.test.ts"],
          pool: "threads",
          testTimeout: 90_000,
          hookTimeout: 60_000,
          // Each file runs a server and many bots in child processes: one file at a time.
          maxWorkers: 1,
        },
      },
    ],
  },
});
