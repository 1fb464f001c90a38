import { z } from "zod";

// Every number a designer can touch lives in one of these shapes. Each field
// carries the phrase that ends up in a validation message, so a bad edit reads
// "units.archer.range: expected a positive number, got -3", and a description
// and a unit, which become the JSON Schema editors read (rules.schema.json)
// and the reference page (docs/rules.md): `npm run gen:rules` writes both.

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

/** A setting's meaning and unit, for the JSON Schema and the reference page. */
function doc<T extends z.ZodType>(schema: T, description: string, unit?: string): T {
  return schema.meta(unit ? { description, unit } : { description });
}

const rect = z
  .strictObject({
    x: doc(nonNegative(), "Left edge.", "world units"),
    y: doc(nonNegative(), "Top edge.", "world units"),
    w: doc(positive(), "Width.", "world units"),
    h: doc(positive(), "Height.", "world units"),
  })
  .meta({ description: "A rectangle nothing can walk or be placed through." });

const combatant = (who: string) => ({
  speed: doc(positive(), `How fast ${who} moves.`, "world units / s"),
  hp: doc(positiveInt(65535), `Hit points of ${who} at full health.`, "hp"),
  damage: doc(positive(), `Hit points one blow of ${who} takes.`, "hp"),
  range: doc(
    positive(),
    `How far ${who} reaches with a blow, from its centre to the target's edge.`,
    "world units",
  ),
  cooldownMs: doc(positive(), `Time between two blows of ${who}.`, "ms"),
  radius: doc(positive(), `Size of ${who}: walls and ranges count from this circle.`, "world units"),
});

// A unit with damage 0 never attacks (a worker, a scout, a decoy); it still
// gathers when idle and can be ordered around.
export const unitSchema = z
  .strictObject({
    ...combatant("the unit"),
    damage: doc(
      nonNegative(),
      "Hit points one blow of the unit takes; 0: it never attacks (a worker, a decoy).",
      "hp",
    ),
    cost: doc(nonNegative(), "Gold a player pays to train one.", "gold"),
  })
  .meta({ description: "One trainable unit type." });

const unitKindName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,15}$/, { error: "expected a unit name of lowercase letters, digits or _" });

