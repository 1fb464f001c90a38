#!/usr/bin/env bash
# Regenerates the static protobuf code from src/protocol/actions.proto and
# src/protocol/replay.proto (the match record, which imports actions.proto).
# Usage: gen-proto.sh [outdir]   (default: src/protocol/generated)
# The generated code is not committed (it is gitignored): `npm ci` / `npm install` runs this
# through the root `prepare` script, with the protobufjs-cli the lockfile pins, and
# `npm run gen:proto` runs it again after a .proto edit.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-src/protocol/generated}"
mkdir -p "$out"
pbjs -t static-module -w es6 --es6 --dependency protobufjs/minimal.js --no-create --no-verify --no-delimited \
  -o "$out/actions.js" src/protocol/actions.proto
pbts -o "$out/actions.d.ts" "$out/actions.js"
# The record is a stream of length-delimited chunks, so it keeps encodeDelimited/decodeDelimited;
# it is read by the browser viewer too, so it skips the object converters it never uses. Its own
# root (-r): both modules register `octet` in protobufjs's roots, and must not overwrite each other.
pbjs -t static-module -w es6 --es6 --dependency protobufjs/minimal.js --no-create --no-verify --no-convert --no-typeurl \
  -r replay -p src/protocol -o "$out/replay.js" src/protocol/replay.proto
pbts -o "$out/replay.d.ts" "$out/replay.js"
