import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace octet. */
export namespace octet {

    /**
     * Properties of a RecordChunk.
     * @deprecated Use octet.RecordChunk.$Properties instead.
     */
    interface IRecordChunk extends octet.RecordChunk.$Properties {
    }

    /** Represents a RecordChunk. */
    class RecordChunk {

        /**
         * Constructs a new RecordChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RecordChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecordChunk header. */
        header?: (octet.RecordHeader.$Properties|null);

        /** RecordChunk tick. */
        tick?: (octet.TickEntry.$Properties|null);

        /** RecordChunk end. */
        end?: (octet.RecordEnd.$Properties|null);

        /** RecordChunk kind. */
        kind?: ("header"|"tick"|"end");

        /**
         * Encodes the specified RecordChunk message. Does not implicitly {@link octet.RecordChunk.verify|verify} messages.
         * @param message RecordChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RecordChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RecordChunk message, length delimited. Does not implicitly {@link octet.RecordChunk.verify|verify} messages.
         * @param message RecordChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RecordChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecordChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RecordChunk & octet.RecordChunk.$Shape} RecordChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RecordChunk & octet.RecordChunk.$Shape;

        /**
         * Decodes a RecordChunk message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RecordChunk & octet.RecordChunk.$Shape} RecordChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RecordChunk & octet.RecordChunk.$Shape;
    }

    namespace RecordChunk {

        /** Properties of a RecordChunk. */
        interface $Properties {

            /** RecordChunk header */
            header?: (octet.RecordHeader.$Properties|null);

            /** RecordChunk tick */
            tick?: (octet.TickEntry.$Properties|null);

            /** RecordChunk end */
            end?: (octet.RecordEnd.$Properties|null);

