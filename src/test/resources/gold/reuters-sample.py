#!/usr/bin/env python3
"""Prints the Reuters gold sample, split into numbered paragraphs as CONVENTIONS.md describes.

Usage: reuters-sample.py [DATA_DIR]   (default ../shared/data/reuters-21578)
"""
import glob, html, json, os, re, sys

data = sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "data", "reuters-21578")
stories = []
for path in sorted(glob.glob(os.path.join(data, "reut2-*.json"))):
    with open(path, encoding="utf-8") as f:
        stories.extend(json.load(f))
for s in sorted(stories, key=lambda s: int(s["attrs"]["newid"])):
    newid = int(s["attrs"]["newid"])
    body = s.get("body") or ""
    if newid % 487 != 0 or not body.strip():
        continue
    body = re.sub(r"\s*&#3;\s*$", "", body)
    parts = re.split(r"\n(?=[ \t])", body)
    paragraphs = []
    for p in parts:
        text = html.unescape(re.sub(r"\s+", " ", p).strip())
        if not text or re.fullmatch(r"(?i)reuters?", text):
            continue
        paragraphs.append(text)
    print(f"=== reuters/{newid}  title: {html.unescape(s.get('title') or '')}  dateline: {s.get('dateline') or ''}")
    for i, p in enumerate(paragraphs, 1):
        print(f"[{i}] {p}")
    print()
