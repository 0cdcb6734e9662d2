#!/usr/bin/env bash
# Durability drill: a writer creates pages through the real HTTP form in a loop while the
# server is SIGKILLed at random moments, KILLS times. After each restart every write the server
# acknowledged (a 303 after the save) must be there, and SQLite's integrity check must pass.
#
#   bench/durability.sh [path/to/braid]     (KILLS=50 by default; CI runs KILLS=5)
#
# Prints one line per kill and a summary; exits non-zero on a lost write or a damaged database.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/release/braid}"
[ -n "${1:-}" ] || cargo build --release --locked -q -p braid
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
kills="${KILLS:-50}"

work=$(mktemp -d)
data="$work/data"
jar="$work/cookies"
acknowledged="$work/acknowledged"
: >"$acknowledged"
password="a long and quiet river"
pid=""
writer=""
cleanup() {
  [ -z "$writer" ] || kill "$writer" 2>/dev/null || true
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
# Only the settings meant for braid.
for name in $(env | sed -n 's/^\(BRAID_[A-Z_]*\)=.*/\1/p'); do unset "$name"; done
echo "$password" | "$binary" admin create-user drill --role editor --password-stdin --data-dir "$data" >/dev/null

start() {
  "$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
  pid=$!
  for _ in $(seq 1 200); do
    [ -s "$work/out" ] && break
    sleep 0.05
  done
  url=$(head -n 1 "$work/out")
  [ -n "$url" ] || { echo "the server did not start:"; cat "$work/log"; exit 1; }
}

# Writes pages until the server goes away; appends each acknowledged title to the list.
write_pages() {
  local round=$1 n=0 csrf
  csrf=$(curl -s -b "$jar" "${url}account" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  [ -n "$csrf" ] || return 0
  while :; do
    n=$((n + 1))
    local title="drill-$round-$n"
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" \
      --data-urlencode "csrf=$csrf" --data-urlencode "title=$title" \
      --data-urlencode "body=Written in round $round, number $n." "${url}wiki/discover/new") || return 0
    [ "$status" = "303" ] || return 0
    echo "$title" >>"$acknowledged"
  done
}

start
# The check below must be able to fail: a page never written is not found.
never=$(curl -s -o /dev/null -w '%{http_code}' "${url}wiki/discover/drill-never-written")
[ "$never" = "404" ] || { echo "control: a page never written answered $never"; exit 1; }
curl -s -c "$jar" -o /dev/null --data-urlencode "handle=drill" --data-urlencode "password=$password" "${url}sign-in"
lost=0
for round in $(seq 1 "$kills"); do
  write_pages "$round" &
  writer=$!
  # A random moment between 0.2 and 1.5 s into the writing.
  sleep "$(awk -v seed="$RANDOM" 'BEGIN { srand(seed); printf "%.2f", 0.2 + rand() * 1.3 }')"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  wait "$writer" 2>/dev/null || true
  writer=""
  integrity=$(sqlite3 "$data/braid.sqlite3" "PRAGMA integrity_check;")
  start
  missing=0
  # Every acknowledged page, checked through the server after the restart (in batches).
  while read -r title; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${url}wiki/discover/$title")
    if [ "$code" != "200" ]; then
      missing=$((missing + 1))
      echo "round $round: acknowledged $title is missing (HTTP $code)"
    fi
  done < <(grep "^drill-$round-" "$acknowledged" || true)
  lost=$((lost + missing))
  echo "round $round: $(grep -c "^drill-$round-" "$acknowledged" || true) writes acknowledged, $missing missing, integrity $integrity"
  if [ "$integrity" != "ok" ]; then
    echo "round $round: the database failed its integrity check"
    exit 1
  fi
done
total=$(wc -l <"$acknowledged")
echo "durability drill: $kills SIGKILLs, $total acknowledged writes, $lost lost, integrity ok after every kill"
[ "$lost" -eq 0 ]
