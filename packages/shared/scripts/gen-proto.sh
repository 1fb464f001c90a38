#!/usr/bin/env bash
# Regenerates the static protobuf code from src/protocol/actions.proto.
# Usage: gen-proto.sh [outdir]   (default: src/protocol/generated)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-src/protocol/generated}"
mkdir -p "$out"
pbjs -t static-module -w es6 --es6 --dependency protobufjs/minimal.js --no-create --no-verify --no-delimited \
  -o "$out/actions.js" src/protocol/actions.proto
pbts -o "$out/actions.d.ts" "$out/actions.js"
