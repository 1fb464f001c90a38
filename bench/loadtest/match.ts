// A script for the official Colyseus load-test tool (@colyseus/loadtest):
//   node bench/loadtest/match.ts --room match --numClients 16 --endpoint ws://localhost:2567
// Each client joins through the tool's own SDK calls (so the tool counts it),
// then plays as an Octet bot: MatchConnection decodes the state with Octet's
// schema and a wanderer walks its commander. Quit with q or Ctrl-C.
import { cli, type Options } from "@colyseus/loadtest";
import { MatchState } from "@octet/shared/state";
import { HeadlessBot } from "../../packages/client/src/bots/headless-bot.ts";
import { LatencyHistogram } from "../../packages/client/src/bots/latency-histogram.ts";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";

const latency = new LatencyHistogram();

cli(async (options: Options) => {
  const bot = new HeadlessBot({
    name: `loadtest-${options.clientId + 1}`,
    strategy: "wanderer",
    seed: options.clientId + 1,
    link: { latencyMs: 0, jitterMs: 0 },
    latency,
    join: async (name) => {
      const client = await authorizedClient(options.endpoint, name);
      const room = options.roomId
        ? await client.joinById(options.roomId, { name }, MatchState)
        : await client.joinOrCreate(options.roomName, { name }, MatchState);
      return MatchConnection.attach(client, room);
    },
  });
  if (!(await bot.start())) throw new Error(bot.record().errors[0] ?? "join failed");
  console.log(`${bot.name} joined ${bot.conn?.room.roomId}`);
});
