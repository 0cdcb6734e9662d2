#!/usr/bin/env bash
# Issue 27, finding 2: no anonymous request may cost more than a bounded amount of work,
# whatever the content. Writes a hub of PAGES pages (20,000 by default, each with a label out of
# 50 and a few [[links]]) and one page with LINKS distinct [[links]] to pages nobody wrote
# (20,000 by default), all through the HTTP forms; then measures every list page an anonymous
# reader can open with wrk at 32 connections, beside nginx serving the same HTML as a static
# file in the same run. Target: p99 under 50 ms for each.
#
#   bench/lists.sh [path/to/braid]   (PAGES=20000 LINKS=20000 DURATION=5s; installs nginx, wrk)
#
# Results are appended to bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/release/braid}"
[ -n "${1:-}" ] || cargo build --release --locked -q -p braid
for tool in nginx wrk curl; do
  command -v "$tool" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null; }
done
pages="${PAGES:-20000}"
links="${LINKS:-20000}"
duration="${DURATION:-5s}"

work=$(mktemp -d)
chmod 755 "$work"
data="$work/data"
jar="$work/cookies"
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
echo "$password" | "$binary" admin create-user bench --role editor --password-stdin --data-dir "$data" >/dev/null
# Large enough for the page of links (about 1.3 MB once form-encoded).
BRAID_HTTP__MAX_BODY_BYTES=4194304 "$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
pid=$!
until [ -s "$work/out" ]; do sleep 0.01; done
url=$(head -n 1 "$work/out")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
curl -s -c "$jar" -o /dev/null --data-urlencode "handle=bench" --data-urlencode "password=$password" "${url}sign-in"
csrf=$(curl -s -b "$jar" "${url}account" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -n 1)

echo "writing the page with $links links…" >&2
python3 -c "
import sys
print(' '.join(f'[[Unwritten topic {n:05d}]]' for n in range(int(sys.argv[1]))))
" "$links" >"$work/links.md"
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" --data-urlencode "csrf=$csrf" \
  --data-urlencode "title=Everything we should write" --data-urlencode "body@$work/links.md" \
  "${url}wiki/discover/new")
[ "$status" = 303 ] || { echo "the page of links was refused: $status" >&2; exit 1; }

echo "writing $pages pages (4 at a time)…" >&2
started=$(date +%s)
python3 - "$pages" >"$work/pages.tsv" <<'EOF'
import random, sys
random.seed(11)
words = "security organisation phone risk plan team digital border training threat data device encryption partners legal care the of and to with for when what how".split()
sections = ["discover", "strategise", "actualise", "create-space-and-buy-in", "remote-facilitation", "well-being"]
for n in range(int(sys.argv[1])):
    body = " ".join(random.choice(words) for _ in range(random.randint(60, 160)))
    body += f" See [[Bench page {random.randrange(int(sys.argv[1]))}]] and [[Unwritten topic {random.randrange(100):05d}]]."
    print(f"{sections[n % len(sections)]}\tBench page {n}\tlabel-{n % 50}\t{body}")
EOF
export url jar csrf
tr '\n' '\0' <"$work/pages.tsv" | xargs -0 -P 4 -n 1 bash -c '
  IFS=$'"'"'\t'"'"' read -r section title label body <<<"$1"
  curl -s -o /dev/null -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "title=$title" \
    --data-urlencode "labels=$label" --data-urlencode "body=$body" "${url}wiki/$section/new"
' _
written_in=$(( $(date +%s) - started ))
echo "written in ${written_in}s" >&2

paths=("wanted-pages" "labels" "labels/label-7" "recent-changes" "recent-changes?person=bench" "review-due" "wiki/discover")
root="$work/static"
mkdir -p "$root"
chmod 755 "$root"
for path in "${paths[@]}"; do
  curl -s "${url}$path" >"$root/$(echo "$path" | tr '/?=' '___').html"
done
chmod 644 "$root"/*.html
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$work/nginx.conf" <<EOF
worker_processes auto;
daemon off;
error_log $work/nginx-error.log;
pid $work/nginx.pid;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events { worker_connections 1024; }
http {
  access_log off;
  gzip on;
  gzip_types text/html;
  default_type text/html;
  client_body_temp_path $work/nginx-body;
  proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-fastcgi;
  uwsgi_temp_path $work/nginx-uwsgi;
  scgi_temp_path $work/nginx-scgi;
  server { listen 127.0.0.1:$nginx_port; root $root; }
}
EOF
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$nginx_port/labels.html"; do sleep 0.05; done

# requests/s and p99 (ms) of one wrk run.
measure() {
  wrk -t2 -c32 -d"$duration" --latency -H 'Accept-Encoding: gzip' "$1" |
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
         /Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { bad = $NF }
         END { printf "%.0f %.1f %d\n", rps, p99, bad }'
}

rows=()
failed=0
for path in "${paths[@]}"; do
  echo "wrk: /$path…" >&2
  read -r b_rps b_p99 b_bad < <(measure "${url}$path")
  read -r n_rps n_p99 _ < <(measure "http://127.0.0.1:$nginx_port/$(echo "$path" | tr '/?=' '___').html")
  verdict="ok"
  if awk -v p="$b_p99" 'BEGIN { exit !(p >= 50) }' || [ "$b_bad" -gt 0 ]; then verdict="OVER"; failed=1; fi
  bytes=$(stat -c %s "$root/$(echo "$path" | tr '/?=' '___').html")
  rows+=("| /$path | $bytes | $b_rps | $n_rps | $(awk -v a="$b_rps" -v b="$n_rps" 'BEGIN { printf "%.0f%%", 100 * a / b }') | $b_p99 | $n_p99 | $verdict |")
done

{
  echo
  echo "## Anonymous list pages on a large hub (bench/lists.sh, issue 27)"
  echo
  echo "$(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, release build, SQLite."
  echo "$pages pages (each with one of 50 labels and two [[links]]) and one page with $links distinct links to"
  echo "unwritten pages, all written through the forms in ${written_in} s. wrk -t2 -c32 -d$duration, asking for gzip;"
  echo "nginx serves the same HTML as a static file in the same run. Target: p99 under 50 ms."
  echo
  echo "| page | HTML bytes | Braid req/s | nginx req/s | Braid / nginx | Braid p99 (ms) | nginx p99 (ms) | target |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
  printf '%s\n' "${rows[@]}"
} | tee -a bench/RESULTS.md
exit "$failed"
