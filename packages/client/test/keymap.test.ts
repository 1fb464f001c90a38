import { describe, expect, it } from "vitest";
import { ControlGroups, GROUP_DOUBLE_PRESS_MS } from "../src/game/control-groups.ts";
import { keyLabel } from "../src/game/key-label.ts";
import { KEYMAP_STORAGE_KEY, type KeyStorage, keyActions } from "../src/game/keymap.ts";
import { loadKeymap } from "../src/game/keymap-load.ts";

const KINDS = ["soldier", "archer", "scout"];

/** An in-memory Storage (node has no localStorage); it records every write. */
function memoryStorage(initial?: string): KeyStorage & { value: () => string | null; writes: number } {
  let value: string | null = initial ?? null;
  let writes = 0;
  return {
    getItem: (k) => (k === KEYMAP_STORAGE_KEY ? value : null),
    setItem: (k, v) => {
      if (k === KEYMAP_STORAGE_KEY) value = v;
      writes++;
    },
    removeItem: (k) => {
      if (k === KEYMAP_STORAGE_KEY) value = null;
      writes++;
    },
    value: () => value,
    get writes() {
      return writes;
    },
  };
}

function load(stored: unknown, kinds = KINDS) {
  const warnings: string[] = [];
  const raw = typeof stored === "string" ? stored : JSON.stringify(stored);
  const storage = memoryStorage(stored === undefined ? undefined : raw);
  const keymap = loadKeymap(kinds, storage, (m) => warnings.push(m));
  return { keymap, warnings, storage };
}

/** Every code bound twice, by action; empty when no key is shared. */
function sharedKeys(keymap: ReturnType<typeof load>["keymap"]): string[] {
  const seen = new Map<string, string>();
  const shared: string[] = [];
  for (const a of keymap.actions) {
    const k = keymap.key(a.id);
    if (k === null) continue;
    if (seen.has(k)) shared.push(`${k}: ${seen.get(k)} and ${a.id}`);
    seen.set(k, a.id);
  }
  return shared;
}

describe("keymap defaults", () => {
  it("binds WASD, arrows, Space, =/-, Tab, the train digits from 1 and the groups on the next digits", () => {
    const { keymap, warnings } = load(undefined);
    expect(warnings).toEqual([]);
    expect(["move.up", "move.left", "move.down", "move.right"].map((a) => keymap.key(a))).toEqual([
      "KeyW",
      "KeyA",
      "KeyS",
      "KeyD",
    ]);
    expect(keymap.key("pan.up")).toBe("ArrowUp");
    expect(keymap.key("camera.snap")).toBe("Space");
    expect(keymap.key("scoreboard")).toBe("Tab");
    expect(keymap.key("order.guard")).toBe("KeyG");
    expect(KINDS.map((k) => keymap.key(`train.${k}`))).toEqual(["Digit1", "Digit2", "Digit3"]);
    expect(["group.1", "group.2", "group.3"].map((a) => keymap.key(a))).toEqual([
      "Digit4",
      "Digit5",
      "Digit6",
    ]);
    expect(keymap.action("Digit2")).toBe("train.archer");
    // The number pad stands in for the digits and = -, unless a number-pad key is bound itself.
    expect([keymap.action("Numpad2"), keymap.action("NumpadAdd"), keymap.action("NumpadSubtract")]).toEqual([
      "train.archer",
      "zoom.in",
      "zoom.out",
    ]);
    expect(keymap.action("Numpad9")).toBeUndefined();
    keymap.bind("camera.snap", "Numpad2");
    expect(keymap.action("Numpad2")).toBe("camera.snap");
    expect(keymap.action("Digit2")).toBe("train.archer");
    expect(keymap.action("Escape")).toBeUndefined();
  });

  it("never shares a default key, for 1 to 16 unit kinds; groups take Z X C once the digits run out", () => {
    for (let n = 1; n <= 16; n++) {
      const kinds = Array.from({ length: n }, (_, i) => `kind${i}`);
      const { keymap } = load(undefined, kinds);
      expect(sharedKeys(keymap), `${n} kinds`).toEqual([]);
      const groups = ["group.1", "group.2", "group.3"].map((a) => keymap.key(a));
      expect(groups.every((g) => g !== null)).toBe(true);
      if (n === 5) expect(groups).toEqual(["Digit6", "Digit7", "Digit8"]);
      if (n === 7) expect(groups).toEqual(["Digit8", "Digit9", "Digit0"]);
      if (n >= 8) expect(groups).toEqual(["KeyZ", "KeyX", "KeyC"]);
    }
    const sixteen = keyActions(Array.from({ length: 16 }, (_, i) => `k${i}`));
    // Ten digits for ten kinds; the rest start unbound (their HUD buttons still train).
    expect(sixteen.filter((a) => a.section === "Units" && a.defaultKey === null)).toHaveLength(6);
  });

  it("names keys as keycaps do", () => {
    expect(["KeyW", "Digit4", "Numpad7", "ArrowLeft", "Space", "Equal", "F2"].map(keyLabel)).toEqual([
      "W",
      "4",
      "Num 7",
      "←",
      "Space",
      "=",
      "F2",
    ]);
    expect(keyLabel(null)).toBe("—");
  });
});

