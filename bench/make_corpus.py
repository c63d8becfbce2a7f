#!/usr/bin/env python3
"""Replicates Reuters-21578 (JSON) until the corpus reaches a target size.

    make_corpus.py SRC_DIR OUT_DIR SIZE_MB

Copy k (k = 0, 1, 2, ...) is written as OUT_DIR/json/copyK/reut2-XXX.json: every story's date is
shifted by k years ("26-FEB-1987 15:01:01.79" -> "26-FEB-<1987+k> ...") and its attrs.newid becomes
"k-<newid>", so copies are distinct stories to the indexer. Whole source files are added, in order,
until the JSON written reaches SIZE_MB * 10^6 bytes (the last copy may be partial).

Alongside, OUT_DIR/txt/copyK/reut2-XXX.txt holds the same stories' bodies, as they are in the JSON
(hard-wrapped, SGML entities kept), separated by a blank line: the input of grep / rg.

On success OUT_DIR/stats.json is written (sizes, counts, year range); its presence marks a corpus
as complete and reusable.
"""
import glob
import json
import os
import re
import shutil
import sys

YEAR = re.compile(r"^(\s*\d{1,2}-[A-Za-z]{3}-)(\d{4})")


def shift(date, k):
    if not isinstance(date, str):
        return date
    return YEAR.sub(lambda m: m.group(1) + str(int(m.group(2)) + k), date, count=1)


def main():
    src, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    target = int(size_mb * 1_000_000)
    files = sorted(glob.glob(os.path.join(src, "*.json")))
    if not files:
        sys.exit(f"make_corpus: no *.json files in {src}")
    sources = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            sources.append((os.path.splitext(os.path.basename(f))[0], json.load(fh)))

    tmp = out + ".partial"
    shutil.rmtree(tmp, ignore_errors=True)
    json_bytes = txt_bytes = stories = bodies = nfiles = 0
    k = 0
    done = False
    while not done:
        jdir = os.path.join(tmp, "json", f"copy{k}")
        tdir = os.path.join(tmp, "txt", f"copy{k}")
        os.makedirs(jdir)
        os.makedirs(tdir)
        for name, records in sources:
            copy = []
            texts = []
            for r in records:
                r = dict(r)
                r["date"] = shift(r.get("date"), k)
                attrs = dict(r.get("attrs") or {})
                attrs["newid"] = f"{k}-{attrs.get('newid', '')}"
                r["attrs"] = attrs
                copy.append(r)
                body = r.get("body")
                if isinstance(body, str) and body.strip():
                    texts.append(body)
            data = json.dumps(copy, indent=4, ensure_ascii=False).encode("utf-8")
            text = "\n\n".join(texts).encode("utf-8") + b"\n"
            with open(os.path.join(jdir, name + ".json"), "wb") as fh:
                fh.write(data)
            with open(os.path.join(tdir, name + ".txt"), "wb") as fh:
                fh.write(text)
            json_bytes += len(data)
            txt_bytes += len(text)
            stories += len(copy)
            bodies += len(texts)
            nfiles += 1
            if json_bytes >= target:
                done = True
                break
        if not done:
            k += 1
    stats = {
        "size_mb": size_mb,
        "json_bytes": json_bytes,
        "txt_bytes": txt_bytes,
        "files": nfiles,
        "stories": stories,
        "stories_with_body": bodies,
        "copies": k + 1,
        "first_year": 1987,
        "last_year": 1987 + k,
    }
    with open(os.path.join(tmp, "stats.json"), "w") as fh:
        json.dump(stats, fh, indent=2)
    shutil.rmtree(out, ignore_errors=True)
    os.rename(tmp, out)
    print(json.dumps(stats), file=sys.stderr)


if __name__ == "__main__":
    main()
