#!/usr/bin/env bash
# Sign-in figures on this machine, with production Argon2id parameters: time per hash, the
# latency of one sign-in over HTTP (sequential), and 20 simultaneous sign-ins through the
# bounded hashing pool. Loopback only; prints a Markdown table.
#
#   bench/accounts.sh [path/to/release/braid]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
target="$CARGO_TARGET_DIR"
binary="${1:-$target/release/braid}"
[ -n "${1:-}" ] || cargo build --release --locked -p braid   # a no-op when up to date
hash_line=$(cargo run -q --release --locked -p braid-crypt --example password_hash_timing)

data=$(mktemp -d)/data
password="a long and quiet river"
echo "$password" | "$binary" admin create-user bench --role member --password-stdin --data-dir "$data" >/dev/null
out=$(mktemp)
"$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$(dirname "$data")" "$out"' EXIT
until [ -s "$out" ]; do sleep 0.05; done
url=$(head -n 1 "$out")

sign_in() { curl -s -o /dev/null -w '%{time_total}\n' -d "handle=bench&password=$password" "${url}sign-in"; }
sequential=$(for _ in $(seq 20); do sign_in; done | sort -n)
median=$(echo "$sequential" | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]*1000}')
p95=$(echo "$sequential" | awk '{a[NR]=$1} END {printf "%.0f", a[int(NR*0.95)]*1000}')
started=$(date +%s%3N)
for _ in $(seq 20); do sign_in >/dev/null & done
wait_jobs() { for job in $(jobs -p); do [ "$job" = "$pid" ] || wait "$job"; done; }
wait_jobs
burst=$(( $(date +%s%3N) - started ))
rss=$(awk '/VmHWM/ {print int($2/1024)}' "/proc/$pid/status")

echo "| measure | value |"
echo "| --- | --- |"
echo "| password hashing | $hash_line |"
echo "| one sign-in over HTTP, sequential | median $median ms, p95 $p95 ms (20 runs) |"
echo "| 20 simultaneous sign-ins (hashing pool of 2) | all done in $burst ms |"
echo "| server peak RSS during the run | $rss MiB |"
