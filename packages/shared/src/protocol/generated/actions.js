/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $Array = $util.global.Array, $String = $util.global.String, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const octet = $root.octet = (() => {

    /**
     * Namespace octet.
     * @exports octet
     * @namespace
     */
    const octet = {};

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
         * Creates a ClientAction message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ClientAction
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.ClientAction} ClientAction
         */
        ClientAction.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.ClientAction)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.ClientAction: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.ClientAction();
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            if (object.commanderMove != null) {
                if (!$util.isObject(object.commanderMove))
                    throw $TypeError(".octet.ClientAction.commanderMove: object expected");
                message.commanderMove = $root.octet.CommanderMove.fromObject(object.commanderMove, _depth + 1);
            }
            if (object.moveUnits != null) {
                if (!$util.isObject(object.moveUnits))
                    throw $TypeError(".octet.ClientAction.moveUnits: object expected");
                message.moveUnits = $root.octet.MoveUnits.fromObject(object.moveUnits, _depth + 1);
            }
            if (object.attack != null) {
                if (!$util.isObject(object.attack))
                    throw $TypeError(".octet.ClientAction.attack: object expected");
                message.attack = $root.octet.AttackTarget.fromObject(object.attack, _depth + 1);
            }
            if (object.train != null) {
                if (!$util.isObject(object.train))
                    throw $TypeError(".octet.ClientAction.train: object expected");
                message.train = $root.octet.TrainUnit.fromObject(object.train, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ClientAction message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ClientAction
         * @static
         * @param {octet.ClientAction} message ClientAction
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientAction.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.seq = 0;
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            if (message.commanderMove != null && $Object.hasOwnProperty.call(message, "commanderMove")) {
                object.commanderMove = $root.octet.CommanderMove.toObject(message.commanderMove, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "commanderMove";
            }
            if (message.moveUnits != null && $Object.hasOwnProperty.call(message, "moveUnits")) {
                object.moveUnits = $root.octet.MoveUnits.toObject(message.moveUnits, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "moveUnits";
            }
            if (message.attack != null && $Object.hasOwnProperty.call(message, "attack")) {
                object.attack = $root.octet.AttackTarget.toObject(message.attack, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "attack";
            }
            if (message.train != null && $Object.hasOwnProperty.call(message, "train")) {
                object.train = $root.octet.TrainUnit.toObject(message.train, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "train";
            }
            return object;
        };

        /**
         * Converts this ClientAction to JSON.
         * @function toJSON
         * @memberof octet.ClientAction
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ClientAction.prototype.toJSON = function() {
            return ClientAction.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ClientAction
         * @function getTypeUrl
         * @memberof octet.ClientAction
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ClientAction.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.ClientAction";
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
         * Creates a CommanderMove message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.CommanderMove
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.CommanderMove} CommanderMove
         */
        CommanderMove.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.CommanderMove)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.CommanderMove: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.CommanderMove();
            if (object.dx != null)
                if ($Number(object.dx) !== 0)
                    message.dx = object.dx | 0;
            if (object.dy != null)
                if ($Number(object.dy) !== 0)
                    message.dy = object.dy | 0;
            return message;
        };

        /**
         * Creates a plain object from a CommanderMove message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.CommanderMove
         * @static
         * @param {octet.CommanderMove} message CommanderMove
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CommanderMove.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.dx = 0;
                object.dy = 0;
            }
            if (message.dx != null && $Object.hasOwnProperty.call(message, "dx"))
                object.dx = message.dx;
            if (message.dy != null && $Object.hasOwnProperty.call(message, "dy"))
                object.dy = message.dy;
            return object;
        };

        /**
         * Converts this CommanderMove to JSON.
         * @function toJSON
         * @memberof octet.CommanderMove
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        CommanderMove.prototype.toJSON = function() {
            return CommanderMove.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for CommanderMove
         * @function getTypeUrl
         * @memberof octet.CommanderMove
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        CommanderMove.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.CommanderMove";
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
         * Creates a MoveUnits message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MoveUnits
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.MoveUnits} MoveUnits
         */
        MoveUnits.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.MoveUnits)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.MoveUnits: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.MoveUnits();
            if (object.unitIds) {
                if (!$Array.isArray(object.unitIds))
                    throw $TypeError(".octet.MoveUnits.unitIds: array expected");
                message.unitIds = $Array(object.unitIds.length);
                for (let i = 0; i < object.unitIds.length; ++i)
                    message.unitIds[i] = object.unitIds[i] >>> 0;
            }
            if (object.x != null)
                if ($Number(object.x) !== 0)
                    message.x = object.x >>> 0;
            if (object.y != null)
                if ($Number(object.y) !== 0)
                    message.y = object.y >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a MoveUnits message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MoveUnits
         * @static
         * @param {octet.MoveUnits} message MoveUnits
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MoveUnits.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.unitIds = [];
            if (options.defaults) {
                object.x = 0;
                object.y = 0;
            }
            if (message.unitIds && message.unitIds.length) {
                object.unitIds = $Array(message.unitIds.length);
                for (let j = 0; j < message.unitIds.length; ++j)
                    object.unitIds[j] = message.unitIds[j];
            }
            if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                object.x = message.x;
            if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                object.y = message.y;
            return object;
        };

        /**
         * Converts this MoveUnits to JSON.
         * @function toJSON
         * @memberof octet.MoveUnits
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MoveUnits.prototype.toJSON = function() {
            return MoveUnits.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MoveUnits
         * @function getTypeUrl
         * @memberof octet.MoveUnits
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MoveUnits.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.MoveUnits";
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
         * Creates an AttackTarget message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.AttackTarget
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.AttackTarget} AttackTarget
         */
        AttackTarget.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.AttackTarget)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.AttackTarget: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.AttackTarget();
            if (object.unitIds) {
                if (!$Array.isArray(object.unitIds))
                    throw $TypeError(".octet.AttackTarget.unitIds: array expected");
                message.unitIds = $Array(object.unitIds.length);
                for (let i = 0; i < object.unitIds.length; ++i)
                    message.unitIds[i] = object.unitIds[i] >>> 0;
            }
            if (object.targetId != null)
                if ($Number(object.targetId) !== 0)
                    message.targetId = object.targetId >>> 0;
            return message;
        };

        /**
         * Creates a plain object from an AttackTarget message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.AttackTarget
         * @static
         * @param {octet.AttackTarget} message AttackTarget
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttackTarget.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.unitIds = [];
            if (options.defaults)
                object.targetId = 0;
            if (message.unitIds && message.unitIds.length) {
                object.unitIds = $Array(message.unitIds.length);
                for (let j = 0; j < message.unitIds.length; ++j)
                    object.unitIds[j] = message.unitIds[j];
            }
            if (message.targetId != null && $Object.hasOwnProperty.call(message, "targetId"))
                object.targetId = message.targetId;
            return object;
        };

        /**
         * Converts this AttackTarget to JSON.
         * @function toJSON
         * @memberof octet.AttackTarget
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        AttackTarget.prototype.toJSON = function() {
            return AttackTarget.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for AttackTarget
         * @function getTypeUrl
         * @memberof octet.AttackTarget
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttackTarget.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.AttackTarget";
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
         * Creates a TrainUnit message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.TrainUnit
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.TrainUnit} TrainUnit
         */
        TrainUnit.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.TrainUnit)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.TrainUnit: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.TrainUnit();
            if (object.unitKind != null)
                if (typeof object.unitKind !== "string" || object.unitKind.length)
                    message.unitKind = $String(object.unitKind);
            return message;
        };

        /**
         * Creates a plain object from a TrainUnit message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.TrainUnit
         * @static
         * @param {octet.TrainUnit} message TrainUnit
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrainUnit.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.unitKind = "";
            if (message.unitKind != null && $Object.hasOwnProperty.call(message, "unitKind"))
                object.unitKind = message.unitKind;
            return object;
        };

        /**
         * Converts this TrainUnit to JSON.
         * @function toJSON
         * @memberof octet.TrainUnit
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        TrainUnit.prototype.toJSON = function() {
            return TrainUnit.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for TrainUnit
         * @function getTypeUrl
         * @memberof octet.TrainUnit
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TrainUnit.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.TrainUnit";
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
         * Creates an ActionResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ActionResult
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.ActionResult} ActionResult
         */
        ActionResult.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.ActionResult)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.ActionResult: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.ActionResult();
            if (object.seq != null)
                if ($Number(object.seq) !== 0)
                    message.seq = object.seq >>> 0;
            if (object.accepted != null)
                if (object.accepted)
                    message.accepted = $Boolean(object.accepted);
            if (object.reason !== 0 && (typeof object.reason !== "string" || $root.octet.RejectReason[object.reason] !== 0))
                switch (object.reason) {
                case "REJECT_REASON_NONE":
                case 0:
                    message.reason = 0;
                    break;
                case "MALFORMED":
                case 1:
                    message.reason = 1;
                    break;
                case "UNKNOWN_ACTION":
                case 2:
                    message.reason = 2;
                    break;
                case "OUT_OF_RANGE":
                case 3:
                    message.reason = 3;
                    break;
                case "NOT_OWNER":
                case 4:
                    message.reason = 4;
                    break;
                case "NOT_ALIVE":
                case 5:
                    message.reason = 5;
                    break;
                case "NOT_PLAYING":
                case 6:
                    message.reason = 6;
                    break;
                case "RATE_LIMITED":
                case 7:
                    message.reason = 7;
                    break;
                case "INSUFFICIENT_GOLD":
                case 8:
                    message.reason = 8;
                    break;
                case "UNIT_LIMIT":
                case 9:
                    message.reason = 9;
                    break;
                case "UNKNOWN_ENTITY":
                case 10:
                    message.reason = 10;
                    break;
                case "STALE_SEQ":
                case 11:
                    message.reason = 11;
                    break;
                case "TOO_LARGE":
                case 12:
                    message.reason = 12;
                    break;
                case "INVALID_TARGET":
                case 13:
                    message.reason = 13;
                    break;
                case "SPECTATOR":
                case 14:
                    message.reason = 14;
                    break;
                default:
                    if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                        message.reason = object.reason;
                }
            if (object.detail != null)
                if (typeof object.detail !== "string" || object.detail.length)
                    message.detail = $String(object.detail);
            return message;
        };

        /**
         * Creates a plain object from an ActionResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ActionResult
         * @static
         * @param {octet.ActionResult} message ActionResult
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ActionResult.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.seq = 0;
                object.accepted = false;
                object.reason = options.enums === $String ? "REJECT_REASON_NONE" : 0;
                object.detail = "";
            }
            if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                object.seq = message.seq;
            if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                object.accepted = message.accepted;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = options.enums === $String ? $root.octet.RejectReason[message.reason] === $undefined ? message.reason : $root.octet.RejectReason[message.reason] : message.reason;
            if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                object.detail = message.detail;
            return object;
        };

        /**
         * Converts this ActionResult to JSON.
         * @function toJSON
         * @memberof octet.ActionResult
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ActionResult.prototype.toJSON = function() {
            return ActionResult.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ActionResult
         * @function getTypeUrl
         * @memberof octet.ActionResult
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ActionResult.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.ActionResult";
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
         * Creates an ActionResults message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ActionResults
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.ActionResults} ActionResults
         */
        ActionResults.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.ActionResults)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.ActionResults: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.ActionResults();
            if (object.tick != null)
                if ($Number(object.tick) !== 0)
                    message.tick = object.tick >>> 0;
            if (object.results) {
                if (!$Array.isArray(object.results))
                    throw $TypeError(".octet.ActionResults.results: array expected");
                message.results = $Array(object.results.length);
                for (let i = 0; i < object.results.length; ++i) {
                    if (!$util.isObject(object.results[i]))
                        throw $TypeError(".octet.ActionResults.results: object expected");
                    message.results[i] = $root.octet.ActionResult.fromObject(object.results[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from an ActionResults message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ActionResults
         * @static
         * @param {octet.ActionResults} message ActionResults
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ActionResults.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.results = [];
            if (options.defaults)
                object.tick = 0;
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                object.tick = message.tick;
            if (message.results && message.results.length) {
                object.results = $Array(message.results.length);
                for (let j = 0; j < message.results.length; ++j)
                    object.results[j] = $root.octet.ActionResult.toObject(message.results[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this ActionResults to JSON.
         * @function toJSON
         * @memberof octet.ActionResults
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ActionResults.prototype.toJSON = function() {
            return ActionResults.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ActionResults
         * @function getTypeUrl
         * @memberof octet.ActionResults
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ActionResults.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.ActionResults";
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
         * Creates a KillEvent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.KillEvent
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.KillEvent} KillEvent
         */
        KillEvent.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.KillEvent)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.KillEvent: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.KillEvent();
            if (object.victimId != null)
                if ($Number(object.victimId) !== 0)
                    message.victimId = object.victimId >>> 0;
            if (object.victimKind != null)
                if ($Number(object.victimKind) !== 0)
                    message.victimKind = object.victimKind >>> 0;
            if (object.victimOwner != null)
                if (typeof object.victimOwner !== "string" || object.victimOwner.length)
                    message.victimOwner = $String(object.victimOwner);
            if (object.killerId != null)
                if ($Number(object.killerId) !== 0)
                    message.killerId = object.killerId >>> 0;
            if (object.killerOwner != null)
                if (typeof object.killerOwner !== "string" || object.killerOwner.length)
                    message.killerOwner = $String(object.killerOwner);
            return message;
        };

        /**
         * Creates a plain object from a KillEvent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.KillEvent
         * @static
         * @param {octet.KillEvent} message KillEvent
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KillEvent.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.victimId = 0;
                object.victimKind = 0;
                object.victimOwner = "";
                object.killerId = 0;
                object.killerOwner = "";
            }
            if (message.victimId != null && $Object.hasOwnProperty.call(message, "victimId"))
                object.victimId = message.victimId;
            if (message.victimKind != null && $Object.hasOwnProperty.call(message, "victimKind"))
                object.victimKind = message.victimKind;
            if (message.victimOwner != null && $Object.hasOwnProperty.call(message, "victimOwner"))
                object.victimOwner = message.victimOwner;
            if (message.killerId != null && $Object.hasOwnProperty.call(message, "killerId"))
                object.killerId = message.killerId;
            if (message.killerOwner != null && $Object.hasOwnProperty.call(message, "killerOwner"))
                object.killerOwner = message.killerOwner;
            return object;
        };

        /**
         * Converts this KillEvent to JSON.
         * @function toJSON
         * @memberof octet.KillEvent
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        KillEvent.prototype.toJSON = function() {
            return KillEvent.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for KillEvent
         * @function getTypeUrl
         * @memberof octet.KillEvent
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        KillEvent.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.KillEvent";
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
         * Creates a MatchEvents message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MatchEvents
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.MatchEvents} MatchEvents
         */
        MatchEvents.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.MatchEvents)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.MatchEvents: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.MatchEvents();
            if (object.tick != null)
                if ($Number(object.tick) !== 0)
                    message.tick = object.tick >>> 0;
            if (object.kills) {
                if (!$Array.isArray(object.kills))
                    throw $TypeError(".octet.MatchEvents.kills: array expected");
                message.kills = $Array(object.kills.length);
                for (let i = 0; i < object.kills.length; ++i) {
                    if (!$util.isObject(object.kills[i]))
                        throw $TypeError(".octet.MatchEvents.kills: object expected");
                    message.kills[i] = $root.octet.KillEvent.fromObject(object.kills[i], _depth + 1);
                }
            }
            return message;
        };

        /**
         * Creates a plain object from a MatchEvents message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MatchEvents
         * @static
         * @param {octet.MatchEvents} message MatchEvents
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MatchEvents.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.kills = [];
            if (options.defaults)
                object.tick = 0;
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                object.tick = message.tick;
            if (message.kills && message.kills.length) {
                object.kills = $Array(message.kills.length);
                for (let j = 0; j < message.kills.length; ++j)
                    object.kills[j] = $root.octet.KillEvent.toObject(message.kills[j], options, _depth + 1);
            }
            return object;
        };

        /**
         * Converts this MatchEvents to JSON.
         * @function toJSON
         * @memberof octet.MatchEvents
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MatchEvents.prototype.toJSON = function() {
            return MatchEvents.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MatchEvents
         * @function getTypeUrl
         * @memberof octet.MatchEvents
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MatchEvents.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.MatchEvents";
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
         * Creates a RankEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.RankEntry
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.RankEntry} RankEntry
         */
        RankEntry.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.RankEntry)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.RankEntry: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.RankEntry();
            if (object.rank != null)
                if ($Number(object.rank) !== 0)
                    message.rank = object.rank >>> 0;
            if (object.playerId != null)
                if (typeof object.playerId !== "string" || object.playerId.length)
                    message.playerId = $String(object.playerId);
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.score != null)
                if ($Number(object.score) !== 0)
                    message.score = object.score >>> 0;
            if (object.kills != null)
                if ($Number(object.kills) !== 0)
                    message.kills = object.kills >>> 0;
            return message;
        };

        /**
         * Creates a plain object from a RankEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.RankEntry
         * @static
         * @param {octet.RankEntry} message RankEntry
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RankEntry.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.rank = 0;
                object.playerId = "";
                object.name = "";
                object.score = 0;
                object.kills = 0;
            }
            if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                object.rank = message.rank;
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                object.playerId = message.playerId;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                object.score = message.score;
            if (message.kills != null && $Object.hasOwnProperty.call(message, "kills"))
                object.kills = message.kills;
            return object;
        };

        /**
         * Converts this RankEntry to JSON.
         * @function toJSON
         * @memberof octet.RankEntry
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        RankEntry.prototype.toJSON = function() {
            return RankEntry.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for RankEntry
         * @function getTypeUrl
         * @memberof octet.RankEntry
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        RankEntry.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.RankEntry";
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
         * Creates a MatchEnd message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MatchEnd
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.MatchEnd} MatchEnd
         */
        MatchEnd.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.MatchEnd)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.MatchEnd: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.MatchEnd();
            if (object.tick != null)
                if ($Number(object.tick) !== 0)
                    message.tick = object.tick >>> 0;
            if (object.reason != null)
                if (typeof object.reason !== "string" || object.reason.length)
                    message.reason = $String(object.reason);
            if (object.ranking) {
                if (!$Array.isArray(object.ranking))
                    throw $TypeError(".octet.MatchEnd.ranking: array expected");
                message.ranking = $Array(object.ranking.length);
                for (let i = 0; i < object.ranking.length; ++i) {
                    if (!$util.isObject(object.ranking[i]))
                        throw $TypeError(".octet.MatchEnd.ranking: object expected");
                    message.ranking[i] = $root.octet.RankEntry.fromObject(object.ranking[i], _depth + 1);
                }
            }
            if (object.matchId != null)
                if (typeof object.matchId !== "string" || object.matchId.length)
                    message.matchId = $String(object.matchId);
            return message;
        };

        /**
         * Creates a plain object from a MatchEnd message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MatchEnd
         * @static
         * @param {octet.MatchEnd} message MatchEnd
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MatchEnd.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.ranking = [];
            if (options.defaults) {
                object.tick = 0;
                object.reason = "";
                object.matchId = "";
            }
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                object.tick = message.tick;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            if (message.ranking && message.ranking.length) {
                object.ranking = $Array(message.ranking.length);
                for (let j = 0; j < message.ranking.length; ++j)
                    object.ranking[j] = $root.octet.RankEntry.toObject(message.ranking[j], options, _depth + 1);
            }
            if (message.matchId != null && $Object.hasOwnProperty.call(message, "matchId"))
                object.matchId = message.matchId;
            return object;
        };

        /**
         * Converts this MatchEnd to JSON.
         * @function toJSON
         * @memberof octet.MatchEnd
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        MatchEnd.prototype.toJSON = function() {
            return MatchEnd.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for MatchEnd
         * @function getTypeUrl
         * @memberof octet.MatchEnd
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        MatchEnd.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.MatchEnd";
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
         * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.Welcome
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.Welcome} Welcome
         */
        Welcome.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.Welcome)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.Welcome: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.Welcome();
            if (object.playerId != null)
                if (typeof object.playerId !== "string" || object.playerId.length)
                    message.playerId = $String(object.playerId);
            if (object.rulesJson != null)
                if (typeof object.rulesJson !== "string" || object.rulesJson.length)
                    message.rulesJson = $String(object.rulesJson);
            if (object.tick != null)
                if ($Number(object.tick) !== 0)
                    message.tick = object.tick >>> 0;
            if (object.resumeToken != null)
                if (typeof object.resumeToken !== "string" || object.resumeToken.length)
                    message.resumeToken = $String(object.resumeToken);
            return message;
        };

        /**
         * Creates a plain object from a Welcome message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.Welcome
         * @static
         * @param {octet.Welcome} message Welcome
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Welcome.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.playerId = "";
                object.rulesJson = "";
                object.tick = 0;
                object.resumeToken = "";
            }
            if (message.playerId != null && $Object.hasOwnProperty.call(message, "playerId"))
                object.playerId = message.playerId;
            if (message.rulesJson != null && $Object.hasOwnProperty.call(message, "rulesJson"))
                object.rulesJson = message.rulesJson;
            if (message.tick != null && $Object.hasOwnProperty.call(message, "tick"))
                object.tick = message.tick;
            if (message.resumeToken != null && $Object.hasOwnProperty.call(message, "resumeToken"))
                object.resumeToken = message.resumeToken;
            return object;
        };

        /**
         * Converts this Welcome to JSON.
         * @function toJSON
         * @memberof octet.Welcome
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        Welcome.prototype.toJSON = function() {
            return Welcome.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for Welcome
         * @function getTypeUrl
         * @memberof octet.Welcome
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        Welcome.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.Welcome";
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
         * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ServerMessage
         * @static
         * @param {Object.<string,*>} object Plain object
         * @returns {octet.ServerMessage} ServerMessage
         */
        ServerMessage.fromObject = function (object, _depth) {
            if (object instanceof $root.octet.ServerMessage)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".octet.ServerMessage: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.octet.ServerMessage();
            if (object.results != null) {
                if (!$util.isObject(object.results))
                    throw $TypeError(".octet.ServerMessage.results: object expected");
                message.results = $root.octet.ActionResults.fromObject(object.results, _depth + 1);
            }
            if (object.events != null) {
                if (!$util.isObject(object.events))
                    throw $TypeError(".octet.ServerMessage.events: object expected");
                message.events = $root.octet.MatchEvents.fromObject(object.events, _depth + 1);
            }
            if (object.matchEnd != null) {
                if (!$util.isObject(object.matchEnd))
                    throw $TypeError(".octet.ServerMessage.matchEnd: object expected");
                message.matchEnd = $root.octet.MatchEnd.fromObject(object.matchEnd, _depth + 1);
            }
            if (object.welcome != null) {
                if (!$util.isObject(object.welcome))
                    throw $TypeError(".octet.ServerMessage.welcome: object expected");
                message.welcome = $root.octet.Welcome.fromObject(object.welcome, _depth + 1);
            }
            return message;
        };

        /**
         * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ServerMessage
         * @static
         * @param {octet.ServerMessage} message ServerMessage
         * @param {$protobuf.IConversionOptions} [options] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerMessage.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.results != null && $Object.hasOwnProperty.call(message, "results")) {
                object.results = $root.octet.ActionResults.toObject(message.results, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "results";
            }
            if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                object.events = $root.octet.MatchEvents.toObject(message.events, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "events";
            }
            if (message.matchEnd != null && $Object.hasOwnProperty.call(message, "matchEnd")) {
                object.matchEnd = $root.octet.MatchEnd.toObject(message.matchEnd, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "matchEnd";
            }
            if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                object.welcome = $root.octet.Welcome.toObject(message.welcome, options, _depth + 1);
                if (options.oneofs)
                    object.kind = "welcome";
            }
            return object;
        };

        /**
         * Converts this ServerMessage to JSON.
         * @function toJSON
         * @memberof octet.ServerMessage
         * @instance
         * @returns {Object.<string,*>} JSON object
         */
        ServerMessage.prototype.toJSON = function() {
            return ServerMessage.toObject(this, $protobuf.util.toJSONOptions);
        };

        /**
         * Gets the type url for ServerMessage
         * @function getTypeUrl
         * @memberof octet.ServerMessage
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ServerMessage.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/octet.ServerMessage";
        };

        return ServerMessage;
    })();

    return octet;
})();

export {
  $root as default
};
