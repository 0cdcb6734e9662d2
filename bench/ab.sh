#!/usr/bin/env bash
# Two builds of Braid on the same generated hub (bench/corpus.sh), taking turns under wrk on one
# request: requests/s, p50/p99 and the server's CPU per request of each, and B against A. For
# telling whether a change makes a request cheaper when a machine's noise (±15% between runs)
# is larger than the change: the turns see the same neighbours.
#
#   bench/ab.sh OLD_BINARY NEW_BINARY    (TARGET="search?q=security", CONNECTIONS=32,
#                                         ROUNDS=7, DURATION=5s, PAGES=2000)
#
# Each build gets its own copy of the hub's data directory and builds its own search index.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# = 2 ] || { sed -n 2,10p "$0"; exit 2; }
old=$(realpath "$1") new=$(realpath "$2")
for tool in wrk curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
target="${TARGET:-search?q=security}"
connections="${CONNECTIONS:-32}"
rounds="${ROUNDS:-7}"
duration="${DURATION:-5s}"

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
for name in $(env | sed -n 's/^\(BRAID_[A-Z_]*\)=.*/\1/p'); do unset "$name"; done

# Starts $1 on the data directory $2; sets `url` and `pid`.
start() {
  : >"$work/out"
  "$1" serve --data-dir "$2" --listen 127.0.0.1:0 >"$work/out" 2>>"$work/log" &
  pid=$!
  pids+=("$pid")
  until [ -s "$work/out" ]; do sleep 0.01; done
  url=$(head -n 1 "$work/out")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
}

password="a long and quiet river"
echo "$password" | "$old" admin create-user bench --role editor --password-stdin --data-dir "$work/a" >/dev/null
start "$old" "$work/a"
jar="$work/cookies"
curl -s -c "$jar" -o /dev/null --data-urlencode "handle=bench" --data-urlencode "password=$password" "${url}sign-in"
csrf=$(curl -s -b "$jar" "${url}account" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
bench/corpus.sh "$url" "$jar" "$csrf" "${PAGES:-2000}"
kill "$pid"
wait "$pid" 2>/dev/null || true
cp -a "$work/a" "$work/b"
# Each build indexes the hub itself, into one segment: the same state for both.
"$old" reindex --data-dir "$work/a" >/dev/null
"$new" reindex --data-dir "$work/b" >/dev/null

start "$old" "$work/a"
old_url=$url old_pid=$pid
start "$new" "$work/b"
new_url=$url new_pid=$pid

# CPU time of process $1 so far, in clock ticks.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# One run: requests/s, p50 ms, p99 ms, server CPU µs per request.
run() {
  local pid=$1 before after
  before=$(ticks "$pid")
  wrk -t2 -c"$connections" -d"$duration" --latency -H 'Accept-Encoding: gzip' "$2$target" >"$work/wrk"
  after=$(ticks "$pid")
  awk -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    / requests in / { count = $1 }
    END { printf "%.0f %.2f %.2f %.0f\n", rps, p50, p99, ticks / hz * 1e6 / count }' "$work/wrk"
}
wrk -t2 -c"$connections" -d2s "${old_url}$target" >/dev/null
wrk -t2 -c"$connections" -d2s "${new_url}$target" >/dev/null
: >"$work/a.runs"
: >"$work/b.runs"
for round in $(seq "$rounds"); do
  # Who goes first alternates, so neither always follows the other's leftovers.
  if [ $((round % 2)) = 1 ]; then
    run "$old_pid" "$old_url" >>"$work/a.runs"
    run "$new_pid" "$new_url" >>"$work/b.runs"
  else
    run "$new_pid" "$new_url" >>"$work/b.runs"
    run "$old_pid" "$old_url" >>"$work/a.runs"
  fi
done

echo "bench/ab.sh, $(date -u +%Y-%m-%d), $(nproc) cores: GET /$target, wrk -t2 -c$connections -d$duration, $rounds rounds each, medians"
echo "A: $old"
echo "B: $new"
python3 - "$work/a.runs" "$work/b.runs" <<'PY'
import statistics, sys
a, b = ([[float(v) for v in line.split()] for line in open(path)] for path in sys.argv[1:3])
names = ["requests/s", "p50 ms", "p99 ms", "server CPU µs per request"]
print("| | A | B | B / A | A's runs | B's runs |")
print("|---|---:|---:|---:|---|---|")
for column, name in enumerate(names):
    ma, mb = (statistics.median(row[column] for row in runs) for runs in (a, b))
    spread = lambda runs: f"{min(r[column] for r in runs):g}–{max(r[column] for r in runs):g}"
    print(f"| {name} | {ma:g} | {mb:g} | {mb / ma:.2f} | {spread(a)} | {spread(b)} |")
PY
