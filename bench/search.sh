#!/usr/bin/env bash
# Search figures: a generated multilingual corpus of 10,000 and 100,000 pages indexed by
# Braid's index (tantivy, crates/search) and by SQLite FTS5 as the baseline, then the same
# queries (common words, rare words, phrases, prefixes; 200 of each) timed on both in one run.
# Prints Markdown tables: latency p50/p99 per engine and query kind, build time, index size.
#
#   bench/search.sh [PAGES ...]         (default: 10000 100000; QUERIES=200 per kind)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/braid-target}"
cargo build --release --locked -q -p braid-search --example search_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Search benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(git rev-parse --short HEAD)"
for pages in "${@:-10000 100000}"; do
  for count in $pages; do
    echo
    "$CARGO_TARGET_DIR/release/examples/search_bench" "$count" "$work/$count"
    rm -rf "${work:?}/$count"
  done
done
