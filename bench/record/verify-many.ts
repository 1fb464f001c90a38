// npm run bench:record:verify -- [--rooms N] [--seconds S] [--matches M] [--out FILE]
// Records of many full bot matches re-simulated in Node and in Chromium: a
// server with short matches, rooms of 8 bots that play one match after
// another, then every ended record is verified (every stored hash) by the
// shared sim here and by the same code in a Chromium page.
import { readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { launchBrowser } from "../../test/browser/support/browser.ts";
import { fetchRecord, listRecords } from "../../test/support/records.ts";
import { startServer } from "../../test/support/server-process.ts";
import { Generator } from "../capacity/generator-process.ts";
import { benchArgs } from "../support/options.ts";
import { fmt, markdownTable, progress, writeResult } from "../support/report.ts";

const HELP = "Usage: npm run bench:record:verify -- [--rooms N] [--seconds S] [--matches M] [--out FILE]\n";
const values = benchArgs(HELP, { rooms: "8", seconds: "180", matches: "50" }) ?? process.exit(0);
const want = Number(values.matches);
const server = await startServer({
  rules: { players: { lobbyWaitSeconds: 0 }, match: { durationSeconds: 10, endGraceSeconds: 1 } },
});
const gen = new Generator(server.url, 0);
const ended = async () =>
  (await listRecords(server.httpUrl)).filter((m) => m.endReason === "time" || m.endReason === "score");
try {
  progress(
    `${values.rooms} rooms of 8 bots, 10-second matches, until ${want} matches ended (at most ${values.seconds} s)`,
  );
  await gen.ask({ type: "add", rooms: Number(values.rooms) });
  const deadline = Date.now() + Number(values.seconds) * 1000;
  while ((await ended()).length < want && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 2000));
} finally {
  await gen.stop();
}
const metas = await ended();
progress(`${metas.length} matches ended; verifying each in Node`);
const node: Array<{ id: string; ok: boolean; ticks: number; hashes: number; mismatch: number | null }> = [];
const t0 = performance.now();
for (const m of metas) {
  const r = verifyRecord(readRecord(await fetchRecord(server.httpUrl, m.matchId)));
  node.push({
    id: m.matchId,
    ok: r.ok,
    ticks: r.ticks,
    hashes: r.hashesChecked,
    mismatch: r.mismatch?.tick ?? null,
  });
}
const nodeMs = performance.now() - t0;
progress("and in Chromium (the replay page's shared sim)");
const browser = await launchBrowser();
let chromium: Array<{ url: string; ok: boolean; ticks: number; hashesChecked: number }> = [];
let chromiumMs = 0;
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.httpUrl}/replay/${metas[0]!.matchId}?debug=1`);
  await page.waitForFunction("window.__octetReplay !== undefined", undefined, { timeout: 60_000 });
  const urls = metas.map((m) => `/replays/${m.matchId}`);
  const c0 = performance.now();
  chromium = (await page.evaluate(`window.__octetReplay.verify(${JSON.stringify(urls)})`)) as typeof chromium;
  chromiumMs = performance.now() - c0;
} finally {
  await browser.close();
  await server.stop();
}
const ticks = node.reduce((s, r) => s + r.ticks, 0);
const agree = node.filter(
  (r, i) => chromium[i]?.ticks === r.ticks && chromium[i]?.hashesChecked === r.hashes,
).length;
const rows = [
  [
    "Node",
    metas.length,
    node.filter((r) => r.ok).length,
    node.filter((r) => !r.ok).length,
    ticks,
    node.reduce((s, r) => s + r.hashes, 0),
    fmt(nodeMs, 0),
  ],
  [
    "Chromium",
    chromium.length,
    chromium.filter((r) => r.ok).length,
    chromium.filter((r) => !r.ok).length,
    chromium.reduce((s, r) => s + r.ticks, 0),
    chromium.reduce((s, r) => s + r.hashesChecked, 0),
    fmt(chromiumMs, 0),
  ],
];
console.log(`\n${metas.length} recorded bot matches (8 players, 10 s each), verified\n`);
console.log(
  markdownTable(
    ["engine", "records", "verified", "mismatches", "ticks", "hashes checked", "ms (incl. fetch)"],
    rows,
  ),
);
console.log(`\nNode and Chromium agree on ticks and hashes for ${agree} of ${metas.length} records`);
console.log(`wrote ${writeResult("record-verify", { node, chromium, nodeMs, chromiumMs }, values.out)}`);
if (agree !== metas.length || node.some((r) => !r.ok) || chromium.some((r) => !r.ok)) process.exitCode = 1;
