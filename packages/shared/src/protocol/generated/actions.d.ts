import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace octet. */
export namespace octet {

    /**
     * Properties of a ClientAction.
     * @deprecated Use octet.ClientAction.$Properties instead.
     */
    interface IClientAction extends octet.ClientAction.$Properties {
    }

    /** Represents a ClientAction. */
    class ClientAction {

        /**
         * Constructs a new ClientAction.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.ClientAction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ClientAction seq. */
        seq: number;

        /** ClientAction commanderMove. */
        commanderMove?: (octet.CommanderMove.$Properties|null);

        /** ClientAction moveUnits. */
        moveUnits?: (octet.MoveUnits.$Properties|null);

        /** ClientAction attack. */
        attack?: (octet.AttackTarget.$Properties|null);

        /** ClientAction train. */
        train?: (octet.TrainUnit.$Properties|null);

        /** ClientAction kind. */
        kind?: ("commanderMove"|"moveUnits"|"attack"|"train");

        /**
         * Encodes the specified ClientAction message. Does not implicitly {@link octet.ClientAction.verify|verify} messages.
         * @param message ClientAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.ClientAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ClientAction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.ClientAction & octet.ClientAction.$Shape} ClientAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.ClientAction & octet.ClientAction.$Shape;

        /**
         * Creates a ClientAction message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ClientAction
         */
        static fromObject(object: { [k: string]: any }): octet.ClientAction;

        /**
         * Creates a plain object from a ClientAction message. Also converts values to other types if specified.
         * @param message ClientAction
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.ClientAction, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ClientAction to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ClientAction
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ClientAction {

        /** Properties of a ClientAction. */
        interface $Properties {

            /** ClientAction seq */
            seq?: (number|null);

            /** ClientAction commanderMove */
            commanderMove?: (octet.CommanderMove.$Properties|null);

            /** ClientAction moveUnits */
            moveUnits?: (octet.MoveUnits.$Properties|null);

            /** ClientAction attack */
            attack?: (octet.AttackTarget.$Properties|null);

            /** ClientAction train */
            train?: (octet.TrainUnit.$Properties|null);

