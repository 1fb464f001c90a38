// A bench-only server process: one of the three wire formats (or the real room
// with meters, "probe"), plus byte and CPU counters.
import { loadavg } from "node:os";
import { createServer } from "../../packages/server/src/app.ts";
import { setUpCluster } from "../../packages/server/src/cluster/cluster.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import { openRecordStore } from "../../packages/server/src/replays/open-store.ts";
import type { MatchRoom } from "../../packages/server/src/rooms/MatchRoom.ts";
import { clientBytes, meters, ProbeRoom } from "./probe-room.ts";
import { socketTotals } from "./socket-bytes.ts";
import { FloorRoom, JsonRoom, PlainSchemaRoom, totals } from "./wire-rooms.ts";

const rooms: Record<string, typeof MatchRoom> = {
  json: JsonRoom,
  schema: PlainSchemaRoom,
  octet: FloorRoom,
  probe: ProbeRoom,
};
const mode = process.env.BENCH_MODE ?? "octet";
const room = rooms[mode];
if (!room) throw new Error(`BENCH_MODE must be one of ${Object.keys(rooms).join(", ")}`);

const snapshot = () => ({
  cpu: process.cpuUsage(),
  thread: process.threadCpuUsage(),
  elu: performance.eventLoopUtilization(),
  at: performance.now(),
  ...socketTotals,
  ...totals,
  ...meters,
  clients: new Map(clientBytes().map((c) => [c.sessionId, c.bytes])),
});
let mark = snapshot();

const config = loadConfig(process.env, "");
// The probe runs the real recording path (files under REPLAY_DIR, or Redis);
// the wire-format modes keep records in memory as before, so their figures stay comparable.
const records = mode === "probe" ? openRecordStore(config) : null;
// The matchmaking the real server runs (main.ts): quick-match lock, spectators' join by id.
const cluster = await setUpCluster(config);
const server = createServer(config, {
  room,
  records,
  cluster,
  routes: (app) => {
    app.post("/bench/reset", (_req, res) => {
      mark = snapshot();
      res.json({ ok: true });
    });
    app.get("/bench/stats", (_req, res) => {
      const cpu = process.cpuUsage(mark.cpu);
      const thread = process.threadCpuUsage(mark.thread);
      res.json({
        mode,
        seconds: (performance.now() - mark.at) / 1000,
        cpuMs: (cpu.user + cpu.system) / 1000 - (totals.floorMs - mark.floorMs),
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        // The main thread alone (no GC helpers, no file-system thread pool).
        threadCpuMs: (thread.user + thread.system) / 1000,
        // Main-thread busy time: the part of the CPU that delays ticks.
        eventLoopActiveMs: performance.eventLoopUtilization(mark.elu).active,
        bytes: socketTotals.bytes - mark.bytes,
        frames: socketTotals.frames - mark.frames,
        ticks: totals.ticks - mark.ticks,
        floorBits: totals.floorBits - mark.floorBits,
        floorMs: totals.floorMs - mark.floorMs,
        recorderCpuMs: (meters.recorderUs - mark.recorderUs) / 1000,
        feedCpuMs: (meters.feedUs - mark.feedUs) / 1000,
        tickCpuMs: (meters.tickUs - mark.tickUs) / 1000,
        recordedTicks: meters.recordedTicks - mark.recordedTicks,
        loadAverage: loadavg(),
        // Clients connected at both ends of the window, and what each was sent in it.
        clients: clientBytes()
          .filter((c) => mark.clients.has(c.sessionId))
          .map((c) => ({ ...c, bytes: c.bytes - mark.clients.get(c.sessionId)! })),
      });
    });
  },
});
await server.listen(config.port, config.host);
cluster.start();
console.log(`octet: listening on http://localhost:${config.port} (bench mode ${mode})`);
