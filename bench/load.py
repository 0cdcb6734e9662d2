#!/usr/bin/env python3
"""HTTP helpers for the benchmarks, on keep-alive connections from the standard library.

    load.py save URL HANDLE PASSWORD PAGES_TSV PATHS_OUT CURVE_OUT [--writers N] [--skip K] [--count C]
        Signs in and writes pages through the real form (`POST /wiki/SECTION/new`), N at a time.
        Every save must answer 303, or the run stops. Appends each page's address to PATHS_OUT and,
        per 500 pages, the hub's size, saves/s, p50 and p99 in ms to CURVE_OUT (tab-separated).
    load.py fetch URL PATHS ROOT [--cookie NAME=VALUE]
        Saves each address's HTML under ROOT/<path>/index.html (and a gzip -9 copy beside it),
        for nginx to serve the same bytes. A line `path<TAB>static` saves under `static`.
    load.py session URL HANDLE PASSWORD
        Prints `cookie-name=value csrf` of a fresh session.
    load.py translate URL HANDLE PASSWORD PATHS LANGUAGES [--count N] [--each K] [--out PATHS_OUT]
        Translates the pages of PATHS through the real translation editor: each page into the
        first K (1 by default) of the comma-separated LANGUAGES it is not written in, every
        paragraph marked as translated. Every save must answer 303, or the run
        stops. Appends each translation's address to PATHS_OUT; prints the editor's p50 and
        p99 in ms (what the translation memory's look-ups cost) and the saves per second.
    load.py edit URL HANDLE PASSWORD PATHS SECONDS [--rate R]
        For SECONDS, edits R pages a second (1 by default) through the real editor: the next
        page of PATHS, its text with a line added, under the same title. Every save must
        answer 303, or the run stops. Prints how many were saved.
    load.py discuss URL HANDLE PASSWORD PAGES_TSV CATEGORIES THREADS POSTS PATHS_OUT CURVE_OUT [--writers N]
        Starts THREADS threads through the real form (`POST /discussion/CATEGORY/threads`),
        round the comma-separated CATEGORIES, each titled after a page of PAGES_TSV and opened
        with its first paragraphs; then gives each POSTS - 1 replies (every other one quoting
        the first post), N writers at a time. Every post must answer 303, or the run stops.
        Appends each thread's address to PATHS_OUT and, per 500 posts, the posts so far,
        posts/s, p50 and p99 in ms to CURVE_OUT.
"""
import html
import gzip
import http.client
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse


def connect(url):
    parts = urllib.parse.urlsplit(url)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)


def sign_in(url, handle, password):
    c = connect(url)
    body = urllib.parse.urlencode({"handle": handle, "password": password})
    c.request("POST", "/sign-in", body, {"Content-Type": "application/x-www-form-urlencoded"})
    r = c.getresponse(); r.read()
    cookies = [h.split(";")[0] for k, h in r.getheaders() if k.lower() == "set-cookie"]
    cookie = next(c for c in cookies if "session" in c)
    c.request("GET", "/account", headers={"Cookie": cookie})
    r = c.getresponse(); page = r.read().decode()
    csrf = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
    return cookie, csrf


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


