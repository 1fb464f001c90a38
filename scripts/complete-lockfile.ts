// Adds lockfile entries for platform-specific optional packages that the npm
// registry mirror on these machines does not serve (Biome's and turbo's
// non-Linux binaries). `npm install` silently drops optional packages it
// cannot fetch, and `npm ci` then refuses the lockfile as out of sync. The
// entries carry os/cpu/libc, so npm skips them on this platform and never
// downloads them. Run after changing dependencies: `npm run lock:complete`.
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};

const OS_WORDS: Record<string, string> = {
  darwin: "darwin",
  linux: "linux",
  win32: "win32",
  windows: "win32",
  android: "android",
  freebsd: "freebsd",
};

/** Reads the target platform off a package name such as `@biomejs/cli-linux-x64-musl`. */
export function platformOf(name: string): Pick<LockEntry, "os" | "cpu" | "libc"> | undefined {
  const words = name.split("/").pop()?.split("-") ?? [];
  const os = words.map((w) => OS_WORDS[w]).find(Boolean);
  if (!os) return undefined;
  const cpu = words.includes("arm64") ? "arm64" : words.includes("arm") ? "arm" : "x64";
  const entry: Pick<LockEntry, "os" | "cpu" | "libc"> = { os: [os], cpu: [cpu] };
  if (os === "linux") entry.libc = [words.includes("musl") ? "musl" : "glibc"];
  return entry;
}

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, LockEntry> };
const added: string[] = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (lock.packages[key] || lock.packages[`${path}/${key}`]) continue;
    const platform = platformOf(dep);
    // Only exact versions can be filled in without asking the registry.
    if (!platform || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    lock.packages[key] = { version, dev: entry.dev, optional: true, ...platform };
    added.push(`${dep}@${version}`);
  }
}
const sorted = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
console.log(added.length ? `lockfile: added ${added.join(", ")}` : "lockfile: complete");
