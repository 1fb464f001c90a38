import { rmSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "@octet/shared/cli";
import { readBaseline } from "./baseline.ts";
import { describeError } from "./describe-error.ts";
import type { BotsOptions } from "./options.ts";
import type { BotsReport } from "./report.ts";
import { folderProblem } from "./writable-folder.ts";

/** How long the one request to the server may take before it counts as unreachable. */
const REACH_TIMEOUT_MS = 5000;

export interface Preflight {
  /** one line per problem; empty when the run may start */
  problems: string[];
  baseline: BotsReport | null;
}

function fileProblem(what: string, file: string, created: string[]): string | null {
  try {
    if (statSync(resolve(file)).isDirectory()) return `${what} ${file}: is a folder, expected a file name`;
  } catch {
    // not there yet: its folder decides
  }
  const problem = folderProblem(what, dirname(file), created);
  return problem
    ? problem.replace(`${what} ${dirname(file)}:`, `${what} ${file}: its folder ${dirname(file)}:`)
    : null;
}

/** The HTTP address of a ws:// or http:// server URL. */
export function httpBase(url: string): string {
  const u = new URL(url);
  u.protocol = u.protocol === "wss:" || u.protocol === "https:" ? "https:" : "http:";
  return u.origin;
}

/** One HTTP request: is the server there and answering? */
async function urlProblem(url: string): Promise<string | null> {
  const target = `${httpBase(url)}/healthz`;
  try {
    const res = await fetch(target, { signal: AbortSignal.timeout(REACH_TIMEOUT_MS) });
    await res.body?.cancel();
    if (!res.ok) return `--url ${url}: GET ${target} answered HTTP ${res.status} ${res.statusText}`.trimEnd();
    return null;
  } catch (err) {
    const why =
      (err as Error).name === "TimeoutError"
        ? `no answer within ${REACH_TIMEOUT_MS / 1000} s`
        : describeError(err);
    return `--url ${url}: the server is not reachable (GET ${target}: ${why})`;
  }
}

/**
 * Everything that can be checked before a bot joins: where the report, the
 * JUnit file and the baseline are, and that the server answers. All problems
 * at once, so one fix-up round is enough.
 */
export async function preflight(opts: BotsOptions): Promise<Preflight> {
  const problems: string[] = [];
  const created: string[] = [];
  const add = (p: string | null) => {
    if (p) problems.push(p);
  };
  if (opts.reportDir !== null) add(folderProblem("--report", opts.reportDir, created));
  if (opts.junitFile !== null) add(fileProblem("--junit", opts.junitFile, created));
  let baseline: BotsReport | null = null;
  if (opts.baselineFile !== null) {
    try {
      baseline = readBaseline(opts.baselineFile);
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      problems.push(err.message);
    }
  }
  add(await urlProblem(opts.url));
  if (problems.length > 0) for (const dir of created) rmSync(dir, { recursive: true, force: true });
  return { problems, baseline };
}