export const rulesSchema = z.strictObject({
  map: z
    .strictObject({
      width: doc(positiveInt(8192), "Width of the map.", "world units"),
      height: doc(positiveInt(8192), "Height of the map.", "world units"),
      walls: doc(
        z.array(rect, { error: "expected a list of walls" }).max(64, { error: "expected at most 64 walls" }),
        "Walls: rectangles inside the map; they must leave every spawn point free and joined by a path.",
      ),
    })
    .meta({ description: "The map: its size and its walls." }),
  ticks: z
    .strictObject({
      criticalHz: doc(
        positiveInt(60),
        "Simulation steps per second: movement, combat, patches to players.",
        "Hz",
      ),
      ambientHz: doc(
        positiveInt(60),
        "Steps per second of the ambient systems (gold, creeps, scoreboard, clock); divides criticalHz.",
        "Hz",
      ),
    })
    .meta({ description: "How often the world steps." }),
  vision: z
    .strictObject({
      radius: doc(positive(), "How far a player's commander and units see (fog of war).", "world units"),
      hysteresis: doc(
        nonNegative(),
        "Extra distance before something seen leaves the view again.",
        "world units",
      ),
      cellSize: doc(
        positiveInt(4096),
        "Cell size of the server's interest grid: speed only, what a player sees does not depend on it.",
        "world units",
      ),
    })
    .meta({ description: "Fog of war." }),
  players: z
    .strictObject({
      max: doc(positiveInt(8), "Seats in a match; a full match starts at once.", "players"),
      minToStart: doc(
        positiveInt(8),
        "Players needed before the lobby countdown starts; at most max.",
        "players",
      ),
      lobbyWaitSeconds: doc(nonNegative(), "Lobby countdown once minToStart players are in.", "s"),
      botFillSeconds: doc(
        nonNegative(),
        "Wait after the first player joins a waiting match before server-side bots take every empty seat; 0 never fills.",
        "s",
      ),
      startGold: doc(nonNegative(), "Gold each player starts with.", "gold"),
      goldPerSecond: doc(nonNegative(), "Gold each player earns by itself.", "gold / s"),
      spawnRadius: doc(nonNegative(), "Distance of the spawn points from the map's centre.", "world units"),
      maxUnits: doc(countFrom0(250), "Units one player may have at once.", "units"),
    })
    .meta({ description: "Seats, the lobby, starting gold and income." }),
  commander: z
    .strictObject({
      ...combatant("the commander"),
      respawnSeconds: doc(
        nonNegative(),
        "Time a fallen commander waits before it returns at its spawn point.",
        "s",
      ),
    })
    .meta({ description: "Each player's commander, moved directly with the keyboard." }),
  units: doc(
    z
      .record(unitKindName, unitSchema, { error: "expected an object of unit types" })
      .refine((u) => Object.keys(u).length >= 1 && Object.keys(u).length <= 16, {
        error: "expected between 1 and 16 unit types",
      }),
    'Unit types by name (1 to 16; lowercase letters, digits, _). In a rules file, null removes one: { "scout": null }.',
  ),
  resources: z
    .strictObject({
      nodes: doc(countFrom0(256), "Gold nodes on the map.", "nodes"),
      maxGold: doc(positive(), "Gold a node holds when full.", "gold"),
      regrowPerSecond: doc(nonNegative(), "Gold a node regrows.", "gold / s"),
      gatherPerSecond: doc(
        nonNegative(),
        "Gold a commander or idle unit near a node takes from it.",
        "gold / s",
      ),
      gatherRange: doc(positive(), "How near a node a gatherer must stand.", "world units"),
    })
    .meta({ description: "Gold nodes." }),
  creeps: z
    .strictObject({
      count: doc(countFrom0(512), "Neutral creeps on the map.", "creeps"),
      hp: doc(positiveInt(65535), "Hit points of a creep.", "hp"),
      damage: doc(nonNegative(), "Hit points one blow of a creep takes; 0: creeps never fight back.", "hp"),
      range: doc(positive(), "How far a creep reaches with a blow.", "world units"),
      cooldownMs: doc(positive(), "Time between two blows of a creep.", "ms"),
      speed: doc(nonNegative(), "How fast creeps wander.", "world units / s"),
      radius: doc(positive(), "Size of a creep.", "world units"),
      wanderRadius: doc(nonNegative(), "How far a creep wanders from its home.", "world units"),
      respawnSeconds: doc(nonNegative(), "Time before a killed creep returns home.", "s"),
      bounty: doc(nonNegative(), "Gold paid to the player who kills a creep.", "gold"),
    })
    .meta({ description: "Neutral creeps: practice targets that wander and fight back." }),
  score: z
    .strictObject({
      commanderKill: doc(nonNegative(), "Points for killing another player's commander.", "points"),
      unitKill: doc(nonNegative(), "Points for killing another player's unit.", "points"),
      creepKill: doc(nonNegative(), "Points for killing a creep.", "points"),
    })
    .meta({ description: "Points for kills; the ranking is by score." }),
  match: z
    .strictObject({
      durationSeconds: doc(
        // 3 s: long enough for a tick-rate-independent start, a fight and an end
        // (tests and sandbox matches use a few seconds); a 0.01 s match is a typo.
        z
          .number({ error: "expected a match length of at least 3 seconds" })
          .min(3, { error: "expected a match length of at least 3 seconds" }),
        "How long a match lasts unless someone reaches the score limit.",
        "s",
      ),
      scoreLimit: doc(positiveInt(65535), "Score that ends the match at once.", "points"),
      endGraceSeconds: doc(nonNegative(), "How long the results stay up before the room closes.", "s"),
      reconnectionSeconds: doc(nonNegative(), "How long a dropped player's seat is kept for it.", "s"),
      recordHashEveryTicks: doc(
        positiveInt(600),
        "The match record stores the world hash every this many ticks; a replay checks each one.",
        "ticks",
      ),
      maxSpectators: doc(
        countFrom0(64),
        "Spectators one match takes at most; they hold no seat.",
        "spectators",
      ),
      spectatorDelaySeconds: doc(
        nonNegative(),
        "How far behind the match live spectators watch (so they cannot tell players what they see).",
        "s",
      ),
    })
    .meta({ description: "How a match ends." }),
  orders: z
    .strictObject({
      guardRadius: doc(
        positive(),
        "Guarding units engage a hostile their owner can see within this distance of their commander.",
        "world units",
      ),
      guardLeash: doc(
        positive(),
        "Guarding units give up a chase once the target is this far from their commander; at least guardRadius.",
        "world units",
      ),
      guardOnTrain: doc(
        z.boolean({ error: "expected true or false" }),
        "Newly trained units start guarding their commander (follow it, fight what threatens it); false: they stand where they spawn.",
        "true / false",
      ),
    })
    .meta({ description: "Standing orders: guarding units follow their commander in formation." }),
  limits: z
    .strictObject({
      maxUnitsPerOrder: doc(positiveInt(255), "Units one move, attack or guard order may carry.", "units"),
      maxQueuedActions: doc(positiveInt(1024), "Actions of one player waiting for the next tick.", "actions"),
      maxMoveCredits: doc(positiveInt(60), "Commander moves a player may bank (one more per tick).", "moves"),
      messagesPerSecond: doc(
        positiveInt(1000),
        "Messages a client may send before it counts as flooding.",
        "messages / s",
      ),
      maxMessageBytes: doc(positiveInt(4096), "Largest action message accepted.", "bytes"),
      maxNameLength: doc(positiveInt(64), "Longest player name kept.", "characters"),
    })
    .meta({ description: "Input limits that keep one client from costing others." }),
});

export type Rules = z.infer<typeof rulesSchema>;
export type UnitStats = z.infer<typeof unitSchema>;
