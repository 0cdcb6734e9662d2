#!/usr/bin/env python3
"""The Debian Administrator's Handbook (Debian's `debian-handbook` package: one book, the same
chapters in many languages, as HTML) cut into wiki pages of real text, for the benchmarks.

    bench/handbook.py PAGES > pages.tsv

Each line is `section<TAB>language<TAB>title<TAB>body`, the body Markdown with `\\n` for line
breaks. Every sub-section of the book (a heading and what follows, down to the next heading) is
one page; languages take turns, so any prefix of the list is a multilingual hub. Pages are
spread over the six phase sections in runs of the book's order, so a section holds whole
chapters. The same PAGES give the same pages on every run.
"""
import html
import html.parser
import os
import sys

ROOT = "/usr/share/doc/debian-handbook/html"
# The book's translations whose language Braid offers, with Braid's code for it.
LANGUAGES = {
    "en-US": "en", "es-ES": "es", "fr-FR": "fr", "pt-BR": "pt", "ar-MA": "ar", "ru-RU": "ru",
    "tr-TR": "tr", "de-DE": "de", "fa-IR": "fa", "zh-CN": "zh", "ja-JP": "ja", "ko-KR": "ko",
    "id-ID": "id", "vi-VN": "vi", "it-IT": "it", "nl-NL": "nl",
}
SECTIONS = ["discover", "strategise", "actualise", "create-space-and-buy-in",
            "remote-facilitation", "well-being"]
SKIP = {"index.html", "pr01.html", "pr02.html", "pr03.html", "pr04.html"}


class Book(html.parser.HTMLParser):
    """Collects (heading, markdown) pieces from one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.pieces = []          # [title, [blocks]]
        self.text = []
        self.block = None         # "p", "h", "pre", "li"
        self.skip = 0             # inside navigation or a table of contents

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if self.skip:
            self.skip += tag in ("div", "ul")
            return
        # Navigation (previous, up, home) and tables of contents are not the book's text.
        if tag in ("div", "ul") and any(c in classes for c in ("toc", "navheader", "navfooter", "docnav")):
            self.skip = 1
            return
        if tag in ("h1", "h2", "h3", "h4", "h5"):
            self.flush(); self.block = "h"
        elif tag in ("p", "pre", "li", "dt", "dd"):
            self.flush(); self.block = {"pre": "pre", "li": "li"}.get(tag, "p")

    def handle_endtag(self, tag):
        if self.skip:
            self.skip -= tag in ("div", "ul")
            return
        if tag in ("h1", "h2", "h3", "h4", "h5", "p", "pre", "li", "dt", "dd"):
            self.flush()

    def handle_data(self, data):
        if not self.skip and self.block:
            self.text.append(data)

    def flush(self):
        raw = "".join(self.text)
        self.text = []
        kind, self.block = self.block, None
        if kind == "pre":
            if raw.strip() and self.pieces:
                self.pieces[-1][1].append("```\n" + raw.strip("\n") + "\n```")
            return
        words = " ".join(raw.split())
        if not words:
            return
        if kind == "h":
            self.pieces.append([words, []])
        elif self.pieces:
            self.pieces[-1][1].append(("- " if kind == "li" else "") + words)


def pages_of(language_dir):
    names = sorted(n for n in os.listdir(language_dir) if n.endswith(".html") and n not in SKIP)
    for name in names:
        book = Book()
        with open(os.path.join(language_dir, name), encoding="utf-8", errors="replace") as f:
            book.feed(f.read())
        book.flush()
        for title, blocks in book.pieces:
            body = "\n\n".join(blocks)
            if len(body.split()) >= 40 and len(title) <= 150:
                yield title, body


def main():
    wanted = int(sys.argv[1])
    books = {code: list(pages_of(os.path.join(ROOT, d))) for d, code in LANGUAGES.items()
             if os.path.isdir(os.path.join(ROOT, d))}
    codes = list(books)
    longest = max(len(p) for p in books.values())
    written = 0
    round_ = 0
    per_section = max(1, wanted // len(SECTIONS))
    # Round-robin over languages, then over the book again (as a later edition) until enough.
    while written < wanted:
        for i in range(longest):
            for code in codes:
                if written >= wanted:
                    break
                pages = books[code]
                if i >= len(pages):
                    continue
                title, body = pages[i]
                # Titles repeat across chapters and rounds: a number keeps each page's own.
                title = f"{title} ({written})"
                section = SECTIONS[min(written // per_section, len(SECTIONS) - 1)]
                body = body.replace("\\", "\\\\").replace("\t", " ").replace("\n", "\\n")
                print(f"{section}\t{code}\t{title}\t{body}")
                written += 1
        round_ += 1


if __name__ == "__main__":
    main()
