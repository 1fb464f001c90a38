// npm run bench:abuse -- [--messages N] [--cycles N] [--out file.json]
// The acceptance figures of issue 12 (safe on the open internet), each measured
// against a real server process over real sockets, printed as a table.
import { parseArgs } from "node:util";
import { startServer } from "../../test/support/server-process.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";
import {
  FLOOD_KINDS,
  floodOf,
  hiddenAttack,
  hostileCorpus,
  httpDoors,
  joinLeaveCycles,
  slowReader,
} from "./scenarios.ts";

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "100000" },
    cycles: { type: "string", default: "1500" },
    out: { type: "string" },
  },
});
const messages = Number(values.messages);
const cycles = Number(values.cycles);

const server = await startServer({
  rules: { players: { minToStart: 2, lobbyWaitSeconds: 0, startGold: 500 } },
  // The bench poses as remote clients behind a trusted proxy; loopback itself stays exempt.
  env: { TRUST_PROXY: "127.0.0.1" },
});
try {
  progress(`hostile corpus: ${messages} messages, 5 honest players`);
  const corpus = await hostileCorpus(server, messages);
  progress("floods of each frame type");
  const floods = [];
  for (const [kind, frame] of FLOOD_KINDS) floods.push(await floodOf(server, kind, frame));
  progress("slow reader among 7 players");
  const slow = await slowReader(server);
  progress("HTTP doors");
  const http = await httpDoors(server);
  progress("attack on a hidden id");
  const fog = await hiddenAttack(server);
  progress(`${cycles} join/leave cycles`);
  const cyc = await joinLeaveCycles(server, cycles);
  const alive = (await fetch(`${server.httpUrl}/healthz`)).ok;

  const rows: Array<Array<string | number>> = [
    ["hostile messages sent (3 reconnecting clients, crafted '*' included)", corpus.sent, ">= 100,000"],
    ["  hostile joins / cuts", `${corpus.hostileJoins} / ${corpus.hostileCuts}`, ""],
    [
      "  process exits / honest players dropped",
      `${alive ? 0 : 1} / ${corpus.honestStillConnected ? 0 : "some"}`,
      "0 / 0",
    ],
    ["  slowest honest player's patches/s", fmt(corpus.minHonestPatchesPerSecond), ">= 9"],
    ...floods.map((f) => [
      `flood 5,000/s of ${f.kind}: cut / seat freed with close ignored (ms)`,
      `${fmt(f.cutMs, 0)} / ${fmt(f.seatReleasedMs, 0)} (TCP gone ${fmt(f.tcpGoneAfterCutMs, 0)} after cut)`,
      "cut <= 1000, TCP <= 1000 after",
    ]),
    ["slow reader dropped after (ms)", fmt(slow.droppedMs, 0), "<= 10,000"],
    [
      "  server RSS before / peak / after (MB)",
      `${fmt(slow.rssBeforeMb)} / ${fmt(slow.rssPeakMb)} / ${fmt(slow.rssAfterMb)}`,
      "within 5 MB",
    ],
    [
      "64 MB body: status, answer (ms), RSS after (MB)",
      `${http.bigBodyStatus}, ${fmt(http.bigBodyAnswerMs, 0)}, ${fmt(http.rssAfterBigBodyMb)}`,
      "413 at once",
    ],
    ["2,000 quick matches from one address: statuses", JSON.stringify(http.matchmakeStatuses), "mostly 429"],
    ["  rooms before / after", `${http.roomsBefore} / ${http.roomsAfter}`, "small bound"],
    [
      "  honest quick match in the middle of it: status, ms",
      `${http.honestStatus}, ${fmt(http.honestQuickMatchMs, 0)}`,
      "200, < 1000",
    ],
    ["foreign Origin: status", http.foreignOriginStatus, "403"],
    ["attack on a hidden id", fog.hidden, "= missing id"],
    ["attack on a missing id", fog.missing, ""],
    [`${cyc.cycles} join/leave cycles: player list after`, cyc.playerListAfter, "bounded (<= 2 x 8)"],
    [
      "  newcomer's first state, start / end (bytes)",
      `${cyc.firstStateBytesStart} / ${cyc.firstStateBytesEnd}`,
      "bounded",
    ],
  ];
  console.log(markdownTable(["figure", "measured", "acceptance"], rows));
  const file = writeResult(
    "abuse",
    { corpus, floods, slow, http, fog, cycles: cyc, serverAlive: alive },
    values.out,
  );
  console.log(`\nJSON: ${file}`);
} finally {
  await server.stop();
}
