#!/usr/bin/env python3
"""Helpers for bench/quotes.

split_jsonl.py JSONL DIR   writes each record of newsclean's JSON Lines to DIR/<doc>.json,
                           where <doc> is the name of the input file's parent folder.
split_jsonl.py --summary   reads the quote scorer's JSON on stdin and prints the figures
                           the issue's targets name, one per line."""
import json
import os
import sys


def split(jsonl, out_dir):
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            source = (record.get("source") or {}).get("file")
            if not source or "paragraphs" not in record:
                continue
            doc = os.path.basename(os.path.dirname(source))
            with open(os.path.join(out_dir, doc + ".json"), "w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False)


def summary():
    res = json.load(sys.stdin)
    print("quote P %.4f  R %.4f  F1 %.4f  (gold %d, pred %d)" % (res["P"], res["R"], res["F1"], res["gold"], res["pred"]))
    print("speaker accuracy on matched %s" % res["speaker"]["accuracy"])
    print("quote+speaker P %.4f  R %.4f  F1 %.4f" % (res["e2e"]["P"], res["e2e"]["R"], res["e2e"]["F1"]))
    print("recall by type %s" % json.dumps(res["recall_by_type"]))


if __name__ == "__main__":
    if sys.argv[1:] == ["--summary"]:
        summary()
    else:
        split(sys.argv[1], sys.argv[2])
