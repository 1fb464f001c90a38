import type { BotsReport } from "./report.ts";

/** Columns padded to their widest cell: labels left, figures right. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const ms = (v: number | null) => (v === null ? "-" : v.toFixed(1));
const int = (v: number) => String(Math.round(v));
const kb = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`;

/** The report as text tables for stdout. */
export function summaryTable(r: BotsReport): string {
  const out: string[] = [];
  const s = r.settings;
  out.push(
    `Octet bots: ${r.bots.joined} of ${r.bots.target} joined in ${r.bots.rooms} room(s), ` +
      `played ${r.playedSeconds.toFixed(1)} s against ${s.url}` +
      (s.latencyMs || s.jitterMs ? ` with ${s.latencyMs} ms +- ${s.jitterMs} ms added each way` : ""),
  );
  if (r.interrupted)
    out.push(
      `INTERRUPTED by ${r.interrupted.signal} after ${r.interrupted.afterSeconds.toFixed(1)} s: figures so far`,
    );
  if (!r.play.ok) out.push(`DID NOT PLAY: ${r.play.problems.join("; ")}`);
  out.push("");
  const a = r.actions;
  const l = r.ackLatencyMs;
  out.push(
    table(
      ["figure", "value"],
      [
        ["bots joined / failed joins", `${r.bots.joined} / ${r.bots.failedJoins}`],
        ["join time p50 / p95 / max (ms)", `${ms(r.joinMs.p50)} / ${ms(r.joinMs.p95)} / ${ms(r.joinMs.max)}`],
        ["input -> ack p50 / p95 / p99 (ms)", `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.p99)}`],
        ["acks timed / max ack (ms)", `${l.count} / ${ms(l.max)}`],
        ["actions sent", int(a.sent)],
        ["  accepted (acked)", int(a.accepted)],
        ["  rejected", int(a.rejected)],
        ["  lost in a socket drop", int(a.lost)],
        ["  unanswered at the end", int(a.unanswered)],
        ["bytes received per bot per second", kb(r.bandwidth.bytesPerBotPerSecond)],
        ["bytes received, all bots", kb(r.bandwidth.bytesReceived)],
        ["prediction corrections / max size", `${r.corrections.count} / ${r.corrections.maxSize.toFixed(2)}`],
        [
          "socket drops / reconnects / seats lost",
          `${r.connection.drops} / ${r.connection.reconnects} / ${r.connection.seatsLost}`,
        ],
        [
          "unexpected leaves / matches ended",
          `${r.connection.unexpectedLeaves} / ${r.connection.matchesEnded}`,
        ],
        ["errors", int(r.errors.count)],
      ],
    ),
  );
  out.push(
    "",
    table(
      ["strategy", "bots", "sent", "accepted", "rejected", "ack p50", "ack p99", "errors"],
      Object.entries(r.strategies).map(([name, st]) => [
        name,
        int(st.bots),
        int(st.sent),
        int(st.accepted),
        int(st.rejected),
        ms(st.ackLatencyMs.p50),
        ms(st.ackLatencyMs.p99),
        int(st.errors),
      ]),
    ),
  );
  const reasons = Object.entries(r.rejectedByReason).sort((x, y) => y[1] - x[1]);
  if (reasons.length > 0) {
    out.push(
      "",
      table(
        ["rejected because", "count"],
        reasons.map(([k, v]) => [k, int(v)]),
      ),
    );
  }
  if (r.errors.messages.length > 0) {
    out.push("", "errors:");
    for (const e of r.errors.messages.slice(0, 20))
      out.push(
        `  ${e.count} x ${e.message} (${e.bots.slice(0, 3).join(", ")}${e.bots.length > 3 ? ", ..." : ""})`,
      );
  }
  out.push(...roomLines(r), ...serverLines(r));
  if (r.thresholds.length > 0) {
    out.push("", "thresholds:");
    for (const t of r.thresholds)
      out.push(
        t.missing
          ? `  FAILED  ${t.expression} (${t.missing})`
          : `  ${t.crossed ? "CROSSED" : "ok     "} ${t.expression} (value ${num(t.value)})`,
      );
  }
  if (r.baseline) {
    out.push("", `against the baseline ${r.baseline.file}:`);
    out.push(
      table(
        ["metric", "baseline", "now", "margin", "limit", "verdict"],
        r.baseline.checks.map((c) => [
          c.metric,
          num(c.baseline),
          num(c.value),
          c.margin,
          num(c.limit),
          c.missing ? `FAILED (${c.missing})` : c.regressed ? "REGRESSED" : "ok",
        ]),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}

const num = (v: number | null) => (v === null ? "-" : String(+v.toFixed(2)));

/** One line per room: its match's outcome and winner. */
function roomLines(r: BotsReport): string[] {
  if (r.rooms.length === 0) return [];
  return [
    "",
    table(
      ["room", "bots", "sent", "accepted", "errors", "played s", "match"],
      r.rooms.map((room) => [
        room.roomId,
        int(room.bots.length),
        int(room.actions.sent),
        int(room.actions.accepted),
        int(room.errors),
        room.playingSeconds.toFixed(1),
        room.end
          ? `ended (${room.end.reason}), won by ${room.end.ranking[0]?.name ?? "-"}`
          : room.started
            ? "playing"
            : "never started",
      ]),
    ),
  ];
}

/** The soak's server samples: first, last, and the worst tick. */
function serverLines(r: BotsReport): string[] {
  if (!r.server) return [];
  const s = r.server.samples;
  const out = ["", `server /metrics: ${s.length} samples${r.server.error ? ` (${r.server.error})` : ""}`];
  if (s.length === 0) return out;
  const first = s[0]!;
  const last = s.at(-1)!;
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const ticks = s.map((x) => x.tickP99Ms).filter((x): x is number => x !== null);
  out.push(
    `  RSS ${mb(first.rssBytes)} -> ${mb(last.rssBytes)} MB, tick p99 worst ${ticks.length ? Math.max(...ticks).toFixed(2) : "-"} ms, ` +
      `rooms ${first.rooms} -> ${last.rooms}, clients ${first.clients} -> ${last.clients}`,
  );
  return out;
}