describe("keymap storage", () => {
  it("a rebinding is saved at once and comes back on the next load; reset forgets it", () => {
    const storage = memoryStorage();
    const keymap = loadKeymap(KINDS, storage, () => {});
    let changes = 0;
    keymap.onChange(() => changes++);
    expect(keymap.bind("train.soldier", "KeyQ")).toEqual({
      ok: true,
      action: "train.soldier",
      key: "KeyQ",
      swapped: null,
    });
    expect(changes).toBe(1);
    expect(JSON.parse(storage.value()!)).toEqual({ "train.soldier": "KeyQ" });
    const again = loadKeymap(KINDS, storage, () => {});
    expect(again.key("train.soldier")).toBe("KeyQ");
    expect(again.action("Digit1")).toBeUndefined();
    again.reset();
    expect(storage.value()).toBeNull();
    expect(loadKeymap(KINDS, storage, () => {}).key("train.soldier")).toBe("Digit1");
  });

  it("a key another action has is swapped, never shared", () => {
    const { keymap, storage } = load(undefined);
    const r = keymap.bind("move.up", "KeyA");
    expect(r).toEqual({
      ok: true,
      action: "move.up",
      key: "KeyA",
      swapped: { action: "move.left", key: "KeyW" },
    });
    expect(keymap.key("move.left")).toBe("KeyW");
    expect(sharedKeys(keymap)).toEqual([]);
    expect(JSON.parse(storage.value()!)).toEqual({ "move.up": "KeyA", "move.left": "KeyW" });
    // Swapping back to the defaults stores nothing.
    keymap.bind("move.up", "KeyW");
    expect(storage.value()).toBeNull();
  });

  it("refuses Esc, modifiers, junk and unknown actions, and changes nothing", () => {
    const { keymap, storage } = load(undefined);
    for (const code of ["Escape", "ShiftLeft", "ControlRight", "MetaLeft", "", "Key W", "<script>"]) {
      const r = keymap.bind("camera.snap", code);
      expect(r.ok, code).toBe(false);
    }
    expect(keymap.bind("camera.snap", "Escape")).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Esc/),
    });
    expect(keymap.bind("nuke.everything", "KeyN").ok).toBe(false);
    expect(keymap.key("camera.snap")).toBe("Space");
    expect(storage.writes).toBe(0);
  });

  it.each([
    ["not JSON", "{not json"],
    ["an array", "[1,2,3]"],
    ["a number", "42"],
    ["null", "null"],
  ])("storage holding %s: every default, one warning, no crash", (_what, raw) => {
    const { keymap, warnings } = load(raw);
    expect(warnings).toHaveLength(1);
    expect(keymap.key("train.soldier")).toBe("Digit1");
    expect(keymap.key("group.1")).toBe("Digit4");
    expect(sharedKeys(keymap)).toEqual([]);
  });

  it("bad entries fall back one by one, with a single warning naming them; good ones stay", () => {
    const { keymap, warnings } = load({
      "train.archer": "KeyE", // good
      "zoom.in": 7, // not a key
      "camera.snap": "Escape", // reserved
      "self.destruct": "KeyK", // unknown action
      "train.knight": "KeyK", // another server's kind: kept quietly
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/zoom\.in/);
    expect(warnings[0]).toMatch(/camera\.snap/);
    expect(warnings[0]).toMatch(/self\.destruct/);
    expect(warnings[0]).not.toMatch(/train\.archer|train\.knight/);
    expect(keymap.key("train.archer")).toBe("KeyE");
    expect(keymap.key("zoom.in")).toBe("Equal");
    expect(keymap.key("camera.snap")).toBe("Space");
    // The other server's kind is written back with the next change.
    expect(keymap.changes()).toEqual({ "train.archer": "KeyE", "train.knight": "KeyK" });
  });

  it("two actions stored on one key both fall back; one stored on another's default gives way", () => {
    const dup = load({ "train.soldier": "KeyQ", "train.archer": "KeyQ" });
    expect(dup.warnings).toHaveLength(1);
    expect(dup.warnings[0]).toMatch(/share KeyQ/);
    expect([dup.keymap.key("train.soldier"), dup.keymap.key("train.archer")]).toEqual(["Digit1", "Digit2"]);

    // group.1 on W, while move.up keeps its default W: group.1 gives way, and a chain
    // (train.soldier on group.1's default) settles too.
    const chain = load({ "group.1": "KeyW", "train.soldier": "Digit4" });
    expect(chain.warnings).toHaveLength(1);
    expect(sharedKeys(chain.keymap)).toEqual([]);
    expect(chain.keymap.key("move.up")).toBe("KeyW");
    expect(chain.keymap.key("group.1")).toBe("Digit4");
    expect(chain.keymap.key("train.soldier")).toBe("Digit1");
  });

  it("a huge tampered store: read up to a limit, one short warning, nothing kept past it", () => {
    const huge: Record<string, string> = { "train.soldier": "KeyQ" };
    for (let i = 0; i < 5000; i++) huge[`train.k${i}`] = "KeyZ";
    for (let i = 0; i < 50; i++) huge[`bogus${i}`] = "KeyY";
    const { keymap, warnings } = load(huge);
    expect(keymap.key("train.soldier")).toBe("KeyQ");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/4987 entries past the first 64 ignored/);
    expect(warnings[0]!.length).toBeLessThan(600);
    expect(Object.keys(keymap.changes()).length).toBeLessThanOrEqual(64);
  });

  it("a throwing storage (private mode) still gives the defaults", () => {
    const broken: KeyStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {},
    };
    const keymap = loadKeymap(KINDS, broken, () => {});
    expect(keymap.key("move.up")).toBe("KeyW");
    expect(keymap.bind("move.up", "KeyI").ok).toBe(true);
    expect(keymap.key("move.up")).toBe("KeyI");
  });
});

