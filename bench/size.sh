#!/usr/bin/env bash
# Braid at size, on real text, beside nginx in the same run (issue 29). Builds one hub from the
# Debian Administrator's Handbook in 16 languages (bench/handbook.py), growing it through the
# real form, and at each size in SIZES measures with wrk at 32 connections:
#   anon-browse       an anonymous reader across all pages, uniformly
#   anon-zipf         the same, Zipf-distributed (a few pages read most)
#   anon-zipf-edits   the same while one page is edited a second (text only, same title)
#   signed-in-browse  a signed-in editor across 2,000 pages picked at random
# (each after one unmeasured 2-second round, for Braid and nginx alike)
#   search-mix        common, rare, phrase, prefix and typo queries in eight scripts' languages
#   recent, home      recent changes and the home page
#   save-1, save-4    new pages saved through the form by one and by four writers
# beside nginx serving the same HTML as static files, gzipped on the fly (nginx-gzip) and
# precompressed (nginx-static, the ceiling). Writes docs/benchmarks/size.tsv, the save curve
# (saves/s as the hub grows) as docs/benchmarks/save-curve.tsv, and the tables in
# docs/BENCHMARKS.md between its `size` markers.
#
#   bench/size.sh [path/to/braid]   (SIZES="2000 20000" DURATION=5s RUNS=3; installs nginx, wrk,
#                                    debian-handbook)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/dist/braid}"
[ -n "${1:-}" ] || cargo build --profile dist --locked -q -p braid
for package in nginx wrk curl debian-handbook; do
  dpkg -s "$package" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
sizes="${SIZES:-2000 20000}"
duration="${DURATION:-5s}"
runs="${RUNS:-3}"
largest=$(tr ' ' '\n' <<<"$sizes" | sort -n | tail -n 1)

work=$(mktemp -d)
chmod 755 "$work"
data="$work/data"
password="a long and quiet river"
pid=""
nginx_pid=""
cleanup() {
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  [ -z "$nginx_pid" ] || kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for name in $(env | sed -n 's/^\(BRAID_[A-Z_]*\)=.*/\1/p'); do unset "$name"; done

echo "cutting the handbook into pages…" >&2
# The pages for the hub, then 2,000 more for the save runs at each size.
python3 bench/handbook.py $((largest + 2000 * $(wc -w <<<"$sizes"))) >"$work/pages.tsv"

echo "$password" | "$binary" admin create-user bench --role editor --password-stdin --data-dir "$data" >/dev/null
"$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
pid=$!
until [ -s "$work/out" ]; do sleep 0.01; done
url=$(head -n 1 "$work/out")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
read -r session _ < <(python3 bench/load.py session "$url" bench "$password")
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }

# nginx beside Braid, serving the same bytes; measure_once and median.
source bench/beside_nginx.sh

mkdir -p docs/benchmarks
tsv=docs/benchmarks/size.tsv
curve=docs/benchmarks/save-curve.tsv
printf 'scenario\tpages\tconnections\tbraid_rps\tnginx_gzip_rps\tnginx_static_rps\tbraid_p50_ms\tbraid_p99_ms\n' >"$work/size.tsv"
printf 'pages\tsaves_per_s\tp50_ms\tp99_ms\n' >"$work/curve.tsv"
peak_rss=0
loaded=0
used=$largest   # rows of pages.tsv past the hub's, for the save runs

# One scenario at this size: Braid and both nginx servers take turns, RUNS times each.
scenario() {
  local name=$1 paths=$2 cookie=${3:-}
  local braid_headers=()
  [ -z "$cookie" ] || braid_headers=(-H "Cookie: $cookie")
  : >"$work/b"; : >"$work/g"; : >"$work/s"
  echo "  $name…" >&2
  # One unmeasured round each first, as a server that has been up a while is: Braid's caches
  # and nginx's open files warm, the same for both.
  PATHS=$paths duration=2s measure_once "$url" "${braid_headers[@]}" >/dev/null
  PATHS=$paths STATIC=1 duration=2s measure_once "http://127.0.0.1:$gzip_port/" >/dev/null
  PATHS=$paths STATIC=1 duration=2s measure_once "http://127.0.0.1:$static_port/" >/dev/null
  for _ in $(seq "$runs"); do
    # With EDITS set, an editor saves one page a second while Braid is read (nginx's files
    # stay as they are): what a write costs the readers of other pages.
    local editor=""
    if [ -n "${EDITS:-}" ]; then
      python3 bench/load.py edit "$url" bench "$password" "$work/edit-paths" 100000 >/dev/null &
      editor=$!
    fi
    PATHS=$paths measure_once "$url" "${braid_headers[@]}" >>"$work/b"
    [ -z "$editor" ] || kill "$editor"
    peak_rss=$(( $(rss_kb) > peak_rss ? $(rss_kb) : peak_rss ))
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$gzip_port/" >>"$work/g"
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$static_port/" >>"$work/s"
  done
  if awk '$4 > 0 { bad = 1 } END { exit !bad }' "$work/b" "$work/g" "$work/s"; then
    echo "$name: some responses were not 2xx" >&2; exit 1
  fi
  printf '%s\t%s\t32\t%s\t%s\t%s\t%s\t%s\n' "$name" "$size" \
    "$(cut -d' ' -f1 "$work/b" | median)" "$(cut -d' ' -f1 "$work/g" | median)" \
    "$(cut -d' ' -f1 "$work/s" | median)" "$(cut -d' ' -f2 "$work/b" | median)" \
    "$(cut -d' ' -f3 "$work/b" | median)" >>"$work/size.tsv"
}

