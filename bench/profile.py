"""Sorts the CPU samples of two profiled indexing runs into categories; prints one markdown table.

Usage: python3 profile.py SIZE_MB PASSAGES.collapsed BASELINE.collapsed
Each input line is a stack (frames separated by ';', outermost first) and a sample count, as
async-profiler writes with its 'collapsed' option; one sample is one millisecond of CPU time.
A stack goes to the first category whose test it passes, in the order below.
"""
import sys

# (label, test on the whole stack string); frames are 'package/Class.method' for Java code
CATEGORIES = [
    ("JIT compilation (compiler threads)",
     lambda s: any(k in s for k in ("CompileBroker", "C2Compiler", "Compilation::", "C1_", "Compile::"))),
    ("garbage collection", lambda s: "GC" in s or "G1" in s),
    ("speaker attribution", lambda s: "dev/passages/attribution/" in s),
    ("corpus-wide speaker registry", lambda s: "SpeakerRegistry" in s),
    ("reading files, parsing JSON, splitting paragraphs", lambda s: "dev/passages/corpus/" in s),
    ("building documents: MinHash, acronyms, speaker fields", lambda s: "Schema.documents" in s),
    ("Lucene: analysis (tokenising, filters, stemming)",
     lambda s: "IndexingChain.processDocument" in s
     and ("org/apache/lucene/analysis/" in s or "Filter.incrementToken" in s or "CapitalisedWords" in s)),
    ("Lucene: in-memory postings, stored fields, doc values, norms",
     lambda s: "IndexingChain.processDocument" in s),
    ("Lucene: writing segments (flush)", lambda s: "DocumentsWriterPerThread.flush" in s),
    ("Lucene: merges", lambda s: "Merge" in s),
]
OTHER = "other (start-up, class loading, interpreter, commit)"


def categorise(path):
    totals = {label: 0 for label, _ in CATEGORIES}
    totals[OTHER] = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            stack, _, count = line.rpartition(" ")
            n = int(count)
            for label, test in CATEGORIES:
                if test(stack):
                    totals[label] += n
                    break
            else:
                totals[OTHER] += n
    return totals


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    size, passages_path, baseline_path = sys.argv[1:]
    passages = categorise(passages_path)
    baseline = categorise(baseline_path)
    total_p = sum(passages.values())
    total_b = sum(baseline.values())
    print(f"### Where indexing's CPU goes: {size} MB (CPU samples of one profiled run each, seconds)")
    print()
    print("| category | passages index | plain Lucene, one field | difference |")
    print("|---|---:|---:|---:|")
    for label in [label for label, _ in CATEGORIES] + [OTHER]:
        p, b = passages[label] / 1000, baseline[label] / 1000
        print(f"| {label} | {p:.1f} s | {b:.1f} s | {p - b:+.1f} s |")
    print(f"| **all** | **{total_p / 1000:.1f} s** | **{total_b / 1000:.1f} s** | **{(total_p - total_b) / 1000:+.1f} s** |")
    print()
    # on two busy cores the throughput ratio follows the CPU ratio: 0.8x allows 1.25x the baseline's CPU
    print(f"CPU ratio {total_p / total_b:.2f}× (0.8× throughput allows about 1.25×: "
          f"{1.25 * total_b / 1000:.1f} s for passages here).")


if __name__ == "__main__":
    main()
