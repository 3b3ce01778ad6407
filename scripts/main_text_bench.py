#!/usr/bin/env python3
"""Main-text benchmark: how much of each page's article `warta text` keeps, and how much else it lets in.

    python3 scripts/main_text_bench.py [FOLDER] [--warta PATH] [--worst N] [--trafilatura] [--json FILE]

FOLDER (default ../shared/html-bench) holds NAME/source.html + NAME/expected.html, directly or under pages/.
The measure is the one of that folder's README (the one the public article-extraction benchmarks use): both
texts are split into word tokens (\\w+, Unicode), every overlapping 4-token shingle is counted, and per page
tp (shingles in both), fp (extracted only) and fn (expected only) give precision tp/(tp+fp) and recall
tp/(tp+fn) (1.0 for a page where fp = fn = 0); precision and recall are averaged over the pages and F1 is
taken of the two averages. The headline (the first line of `warta text`) is left out, since the expected
article does not hold it. With --trafilatura, trafilatura (default settings) is measured the same way in
the same run, when it is installed. Standard library only.
"""
import argparse
import collections
import html.parser
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORD = re.compile(r"\w+")
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
          "dt", "dd", "tr", "td", "th", "table", "blockquote", "pre", "figure", "figcaption", "br", "hr", "header",
          "footer", "aside", "nav", "caption", "address", "center"}


class TextOf(html.parser.HTMLParser):
    """The text of an HTML fragment, blocks on their own lines; scripts and styles left out."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(markup):
    parser = TextOf()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def shingles(text, n=4):
    tokens = WORD.findall(text)
    if 0 < len(tokens) < n:
        return collections.Counter([tuple(tokens)])
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def score(extracted, expected):
    """(precision, recall) of one page."""
    x, e = shingles(extracted), shingles(expected)
    tp = sum((x & e).values())
    fp = sum(x.values()) - tp
    fn = sum(e.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def pages(folder):
    base = os.path.join(folder, "pages") if os.path.isdir(os.path.join(folder, "pages")) else folder
    out = []
    for name in sorted(os.listdir(base)):
        source, expected = os.path.join(base, name, "source.html"), os.path.join(base, name, "expected.html")
        if os.path.isfile(source) and os.path.isfile(expected):
            out.append((name, source, expected))
    return out


def warta_texts(warta, sources):
    """The text of each page by `warta text --json` (one line per page, in order), headline left out."""
    run = subprocess.run([warta, "text", "--json"] + sources, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit("warta text failed (%d): %s" % (run.returncode, run.stderr[-2000:]))
    lines = [l for l in run.stdout.split("\n") if l.strip()]
    if len(lines) != len(sources):
        sys.exit("warta text gave %d lines for %d pages" % (len(lines), len(sources)))
    texts = []
    for line in lines:
        text = json.loads(line).get("text")
        texts.append("" if text is None else text.split("\n", 1)[1] if "\n" in text else "")
    return texts


def trafilatura_texts(sources):
    import trafilatura
    out = []
    for source in sources:
        with open(source, "rb") as f:
            out.append(trafilatura.extract(f.read().decode("utf-8", "replace")) or "")
    return out


def report(label, names, texts, expected, worst):
    scores = [score(t, e) for t, e in zip(texts, expected)]
    p = sum(s[0] for s in scores) / len(scores)
    r = sum(s[1] for s in scores) / len(scores)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    empty = [n for n, t, e in zip(names, texts, expected) if not WORD.search(t) and WORD.search(e)]
    print("%-12s pages %d  precision %.3f  recall %.3f  F1 %.3f  pages without text (expected non-empty): %d"
          % (label, len(names), p, r, f1, len(empty)))
    for n in empty:
        print("  no text: %s" % n)
    if worst:
        ranked = sorted(zip(names, scores), key=lambda x: (2 * x[1][0] * x[1][1] / (x[1][0] + x[1][1]) if sum(x[1]) else 0))
        print("  worst pages (F1, precision, recall):")
        for n, (pp, rr) in ranked[:worst]:
            ff = 2 * pp * rr / (pp + rr) if pp + rr else 0.0
            print("    %-40s %.3f  %.3f  %.3f" % (n, ff, pp, rr))
    return {"pages": len(names), "precision": p, "recall": r, "f1": f1, "empty": empty,
            "per_page": {n: {"precision": s[0], "recall": s[1]} for n, s in zip(names, scores)}}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=os.path.join(ROOT, "..", "shared", "html-bench"))
    ap.add_argument("--warta", default=os.path.join(ROOT, ".build", "release", "warta"))
    ap.add_argument("--worst", type=int, default=10, help="list this many worst pages (default 10)")
    ap.add_argument("--trafilatura", action="store_true", help="measure trafilatura too (when installed)")
    ap.add_argument("--json", help="write the figures, page by page, to this file")
    args = ap.parse_args()
    found = pages(args.folder)
    if not found:
        sys.exit("no NAME/source.html + NAME/expected.html pages under %s" % args.folder)
    names = [n for n, _, _ in found]
    sources = [s for _, s, _ in found]
    expected = []
    for _, _, e in found:
        with open(e, encoding="utf-8", errors="replace") as f:
            expected.append(html_text(f.read()))
    results = {"warta": report("warta", names, warta_texts(args.warta, sources), expected, args.worst)}
    if args.trafilatura:
        try:
            texts = trafilatura_texts(sources)
        except ImportError:
            sys.exit("trafilatura is not installed (pip install trafilatura)")
        results["trafilatura"] = report("trafilatura", names, texts, expected, args.worst)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
