import { parseArgs } from "node:util";
import { MatchConnection } from "../net/connection.ts";
import { Bot } from "./bot.ts";

const HELP = `Usage: npm run bots -- [options]

Joins playing bots to an Octet server (quick match: they fill rooms of 8).

  --url <ws-url>      server address (default ws://localhost:2567)
  --bots <n>          how many bots (default 8)
  --duration <s>      seconds to play before leaving (default 60)
  --seed <n>          random seed for the bots' choices (default 1)
  --help              this text

Example: npm run bots -- --bots 16 --duration 30
`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "ws://localhost:2567" },
      bots: { type: "string", default: "8" },
      duration: { type: "string", default: "60" },
      seed: { type: "string", default: "1" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const count = Number(values.bots);
  const duration = Number(values.duration);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1 || count > 512)
    throw new Error("--bots must be a whole number from 1 to 512");
  if (!(duration > 0)) throw new Error("--duration must be a positive number of seconds");
  const bots: Array<{ bot: Bot; conn: MatchConnection }> = [];
  for (let i = 0; i < count; i++) {
    const conn = await MatchConnection.join({ url: values.url, name: `bot-${i + 1}` });
    const bot = new Bot(conn, seed * 1000 + i);
    bot.start();
    bots.push({ bot, conn });
    console.log(`bot-${i + 1} joined room ${conn.room.roomId} as ${conn.playerId}`);
  }
  await new Promise((r) => setTimeout(r, duration * 1000));
  let sent = 0;
  let accepted = 0;
  let rejected = 0;
  for (const { bot, conn } of bots) {
    bot.stop();
    sent += conn.counters.sent;
    accepted += conn.counters.accepted;
    rejected += conn.counters.rejected;
    await conn.leave();
  }
  console.log(`${count} bots: ${sent} actions sent, ${accepted} accepted, ${rejected} rejected`);
}

main().catch((err) => {
  console.error(`bots: ${(err as Error).message}`);
  process.exit(1);
});
