import { type SchemaType, schema, t } from "@colyseus/schema";
import { MAX_COORD } from "../sim/geometry.ts";

// Positions travel as 16-bit integers on the simulation's 1/8-unit grid
// (0..8191.875), so clients decode exactly the numbers the server holds.
const coord = () => t.quantized({ min: 0, max: MAX_COORD, bits: 16 });

/** Anything on the map: commanders, units, creeps, resource nodes. */
export const EntityState = schema(
  {
    id: t.uint32(),
    /** Kind code: 0 commander, 1 creep, 2 resource, 3+ unit kinds in rules order. */
    kind: t.uint8(),
    /** Owning player's sessionId; "" for neutrals. Sent once, when the entity appears. */
    owner: t.string(),
    x: coord(),
    y: coord(),
    hp: t.uint16(),
    /** Gold left in a resource node (0 for everything else, so never sent for them). */
    gold: t.uint16(),
  },
  "Entity",
);
export type EntityState = SchemaType<typeof EntityState>;

/**
 * StateView tag for fields only the owning player receives: a view adds its
 * own PlayerState with this tag.
 */
export const OWNER_TAG = 1;

export const PlayerState = schema(
  {
    /**
     * Highest action seq the server has decided, for this player's eyes only.
     * It rides in the same patch as the state it produced, so a client knows
     * exactly which of its inputs a patch contains. Seqs up to it were accepted
     * unless a rejection was sent for them.
     */
    ackSeq: t.uint32().view(OWNER_TAG),
    name: t.string(),
    slot: t.uint8(),
    commanderId: t.uint32(),
    /**
     * Owner only: another player's treasury is hidden information, and since
     * everyone's gold grows at every ambient tick, sending all eight to
     * everyone cost every client about 80 bytes a second for nothing it shows.
     */
    gold: t.uint16().view(OWNER_TAG),
    score: t.uint16(),
    kills: t.uint16(),
    connected: t.boolean(),
    left: t.boolean(),
    /** a server-side bot in an empty seat: set once, at join */
    bot: t.boolean(),
  },
  "Player",
);
export type PlayerState = SchemaType<typeof PlayerState>;

export const MatchState = schema(
  {
    /** a MatchPhase code (sim/phase.ts) */
    phase: t.uint8(),
    /** lobby countdown or match clock, whole seconds */
    secondsLeft: t.uint16(),
    /** while waiting: whole seconds until server-side bots take the empty seats; 0 when none are due */
    botsInSeconds: t.uint16(),
    /** once the match is over: the private match code of its rematch (the first to ask creates it) */
    rematchCode: t.string(),
    /**
     * Server tick, modulo 65536. It stamps every patch with the server's clock,
     * so clients time snapshots (interpolation, clock offset) by the tick that
     * produced them instead of by jittery arrival times. Two bytes per patch.
     */
    tick: t.uint16(),
    /** Filtered per client: each player's StateView holds only what it can see. */
    entities: t.map(EntityState).view(),
    players: t.map(PlayerState),
  },
  "MatchState",
);
export type MatchState = SchemaType<typeof MatchState>;
