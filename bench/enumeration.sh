#!/usr/bin/env bash
# SECURITY-PLAN T13 (timing half): does a wrong password for an existing account take as long
# as any password for an unknown one? Interleaved sign-ins over loopback, then the medians and
# a two-sided Mann-Whitney U test (normal approximation). Pass: medians within 10 ms, p > 0.01.
#
#   N=500 bench/enumeration.sh [path/to/release/braid]
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
binary="${1:-$CARGO_TARGET_DIR/release/braid}"
[ -n "${1:-}" ] || cargo build --release --locked -p braid   # a no-op when up to date
n="${N:-500}"

data=$(mktemp -d)/data
echo "a long and quiet river" | "$binary" admin create-user bench --role member --password-stdin --data-dir "$data" >/dev/null
out=$(mktemp)
"$binary" serve --data-dir "$data" --listen 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$(dirname "$data")" "$out" "$out.times"' EXIT
until [ -s "$out" ]; do sleep 0.05; done
url=$(head -n 1 "$out")

# Interleaved, so drift in machine load affects both sets alike. The existing account's
# failures make it wait after five (the answer is the same 401), which is part of what an
# attacker would measure too.
for i in $(seq "$n"); do
  printf 'existing %s\n' "$(curl -s -o /dev/null -w '%{time_total}' -d "handle=bench&password=wrong-$i" "${url}sign-in")"
  printf 'unknown %s\n' "$(curl -s -o /dev/null -w '%{time_total}' -d "handle=nobody$i&password=wrong-$i" "${url}sign-in")"
done >"$out.times"

python3 - "$out.times" <<'EOF'
import math, sys
times = {"existing": [], "unknown": []}
for line in open(sys.argv[1]):
    kind, seconds = line.split()
    times[kind].append(float(seconds) * 1000)
a, b = times["existing"], times["unknown"]
median = lambda xs: sorted(xs)[len(xs) // 2]
ranked = sorted([(x, 0) for x in a] + [(x, 1) for x in b])
ranks, i = [0.0] * len(ranked), 0
while i < len(ranked):
    j = i
    while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
        j += 1
    for k in range(i, j + 1):
        ranks[k] = (i + j) / 2 + 1
    i = j + 1
r_a = sum(r for r, (_, group) in zip(ranks, ranked) if group == 0)
n1, n2 = len(a), len(b)
u = r_a - n1 * (n1 + 1) / 2
z = (u - n1 * n2 / 2) / math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12)
p = math.erfc(abs(z) / math.sqrt(2))
print("| measure | existing account | unknown account |")
print("| --- | --- | --- |")
print(f"| sign-ins | {n1} | {n2} |")
print(f"| median | {median(a):.1f} ms | {median(b):.1f} ms |")
print(f"| difference of medians | {abs(median(a) - median(b)):.1f} ms | |")
print(f"| Mann-Whitney U, two-sided | p = {p:.3f} | |")
EOF
