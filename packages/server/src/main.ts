import { fileURLToPath } from "node:url";
import { matchMaker } from "@colyseus/core";
import { RulesError } from "@octet/shared/rules";
import { createServer } from "./app.ts";
import { type Cluster, setUpCluster } from "./cluster/cluster.ts";
import { RedisUnavailableError } from "./cluster/redis-link.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { openRecordStore } from "./replays/open-store.ts";
import { setUpResume } from "./resume/setup.ts";
import { rulesLine } from "./rules-line.ts";

const defaultClientDir = fileURLToPath(new URL("../../client/dist", import.meta.url));

/** Longest a SIGTERM/SIGINT shutdown may take past DRAIN_SECONDS before the process exits anyway (ms). */
const SHUTDOWN_MARGIN_MS = 10_000;

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  let cluster: Cluster;
  try {
    config = loadConfig(process.env, defaultClientDir);
    cluster = await setUpCluster(config);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof RulesError || err instanceof RedisUnavailableError) {
      console.error(`octet: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  // Colyseus fires some Redis writes without awaiting them (stats, listings); while
  // Redis is away they fail. Log them: they must not take the process (and its matches) down.
  process.on("unhandledRejection", (reason) => {
    console.error(`octet: unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`);
  });
  if (config.auth.secretGenerated) {
    console.log(
      "octet: AUTH_SECRET is not set: this process made its own key for guest tokens, so they end with it. " +
        "Set AUTH_SECRET (32+ characters) to keep them across restarts; every process of a cluster needs the same one.",
    );
  }
  const records = openRecordStore(config, cluster.link?.data);
  const resume = records && config.resumeMatches ? await setUpResume(config, records, cluster.link) : null;
  const server = createServer(config, { cluster, records, resume: resume?.service ?? null });
  // Colyseus handles SIGTERM/SIGINT: this process leaves the process list (no new
  // rooms), every room tells its players (close code ServerShutdown), its rooms
  // leave Redis, then it exits.
  server.onBeforeShutdown(() => {
    console.log(
      "octet: shutting down: no new rooms here; matches are handed to another process, " +
        `or go on for at most ${config.drainSeconds} s`,
    );
    cluster.stop();
    const deadlineMs = config.drainSeconds * 1000 + SHUTDOWN_MARGIN_MS;
    setTimeout(() => {
      console.error(`octet: shutdown took over ${deadlineMs / 1000} s; exiting`);
      process.exit(1);
    }, deadlineMs).unref();
  });
  // After the rooms are gone (handed over or ended): the resume link is what hands them over.
  server.onShutdown(async () => {
    await resume?.stop();
  });
  await server.listen(config.port, config.host);
  cluster.start();
  resume?.start();
  if (cluster.mode === "redis") {
    console.log(
      `octet: process ${matchMaker.processId} shares matchmaking through Redis; players reach it at ${cluster.publicAddress}`,
    );
  }
  if (records)
    console.log(`octet: match records go to ${records.kind === "redis" ? "Redis" : config.replays.dir}`);
  console.log(rulesLine(config.rulesFile, config.rules));
  const { criticalHz, ambientHz } = config.rules.ticks;
  // Tests and scripts wait for this exact line.
  console.log(
    `octet: listening on http://localhost:${config.port} (match ticks ${criticalHz} Hz / ${ambientHz} Hz)`,
  );
}

main().catch((err) => {
  console.error("octet: failed to start:", err);
  process.exit(1);
});