            /** ClientAction kind */
            kind?: ("commanderMove"|"moveUnits"|"attack"|"train");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ClientAction. */
        type $Shape = {
          seq?: number|null;
          commanderMove?: octet.CommanderMove.$Shape|null;
          moveUnits?: octet.MoveUnits.$Shape|null;
          attack?: octet.AttackTarget.$Shape|null;
          train?: octet.TrainUnit.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; commanderMove?: null; moveUnits?: null; attack?: null; train?: null }|{ kind?: "commanderMove"; commanderMove: octet.CommanderMove.$Shape; moveUnits?: null; attack?: null; train?: null }|{ kind?: "moveUnits"; commanderMove?: null; moveUnits: octet.MoveUnits.$Shape; attack?: null; train?: null }|{ kind?: "attack"; commanderMove?: null; moveUnits?: null; attack: octet.AttackTarget.$Shape; train?: null }|{ kind?: "train"; commanderMove?: null; moveUnits?: null; attack?: null; train: octet.TrainUnit.$Shape })
        );
    }

    /**
     * Properties of a CommanderMove.
     * @deprecated Use octet.CommanderMove.$Properties instead.
     */
    interface ICommanderMove extends octet.CommanderMove.$Properties {
    }

    /** Represents a CommanderMove. */
    class CommanderMove {

        /**
         * Constructs a new CommanderMove.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.CommanderMove.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CommanderMove dx. */
        dx: number;

        /** CommanderMove dy. */
        dy: number;

        /**
         * Encodes the specified CommanderMove message. Does not implicitly {@link octet.CommanderMove.verify|verify} messages.
         * @param message CommanderMove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.CommanderMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CommanderMove message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.CommanderMove & octet.CommanderMove.$Shape} CommanderMove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.CommanderMove & octet.CommanderMove.$Shape;

        /**
         * Creates a CommanderMove message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns CommanderMove
         */
        static fromObject(object: { [k: string]: any }): octet.CommanderMove;

        /**
         * Creates a plain object from a CommanderMove message. Also converts values to other types if specified.
         * @param message CommanderMove
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.CommanderMove, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this CommanderMove to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for CommanderMove
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace CommanderMove {

        /** Properties of a CommanderMove. */
        interface $Properties {

            /** CommanderMove dx */
            dx?: (number|null);

            /** CommanderMove dy */
            dy?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CommanderMove. */
        type $Shape = octet.CommanderMove.$Properties;
    }

    /**
     * Properties of a MoveUnits.
     * @deprecated Use octet.MoveUnits.$Properties instead.
     */
    interface IMoveUnits extends octet.MoveUnits.$Properties {
    }

    /** Represents a MoveUnits. */
    class MoveUnits {

        /**
         * Constructs a new MoveUnits.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.MoveUnits.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MoveUnits unitIds. */
        unitIds: number[];

        /** MoveUnits x. */
        x: number;

        /** MoveUnits y. */
        y: number;

        /**
         * Encodes the specified MoveUnits message. Does not implicitly {@link octet.MoveUnits.verify|verify} messages.
         * @param message MoveUnits message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.MoveUnits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MoveUnits message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.MoveUnits & octet.MoveUnits.$Shape} MoveUnits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.MoveUnits & octet.MoveUnits.$Shape;

        /**
         * Creates a MoveUnits message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MoveUnits
         */
        static fromObject(object: { [k: string]: any }): octet.MoveUnits;

        /**
         * Creates a plain object from a MoveUnits message. Also converts values to other types if specified.
         * @param message MoveUnits
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.MoveUnits, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MoveUnits to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MoveUnits
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MoveUnits {

        /** Properties of a MoveUnits. */
        interface $Properties {

            /** MoveUnits unitIds */
            unitIds?: (number[]|null);

            /** MoveUnits x */
            x?: (number|null);

            /** MoveUnits y */
            y?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MoveUnits. */
        type $Shape = octet.MoveUnits.$Properties;
    }

    /**
     * Properties of an AttackTarget.
     * @deprecated Use octet.AttackTarget.$Properties instead.
     */
    interface IAttackTarget extends octet.AttackTarget.$Properties {
    }

    /** Represents an AttackTarget. */
    class AttackTarget {

        /**
         * Constructs a new AttackTarget.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.AttackTarget.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttackTarget unitIds. */
        unitIds: number[];

        /** AttackTarget targetId. */
        targetId: number;

        /**
         * Encodes the specified AttackTarget message. Does not implicitly {@link octet.AttackTarget.verify|verify} messages.
         * @param message AttackTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.AttackTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttackTarget message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.AttackTarget & octet.AttackTarget.$Shape} AttackTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.AttackTarget & octet.AttackTarget.$Shape;

        /**
         * Creates an AttackTarget message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AttackTarget
         */
        static fromObject(object: { [k: string]: any }): octet.AttackTarget;

        /**
         * Creates a plain object from an AttackTarget message. Also converts values to other types if specified.
         * @param message AttackTarget
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.AttackTarget, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AttackTarget to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AttackTarget
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AttackTarget {

        /** Properties of an AttackTarget. */
        interface $Properties {

            /** AttackTarget unitIds */
            unitIds?: (number[]|null);

            /** AttackTarget targetId */
            targetId?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AttackTarget. */
        type $Shape = octet.AttackTarget.$Properties;
    }

    /**
     * Properties of a TrainUnit.
     * @deprecated Use octet.TrainUnit.$Properties instead.
     */
    interface ITrainUnit extends octet.TrainUnit.$Properties {
    }

    /** Represents a TrainUnit. */
    class TrainUnit {

        /**
         * Constructs a new TrainUnit.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.TrainUnit.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrainUnit unitKind. */
        unitKind: string;

        /**
         * Encodes the specified TrainUnit message. Does not implicitly {@link octet.TrainUnit.verify|verify} messages.
         * @param message TrainUnit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.TrainUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrainUnit message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.TrainUnit & octet.TrainUnit.$Shape} TrainUnit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.TrainUnit & octet.TrainUnit.$Shape;

        /**
         * Creates a TrainUnit message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TrainUnit
         */
        static fromObject(object: { [k: string]: any }): octet.TrainUnit;

        /**
         * Creates a plain object from a TrainUnit message. Also converts values to other types if specified.
         * @param message TrainUnit
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.TrainUnit, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TrainUnit to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TrainUnit
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TrainUnit {

        /** Properties of a TrainUnit. */
        interface $Properties {

            /** TrainUnit unitKind */
            unitKind?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrainUnit. */
        type $Shape = octet.TrainUnit.$Properties;
    }

    /** RejectReason enum. */
    enum RejectReason {

        /** REJECT_REASON_NONE value */
        REJECT_REASON_NONE = 0,

        /** MALFORMED value */
        MALFORMED = 1,

        /** UNKNOWN_ACTION value */
        UNKNOWN_ACTION = 2,

        /** OUT_OF_RANGE value */
        OUT_OF_RANGE = 3,

        /** NOT_OWNER value */
        NOT_OWNER = 4,

        /** NOT_ALIVE value */
        NOT_ALIVE = 5,

        /** NOT_PLAYING value */
        NOT_PLAYING = 6,

        /** RATE_LIMITED value */
        RATE_LIMITED = 7,

        /** INSUFFICIENT_GOLD value */
        INSUFFICIENT_GOLD = 8,

        /** UNIT_LIMIT value */
        UNIT_LIMIT = 9,

        /** UNKNOWN_ENTITY value */
        UNKNOWN_ENTITY = 10,

        /** STALE_SEQ value */
        STALE_SEQ = 11,

        /** TOO_LARGE value */
        TOO_LARGE = 12,

        /** INVALID_TARGET value */
        INVALID_TARGET = 13,

        /** SPECTATOR value */
        SPECTATOR = 14
    }

    /**
     * Properties of an ActionResult.
     * @deprecated Use octet.ActionResult.$Properties instead.
     */
    interface IActionResult extends octet.ActionResult.$Properties {
    }

    /** Represents an ActionResult. */
    class ActionResult {

        /**
         * Constructs a new ActionResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.ActionResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActionResult seq. */
        seq: number;

        /** ActionResult accepted. */
        accepted: boolean;

        /** ActionResult reason. */
        reason: octet.RejectReason;

        /** ActionResult detail. */
        detail: string;

        /**
         * Encodes the specified ActionResult message. Does not implicitly {@link octet.ActionResult.verify|verify} messages.
         * @param message ActionResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.ActionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActionResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.ActionResult & octet.ActionResult.$Shape} ActionResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.ActionResult & octet.ActionResult.$Shape;

        /**
         * Creates an ActionResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActionResult
         */
        static fromObject(object: { [k: string]: any }): octet.ActionResult;

        /**
         * Creates a plain object from an ActionResult message. Also converts values to other types if specified.
         * @param message ActionResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.ActionResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActionResult to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActionResult
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActionResult {

        /** Properties of an ActionResult. */
        interface $Properties {

            /** ActionResult seq */
            seq?: (number|null);

            /** ActionResult accepted */
            accepted?: (boolean|null);

            /** ActionResult reason */
            reason?: (octet.RejectReason|null);

            /** ActionResult detail */
            detail?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActionResult. */
        type $Shape = octet.ActionResult.$Properties;
    }

    /**
     * Properties of an ActionResults.
     * @deprecated Use octet.ActionResults.$Properties instead.
     */
    interface IActionResults extends octet.ActionResults.$Properties {
    }

    /** Represents an ActionResults. */
    class ActionResults {

        /**
         * Constructs a new ActionResults.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.ActionResults.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActionResults tick. */
        tick: number;

        /** ActionResults results. */
        results: octet.ActionResult.$Properties[];

        /**
         * Encodes the specified ActionResults message. Does not implicitly {@link octet.ActionResults.verify|verify} messages.
         * @param message ActionResults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.ActionResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActionResults message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.ActionResults & octet.ActionResults.$Shape} ActionResults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.ActionResults & octet.ActionResults.$Shape;

        /**
         * Creates an ActionResults message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActionResults
         */
        static fromObject(object: { [k: string]: any }): octet.ActionResults;

        /**
         * Creates a plain object from an ActionResults message. Also converts values to other types if specified.
         * @param message ActionResults
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.ActionResults, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActionResults to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActionResults
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActionResults {

        /** Properties of an ActionResults. */
        interface $Properties {

            /** ActionResults tick */
            tick?: (number|null);

            /** ActionResults results */
            results?: (octet.ActionResult.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActionResults. */
        type $Shape = octet.ActionResults.$Properties;
    }

    /**
     * Properties of a KillEvent.
     * @deprecated Use octet.KillEvent.$Properties instead.
     */
    interface IKillEvent extends octet.KillEvent.$Properties {
    }

    /** Represents a KillEvent. */
    class KillEvent {

        /**
         * Constructs a new KillEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.KillEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KillEvent victimId. */
        victimId: number;

        /** KillEvent victimKind. */
        victimKind: number;

        /** KillEvent victimOwner. */
        victimOwner: string;

        /** KillEvent killerId. */
        killerId: number;

        /** KillEvent killerOwner. */
        killerOwner: string;

        /**
         * Encodes the specified KillEvent message. Does not implicitly {@link octet.KillEvent.verify|verify} messages.
         * @param message KillEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.KillEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KillEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.KillEvent & octet.KillEvent.$Shape} KillEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.KillEvent & octet.KillEvent.$Shape;

        /**
         * Creates a KillEvent message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns KillEvent
         */
        static fromObject(object: { [k: string]: any }): octet.KillEvent;

        /**
         * Creates a plain object from a KillEvent message. Also converts values to other types if specified.
         * @param message KillEvent
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.KillEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this KillEvent to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for KillEvent
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace KillEvent {

        /** Properties of a KillEvent. */
        interface $Properties {

            /** KillEvent victimId */
            victimId?: (number|null);

            /** KillEvent victimKind */
            victimKind?: (number|null);

            /** KillEvent victimOwner */
            victimOwner?: (string|null);

            /** KillEvent killerId */
            killerId?: (number|null);

            /** KillEvent killerOwner */
            killerOwner?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KillEvent. */
        type $Shape = octet.KillEvent.$Properties;
    }

    /**
     * Properties of a MatchEvents.
     * @deprecated Use octet.MatchEvents.$Properties instead.
     */
    interface IMatchEvents extends octet.MatchEvents.$Properties {
    }

    /** Represents a MatchEvents. */
    class MatchEvents {

        /**
         * Constructs a new MatchEvents.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.MatchEvents.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MatchEvents tick. */
        tick: number;

        /** MatchEvents kills. */
        kills: octet.KillEvent.$Properties[];

        /**
         * Encodes the specified MatchEvents message. Does not implicitly {@link octet.MatchEvents.verify|verify} messages.
         * @param message MatchEvents message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.MatchEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MatchEvents message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.MatchEvents & octet.MatchEvents.$Shape} MatchEvents
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.MatchEvents & octet.MatchEvents.$Shape;

        /**
         * Creates a MatchEvents message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MatchEvents
         */
        static fromObject(object: { [k: string]: any }): octet.MatchEvents;

        /**
         * Creates a plain object from a MatchEvents message. Also converts values to other types if specified.
         * @param message MatchEvents
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.MatchEvents, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MatchEvents to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MatchEvents
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MatchEvents {

        /** Properties of a MatchEvents. */
        interface $Properties {

            /** MatchEvents tick */
            tick?: (number|null);

            /** MatchEvents kills */
            kills?: (octet.KillEvent.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MatchEvents. */
        type $Shape = octet.MatchEvents.$Properties;
    }

    /**
     * Properties of a RankEntry.
     * @deprecated Use octet.RankEntry.$Properties instead.
     */
    interface IRankEntry extends octet.RankEntry.$Properties {
    }

    /** Represents a RankEntry. */
    class RankEntry {

        /**
         * Constructs a new RankEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RankEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RankEntry rank. */
        rank: number;

        /** RankEntry playerId. */
        playerId: string;

        /** RankEntry name. */
        name: string;

        /** RankEntry score. */
        score: number;

        /** RankEntry kills. */
        kills: number;

        /**
         * Encodes the specified RankEntry message. Does not implicitly {@link octet.RankEntry.verify|verify} messages.
         * @param message RankEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RankEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RankEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RankEntry & octet.RankEntry.$Shape} RankEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RankEntry & octet.RankEntry.$Shape;

        /**
         * Creates a RankEntry message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RankEntry
         */
        static fromObject(object: { [k: string]: any }): octet.RankEntry;

        /**
         * Creates a plain object from a RankEntry message. Also converts values to other types if specified.
         * @param message RankEntry
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.RankEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RankEntry to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RankEntry
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RankEntry {

        /** Properties of a RankEntry. */
        interface $Properties {

            /** RankEntry rank */
            rank?: (number|null);

            /** RankEntry playerId */
            playerId?: (string|null);

            /** RankEntry name */
            name?: (string|null);

            /** RankEntry score */
            score?: (number|null);

            /** RankEntry kills */
            kills?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RankEntry. */
        type $Shape = octet.RankEntry.$Properties;
    }

    /**
     * Properties of a MatchEnd.
     * @deprecated Use octet.MatchEnd.$Properties instead.
     */
    interface IMatchEnd extends octet.MatchEnd.$Properties {
    }

    /** Represents a MatchEnd. */
    class MatchEnd {

        /**
         * Constructs a new MatchEnd.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.MatchEnd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MatchEnd tick. */
        tick: number;

        /** MatchEnd reason. */
        reason: string;

        /** MatchEnd ranking. */
        ranking: octet.RankEntry.$Properties[];

        /** MatchEnd matchId. */
        matchId: string;

        /**
         * Encodes the specified MatchEnd message. Does not implicitly {@link octet.MatchEnd.verify|verify} messages.
         * @param message MatchEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.MatchEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MatchEnd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.MatchEnd & octet.MatchEnd.$Shape} MatchEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.MatchEnd & octet.MatchEnd.$Shape;

        /**
         * Creates a MatchEnd message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MatchEnd
         */
        static fromObject(object: { [k: string]: any }): octet.MatchEnd;

        /**
         * Creates a plain object from a MatchEnd message. Also converts values to other types if specified.
         * @param message MatchEnd
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.MatchEnd, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MatchEnd to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MatchEnd
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MatchEnd {

        /** Properties of a MatchEnd. */
        interface $Properties {

            /** MatchEnd tick */
            tick?: (number|null);

            /** MatchEnd reason */
            reason?: (string|null);

            /** MatchEnd ranking */
            ranking?: (octet.RankEntry.$Properties[]|null);

            /** MatchEnd matchId */
            matchId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MatchEnd. */
        type $Shape = octet.MatchEnd.$Properties;
    }

    /**
     * Properties of a Welcome.
     * @deprecated Use octet.Welcome.$Properties instead.
     */
    interface IWelcome extends octet.Welcome.$Properties {
    }

    /** Represents a Welcome. */
    class Welcome {

        /**
         * Constructs a new Welcome.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.Welcome.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Welcome playerId. */
        playerId: string;

        /** Welcome rulesJson. */
        rulesJson: string;

        /** Welcome tick. */
        tick: number;

        /** Welcome resumeToken. */
        resumeToken: string;

        /**
         * Encodes the specified Welcome message. Does not implicitly {@link octet.Welcome.verify|verify} messages.
         * @param message Welcome message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Welcome message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.Welcome & octet.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.Welcome & octet.Welcome.$Shape;

        /**
         * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Welcome
         */
        static fromObject(object: { [k: string]: any }): octet.Welcome;

        /**
         * Creates a plain object from a Welcome message. Also converts values to other types if specified.
         * @param message Welcome
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Welcome to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Welcome
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Welcome {

        /** Properties of a Welcome. */
        interface $Properties {

            /** Welcome playerId */
            playerId?: (string|null);

            /** Welcome rulesJson */
            rulesJson?: (string|null);

            /** Welcome tick */
            tick?: (number|null);

            /** Welcome resumeToken */
            resumeToken?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Welcome. */
        type $Shape = octet.Welcome.$Properties;
    }

    /**
     * Properties of a ServerMessage.
     * @deprecated Use octet.ServerMessage.$Properties instead.
     */
    interface IServerMessage extends octet.ServerMessage.$Properties {
    }

    /** Represents a ServerMessage. */
    class ServerMessage {

        /**
         * Constructs a new ServerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.ServerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerMessage results. */
        results?: (octet.ActionResults.$Properties|null);

        /** ServerMessage events. */
        events?: (octet.MatchEvents.$Properties|null);

        /** ServerMessage matchEnd. */
        matchEnd?: (octet.MatchEnd.$Properties|null);

        /** ServerMessage welcome. */
        welcome?: (octet.Welcome.$Properties|null);

        /** ServerMessage kind. */
        kind?: ("results"|"events"|"matchEnd"|"welcome");

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link octet.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.ServerMessage & octet.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.ServerMessage & octet.ServerMessage.$Shape;

        /**
         * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ServerMessage
         */
        static fromObject(object: { [k: string]: any }): octet.ServerMessage;

        /**
         * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
         * @param message ServerMessage
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: octet.ServerMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ServerMessage to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ServerMessage
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ServerMessage {

        /** Properties of a ServerMessage. */
        interface $Properties {

            /** ServerMessage results */
            results?: (octet.ActionResults.$Properties|null);

            /** ServerMessage events */
            events?: (octet.MatchEvents.$Properties|null);

            /** ServerMessage matchEnd */
            matchEnd?: (octet.MatchEnd.$Properties|null);

            /** ServerMessage welcome */
            welcome?: (octet.Welcome.$Properties|null);

            /** ServerMessage kind */
            kind?: ("results"|"events"|"matchEnd"|"welcome");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a ServerMessage. */
        type $Shape = {
          results?: octet.ActionResults.$Shape|null;
          events?: octet.MatchEvents.$Shape|null;
          matchEnd?: octet.MatchEnd.$Shape|null;
          welcome?: octet.Welcome.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; results?: null; events?: null; matchEnd?: null; welcome?: null }|{ kind?: "results"; results: octet.ActionResults.$Shape; events?: null; matchEnd?: null; welcome?: null }|{ kind?: "events"; results?: null; events: octet.MatchEvents.$Shape; matchEnd?: null; welcome?: null }|{ kind?: "matchEnd"; results?: null; events?: null; matchEnd: octet.MatchEnd.$Shape; welcome?: null }|{ kind?: "welcome"; results?: null; events?: null; matchEnd?: null; welcome: octet.Welcome.$Shape })
        );
    }
}
