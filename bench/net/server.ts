// A bench-only server process: one of the three wire formats, plus byte and CPU counters.
import { WebSocket } from "ws";
import { createServer } from "../../packages/server/src/app.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import type { MatchRoom } from "../../packages/server/src/rooms/MatchRoom.ts";
import { FloorRoom, JsonRoom, PlainSchemaRoom, totals } from "./wire-rooms.ts";

const rooms: Record<string, typeof MatchRoom> = { json: JsonRoom, schema: PlainSchemaRoom, octet: FloorRoom };
const mode = process.env.BENCH_MODE ?? "octet";
const room = rooms[mode];
if (!room) throw new Error(`BENCH_MODE must be one of ${Object.keys(rooms).join(", ")}`);

// Count every byte the server writes to its WebSockets (the payload, as sent).
const counters = { bytes: 0, frames: 0 };
const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
  counters.frames++;
  counters.bytes += typeof data === "string" ? Buffer.byteLength(data) : (data as ArrayBufferView).byteLength;
  return (send as (...a: unknown[]) => void).call(this, data, ...rest);
} as typeof send;

let mark = {
  cpu: process.cpuUsage(),
  elu: performance.eventLoopUtilization(),
  at: performance.now(),
  bytes: 0,
  frames: 0,
  ticks: 0,
  floorBits: 0,
  floorMs: 0,
};
const reset = () => {
  mark = {
    cpu: process.cpuUsage(),
    elu: performance.eventLoopUtilization(),
    at: performance.now(),
    ...counters,
    ...totals,
  };
};

const config = loadConfig(process.env, "");
const server = createServer(config, {
  room,
  routes: (app) => {
    app.post("/bench/reset", (_req, res) => {
      reset();
      res.json({ ok: true });
    });
    app.get("/bench/stats", (_req, res) => {
      const cpu = process.cpuUsage(mark.cpu);
      res.json({
        mode,
        seconds: (performance.now() - mark.at) / 1000,
        cpuMs: (cpu.user + cpu.system) / 1000 - (totals.floorMs - mark.floorMs),
        cpuUserMs: cpu.user / 1000,
        cpuSystemMs: cpu.system / 1000,
        // Main-thread busy time: the part of the CPU that delays ticks.
        eventLoopActiveMs: performance.eventLoopUtilization(mark.elu).active,
        bytes: counters.bytes - mark.bytes,
        frames: counters.frames - mark.frames,
        ticks: totals.ticks - mark.ticks,
        floorBits: totals.floorBits - mark.floorBits,
        floorMs: totals.floorMs - mark.floorMs,
      });
    });
  },
});
await server.listen(config.port, config.host);
console.log(`octet: listening on http://localhost:${config.port} (bench mode ${mode})`);
