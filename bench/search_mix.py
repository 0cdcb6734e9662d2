#!/usr/bin/env python3
"""A search mix from the hub's own text: per language, a common word, a rare word, a phrase, a
prefix and a typo; eight languages in Latin, Cyrillic, Arabic and CJK scripts.

    bench/search_mix.py PAGES_TSV PAGES > search-paths

Prints `/search?q=…<TAB>/search-N` lines (the second, for nginx's static copy).
"""
import collections
import re
import sys
import urllib.parse

LANGUAGES = ["en", "es", "fr", "de", "ru", "ar", "zh", "ja"]
CJK = {"zh", "ja"}


def words_of(text, language):
    if language in CJK:
        # No spaces between words: two-character runs of the script stand for words.
        runs = re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]+", text)
        return [run[i:i + 2] for run in runs for i in range(0, len(run) - 1, 2)]
    return [w.lower() for w in re.findall(r"[^\W\d_]{3,}", text)]


def main():
    tsv, pages = sys.argv[1], int(sys.argv[2])
    texts = collections.defaultdict(list)
    with open(tsv, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= pages:
                break
            _, language, _, body = line.rstrip("\n").split("\t")
            if language in LANGUAGES:
                texts[language].append(body.replace("\\n", " "))
    queries = []
    english = set()
    for language in LANGUAGES:
        counts = collections.Counter()
        phrases = collections.Counter()
        for text in texts[language]:
            # Commands, package names and "Falcot" are English in every translation: a
            # language's own words are those the English pages do not have.
            words = [w for w in words_of(text, language) if w not in english]
            counts.update(words)
            phrases.update(zip(words, words[1:]))
        if language == "en":
            english = set(counts)
        long_words = [w for w, _ in counts.most_common() if len(w) >= (2 if language in CJK else 6)]
        common = long_words[0]
        # The least frequent word seen more than once (past one round of the book, every
        # word repeats).
        rare = min((c, w) for w, c in counts.items() if c >= 2 and len(w) >= (2 if language in CJK else 6))[1]
        joiner = "" if language in CJK else " "
        phrase = next(joiner.join(p) for p, _ in phrases.most_common() if p[0] != p[1])
        queries += [common, rare, f'"{phrase}"']
        if language not in CJK:
            queries.append(long_words[3][:4])                          # a prefix
            w = long_words[5]
            queries.append(w[:2] + w[3] + w[2] + w[4:])                 # two letters swapped
    for n, query in enumerate(queries):
        print(f"/search?{urllib.parse.urlencode({'q': query})}\t/search-{n}")


if __name__ == "__main__":
    main()
