/** prom-client's JSON form of one metric (GET /metrics?format=json). */
interface MetricJson {
  name: string;
  values: Array<{ value: number; labels: Record<string, string | number>; metricName?: string }>;
}

/** What the server counted: actions by result and reason, ticks, clients. */
export interface ServerCounts {
  accepted: number;
  rejectedByReason: Record<string, number>;
  ticks: number;
  clients: number;
}

export async function serverCounts(httpUrl: string): Promise<ServerCounts> {
  const metrics = (await (await fetch(`${httpUrl}/metrics?format=json`)).json()) as MetricJson[];
  const byName = new Map(metrics.map((m) => [m.name, m]));
  const counts: ServerCounts = { accepted: 0, rejectedByReason: {}, ticks: 0, clients: 0 };
  for (const v of byName.get("octet_actions_total")?.values ?? []) {
    if (v.labels.result === "accepted") counts.accepted += v.value;
    else counts.rejectedByReason[String(v.labels.reason)] = v.value;
  }
  counts.ticks =
    byName.get("octet_tick_duration_seconds")?.values.find((v) => v.metricName?.endsWith("_count"))?.value ??
    0;
  counts.clients = byName.get("octet_clients")?.values[0]?.value ?? 0;
  return counts;
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
