#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Check report.html as a reviewer relies on it, structurally:

- the page parses, every element closed in order, and holds no script;
- every run's column header names its arch and kernel and links to that
  run's section (env.txt, QEMU command);
- every cell that is not PASS carries its reason on hover (title) and
  links to a console excerpt that exists in the page;
- each SVG parses as XML, with at least MIN_BARS bars;
- with --name TEXT: a case named TEXT (hostile markup) reads back as TEXT.

Usage: check_html.py REPORT_HTML [--bars MIN_BARS] [--name TEXT]
       [--marks N] [--runs N]
Prints one line per finding; exit 1 if any."""
import argparse
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col"}
ARCH_KERNEL = re.compile(r"^(riscv|arm64|x86_64) [0-9]+\.[0-9]+\S*( |$)")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.ids = [], [], {}
        self.headers, self.cells, self.tags = [], [], set()
        self.cur_th = self.cur_td = None
        self.cur_id = []
        self.code_text = []
        self.in_code = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append(f"id {a['id']} is used twice")
            self.ids[a["id"]] = {"tag": tag, "pre": 0}
        if tag not in VOID:
            self.stack.append((tag, a.get("id")))
        if tag == "pre" and a.get("class") == "console":
            for t, i in self.stack:
                if i and i.startswith("x-"):
                    self.ids[i]["pre"] += 1
        if tag == "th" and a.get("class") == "run":
            self.cur_th = {"text": "", "href": None}
        if tag == "td":
            self.cur_td = {"class": a.get("class", ""), "title": a.get("title"), "href": None,
                           "text": ""}
        if tag == "a" and (self.cur_th or self.cur_td):
            (self.cur_th or self.cur_td)["href"] = a.get("href")
        if tag == "code":
            self.in_code += 1
            self.code_text.append("")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else 'nothing'}")
            return
        self.stack.pop()
        if tag == "th" and self.cur_th:
            self.headers.append(self.cur_th)
            self.cur_th = None
        if tag == "td" and self.cur_td is not None:
            self.cells.append(self.cur_td)
            self.cur_td = None
        if tag == "code":
            self.in_code -= 1

    def handle_data(self, data):
        if self.cur_th:
            self.cur_th["text"] += data
        if self.cur_td is not None:
            self.cur_td["text"] += data
        if self.in_code:
            self.code_text[-1] += data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("html")
    ap.add_argument("--bars", type=int, default=0)
    ap.add_argument("--name")
    ap.add_argument("--marks", type=int, default=0)
    ap.add_argument("--runs", type=int, default=0)
    args = ap.parse_args()
    text = open(args.html, encoding="utf-8").read()
    page = Page()
    page.feed(text)
    page.close()
    bad = list(page.errors)
    if page.stack:
        bad.append(f"unclosed at the end: {[t for t, _ in page.stack]}")
    if "script" in page.tags:
        bad.append("the page holds a <script> element")

    runs = {i for i in page.ids if re.fullmatch(r"run-[0-9]+", i)}
    if args.runs and len(runs) != args.runs:
        bad.append(f"{len(runs)} run sections, expected {args.runs}")
    headed = set()
    for h in page.headers:
        words = " ".join(h["text"].split())
        if not ARCH_KERNEL.match(words):
            bad.append(f"column header {words!r} does not name an arch and a kernel")
        href = (h["href"] or "#")[1:]
        if href not in runs:
            bad.append(f"column header {words!r} links to {h['href']!r}, not a run section")
        headed.add(href)
    if runs - headed:
        bad.append(f"runs without a column: {sorted(runs - headed)}")

    checked = 0
    marks = 0
    for c in page.cells:
        cls = c["class"].split()
        if not cls or cls[0] not in ("FAIL", "XFAIL", "SKIP", "HANG", "CRASH", "NOTRUN"):
            continue
        checked += 1
        marks += "regression" in cls or "fixed" in cls
        target = (c["href"] or "#")[1:]
        if not target.startswith("x-") or target not in page.ids:
            bad.append(f"{cls[0]} cell {c['text'].strip()!r} links to {c['href']!r}, "
                       "not an excerpt in the page")
        elif not page.ids[target]["pre"]:
            bad.append(f"excerpt {target} holds no console lines")
        if cls[0] in ("FAIL", "HANG", "CRASH", "SKIP") and not c["title"]:
            bad.append(f"{cls[0]} cell linking to {target} has no reason on hover")
    if not checked:
        bad.append("no cell that is not PASS: the page checks nothing")
    if marks < args.marks:
        bad.append(f"{marks} cells marked by compare, expected at least {args.marks}")

    svgs = re.findall(r"<svg\b.*?</svg>", text, re.S)
    bars = 0
    for s in svgs:
        try:
            root = ET.fromstring(s)
        except ET.ParseError as e:
            bad.append(f"an SVG does not parse: {e}")
            continue
        bars += len(root.findall("{http://www.w3.org/2000/svg}rect"))
    if bars < args.bars:
        bad.append(f"{bars} bars in the SVG, expected at least {args.bars}")

    if args.name is not None and not any(args.name in t for t in page.code_text):
        bad.append(f"the case named {args.name!r} does not read back from the page")

    for b in bad:
        print("FAIL", b)
    print(f"{len(page.headers)} run columns, {checked} cells not PASS with excerpts, "
          f"{bars} bars, {len(svgs)} SVG")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
