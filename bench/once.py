#!/usr/bin/env python3
"""Every named query once per engine, from the answer checks of a results file of `tdkg bench`.

The timed passes of the harness are bounded in time; at large sizes, where one query can take seconds,
they sample only part of the mix. The answer check runs every query once on every engine, so its times
cover the whole mix: this prints them as a Markdown table per size (median and 90th percentile over the
queries answered, how many answered, how many failed or timed out).
usage: bench/once.py target-bench/bench/results.json
"""
import json
import statistics
import sys


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p * len(v)))] if v else float("nan")


def main(path):
    r = json.load(open(path))
    print("| size | engine | answered | failed or timed out | median (ms) | p90 (ms) | max (ms) | under 50 ms |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for size in sorted(r["sizes"], key=int):
        s = r["sizes"][size]
        for kind in ("http", "inproc"):
            for engine, e in s.get(kind, {}).items():
                c = e.get("check")
                if not c:
                    continue
                ok = [c["firstMillis"][q] for q in c.get("rows", {}) if q in c.get("firstMillis", {})]
                if not ok:
                    continue
                fast = sum(1 for x in ok if x < 50)
                print(f"| x{size} | {engine} | {len(ok)} | {len(c.get('errors', {}))} | {statistics.median(ok):.1f} "
                      f"| {pct(ok, 0.9):.0f} | {max(ok):.0f} | {fast} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target-bench/bench/results.json")
