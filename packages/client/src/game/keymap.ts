import { keyLabel } from "./key-label.ts";

/**
 * Every key the match listens to, by action, with the player's changes kept
 * in localStorage. Keys are KeyboardEvent.code values (the physical key, so a
 * binding survives a layout switch). Esc is not here: it opens the menu and
 * cancels a rebinding, and always will, so a player can never lock themselves out.
 */

/** A bindable action: "move.up", "train.archer", "group.1", ... */
export type Action = string;

export interface ActionInfo {
  id: Action;
  /** what the Keys panel calls it */
  label: string;
  /** the Keys panel's heading it sits under */
  section: "Commander" | "Camera" | "Units" | "Control groups" | "Other";
  /** the key it has until the player changes it (null: none, e.g. a 17th unit kind) */
  defaultKey: string | null;
}

/** localStorage key; a format change gets a new name rather than a migration. */
export const KEYMAP_STORAGE_KEY = "octet.keys.v1";
/** The move and pan actions in the order help text shows their keys (W A S D reads as one word). */
export const MOVE_ACTIONS: readonly Action[] = ["move.up", "move.left", "move.down", "move.right"];
export const PAN_ACTIONS: readonly Action[] = ["pan.up", "pan.left", "pan.down", "pan.right"];
/** Control groups: Shift + a group's key stores the selection, the key recalls it. */
export const GROUP_COUNT = 3;

const DIGITS = [
  "Digit1",
  "Digit2",
  "Digit3",
  "Digit4",
  "Digit5",
  "Digit6",
  "Digit7",
  "Digit8",
  "Digit9",
  "Digit0",
];
/** The groups' keys when the train keys leave fewer than three digits free. */
const GROUP_FALLBACK = ["KeyZ", "KeyX", "KeyC"];
/** Keys no action may take: Esc is the menu's, modifiers are modifiers. */
const RESERVED = new Set([
  "Escape",
  "ShiftLeft",
  "ShiftRight",
  "ControlLeft",
  "ControlRight",
  "AltLeft",
  "AltRight",
  "MetaLeft",
  "MetaRight",
  "OSLeft",
  "OSRight",
  "CapsLock",
  "Fn",
  "ContextMenu",
]);
const CODE = /^[A-Za-z][A-Za-z0-9]{0,31}$/;

/** Four held directions: the commander's (WASD) and the camera's (arrows). */
function directions(
  prefix: "move" | "pan",
  section: ActionInfo["section"],
  keys: readonly [string, string, string, string],
): ActionInfo[] {
  const name = prefix === "move" ? "Move" : "Pan";
  return (["up", "left", "down", "right"] as const).map((dir, i) => ({
    id: `${prefix}.${dir}`,
    label: `${name} ${dir}`,
    section,
    defaultKey: keys[i]!,
  }));
}

const FIXED: readonly ActionInfo[] = [
  ...directions("move", "Commander", ["KeyW", "KeyA", "KeyS", "KeyD"]),
  ...directions("pan", "Camera", ["ArrowUp", "ArrowLeft", "ArrowDown", "ArrowRight"]),
  { id: "camera.snap", label: "Back to commander", section: "Camera", defaultKey: "Space" },
  { id: "zoom.in", label: "Zoom in", section: "Camera", defaultKey: "Equal" },
  { id: "zoom.out", label: "Zoom out", section: "Camera", defaultKey: "Minus" },
  { id: "scoreboard", label: "Scoreboard (hold)", section: "Other", defaultKey: "Tab" },
];

/** After the train keys: the selected units (or all) follow and guard the commander. */
const GUARD: ActionInfo = {
  id: "order.guard",
  label: "Guard commander",
  section: "Units",
  defaultKey: "KeyG",
};

/** The ids of the actions every rules file has (not train or group keys). */
export const FIXED_IDS: ReadonlySet<string> = new Set([...FIXED, GUARD].map((a) => a.id));

/** The main keyboard's key a number-pad key stands for ("Numpad4" -> "Digit4"), if any. */
function numpadTwin(code: string): string | undefined {
  const digit = /^Numpad(\d)$/.exec(code);
  if (digit) return `Digit${digit[1]}`;
  return code === "NumpadAdd" ? "Equal" : code === "NumpadSubtract" ? "Minus" : undefined;
}

/** True for a code an action may be bound to (any key but Esc and the modifiers). */
export function bindableCode(code: unknown): code is string {
  return typeof code === "string" && CODE.test(code) && !RESERVED.has(code);
}

/**
 * The actions under rules with these unit kinds (in rules order) and their
 * default keys: the train keys take the digits 1, 2, ... 9, 0 in kind order
 * (kinds past the tenth start unbound), the groups the next three digits, or
 * Z X C when fewer than three are left. No two defaults share a key.
 */
export function keyActions(unitKinds: readonly string[]): ActionInfo[] {
  const train: ActionInfo[] = unitKinds.map((kind, i) => ({
    id: `train.${kind}`,
    label: `Train ${kind}`,
    section: "Units",
    defaultKey: DIGITS[i] ?? null,
  }));
  const free = DIGITS.slice(unitKinds.length);
  const groupKeys = free.length >= GROUP_COUNT ? free : GROUP_FALLBACK;
  const groups: ActionInfo[] = [];
  for (let g = 0; g < GROUP_COUNT; g++)
    groups.push({
      id: `group.${g + 1}`,
      label: `Group ${g + 1}`,
      section: "Control groups",
      defaultKey: groupKeys[g]!,
    });
  return [...FIXED, ...train, GUARD, ...groups];
}

