#!/usr/bin/env bash
# Translations at size (issue 30): a hub of SIZE pages of the Debian Administrator's Handbook,
# written through the real form. One page is translated into seven languages, and TRANSLATED
# other pages into Persian, all through the translation editor; that fills the translation
# memory. Then wrk, at 32 connections, measures beside nginx serving the same bytes, in the
# same run:
#   page-7-translations   the translated page, which lists its seven languages (anonymous)
#   translation-of-page   one of its translations (anonymous)
#   dashboard             the Persian dashboard: every page's standing, from one statement
#   editor-memory         a signed-in translator opening the editor for a page not yet
#                         translated: each paragraph looked up in the memory, exactly and by
#                         likeness (what the translation memory's look-up costs)
# Each scenario runs RUNS times after an unmeasured round; the medians go to
# docs/benchmarks/translations.tsv, with the editor's p50 and p99 while the pages were translated.
#
#   bench/translations.sh [BINARY]     (SIZE=20000 TRANSLATED=1000 RUNS=3 DURATION=5s)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/dist/braid}"
[ -n "${1:-}" ] || cargo build --profile dist --locked -q -p braid
for package in nginx wrk curl debian-handbook; do
  dpkg -s "$package" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null; }
done
size="${SIZE:-20000}"
translated="${TRANSLATED:-1000}"
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

echo "cutting the handbook into pages…" >&2
python3 bench/handbook.py "$size" >"$work/pages.tsv"
echo "$password" | "$binary" admin create-user bench --role editor --password-stdin --data-dir "$work/data" >/dev/null
"$binary" serve --data-dir "$work/data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
pid=$!
until [ -s "$work/out" ]; do sleep 0.01; done
url=$(head -n 1 "$work/out")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
read -r session _ < <(python3 bench/load.py session "$url" bench "$password")
source bench/beside_nginx.sh

echo "writing $size pages (4 writers)…" >&2
python3 bench/load.py save "$url" bench "$password" "$work/pages.tsv" "$work/paths" "$work/curve" --writers 4
head -n 1 "$work/paths" >"$work/source"
echo "translating one page into seven languages, $translated into Persian…" >&2
python3 bench/load.py translate "$url" bench "$password" "$work/source" es,fr,pt,ru,ar,fa,de,it \
  --each 7 --count 1 --out "$work/translations" >/dev/null
[ "$(wc -l <"$work/translations")" = 7 ] || { echo "only $(wc -l <"$work/translations") translations" >&2; exit 1; }
sed -n "2,$((translated + 1))p" "$work/paths" >"$work/to-translate"
read -r editor_p50 editor_p99 translations_per_s < <(python3 bench/load.py translate "$url" bench "$password" \
  "$work/to-translate" fa,ar --out "$work/persian")
sleep 2   # the search index and the followers catch up
# The editor of pages not translated yet (nor written in Persian), opened by a signed-in
# translator.
: >"$work/editor-paths"
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" "$url${path#/}/translate/fa")
  [ "$code" != 200 ] || printf '%s/translate/fa\t/editor%s\n' "$path" "$path" >>"$work/editor-paths"
done < <(sed -n "$((translated + 2)),$((translated + 201))p" "$work/paths")

root="$work/static"
cp "$work/source" "$work/page-paths"
head -n 1 "$work/translations" >"$work/translation-paths"
printf '/translations?language=fa\t/dashboard\n' >"$work/dashboard-paths"
for paths in page-paths translation-paths dashboard-paths; do
  python3 bench/load.py fetch "$url" "$work/$paths" "$root"
done
python3 bench/load.py fetch "$url" "$work/editor-paths" "$root" --cookie "$session"

tsv=docs/benchmarks/translations.tsv
printf 'scenario\tpages\tconnections\tbraid_rps\tnginx_gzip_rps\tnginx_static_rps\tbraid_p50_ms\tbraid_p99_ms\n' >"$work/translations.tsv"
scenario() {
  local name=$1 paths=$2 cookie=${3:-}
  local braid_headers=()
  [ -z "$cookie" ] || braid_headers=(-H "Cookie: $cookie")
  : >"$work/b"; : >"$work/g"; : >"$work/s"
  echo "  $name…" >&2
  PATHS=$paths duration=2s measure_once "$url" "${braid_headers[@]}" >/dev/null
  PATHS=$paths STATIC=1 duration=2s measure_once "http://127.0.0.1:$gzip_port/" >/dev/null
  for _ in $(seq "$runs"); do
    PATHS=$paths measure_once "$url" "${braid_headers[@]}" >>"$work/b"
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$gzip_port/" >>"$work/g"
    PATHS=$paths STATIC=1 measure_once "http://127.0.0.1:$static_port/" >>"$work/s"
  done
  if awk '$4 > 0 { bad = 1 } END { exit !bad }' "$work/b" "$work/g" "$work/s"; then
    echo "$name: some responses were not 2xx" >&2; exit 1
  fi
  printf '%s\t%s\t32\t%s\t%s\t%s\t%s\t%s\n' "$name" "$size" \
    "$(cut -d' ' -f1 "$work/b" | median)" "$(cut -d' ' -f1 "$work/g" | median)" \
    "$(cut -d' ' -f1 "$work/s" | median)" "$(cut -d' ' -f2 "$work/b" | median)" \
    "$(cut -d' ' -f3 "$work/b" | median)" >>"$work/translations.tsv"
}
echo "measuring…" >&2
scenario page-7-translations "$work/page-paths"
scenario translation-of-page "$work/translation-paths"
scenario dashboard "$work/dashboard-paths"
scenario editor-memory "$work/editor-paths" "$session"
memory=$(sqlite3 "$work/data/braid.sqlite3" "SELECT COUNT(*) FROM translation_memory WHERE language = 'fa'")
printf 'translating\t%s\t1\t%s\t\t\t%s\t%s\n' "$size" "$translations_per_s" "$editor_p50" "$editor_p99" >>"$work/translations.tsv"
mkdir -p docs/benchmarks
cp "$work/translations.tsv" "$tsv"
{
  echo "commit $(git rev-parse --short HEAD); $size pages; $translated translated into Persian through the editor;"
  echo "Persian translation memory: $memory paragraphs; nginx $(nginx -v 2>&1 | sed 's/.*nginx\///'); RUNS=$runs DURATION=$duration"
} >"$tsv.about"
cat "$tsv" "$tsv.about"
