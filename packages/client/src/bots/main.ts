// npm run bots -- [options]   (--help lists them)
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { checkThresholds } from "./fail-on.ts";
import { renderHtmlReport } from "./html-report.ts";
import { parseBotsOptions } from "./options.ts";
import { runBots } from "./run.ts";
import { summaryTable } from "./summary-table.ts";
import { UsageError } from "./usage-error.ts";

/** Exit codes: scripts and CI read them. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

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

async function main(): Promise<number> {
  let opts: ReturnType<typeof parseBotsOptions>;
  try {
    opts = parseBotsOptions(process.argv.slice(2), (text) => process.stdout.write(text));
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`bots: ${err.message}\nRun "npm run bots -- --help" for the options.\n`);
      return EXIT.usage;
    }
    throw err;
  }
  if (!opts) return EXIT.ok;
  quietSdk();

  // Ctrl-C ends the play early and still reports; a second one quits at once.
  const abort = new AbortController();
  process.on("SIGINT", () => {
    if (abort.signal.aborted) process.exit(130);
    process.stderr.write("\nbots: stopping (Ctrl-C again to quit at once)\n");
    abort.abort();
  });

  const report = await runBots(opts, { progress: process.stdout, signal: abort.signal });
  report.thresholds = checkThresholds(report, opts.failOn);
  process.stdout.write(`\n${summaryTable(report)}`);

  if (opts.reportDir) {
    const dir = resolve(opts.reportDir);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, "report.html"), renderHtmlReport(report));
    process.stdout.write(`\nreport: ${join(dir, "report.json")}\n        ${join(dir, "report.html")}\n`);
  }

  if (report.bots.joined === 0) {
    process.stderr.write(`bots: no bot could join ${opts.url}\n`);
    return EXIT.failed;
  }
  const crossed = report.thresholds.filter((t) => t.crossed);
  if (crossed.length > 0) {
    for (const t of crossed)
      process.stderr.write(
        `bots: threshold crossed: ${t.expression} (value ${t.value === null ? "n/a" : +t.value.toFixed(2)})\n`,
      );
    return EXIT.failed;
  }
  return EXIT.ok;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bots: ${(err as Error).stack ?? err}`);
    process.exit(EXIT.failed);
  },
);