def save(argv):
    url, handle, password, tsv, paths_out, curve_out = argv[:6]
    opts = dict(zip(argv[6::2], argv[7::2]))
    writers = int(opts.get("--writers", 1))
    skip = int(opts.get("--skip", 0))
    count = int(opts.get("--count", 10**9))
    cookie, csrf = sign_in(url, handle, password)
    with open(tsv, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][skip:skip + count]
    lock = threading.Lock()
    state = {"next": 0, "done": 0, "window": [], "window_start": time.monotonic(), "error": None}
    paths = open(paths_out, "a", encoding="utf-8")
    curve = open(curve_out, "a", encoding="utf-8")

    def worker():
        c = connect(url)
        while True:
            with lock:
                if state["error"] or state["next"] >= len(rows):
                    return
                section, language, title, body = rows[state["next"]]
                state["next"] += 1
            form = urllib.parse.urlencode({"csrf": csrf, "title": title, "language": language,
                                           "body": body.replace("\\n", "\n").replace("\\\\", "\\")})
            started = time.monotonic()
            c.request("POST", f"/wiki/{section}/new", form,
                      {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            r = c.getresponse(); r.read()
            took = time.monotonic() - started
            with lock:
                if r.status != 303:
                    state["error"] = f"saving {title!r} in {section} answered {r.status}"
                    return
                paths.write(urllib.parse.urlsplit(r.getheader("Location")).path + "\n")
                state["done"] += 1
                state["window"].append(took)
                if state["done"] % 500 == 0:
                    now = time.monotonic()
                    w = state["window"]
                    curve.write(f"{skip + state['done']}\t{len(w) / (now - state['window_start']):.0f}\t"
                                f"{1000 * statistics.median(w):.1f}\t{1000 * percentile(w, 0.99):.1f}\n")
                    curve.flush()
                    state["window"], state["window_start"] = [], now
                    print(f"  {skip + state['done']} pages", file=sys.stderr)

    threads = [threading.Thread(target=worker) for _ in range(writers)]
    started = time.monotonic()
    for t in threads: t.start()
    for t in threads: t.join()
    if state["error"]:
        sys.exit(state["error"])
    took = time.monotonic() - started
    w = state["window"]
    print(f"{state['done']}\t{state['done'] / took:.1f}", file=sys.stderr)


def fetch(argv):
    url, paths_file, root = argv[:3]
    opts = dict(zip(argv[3::2], argv[4::2]))
    headers = {"Cookie": opts["--cookie"]} if "--cookie" in opts else {}
    c = connect(url)
    for line in open(paths_file, encoding="utf-8"):
        # `path` alone, or `path<TAB>static path` where the path has a query string.
        path, _, static = line.strip().partition("\t")
        c.request("GET", path, headers=headers)
        r = c.getresponse(); body = r.read()
        if r.status != 200:
            sys.exit(f"{path} answered {r.status}")
        folder = os.path.join(root, urllib.parse.unquote(static or path).lstrip("/"))
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "wb") as f: f.write(body)
        with open(os.path.join(folder, "index.html.gz"), "wb") as f: f.write(gzip.compress(body, 9))


def edit(argv):
    url, handle, password, paths_file, seconds = argv[:5]
    opts = dict(zip(argv[5::2], argv[6::2]))
    rate = float(opts.get("--rate", 1))
    cookie, csrf = sign_in(url, handle, password)
    paths = [line.strip() for line in open(paths_file, encoding="utf-8") if line.strip()]
    c = connect(url)
    ends = time.monotonic() + float(seconds)
    saved = 0
    while time.monotonic() < ends:
        started = time.monotonic()
        path = paths[saved % len(paths)]
        c.request("GET", f"{path}/edit", headers={"Cookie": cookie})
        r = c.getresponse(); form = r.read().decode()
        if r.status != 200:
            sys.exit(f"{path}/edit answered {r.status}")
        field = lambda pattern: html.unescape(re.search(pattern, form, re.S).group(1))
        fields = {"csrf": csrf,
                  "base": field(r'name="base" value="([^"]*)"'),
                  "title": field(r'id="title" name="title" value="([^"]*)"'),
                  "body": field(r'<textarea id="body"[^>]*>(.*?)</textarea>') + "\n\nEdited during reads.\n"}
        c.request("POST", f"{path}/edit", urllib.parse.urlencode(fields),
                  {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
        r = c.getresponse(); r.read()
        if r.status != 303:
            sys.exit(f"editing {path} answered {r.status}")
        saved += 1
        time.sleep(max(0.0, 1 / rate - (time.monotonic() - started)))
    print(saved)


def translate(argv):
    url, handle, password, paths_file, languages = argv[:5]
    opts = dict(zip(argv[5::2], argv[6::2]))
    count = int(opts.get("--count", 10**9))
    each = int(opts.get("--each", 1))
    out = open(opts["--out"], "a", encoding="utf-8") if "--out" in opts else None
    cookie, csrf = sign_in(url, handle, password)
    paths = [line.strip() for line in open(paths_file, encoding="utf-8") if line.strip()][:count]
    c = connect(url)
    opened, saved, started = [], 0, time.monotonic()
    for path in paths:
        done_here = 0
        for language in languages.split(","):
            began = time.monotonic()
            c.request("GET", f"{path}/translate/{language}", headers={"Cookie": cookie})
            r = c.getresponse(); form = r.read().decode()
            if r.status == 400:
                continue  # the page is written in this language
            if r.status != 200:
                sys.exit(f"{path}/translate/{language} answered {r.status}")
            opened.append(time.monotonic() - began)
            field = lambda pattern: html.unescape(re.search(pattern, form, re.S).group(1))
            paragraphs = [html.unescape(p) for p in re.findall(r'<p class="paragraph" id="source-\d+">(.*?)</p>', form, re.S)]
            fields = [("csrf", csrf), ("source_revision", field(r'name="source_revision" value="([^"]*)"')),
                      ("title", f"[{language}] " + field(r'<p class="paragraph title-source">(.*?)</p>'))]
            fields += [("p", f"[{language}] {p}") for p in paragraphs]
            c.request("POST", f"{path}/translate/{language}", urllib.parse.urlencode(fields),
                      {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            r = c.getresponse(); r.read()
            if r.status != 303:
                sys.exit(f"translating {path} into {language} answered {r.status}")
            saved += 1
            if out:
                out.write(urllib.parse.urlsplit(r.getheader("Location")).path + "\n")
            done_here += 1
            if done_here == each:
                break
    took = time.monotonic() - started
    print(f"{1000 * statistics.median(opened):.1f}\t{1000 * percentile(opened, 0.99):.1f}\t{saved / took:.0f}")


def discuss(argv):
    url, handle, password, tsv, categories, threads, posts, paths_out, curve_out = argv[:9]
    opts = dict(zip(argv[9::2], argv[10::2]))
    writers = int(opts.get("--writers", 1))
    categories = categories.split(",")
    threads, posts = int(threads), int(posts)
    cookie, csrf = sign_in(url, handle, password)
    with open(tsv, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    paragraphs = lambda body: [p for p in body.replace("\\n", "\n").split("\n\n") if p.strip()]
    lock = threading.Lock()
    state = {"done": 0, "window": [], "window_start": time.monotonic(), "error": None}
    paths = open(paths_out, "a", encoding="utf-8")
    curve = open(curve_out, "a", encoding="utf-8")
    started_threads = []

    def run(items, send):
        queue = list(items)
        queue.reverse()

        def worker():
            c = connect(url)
            while True:
                with lock:
                    if state["error"] or not queue:
                        return
                    item = queue.pop()
                path, fields = send(item)
                began = time.monotonic()
                c.request("POST", path, urllib.parse.urlencode([("csrf", csrf)] + fields),
                          {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
                r = c.getresponse(); r.read()
                took = time.monotonic() - began
                with lock:
                    if r.status != 303:
                        state["error"] = f"posting to {path} answered {r.status}"
                        return
                    if path.endswith("/threads"):
                        location = urllib.parse.urlsplit(r.getheader("Location"))
                        started_threads.append((location.path, location.fragment.removeprefix("post-")))
                    state["done"] += 1
                    state["window"].append(took)
                    if state["done"] % 500 == 0:
                        now = time.monotonic()
                        w = state["window"]
                        curve.write(f"{state['done']}\t{len(w) / (now - state['window_start']):.0f}\t"
                                    f"{1000 * statistics.median(w):.1f}\t{1000 * percentile(w, 0.99):.1f}\n")
                        curve.flush()
                        state["window"], state["window_start"] = [], now
                        print(f"  {state['done']} posts", file=sys.stderr)

        workers = [threading.Thread(target=worker) for _ in range(writers)]
        for t in workers: t.start()
        for t in workers: t.join()
        if state["error"]:
            sys.exit(state["error"])

    def opening(i):
        _, _, title, body = rows[i % len(rows)]
        text = "\n\n".join(paragraphs(body)[:2])[:3000] or title
        return (f"/discussion/{categories[i % len(categories)]}/threads",
                [("title", title[:200]), ("body", text)])

    began = time.monotonic()
    run(range(threads), opening)
    for path, _ in started_threads:
        paths.write(path + "\n")

    def reply(item):
        (thread, first), k = item
        _, _, _, body = rows[(len(thread) * 7 + k) % len(rows)]
        text = "\n\n".join(paragraphs(body)[k % 3:k % 3 + 1])[:3000] or "Thank you."
        fields = [("body", text)] + ([("quoted", first)] if k % 2 == 0 else [])
        return f"{thread}/reply", fields

    run(((thread, k) for k in range(1, posts) for thread in started_threads), reply)
    took = time.monotonic() - began
    print(f"{state['done']}\t{state['done'] / took:.1f}")


def main():
    command, argv = sys.argv[1], sys.argv[2:]
    if command == "save":
        save(argv)
    elif command == "fetch":
        fetch(argv)
    elif command == "edit":
        edit(argv)
    elif command == "translate":
        translate(argv)
    elif command == "discuss":
        discuss(argv)
    elif command == "session":
        print(*sign_in(*argv[:3]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
