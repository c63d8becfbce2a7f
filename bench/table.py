#!/usr/bin/env python3
"""Renders one bench/run result file (key=value lines) as a markdown table on stdout."""
import sys

MB = 1_000_000


def load(path):
    r = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if "=" in line:
                k, v = line.split("=", 1)
                r[k] = v
    return r


def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def secs(x):
    v = num(x)
    if v is None:
        return "n/a"
    return f"{v:.3f} s" if v < 1 else f"{v:.1f} s" if v < 100 else f"{v:.0f} s"


def mb(nbytes):
    return f"{nbytes / MB:,.1f} MB"


def ratio(a, b, digits=2):
    a, b = num(a), num(b)
    if a is None or b is None or b == 0:
        return "n/a"
    return f"{a / b:.{digits}f}×"


def main():
    r = load(sys.argv[1])
    jb, tb = int(r["json_bytes"]), int(r["txt_bytes"])
    paras = int(r["p_paras"])
    b_paras = int(r.get("b_paras") or 0)
    p_wall, b_wall, n_wall = num(r["p_wall"]), num(r["b_wall"]), num(r["n_wall"])

    def tput(wall, n):
        return (jb / MB / wall, n / wall) if wall else (0, 0)

    p_mbs, p_ps = tput(p_wall, paras)
    b_mbs, b_ps = tput(b_wall, b_paras)
    n_mbs, n_ps = tput(n_wall, paras)

    years = r["first_year"] if r["first_year"] == r["last_year"] else f"{r['first_year']}–{r['last_year']}"
    out = []
    out.append(f"### passages benchmark: {r['size_mb']} MB")
    out.append("")
    out.append(
        f"Corpus: {mb(jb)} of JSON in {r['files']} files (Reuters-21578 × {r['copies']} "
        f"cop{'y' if r['copies'] == '1' else 'ies'}, dates {years}), {int(r['bodies']):,} stories with a body, "
        f"{mb(tb)} of body text (the grep/rg copy). {r['cores']} cores, {r['ram_gib']} GiB RAM, {r['java']}; "
        f"{r['jar']}. Load average before the run: {r.get('load', '?')}.")
    out.append("")
    out.append("| measure | passages | reference | passages ÷ reference |")
    out.append("|---|---:|---:|---:|")
    runs = int(r.get("index_runs") or 1)
    rounds = f" (median of {runs} rounds)" if runs > 1 else ""
    out.append(f"| index `--rebuild`: wall time{rounds} | {secs(p_wall)} | {secs(b_wall)} plain Lucene | "
               f"{ratio(p_wall, b_wall)} |")
    out.append(f"| index: MB of JSON/s | {p_mbs:.2f} | {b_mbs:.2f} | **{ratio(p_mbs, b_mbs)}** |")
    out.append(f"| index: paragraphs/s | {p_ps:,.0f} | {b_ps:,.0f} | **{ratio(p_ps, b_ps)}** |")
    if runs > 1:
        pw = [float(x) for x in r["p_walls"].split()]
        bw = [float(x) for x in r["b_walls"].split()]
        each = sorted(b / p for p, b in zip(pw, bw))
        mid = each[len(each) // 2] if len(each) % 2 else (each[len(each) // 2 - 1] + each[len(each) // 2]) / 2
        out.append(f"| index: throughput ratio in each round (passages, plain Lucene wall times) | "
                   + ", ".join(f"{b / p:.2f}× ({p:.1f} s, {b:.1f} s)" for p, b in zip(pw, bw))
                   + f" | | median **{mid:.2f}×** |")
    out.append(f"| index: paragraphs written | {paras:,} | {b_paras:,} | "
               f"{'same' if paras == b_paras else 'DIFFERENT'} |")
    out.append(f"| index: CPU time (user+sys) | {secs(r['p_cpu'])} | {secs(r['b_cpu'])} | {ratio(r['p_cpu'], r['b_cpu'])} |")
    out.append(f"| index: peak RSS | {int(r['p_rss_kb']) / 1024:,.0f} MiB | {int(r['b_rss_kb']) / 1024:,.0f} MiB | "
               f"{ratio(r['p_rss_kb'], r['b_rss_kb'])} |")
    out.append(f"| index `--no-speakers`: wall time | {secs(n_wall)} ({n_mbs:.2f} MB/s, {n_ps:,.0f} paragraphs/s) | "
               f"{secs(b_wall)} plain Lucene | {ratio(n_mbs, b_mbs)} throughput |")
    # reference baselines, when the run has them: key, what it is, what it is compared with, the comparison
    for key, what, reference, against in (
            ("j_wall", "plain Lucene, one field, with the JIT settings `passages index` runs with",
             "with the JVM's defaults", lambda mbs: ""),
            ("f_wall", "plain Lucene, passages' fields without speakers (`BaselineIndexer --fields`)",
             "plain Lucene, one field", lambda mbs: f"{ratio(mbs, b_mbs)} throughput; ")):
        if r.get(key):
            wall = num(r[key])
            mbs, _ = tput(wall, b_paras)
            out.append(f"| {what}: wall time | {secs(wall)} ({mbs:.2f} MB/s) | {secs(b_wall)} {reference} | "
                       f"{against(mbs)}passages with speakers {ratio(p_mbs, mbs)} of it |")
    q_all = r.get("q_all", "").split()
    if q_all:
        warm = f" after {int(r['q_warmup']):,} warm-up queries" if r.get("q_warmup") else ""
        out.append(f"| query latency p50 / p99, {int(q_all[0]):,} mixed queries, one process{warm} | "
                   f"**{q_all[1]} / {q_all[2]} ms** (mean {q_all[3]} ms) | | |")
    for kind, label in (("term", "plain words"), ("phrase", "\"phrase\""),
                        ("speaker", "word + speaker filter"), ("date", "word or phrase + date range")):
        q = r.get(f"q_{kind}", "").split()
        if q and q[0] != "0":
            out.append(f"| &nbsp;&nbsp;{label} ({q[0]} queries, avg {int(q[4]):,} matches) | {q[1]} / {q[2]} ms | | |")
    if r.get("q_speakers"):
        out.append(f"| &nbsp;&nbsp;speakers used | {r['q_speakers']} | | |")
    phrase = r["phrase"]
    out.append(f"| `search '\"{phrase}\"' --limit 10`, end to end, median of runs | {secs(r['s_java'])} "
               f"(`java -jar`; {r['s_total']} passages match) | `rg -i`: {secs(r['s_rg'])} "
               f"({r['s_rg_lines']} lines) | {ratio(r['s_java'], r['s_rg'], 1)} |")
    out.append(f"| | `./passages`, `PASSAGES_DAEMON=0`: {secs(r.get('s_launcher_nd', 'n/a'))} | `grep -ri`: {secs(r['s_grep'])} "
               f"({r['s_grep_lines']} lines) | {ratio(r['s_java'], r['s_grep'], 1)} |")
    out.append(f"| | `./passages`, answered by the query daemon: **{secs(r['s_launcher'])}** | `rg -i`: {secs(r['s_rg'])} "
               f"| {ratio(r['s_launcher'], r['s_rg'])} |")
    pi, ni, bi = int(r["p_index_bytes"]), int(r["n_index_bytes"]), int(r["b_index_bytes"])
    out.append(f"| index size on disk | {mb(pi)} = {pi / jb:.2f}× JSON, {pi / tb:.2f}× body text | "
               f"{mb(bi)} = {bi / jb:.2f}× JSON | {ratio(pi, bi)} |")
    out.append(f"| index size, `--no-speakers` | {mb(ni)} = {ni / jb:.2f}× JSON, {ni / tb:.2f}× body text | | "
               f"{ratio(ni, bi)} |")
    warnings = int(r.get("p_warnings") or 0)
    if r.get("p_rc") not in (None, "0") or warnings:
        out.append("")
        out.append(f"passages index exited {r.get('p_rc')} with {warnings} warning lines (see runs-*/index.err).")
    out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
