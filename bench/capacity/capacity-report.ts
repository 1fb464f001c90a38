import { cpus } from "node:os";
import { fmt, markdownTable } from "../support/report.ts";
import type { Step } from "./measure-step.ts";

/** One server's run of the bench, with its match record in one mode. */
export interface ModeRun {
  mode: string;
  steps: Step[];
  stopReason: string;
}

/** The steps of one run as a table, and why it stopped. */
export function modeReport(run: ModeRun): string {
  const rows = run.steps.map((s) => [
    s.rooms,
    s.clients,
    fmt(s.serverCpuMsPerRoomSecond, 2),
    fmt(s.serverCpuPercentOfCore),
    fmt(s.tickP50Ms, 2),
    fmt(s.tickP99Ms, 2),
    fmt(s.tickStartDelayP99Ms, 2),
    fmt(s.rssKbPerClient),
    fmt(s.bytesPerClientSecond / 1024, 2),
    s.generators
      .map((g) => `${fmt(g.cpuPercentOfCore)}% / ${fmt(100 * g.eventLoopUtilization)}% / ${fmt(g.lagP99Ms)}`)
      .join(", "),
    fmt(s.machineCpuPercent),
  ]);
  const table = markdownTable(
    [
      "rooms",
      "clients",
      "server CPU ms per room-s",
      "server CPU % of a core",
      "tick p50 ms",
      "tick p99 ms",
      "tick start delay p99 ms",
      "RSS KB per client",
      "KB per client per s",
      "load generator CPU % / ELU % / lag p99 ms",
      `machine CPU % (${cpus().length} cores)`,
    ],
    rows,
  );
  const last = run.steps.at(-1);
  return (
    `Match record: ${run.mode}\n\n${table}\n\nStopped: ${run.stopReason}\n` +
    (last ? `Largest step measured: ${last.rooms} rooms, ${last.clients} clients.\n` : "")
  );
}

/** Server CPU per room-second and tick p99 at each room count, one column per mode, with the change from the first. */
export function comparison(runs: ModeRun[]): string {
  const base = runs[0]!;
  const counts = [...new Set(runs.flatMap((r) => r.steps.map((s) => s.rooms)))].sort((a, b) => a - b);
  const at = (run: ModeRun, rooms: number) => run.steps.find((s) => s.rooms === rooms);
  const rows = counts.map((rooms) => {
    const b = at(base, rooms)?.serverCpuMsPerRoomSecond;
    return [
      rooms,
      ...runs.map((run) => {
        const step = at(run, rooms);
        if (!step) return "-";
        const cpu = step.serverCpuMsPerRoomSecond;
        const change =
          run === base || b === undefined ? "" : ` (${cpu >= b ? "+" : ""}${fmt((100 * (cpu - b)) / b)}%)`;
        return `${fmt(cpu, 2)}${change} / ${fmt(step.tickP99Ms, 2)}`;
      }),
    ];
  });
  const headers = ["rooms", ...runs.map((r) => `record ${r.mode}: CPU ms per room-s / tick p99 ms`)];
  return `Side by side (change against record ${base.mode}):\n\n${markdownTable(headers, rows)}\n`;
}
