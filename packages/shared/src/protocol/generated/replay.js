/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["replay"] || ($protobuf.roots["replay"] = {});

export const octet = $root.octet = (() => {

    /**
     * Namespace octet.
     * @exports octet
     * @namespace
     */
    const octet = {};

    octet.RecordChunk = (function() {

        /**
         * Properties of a RecordChunk.
         * @typedef {Object} octet.RecordChunk.$Properties
         * @property {octet.RecordHeader.$Properties|null} [header] RecordChunk header
         * @property {octet.TickEntry.$Properties|null} [tick] RecordChunk tick
         * @property {octet.RecordEnd.$Properties|null} [end] RecordChunk end
         * @property {"header"|"tick"|"end"} [kind] RecordChunk kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RecordChunk.
         * @memberof octet
         * @interface IRecordChunk
         * @augments octet.RecordChunk.$Properties
         * @deprecated Use octet.RecordChunk.$Properties instead.
         */

        /**
         * Narrowed shape of a RecordChunk.
         * @typedef {{
         *   header?: octet.RecordHeader.$Shape|null;
         *   tick?: octet.TickEntry.$Shape|null;
         *   end?: octet.RecordEnd.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; header?: null; tick?: null; end?: null }|{ kind?: "header"; header: octet.RecordHeader.$Shape; tick?: null; end?: null }|{ kind?: "tick"; header?: null; tick: octet.TickEntry.$Shape; end?: null }|{ kind?: "end"; header?: null; tick?: null; end: octet.RecordEnd.$Shape })
         * )} octet.RecordChunk.$Shape
         */

        /**
         * Constructs a new RecordChunk.
         * @memberof octet
         * @classdesc Represents a RecordChunk.
         * @constructor
         * @param {octet.RecordChunk.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RecordChunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RecordChunk header.
         * @member {octet.RecordHeader.$Properties|null|undefined} header
         * @memberof octet.RecordChunk
         * @instance
         */
        RecordChunk.prototype.header = null;

        /**
         * RecordChunk tick.
         * @member {octet.TickEntry.$Properties|null|undefined} tick
         * @memberof octet.RecordChunk
         * @instance
         */
        RecordChunk.prototype.tick = null;

        /**
         * RecordChunk end.
         * @member {octet.RecordEnd.$Properties|null|undefined} end
         * @memberof octet.RecordChunk
         * @instance
         */
        RecordChunk.prototype.end = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RecordChunk kind.
         * @member {"header"|"tick"|"end"|undefined} kind
         * @memberof octet.RecordChunk
         * @instance
         */
        $Object.defineProperty(RecordChunk.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["header", "tick", "end"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified RecordChunk message. Does not implicitly {@link octet.RecordChunk.verify|verify} messages.
         * @function encode
         * @memberof octet.RecordChunk
         * @static
         * @param {octet.RecordChunk.$Properties} message RecordChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                $root.octet.RecordHeader.encode(message.header, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                $root.octet.TickEntry.encode(message.tick, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                $root.octet.RecordEnd.encode(message.end, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RecordChunk message, length delimited. Does not implicitly {@link octet.RecordChunk.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RecordChunk
         * @static
         * @param {octet.RecordChunk.$Properties} message RecordChunk message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordChunk.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RecordChunk message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RecordChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RecordChunk & octet.RecordChunk.$Shape} RecordChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordChunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RecordChunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.header = $root.octet.RecordHeader.decode(reader, reader.size(), $undefined, _depth + 1, message.header);
                        message.kind = "header";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.tick = $root.octet.TickEntry.decode(reader, reader.size(), $undefined, _depth + 1, message.tick);
                        message.kind = "tick";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.end = $root.octet.RecordEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.end);
                        message.kind = "end";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RecordChunk message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RecordChunk
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RecordChunk & octet.RecordChunk.$Shape} RecordChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordChunk.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RecordChunk;
    })();

    octet.RecordHeader = (function() {

        /**
         * Properties of a RecordHeader.
         * @typedef {Object} octet.RecordHeader.$Properties
         * @property {number|null} [formatVersion] RecordHeader formatVersion
         * @property {string|null} [matchId] RecordHeader matchId
         * @property {string|null} [roomId] RecordHeader roomId
         * @property {string|null} [rulesJson] RecordHeader rulesJson
         * @property {number|null} [seed] RecordHeader seed
         * @property {number|null} [startTimeMs] RecordHeader startTimeMs
         * @property {number|null} [hashEvery] RecordHeader hashEvery
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RecordHeader.
         * @memberof octet
         * @interface IRecordHeader
         * @augments octet.RecordHeader.$Properties
         * @deprecated Use octet.RecordHeader.$Properties instead.
         */

        /**
         * Shape of a RecordHeader.
         * @typedef {octet.RecordHeader.$Properties} octet.RecordHeader.$Shape
         */

        /**
         * Constructs a new RecordHeader.
         * @memberof octet
         * @classdesc Represents a RecordHeader.
         * @constructor
         * @param {octet.RecordHeader.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RecordHeader = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RecordHeader formatVersion.
         * @member {number} formatVersion
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.formatVersion = 0;

        /**
         * RecordHeader matchId.
         * @member {string} matchId
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.matchId = "";

        /**
         * RecordHeader roomId.
         * @member {string} roomId
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.roomId = "";

        /**
         * RecordHeader rulesJson.
         * @member {string} rulesJson
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.rulesJson = "";

        /**
         * RecordHeader seed.
         * @member {number} seed
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.seed = 0;

        /**
         * RecordHeader startTimeMs.
         * @member {number} startTimeMs
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.startTimeMs = 0;

        /**
         * RecordHeader hashEvery.
         * @member {number} hashEvery
         * @memberof octet.RecordHeader
         * @instance
         */
        RecordHeader.prototype.hashEvery = 0;

        /**
         * Encodes the specified RecordHeader message. Does not implicitly {@link octet.RecordHeader.verify|verify} messages.
         * @function encode
         * @memberof octet.RecordHeader
         * @static
         * @param {octet.RecordHeader.$Properties} message RecordHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordHeader.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
            if (message.matchId != null && $Object.hasOwnProperty.call(message, "matchId") && message.matchId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.matchId);
            if (message.roomId != null && $Object.hasOwnProperty.call(message, "roomId") && message.roomId !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.roomId);
            if (message.rulesJson != null && $Object.hasOwnProperty.call(message, "rulesJson") && message.rulesJson !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.rulesJson);
            if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seed);
            if (message.startTimeMs != null && $Object.hasOwnProperty.call(message, "startTimeMs") && !$Object.is(message.startTimeMs, 0))
                writer.uint32(/* id 6, wireType 1 =*/49).double(message.startTimeMs);
            if (message.hashEvery != null && $Object.hasOwnProperty.call(message, "hashEvery") && message.hashEvery !== 0)
                writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.hashEvery);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RecordHeader message, length delimited. Does not implicitly {@link octet.RecordHeader.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RecordHeader
         * @static
         * @param {octet.RecordHeader.$Properties} message RecordHeader message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordHeader.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RecordHeader message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RecordHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RecordHeader & octet.RecordHeader.$Shape} RecordHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordHeader.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RecordHeader();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.formatVersion = value;
                        else
                            delete message.formatVersion;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.matchId = value;
                        else
                            delete message.matchId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.roomId = value;
                        else
                            delete message.roomId;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.rulesJson = value;
                        else
                            delete message.rulesJson;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seed = value;
                        else
                            delete message.seed;
                        continue;
                    }
                case 6: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.startTimeMs = value;
                        else
                            delete message.startTimeMs;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.hashEvery = value;
                        else
                            delete message.hashEvery;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RecordHeader message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RecordHeader
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RecordHeader & octet.RecordHeader.$Shape} RecordHeader
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordHeader.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RecordHeader;
    })();

    octet.PlayerJoin = (function() {

        /**
         * Properties of a PlayerJoin.
         * @typedef {Object} octet.PlayerJoin.$Properties
         * @property {number|null} [player] PlayerJoin player
         * @property {string|null} [playerId] PlayerJoin playerId
         * @property {string|null} [name] PlayerJoin name
         * @property {number|null} [seat] PlayerJoin seat
         * @property {boolean|null} [bot] PlayerJoin bot
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a PlayerJoin.
         * @memberof octet
         * @interface IPlayerJoin
         * @augments octet.PlayerJoin.$Properties
         * @deprecated Use octet.PlayerJoin.$Properties instead.
         */

        /**
         * Shape of a PlayerJoin.
         * @typedef {octet.PlayerJoin.$Properties} octet.PlayerJoin.$Shape
         */

        /**
         * Constructs a new PlayerJoin.
         * @memberof octet
         * @classdesc Represents a PlayerJoin.
         * @constructor
         * @param {octet.PlayerJoin.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const PlayerJoin = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * PlayerJoin player.
         * @member {number} player
         * @memberof octet.PlayerJoin
         * @instance
         */
        PlayerJoin.prototype.player = 0;

        /**
         * PlayerJoin playerId.
         * @member {string} playerId
         * @memberof octet.PlayerJoin
         * @instance
         */
        PlayerJoin.prototype.playerId = "";

        /**
         * PlayerJoin name.
         * @member {string} name
         * @memberof octet.PlayerJoin
         * @instance
         */
        PlayerJoin.prototype.name = "";

        /**
         * PlayerJoin seat.
         * @member {number} seat
         * @memberof octet.PlayerJoin
         * @instance
         */
        PlayerJoin.prototype.seat = 0;

        /**
         * PlayerJoin bot.
         * @member {boolean} bot
         * @memberof octet.PlayerJoin
         * @instance
         */
        PlayerJoin.prototype.bot = false;

        /**
         * Encodes the specified PlayerJoin message. Does not implicitly {@link octet.PlayerJoin.verify|verify} messages.
         * @function encode
         * @memberof octet.PlayerJoin
         * @static
         * @param {octet.PlayerJoin.$Properties} message PlayerJoin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerJoin.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.player != null && $Object.hasOwnProperty.call(message, "player") && message.player !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.player);
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && message.playerId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.playerId);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.seat != null && $Object.hasOwnProperty.call(message, "seat") && message.seat !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.seat);
            if (message.bot != null && $Object.hasOwnProperty.call(message, "bot") && message.bot !== false)
                writer.uint32(/* id 5, wireType 0 =*/40).bool(message.bot);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified PlayerJoin message, length delimited. Does not implicitly {@link octet.PlayerJoin.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.PlayerJoin
         * @static
         * @param {octet.PlayerJoin.$Properties} message PlayerJoin message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        PlayerJoin.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a PlayerJoin message from the specified reader or buffer.
         * @function decode
         * @memberof octet.PlayerJoin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.PlayerJoin & octet.PlayerJoin.$Shape} PlayerJoin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerJoin.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.PlayerJoin();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.player = value;
                        else
                            delete message.player;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seat = value;
                        else
                            delete message.seat;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.bot = value;
                        else
                            delete message.bot;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a PlayerJoin message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.PlayerJoin
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.PlayerJoin & octet.PlayerJoin.$Shape} PlayerJoin
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        PlayerJoin.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return PlayerJoin;
    })();

    octet.RosterEvent = (function() {

        /**
         * Properties of a RosterEvent.
         * @typedef {Object} octet.RosterEvent.$Properties
         * @property {octet.PlayerJoin.$Properties|null} [join] RosterEvent join
         * @property {number|null} [leave] RosterEvent leave
         * @property {number|null} [drop] RosterEvent drop
         * @property {number|null} [back] RosterEvent back
         * @property {"join"|"leave"|"drop"|"back"} [kind] RosterEvent kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RosterEvent.
         * @memberof octet
         * @interface IRosterEvent
         * @augments octet.RosterEvent.$Properties
         * @deprecated Use octet.RosterEvent.$Properties instead.
         */

        /**
         * Narrowed shape of a RosterEvent.
         * @typedef {{
         *   join?: octet.PlayerJoin.$Shape|null;
         *   leave?: number|null;
         *   drop?: number|null;
         *   back?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; join?: null; leave?: null; drop?: null; back?: null }|{ kind?: "join"; join: octet.PlayerJoin.$Shape; leave?: null; drop?: null; back?: null }|{ kind?: "leave"; join?: null; leave: number; drop?: null; back?: null }|{ kind?: "drop"; join?: null; leave?: null; drop: number; back?: null }|{ kind?: "back"; join?: null; leave?: null; drop?: null; back: number })
         * )} octet.RosterEvent.$Shape
         */

        /**
         * Constructs a new RosterEvent.
         * @memberof octet
         * @classdesc Represents a RosterEvent.
         * @constructor
         * @param {octet.RosterEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RosterEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RosterEvent join.
         * @member {octet.PlayerJoin.$Properties|null|undefined} join
         * @memberof octet.RosterEvent
         * @instance
         */
        RosterEvent.prototype.join = null;

        /**
         * RosterEvent leave.
         * @member {number|null|undefined} leave
         * @memberof octet.RosterEvent
         * @instance
         */
        RosterEvent.prototype.leave = null;

        /**
         * RosterEvent drop.
         * @member {number|null|undefined} drop
         * @memberof octet.RosterEvent
         * @instance
         */
        RosterEvent.prototype.drop = null;

        /**
         * RosterEvent back.
         * @member {number|null|undefined} back
         * @memberof octet.RosterEvent
         * @instance
         */
        RosterEvent.prototype.back = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * RosterEvent kind.
         * @member {"join"|"leave"|"drop"|"back"|undefined} kind
         * @memberof octet.RosterEvent
         * @instance
         */
        $Object.defineProperty(RosterEvent.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["join", "leave", "drop", "back"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified RosterEvent message. Does not implicitly {@link octet.RosterEvent.verify|verify} messages.
         * @function encode
         * @memberof octet.RosterEvent
         * @static
         * @param {octet.RosterEvent.$Properties} message RosterEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RosterEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.join != null && $Object.hasOwnProperty.call(message, "join"))
                $root.octet.PlayerJoin.encode(message.join, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.leave);
            if (message.drop != null && $Object.hasOwnProperty.call(message, "drop"))
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.drop);
            if (message.back != null && $Object.hasOwnProperty.call(message, "back"))
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.back);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RosterEvent message, length delimited. Does not implicitly {@link octet.RosterEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RosterEvent
         * @static
         * @param {octet.RosterEvent.$Properties} message RosterEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RosterEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RosterEvent message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RosterEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RosterEvent & octet.RosterEvent.$Shape} RosterEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RosterEvent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RosterEvent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.join = $root.octet.PlayerJoin.decode(reader, reader.size(), $undefined, _depth + 1, message.join);
                        message.kind = "join";
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.leave = reader.uint32();
                        message.kind = "leave";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.drop = reader.uint32();
                        message.kind = "drop";
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.back = reader.uint32();
                        message.kind = "back";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RosterEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RosterEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RosterEvent & octet.RosterEvent.$Shape} RosterEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RosterEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RosterEvent;
    })();

    octet.AppliedAction = (function() {

        /**
         * Properties of an AppliedAction.
         * @typedef {Object} octet.AppliedAction.$Properties
         * @property {number|null} [player] AppliedAction player
         * @property {octet.ClientAction.$Properties|null} [action] AppliedAction action
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AppliedAction.
         * @memberof octet
         * @interface IAppliedAction
         * @augments octet.AppliedAction.$Properties
         * @deprecated Use octet.AppliedAction.$Properties instead.
         */

        /**
         * Shape of an AppliedAction.
         * @typedef {{
         *   player?: number|null;
         *   action?: octet.ClientAction.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} octet.AppliedAction.$Shape
         */

        /**
         * Constructs a new AppliedAction.
         * @memberof octet
         * @classdesc Represents an AppliedAction.
         * @constructor
         * @param {octet.AppliedAction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AppliedAction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AppliedAction player.
         * @member {number} player
         * @memberof octet.AppliedAction
         * @instance
         */
        AppliedAction.prototype.player = 0;

        /**
         * AppliedAction action.
         * @member {octet.ClientAction.$Properties|null|undefined} action
         * @memberof octet.AppliedAction
         * @instance
         */
        AppliedAction.prototype.action = null;

        /**
         * Encodes the specified AppliedAction message. Does not implicitly {@link octet.AppliedAction.verify|verify} messages.
         * @function encode
         * @memberof octet.AppliedAction
         * @static
         * @param {octet.AppliedAction.$Properties} message AppliedAction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppliedAction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.player != null && $Object.hasOwnProperty.call(message, "player") && message.player !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.player);
            if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                $root.octet.ClientAction.encode(message.action, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AppliedAction message, length delimited. Does not implicitly {@link octet.AppliedAction.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.AppliedAction
         * @static
         * @param {octet.AppliedAction.$Properties} message AppliedAction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AppliedAction.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AppliedAction message from the specified reader or buffer.
         * @function decode
         * @memberof octet.AppliedAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.AppliedAction & octet.AppliedAction.$Shape} AppliedAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppliedAction.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.AppliedAction();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.player = value;
                        else
                            delete message.player;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.action = $root.octet.ClientAction.decode(reader, reader.size(), $undefined, _depth + 1, message.action);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an AppliedAction message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.AppliedAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.AppliedAction & octet.AppliedAction.$Shape} AppliedAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AppliedAction.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return AppliedAction;
    })();

    octet.TickEntry = (function() {

        /**
         * Properties of a TickEntry.
         * @typedef {Object} octet.TickEntry.$Properties
         * @property {number|null} [tick] TickEntry tick
         * @property {Array.<octet.RosterEvent.$Properties>|null} [roster] TickEntry roster
         * @property {Array.<octet.AppliedAction.$Properties>|null} [actions] TickEntry actions
         * @property {number|null} [hash] TickEntry hash
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TickEntry.
         * @memberof octet
         * @interface ITickEntry
         * @augments octet.TickEntry.$Properties
         * @deprecated Use octet.TickEntry.$Properties instead.
         */

        /**
         * Shape of a TickEntry.
         * @typedef {{
         *   tick?: number|null;
         *   roster?: Array.<octet.RosterEvent.$Shape>|null;
         *   actions?: Array.<octet.AppliedAction.$Shape>|null;
         *   hash?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} octet.TickEntry.$Shape
         */

        /**
         * Constructs a new TickEntry.
         * @memberof octet
         * @classdesc Represents a TickEntry.
         * @constructor
         * @param {octet.TickEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TickEntry = function (properties) {
            this.roster = [];
            this.actions = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TickEntry tick.
         * @member {number} tick
         * @memberof octet.TickEntry
         * @instance
         */
        TickEntry.prototype.tick = 0;

        /**
         * TickEntry roster.
         * @member {Array.<octet.RosterEvent.$Properties>} roster
         * @memberof octet.TickEntry
         * @instance
         */
        TickEntry.prototype.roster = $util.emptyArray;

        /**
         * TickEntry actions.
         * @member {Array.<octet.AppliedAction.$Properties>} actions
         * @memberof octet.TickEntry
         * @instance
         */
        TickEntry.prototype.actions = $util.emptyArray;

        /**
         * TickEntry hash.
         * @member {number|null|undefined} hash
         * @memberof octet.TickEntry
         * @instance
         */
        TickEntry.prototype.hash = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TickEntry.prototype, "_hash", {
            get: $util.oneOfGetter($oneOfFields = ["hash"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified TickEntry message. Does not implicitly {@link octet.TickEntry.verify|verify} messages.
         * @function encode
         * @memberof octet.TickEntry
         * @static
         * @param {octet.TickEntry.$Properties} message TickEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TickEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
            if (message.roster != null && message.roster.length)
                for (let i = 0; i < message.roster.length; ++i)
                    $root.octet.RosterEvent.encode(message.roster[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.actions != null && message.actions.length)
                for (let i = 0; i < message.actions.length; ++i)
                    $root.octet.AppliedAction.encode(message.actions[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.hash != null && $Object.hasOwnProperty.call(message, "hash"))
                writer.uint32(/* id 4, wireType 5 =*/37).fixed32(message.hash);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TickEntry message, length delimited. Does not implicitly {@link octet.TickEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.TickEntry
         * @static
         * @param {octet.TickEntry.$Properties} message TickEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TickEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TickEntry message from the specified reader or buffer.
         * @function decode
         * @memberof octet.TickEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.TickEntry & octet.TickEntry.$Shape} TickEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TickEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.TickEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.roster && message.roster.length))
                            message.roster = [];
                        message.roster.push($root.octet.RosterEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.actions && message.actions.length))
                            message.actions = [];
                        message.actions.push($root.octet.AppliedAction.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 5)
                            break;
                        message.hash = reader.fixed32();
                        message._hash = "hash";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TickEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.TickEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.TickEntry & octet.TickEntry.$Shape} TickEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TickEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return TickEntry;
    })();

    octet.RecordRank = (function() {

        /**
         * Properties of a RecordRank.
         * @typedef {Object} octet.RecordRank.$Properties
         * @property {number|null} [rank] RecordRank rank
         * @property {string|null} [playerId] RecordRank playerId
         * @property {string|null} [name] RecordRank name
         * @property {number|null} [score] RecordRank score
         * @property {number|null} [kills] RecordRank kills
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RecordRank.
         * @memberof octet
         * @interface IRecordRank
         * @augments octet.RecordRank.$Properties
         * @deprecated Use octet.RecordRank.$Properties instead.
         */

        /**
         * Shape of a RecordRank.
         * @typedef {octet.RecordRank.$Properties} octet.RecordRank.$Shape
         */

        /**
         * Constructs a new RecordRank.
         * @memberof octet
         * @classdesc Represents a RecordRank.
         * @constructor
         * @param {octet.RecordRank.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RecordRank = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RecordRank rank.
         * @member {number} rank
         * @memberof octet.RecordRank
         * @instance
         */
        RecordRank.prototype.rank = 0;

        /**
         * RecordRank playerId.
         * @member {string} playerId
         * @memberof octet.RecordRank
         * @instance
         */
        RecordRank.prototype.playerId = "";

        /**
         * RecordRank name.
         * @member {string} name
         * @memberof octet.RecordRank
         * @instance
         */
        RecordRank.prototype.name = "";

        /**
         * RecordRank score.
         * @member {number} score
         * @memberof octet.RecordRank
         * @instance
         */
        RecordRank.prototype.score = 0;

        /**
         * RecordRank kills.
         * @member {number} kills
         * @memberof octet.RecordRank
         * @instance
         */
        RecordRank.prototype.kills = 0;

        /**
         * Encodes the specified RecordRank message. Does not implicitly {@link octet.RecordRank.verify|verify} messages.
         * @function encode
         * @memberof octet.RecordRank
         * @static
         * @param {octet.RecordRank.$Properties} message RecordRank message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordRank.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.rank != null && $Object.hasOwnProperty.call(message, "rank") && message.rank !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rank);
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && message.playerId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.playerId);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.score != null && $Object.hasOwnProperty.call(message, "score") && message.score !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.score);
            if (message.kills != null && $Object.hasOwnProperty.call(message, "kills") && message.kills !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.kills);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RecordRank message, length delimited. Does not implicitly {@link octet.RecordRank.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RecordRank
         * @static
         * @param {octet.RecordRank.$Properties} message RecordRank message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordRank.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RecordRank message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RecordRank
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RecordRank & octet.RecordRank.$Shape} RecordRank
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordRank.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RecordRank();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rank = value;
                        else
                            delete message.rank;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.score = value;
                        else
                            delete message.score;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.kills = value;
                        else
                            delete message.kills;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RecordRank message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RecordRank
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RecordRank & octet.RecordRank.$Shape} RecordRank
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordRank.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RecordRank;
    })();

    octet.RecordEnd = (function() {

        /**
         * Properties of a RecordEnd.
         * @typedef {Object} octet.RecordEnd.$Properties
         * @property {number|null} [tick] RecordEnd tick
         * @property {string|null} [reason] RecordEnd reason
         * @property {Array.<octet.RecordRank.$Properties>|null} [ranking] RecordEnd ranking
         * @property {number|null} [endTimeMs] RecordEnd endTimeMs
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RecordEnd.
         * @memberof octet
         * @interface IRecordEnd
         * @augments octet.RecordEnd.$Properties
         * @deprecated Use octet.RecordEnd.$Properties instead.
         */

        /**
         * Shape of a RecordEnd.
         * @typedef {octet.RecordEnd.$Properties} octet.RecordEnd.$Shape
         */

        /**
         * Constructs a new RecordEnd.
         * @memberof octet
         * @classdesc Represents a RecordEnd.
         * @constructor
         * @param {octet.RecordEnd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RecordEnd = function (properties) {
            this.ranking = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RecordEnd tick.
         * @member {number} tick
         * @memberof octet.RecordEnd
         * @instance
         */
        RecordEnd.prototype.tick = 0;

        /**
         * RecordEnd reason.
         * @member {string} reason
         * @memberof octet.RecordEnd
         * @instance
         */
        RecordEnd.prototype.reason = "";

        /**
         * RecordEnd ranking.
         * @member {Array.<octet.RecordRank.$Properties>} ranking
         * @memberof octet.RecordEnd
         * @instance
         */
        RecordEnd.prototype.ranking = $util.emptyArray;

        /**
         * RecordEnd endTimeMs.
         * @member {number} endTimeMs
         * @memberof octet.RecordEnd
         * @instance
         */
        RecordEnd.prototype.endTimeMs = 0;

        /**
         * Encodes the specified RecordEnd message. Does not implicitly {@link octet.RecordEnd.verify|verify} messages.
         * @function encode
         * @memberof octet.RecordEnd
         * @static
         * @param {octet.RecordEnd.$Properties} message RecordEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordEnd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.ranking != null && message.ranking.length)
                for (let i = 0; i < message.ranking.length; ++i)
                    $root.octet.RecordRank.encode(message.ranking[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.endTimeMs != null && $Object.hasOwnProperty.call(message, "endTimeMs") && !$Object.is(message.endTimeMs, 0))
                writer.uint32(/* id 4, wireType 1 =*/33).double(message.endTimeMs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RecordEnd message, length delimited. Does not implicitly {@link octet.RecordEnd.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RecordEnd
         * @static
         * @param {octet.RecordEnd.$Properties} message RecordEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RecordEnd.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RecordEnd message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RecordEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RecordEnd & octet.RecordEnd.$Shape} RecordEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordEnd.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RecordEnd();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ranking && message.ranking.length))
                            message.ranking = [];
                        message.ranking.push($root.octet.RecordRank.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.endTimeMs = value;
                        else
                            delete message.endTimeMs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RecordEnd message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RecordEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RecordEnd & octet.RecordEnd.$Shape} RecordEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RecordEnd.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RecordEnd;
    })();

    octet.ClientAction = (function() {

        /**
         * Properties of a ClientAction.
         * @typedef {Object} octet.ClientAction.$Properties
         * @property {number|null} [seq] ClientAction seq
         * @property {octet.CommanderMove.$Properties|null} [commanderMove] ClientAction commanderMove
         * @property {octet.MoveUnits.$Properties|null} [moveUnits] ClientAction moveUnits
         * @property {octet.AttackTarget.$Properties|null} [attack] ClientAction attack
         * @property {octet.TrainUnit.$Properties|null} [train] ClientAction train
         * @property {"commanderMove"|"moveUnits"|"attack"|"train"} [kind] ClientAction kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ClientAction.
         * @memberof octet
         * @interface IClientAction
         * @augments octet.ClientAction.$Properties
         * @deprecated Use octet.ClientAction.$Properties instead.
         */

        /**
         * Narrowed shape of a ClientAction.
         * @typedef {{
         *   seq?: number|null;
         *   commanderMove?: octet.CommanderMove.$Shape|null;
         *   moveUnits?: octet.MoveUnits.$Shape|null;
         *   attack?: octet.AttackTarget.$Shape|null;
         *   train?: octet.TrainUnit.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; commanderMove?: null; moveUnits?: null; attack?: null; train?: null }|{ kind?: "commanderMove"; commanderMove: octet.CommanderMove.$Shape; moveUnits?: null; attack?: null; train?: null }|{ kind?: "moveUnits"; commanderMove?: null; moveUnits: octet.MoveUnits.$Shape; attack?: null; train?: null }|{ kind?: "attack"; commanderMove?: null; moveUnits?: null; attack: octet.AttackTarget.$Shape; train?: null }|{ kind?: "train"; commanderMove?: null; moveUnits?: null; attack?: null; train: octet.TrainUnit.$Shape })
         * )} octet.ClientAction.$Shape
         */

        /**
         * Constructs a new ClientAction.
         * @memberof octet
         * @classdesc Represents a ClientAction.
         * @constructor
         * @param {octet.ClientAction.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientAction = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ClientAction seq.
         * @member {number} seq
         * @memberof octet.ClientAction
         * @instance
         */
        ClientAction.prototype.seq = 0;

        /**
         * ClientAction commanderMove.
         * @member {octet.CommanderMove.$Properties|null|undefined} commanderMove
         * @memberof octet.ClientAction
         * @instance
         */
        ClientAction.prototype.commanderMove = null;

        /**
         * ClientAction moveUnits.
         * @member {octet.MoveUnits.$Properties|null|undefined} moveUnits
         * @memberof octet.ClientAction
         * @instance
         */
        ClientAction.prototype.moveUnits = null;

        /**
         * ClientAction attack.
         * @member {octet.AttackTarget.$Properties|null|undefined} attack
         * @memberof octet.ClientAction
         * @instance
         */
        ClientAction.prototype.attack = null;

        /**
         * ClientAction train.
         * @member {octet.TrainUnit.$Properties|null|undefined} train
         * @memberof octet.ClientAction
         * @instance
         */
        ClientAction.prototype.train = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ClientAction kind.
         * @member {"commanderMove"|"moveUnits"|"attack"|"train"|undefined} kind
         * @memberof octet.ClientAction
         * @instance
         */
        $Object.defineProperty(ClientAction.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["commanderMove", "moveUnits", "attack", "train"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified ClientAction message. Does not implicitly {@link octet.ClientAction.verify|verify} messages.
         * @function encode
         * @memberof octet.ClientAction
         * @static
         * @param {octet.ClientAction.$Properties} message ClientAction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientAction.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
            if (message.commanderMove != null && $Object.hasOwnProperty.call(message, "commanderMove"))
                $root.octet.CommanderMove.encode(message.commanderMove, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.moveUnits != null && $Object.hasOwnProperty.call(message, "moveUnits"))
                $root.octet.MoveUnits.encode(message.moveUnits, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.attack != null && $Object.hasOwnProperty.call(message, "attack"))
                $root.octet.AttackTarget.encode(message.attack, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.train != null && $Object.hasOwnProperty.call(message, "train"))
                $root.octet.TrainUnit.encode(message.train, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ClientAction message, length delimited. Does not implicitly {@link octet.ClientAction.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.ClientAction
         * @static
         * @param {octet.ClientAction.$Properties} message ClientAction message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientAction.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ClientAction message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ClientAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.ClientAction & octet.ClientAction.$Shape} ClientAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientAction.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.ClientAction();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.commanderMove = $root.octet.CommanderMove.decode(reader, reader.size(), $undefined, _depth + 1, message.commanderMove);
                        message.kind = "commanderMove";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.moveUnits = $root.octet.MoveUnits.decode(reader, reader.size(), $undefined, _depth + 1, message.moveUnits);
                        message.kind = "moveUnits";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.attack = $root.octet.AttackTarget.decode(reader, reader.size(), $undefined, _depth + 1, message.attack);
                        message.kind = "attack";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.train = $root.octet.TrainUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.train);
                        message.kind = "train";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ClientAction message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.ClientAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.ClientAction & octet.ClientAction.$Shape} ClientAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientAction.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ClientAction;
    })();

    octet.CommanderMove = (function() {

        /**
         * Properties of a CommanderMove.
         * @typedef {Object} octet.CommanderMove.$Properties
         * @property {number|null} [dx] CommanderMove dx
         * @property {number|null} [dy] CommanderMove dy
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a CommanderMove.
         * @memberof octet
         * @interface ICommanderMove
         * @augments octet.CommanderMove.$Properties
         * @deprecated Use octet.CommanderMove.$Properties instead.
         */

        /**
         * Shape of a CommanderMove.
         * @typedef {octet.CommanderMove.$Properties} octet.CommanderMove.$Shape
         */

        /**
         * Constructs a new CommanderMove.
         * @memberof octet
         * @classdesc Represents a CommanderMove.
         * @constructor
         * @param {octet.CommanderMove.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CommanderMove = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * CommanderMove dx.
         * @member {number} dx
         * @memberof octet.CommanderMove
         * @instance
         */
        CommanderMove.prototype.dx = 0;

        /**
         * CommanderMove dy.
         * @member {number} dy
         * @memberof octet.CommanderMove
         * @instance
         */
        CommanderMove.prototype.dy = 0;

        /**
         * Encodes the specified CommanderMove message. Does not implicitly {@link octet.CommanderMove.verify|verify} messages.
         * @function encode
         * @memberof octet.CommanderMove
         * @static
         * @param {octet.CommanderMove.$Properties} message CommanderMove message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommanderMove.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dx != null && $Object.hasOwnProperty.call(message, "dx") && message.dx !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.dx);
            if (message.dy != null && $Object.hasOwnProperty.call(message, "dy") && message.dy !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.dy);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified CommanderMove message, length delimited. Does not implicitly {@link octet.CommanderMove.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.CommanderMove
         * @static
         * @param {octet.CommanderMove.$Properties} message CommanderMove message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommanderMove.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a CommanderMove message from the specified reader or buffer.
         * @function decode
         * @memberof octet.CommanderMove
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.CommanderMove & octet.CommanderMove.$Shape} CommanderMove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommanderMove.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.CommanderMove();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.dx = value;
                        else
                            delete message.dx;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.dy = value;
                        else
                            delete message.dy;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a CommanderMove message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.CommanderMove
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.CommanderMove & octet.CommanderMove.$Shape} CommanderMove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommanderMove.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return CommanderMove;
    })();

    octet.MoveUnits = (function() {

        /**
         * Properties of a MoveUnits.
         * @typedef {Object} octet.MoveUnits.$Properties
         * @property {Array.<number>|null} [unitIds] MoveUnits unitIds
         * @property {number|null} [x] MoveUnits x
         * @property {number|null} [y] MoveUnits y
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MoveUnits.
         * @memberof octet
         * @interface IMoveUnits
         * @augments octet.MoveUnits.$Properties
         * @deprecated Use octet.MoveUnits.$Properties instead.
         */

        /**
         * Shape of a MoveUnits.
         * @typedef {octet.MoveUnits.$Properties} octet.MoveUnits.$Shape
         */

        /**
         * Constructs a new MoveUnits.
         * @memberof octet
         * @classdesc Represents a MoveUnits.
         * @constructor
         * @param {octet.MoveUnits.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MoveUnits = function (properties) {
            this.unitIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MoveUnits unitIds.
         * @member {Array.<number>} unitIds
         * @memberof octet.MoveUnits
         * @instance
         */
        MoveUnits.prototype.unitIds = $util.emptyArray;

        /**
         * MoveUnits x.
         * @member {number} x
         * @memberof octet.MoveUnits
         * @instance
         */
        MoveUnits.prototype.x = 0;

        /**
         * MoveUnits y.
         * @member {number} y
         * @memberof octet.MoveUnits
         * @instance
         */
        MoveUnits.prototype.y = 0;

        /**
         * Encodes the specified MoveUnits message. Does not implicitly {@link octet.MoveUnits.verify|verify} messages.
         * @function encode
         * @memberof octet.MoveUnits
         * @static
         * @param {octet.MoveUnits.$Properties} message MoveUnits message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveUnits.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.unitIds != null && message.unitIds.length)
                writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.unitIds);
            if (message.x != null && $Object.hasOwnProperty.call(message, "x") && message.x !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.x);
            if (message.y != null && $Object.hasOwnProperty.call(message, "y") && message.y !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.y);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MoveUnits message, length delimited. Does not implicitly {@link octet.MoveUnits.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.MoveUnits
         * @static
         * @param {octet.MoveUnits.$Properties} message MoveUnits message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveUnits.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MoveUnits message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MoveUnits
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.MoveUnits & octet.MoveUnits.$Shape} MoveUnits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveUnits.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.MoveUnits();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.unitIds && message.unitIds.length))
                                message.unitIds = [];
                            reader.uint32s(message.unitIds);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.unitIds && message.unitIds.length))
                            message.unitIds = [];
                        message.unitIds.push(reader.uint32());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.x = value;
                        else
                            delete message.x;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.y = value;
                        else
                            delete message.y;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MoveUnits message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.MoveUnits
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.MoveUnits & octet.MoveUnits.$Shape} MoveUnits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveUnits.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MoveUnits;
    })();

    octet.AttackTarget = (function() {

        /**
         * Properties of an AttackTarget.
         * @typedef {Object} octet.AttackTarget.$Properties
         * @property {Array.<number>|null} [unitIds] AttackTarget unitIds
         * @property {number|null} [targetId] AttackTarget targetId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttackTarget.
         * @memberof octet
         * @interface IAttackTarget
         * @augments octet.AttackTarget.$Properties
         * @deprecated Use octet.AttackTarget.$Properties instead.
         */

        /**
         * Shape of an AttackTarget.
         * @typedef {octet.AttackTarget.$Properties} octet.AttackTarget.$Shape
         */

        /**
         * Constructs a new AttackTarget.
         * @memberof octet
         * @classdesc Represents an AttackTarget.
         * @constructor
         * @param {octet.AttackTarget.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttackTarget = function (properties) {
            this.unitIds = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttackTarget unitIds.
         * @member {Array.<number>} unitIds
         * @memberof octet.AttackTarget
         * @instance
         */
        AttackTarget.prototype.unitIds = $util.emptyArray;

        /**
         * AttackTarget targetId.
         * @member {number} targetId
         * @memberof octet.AttackTarget
         * @instance
         */
        AttackTarget.prototype.targetId = 0;

        /**
         * Encodes the specified AttackTarget message. Does not implicitly {@link octet.AttackTarget.verify|verify} messages.
         * @function encode
         * @memberof octet.AttackTarget
         * @static
         * @param {octet.AttackTarget.$Properties} message AttackTarget message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttackTarget.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.unitIds != null && message.unitIds.length)
                writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.unitIds);
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId") && message.targetId !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.targetId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified AttackTarget message, length delimited. Does not implicitly {@link octet.AttackTarget.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.AttackTarget
         * @static
         * @param {octet.AttackTarget.$Properties} message AttackTarget message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttackTarget.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an AttackTarget message from the specified reader or buffer.
         * @function decode
         * @memberof octet.AttackTarget
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.AttackTarget & octet.AttackTarget.$Shape} AttackTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttackTarget.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.AttackTarget();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.unitIds && message.unitIds.length))
                                message.unitIds = [];
                            reader.uint32s(message.unitIds);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.unitIds && message.unitIds.length))
                            message.unitIds = [];
                        message.unitIds.push(reader.uint32());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.targetId = value;
                        else
                            delete message.targetId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an AttackTarget message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.AttackTarget
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.AttackTarget & octet.AttackTarget.$Shape} AttackTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttackTarget.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return AttackTarget;
    })();

    octet.TrainUnit = (function() {

        /**
         * Properties of a TrainUnit.
         * @typedef {Object} octet.TrainUnit.$Properties
         * @property {string|null} [unitKind] TrainUnit unitKind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TrainUnit.
         * @memberof octet
         * @interface ITrainUnit
         * @augments octet.TrainUnit.$Properties
         * @deprecated Use octet.TrainUnit.$Properties instead.
         */

        /**
         * Shape of a TrainUnit.
         * @typedef {octet.TrainUnit.$Properties} octet.TrainUnit.$Shape
         */

        /**
         * Constructs a new TrainUnit.
         * @memberof octet
         * @classdesc Represents a TrainUnit.
         * @constructor
         * @param {octet.TrainUnit.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrainUnit = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TrainUnit unitKind.
         * @member {string} unitKind
         * @memberof octet.TrainUnit
         * @instance
         */
        TrainUnit.prototype.unitKind = "";

        /**
         * Encodes the specified TrainUnit message. Does not implicitly {@link octet.TrainUnit.verify|verify} messages.
         * @function encode
         * @memberof octet.TrainUnit
         * @static
         * @param {octet.TrainUnit.$Properties} message TrainUnit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrainUnit.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.unitKind != null && $Object.hasOwnProperty.call(message, "unitKind") && message.unitKind !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.unitKind);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified TrainUnit message, length delimited. Does not implicitly {@link octet.TrainUnit.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.TrainUnit
         * @static
         * @param {octet.TrainUnit.$Properties} message TrainUnit message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrainUnit.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a TrainUnit message from the specified reader or buffer.
         * @function decode
         * @memberof octet.TrainUnit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.TrainUnit & octet.TrainUnit.$Shape} TrainUnit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrainUnit.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.TrainUnit();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.unitKind = value;
                        else
                            delete message.unitKind;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a TrainUnit message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.TrainUnit
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.TrainUnit & octet.TrainUnit.$Shape} TrainUnit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrainUnit.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return TrainUnit;
    })();

    /**
     * RejectReason enum.
     * @name octet.RejectReason
     * @enum {number}
     * @property {number} REJECT_REASON_NONE=0 REJECT_REASON_NONE value
     * @property {number} MALFORMED=1 MALFORMED value
     * @property {number} UNKNOWN_ACTION=2 UNKNOWN_ACTION value
     * @property {number} OUT_OF_RANGE=3 OUT_OF_RANGE value
     * @property {number} NOT_OWNER=4 NOT_OWNER value
     * @property {number} NOT_ALIVE=5 NOT_ALIVE value
     * @property {number} NOT_PLAYING=6 NOT_PLAYING value
     * @property {number} RATE_LIMITED=7 RATE_LIMITED value
     * @property {number} INSUFFICIENT_GOLD=8 INSUFFICIENT_GOLD value
     * @property {number} UNIT_LIMIT=9 UNIT_LIMIT value
     * @property {number} UNKNOWN_ENTITY=10 UNKNOWN_ENTITY value
     * @property {number} STALE_SEQ=11 STALE_SEQ value
     * @property {number} TOO_LARGE=12 TOO_LARGE value
     * @property {number} INVALID_TARGET=13 INVALID_TARGET value
     * @property {number} SPECTATOR=14 SPECTATOR value
     */
    octet.RejectReason = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "REJECT_REASON_NONE"] = 0;
        values[valuesById[1] = "MALFORMED"] = 1;
        values[valuesById[2] = "UNKNOWN_ACTION"] = 2;
        values[valuesById[3] = "OUT_OF_RANGE"] = 3;
        values[valuesById[4] = "NOT_OWNER"] = 4;
        values[valuesById[5] = "NOT_ALIVE"] = 5;
        values[valuesById[6] = "NOT_PLAYING"] = 6;
        values[valuesById[7] = "RATE_LIMITED"] = 7;
        values[valuesById[8] = "INSUFFICIENT_GOLD"] = 8;
        values[valuesById[9] = "UNIT_LIMIT"] = 9;
        values[valuesById[10] = "UNKNOWN_ENTITY"] = 10;
        values[valuesById[11] = "STALE_SEQ"] = 11;
        values[valuesById[12] = "TOO_LARGE"] = 12;
        values[valuesById[13] = "INVALID_TARGET"] = 13;
        values[valuesById[14] = "SPECTATOR"] = 14;
        return values;
    })();

    octet.ActionResult = (function() {

        /**
         * Properties of an ActionResult.
         * @typedef {Object} octet.ActionResult.$Properties
         * @property {number|null} [seq] ActionResult seq
         * @property {boolean|null} [accepted] ActionResult accepted
         * @property {octet.RejectReason|null} [reason] ActionResult reason
         * @property {string|null} [detail] ActionResult detail
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ActionResult.
         * @memberof octet
         * @interface IActionResult
         * @augments octet.ActionResult.$Properties
         * @deprecated Use octet.ActionResult.$Properties instead.
         */

        /**
         * Shape of an ActionResult.
         * @typedef {octet.ActionResult.$Properties} octet.ActionResult.$Shape
         */

        /**
         * Constructs a new ActionResult.
         * @memberof octet
         * @classdesc Represents an ActionResult.
         * @constructor
         * @param {octet.ActionResult.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActionResult = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ActionResult seq.
         * @member {number} seq
         * @memberof octet.ActionResult
         * @instance
         */
        ActionResult.prototype.seq = 0;

        /**
         * ActionResult accepted.
         * @member {boolean} accepted
         * @memberof octet.ActionResult
         * @instance
         */
        ActionResult.prototype.accepted = false;

        /**
         * ActionResult reason.
         * @member {octet.RejectReason} reason
         * @memberof octet.ActionResult
         * @instance
         */
        ActionResult.prototype.reason = 0;

        /**
         * ActionResult detail.
         * @member {string} detail
         * @memberof octet.ActionResult
         * @instance
         */
        ActionResult.prototype.detail = "";

        /**
         * Encodes the specified ActionResult message. Does not implicitly {@link octet.ActionResult.verify|verify} messages.
         * @function encode
         * @memberof octet.ActionResult
         * @static
         * @param {octet.ActionResult.$Properties} message ActionResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResult.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.seq);
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                writer.uint32(/* id 2, wireType 0 =*/16).bool(message.accepted);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.reason);
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.detail);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ActionResult message, length delimited. Does not implicitly {@link octet.ActionResult.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.ActionResult
         * @static
         * @param {octet.ActionResult.$Properties} message ActionResult message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResult.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ActionResult message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ActionResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.ActionResult & octet.ActionResult.$Shape} ActionResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResult.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.ActionResult();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.seq = value;
                        else
                            delete message.seq;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.accepted = value;
                        else
                            delete message.accepted;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.detail = value;
                        else
                            delete message.detail;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ActionResult message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.ActionResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.ActionResult & octet.ActionResult.$Shape} ActionResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResult.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ActionResult;
    })();

    octet.ActionResults = (function() {

        /**
         * Properties of an ActionResults.
         * @typedef {Object} octet.ActionResults.$Properties
         * @property {number|null} [tick] ActionResults tick
         * @property {Array.<octet.ActionResult.$Properties>|null} [results] ActionResults results
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an ActionResults.
         * @memberof octet
         * @interface IActionResults
         * @augments octet.ActionResults.$Properties
         * @deprecated Use octet.ActionResults.$Properties instead.
         */

        /**
         * Shape of an ActionResults.
         * @typedef {octet.ActionResults.$Properties} octet.ActionResults.$Shape
         */

        /**
         * Constructs a new ActionResults.
         * @memberof octet
         * @classdesc Represents an ActionResults.
         * @constructor
         * @param {octet.ActionResults.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActionResults = function (properties) {
            this.results = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ActionResults tick.
         * @member {number} tick
         * @memberof octet.ActionResults
         * @instance
         */
        ActionResults.prototype.tick = 0;

        /**
         * ActionResults results.
         * @member {Array.<octet.ActionResult.$Properties>} results
         * @memberof octet.ActionResults
         * @instance
         */
        ActionResults.prototype.results = $util.emptyArray;

        /**
         * Encodes the specified ActionResults message. Does not implicitly {@link octet.ActionResults.verify|verify} messages.
         * @function encode
         * @memberof octet.ActionResults
         * @static
         * @param {octet.ActionResults.$Properties} message ActionResults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResults.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
            if (message.results != null && message.results.length)
                for (let i = 0; i < message.results.length; ++i)
                    $root.octet.ActionResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ActionResults message, length delimited. Does not implicitly {@link octet.ActionResults.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.ActionResults
         * @static
         * @param {octet.ActionResults.$Properties} message ActionResults message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResults.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes an ActionResults message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ActionResults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.ActionResults & octet.ActionResults.$Shape} ActionResults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResults.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.ActionResults();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.results && message.results.length))
                            message.results = [];
                        message.results.push($root.octet.ActionResult.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes an ActionResults message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.ActionResults
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.ActionResults & octet.ActionResults.$Shape} ActionResults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResults.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ActionResults;
    })();

    octet.KillEvent = (function() {

        /**
         * Properties of a KillEvent.
         * @typedef {Object} octet.KillEvent.$Properties
         * @property {number|null} [victimId] KillEvent victimId
         * @property {number|null} [victimKind] KillEvent victimKind
         * @property {string|null} [victimOwner] KillEvent victimOwner
         * @property {number|null} [killerId] KillEvent killerId
         * @property {string|null} [killerOwner] KillEvent killerOwner
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a KillEvent.
         * @memberof octet
         * @interface IKillEvent
         * @augments octet.KillEvent.$Properties
         * @deprecated Use octet.KillEvent.$Properties instead.
         */

        /**
         * Shape of a KillEvent.
         * @typedef {octet.KillEvent.$Properties} octet.KillEvent.$Shape
         */

        /**
         * Constructs a new KillEvent.
         * @memberof octet
         * @classdesc Represents a KillEvent.
         * @constructor
         * @param {octet.KillEvent.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KillEvent = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * KillEvent victimId.
         * @member {number} victimId
         * @memberof octet.KillEvent
         * @instance
         */
        KillEvent.prototype.victimId = 0;

        /**
         * KillEvent victimKind.
         * @member {number} victimKind
         * @memberof octet.KillEvent
         * @instance
         */
        KillEvent.prototype.victimKind = 0;

        /**
         * KillEvent victimOwner.
         * @member {string} victimOwner
         * @memberof octet.KillEvent
         * @instance
         */
        KillEvent.prototype.victimOwner = "";

        /**
         * KillEvent killerId.
         * @member {number} killerId
         * @memberof octet.KillEvent
         * @instance
         */
        KillEvent.prototype.killerId = 0;

        /**
         * KillEvent killerOwner.
         * @member {string} killerOwner
         * @memberof octet.KillEvent
         * @instance
         */
        KillEvent.prototype.killerOwner = "";

        /**
         * Encodes the specified KillEvent message. Does not implicitly {@link octet.KillEvent.verify|verify} messages.
         * @function encode
         * @memberof octet.KillEvent
         * @static
         * @param {octet.KillEvent.$Properties} message KillEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KillEvent.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.victimId != null && $Object.hasOwnProperty.call(message, "victimId") && message.victimId !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.victimId);
            if (message.victimKind != null && $Object.hasOwnProperty.call(message, "victimKind") && message.victimKind !== 0)
                writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.victimKind);
            if (message.victimOwner != null && $Object.hasOwnProperty.call(message, "victimOwner") && message.victimOwner !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.victimOwner);
            if (message.killerId != null && $Object.hasOwnProperty.call(message, "killerId") && message.killerId !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.killerId);
            if (message.killerOwner != null && $Object.hasOwnProperty.call(message, "killerOwner") && message.killerOwner !== "")
                writer.uint32(/* id 5, wireType 2 =*/42).string(message.killerOwner);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified KillEvent message, length delimited. Does not implicitly {@link octet.KillEvent.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.KillEvent
         * @static
         * @param {octet.KillEvent.$Properties} message KillEvent message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KillEvent.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a KillEvent message from the specified reader or buffer.
         * @function decode
         * @memberof octet.KillEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.KillEvent & octet.KillEvent.$Shape} KillEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KillEvent.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.KillEvent();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.victimId = value;
                        else
                            delete message.victimId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.victimKind = value;
                        else
                            delete message.victimKind;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.victimOwner = value;
                        else
                            delete message.victimOwner;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.killerId = value;
                        else
                            delete message.killerId;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.killerOwner = value;
                        else
                            delete message.killerOwner;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a KillEvent message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.KillEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.KillEvent & octet.KillEvent.$Shape} KillEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KillEvent.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return KillEvent;
    })();

    octet.MatchEvents = (function() {

        /**
         * Properties of a MatchEvents.
         * @typedef {Object} octet.MatchEvents.$Properties
         * @property {number|null} [tick] MatchEvents tick
         * @property {Array.<octet.KillEvent.$Properties>|null} [kills] MatchEvents kills
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MatchEvents.
         * @memberof octet
         * @interface IMatchEvents
         * @augments octet.MatchEvents.$Properties
         * @deprecated Use octet.MatchEvents.$Properties instead.
         */

        /**
         * Shape of a MatchEvents.
         * @typedef {octet.MatchEvents.$Properties} octet.MatchEvents.$Shape
         */

        /**
         * Constructs a new MatchEvents.
         * @memberof octet
         * @classdesc Represents a MatchEvents.
         * @constructor
         * @param {octet.MatchEvents.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MatchEvents = function (properties) {
            this.kills = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MatchEvents tick.
         * @member {number} tick
         * @memberof octet.MatchEvents
         * @instance
         */
        MatchEvents.prototype.tick = 0;

        /**
         * MatchEvents kills.
         * @member {Array.<octet.KillEvent.$Properties>} kills
         * @memberof octet.MatchEvents
         * @instance
         */
        MatchEvents.prototype.kills = $util.emptyArray;

        /**
         * Encodes the specified MatchEvents message. Does not implicitly {@link octet.MatchEvents.verify|verify} messages.
         * @function encode
         * @memberof octet.MatchEvents
         * @static
         * @param {octet.MatchEvents.$Properties} message MatchEvents message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEvents.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
            if (message.kills != null && message.kills.length)
                for (let i = 0; i < message.kills.length; ++i)
                    $root.octet.KillEvent.encode(message.kills[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MatchEvents message, length delimited. Does not implicitly {@link octet.MatchEvents.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.MatchEvents
         * @static
         * @param {octet.MatchEvents.$Properties} message MatchEvents message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEvents.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MatchEvents message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MatchEvents
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.MatchEvents & octet.MatchEvents.$Shape} MatchEvents
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEvents.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.MatchEvents();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.kills && message.kills.length))
                            message.kills = [];
                        message.kills.push($root.octet.KillEvent.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MatchEvents message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.MatchEvents
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.MatchEvents & octet.MatchEvents.$Shape} MatchEvents
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEvents.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MatchEvents;
    })();

    octet.RankEntry = (function() {

        /**
         * Properties of a RankEntry.
         * @typedef {Object} octet.RankEntry.$Properties
         * @property {number|null} [rank] RankEntry rank
         * @property {string|null} [playerId] RankEntry playerId
         * @property {string|null} [name] RankEntry name
         * @property {number|null} [score] RankEntry score
         * @property {number|null} [kills] RankEntry kills
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a RankEntry.
         * @memberof octet
         * @interface IRankEntry
         * @augments octet.RankEntry.$Properties
         * @deprecated Use octet.RankEntry.$Properties instead.
         */

        /**
         * Shape of a RankEntry.
         * @typedef {octet.RankEntry.$Properties} octet.RankEntry.$Shape
         */

        /**
         * Constructs a new RankEntry.
         * @memberof octet
         * @classdesc Represents a RankEntry.
         * @constructor
         * @param {octet.RankEntry.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RankEntry = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * RankEntry rank.
         * @member {number} rank
         * @memberof octet.RankEntry
         * @instance
         */
        RankEntry.prototype.rank = 0;

        /**
         * RankEntry playerId.
         * @member {string} playerId
         * @memberof octet.RankEntry
         * @instance
         */
        RankEntry.prototype.playerId = "";

        /**
         * RankEntry name.
         * @member {string} name
         * @memberof octet.RankEntry
         * @instance
         */
        RankEntry.prototype.name = "";

        /**
         * RankEntry score.
         * @member {number} score
         * @memberof octet.RankEntry
         * @instance
         */
        RankEntry.prototype.score = 0;

        /**
         * RankEntry kills.
         * @member {number} kills
         * @memberof octet.RankEntry
         * @instance
         */
        RankEntry.prototype.kills = 0;

        /**
         * Encodes the specified RankEntry message. Does not implicitly {@link octet.RankEntry.verify|verify} messages.
         * @function encode
         * @memberof octet.RankEntry
         * @static
         * @param {octet.RankEntry.$Properties} message RankEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RankEntry.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.rank != null && $Object.hasOwnProperty.call(message, "rank") && message.rank !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rank);
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && message.playerId !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.playerId);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.score != null && $Object.hasOwnProperty.call(message, "score") && message.score !== 0)
                writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.score);
            if (message.kills != null && $Object.hasOwnProperty.call(message, "kills") && message.kills !== 0)
                writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.kills);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified RankEntry message, length delimited. Does not implicitly {@link octet.RankEntry.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.RankEntry
         * @static
         * @param {octet.RankEntry.$Properties} message RankEntry message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RankEntry.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a RankEntry message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RankEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.RankEntry & octet.RankEntry.$Shape} RankEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RankEntry.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.RankEntry();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.rank = value;
                        else
                            delete message.rank;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.score = value;
                        else
                            delete message.score;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.kills = value;
                        else
                            delete message.kills;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a RankEntry message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.RankEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.RankEntry & octet.RankEntry.$Shape} RankEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RankEntry.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return RankEntry;
    })();

    octet.MatchEnd = (function() {

        /**
         * Properties of a MatchEnd.
         * @typedef {Object} octet.MatchEnd.$Properties
         * @property {number|null} [tick] MatchEnd tick
         * @property {string|null} [reason] MatchEnd reason
         * @property {Array.<octet.RankEntry.$Properties>|null} [ranking] MatchEnd ranking
         * @property {string|null} [matchId] MatchEnd matchId
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a MatchEnd.
         * @memberof octet
         * @interface IMatchEnd
         * @augments octet.MatchEnd.$Properties
         * @deprecated Use octet.MatchEnd.$Properties instead.
         */

        /**
         * Shape of a MatchEnd.
         * @typedef {octet.MatchEnd.$Properties} octet.MatchEnd.$Shape
         */

        /**
         * Constructs a new MatchEnd.
         * @memberof octet
         * @classdesc Represents a MatchEnd.
         * @constructor
         * @param {octet.MatchEnd.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MatchEnd = function (properties) {
            this.ranking = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * MatchEnd tick.
         * @member {number} tick
         * @memberof octet.MatchEnd
         * @instance
         */
        MatchEnd.prototype.tick = 0;

        /**
         * MatchEnd reason.
         * @member {string} reason
         * @memberof octet.MatchEnd
         * @instance
         */
        MatchEnd.prototype.reason = "";

        /**
         * MatchEnd ranking.
         * @member {Array.<octet.RankEntry.$Properties>} ranking
         * @memberof octet.MatchEnd
         * @instance
         */
        MatchEnd.prototype.ranking = $util.emptyArray;

        /**
         * MatchEnd matchId.
         * @member {string} matchId
         * @memberof octet.MatchEnd
         * @instance
         */
        MatchEnd.prototype.matchId = "";

        /**
         * Encodes the specified MatchEnd message. Does not implicitly {@link octet.MatchEnd.verify|verify} messages.
         * @function encode
         * @memberof octet.MatchEnd
         * @static
         * @param {octet.MatchEnd.$Properties} message MatchEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEnd.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tick);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
            if (message.ranking != null && message.ranking.length)
                for (let i = 0; i < message.ranking.length; ++i)
                    $root.octet.RankEntry.encode(message.ranking[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.matchId != null && $Object.hasOwnProperty.call(message, "matchId") && message.matchId !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.matchId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified MatchEnd message, length delimited. Does not implicitly {@link octet.MatchEnd.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.MatchEnd
         * @static
         * @param {octet.MatchEnd.$Properties} message MatchEnd message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEnd.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a MatchEnd message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MatchEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.MatchEnd & octet.MatchEnd.$Shape} MatchEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEnd.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.MatchEnd();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.ranking && message.ranking.length))
                            message.ranking = [];
                        message.ranking.push($root.octet.RankEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.matchId = value;
                        else
                            delete message.matchId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a MatchEnd message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.MatchEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.MatchEnd & octet.MatchEnd.$Shape} MatchEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEnd.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return MatchEnd;
    })();

    octet.Welcome = (function() {

        /**
         * Properties of a Welcome.
         * @typedef {Object} octet.Welcome.$Properties
         * @property {string|null} [playerId] Welcome playerId
         * @property {string|null} [rulesJson] Welcome rulesJson
         * @property {number|null} [tick] Welcome tick
         * @property {string|null} [resumeToken] Welcome resumeToken
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a Welcome.
         * @memberof octet
         * @interface IWelcome
         * @augments octet.Welcome.$Properties
         * @deprecated Use octet.Welcome.$Properties instead.
         */

        /**
         * Shape of a Welcome.
         * @typedef {octet.Welcome.$Properties} octet.Welcome.$Shape
         */

        /**
         * Constructs a new Welcome.
         * @memberof octet
         * @classdesc Represents a Welcome.
         * @constructor
         * @param {octet.Welcome.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Welcome = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * Welcome playerId.
         * @member {string} playerId
         * @memberof octet.Welcome
         * @instance
         */
        Welcome.prototype.playerId = "";

        /**
         * Welcome rulesJson.
         * @member {string} rulesJson
         * @memberof octet.Welcome
         * @instance
         */
        Welcome.prototype.rulesJson = "";

        /**
         * Welcome tick.
         * @member {number} tick
         * @memberof octet.Welcome
         * @instance
         */
        Welcome.prototype.tick = 0;

        /**
         * Welcome resumeToken.
         * @member {string} resumeToken
         * @memberof octet.Welcome
         * @instance
         */
        Welcome.prototype.resumeToken = "";

        /**
         * Encodes the specified Welcome message. Does not implicitly {@link octet.Welcome.verify|verify} messages.
         * @function encode
         * @memberof octet.Welcome
         * @static
         * @param {octet.Welcome.$Properties} message Welcome message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Welcome.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId") && message.playerId !== "")
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.playerId);
            if (message.rulesJson != null && $Object.hasOwnProperty.call(message, "rulesJson") && message.rulesJson !== "")
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.rulesJson);
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick") && message.tick !== 0)
                writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.tick);
            if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken") && message.resumeToken !== "")
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.resumeToken);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified Welcome message, length delimited. Does not implicitly {@link octet.Welcome.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.Welcome
         * @static
         * @param {octet.Welcome.$Properties} message Welcome message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Welcome.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a Welcome message from the specified reader or buffer.
         * @function decode
         * @memberof octet.Welcome
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.Welcome & octet.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Welcome.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.Welcome();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.playerId = value;
                        else
                            delete message.playerId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.rulesJson = value;
                        else
                            delete message.rulesJson;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.tick = value;
                        else
                            delete message.tick;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resumeToken = value;
                        else
                            delete message.resumeToken;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a Welcome message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.Welcome
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.Welcome & octet.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Welcome.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return Welcome;
    })();

    octet.ServerMessage = (function() {

        /**
         * Properties of a ServerMessage.
         * @typedef {Object} octet.ServerMessage.$Properties
         * @property {octet.ActionResults.$Properties|null} [results] ServerMessage results
         * @property {octet.MatchEvents.$Properties|null} [events] ServerMessage events
         * @property {octet.MatchEnd.$Properties|null} [matchEnd] ServerMessage matchEnd
         * @property {octet.Welcome.$Properties|null} [welcome] ServerMessage welcome
         * @property {"results"|"events"|"matchEnd"|"welcome"} [kind] ServerMessage kind
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ServerMessage.
         * @memberof octet
         * @interface IServerMessage
         * @augments octet.ServerMessage.$Properties
         * @deprecated Use octet.ServerMessage.$Properties instead.
         */

        /**
         * Narrowed shape of a ServerMessage.
         * @typedef {{
         *   results?: octet.ActionResults.$Shape|null;
         *   events?: octet.MatchEvents.$Shape|null;
         *   matchEnd?: octet.MatchEnd.$Shape|null;
         *   welcome?: octet.Welcome.$Shape|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ kind?: undefined; results?: null; events?: null; matchEnd?: null; welcome?: null }|{ kind?: "results"; results: octet.ActionResults.$Shape; events?: null; matchEnd?: null; welcome?: null }|{ kind?: "events"; results?: null; events: octet.MatchEvents.$Shape; matchEnd?: null; welcome?: null }|{ kind?: "matchEnd"; results?: null; events?: null; matchEnd: octet.MatchEnd.$Shape; welcome?: null }|{ kind?: "welcome"; results?: null; events?: null; matchEnd?: null; welcome: octet.Welcome.$Shape })
         * )} octet.ServerMessage.$Shape
         */

        /**
         * Constructs a new ServerMessage.
         * @memberof octet
         * @classdesc Represents a ServerMessage.
         * @constructor
         * @param {octet.ServerMessage.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerMessage = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ServerMessage results.
         * @member {octet.ActionResults.$Properties|null|undefined} results
         * @memberof octet.ServerMessage
         * @instance
         */
        ServerMessage.prototype.results = null;

        /**
         * ServerMessage events.
         * @member {octet.MatchEvents.$Properties|null|undefined} events
         * @memberof octet.ServerMessage
         * @instance
         */
        ServerMessage.prototype.events = null;

        /**
         * ServerMessage matchEnd.
         * @member {octet.MatchEnd.$Properties|null|undefined} matchEnd
         * @memberof octet.ServerMessage
         * @instance
         */
        ServerMessage.prototype.matchEnd = null;

        /**
         * ServerMessage welcome.
         * @member {octet.Welcome.$Properties|null|undefined} welcome
         * @memberof octet.ServerMessage
         * @instance
         */
        ServerMessage.prototype.welcome = null;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * ServerMessage kind.
         * @member {"results"|"events"|"matchEnd"|"welcome"|undefined} kind
         * @memberof octet.ServerMessage
         * @instance
         */
        $Object.defineProperty(ServerMessage.prototype, "kind", {
            get: $util.oneOfGetter($oneOfFields = ["results", "events", "matchEnd", "welcome"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link octet.ServerMessage.verify|verify} messages.
         * @function encode
         * @memberof octet.ServerMessage
         * @static
         * @param {octet.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.results != null && $Object.hasOwnProperty.call(message, "results"))
                $root.octet.ActionResults.encode(message.results, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.events != null && $Object.hasOwnProperty.call(message, "events"))
                $root.octet.MatchEvents.encode(message.events, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.matchEnd != null && $Object.hasOwnProperty.call(message, "matchEnd"))
                $root.octet.MatchEnd.encode(message.matchEnd, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                $root.octet.Welcome.encode(message.welcome, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Encodes the specified ServerMessage message, length delimited. Does not implicitly {@link octet.ServerMessage.verify|verify} messages.
         * @function encodeDelimited
         * @memberof octet.ServerMessage
         * @static
         * @param {octet.ServerMessage.$Properties} message ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encodeDelimited = function(message, writer) {
            return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {octet.ServerMessage & octet.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.octet.ServerMessage();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.results = $root.octet.ActionResults.decode(reader, reader.size(), $undefined, _depth + 1, message.results);
                        message.kind = "results";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.events = $root.octet.MatchEvents.decode(reader, reader.size(), $undefined, _depth + 1, message.events);
                        message.kind = "events";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.matchEnd = $root.octet.MatchEnd.decode(reader, reader.size(), $undefined, _depth + 1, message.matchEnd);
                        message.kind = "matchEnd";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.welcome = $root.octet.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                        message.kind = "welcome";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer, length delimited.
         * @function decodeDelimited
         * @memberof octet.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @returns {octet.ServerMessage & octet.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decodeDelimited = function(reader) {
            if (!(reader instanceof $Reader))
                reader = new $Reader(reader);
            return this.decode(reader, reader.size());
        };

        return ServerMessage;
    })();

    return octet;
})();

export {
  $root as default
};
