import {
  type Action,
  bindableCode,
  FIXED_IDS,
  KEYMAP_STORAGE_KEY,
  Keymap,
  type KeyStorage,
  keyActions,
} from "./keymap.ts";

/**
 * Stored entries read at most: every action of one rules file is 34 at most
 * (16 unit kinds); the rest is room for other servers' unit kinds. A
 * tampered store cannot make the load (or the rewrite on the next change) big.
 */
const MAX_ENTRIES = 64;
/** Problems named in the one warning; the rest are counted. */
const MAX_LISTED = 8;

/** A stored entry is one of ours when its id has a known shape (a train key of another server's kind is). */
function knownShape(id: string): boolean {
  return FIXED_IDS.has(id) || /^train\.[a-z0-9_]{1,32}$/.test(id) || /^group\.\d$/.test(id);
}

/** localStorage, or null where it is off (private mode, sandboxed frames). */
export function browserStorage(): KeyStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The keymap for rules with these unit kinds, from storage. Whatever is wrong
 * in storage (not JSON, not an object, an unknown action, a key that cannot
 * be bound, two actions on one key) costs only the actions concerned: each
 * falls back to its default, and one warning lists them all.
 */
export function loadKeymap(
  unitKinds: readonly string[],
  storage: KeyStorage | null = browserStorage(),
  warn: (message: string) => void = (m) => console.warn(m),
): Keymap {
  const actions = keyActions(unitKinds);
  const problems: string[] = [];
  let stored: Record<string, unknown> = {};
  let raw: string | null = null;
  try {
    raw = storage?.getItem(KEYMAP_STORAGE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw !== null) {
    try {
      const doc: unknown = JSON.parse(raw);
      if (doc !== null && typeof doc === "object" && !Array.isArray(doc))
        stored = doc as Record<string, unknown>;
      else problems.push("the stored keys are not an object");
    } catch {
      problems.push("the stored keys are not JSON");
    }
  }
  const ids = new Set(actions.map((a) => a.id));
  const kept: Record<string, string | null> = {};
  const fromStorage = new Map<Action, string | null>();
  const entries = Object.entries(stored);
  if (entries.length > MAX_ENTRIES)
    problems.push(`${entries.length - MAX_ENTRIES} entries past the first ${MAX_ENTRIES} ignored`);
  for (const [id, code] of entries.slice(0, MAX_ENTRIES)) {
    const valid = code === null || bindableCode(code);
    if (!knownShape(id)) problems.push(`unknown action ${JSON.stringify(id).slice(0, 40)}`);
    else if (!valid)
      problems.push(`${id}: ${JSON.stringify(code)?.slice(0, 40)} is not a key that can be bound`);
    else if (ids.has(id)) fromStorage.set(id, code);
    else kept[id] = code;
  }
  // Two actions on one key: the stored ones give way to their defaults until
  // no key is shared (the defaults share none, so this ends).
  for (;;) {
    const keys = new Map(
      actions.map((a) => [a.id, fromStorage.has(a.id) ? fromStorage.get(a.id)! : a.defaultKey]),
    );
    const owners = new Map<string, Action[]>();
    for (const [id, code] of keys) if (code !== null) owners.set(code, [...(owners.get(code) ?? []), id]);
    const clash = [...owners.entries()].find(
      ([, who]) => who.length > 1 && who.some((id) => fromStorage.has(id)),
    );
    if (!clash) break;
    const [code, who] = clash;
    problems.push(`${who.join(" and ")} share ${code}`);
    for (const id of who) fromStorage.delete(id);
  }
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED).join("; ");
    const more = problems.length > MAX_LISTED ? ` and ${problems.length - MAX_LISTED} more` : "";
    warn(`Keys: using the default key for what was wrong in storage (${listed}${more})`);
  }
  return new Keymap(actions, fromStorage, storage, kept);
}
