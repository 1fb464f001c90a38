// npm run bots -- [options]   (--help lists them)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { runMain } from "@octet/shared/cli";
import { baselineFailed, compareWithBaseline } from "./baseline.ts";
import { describeError } from "./describe-error.ts";
import { checkThresholds, thresholdFailed } from "./fail-on.ts";
import { renderHtmlReport } from "./html-report.ts";
import { renderJunit } from "./junit.ts";
import { type BotsOptions, parseBotsOptions } from "./options.ts";
import { preflight } from "./preflight.ts";
import type { BotsReport } from "./report.ts";
import { runBots } from "./run.ts";
import { summaryTable } from "./summary-table.ts";

/**
 * Exit codes: scripts and CI read them. 2 (invalid options) comes from
 * runMain or the checks before the run; a stop signal exits 128 + its number,
 * as a shell reports a process the signal ended.
 */
const EXIT = { ok: 0, failed: 1, usage: 2, noPlay: 3, SIGINT: 130, SIGTERM: 143 } as const;

const say = (line: string) => process.stderr.write(`bots: ${line}\n`);
const num = (v: number | null) => (v === null ? "none" : String(+v.toFixed(2)));

/**
 * The SDK narrates every reconnection attempt on console.info; the report
 * counts drops and reconnects, so the narration would only break the
 * progress line.
 */
function quietSdk(): void {
  const info = console.info.bind(console);
  console.info = (...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].startsWith("[Colyseus reconnection]")) return;
    info(...args);
  };
}

/** Writes report.json + report.html and the JUnit file; false (said why) when one could not be written. */
function writeOutputs(report: BotsReport, opts: BotsOptions): boolean {
  const files: Array<[string, () => string]> = [];
  if (opts.reportDir) {
    const dir = resolve(opts.reportDir);
    files.push([join(dir, "report.json"), () => `${JSON.stringify(report, null, 2)}\n`]);
    files.push([join(dir, "report.html"), () => renderHtmlReport(report)]);
  }
  if (opts.junitFile) files.push([resolve(opts.junitFile), () => renderJunit(report)]);
  let ok = true;
  for (const [file, render] of files) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, render());
      process.stdout.write(`wrote ${file}\n`);
    } catch (err) {
      say(`could not write ${file}: ${describeError(err)}`);
      ok = false;
    }
  }
  return ok;
}

async function main(): Promise<number> {
  const opts = parseBotsOptions(process.argv.slice(2), (text) => process.stdout.write(text));
  if (!opts) return EXIT.ok;
  const checked = await preflight(opts);
  if (checked.problems.length > 0) {
    for (const p of checked.problems) say(p);
    return EXIT.usage;
  }
  quietSdk();

  // SIGINT (Ctrl-C) and SIGTERM (a CI timeout) stop the bots and still
  // report what was measured; a second one quits at once.
  const abort = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      if (abort.signal.aborted) process.exit(EXIT[signal]);
      process.stderr.write(
        `\nbots: ${signal}: stopping, the report covers what was measured so far (again to quit at once)\n`,
      );
      abort.abort(signal);
    });

  const report = await runBots(opts, { progress: process.stdout, signal: abort.signal });
  report.thresholds = checkThresholds(report, opts.failOn);
  if (checked.baseline && opts.baselineFile)
    report.baseline = {
      file: opts.baselineFile,
      checks: compareWithBaseline(report, checked.baseline, opts.margins),
    };
  process.stdout.write(`\n${summaryTable(report)}\n`);
  const written = writeOutputs(report, opts);

  for (const p of report.play.problems) say(`the bots did not play: ${p}`);
  const thresholds = report.thresholds.filter(thresholdFailed);
  for (const t of thresholds)
    say(
      t.missing
        ? `threshold failed: ${t.expression}: ${t.missing}`
        : `threshold crossed: ${t.expression} (value ${num(t.value)})`,
    );
  const regressions = (report.baseline?.checks ?? []).filter(baselineFailed);
  for (const c of regressions)
    say(
      c.missing
        ? `baseline: ${c.metric}: ${c.missing}`
        : `baseline: ${c.metric} regressed: ${num(c.value)} > ${num(c.limit)} (baseline ${num(c.baseline)} + ${c.margin})`,
    );
  if (report.interrupted) {
    say(`interrupted by ${report.interrupted.signal} after ${report.interrupted.afterSeconds.toFixed(1)} s`);
    return report.interrupted.signal === "SIGINT" ? EXIT.SIGINT : EXIT.SIGTERM;
  }
  if (!report.play.ok) return EXIT.noPlay;
  if (thresholds.length > 0 || regressions.length > 0 || !written) return EXIT.failed;
  return EXIT.ok;
}

runMain("bots", "npm run bots -- --help", main);
