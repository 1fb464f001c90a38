import { baselineFailed } from "./baseline.ts";
import { thresholdFailed } from "./fail-on.ts";
import type { BotsReport } from "./report.ts";

interface Case {
  classname: string;
  name: string;
  /** null: passed */
  failure: string | null;
}

const esc = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // characters XML 1.0 does not allow at all
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/g, "?");

const num = (v: number | null) => (v === null ? "none" : String(+v.toFixed(2)));

/** The report's verdicts as test cases: the run as a whole, each threshold, each baseline metric, each room. */
function cases(r: BotsReport): Case[] {
  const out: Case[] = [];
  out.push({
    classname: "octet-bots.run",
    name: "bots played",
    failure: r.play.ok ? null : r.play.problems.join("; "),
  });
  if (r.interrupted)
    out.push({
      classname: "octet-bots.run",
      name: "run completed",
      failure: `interrupted by ${r.interrupted.signal} after ${r.interrupted.afterSeconds.toFixed(1)} s`,
    });
  for (const t of r.thresholds)
    out.push({
      classname: "octet-bots.threshold",
      name: t.expression,
      failure: !thresholdFailed(t)
        ? null
        : t.missing
          ? `${t.expression}: ${t.missing}`
          : `${t.expression}: value ${num(t.value)}`,
    });
  for (const c of r.baseline?.checks ?? [])
    out.push({
      classname: "octet-bots.baseline",
      name: `${c.metric} within ${c.margin} of the baseline`,
      failure: !baselineFailed(c)
        ? null
        : c.missing
          ? `${c.metric}: ${c.missing}`
          : `${c.metric} regressed: ${num(c.value)} > ${num(c.limit)} (baseline ${num(c.baseline)} + ${c.margin})`,
    });
  for (const room of r.rooms) {
    const problems: string[] = [];
    if (!room.started) problems.push("its match never started");
    if (room.errors > 0) problems.push(`${room.errors} error(s) seen by its bots`);
    out.push({
      classname: "octet-bots.room",
      name: `room ${room.roomId} (${room.bots.length} bots${room.end ? `, ended: ${room.end.reason}` : ""})`,
      failure: problems.length > 0 ? problems.join("; ") : null,
    });
  }
  return out;
}

/** JUnit XML (the Ant/Surefire shape every CI reads): one suite, one case per verdict. */
export function renderJunit(r: BotsReport): string {
  const list = cases(r);
  const failures = list.filter((c) => c.failure !== null).length;
  const seconds = (Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000;
  const body = list
    .map((c) => {
      const open = `    <testcase classname="${esc(c.classname)}" name="${esc(c.name)}" time="0"`;
      return c.failure === null
        ? `${open}/>`
        : `${open}>\n      <failure message="${esc(c.failure)}">${esc(c.failure)}</failure>\n    </testcase>`;
    })
    .join("\n");
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="octet-bots" tests="${list.length}" failures="${failures}" time="${seconds}">\n` +
    `  <testsuite name="octet-bots ${esc(r.settings.url)}" tests="${list.length}" failures="${failures}" ` +
    `errors="0" skipped="0" time="${seconds}" timestamp="${esc(r.startedAt)}">\n${body}\n  </testsuite>\n</testsuites>\n`
  );
}
