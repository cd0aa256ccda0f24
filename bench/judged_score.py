#!/usr/bin/env python3
"""Re-scores newsclean's current quotes against the hand-judged set bench/judged-quotes.jsonl.

judged_score.py JUDGED.jsonl SCRAPINGHUB.jsonl READABILITY.jsonl

Each judged quote is matched to a current prediction on the same page by its text (the quote
scorer's token overlap: shared words over the longer side's words, at least 0.5; best pairs
first, one to one). A judged quote with no match has been dropped. Printed:
  - among the judged quotes still predicted, how many are real, for quotations (direct and
    partial, by the current type) and for reported speech (indirect);
  - how many judged real quotes are no longer predicted (lost) and how many false ones were
    dropped;
  - among real quotes still predicted, how many have the right speaker: a judged quote lists
    the words one of which a right speaker contains (speakerKeys); an empty list means no
    speaker should be given.
Predictions the set never judged (new ones) are counted, not scored."""
import json
import os
import re
import sys
from collections import Counter

WORD = re.compile(r"\w+(?:['’]\w+)*")


def words(text):
    return [w.lower() for w in WORD.findall(text or "")]


def overlap(a, b):
    if not a or not b:
        return 0.0
    shared = sum((Counter(a) & Counter(b)).values())
    return shared / max(len(a), len(b))


def page_id(record, set_name):
    path = record["source"]["file"]
    if set_name == "readability":
        return "readability/" + os.path.basename(os.path.dirname(path))
    return "scrapinghub/" + os.path.basename(path).split(".")[0]


def load_predictions(jsonl, set_name):
    pages = {}
    with open(jsonl, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if "source" in record and "paragraphs" in record:
                pages[page_id(record, set_name)] = record.get("quotes") or []
    return pages


def speaker_right(judged, speaker):
    keys = judged.get("speakerKeys") or []
    if not keys:
        return not speaker
    if not speaker:
        return False
    said = set(re.findall(r"[\w'’.-]+", speaker.lower()))
    return any(k in said or (not k.isascii() and k in speaker) for k in keys)


def main():
    judged = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
    predictions = load_predictions(sys.argv[2], "scrapinghub")
    predictions.update(load_predictions(sys.argv[3], "readability"))
    missing = sorted({j["page"] for j in judged} - set(predictions))
    if missing:
        sys.exit("judged_score.py: no output for %d judged pages, e.g. %s" % (len(missing), missing[0]))
    matches = {}
    matched_predictions = Counter()
    for page in sorted({j["page"] for j in judged}):
        on_page = [i for i, j in enumerate(judged) if j["page"] == page]
        preds = predictions[page]
        pairs = sorted(((overlap(words(judged[i]["text"]), words(p["text"])), i, k)
                        for i in on_page for k, p in enumerate(preds)), key=lambda x: (-x[0], x[1], x[2]))
        used_j, used_p = set(), set()
        for score, i, k in pairs:
            if score < 0.5 or i in used_j or k in used_p:
                continue
            used_j.add(i)
            used_p.add(k)
            matches[i] = preds[k]
        matched_predictions[page] = len(used_p)
    c = Counter()
    for i, j in enumerate(judged):
        pred = matches.get(i)
        if pred is None:
            c["lost_real" if j["real"] else "dropped_false"] += 1
            continue
        group = "indirect" if pred.get("type") == "indirect" else "quotation"
        c[group] += 1
        if j["real"]:
            c[group + "_real"] += 1
            c["real_kept"] += 1
            c["speaker_right"] += 1 if speaker_right(j, pred.get("speaker")) else 0
    judged_pages = {j["page"] for j in judged}
    unjudged = sum(len(predictions[p]) for p in judged_pages) - sum(matched_predictions.values())

    def share(a, b):
        return "%d/%d = %.3f" % (a, b, a / b if b else 0.0)
    print("judged quotes: %d (%d real), on %d pages" % (len(judged), sum(j["real"] for j in judged), len(judged_pages)))
    print("direct+partial still predicted that are real quotes: %s" % share(c["quotation_real"], c["quotation"]))
    print("indirect still predicted that are real reported speech: %s" % share(c["indirect_real"], c["indirect"]))
    print("speaker right on real quotes still predicted: %s" % share(c["speaker_right"], c["real_kept"]))
    print("real quotes lost: %d; false ones dropped: %d" % (c["lost_real"], c["dropped_false"]))
    print("predictions on the judged pages that the set never judged: %d" % unjudged)


if __name__ == "__main__":
    main()