export type BindResult =
  | { ok: true; action: Action; key: string; swapped: { action: Action; key: string | null } | null }
  | { ok: false; reason: string };

/** The storage the keymap keeps itself in (localStorage in the browser). */
export type KeyStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/**
 * The keys in force. A change goes to storage at once and to every listener
 * (the HUD's labels, the menu, the how-to card), so the screen always shows
 * the keys that work now.
 */
export class Keymap {
  readonly actions: readonly ActionInfo[];
  private readonly keys = new Map<Action, string | null>();
  private readonly byCode = new Map<string, Action>();
  private readonly listeners = new Set<() => void>();
  private readonly storage: KeyStorage | null;
  /** stored entries for actions these rules lack (another server's unit kinds), written back as they were */
  private readonly kept: Record<string, string | null>;

  constructor(
    actions: readonly ActionInfo[],
    keys: ReadonlyMap<Action, string | null>,
    storage: KeyStorage | null,
    kept: Record<string, string | null> = {},
  ) {
    this.actions = actions;
    this.storage = storage;
    this.kept = kept;
    for (const a of actions) this.keys.set(a.id, keys.has(a.id) ? keys.get(a.id)! : a.defaultKey);
    this.reindex();
  }

  /** The code bound to `action` (null: none). */
  key(action: Action): string | null {
    return this.keys.get(action) ?? null;
  }

  /**
   * The action bound to `code`, if any. A number-pad key that is not bound
   * itself works as its twin on the main keyboard (Numpad1 as Digit1, Num +
   * as =), as the number pad always did.
   */
  action(code: string): Action | undefined {
    const own = this.byCode.get(code);
    if (own !== undefined) return own;
    const twin = numpadTwin(code);
    return twin === undefined ? undefined : this.byCode.get(twin);
  }

  /** The key of `action` as the player sees it ("1", "W", "↑", "—" for none). */
  label(action: Action): string {
    return keyLabel(this.key(action));
  }

  /** The keys of several actions, bound ones only: "1 2 3" for the train keys. */
  labels(actions: readonly Action[], sep = " "): string {
    return actions
      .filter((a) => this.key(a) !== null)
      .map((a) => this.label(a))
      .join(sep);
  }

  /** The train actions in kind order. */
  trainActions(): Action[] {
    return this.actions.filter((a) => a.id.startsWith("train.")).map((a) => a.id);
  }

  info(action: Action): ActionInfo | undefined {
    return this.actions.find((a) => a.id === action);
  }

  /**
   * Binds `code` to `action`. A key another action has is swapped: that
   * action takes this one's old key, so no action is ever left without one
   * by accident and a whole layout (WASD to ESDF) can be moved key by key.
   */
  bind(action: Action, code: string): BindResult {
    if (!this.keys.has(action)) return { ok: false, reason: `there is no action ${action}` };
    if (code === "Escape") return { ok: false, reason: "Esc always opens the menu and cannot be bound" };
    if (/^(Shift|Control|Alt|Meta|OS)(Left|Right)$/.test(code))
      return {
        ok: false,
        reason: `${keyLabel(code)} cannot be bound: it is a modifier (Shift + a group's key stores the group)`,
      };
    if (!bindableCode(code)) return { ok: false, reason: `${keyLabel(code)} cannot be bound` };
    const old = this.key(action);
    if (old === code) return { ok: true, action, key: code, swapped: null };
    const other = this.byCode.get(code);
    this.keys.set(action, code);
    if (other !== undefined) this.keys.set(other, old);
    this.changed();
    return { ok: true, action, key: code, swapped: other === undefined ? null : { action: other, key: old } };
  }

  /** Every action back to its default key; storage forgets the changes. */
  reset(): void {
    for (const a of this.actions) this.keys.set(a.id, a.defaultKey);
    for (const k of Object.keys(this.kept)) delete this.kept[k];
    this.changed();
  }

  /** Calls `fn` after every change; returns the unsubscribe. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The entries that differ from the defaults, as stored. */
  changes(): Record<string, string | null> {
    const out: Record<string, string | null> = { ...this.kept };
    for (const a of this.actions) {
      const k = this.key(a.id);
      if (k !== a.defaultKey) out[a.id] = k;
    }
    return out;
  }

  private changed(): void {
    this.reindex();
    this.save();
    for (const fn of this.listeners) fn();
  }

  private reindex(): void {
    this.byCode.clear();
    for (const [action, code] of this.keys) if (code !== null) this.byCode.set(code, action);
  }

  private save(): void {
    const changes = this.changes();
    try {
      if (Object.keys(changes).length === 0) this.storage?.removeItem(KEYMAP_STORAGE_KEY);
      else this.storage?.setItem(KEYMAP_STORAGE_KEY, JSON.stringify(changes));
    } catch {
      // Storage full or off: the keys last for this visit only.
    }
  }
}
