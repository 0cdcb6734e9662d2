#!/usr/bin/env bash
# Wiki figures on this machine: Markdown render + sanitise time per KB, and requests/s with
# latency for a 10 KB page, anonymous and signed in, under wrk on loopback (release build,
# production settings, SQLite). Prints a Markdown table.
#
#   bench/wiki.sh [path/to/release/braid]        (installs wrk from Debian's packages if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/release/braid}"
[ -n "${1:-}" ] || cargo build --release --locked -p braid   # a no-op when up to date
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
duration="${DURATION:-10s}"

render_lines=$(cargo run -q --release --locked -p braid-text --example render_timing)

data=$(mktemp -d)/data
password="a long and quiet river"
echo "$password" | "$binary" admin create-user bench --role editor --password-stdin --data-dir "$data" >/dev/null
out=$(mktemp)
"$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
jar=$(mktemp)
trap 'kill $pid 2>/dev/null; rm -rf "$(dirname "$data")" "$out" "$jar"' EXIT
until [ -s "$out" ]; do sleep 0.05; done
url=$(head -n 1 "$out")

curl -s -c "$jar" -o /dev/null -d "handle=bench&password=$password" "${url}sign-in"
csrf=$(curl -s -b "$jar" "${url}account" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
section="## A section of advice\n\nCheck what the device holds and **leave behind** what you do not need. See [[Risk assessment]].\n\n- Full-disk encryption on.\n- Old messages deleted.\n\n| Threat | Likelihood |\n|:--|:-:|\n| Seizure | high |\n\n"
body=$(for _ in $(seq 40); do printf '%b' "$section"; done | head -c 10240)
curl -s -b "$jar" -o /dev/null --data-urlencode "csrf=$csrf" --data-urlencode "title=Ten kilobytes" \
  --data-urlencode "body=$body" --data-urlencode "visibility=public" "${url}wiki/actualise/new"
page="${url}wiki/actualise/ten-kilobytes"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$page")" = 200 ] || { echo "page not created" >&2; exit 1; }
cookie=$(awk '$6 ~ /session/ {print $6"="$7}' "$jar")

measure() {  # label, extra wrk args…
  local label=$1; shift
  local result
  result=$(wrk -t2 -c32 -d"$duration" --latency "$@" "$page")
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$result")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$result")
  echo "| page view, 10 KB, $label (wrk -t2 -c32 -d$duration) | $rps req/s, p50 $p50, p99 $p99 |"
}

echo "| measure | value |"
echo "| --- | --- |"
echo "$render_lines"
measure "anonymous"
measure "signed in" -H "Cookie: $cookie"
