// npm run balance -- [rules.json] [options]   (--help lists them)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UsageError } from "@octet/shared/cli";
import { DEFAULT_RULES, diffRules, type Rules, RulesError, rulesFromJson } from "@octet/shared/rules";
import cliProgress from "cli-progress";
import { assignStrategies } from "../bots/strategy-mix.ts";
import { renderBalanceHtml } from "./html-report.ts";
import { type BalanceOptions, parseBalanceOptions } from "./options.ts";
import { planMatches } from "./plan.ts";
import { playAll } from "./pool.ts";
import { buildReport, variantReport } from "./report.ts";
import { prepareReportDir } from "./report-dir.ts";
import { summaryTable } from "./summary-table.ts";

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function loadRules(file: string | null, flag: string): Rules {
  if (file === null) return DEFAULT_RULES;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new UsageError(`${flag} ${file}: cannot read it (${(err as Error).message})`);
  }
  try {
    return rulesFromJson(text, file);
  } catch (err) {
    if (err instanceof RulesError) throw new UsageError(err.message);
    throw err;
  }
}

function progressBar(total: number): { update(done: number): void; stop(): void } {
  if (!process.stdout.isTTY) {
    let shown = 0;
    return {
      update(done) {
        // A plain line per tenth, for logs and CI.
        if (done === total || done - shown >= Math.max(1, Math.ceil(total / 10))) {
          shown = done;
          process.stdout.write(`balance: ${done}/${total} matches\n`);
        }
      },
      stop() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    { format: "balance [{bar}] {value}/{total} matches  {percentage}%  eta {eta}s", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}

async function run(opts: BalanceOptions): Promise<number> {
  const reportDir = opts.reportDir === null ? null : prepareReportDir(opts.reportDir);
  const a = loadRules(opts.rules, "rules file");
  const b = opts.against === null ? null : loadRules(opts.against, "--against");
  const seats = a.players.max;
  if (b && b.players.max !== seats)
    throw new UsageError(
      `--against: players.max is ${b.players.max}, the rules have ${seats}; compare like with like`,
    );
  const specs = planMatches({
    matches: opts.matches,
    seed: opts.seed,
    mix: assignStrategies(opts.mix, seats),
    seats,
    rotate: !opts.fixedSeats,
  });
  const variants = b ? [a, b] : [a];
  const bar = progressBar(specs.length * variants.length);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let results: Awaited<ReturnType<typeof playAll>>;
  try {
    results = await playAll(variants, specs, opts.workers, (done) => bar.update(done));
  } finally {
    bar.stop();
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // All threads' CPU: on a shared machine it says what the run cost, whatever the wall clock.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const parts = [variantReport("A", opts.rules ?? "default rules", diffRules(DEFAULT_RULES, a), results[0]!)];
  if (b) parts.push(variantReport("B", opts.against!, diffRules(DEFAULT_RULES, b), results[1]!));
  const report = buildReport(
    { matches: opts.matches, seed: opts.seed, strategy: opts.strategy, seats, rotate: !opts.fixedSeats },
    parts,
    {
      seconds,
      cpuSeconds,
      matchesPerSecond: (specs.length * variants.length) / seconds,
      workers: opts.workers,
    },
  );
  process.stdout.write(`\n${summaryTable(report)}`);
  if (reportDir) {
    writeFileSync(join(reportDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(reportDir, "report.html"), renderBalanceHtml(report));
    process.stdout.write(
      `\nreport: ${join(reportDir, "report.json")}\n        ${join(reportDir, "report.html")}\n`,
    );
  }
  return EXIT.ok;
}

async function main(): Promise<number> {
  try {
    const opts = parseBalanceOptions(process.argv.slice(2), (text) => process.stdout.write(text));
    if (!opts) return EXIT.ok;
    return await run(opts);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`balance: ${err.message}\nRun "npm run balance -- --help" for the options.\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`balance: ${(err as Error).stack ?? err}`);
    process.exit(EXIT.failed);
  },
);
