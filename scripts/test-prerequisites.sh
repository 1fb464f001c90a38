#!/usr/bin/env bash
# What `npm test` needs beyond npm packages. Chromium comes from npm
# (@sparticuz/chromium); redis-server, which the cluster tests start on a free
# loopback port, is in no npm package, so it comes from Debian's redis-server
# package: installed here when it can be (as root or with passwordless sudo),
# otherwise one line says what to install. `npm test` runs this first and
# .ci/run runs `npm test`, so the two cannot drift apart.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1 && command -v redis-cli >/dev/null 2>&1; then
  exit 0
fi

cannot() {
  echo "npm test: redis-server is missing and $1: install the Debian package redis-server (sudo apt-get install redis-server) or put redis-server and redis-cli on PATH, then run npm test again" >&2
  exit 1
}

command -v apt-get >/dev/null 2>&1 || cannot "this machine has no apt-get"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  cannot "installing it needs root or passwordless sudo"
fi

echo "npm test: installing Debian's redis-server for the cluster tests (apt-get, about 20 s)"
log=$(mktemp)
if ! { "${sudo[@]}" apt-get update -q && DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q \
  --no-install-recommends redis-server; } >"$log" 2>&1; then
  tail -n 5 "$log" >&2
  rm -f "$log"
  cannot "apt-get could not install it (its last lines are above)"
fi
rm -f "$log"
command -v redis-server >/dev/null 2>&1 || cannot "apt-get did not put it on PATH"