describe("control groups", () => {
  it("stores, recalls the living units, drops the dead, and looks on a quick second press", () => {
    const groups = new ControlGroups(3);
    const alive = new Set([1, 2, 3, 4]);
    const isAlive = (id: number) => alive.has(id);
    groups.store(0, [1, 2, 3]);
    groups.store(1, [4]);
    expect(groups.sizes(isAlive)).toEqual([3, 1, 0]);
    expect(groups.recall(0, isAlive, 1000)).toEqual({ ids: [1, 2, 3], centre: false });
    alive.delete(2);
    expect(groups.recall(0, isAlive, 1000 + GROUP_DOUBLE_PRESS_MS - 1)).toEqual({
      ids: [1, 3],
      centre: true,
    });
    // A third press only selects; a slow second press does not look.
    expect(groups.recall(0, isAlive, 1200).centre).toBe(false);
    expect(groups.recall(0, isAlive, 1200 + GROUP_DOUBLE_PRESS_MS + 1).centre).toBe(false);
    // Another group's key in between breaks the double press.
    groups.recall(0, isAlive, 5000);
    groups.recall(1, isAlive, 5050);
    expect(groups.recall(0, isAlive, 5100).centre).toBe(false);
    alive.delete(4);
    expect(groups.sizes(isAlive)).toEqual([2, 0, 0]);
    expect(groups.recall(1, isAlive, 9000)).toEqual({ ids: [], centre: false });
    // Storing an empty selection empties the group; a slot out of range does nothing.
    groups.store(0, []);
    groups.store(7, [1]);
    expect(groups.sizes(isAlive)).toEqual([0, 0, 0]);
  });
});
