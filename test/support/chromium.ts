// Where the tests and benchmarks get their Chromium: from the npm package
// @sparticuz/chromium (the binary ships inside its tarball, so `npm install`
// is all a machine needs), or from CHROMIUM_PATH for people who prefer their
// own browser (e.g. CHROMIUM_PATH=/usr/bin/chromium from Debian).
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "./server-process.ts";

const run = promisify(execFile);

/** Flags every launch gets: no first-run UI, and nothing that reaches for the network (this machine has none). */
const COMMON_FLAGS = [
  "--no-sandbox",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-domain-reliability",
];

/** Debian's chromium (and most desktop builds) have no GPU here: let them use their own software path. */
const OWN_BROWSER_FLAGS = ["--headless", "--disable-gpu"];

/**
 * The npm build is chrome-headless-shell with SwiftShader beside it: WebGL runs
 * through ANGLE on SwiftShader (Phaser needs WebGL). No zygote: the build has
 * no setuid sandbox helper.
 */
const PACKAGED_FLAGS = [
  "--no-zygote",
  "--ignore-gpu-blocklist",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--font-render-hinting=none",
];

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  /** where it came from, for messages */
  source: string;
}

function packageVersion(): string {
  const pkg = join(REPO_ROOT, "node_modules", "@sparticuz", "chromium", "package.json");
  if (!existsSync(pkg)) throw new Error("@sparticuz/chromium is not installed: run `npm install` first");
  return (JSON.parse(readFileSync(pkg, "utf8")) as { version: string }).version;
}

/**
 * Unpacks the packaged Chromium once per version into node_modules/.cache.
 * The package always unpacks into the temp folder and trusts any file it
 * finds there, so two processes unpacking at once could launch a half-written
 * binary: each unpacks into its own staging folder (its TMPDIR) and renames
 * it into place whole; a loser of that race just uses the winner's copy.
 */
async function unpackPackaged(): Promise<string> {
  const version = packageVersion();
  const cacheRoot = join(REPO_ROOT, "node_modules", ".cache");
  const dir = join(cacheRoot, `octet-chromium-${version}`);
  const binary = join(dir, "chromium");
  if (existsSync(binary)) return binary;
  mkdirSync(cacheRoot, { recursive: true });
  const staging = mkdtempSync(join(cacheRoot, `octet-chromium-${version}-staging-`));
  try {
    const script = "import c from '@sparticuz/chromium'; process.stdout.write(await c.executablePath());";
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: REPO_ROOT,
      env: { ...process.env, TMPDIR: staging },
    });
    if (stdout !== join(staging, "chromium"))
      throw new Error(`@sparticuz/chromium unpacked to ${stdout}, expected ${join(staging, "chromium")}`);
    try {
      renameSync(staging, dir);
    } catch (e) {
      if (!existsSync(binary)) throw e;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

let packaged: Promise<string> | undefined;

/** The executable and flags to launch; unpacks the npm build on first use (about 2 s). */
export async function chromiumLaunch(): Promise<ChromiumLaunch> {
  const own = process.env.CHROMIUM_PATH;
  if (own) {
    if (!existsSync(own)) throw new Error(`CHROMIUM_PATH=${own}: no such file`);
    return {
      executablePath: own,
      args: [...OWN_BROWSER_FLAGS, ...COMMON_FLAGS],
      source: `CHROMIUM_PATH (${own})`,
    };
  }
  packaged ??= unpackPackaged();
  try {
    const executablePath = await packaged;
    return { executablePath, args: [...PACKAGED_FLAGS, ...COMMON_FLAGS], source: "@sparticuz/chromium" };
  } catch (e) {
    packaged = undefined;
    throw e;
  }
}
