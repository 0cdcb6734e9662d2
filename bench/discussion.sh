#!/usr/bin/env bash
# Discussion at size (issue 31): THREADS threads of POSTS posts each, written through the real
# forms by a facilitator (whose posts do not wait), titled and worded after pages of the Debian
# Administrator's Handbook, round the three categories every hub starts with. Then wrk, at 32
# connections, measures a signed-in member beside nginx serving the same bytes, in the same run:
#   thread                200 threads, each read whole (POSTS posts, half of them quoting)
#   category-parts        every part of a category's list, 30 threads each, the oldest too
#   discussion-index      the list of categories
# and, while writing, posts per second against the posts already there (the curve, which
# must be flat). Each scenario runs RUNS times after an unmeasured round; the medians go to
# docs/benchmarks/discussion.tsv, the curve to docs/benchmarks/discussion-curve.tsv.
#
#   bench/discussion.sh [BINARY]     (THREADS=10000 POSTS=6 RUNS=3 DURATION=5s)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/dist/braid}"
[ -n "${1:-}" ] || cargo build --profile dist --locked -q -p braid
for package in nginx wrk curl debian-handbook; do
  dpkg -s "$package" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
threads="${THREADS:-10000}"
posts="${POSTS:-6}"
duration="${DURATION:-5s}"
runs="${RUNS:-3}"

work=$(mktemp -d)
chmod 755 "$work"
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

python3 bench/handbook.py 2000 >"$work/pages.tsv"
echo "$password" | "$binary" admin create-user bench --role facilitator --password-stdin --data-dir "$work/data" >/dev/null
echo "$password" | "$binary" admin create-user reader --role member --password-stdin --data-dir "$work/data" >/dev/null
"$binary" serve --data-dir "$work/data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
pid=$!
until [ -s "$work/out" ]; do sleep 0.01; done
url=$(head -n 1 "$work/out")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
read -r session _ < <(python3 bench/load.py session "$url" reader "$password")
source bench/beside_nginx.sh

echo "writing $threads threads of $posts posts (4 writers)…" >&2
read -r written posts_per_s < <(python3 bench/load.py discuss "$url" bench "$password" "$work/pages.tsv" \
  announcements,ask-the-community,events "$threads" "$posts" "$work/threads" "$work/curve" --writers 4)
[ "$written" = $((threads * posts)) ] || { echo "only $written posts written" >&2; exit 1; }

root="$work/static"
shuf -n 200 --random-source=<(yes) "$work/threads" >"$work/thread-paths"
printf '/discussion\n' >"$work/index-paths"
# Every part of one category's list, followed through its "older threads" links.
: >"$work/part-paths"
part="/discussion/ask-the-community"
n=0
while [ -n "$part" ]; do
  printf '%s\t/parts/%s\n' "$part" "$n" >>"$work/part-paths"
  part=$(curl -s -H "Cookie: $session" "$url${part#/}" | grep -o 'rel="next" href="[^"]*"' | sed 's/.*href="//; s/"$//; s/&amp;/\&/g' || true)
  n=$((n + 1))
done
for paths in thread-paths index-paths part-paths; do
  python3 bench/load.py fetch "$url" "$work/$paths" "$root" --cookie "$session"
done

tsv=docs/benchmarks/discussion.tsv
printf 'scenario\tthreads\tconnections\tbraid_rps\tnginx_gzip_rps\tnginx_static_rps\tbraid_p50_ms\tbraid_p99_ms\n' >"$work/discussion.tsv"
scenario() {
  local name=$1 paths=$2
  : >"$work/b"; : >"$work/g"; : >"$work/s"
  echo "  $name…" >&2
  PATHS=$paths duration=2s measure_once "$url" -H "Cookie: $session" >/dev/null
  PATHS=$paths STATIC=1 duration=2s measure_once "http://127.0.0.1:$gzip_port/" >/dev/null
  for _ in $(seq "$runs"); do
    PATHS=$paths measure_once "$url" -H "Cookie: $session" >>"$work/b"
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$gzip_port/" >>"$work/g"
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$static_port/" >>"$work/s"
  done
  if awk '$4 > 0 { bad = 1 } END { exit !bad }' "$work/b" "$work/g" "$work/s"; then
    echo "$name: some responses were not 2xx" >&2; exit 1
  fi
  printf '%s\t%s\t32\t%s\t%s\t%s\t%s\t%s\n' "$name" "$threads" \
    "$(cut -d' ' -f1 "$work/b" | median)" "$(cut -d' ' -f1 "$work/g" | median)" \
    "$(cut -d' ' -f1 "$work/s" | median)" "$(cut -d' ' -f2 "$work/b" | median)" \
    "$(cut -d' ' -f3 "$work/b" | median)" >>"$work/discussion.tsv"
}
echo "measuring…" >&2
scenario thread "$work/thread-paths"
scenario category-parts "$work/part-paths"
scenario discussion-index "$work/index-paths"
printf 'posting\t%s\t4\t%s\t\t\t\t\n' "$threads" "$posts_per_s" >>"$work/discussion.tsv"
mkdir -p docs/benchmarks
cp "$work/discussion.tsv" "$tsv"
{ printf 'posts\tposts_per_s\tp50_ms\tp99_ms\n'; cat "$work/curve"; } >docs/benchmarks/discussion-curve.tsv
{
  echo "commit $(git rev-parse --short HEAD); $threads threads of $posts posts ($written posts) written through the forms;"
  echo "$(wc -l <"$work/part-paths") parts in one category's list; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'); RUNS=$runs DURATION=$duration"
} >"$tsv.about"
cat "$tsv" "$tsv.about"
awk 'NR == 1 || NR % 10 == 0' docs/benchmarks/discussion-curve.tsv
