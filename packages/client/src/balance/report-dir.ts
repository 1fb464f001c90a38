import { resolve } from "node:path";
import { UsageError } from "@octet/shared/cli";
import { folderProblem } from "../bots/writable-folder.ts";

/**
 * Makes sure the report can be written before a long run starts: the folder
 * exists (or is created now) and a file can be written in it, checked the way
 * the bots CLI checks its --report. Throws UsageError otherwise.
 */
export function prepareReportDir(dir: string): string {
  const problem = folderProblem("--report", dir, []);
  if (problem) throw new UsageError(problem);
  return resolve(dir);
}
