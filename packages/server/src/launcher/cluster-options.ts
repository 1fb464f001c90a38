import { numberOption, parseCommandLine, UsageError } from "@octet/shared/cli";
import { Command, InvalidArgumentError, Option } from "commander";
import { redisUrlProblem } from "../config.ts";

/** What `npm run cluster` was asked for. */
export interface LocalClusterOptions {
  processes: number;
  /** the first process's port; the others follow it */
  port: number;
  /** the interface the processes listen on */
  host: string;
  /** the host name players use to reach the processes (their PUBLIC_ADDRESS is host:port) */
  publicHost: string;
  /** an existing Redis; undefined = start a redis-server for the cluster */
  redisUrl: string | undefined;
  /** a rolling restart: every this many seconds one process (in turn) is stopped and started again */
  restartEverySeconds: number | undefined;
}

function redisUrl(value: string): string {
  const problem = redisUrlProblem(value);
  if (problem) throw new InvalidArgumentError(`--redis-url ${problem}.`);
  return value;
}

/** The `npm run cluster` command line. */
export function clusterProgram(env: NodeJS.ProcessEnv = process.env): Command {
  return new Command("cluster")
    .usage("[options]   (npm run cluster -- [options])")
    .description(
      "Runs several Octet server processes on this machine, sharing matchmaking and\n" +
        "reconnection through Redis: a redis-server of its own (nothing saved) unless\n" +
        "--redis-url (or REDIS_URL) names one. Ctrl-C stops them all.",
    )
    .addOption(numberOption("--processes <n>", "server processes to start", { default: 3, min: 1, max: 64 }))
    .addOption(
      numberOption("--port <n>", "port of the first process; the others take the next ones", {
        default: env.PORT && /^\d+$/.test(env.PORT) ? Number(env.PORT) : 2567,
        min: 1,
        max: 65535,
      }),
    )
    .addOption(
      new Option("--host <host>", "interface the processes listen on").default(env.HOST || "0.0.0.0"),
    )
    .addOption(
      new Option(
        "--public-host <host>",
        "host name players reach the processes by (each one's is host:port)",
      ).default("localhost"),
    )
    .addOption(
      new Option("--redis-url <url>", "use this Redis instead of starting one")
        .default(env.REDIS_URL || undefined)
        .argParser(redisUrl),
    )
    .addOption(
      numberOption(
        "--restart-every <s>",
        "rolling restart: every s seconds, SIGTERM one process (in turn) and start it again",
        { min: 5, max: 86_400 },
      ),
    )
    .helpOption("-h, --help", "show this help")
    .addHelpText(
      "after",
      `
Examples:
  npm run cluster -- --processes 3                 # ports 2567, 2568, 2569 and a redis-server
  npm run cluster -- --processes 2 --port 3000 --redis-url redis://127.0.0.1:6379
  npm run cluster -- --processes 3 --restart-every 30  # a deploy every 30 s: matches move, none is lost`,
    );
}

/**
 * Parses the cluster's command line. Returns null when help was asked for
 * (and printed); throws UsageError for anything invalid.
 */
export function parseClusterOptions(
  argv: readonly string[],
  out: (text: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): LocalClusterOptions | null {
  const o = parseCommandLine<{
    processes: number;
    port: number;
    host: string;
    publicHost: string;
    redisUrl?: string;
    restartEvery?: number;
  }>(clusterProgram(env), argv, out);
  if (!o) return null;
  if (o.port + o.processes - 1 > 65535)
    throw new UsageError(`--port ${o.port} leaves no room for ${o.processes} consecutive ports`);
  return {
    processes: o.processes,
    port: o.port,
    host: o.host,
    publicHost: o.publicHost,
    redisUrl: o.redisUrl,
    restartEverySeconds: o.restartEvery,
  };
}
