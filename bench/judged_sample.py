#!/usr/bin/env python3
"""Draws the quotes of bench/judged-quotes.jsonl from newsclean's output (run once; kept so the
draw can be repeated and extended).

judged_sample.py SCRAPINGHUB.jsonl READABILITY.jsonl > candidates.jsonl
(the outputs bench/judged-quotes writes to bench/out/judged/)

Stratified so that no kind of page or quote dominates: from each page set (the scraped news
pages and the Readability test pages, which are blogs, docs and tech pages as much as news),
45 quotations (direct or partial) and 30 reported-speech (indirect) quotes. Pages are visited
in a shuffled order and give one quote of the kind per visit, so a page with hundreds of
predictions weighs as much as a page with one. Fixed seed."""
import json
import os
import random
import sys

SEED = 17
PER_SET = {"quotation": 45, "indirect": 30}


def page_id(record, set_name):
    path = record["source"]["file"]
    if set_name == "readability":
        return "readability/" + os.path.basename(os.path.dirname(path))
    return "scrapinghub/" + os.path.basename(path).split(".")[0]


def kind(quote):
    return "indirect" if quote.get("type") == "indirect" else "quotation"


def draw(jsonl, set_name, rng):
    pages = []
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("quotes"):
                pages.append(record)
    pages.sort(key=lambda r: page_id(r, set_name))
    picked = []
    for want, count in PER_SET.items():
        pool = {page_id(r, set_name): [q for q in r["quotes"] if kind(q) == want] for r in pages}
        pool = {p: qs for p, qs in pool.items() if qs}
        for qs in pool.values():
            rng.shuffle(qs)
        order = sorted(pool)
        rng.shuffle(order)
        by_page = {page_id(r, set_name): r for r in pages}
        taken = 0
        while taken < count and any(pool.values()):
            for p in order:
                if taken == count:
                    break
                if pool[p]:
                    q = pool[p].pop()
                    picked.append(candidate(by_page[p], p, q))
                    taken += 1
    return picked


def candidate(record, page, quote):
    paragraph = record["paragraphs"][quote["paragraph"]]
    return {"page": page, "language": record.get("language"), "paragraph": quote["paragraph"],
            "context": paragraph, "text": quote["text"], "type": quote.get("type"),
            "speaker": quote.get("speaker"), "cue": quote.get("cue")}


def main():
    rng = random.Random(SEED)
    out = draw(sys.argv[1], "scrapinghub", rng) + draw(sys.argv[2], "readability", rng)
    for c in out:
        print(json.dumps(c, ensure_ascii=False))


if __name__ == "__main__":
    main()
