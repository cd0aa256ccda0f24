#!/usr/bin/env python3
"""Writes the inputs of bench/hostile: the benchmark pages copied until the batch is full,
and the hostile pages. Usage: hostile-pages.py BENCH_HTML_DIR OUT_DIR PAGES"""
import os
import shutil
import sys

bench_dir, out, total = sys.argv[1], sys.argv[2], int(sys.argv[3])
MB = 1024 * 1024
ARTICLE = ("<p>The council met on Tuesday to vote on the budget for the coming year; the debate "
           "ran for four hours before the members agreed on the cost of the new bridge.</p>")


def page(body, head=""):
    return ("<!doctype html><html><head><title>Hostile page</title>" + head + "</head><body>"
            + ARTICLE + body + ARTICLE + "</body></html>")


def hostile():
    yield "deep-divs", page("<div>" * 100_000 + "deep text" + "</div>" * 100_000)
    yield "deep-unclosed-divs", page("<div>" * 100_000 + "never closed")
    yield "deep-inline", page("<p>" + "<b><i>" * 50_000 + "nested inline" + "</i></b>" * 50_000 + "</p>")
    yield "deep-tables", page("<table><tr><td>" * 20_000 + "cell" + "</td></tr></table>" * 20_000)
    yield "attribute-50mb", page('<div data-blob="' + "a" * (50 * MB) + '">x</div>')
    yield "attribute-9mb", page('<div data-blob="' + "b" * (9 * MB) + '">x</div>')
    yield "attribute-9mb-unclosed", page('<img alt="' + "c" * (9 * MB))
    yield "empty-paragraphs-1m", page("<p></p>" * 1_000_000)
    yield "empty-paragraphs-1m-unclosed", page("<p>" * 1_000_000)
    yield "entities-named", page("<p>" + "&amp;&lt;&gt;&quot;&nbsp;" * 300_000 + "</p>")
    yield "entities-numeric", page("<p>" + "&#x1F600;&#128512;&#0;&#xD800;" * 250_000 + "</p>")
    yield "entities-unterminated", page("<p>" + "&amp" * 1_000_000 + "</p>")
    yield "entities-unknown", page("<p>" + "&notanentityatall;" * 400_000 + "</p>")
    yield "entities-in-attribute", page('<a title="' + "&amp;" * 1_000_000 + '">x</a>')
    ld_array = "[" * 10_000 + "]" * 10_000
    ld_object = '{"@type":"NewsArticle","headline":' * 10_000 + '"x"' + "}" * 10_000
    ld_graph = '{"@graph":' * 10_000 + "[]" + "}" * 10_000
    for name, ld in (("jsonld-arrays-10k", ld_array), ("jsonld-objects-10k", ld_object), ("jsonld-graph-10k", ld_graph)):
        yield name, page("", '<script type="application/ld+json">' + ld + "</script>")
    yield "jsonld-author-lists-10k", page("", '<script type="application/ld+json">{"@type":"NewsArticle","author":'
                                        + "[" * 900 + '"A"' + "]" * 900 + "}</script>")
    yield "long-line-text", ("word " * (2 * MB)).encode()
    yield "quotes-unbalanced", page("<p>" + "\u201c" * 500_000 + "said the mayor</p>")


os.makedirs(out, exist_ok=True)
count = 0
for name, content in hostile():
    data = content.encode("utf-8") if isinstance(content, str) else content
    suffix = ".txt" if name.startswith("long-line-text") else ".html"
    with open(os.path.join(out, "hostile-" + name + suffix), "wb") as f:
        f.write(data)
    count += 1
bench = sorted(f for f in os.listdir(bench_dir) if f.endswith(".html.gz"))
i = 0
while count < total:
    source = bench[i % len(bench)]
    shutil.copyfile(os.path.join(bench_dir, source), os.path.join(out, "bench-%04d-%s" % (i, source)))
    i += 1
    count += 1
print(f"wrote {count} pages: {count - i} hostile, {i} benchmark copies")
