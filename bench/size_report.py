#!/usr/bin/env python3
"""Writes bench/size.sh's figures into docs/BENCHMARKS.md, between its `size` markers.

    bench/size_report.py SIZE_TSV CURVE_TSV RSS_TSV COMMIT DURATION RUNS NGINX_VERSION
"""
import csv
import datetime
import os
import platform
import sys

START, END = "<!-- size: written by bench/size.sh -->", "<!-- /size -->"
NAMES = {
    "anon-browse": "anonymous, across all pages",
    "anon-zipf": "anonymous, Zipf across all pages",
    "anon-zipf-edits": "the same, one page edited a second",
    "signed-in-browse": "signed in, across 2,000 pages",
    "search-mix": "search mix (40 queries, 8 languages)",
    "recent": "recent changes",
    "home": "home page",
    "save-1": "saves, one writer",
    "save-4": "saves, four writers",
}


def main():
    size_tsv, curve_tsv, rss_tsv, commit, duration, runs, nginx = sys.argv[1:8]
    rows = list(csv.DictReader(open(size_tsv), delimiter="\t"))
    curve = list(csv.DictReader(open(curve_tsv), delimiter="\t"))
    rss = [line.split("\t") for line in open(rss_tsv).read().splitlines()]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    out = [START, "",
           f"Produced by `bench/size.sh` on {datetime.date.today()} at commit {commit}; {os.cpu_count()} cores ({cpu}).",
           f"Each read figure is the median of {runs} runs of `wrk -t2 -c32 -d{duration}`, Braid and both nginx",
           f"servers ({nginx}) taking turns. nginx-gzip compresses on the fly (level 1); nginx-static sends",
           "files precompressed at level 9 (`gzip_static`), the ceiling. Pages are sub-sections of the Debian",
           "Administrator's Handbook in 16 languages, written through the form.",
           "",
           "| scenario | pages | Braid req/s | nginx-gzip | nginx-static | Braid / gzip | Braid / static | Braid p50 / p99 (ms) |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        name = NAMES.get(r["scenario"], r["scenario"])
        if r["nginx_gzip_rps"]:
            g, s, b = float(r["nginx_gzip_rps"]), float(r["nginx_static_rps"]), float(r["braid_rps"])
            out.append(f"| {name} | {r['pages']} | {b:.0f} | {g:.0f} | {s:.0f} | {100 * b / g:.0f}% | {100 * b / s:.0f}% | {r['braid_p50_ms']} / {r['braid_p99_ms']} |")
        else:
            out.append(f"| {name} | {r['pages']} | {r['braid_rps']} saves/s | | | | | {r['braid_p50_ms']} / {r['braid_p99_ms']} (worst 500) |")
    if rss:
        out += ["", "Memory (RSS): " + "; ".join(f"at {p} pages {int(i) // 1024} MiB idle, {int(k) // 1024} MiB peak under load" for _, p, i, k in rss) + "."]
    out += ["", "Saves as the hub grows (four writers filling it, per 500 pages; `docs/benchmarks/save-curve.tsv`):", "",
            "| pages | saves/s | p50 (ms) | p99 (ms) |", "|---:|---:|---:|---:|"]
    step = max(1, len(curve) // 12)
    for c in curve[step - 1::step]:
        out.append(f"| {c['pages']} | {c['saves_per_s']} | {c['p50_ms']} | {c['p99_ms']} |")
    out += ["", END]
    path = "docs/BENCHMARKS.md"
    text = open(path).read()
    if START in text:
        before, rest = text.split(START, 1)
        text = before + "\n".join(out) + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## At size, on real text\n\n" + "\n".join(out) + "\n"
    open(path, "w").write(text)


if __name__ == "__main__":
    main()
