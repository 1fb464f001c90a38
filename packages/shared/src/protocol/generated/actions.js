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
         * @param {octet.ClientAction.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ClientAction = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.ClientAction.$Properties} m ClientAction message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ClientAction.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
            if (m.commanderMove != null && $Object.hasOwnProperty.call(m, "commanderMove"))
                $root.octet.CommanderMove.encode(m.commanderMove, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.moveUnits != null && $Object.hasOwnProperty.call(m, "moveUnits"))
                $root.octet.MoveUnits.encode(m.moveUnits, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.attack != null && $Object.hasOwnProperty.call(m, "attack"))
                $root.octet.AttackTarget.encode(m.attack, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.train != null && $Object.hasOwnProperty.call(m, "train"))
                $root.octet.TrainUnit.encode(m.train, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ClientAction message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ClientAction
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.ClientAction & octet.ClientAction.$Shape} ClientAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ClientAction.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.ClientAction();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.seq = v;
                        else
                            delete m.seq;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.commanderMove = $root.octet.CommanderMove.decode(r, r.size(), $undefined, q + 1, m.commanderMove);
                        m.kind = "commanderMove";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.moveUnits = $root.octet.MoveUnits.decode(r, r.size(), $undefined, q + 1, m.moveUnits);
                        m.kind = "moveUnits";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.attack = $root.octet.AttackTarget.decode(r, r.size(), $undefined, q + 1, m.attack);
                        m.kind = "attack";
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        m.train = $root.octet.TrainUnit.decode(r, r.size(), $undefined, q + 1, m.train);
                        m.kind = "train";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a ClientAction message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ClientAction
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.ClientAction} ClientAction
         */
        ClientAction.fromObject = function (d, q) {
            if (d instanceof $root.octet.ClientAction)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.ClientAction: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.ClientAction();
            if (d.seq != null) {
                if ($Number(d.seq) !== 0) {
                    m.seq = d.seq >>> 0;
                }
            }
            if (d.commanderMove != null) {
                if (!$util.isObject(d.commanderMove))
                    throw $TypeError(".octet.ClientAction.commanderMove: object expected");
                m.commanderMove = $root.octet.CommanderMove.fromObject(d.commanderMove, q + 1);
            }
            if (d.moveUnits != null) {
                if (!$util.isObject(d.moveUnits))
                    throw $TypeError(".octet.ClientAction.moveUnits: object expected");
                m.moveUnits = $root.octet.MoveUnits.fromObject(d.moveUnits, q + 1);
            }
            if (d.attack != null) {
                if (!$util.isObject(d.attack))
                    throw $TypeError(".octet.ClientAction.attack: object expected");
                m.attack = $root.octet.AttackTarget.fromObject(d.attack, q + 1);
            }
            if (d.train != null) {
                if (!$util.isObject(d.train))
                    throw $TypeError(".octet.ClientAction.train: object expected");
                m.train = $root.octet.TrainUnit.fromObject(d.train, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ClientAction message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ClientAction
         * @static
         * @param {octet.ClientAction} m ClientAction
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ClientAction.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.seq = 0;
            }
            if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                d.seq = m.seq;
            }
            if (m.commanderMove != null && $Object.hasOwnProperty.call(m, "commanderMove")) {
                d.commanderMove = $root.octet.CommanderMove.toObject(m.commanderMove, o, q + 1);
                if (o.oneofs)
                    d.kind = "commanderMove";
            }
            if (m.moveUnits != null && $Object.hasOwnProperty.call(m, "moveUnits")) {
                d.moveUnits = $root.octet.MoveUnits.toObject(m.moveUnits, o, q + 1);
                if (o.oneofs)
                    d.kind = "moveUnits";
            }
            if (m.attack != null && $Object.hasOwnProperty.call(m, "attack")) {
                d.attack = $root.octet.AttackTarget.toObject(m.attack, o, q + 1);
                if (o.oneofs)
                    d.kind = "attack";
            }
            if (m.train != null && $Object.hasOwnProperty.call(m, "train")) {
                d.train = $root.octet.TrainUnit.toObject(m.train, o, q + 1);
                if (o.oneofs)
                    d.kind = "train";
            }
            return d;
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
         * @param {octet.CommanderMove.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const CommanderMove = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.CommanderMove.$Properties} m CommanderMove message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        CommanderMove.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.dx != null && $Object.hasOwnProperty.call(m, "dx") && m.dx !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).sint32(m.dx);
            if (m.dy != null && $Object.hasOwnProperty.call(m, "dy") && m.dy !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).sint32(m.dy);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a CommanderMove message from the specified reader or buffer.
         * @function decode
         * @memberof octet.CommanderMove
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.CommanderMove & octet.CommanderMove.$Shape} CommanderMove
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        CommanderMove.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.CommanderMove();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.sint32())
                            m.dx = v;
                        else
                            delete m.dx;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.sint32())
                            m.dy = v;
                        else
                            delete m.dy;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a CommanderMove message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.CommanderMove
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.CommanderMove} CommanderMove
         */
        CommanderMove.fromObject = function (d, q) {
            if (d instanceof $root.octet.CommanderMove)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.CommanderMove: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.CommanderMove();
            if (d.dx != null) {
                if ($Number(d.dx) !== 0) {
                    m.dx = d.dx | 0;
                }
            }
            if (d.dy != null) {
                if ($Number(d.dy) !== 0) {
                    m.dy = d.dy | 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a CommanderMove message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.CommanderMove
         * @static
         * @param {octet.CommanderMove} m CommanderMove
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        CommanderMove.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.dx = 0;
                d.dy = 0;
            }
            if (m.dx != null && $Object.hasOwnProperty.call(m, "dx")) {
                d.dx = m.dx;
            }
            if (m.dy != null && $Object.hasOwnProperty.call(m, "dy")) {
                d.dy = m.dy;
            }
            return d;
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
         * @param {octet.MoveUnits.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MoveUnits = function (p) {
            this.unitIds = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.MoveUnits.$Properties} m MoveUnits message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MoveUnits.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.unitIds != null && m.unitIds.length) {
                w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.unitIds);
            }
            if (m.x != null && $Object.hasOwnProperty.call(m, "x") && m.x !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.x);
            if (m.y != null && $Object.hasOwnProperty.call(m, "y") && m.y !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.y);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MoveUnits message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MoveUnits
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.MoveUnits & octet.MoveUnits.$Shape} MoveUnits
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MoveUnits.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.MoveUnits();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.unitIds && m.unitIds.length))
                                m.unitIds = [];
                            r.uint32s(m.unitIds);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.unitIds && m.unitIds.length))
                            m.unitIds = [];
                        m.unitIds.push(r.uint32());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.x = v;
                        else
                            delete m.x;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.y = v;
                        else
                            delete m.y;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a MoveUnits message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MoveUnits
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.MoveUnits} MoveUnits
         */
        MoveUnits.fromObject = function (d, q) {
            if (d instanceof $root.octet.MoveUnits)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.MoveUnits: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.MoveUnits();
            if (d.unitIds) {
                if (!$Array.isArray(d.unitIds))
                    throw $TypeError(".octet.MoveUnits.unitIds: array expected");
                m.unitIds = $Array(d.unitIds.length);
                for (var i = 0; i < d.unitIds.length; ++i) {
                    m.unitIds[i] = d.unitIds[i] >>> 0;
                }
            }
            if (d.x != null) {
                if ($Number(d.x) !== 0) {
                    m.x = d.x >>> 0;
                }
            }
            if (d.y != null) {
                if ($Number(d.y) !== 0) {
                    m.y = d.y >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MoveUnits message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MoveUnits
         * @static
         * @param {octet.MoveUnits} m MoveUnits
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MoveUnits.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.unitIds = [];
            }
            if (o.defaults) {
                d.x = 0;
                d.y = 0;
            }
            if (m.unitIds && m.unitIds.length) {
                d.unitIds = $Array(m.unitIds.length);
                for (var j = 0; j < m.unitIds.length; ++j) {
                    d.unitIds[j] = m.unitIds[j];
                }
            }
            if (m.x != null && $Object.hasOwnProperty.call(m, "x")) {
                d.x = m.x;
            }
            if (m.y != null && $Object.hasOwnProperty.call(m, "y")) {
                d.y = m.y;
            }
            return d;
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
         * @param {octet.AttackTarget.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttackTarget = function (p) {
            this.unitIds = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.AttackTarget.$Properties} m AttackTarget message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttackTarget.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.unitIds != null && m.unitIds.length) {
                w.uint32(/* id 1, wireType 2 =*/10).uint32s(m.unitIds);
            }
            if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId") && m.targetId !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.targetId);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an AttackTarget message from the specified reader or buffer.
         * @function decode
         * @memberof octet.AttackTarget
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.AttackTarget & octet.AttackTarget.$Shape} AttackTarget
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttackTarget.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.AttackTarget();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u === 2) {
                            if (!(m.unitIds && m.unitIds.length))
                                m.unitIds = [];
                            r.uint32s(m.unitIds);
                            continue;
                        }
                        if (u !== 0)
                            break;
                        if (!(m.unitIds && m.unitIds.length))
                            m.unitIds = [];
                        m.unitIds.push(r.uint32());
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.targetId = v;
                        else
                            delete m.targetId;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an AttackTarget message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.AttackTarget
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.AttackTarget} AttackTarget
         */
        AttackTarget.fromObject = function (d, q) {
            if (d instanceof $root.octet.AttackTarget)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.AttackTarget: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.AttackTarget();
            if (d.unitIds) {
                if (!$Array.isArray(d.unitIds))
                    throw $TypeError(".octet.AttackTarget.unitIds: array expected");
                m.unitIds = $Array(d.unitIds.length);
                for (var i = 0; i < d.unitIds.length; ++i) {
                    m.unitIds[i] = d.unitIds[i] >>> 0;
                }
            }
            if (d.targetId != null) {
                if ($Number(d.targetId) !== 0) {
                    m.targetId = d.targetId >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an AttackTarget message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.AttackTarget
         * @static
         * @param {octet.AttackTarget} m AttackTarget
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        AttackTarget.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.unitIds = [];
            }
            if (o.defaults) {
                d.targetId = 0;
            }
            if (m.unitIds && m.unitIds.length) {
                d.unitIds = $Array(m.unitIds.length);
                for (var j = 0; j < m.unitIds.length; ++j) {
                    d.unitIds[j] = m.unitIds[j];
                }
            }
            if (m.targetId != null && $Object.hasOwnProperty.call(m, "targetId")) {
                d.targetId = m.targetId;
            }
            return d;
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
         * @param {octet.TrainUnit.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrainUnit = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.TrainUnit.$Properties} m TrainUnit message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrainUnit.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.unitKind != null && $Object.hasOwnProperty.call(m, "unitKind") && m.unitKind !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.unitKind);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a TrainUnit message from the specified reader or buffer.
         * @function decode
         * @memberof octet.TrainUnit
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.TrainUnit & octet.TrainUnit.$Shape} TrainUnit
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrainUnit.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.TrainUnit();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.unitKind = v;
                        else
                            delete m.unitKind;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a TrainUnit message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.TrainUnit
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.TrainUnit} TrainUnit
         */
        TrainUnit.fromObject = function (d, q) {
            if (d instanceof $root.octet.TrainUnit)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.TrainUnit: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.TrainUnit();
            if (d.unitKind != null) {
                if (typeof d.unitKind !== "string" || d.unitKind.length) {
                    m.unitKind = $String(d.unitKind);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a TrainUnit message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.TrainUnit
         * @static
         * @param {octet.TrainUnit} m TrainUnit
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        TrainUnit.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.unitKind = "";
            }
            if (m.unitKind != null && $Object.hasOwnProperty.call(m, "unitKind")) {
                d.unitKind = m.unitKind;
            }
            return d;
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
         * @param {octet.ActionResult.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActionResult = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.ActionResult.$Properties} m ActionResult message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResult.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && m.seq !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.seq);
            if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted") && m.accepted !== false)
                w.uint32(/* id 2, wireType 0 =*/16).bool(m.accepted);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).int32(m.reason);
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                w.uint32(/* id 4, wireType 2 =*/34).string(m.detail);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an ActionResult message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ActionResult
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.ActionResult & octet.ActionResult.$Shape} ActionResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResult.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.ActionResult();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.seq = v;
                        else
                            delete m.seq;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.bool())
                            m.accepted = v;
                        else
                            delete m.accepted;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.int32())
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.detail = v;
                        else
                            delete m.detail;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an ActionResult message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ActionResult
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.ActionResult} ActionResult
         */
        ActionResult.fromObject = function (d, q) {
            if (d instanceof $root.octet.ActionResult)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.ActionResult: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.ActionResult();
            if (d.seq != null) {
                if ($Number(d.seq) !== 0) {
                    m.seq = d.seq >>> 0;
                }
            }
            if (d.accepted != null) {
                if (d.accepted) {
                    m.accepted = $Boolean(d.accepted);
                }
            }
            if (d.reason !== 0 && (typeof d.reason !== "string" || $root.octet.RejectReason[d.reason] !== 0)) {
                switch (d.reason) {
                case "REJECT_REASON_NONE":
                case 0:
                    m.reason = 0;
                    break;
                case "MALFORMED":
                case 1:
                    m.reason = 1;
                    break;
                case "UNKNOWN_ACTION":
                case 2:
                    m.reason = 2;
                    break;
                case "OUT_OF_RANGE":
                case 3:
                    m.reason = 3;
                    break;
                case "NOT_OWNER":
                case 4:
                    m.reason = 4;
                    break;
                case "NOT_ALIVE":
                case 5:
                    m.reason = 5;
                    break;
                case "NOT_PLAYING":
                case 6:
                    m.reason = 6;
                    break;
                case "RATE_LIMITED":
                case 7:
                    m.reason = 7;
                    break;
                case "INSUFFICIENT_GOLD":
                case 8:
                    m.reason = 8;
                    break;
                case "UNIT_LIMIT":
                case 9:
                    m.reason = 9;
                    break;
                case "UNKNOWN_ENTITY":
                case 10:
                    m.reason = 10;
                    break;
                case "STALE_SEQ":
                case 11:
                    m.reason = 11;
                    break;
                case "TOO_LARGE":
                case 12:
                    m.reason = 12;
                    break;
                case "INVALID_TARGET":
                case 13:
                    m.reason = 13;
                    break;
                default:
                    if (typeof d.reason === "number" && (d.reason | 0) === d.reason)
                        m.reason = d.reason;
                }
            }
            if (d.detail != null) {
                if (typeof d.detail !== "string" || d.detail.length) {
                    m.detail = $String(d.detail);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ActionResult message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ActionResult
         * @static
         * @param {octet.ActionResult} m ActionResult
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ActionResult.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.seq = 0;
                d.accepted = false;
                d.reason = o.enums === $String ? "REJECT_REASON_NONE" : 0;
                d.detail = "";
            }
            if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                d.seq = m.seq;
            }
            if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                d.accepted = m.accepted;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = o.enums === $String ? $root.octet.RejectReason[m.reason] === $undefined ? m.reason : $root.octet.RejectReason[m.reason] : m.reason;
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                d.detail = m.detail;
            }
            return d;
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
         * @param {octet.ActionResults.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ActionResults = function (p) {
            this.results = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.ActionResults.$Properties} m ActionResults message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ActionResults.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tick);
            if (m.results != null && m.results.length) {
                for (var i = 0; i < m.results.length; ++i)
                    $root.octet.ActionResult.encode(m.results[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes an ActionResults message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ActionResults
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.ActionResults & octet.ActionResults.$Shape} ActionResults
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ActionResults.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.ActionResults();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tick = v;
                        else
                            delete m.tick;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.results && m.results.length))
                            m.results = [];
                        m.results.push($root.octet.ActionResult.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates an ActionResults message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ActionResults
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.ActionResults} ActionResults
         */
        ActionResults.fromObject = function (d, q) {
            if (d instanceof $root.octet.ActionResults)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.ActionResults: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.ActionResults();
            if (d.tick != null) {
                if ($Number(d.tick) !== 0) {
                    m.tick = d.tick >>> 0;
                }
            }
            if (d.results) {
                if (!$Array.isArray(d.results))
                    throw $TypeError(".octet.ActionResults.results: array expected");
                m.results = $Array(d.results.length);
                for (var i = 0; i < d.results.length; ++i) {
                    if (!$util.isObject(d.results[i]))
                        throw $TypeError(".octet.ActionResults.results: object expected");
                    m.results[i] = $root.octet.ActionResult.fromObject(d.results[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from an ActionResults message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ActionResults
         * @static
         * @param {octet.ActionResults} m ActionResults
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ActionResults.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.results = [];
            }
            if (o.defaults) {
                d.tick = 0;
            }
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                d.tick = m.tick;
            }
            if (m.results && m.results.length) {
                d.results = $Array(m.results.length);
                for (var j = 0; j < m.results.length; ++j) {
                    d.results[j] = $root.octet.ActionResult.toObject(m.results[j], o, q + 1);
                }
            }
            return d;
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
         * @param {octet.KillEvent.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const KillEvent = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.KillEvent.$Properties} m KillEvent message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        KillEvent.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.victimId != null && $Object.hasOwnProperty.call(m, "victimId") && m.victimId !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.victimId);
            if (m.victimKind != null && $Object.hasOwnProperty.call(m, "victimKind") && m.victimKind !== 0)
                w.uint32(/* id 2, wireType 0 =*/16).uint32(m.victimKind);
            if (m.victimOwner != null && $Object.hasOwnProperty.call(m, "victimOwner") && m.victimOwner !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.victimOwner);
            if (m.killerId != null && $Object.hasOwnProperty.call(m, "killerId") && m.killerId !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.killerId);
            if (m.killerOwner != null && $Object.hasOwnProperty.call(m, "killerOwner") && m.killerOwner !== "")
                w.uint32(/* id 5, wireType 2 =*/42).string(m.killerOwner);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a KillEvent message from the specified reader or buffer.
         * @function decode
         * @memberof octet.KillEvent
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.KillEvent & octet.KillEvent.$Shape} KillEvent
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        KillEvent.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.KillEvent();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.victimId = v;
                        else
                            delete m.victimId;
                        continue;
                    }
                case 2: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.victimKind = v;
                        else
                            delete m.victimKind;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.victimOwner = v;
                        else
                            delete m.victimOwner;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.killerId = v;
                        else
                            delete m.killerId;
                        continue;
                    }
                case 5: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.killerOwner = v;
                        else
                            delete m.killerOwner;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a KillEvent message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.KillEvent
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.KillEvent} KillEvent
         */
        KillEvent.fromObject = function (d, q) {
            if (d instanceof $root.octet.KillEvent)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.KillEvent: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.KillEvent();
            if (d.victimId != null) {
                if ($Number(d.victimId) !== 0) {
                    m.victimId = d.victimId >>> 0;
                }
            }
            if (d.victimKind != null) {
                if ($Number(d.victimKind) !== 0) {
                    m.victimKind = d.victimKind >>> 0;
                }
            }
            if (d.victimOwner != null) {
                if (typeof d.victimOwner !== "string" || d.victimOwner.length) {
                    m.victimOwner = $String(d.victimOwner);
                }
            }
            if (d.killerId != null) {
                if ($Number(d.killerId) !== 0) {
                    m.killerId = d.killerId >>> 0;
                }
            }
            if (d.killerOwner != null) {
                if (typeof d.killerOwner !== "string" || d.killerOwner.length) {
                    m.killerOwner = $String(d.killerOwner);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a KillEvent message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.KillEvent
         * @static
         * @param {octet.KillEvent} m KillEvent
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        KillEvent.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.victimId = 0;
                d.victimKind = 0;
                d.victimOwner = "";
                d.killerId = 0;
                d.killerOwner = "";
            }
            if (m.victimId != null && $Object.hasOwnProperty.call(m, "victimId")) {
                d.victimId = m.victimId;
            }
            if (m.victimKind != null && $Object.hasOwnProperty.call(m, "victimKind")) {
                d.victimKind = m.victimKind;
            }
            if (m.victimOwner != null && $Object.hasOwnProperty.call(m, "victimOwner")) {
                d.victimOwner = m.victimOwner;
            }
            if (m.killerId != null && $Object.hasOwnProperty.call(m, "killerId")) {
                d.killerId = m.killerId;
            }
            if (m.killerOwner != null && $Object.hasOwnProperty.call(m, "killerOwner")) {
                d.killerOwner = m.killerOwner;
            }
            return d;
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
         * @param {octet.MatchEvents.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MatchEvents = function (p) {
            this.kills = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.MatchEvents.$Properties} m MatchEvents message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEvents.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tick);
            if (m.kills != null && m.kills.length) {
                for (var i = 0; i < m.kills.length; ++i)
                    $root.octet.KillEvent.encode(m.kills[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MatchEvents message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MatchEvents
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.MatchEvents & octet.MatchEvents.$Shape} MatchEvents
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEvents.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.MatchEvents();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tick = v;
                        else
                            delete m.tick;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if (!(m.kills && m.kills.length))
                            m.kills = [];
                        m.kills.push($root.octet.KillEvent.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a MatchEvents message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MatchEvents
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.MatchEvents} MatchEvents
         */
        MatchEvents.fromObject = function (d, q) {
            if (d instanceof $root.octet.MatchEvents)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.MatchEvents: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.MatchEvents();
            if (d.tick != null) {
                if ($Number(d.tick) !== 0) {
                    m.tick = d.tick >>> 0;
                }
            }
            if (d.kills) {
                if (!$Array.isArray(d.kills))
                    throw $TypeError(".octet.MatchEvents.kills: array expected");
                m.kills = $Array(d.kills.length);
                for (var i = 0; i < d.kills.length; ++i) {
                    if (!$util.isObject(d.kills[i]))
                        throw $TypeError(".octet.MatchEvents.kills: object expected");
                    m.kills[i] = $root.octet.KillEvent.fromObject(d.kills[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MatchEvents message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MatchEvents
         * @static
         * @param {octet.MatchEvents} m MatchEvents
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MatchEvents.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.kills = [];
            }
            if (o.defaults) {
                d.tick = 0;
            }
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                d.tick = m.tick;
            }
            if (m.kills && m.kills.length) {
                d.kills = $Array(m.kills.length);
                for (var j = 0; j < m.kills.length; ++j) {
                    d.kills[j] = $root.octet.KillEvent.toObject(m.kills[j], o, q + 1);
                }
            }
            return d;
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
         * @param {octet.RankEntry.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const RankEntry = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.RankEntry.$Properties} m RankEntry message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        RankEntry.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.rank != null && $Object.hasOwnProperty.call(m, "rank") && m.rank !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.rank);
            if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId") && m.playerId !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.playerId);
            if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
            if (m.score != null && $Object.hasOwnProperty.call(m, "score") && m.score !== 0)
                w.uint32(/* id 4, wireType 0 =*/32).uint32(m.score);
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills") && m.kills !== 0)
                w.uint32(/* id 5, wireType 0 =*/40).uint32(m.kills);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a RankEntry message from the specified reader or buffer.
         * @function decode
         * @memberof octet.RankEntry
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.RankEntry & octet.RankEntry.$Shape} RankEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        RankEntry.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.RankEntry();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.rank = v;
                        else
                            delete m.rank;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.playerId = v;
                        else
                            delete m.playerId;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.name = v;
                        else
                            delete m.name;
                        continue;
                    }
                case 4: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.score = v;
                        else
                            delete m.score;
                        continue;
                    }
                case 5: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.kills = v;
                        else
                            delete m.kills;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a RankEntry message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.RankEntry
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.RankEntry} RankEntry
         */
        RankEntry.fromObject = function (d, q) {
            if (d instanceof $root.octet.RankEntry)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.RankEntry: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.RankEntry();
            if (d.rank != null) {
                if ($Number(d.rank) !== 0) {
                    m.rank = d.rank >>> 0;
                }
            }
            if (d.playerId != null) {
                if (typeof d.playerId !== "string" || d.playerId.length) {
                    m.playerId = $String(d.playerId);
                }
            }
            if (d.name != null) {
                if (typeof d.name !== "string" || d.name.length) {
                    m.name = $String(d.name);
                }
            }
            if (d.score != null) {
                if ($Number(d.score) !== 0) {
                    m.score = d.score >>> 0;
                }
            }
            if (d.kills != null) {
                if ($Number(d.kills) !== 0) {
                    m.kills = d.kills >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a RankEntry message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.RankEntry
         * @static
         * @param {octet.RankEntry} m RankEntry
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        RankEntry.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.rank = 0;
                d.playerId = "";
                d.name = "";
                d.score = 0;
                d.kills = 0;
            }
            if (m.rank != null && $Object.hasOwnProperty.call(m, "rank")) {
                d.rank = m.rank;
            }
            if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId")) {
                d.playerId = m.playerId;
            }
            if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                d.name = m.name;
            }
            if (m.score != null && $Object.hasOwnProperty.call(m, "score")) {
                d.score = m.score;
            }
            if (m.kills != null && $Object.hasOwnProperty.call(m, "kills")) {
                d.kills = m.kills;
            }
            return d;
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
         * @param {octet.MatchEnd.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const MatchEnd = function (p) {
            this.ranking = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * Encodes the specified MatchEnd message. Does not implicitly {@link octet.MatchEnd.verify|verify} messages.
         * @function encode
         * @memberof octet.MatchEnd
         * @static
         * @param {octet.MatchEnd.$Properties} m MatchEnd message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        MatchEnd.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                w.uint32(/* id 1, wireType 0 =*/8).uint32(m.tick);
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.reason);
            if (m.ranking != null && m.ranking.length) {
                for (var i = 0; i < m.ranking.length; ++i)
                    $root.octet.RankEntry.encode(m.ranking[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            }
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a MatchEnd message from the specified reader or buffer.
         * @function decode
         * @memberof octet.MatchEnd
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.MatchEnd & octet.MatchEnd.$Shape} MatchEnd
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        MatchEnd.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.MatchEnd();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tick = v;
                        else
                            delete m.tick;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.reason = v;
                        else
                            delete m.reason;
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        if (!(m.ranking && m.ranking.length))
                            m.ranking = [];
                        m.ranking.push($root.octet.RankEntry.decode(r, r.size(), $undefined, q + 1));
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a MatchEnd message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.MatchEnd
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.MatchEnd} MatchEnd
         */
        MatchEnd.fromObject = function (d, q) {
            if (d instanceof $root.octet.MatchEnd)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.MatchEnd: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.MatchEnd();
            if (d.tick != null) {
                if ($Number(d.tick) !== 0) {
                    m.tick = d.tick >>> 0;
                }
            }
            if (d.reason != null) {
                if (typeof d.reason !== "string" || d.reason.length) {
                    m.reason = $String(d.reason);
                }
            }
            if (d.ranking) {
                if (!$Array.isArray(d.ranking))
                    throw $TypeError(".octet.MatchEnd.ranking: array expected");
                m.ranking = $Array(d.ranking.length);
                for (var i = 0; i < d.ranking.length; ++i) {
                    if (!$util.isObject(d.ranking[i]))
                        throw $TypeError(".octet.MatchEnd.ranking: object expected");
                    m.ranking[i] = $root.octet.RankEntry.fromObject(d.ranking[i], q + 1);
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a MatchEnd message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.MatchEnd
         * @static
         * @param {octet.MatchEnd} m MatchEnd
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        MatchEnd.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.ranking = [];
            }
            if (o.defaults) {
                d.tick = 0;
                d.reason = "";
            }
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                d.tick = m.tick;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = m.reason;
            }
            if (m.ranking && m.ranking.length) {
                d.ranking = $Array(m.ranking.length);
                for (var j = 0; j < m.ranking.length; ++j) {
                    d.ranking[j] = $root.octet.RankEntry.toObject(m.ranking[j], o, q + 1);
                }
            }
            return d;
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
         * @param {octet.Welcome.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const Welcome = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * Encodes the specified Welcome message. Does not implicitly {@link octet.Welcome.verify|verify} messages.
         * @function encode
         * @memberof octet.Welcome
         * @static
         * @param {octet.Welcome.$Properties} m Welcome message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        Welcome.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId") && m.playerId !== "")
                w.uint32(/* id 1, wireType 2 =*/10).string(m.playerId);
            if (m.rulesJson != null && $Object.hasOwnProperty.call(m, "rulesJson") && m.rulesJson !== "")
                w.uint32(/* id 2, wireType 2 =*/18).string(m.rulesJson);
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick") && m.tick !== 0)
                w.uint32(/* id 3, wireType 0 =*/24).uint32(m.tick);
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a Welcome message from the specified reader or buffer.
         * @function decode
         * @memberof octet.Welcome
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.Welcome & octet.Welcome.$Shape} Welcome
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        Welcome.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m, v;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.Welcome();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.playerId = v;
                        else
                            delete m.playerId;
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        if ((v = r.stringVerify()).length)
                            m.rulesJson = v;
                        else
                            delete m.rulesJson;
                        continue;
                    }
                case 3: {
                        if (u !== 0)
                            break;
                        if (v = r.uint32())
                            m.tick = v;
                        else
                            delete m.tick;
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.Welcome
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.Welcome} Welcome
         */
        Welcome.fromObject = function (d, q) {
            if (d instanceof $root.octet.Welcome)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.Welcome: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.Welcome();
            if (d.playerId != null) {
                if (typeof d.playerId !== "string" || d.playerId.length) {
                    m.playerId = $String(d.playerId);
                }
            }
            if (d.rulesJson != null) {
                if (typeof d.rulesJson !== "string" || d.rulesJson.length) {
                    m.rulesJson = $String(d.rulesJson);
                }
            }
            if (d.tick != null) {
                if ($Number(d.tick) !== 0) {
                    m.tick = d.tick >>> 0;
                }
            }
            return m;
        };

        /**
         * Creates a plain object from a Welcome message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.Welcome
         * @static
         * @param {octet.Welcome} m Welcome
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        Welcome.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.playerId = "";
                d.rulesJson = "";
                d.tick = 0;
            }
            if (m.playerId != null && $Object.hasOwnProperty.call(m, "playerId")) {
                d.playerId = m.playerId;
            }
            if (m.rulesJson != null && $Object.hasOwnProperty.call(m, "rulesJson")) {
                d.rulesJson = m.rulesJson;
            }
            if (m.tick != null && $Object.hasOwnProperty.call(m, "tick")) {
                d.tick = m.tick;
            }
            return d;
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
         * @param {octet.ServerMessage.$Properties=} [p] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ServerMessage = function (p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
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
         * @param {octet.ServerMessage.$Properties} m ServerMessage message or plain object to encode
         * @param {$protobuf.Writer} [w] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ServerMessage.encode = function (m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (m.results != null && $Object.hasOwnProperty.call(m, "results"))
                $root.octet.ActionResults.encode(m.results, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
            if (m.events != null && $Object.hasOwnProperty.call(m, "events"))
                $root.octet.MatchEvents.encode(m.events, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
            if (m.matchEnd != null && $Object.hasOwnProperty.call(m, "matchEnd"))
                $root.octet.MatchEnd.encode(m.matchEnd, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
            if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome"))
                $root.octet.Welcome.encode(m.welcome, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
            if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                for (var i = 0; i < m.$unknowns.length; ++i)
                    w.raw(m.$unknowns[i]);
            return w;
        };

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @function decode
         * @memberof octet.ServerMessage
         * @static
         * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
         * @param {number} [l] Message length if known beforehand
         * @returns {octet.ServerMessage & octet.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ServerMessage.decode = function (r, l, z, q, g) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (q === $undefined)
                q = 0;
            if (q > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            var c, m;
            if (l === $undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw $RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = g || new $root.octet.ServerMessage();
            while (r.pos < c) {
                var s = r.pos;
                var t = r.tag();
                if (t === z) {
                    z = $undefined;
                    break;
                }
                var u = t & 7;
                switch (t >>>= 3) {
                case 1: {
                        if (u !== 2)
                            break;
                        m.results = $root.octet.ActionResults.decode(r, r.size(), $undefined, q + 1, m.results);
                        m.kind = "results";
                        continue;
                    }
                case 2: {
                        if (u !== 2)
                            break;
                        m.events = $root.octet.MatchEvents.decode(r, r.size(), $undefined, q + 1, m.events);
                        m.kind = "events";
                        continue;
                    }
                case 3: {
                        if (u !== 2)
                            break;
                        m.matchEnd = $root.octet.MatchEnd.decode(r, r.size(), $undefined, q + 1, m.matchEnd);
                        m.kind = "matchEnd";
                        continue;
                    }
                case 4: {
                        if (u !== 2)
                            break;
                        m.welcome = $root.octet.Welcome.decode(r, r.size(), $undefined, q + 1, m.welcome);
                        m.kind = "welcome";
                        continue;
                    }
                }
                r.skipType(u, q, t);
                if (!r.discardUnknown) {
                    $util.makeProp(m, "$unknowns", false);
                    (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                }
            }
            if (l !== $undefined) {
                if (r.pos !== c)
                    throw $RangeError("index out of range");
                r.len = l;
            }
            if (z !== $undefined)
                throw $Error("missing end group");
            return m;
        };

        /**
         * Creates a ServerMessage message from a plain object. Also converts values to their respective internal types.
         * @function fromObject
         * @memberof octet.ServerMessage
         * @static
         * @param {Object.<string,*>} d Plain object
         * @returns {octet.ServerMessage} ServerMessage
         */
        ServerMessage.fromObject = function (d, q) {
            if (d instanceof $root.octet.ServerMessage)
                return d;
            if (!$util.isObject(d))
                throw $TypeError(".octet.ServerMessage: object expected");
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var m = new $root.octet.ServerMessage();
            if (d.results != null) {
                if (!$util.isObject(d.results))
                    throw $TypeError(".octet.ServerMessage.results: object expected");
                m.results = $root.octet.ActionResults.fromObject(d.results, q + 1);
            }
            if (d.events != null) {
                if (!$util.isObject(d.events))
                    throw $TypeError(".octet.ServerMessage.events: object expected");
                m.events = $root.octet.MatchEvents.fromObject(d.events, q + 1);
            }
            if (d.matchEnd != null) {
                if (!$util.isObject(d.matchEnd))
                    throw $TypeError(".octet.ServerMessage.matchEnd: object expected");
                m.matchEnd = $root.octet.MatchEnd.fromObject(d.matchEnd, q + 1);
            }
            if (d.welcome != null) {
                if (!$util.isObject(d.welcome))
                    throw $TypeError(".octet.ServerMessage.welcome: object expected");
                m.welcome = $root.octet.Welcome.fromObject(d.welcome, q + 1);
            }
            return m;
        };

        /**
         * Creates a plain object from a ServerMessage message. Also converts values to other types if specified.
         * @function toObject
         * @memberof octet.ServerMessage
         * @static
         * @param {octet.ServerMessage} m ServerMessage
         * @param {$protobuf.IConversionOptions} [o] Conversion options
         * @returns {Object.<string,*>} Plain object
         */
        ServerMessage.toObject = function (m, o, q) {
            if (!o)
                o = {};
            if (q === $undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw $Error("max depth exceeded");
            var d = {};
            if (m.results != null && $Object.hasOwnProperty.call(m, "results")) {
                d.results = $root.octet.ActionResults.toObject(m.results, o, q + 1);
                if (o.oneofs)
                    d.kind = "results";
            }
            if (m.events != null && $Object.hasOwnProperty.call(m, "events")) {
                d.events = $root.octet.MatchEvents.toObject(m.events, o, q + 1);
                if (o.oneofs)
                    d.kind = "events";
            }
            if (m.matchEnd != null && $Object.hasOwnProperty.call(m, "matchEnd")) {
                d.matchEnd = $root.octet.MatchEnd.toObject(m.matchEnd, o, q + 1);
                if (o.oneofs)
                    d.kind = "matchEnd";
            }
            if (m.welcome != null && $Object.hasOwnProperty.call(m, "welcome")) {
                d.welcome = $root.octet.Welcome.toObject(m.welcome, o, q + 1);
                if (o.oneofs)
                    d.kind = "welcome";
            }
            return d;
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