            /** RecordChunk kind */
            kind?: ("header"|"tick"|"end");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a RecordChunk. */
        type $Shape = {
          header?: octet.RecordHeader.$Shape|null;
          tick?: octet.TickEntry.$Shape|null;
          end?: octet.RecordEnd.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; header?: null; tick?: null; end?: null }|{ kind?: "header"; header: octet.RecordHeader.$Shape; tick?: null; end?: null }|{ kind?: "tick"; header?: null; tick: octet.TickEntry.$Shape; end?: null }|{ kind?: "end"; header?: null; tick?: null; end: octet.RecordEnd.$Shape })
        );
    }

    /**
     * Properties of a RecordHeader.
     * @deprecated Use octet.RecordHeader.$Properties instead.
     */
    interface IRecordHeader extends octet.RecordHeader.$Properties {
    }

    /** Represents a RecordHeader. */
    class RecordHeader {

        /**
         * Constructs a new RecordHeader.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RecordHeader.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecordHeader formatVersion. */
        formatVersion: number;

        /** RecordHeader matchId. */
        matchId: string;

        /** RecordHeader roomId. */
        roomId: string;

        /** RecordHeader rulesJson. */
        rulesJson: string;

        /** RecordHeader seed. */
        seed: number;

        /** RecordHeader startTimeMs. */
        startTimeMs: number;

        /** RecordHeader hashEvery. */
        hashEvery: number;

        /**
         * Encodes the specified RecordHeader message. Does not implicitly {@link octet.RecordHeader.verify|verify} messages.
         * @param message RecordHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RecordHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RecordHeader message, length delimited. Does not implicitly {@link octet.RecordHeader.verify|verify} messages.
         * @param message RecordHeader message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RecordHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecordHeader message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RecordHeader & octet.RecordHeader.$Shape} RecordHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RecordHeader & octet.RecordHeader.$Shape;

        /**
         * Decodes a RecordHeader message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RecordHeader & octet.RecordHeader.$Shape} RecordHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RecordHeader & octet.RecordHeader.$Shape;
    }

    namespace RecordHeader {

        /** Properties of a RecordHeader. */
        interface $Properties {

            /** RecordHeader formatVersion */
            formatVersion?: (number|null);

            /** RecordHeader matchId */
            matchId?: (string|null);

            /** RecordHeader roomId */
            roomId?: (string|null);

            /** RecordHeader rulesJson */
            rulesJson?: (string|null);

            /** RecordHeader seed */
            seed?: (number|null);

            /** RecordHeader startTimeMs */
            startTimeMs?: (number|null);

            /** RecordHeader hashEvery */
            hashEvery?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecordHeader. */
        type $Shape = octet.RecordHeader.$Properties;
    }

    /**
     * Properties of a PlayerJoin.
     * @deprecated Use octet.PlayerJoin.$Properties instead.
     */
    interface IPlayerJoin extends octet.PlayerJoin.$Properties {
    }

    /** Represents a PlayerJoin. */
    class PlayerJoin {

        /**
         * Constructs a new PlayerJoin.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.PlayerJoin.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PlayerJoin player. */
        player: number;

        /** PlayerJoin playerId. */
        playerId: string;

        /** PlayerJoin name. */
        name: string;

        /** PlayerJoin seat. */
        seat: number;

        /** PlayerJoin bot. */
        bot: boolean;

        /**
         * Encodes the specified PlayerJoin message. Does not implicitly {@link octet.PlayerJoin.verify|verify} messages.
         * @param message PlayerJoin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.PlayerJoin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified PlayerJoin message, length delimited. Does not implicitly {@link octet.PlayerJoin.verify|verify} messages.
         * @param message PlayerJoin message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.PlayerJoin.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PlayerJoin message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.PlayerJoin & octet.PlayerJoin.$Shape} PlayerJoin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.PlayerJoin & octet.PlayerJoin.$Shape;

        /**
         * Decodes a PlayerJoin message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.PlayerJoin & octet.PlayerJoin.$Shape} PlayerJoin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.PlayerJoin & octet.PlayerJoin.$Shape;
    }

    namespace PlayerJoin {

        /** Properties of a PlayerJoin. */
        interface $Properties {

            /** PlayerJoin player */
            player?: (number|null);

            /** PlayerJoin playerId */
            playerId?: (string|null);

            /** PlayerJoin name */
            name?: (string|null);

            /** PlayerJoin seat */
            seat?: (number|null);

            /** PlayerJoin bot */
            bot?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PlayerJoin. */
        type $Shape = octet.PlayerJoin.$Properties;
    }

    /**
     * Properties of a RosterEvent.
     * @deprecated Use octet.RosterEvent.$Properties instead.
     */
    interface IRosterEvent extends octet.RosterEvent.$Properties {
    }

    /** Represents a RosterEvent. */
    class RosterEvent {

        /**
         * Constructs a new RosterEvent.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RosterEvent.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RosterEvent join. */
        join?: (octet.PlayerJoin.$Properties|null);

        /** RosterEvent leave. */
        leave?: (number|null);

        /** RosterEvent drop. */
        drop?: (number|null);

        /** RosterEvent back. */
        back?: (number|null);

        /** RosterEvent kind. */
        kind?: ("join"|"leave"|"drop"|"back");

        /**
         * Encodes the specified RosterEvent message. Does not implicitly {@link octet.RosterEvent.verify|verify} messages.
         * @param message RosterEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RosterEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RosterEvent message, length delimited. Does not implicitly {@link octet.RosterEvent.verify|verify} messages.
         * @param message RosterEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RosterEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RosterEvent message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RosterEvent & octet.RosterEvent.$Shape} RosterEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RosterEvent & octet.RosterEvent.$Shape;

        /**
         * Decodes a RosterEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RosterEvent & octet.RosterEvent.$Shape} RosterEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RosterEvent & octet.RosterEvent.$Shape;
    }

    namespace RosterEvent {

        /** Properties of a RosterEvent. */
        interface $Properties {

            /** RosterEvent join */
            join?: (octet.PlayerJoin.$Properties|null);

            /** RosterEvent leave */
            leave?: (number|null);

            /** RosterEvent drop */
            drop?: (number|null);

            /** RosterEvent back */
            back?: (number|null);

            /** RosterEvent kind */
            kind?: ("join"|"leave"|"drop"|"back");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a RosterEvent. */
        type $Shape = {
          join?: octet.PlayerJoin.$Shape|null;
          leave?: number|null;
          drop?: number|null;
          back?: number|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ kind?: undefined; join?: null; leave?: null; drop?: null; back?: null }|{ kind?: "join"; join: octet.PlayerJoin.$Shape; leave?: null; drop?: null; back?: null }|{ kind?: "leave"; join?: null; leave: number; drop?: null; back?: null }|{ kind?: "drop"; join?: null; leave?: null; drop: number; back?: null }|{ kind?: "back"; join?: null; leave?: null; drop?: null; back: number })
        );
    }

    /**
     * Properties of an AppliedAction.
     * @deprecated Use octet.AppliedAction.$Properties instead.
     */
    interface IAppliedAction extends octet.AppliedAction.$Properties {
    }

    /** Represents an AppliedAction. */
    class AppliedAction {

        /**
         * Constructs a new AppliedAction.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.AppliedAction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppliedAction player. */
        player: number;

        /** AppliedAction action. */
        action?: (octet.ClientAction.$Properties|null);

        /**
         * Encodes the specified AppliedAction message. Does not implicitly {@link octet.AppliedAction.verify|verify} messages.
         * @param message AppliedAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.AppliedAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified AppliedAction message, length delimited. Does not implicitly {@link octet.AppliedAction.verify|verify} messages.
         * @param message AppliedAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.AppliedAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppliedAction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.AppliedAction & octet.AppliedAction.$Shape} AppliedAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.AppliedAction & octet.AppliedAction.$Shape;

        /**
         * Decodes an AppliedAction message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.AppliedAction & octet.AppliedAction.$Shape} AppliedAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.AppliedAction & octet.AppliedAction.$Shape;
    }

    namespace AppliedAction {

        /** Properties of an AppliedAction. */
        interface $Properties {

            /** AppliedAction player */
            player?: (number|null);

            /** AppliedAction action */
            action?: (octet.ClientAction.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppliedAction. */
        type $Shape = {
          player?: number|null;
          action?: octet.ClientAction.$Shape|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a TickEntry.
     * @deprecated Use octet.TickEntry.$Properties instead.
     */
    interface ITickEntry extends octet.TickEntry.$Properties {
    }

    /** Represents a TickEntry. */
    class TickEntry {

        /**
         * Constructs a new TickEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.TickEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TickEntry tick. */
        tick: number;

        /** TickEntry roster. */
        roster: octet.RosterEvent.$Properties[];

        /** TickEntry actions. */
        actions: octet.AppliedAction.$Properties[];

        /** TickEntry hash. */
        hash?: (number|null);

        /**
         * Encodes the specified TickEntry message. Does not implicitly {@link octet.TickEntry.verify|verify} messages.
         * @param message TickEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.TickEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified TickEntry message, length delimited. Does not implicitly {@link octet.TickEntry.verify|verify} messages.
         * @param message TickEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.TickEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TickEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.TickEntry & octet.TickEntry.$Shape} TickEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.TickEntry & octet.TickEntry.$Shape;

        /**
         * Decodes a TickEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.TickEntry & octet.TickEntry.$Shape} TickEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.TickEntry & octet.TickEntry.$Shape;
    }

    namespace TickEntry {

        /** Properties of a TickEntry. */
        interface $Properties {

            /** TickEntry tick */
            tick?: (number|null);

            /** TickEntry roster */
            roster?: (octet.RosterEvent.$Properties[]|null);

            /** TickEntry actions */
            actions?: (octet.AppliedAction.$Properties[]|null);

            /** TickEntry hash */
            hash?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TickEntry. */
        type $Shape = {
          tick?: number|null;
          roster?: octet.RosterEvent.$Shape[]|null;
          actions?: octet.AppliedAction.$Shape[]|null;
          hash?: number|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a RecordRank.
     * @deprecated Use octet.RecordRank.$Properties instead.
     */
    interface IRecordRank extends octet.RecordRank.$Properties {
    }

    /** Represents a RecordRank. */
    class RecordRank {

        /**
         * Constructs a new RecordRank.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RecordRank.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecordRank rank. */
        rank: number;

        /** RecordRank playerId. */
        playerId: string;

        /** RecordRank name. */
        name: string;

        /** RecordRank score. */
        score: number;

        /** RecordRank kills. */
        kills: number;

        /**
         * Encodes the specified RecordRank message. Does not implicitly {@link octet.RecordRank.verify|verify} messages.
         * @param message RecordRank message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RecordRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RecordRank message, length delimited. Does not implicitly {@link octet.RecordRank.verify|verify} messages.
         * @param message RecordRank message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RecordRank.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecordRank message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RecordRank & octet.RecordRank.$Shape} RecordRank
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RecordRank & octet.RecordRank.$Shape;

        /**
         * Decodes a RecordRank message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RecordRank & octet.RecordRank.$Shape} RecordRank
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RecordRank & octet.RecordRank.$Shape;
    }

    namespace RecordRank {

        /** Properties of a RecordRank. */
        interface $Properties {

            /** RecordRank rank */
            rank?: (number|null);

            /** RecordRank playerId */
            playerId?: (string|null);

            /** RecordRank name */
            name?: (string|null);

            /** RecordRank score */
            score?: (number|null);

            /** RecordRank kills */
            kills?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecordRank. */
        type $Shape = octet.RecordRank.$Properties;
    }

    /**
     * Properties of a RecordEnd.
     * @deprecated Use octet.RecordEnd.$Properties instead.
     */
    interface IRecordEnd extends octet.RecordEnd.$Properties {
    }

    /** Represents a RecordEnd. */
    class RecordEnd {

        /**
         * Constructs a new RecordEnd.
         * @param [properties] Properties to set
         */
        constructor(properties?: octet.RecordEnd.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RecordEnd tick. */
        tick: number;

        /** RecordEnd reason. */
        reason: string;

        /** RecordEnd ranking. */
        ranking: octet.RecordRank.$Properties[];

        /** RecordEnd endTimeMs. */
        endTimeMs: number;

        /**
         * Encodes the specified RecordEnd message. Does not implicitly {@link octet.RecordEnd.verify|verify} messages.
         * @param message RecordEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: octet.RecordEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Encodes the specified RecordEnd message, length delimited. Does not implicitly {@link octet.RecordEnd.verify|verify} messages.
         * @param message RecordEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RecordEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RecordEnd message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {octet.RecordEnd & octet.RecordEnd.$Shape} RecordEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): octet.RecordEnd & octet.RecordEnd.$Shape;

        /**
         * Decodes a RecordEnd message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RecordEnd & octet.RecordEnd.$Shape} RecordEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RecordEnd & octet.RecordEnd.$Shape;
    }

    namespace RecordEnd {

        /** Properties of a RecordEnd. */
        interface $Properties {

            /** RecordEnd tick */
            tick?: (number|null);

            /** RecordEnd reason */
            reason?: (string|null);

            /** RecordEnd ranking */
            ranking?: (octet.RecordRank.$Properties[]|null);

            /** RecordEnd endTimeMs */
            endTimeMs?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RecordEnd. */
        type $Shape = octet.RecordEnd.$Properties;
    }

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
         * Encodes the specified ClientAction message, length delimited. Does not implicitly {@link octet.ClientAction.verify|verify} messages.
         * @param message ClientAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.ClientAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a ClientAction message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.ClientAction & octet.ClientAction.$Shape} ClientAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.ClientAction & octet.ClientAction.$Shape;
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
         * Encodes the specified CommanderMove message, length delimited. Does not implicitly {@link octet.CommanderMove.verify|verify} messages.
         * @param message CommanderMove message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.CommanderMove.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a CommanderMove message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.CommanderMove & octet.CommanderMove.$Shape} CommanderMove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.CommanderMove & octet.CommanderMove.$Shape;
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
         * Encodes the specified MoveUnits message, length delimited. Does not implicitly {@link octet.MoveUnits.verify|verify} messages.
         * @param message MoveUnits message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.MoveUnits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a MoveUnits message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.MoveUnits & octet.MoveUnits.$Shape} MoveUnits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.MoveUnits & octet.MoveUnits.$Shape;
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
         * Encodes the specified AttackTarget message, length delimited. Does not implicitly {@link octet.AttackTarget.verify|verify} messages.
         * @param message AttackTarget message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.AttackTarget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes an AttackTarget message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.AttackTarget & octet.AttackTarget.$Shape} AttackTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.AttackTarget & octet.AttackTarget.$Shape;
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
         * Encodes the specified TrainUnit message, length delimited. Does not implicitly {@link octet.TrainUnit.verify|verify} messages.
         * @param message TrainUnit message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.TrainUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a TrainUnit message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.TrainUnit & octet.TrainUnit.$Shape} TrainUnit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.TrainUnit & octet.TrainUnit.$Shape;
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
         * Encodes the specified ActionResult message, length delimited. Does not implicitly {@link octet.ActionResult.verify|verify} messages.
         * @param message ActionResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.ActionResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes an ActionResult message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.ActionResult & octet.ActionResult.$Shape} ActionResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.ActionResult & octet.ActionResult.$Shape;
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
         * Encodes the specified ActionResults message, length delimited. Does not implicitly {@link octet.ActionResults.verify|verify} messages.
         * @param message ActionResults message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.ActionResults.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes an ActionResults message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.ActionResults & octet.ActionResults.$Shape} ActionResults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.ActionResults & octet.ActionResults.$Shape;
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
         * Encodes the specified KillEvent message, length delimited. Does not implicitly {@link octet.KillEvent.verify|verify} messages.
         * @param message KillEvent message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.KillEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a KillEvent message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.KillEvent & octet.KillEvent.$Shape} KillEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.KillEvent & octet.KillEvent.$Shape;
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
         * Encodes the specified MatchEvents message, length delimited. Does not implicitly {@link octet.MatchEvents.verify|verify} messages.
         * @param message MatchEvents message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.MatchEvents.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a MatchEvents message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.MatchEvents & octet.MatchEvents.$Shape} MatchEvents
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.MatchEvents & octet.MatchEvents.$Shape;
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
         * Encodes the specified RankEntry message, length delimited. Does not implicitly {@link octet.RankEntry.verify|verify} messages.
         * @param message RankEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.RankEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a RankEntry message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.RankEntry & octet.RankEntry.$Shape} RankEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.RankEntry & octet.RankEntry.$Shape;
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
         * Encodes the specified MatchEnd message, length delimited. Does not implicitly {@link octet.MatchEnd.verify|verify} messages.
         * @param message MatchEnd message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.MatchEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a MatchEnd message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.MatchEnd & octet.MatchEnd.$Shape} MatchEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.MatchEnd & octet.MatchEnd.$Shape;
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
         * Encodes the specified Welcome message, length delimited. Does not implicitly {@link octet.Welcome.verify|verify} messages.
         * @param message Welcome message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a Welcome message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.Welcome & octet.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.Welcome & octet.Welcome.$Shape;
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
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link octet.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encodeDelimited(message: octet.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

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
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @param reader Reader or buffer to decode from
         * @returns {octet.ServerMessage & octet.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): octet.ServerMessage & octet.ServerMessage.$Shape;
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
