import { z } from "zod";

// Every number a designer can touch lives in one of these shapes. Each field
// carries the phrase that ends up in a validation message, so a bad edit reads
// "units.archer.range: expected a positive number, got -3".

const positive = () =>
  z.number({ error: "expected a positive number" }).positive({ error: "expected a positive number" });
const nonNegative = () =>
  z.number({ error: "expected a number >= 0" }).nonnegative({ error: "expected a number >= 0" });
const positiveInt = (max = Number.MAX_SAFE_INTEGER) =>
  z
    .number({ error: `expected a whole number from 1 to ${max}` })
    .int({ error: `expected a whole number from 1 to ${max}` })
    .min(1, { error: `expected a whole number from 1 to ${max}` })
    .max(max, { error: `expected a whole number from 1 to ${max}` });
const countFrom0 = (max: number) =>
  z
    .number({ error: `expected a whole number from 0 to ${max}` })
    .int({ error: `expected a whole number from 0 to ${max}` })
    .min(0, { error: `expected a whole number from 0 to ${max}` })
    .max(max, { error: `expected a whole number from 0 to ${max}` });

const rect = z.strictObject({ x: nonNegative(), y: nonNegative(), w: positive(), h: positive() });

const combatant = {
  speed: positive(),
  hp: positiveInt(65535),
  damage: positive(),
  range: positive(),
  cooldownMs: positive(),
  radius: positive(),
};

export const unitSchema = z.strictObject({ ...combatant, cost: nonNegative() });

const unitKindName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,15}$/, { error: "expected a unit name of lowercase letters, digits or _" });

export const rulesSchema = z.strictObject({
  map: z.strictObject({
    width: positiveInt(8192),
    height: positiveInt(8192),
    walls: z
      .array(rect, { error: "expected a list of walls" })
      .max(64, { error: "expected at most 64 walls" }),
  }),
  ticks: z.strictObject({
    criticalHz: positiveInt(60),
    ambientHz: positiveInt(60),
  }),
  vision: z.strictObject({
    radius: positive(),
    hysteresis: nonNegative(),
    /**
     * Side of the server's interest grid cells: speed only (what a player sees
     * does not depend on it), and nothing else reads it: combat buckets by its
     * own reach, the client draws its own background grid.
     */
    cellSize: positiveInt(4096),
  }),
  players: z.strictObject({
    max: positiveInt(8),
    minToStart: positiveInt(8),
    lobbyWaitSeconds: nonNegative(),
    startGold: nonNegative(),
    goldPerSecond: nonNegative(),
    spawnRadius: nonNegative(),
    maxUnits: countFrom0(250),
  }),
  commander: z.strictObject({ ...combatant, respawnSeconds: nonNegative() }),
  units: z
    .record(unitKindName, unitSchema, { error: "expected an object of unit types" })
    .refine((u) => Object.keys(u).length >= 1 && Object.keys(u).length <= 16, {
      error: "expected between 1 and 16 unit types",
    }),
  resources: z.strictObject({
    nodes: countFrom0(256),
    maxGold: positive(),
    regrowPerSecond: nonNegative(),
    gatherPerSecond: nonNegative(),
    gatherRange: positive(),
  }),
  creeps: z.strictObject({
    count: countFrom0(512),
    hp: positiveInt(65535),
    damage: nonNegative(),
    range: positive(),
    cooldownMs: positive(),
    speed: nonNegative(),
    radius: positive(),
    wanderRadius: nonNegative(),
    respawnSeconds: nonNegative(),
    bounty: nonNegative(),
  }),
  score: z.strictObject({
    commanderKill: nonNegative(),
    unitKill: nonNegative(),
    creepKill: nonNegative(),
  }),
  match: z.strictObject({
    durationSeconds: positive(),
    scoreLimit: positiveInt(65535),
    endGraceSeconds: nonNegative(),
    reconnectionSeconds: nonNegative(),
    /** the match record stores the world hash every this many ticks (replay checks them) */
    recordHashEveryTicks: positiveInt(600),
    /** spectators per match at most; they hold no seat */
    maxSpectators: countFrom0(64),
    /** how far behind the match spectators watch (against ghosting) */
    spectatorDelaySeconds: nonNegative(),
  }),
  limits: z.strictObject({
    maxUnitsPerOrder: positiveInt(255),
    maxQueuedActions: positiveInt(1024),
    maxMoveCredits: positiveInt(60),
    messagesPerSecond: positiveInt(1000),
    maxMessageBytes: positiveInt(4096),
    maxNameLength: positiveInt(64),
  }),
});

export type Rules = z.infer<typeof rulesSchema>;
export type UnitStats = z.infer<typeof unitSchema>;
