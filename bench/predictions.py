#!/usr/bin/env python3
"""Turns newsclean JSON Lines into the benchmark's predictions format:
{page id: {"articleBody": paragraphs joined with newlines}}. The page id is the input
file name without its extensions."""
import json
import os
import sys


def page_id(path):
    name = os.path.basename(path)
    for ext in (".gz", ".html", ".htm", ".txt"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return name


def main(jsonl, predictions):
    preds = {}
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            preds[page_id(record["source"]["file"])] = {
                "articleBody": "\n".join(record.get("paragraphs") or [])
            }
    with open(predictions, "w", encoding="utf-8") as out:
        json.dump(preds, out, ensure_ascii=False)


if __name__ == "__main__":
    main(*sys.argv[1:3])
