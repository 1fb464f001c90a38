import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BotsReport } from "../../packages/client/src/bots/report.ts";
import { freePort } from "../../packages/server/src/child-process/free-port.ts";
import { startServer } from "../support/server-process.ts";
import { BOTS_MAIN, botsRun, runBotsCli, startCli } from "./support/run-cli.ts";
import { serverForFile } from "./support/server-fixture.ts";

// The bots as a CI gate: a run that did not play fails, bad options fail
// before any bot joins, a stopped run still reports, errors say what happened.

const server = serverForFile();

const tmp = () => mkdtempSync(join(tmpdir(), "octet-bots-gate-"));
const readReport = (dir: string) => JSON.parse(readFileSync(join(dir, "report.json"), "utf8")) as BotsReport;

/** A plain HTTP server that answers /healthz and writes down every request it gets. */
async function countingServer(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const http: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(req.url === "/healthz" ? 200 : 404, { "content-type": "application/json" });
    res.end("{}");
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  const port = (http.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}

describe("no pass without play", () => {
  it("a room that never leaves its lobby fails with exit 3 and says why; a latency threshold fails, not n/a", async () => {
    const dir = tmp();
    const run = await runBotsCli([
      ...botsRun(server().url, 1, 3, "--bots-per-room", "4", "--private"),
      ...["--fail-on", "p99-latency>300", "--report", dir, "--junit", join(dir, "junit.xml")],
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("bots: the bots did not play: no match started in");
    expect(run.stderr).toContain("(4 of 8 seats taken;");
    expect(run.stderr).toContain(
      "bots: threshold failed: p99-latency>300: not checked: the bots did not play",
    );
    expect(run.stdout).not.toMatch(/ok +p99-latency/);
    const r = readReport(dir);
    expect(r.play.ok).toBe(false);
    expect(r.actions.accepted).toBe(0);
    expect(r.thresholds).toEqual([
      {
        expression: "p99-latency>300",
        metric: "p99-latency",
        value: null,
        crossed: false,
        missing: "not checked: the bots did not play",
      },
    ]);
    expect(r.rooms).toHaveLength(1);
    expect(r.rooms[0]).toMatchObject({ started: false, end: null, lobby: { players: 4, seats: 8 } });
    const junit = readFileSync(join(dir, "junit.xml"), "utf8");
    expect(junit).toMatch(/<testcase classname="octet-bots.run" name="bots played" time="0">\s*<failure/);
  });

  it("bots that cannot join fail with exit 3 and the cause of the first failure", async () => {
    // The server answers HTTP but its matchmaking is not there: every join fails with a status.
    const fake = await countingServer();
    try {
      const run = await runBotsCli([
        "--url",
        fake.url,
        "--rooms",
        "1",
        "--bots-per-room",
        "2",
        "--duration",
        "1",
      ]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(
        /bots: the bots did not play: only 0 of 2 bots joined \(join failed: HTTP 404/,
      );
      expect(run.stderr).not.toContain("undefined");
    } finally {
      await fake.close();
    }
  });
});

describe("options checked before anything runs", () => {
  it("a --report that is a file, a folder that cannot be made and a bad baseline: exit 2, one line each, one HTTP request", async () => {
    const fake = await countingServer();
    try {
      const dir = tmp();
      const file = join(dir, "taken");
      writeFileSync(file, "x");
      const run = await runBotsCli(
        [
          "--url",
          fake.url,
          "--report",
          file,
          "--junit",
          join(file, "sub", "junit.xml"),
          "--baseline",
          join(dir, "none.json"),
        ],
        20_000,
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trimEnd().split("\n")).toEqual([
        `bots: --report ${file}: exists and is not a folder`,
        `bots: --junit ${join(file, "sub", "junit.xml")}: its folder ${join(file, "sub")}: cannot create the folder: part of its path is a file (ENOTDIR)`,
        `bots: --baseline ${join(dir, "none.json")}: no such file`,
      ]);
      // Nothing joined: the only request the server got was the reachability check.
      expect(fake.requests).toEqual(["GET /healthz"]);
    } finally {
      await fake.close();
    }
  });

  it("an unreachable server: exit 2 naming the URL and the cause", async () => {
    const port = await freePort();
    const run = await runBotsCli(["--url", `ws://127.0.0.1:${port}`], 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `bots: --url ws://127.0.0.1:${port}: the server is not reachable (GET http://127.0.0.1:${port}/healthz: fetch failed: connect ECONNREFUSED`,
    );
    expect(run.stdout).toBe("");
  });

  it("a --margin without --baseline is a usage error", async () => {
    const run = await runBotsCli(["--margin", "p99-latency=10%"], 20_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--margin needs --baseline");
  });
});

describe("a report whatever happens", () => {
  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)("%s while playing: summary, a report marked interrupted, exit %i", async (signal, code) => {
    const dir = tmp();
    const cli = startCli(BOTS_MAIN, [
      "--url",
      server().url,
      "--rooms",
      "1",
      "--duration",
      "60",
      "--report",
      dir,
    ]);
    await cli.waitFor("playing:");
    await new Promise((r) => setTimeout(r, 4000));
    cli.child.kill(signal);
    const run = await cli.done;
    expect(run.code).toBe(code);
    expect(run.stdout).toContain(`INTERRUPTED by ${signal} after`);
    expect(run.stderr).toContain(`bots: interrupted by ${signal} after`);
    const r = readReport(dir);
    expect(r.interrupted?.signal).toBe(signal);
    expect(r.interrupted!.afterSeconds).toBeLessThan(60);
    expect(r.bots.joined).toBe(8);
    expect(r.actions.accepted).toBeGreaterThan(0);
    expect(r.actions.unanswered).toBe(0);
  });

  it("a server that dies mid-run: every error names its cause, never undefined", async () => {
    const doomed = await startServer();
    const dir = tmp();
    const cli = startCli(BOTS_MAIN, [
      ...["--url", doomed.url, "--rooms", "1", "--duration", "10", "--strategy", "wanderer"],
      ...["--report", dir, "--fail-on", "errors>0"],
    ]);
    await cli.waitFor("playing:");
    await new Promise((r) => setTimeout(r, 2000));
    await doomed.kill("SIGKILL");
    const run = await cli.done;
    expect(run.code).toBe(1);
    const r = readReport(dir);
    expect(r.errors.count).toBeGreaterThan(0);
    for (const e of r.errors.messages) {
      expect(e.message).not.toMatch(/undefined|: $/);
      expect(e.message).toMatch(/close \d+ [A-Z_]+|ECONNREFUSED|HTTP \d+/);
    }
  });
});
