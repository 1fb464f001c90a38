import { accessSync, constants, mkdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../bots/usage-error.ts";

/**
 * Makes sure the report can be written before a long run starts: the folder
 * exists (or is created now) and is writable. Throws UsageError otherwise.
 */
export function prepareReportDir(dir: string): string {
  const path = resolve(dir);
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
    if (!isDir) throw new UsageError(`--report ${dir}: exists and is not a folder`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    try {
      mkdirSync(path, { recursive: true });
    } catch (e) {
      throw new UsageError(`--report ${dir}: cannot create the folder (${(e as Error).message})`);
    }
  }
  try {
    accessSync(path, constants.W_OK);
  } catch {
    throw new UsageError(`--report ${dir}: the folder is not writable`);
  }
  return path;
}
