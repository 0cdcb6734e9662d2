#!/usr/bin/env bash
# Mail fan-out (issue 31): one post to MEMBERS members who get every post by mail, into a local
# SMTP sink (bench/smtp_sink.py). Measures the time until every delivery job is enqueued, the
# delivery rate, and Braid's peak memory; beside the rate at which the same sink takes mail
# from a trivial sender (Python's smtplib, as many connections as Braid has job workers) in the
# same run. Writes docs/benchmarks/mail.tsv.
#
#   bench/mail.sh [BINARY]     (MEMBERS=5000 WORKERS=2)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/dist/braid}"
[ -n "${1:-}" ] || cargo build --profile dist --locked -q -p braid
members="${MEMBERS:-5000}"
workers="${WORKERS:-2}"
work=$(mktemp -d)
password="a long and quiet river"
pid=""
sink_pid=""
cleanup() {
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  [ -z "$sink_pid" ] || kill "$sink_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for name in $(env | sed -n 's/^\(BRAID_[A-Z_]*\)=.*/\1/p'); do unset "$name"; done

python3 bench/smtp_sink.py "$work/port" "$work/stats" &
sink_pid=$!
until [ -s "$work/port" ]; do sleep 0.05; done
port=$(cat "$work/port")

echo "$password" | "$binary" admin create-user bench --role facilitator --password-stdin --data-dir "$work/data" >/dev/null
echo "$password" | "$binary" admin create-user m0 --role member --password-stdin --email m0@bench.test --data-dir "$work/data" >/dev/null
echo "making $members members with confirmed addresses…" >&2
python3 - "$work/data/braid.sqlite3" "$members" <<'PY'
import sqlite3, sys, secrets
db = sqlite3.connect(sys.argv[1])
columns = [row[1] for row in db.execute("PRAGMA table_info(users)") if row[1] != "id"]
template = dict(zip(columns, db.execute(f"SELECT {', '.join(columns)} FROM users WHERE handle = 'm0'").fetchone()))
for n in range(1, int(sys.argv[2])):
    row = dict(template, handle=f"m{n}", handle_key=f"m{n}", public_id=secrets.token_hex(8),
               email=f"m{n}@bench.test")
    db.execute(f"INSERT INTO users ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
               [row[c] for c in columns])
db.commit()
PY

BRAID_MAIL__DOMAIN=hub.bench BRAID_MAIL__SMTP_URL="smtp://127.0.0.1:$port" BRAID_JOBS__WORKERS="$workers" \
  "$binary" serve --data-dir "$work/data" --listen 127.0.0.1:0 >"$work/out" 2>"$work/log" &
pid=$!
until [ -s "$work/out" ]; do sleep 0.01; done
url=$(head -n 1 "$work/out")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.01; done
read -r session csrf < <(python3 bench/load.py session "$url" bench "$password")

echo "posting once…" >&2
started=$(python3 -c 'import time; print(time.monotonic())')
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $session" \
  --data-urlencode "csrf=$csrf" --data-urlencode "title=Community call on Thursday" \
  --data-urlencode "body=$(head -c 1500 /usr/share/common-licenses/GPL-3 | tr -d '\r')" \
  "${url}discussion/announcements/threads")
[ "$code" = 303 ] || { echo "posting answered $code" >&2; exit 1; }
enqueued_at=""
peak_kib=0
while :; do
  now=$(python3 -c 'import time; print(time.monotonic())')
  if [ -z "$enqueued_at" ]; then
    # The fan-out enqueues every batch in one commit: the first job seen is all of them.
    jobs=$(sqlite3 "$work/data/braid.sqlite3" "SELECT COUNT(*) FROM jobs WHERE kind = 'deliver_post'" 2>/dev/null || echo 0)
    [ "$jobs" = 0 ] || enqueued_at=$now
  fi
  rss=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
  [ "$rss" -le "$peak_kib" ] || peak_kib=$rss
  # The sink rewrites the file after each message: a read between its truncation and its
  # write sees nothing, and counts as no news.
  read -r count first last < <(cat "$work/stats" 2>/dev/null; echo) || true
  count=${count:-0}
  [ "$count" -lt "$members" ] || break
  awk -v a="$now" -v b="$started" 'BEGIN { exit !(a - b > 600) }' && { echo "only $count delivered after 10 minutes" >&2; exit 1; }
  sleep 0.2
done
read -r count first last < "$work/stats"
enqueue_s=$(awk -v a="$enqueued_at" -v b="$started" 'BEGIN { printf "%.2f", a - b }')
all_s=$(awk -v a="$last" -v b="$started" 'BEGIN { printf "%.2f", a - b }')
rate=$(awk -v n="$count" -v a="$last" -v b="$first" 'BEGIN { printf "%.0f", n / (a - b) }')
raw=$(python3 bench/smtp_sink.py send "$port" "$members" "$workers" 4000)
mkdir -p docs/benchmarks
{
  printf 'members\tworkers\tenqueue_s\tall_delivered_s\tbraid_per_s\traw_sender_per_s\tbraid_peak_rss_mib\n'
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$members" "$workers" "$enqueue_s" "$all_s" "$rate" "$raw" "$((peak_kib / 1024))"
} > docs/benchmarks/mail.tsv
echo "commit $(git rev-parse --short HEAD); one post to $members members by mail into a local SMTP sink" > docs/benchmarks/mail.tsv.about
cat docs/benchmarks/mail.tsv docs/benchmarks/mail.tsv.about
