import { readFileSync, unwatchFile, watchFile } from "node:fs";
import { diffRules, formatChange, type Rules, RulesError, rulesFromJson } from "@octet/shared/rules";

/** How often the file's modification time is checked (ms). */
const POLL_MS = 500;

/**
 * Watches a RULES_FILE while the server runs: each save that validates
 * becomes the rules of the next match (`onRules`); running matches keep the
 * rules they started with. A save with problems is logged and changes nothing.
 * Polls the file's stat, which also catches editors that save by renaming.
 * Returns a function that stops watching.
 */
export function watchRules(
  file: string,
  initial: Rules,
  onRules: (rules: Rules) => void,
  log: (line: string) => void = console.log,
): () => void {
  let current = initial;
  const listener = (now: { mtimeMs: number }, before: { mtimeMs: number }) => {
    if (now.mtimeMs === before.mtimeMs) return;
    let next: Rules;
    try {
      next = rulesFromJson(readFileSync(file, "utf8"), `RULES_FILE ${file}`);
    } catch (err) {
      const why = err instanceof RulesError ? err.message : (err as Error).message;
      log(`octet: rules: ${file} changed but was not applied, matches keep the rules they have:\n${why}`);
      return;
    }
    const changes = diffRules(current, next);
    current = next;
    onRules(next);
    log(
      changes.length === 0
        ? `octet: rules: ${file} saved, no setting changed`
        : `octet: rules: ${file} reloaded for the next match: ${changes.map(formatChange).join(", ")}`,
    );
  };
  const watcher = watchFile(file, { interval: POLL_MS, persistent: false }, listener);
  watcher.unref?.();
  return () => unwatchFile(file, listener);
}