# Saves at this size, by N writers: new pages from the rows not yet used.
saves() {
  local writers=$1 count=1000
  : >"$work/save-curve"
  local started=$(date +%s.%N)
  python3 bench/load.py save "$url" bench "$password" "$work/pages.tsv" "$work/saved-paths" \
    "$work/save-curve" --writers "$writers" --skip "$used" --count "$count" 2>"$work/save-log"
  local took=$(echo "$(date +%s.%N) - $started" | bc)
  used=$((used + count))
  # p50 and p99 from the per-500 windows: the largest of them (the stricter reading).
  printf 'save-%s\t%s\t%s\t%s\t\t\t%s\t%s\n' "$writers" "$size" "$writers" \
    "$(awk -v n="$count" -v t="$took" 'BEGIN { printf "%.0f", n / t }')" \
    "$(cut -f3 "$work/save-curve" | sort -n | tail -n 1)" "$(cut -f4 "$work/save-curve" | sort -n | tail -n 1)" >>"$work/size.tsv"
}

for size in $sizes; do
  echo "growing the hub to $size pages (4 writers)…" >&2
  python3 bench/load.py save "$url" bench "$password" "$work/pages.tsv" "$work/paths" "$work/curve.tsv" \
    --writers 4 --skip "$loaded" --count $((size - loaded))
  loaded=$size
  sleep 2   # the search index catches up twice a second
  echo "copying the pages for nginx…" >&2
  rm -rf "${root:?}"/*
  python3 bench/load.py fetch "$url" "$work/paths" "$root"
  shuf --random-source=<(yes) "$work/paths" >"$work/zipf-paths"
  shuf -n 2000 "$work/paths" >"$work/edit-paths"
  shuf --random-source=<(yes) -n 2000 "$work/paths" | awk '{ print $0 "\t/member" $0 }' >"$work/member-paths"
  python3 bench/load.py fetch "$url" "$work/member-paths" "$root" --cookie "$session"
  python3 bench/search_mix.py "$work/pages.tsv" "$size" >"$work/search-paths"
  python3 bench/load.py fetch "$url" "$work/search-paths" "$root"
  printf '/recent-changes\n' >"$work/recent-paths"
  printf '/\t/home\n' >"$work/home-paths"
  python3 bench/load.py fetch "$url" "$work/recent-paths" "$root"
  python3 bench/load.py fetch "$url" "$work/home-paths" "$root"
  idle_rss=$(rss_kb)
  echo "measuring at $size pages…" >&2
  scenario anon-browse "$work/paths"
  ZIPF=1 scenario anon-zipf "$work/zipf-paths"
  ZIPF=1 EDITS=1 scenario anon-zipf-edits "$work/zipf-paths"
  scenario signed-in-browse "$work/member-paths" "$session"
  scenario search-mix "$work/search-paths"
  scenario recent "$work/recent-paths"
  scenario home "$work/home-paths"
  saves 1
  saves 4
  printf 'rss\t%s\t%s\t%s\n' "$size" "$idle_rss" "$peak_rss" >>"$work/rss.tsv"
  # Written at each size, so that a run cut short keeps what it measured.
  cp "$work/size.tsv" "$tsv"
  cp "$work/curve.tsv" "$curve"
done
python3 bench/size_report.py "$tsv" "$curve" "$work/rss.tsv" "$(git rev-parse --short HEAD)" \
  "$duration" "$runs" "$(nginx -v 2>&1 | sed 's/.*nginx\///')"
cat "$tsv"
