import { buckets, byLabel, scrape, value } from "../../../packages/client/src/bots/prom-metrics.ts";

/** What the server counted: actions by result and reason, ticks, clients. */
export interface ServerCounts {
  accepted: number;
  rejectedByReason: Record<string, number>;
  ticks: number;
  clients: number;
}

export async function serverCounts(httpUrl: string): Promise<ServerCounts> {
  const s = await scrape(httpUrl);
  return {
    accepted: byLabel(s, "octet_actions_total", "result").accepted ?? 0,
    rejectedByReason: byLabel(s, "octet_actions_total", "reason", { result: "rejected" }),
    ticks: buckets(s, "octet_tick_duration_seconds").count,
    clients: value(s, "octet_clients"),
  };
}

/** after - before, reason by reason. */
export function diffCounts(before: ServerCounts, after: ServerCounts): ServerCounts {
  const rejectedByReason: Record<string, number> = {};
  for (const [k, v] of Object.entries(after.rejectedByReason)) {
    const d = v - (before.rejectedByReason[k] ?? 0);
    if (d > 0) rejectedByReason[k] = d;
  }
  return {
    accepted: after.accepted - before.accepted,
    rejectedByReason,
    ticks: after.ticks - before.ticks,
    clients: after.clients,
  };
}
