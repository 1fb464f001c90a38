// A script for the official Colyseus load-test tool (@colyseus/loadtest):
//   node bench/loadtest/match.ts --room match --numClients 16 --endpoint ws://localhost:2567 --duration 60
// Each client joins through the SDK calls the tool counts, then plays as an
// Octet bot: MatchConnection decodes the state with Octet's schema and a
// wanderer walks its commander. On a terminal it shows the tool's own screen;
// piped or in CI (or with --plain) it runs the same clients with a plain log.
// It stops after --duration (0: when asked), and exits 1 when a client
// failed to connect or a bot saw an error.
import { cli, type Options } from "@colyseus/loadtest";
import { numberOption, parseCommandLine, runMain } from "@octet/shared/cli";
import { MatchState } from "@octet/shared/state";
import { Command, Option } from "commander";
import { describeError } from "../../packages/client/src/bots/describe-error.ts";
import { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { LatencyHistogram } from "../../packages/client/src/bots/latency-histogram.ts";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";

interface ScriptOptions {
  endpoint: string;
  room?: string;
  roomId?: string;
  numClients: number;
  delay: number;
  duration: number;
  plain?: boolean;
  output?: string;
}

function program(): Command {
  return new Command("loadtest")
    .usage("--room match [options]   (node bench/loadtest/match.ts ...)")
    .description("Octet wanderer bots through the official Colyseus load-test tool.")
    .addOption(new Option("--endpoint <url>", "server address").default("ws://localhost:2567"))
    .addOption(new Option("--room <name>", "room to join or create (Octet's is match)"))
    .addOption(new Option("--roomId <id>", "join this room id instead"))
    .addOption(numberOption("--numClients <n>", "clients to connect", { default: 1, min: 1, max: 5000 }))
    .addOption(
      numberOption("--delay <ms>", "wait between two connections", { default: 0, min: 0, max: 60_000 }),
    )
    .addOption(
      numberOption("--duration <seconds>", "stop after this long (0: run until Ctrl-C)", {
        default: 60,
        min: 0,
        max: 86_400,
        fraction: true,
      }),
    )
    .addOption(
      new Option("--plain", "plain log lines instead of the tool's screen (the default off a terminal)"),
    )
    .addOption(new Option("--output <file>", "the tool's log file (screen mode)"))
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 a client failed to connect or a bot saw an error, 2 invalid options.",
    );
}

const latency = new LatencyHistogram();
const bots: HeadlessBot[] = [];
let failed = 0;

/** One client: what the tool calls per connection. Throws when the join fails, so the tool counts it too. */
async function client(options: Options): Promise<void> {
  const bot = new HeadlessBot({
    name: `loadtest-${options.clientId + 1}`,
    strategy: "wanderer",
    seed: options.clientId + 1,
    link: { latencyMs: 0, jitterMs: 0 },
    latency,
    join: async (name) => {
      const c = await authorizedClient(options.endpoint, name);
      const room = options.roomId
        ? await c.joinById(options.roomId, { name }, MatchState)
        : await c.joinOrCreate(options.roomName, { name }, MatchState);
      return MatchConnection.attach(c, room);
    },
  });
  bots.push(bot);
  if (!(await bot.start())) {
    failed++;
    throw new Error(`${bot.name}: ${bot.record().errors[0] ?? "join failed"}`);
  }
  console.log(`${bot.name} joined ${bot.conn?.room.roomId}`);
}

function totals() {
  const records = bots.map((b) => b.record());
  return {
    joined: records.filter((r) => r.joined).length,
    connected: bots.filter((b) => b.connected).length,
    errors: records.reduce((n, r) => n + r.errorCount, 0),
    accepted: records.reduce((n, r) => n + r.accepted, 0),
    messages: records.flatMap((r) => r.errors),
  };
}

/** The result line, and the exit code it means. */
function verdict(numClients: number): { line: string; code: number } {
  const t = totals();
  const ack = latency.summary();
  const line =
    `loadtest: ${t.joined} of ${numClients} clients joined, ${failed} failed to connect, ${t.errors} errors, ` +
    `${t.accepted} actions acknowledged (ack p50 ${ack.p50?.toFixed(1) ?? "-"} ms, p99 ${ack.p99?.toFixed(1) ?? "-"} ms)`;
  const firstErrors = [...new Set(t.messages)]
    .slice(0, 5)
    .map((m) => `\n  ${m}`)
    .join("");
  return { line: line + firstErrors, code: failed > 0 || t.errors > 0 ? 1 : 0 };
}

async function stopBots(): Promise<void> {
  await Promise.all(bots.map((b) => b.leave()));
}

/** Off a terminal: the clients one after the other, a line per join and every 5 s, a summary at the end. */
async function plain(o: ScriptOptions, toolOptions: Options): Promise<number> {
  const stop = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort(signal));
  const t0 = performance.now();
  const timer = setInterval(() => {
    const t = totals();
    console.log(
      `[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${t.connected}/${o.numClients} connected, ` +
        `${failed} failed, ${t.errors} errors`,
    );
  }, 5000);
  const ended = new Promise<void>((resolve) => {
    stop.signal.addEventListener("abort", () => resolve(), { once: true });
    if (o.duration > 0) setTimeout(() => stop.abort("duration"), o.duration * 1000).unref();
  });
  for (let i = 0; i < o.numClients && !stop.signal.aborted; i++) {
    await client({ ...toolOptions, clientId: i }).catch((err) =>
      console.log(`loadtest: ${describeError(err)}`),
    );
    if (o.delay > 0) await new Promise((r) => setTimeout(r, o.delay));
  }
  await ended;
  clearInterval(timer);
  if (stop.signal.reason !== "duration") console.log(`loadtest: ${stop.signal.reason}: stopping`);
  await stopBots();
  const v = verdict(o.numClients);
  console.log(v.line);
  return v.code;
}

async function main(): Promise<number> {
  const o = parseCommandLine<ScriptOptions>(program(), process.argv.slice(2), (t) => process.stdout.write(t));
  if (!o) return 0;
  if (!o.room && !o.roomId) {
    process.stderr.write("loadtest: give --room match (or --roomId <id>)\n");
    return 2;
  }
  const toolOptions: Options = {
    endpoint: o.endpoint,
    roomName: o.room ?? "",
    roomId: o.roomId ?? "",
    numClients: o.numClients,
    delay: o.delay,
    logLevel: "all",
    reestablishAllDelay: 0,
    retryFailed: 0,
    output: o.output ?? "",
    clientId: 0,
  };
  if (o.plain || !process.stdout.isTTY) return plain(o, toolOptions);

  // The tool's screen: it parses the same command line and exits by itself
  // (q / Ctrl-C, with code 0); the exit code is corrected to ours on the way out.
  process.once("exit", () => {
    if (verdict(o.numClients).code !== 0 && !process.exitCode) process.exitCode = 1;
  });
  cli(client);
  if (o.duration > 0) {
    await new Promise((r) => setTimeout(r, o.duration * 1000));
    await stopBots();
    return verdict(o.numClients).code;
  }
  return new Promise<number>(() => {});
}

runMain("loadtest", "node bench/loadtest/match.ts --help", main);
