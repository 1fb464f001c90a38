import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import { REPO_ROOT } from "../support/server-process.ts";
import { startCli } from "./support/run-cli.ts";
import { serverForFile } from "./support/server-fixture.ts";

// The script for the official Colyseus load-test tool, as CI runs it: piped
// (so a plain log, not the tool's screen), stopping by itself, and its exit
// code saying whether every client connected and no bot saw an error.

const SCRIPT = join(REPO_ROOT, "bench/loadtest/match.ts");
const server = serverForFile();

describe("bench/loadtest/match.ts", () => {
  it("plays for --duration with a plain log off a terminal and exits 0 when all went well", async () => {
    const run = await startCli(SCRIPT, [
      "--room",
      "match",
      "--numClients",
      "4",
      "--endpoint",
      server().url,
      "--duration",
      "6",
    ]).done;
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("\x1b"); // no terminal control codes in a log
    for (let i = 1; i <= 4; i++)
      expect(run.stdout).toMatch(new RegExp(`^loadtest-${i} joined [\\w-]+$`, "m"));
    expect(run.stdout).toMatch(/^\[ +5 s\] 4\/4 connected, 0 failed, 0 errors$/m);
    expect(run.stdout).toMatch(
      /^loadtest: 4 of 4 clients joined, 0 failed to connect, 0 errors, \d+ actions acknowledged/m,
    );
  });

  it("exits 1 when clients cannot connect, saying why", async () => {
    const port = await freePort();
    const run = await startCli(SCRIPT, [
      ...["--room", "match", "--numClients", "2", "--endpoint", `ws://127.0.0.1:${port}`, "--duration", "1"],
    ]).done;
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^loadtest: loadtest-1: join failed: .*ECONNREFUSED/m);
    expect(run.stdout).toMatch(/^loadtest: 0 of 2 clients joined, 2 failed to connect/m);
  });

  it("refuses bad options with exit 2", async () => {
    const run = await startCli(SCRIPT, ["--room", "match", "--numClients", "many"]).done;
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--numClients must be a whole number");
  });
});
