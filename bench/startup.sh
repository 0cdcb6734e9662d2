#!/usr/bin/env bash
# Start-up and footprint of `braid serve` on the embedded default: time from exec to the first
# 200 on / (first start: migrations + demo seed; warm start: existing data dir), idle RSS after
# the first requests, and the binary's size. Prints a Markdown table.
#
#   bench/startup.sh [path/to/braid]   (default: a release build in $CARGO_TARGET_DIR)
#
# Runs only on loopback; each measurement is repeated RUNS times and the median is reported.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
target="$CARGO_TARGET_DIR"
binary="${1:-$target/release/braid}"
runs="${RUNS:-5}"
# Without an argument, build the current tree (a no-op when up to date): never a stale binary.
[ -n "${1:-}" ] || cargo build --release --locked -p braid

now_ms() { date +%s%3N; }

# Starts braid on a free port with data dir $1; sets PID, URL and ELAPSED (ms until the first 200).
start_and_time() {
  local data=$1 out
  out=$(mktemp)
  local t0
  t0=$(now_ms)
  "$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$out" 2>/dev/null &
  PID=$!
  until [ -s "$out" ]; do sleep 0.002; done
  URL=$(head -n 1 "$out")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$URL")" = 200 ]; do sleep 0.002; done
  ELAPSED=$(( $(now_ms) - t0 ))
  rm -f "$out"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

first=(); warm=(); rss=()
for _ in $(seq "$runs"); do
  data=$(mktemp -d)/data
  start_and_time "$data"
  first+=("$ELAPSED")
  kill -TERM "$PID"; wait "$PID" || true
  start_and_time "$data"
  warm+=("$ELAPSED")
  for _ in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null "$URL"; curl -s -o /dev/null "${URL}wiki/discover"; done
  sleep 1
  rss+=("$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")")
  kill -TERM "$PID"; wait "$PID" || true
  rm -rf "$(dirname "$data")"
done

size=$(stat -c %s "$binary")
echo "| measure | median of $runs |"
echo "| --- | --- |"
echo "| exec → first 200, first start (migrate + seed) | $(printf '%s\n' "${first[@]}" | median) ms |"
echo "| exec → first 200, warm start | $(printf '%s\n' "${warm[@]}" | median) ms |"
echo "| idle RSS after 20 requests | $(( $(printf '%s\n' "${rss[@]}" | median) / 1024 )) MiB |"
echo "| binary size | $(( size / 1024 / 1024 )) MiB ($size bytes) |"
