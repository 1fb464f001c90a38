import { mkdirSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describeError } from "./describe-error.ts";

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? describeError(err);

/**
 * A folder the run will write into: it exists and is a folder, or can be
 * created; and a file can be written in it (tried for real: permission bits
 * say nothing for root or a read-only mount). Returns a problem, or null and
 * the folder it created (to remove if the run does not start).
 */
export function folderProblem(what: string, dir: string, created: string[] = []): string | null {
  const abs = resolve(dir);
  try {
    if (!statSync(abs).isDirectory()) return `${what} ${dir}: exists and is not a folder`;
  } catch (err) {
    if (errCode(err) === "ENOTDIR")
      return `${what} ${dir}: cannot create the folder: part of its path is a file (ENOTDIR)`;
    if (errCode(err) !== "ENOENT") return `${what} ${dir}: cannot use it (${errCode(err)})`;
    try {
      const first = mkdirSync(abs, { recursive: true });
      if (first) created.push(first);
    } catch (e) {
      return `${what} ${dir}: cannot create the folder (${errCode(e)})`;
    }
  }
  const probe = join(abs, `.octet-bots-probe-${process.pid}`);
  try {
    writeFileSync(probe, "");
    unlinkSync(probe);
  } catch (err) {
    return `${what} ${dir}: cannot write in the folder (${errCode(err)})`;
  }
  return null;
}
