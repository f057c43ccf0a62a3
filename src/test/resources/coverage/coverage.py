#!/usr/bin/env python3
"""Interim curator's check (until `tdkg coverage` lands): quotes verbatim + coverage per the spec.
usage: python3 /work/spec/coverage.py data/reports/<slug>.yaml [--list]"""
import sys, re, yaml, os

def letters(s): return sum(1 for c in s if c.isalpha() or c.isdigit())

def sentences(text):
    out, start = [], 0
    for i, ch in enumerate(text + "\n"):
        if ch in "。！？\n" or i == len(text):
            end = i + (1 if ch in "。！？" else 0)
            seg = text[start:end]
            lead = len(seg) - len(seg.lstrip())
            s, e = start + lead, start + len(seg.rstrip())
            if e > s and letters(text[s:e]) >= 6:
                out.append((s, e))
            start = i + 1
    return out

explicit_occ = {}
def quotes(node, path, kind, acc):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "quote":
                qs = v if isinstance(v, list) else [v]
                for q in qs:
                    q = str(q)
                    if "occurrence" in node:
                        explicit_occ[id(q)] = True
                    acc.append((q, node.get("occurrence", 1), path, kind, node.get("report"), node.get("reason")))
            else:
                quotes(v, path + "." + str(k), kind, acc)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            quotes(v, path + "[%d]" % i, kind, acc)

def main():
    f = sys.argv[1]; listing = "--list" in sys.argv
    doc = yaml.safe_load(open(f, encoding="utf-8"))
    d = os.path.dirname(f)
    text = open(os.path.join(d, doc["report"]["text"]), encoding="utf-8").read()
    acc = []
    for key, val in doc.items():
        quotes(val, key, key, acc)
    bad = 0; spans = []
    for q, occ, path, kind, rep, reason in acc:
        t = text
        if kind == "disagreements" and rep:
            t = open(os.path.join(d, rep + ".txt"), encoding="utf-8").read()
        if "\n" in q:
            print("QUOTE HAS LINE BREAK", path, repr(q)); bad += 1; continue
        pos, n = -1, 0
        while n < int(occ):
            pos = t.find(q, pos + 1)
            if pos < 0: break
            n += 1
        if pos < 0:
            print("QUOTE NOT FOUND", path, repr(q)); bad += 1; continue
        if t.count(q) > 1 and occ == 1 and not explicit_occ.get(id(q), False):
            print("QUOTE NOT UNIQUE (occurs %d times: lengthen it or add occurrence: N)" % t.count(q), path, repr(q)); bad += 1; continue
        if t is text:
            spans.append((pos, pos + len(q), kind, reason))
    sents = sentences(text)
    marked = {}; cov = {}
    for s, e in sents:
        kinds = set()
        for a, b, kind, reason in spans:
            ov = letters(text[max(a, s):min(b, e)])
            if kind == "no_fact":
                if text[a:b].strip() == text[s:e].strip() or text[a:b].strip() == text[s:e].strip().rstrip("。！？"):
                    marked[(s, e)] = reason
                continue
            if ov >= min(4, letters(text[s:e])):
                kinds.add("statement" if kind == "statements" else "mention" if kind == "mentions" else "structure")
        if kinds:
            cov[(s, e)] = "structure" if "structure" in kinds else ("statement" if "statement" in kinds else "mention")
    heads = [k for k, r in marked.items() if r in ("heading", "table-of-contents")]
    base = [x for x in sents if x not in heads]
    covered = [x for x in base if x in cov]
    weak = [x for x in covered if cov[x] != "structure"]
    other_marked = [x for x in base if x in marked and x not in cov]
    none = [x for x in base if x not in cov and x not in marked]
    print(f"{f}: sentences {len(sents)}, heading/toc {len(heads)}, covered {len(covered)}/{len(base)} = "
          f"{len(covered)/max(1,len(base)):.2f} (weak {len(weak)} = {len(weak)/max(1,len(covered)):.2f}), "
          f"other marked {len(other_marked)}, uncovered {len(none)}, bad quotes {bad}")
    if listing:
        for s, e in none:
            print(f"  UNCOVERED {s}-{e}: {text[s:e]}")
    sys.exit(1 if bad else 0)

main()
