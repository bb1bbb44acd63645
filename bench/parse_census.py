"""Parse alone, counted: where a document's parse goes by step, and how much of its work is done twice.

Three counts over the generated documents (``bench/ingest.py``'s corpus, repaired before the count), each
per document, after a warm-up of ``--warm`` documents:

    python bench/parse_census.py steps      # CPU time of each parse step (thread time around the call)
    python bench/parse_census.py patterns   # regex calls per compile site; those repeated with the same
                                            # pattern, method and arguments in one document, by caller
    python bench/parse_census.py strings    # str.split/strip/casefold/... calls on a text that the same
                                            # method already took in this document, by caller

``steps`` wraps module attributes, so a step is timed where it is called through its module (``assemble``
imports its steps by name: they are wrapped there). ``patterns`` compiles every pattern of the parser through a
counting proxy (slow: its times are not the parser's, its counts are). The figures bound what a structural change
can win: work repeated in one document is the most a per-document table or a shared reading can save.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: the steps timed by ``steps``: (module, attribute) as the caller reaches them
STEPS = [("protokoll.parse.assemble", name) for name in (
    "_segment", "_read_attendance", "read_when", "_read_kind_and_number", "_read_body", "_read_organization",
    "_read_items", "read_item", "next_meeting", "_settle_kind", "_read_officers_late", "_judge", "read_fields",
    "items_end", "add_printed_numbers")] + [("protokoll.parse.itemreader", name) for name in (
        "_title_and_body", "_read_decisions", "_read_assignments", "_presenters_in_text", "item_text",
        "find_attachments", "presenter_text", "heading_presenters")]
STRING_METHODS = {"casefold", "lower", "upper", "split", "rsplit", "splitlines", "strip"}


def _site(frame, skip: str = "") -> str:
    """``file:function`` of a frame (the caller's when the frame's file ends with ``skip``)."""
    if skip and frame.f_code.co_filename.endswith(skip):
        frame = frame.f_back
    return f"{frame.f_code.co_filename.split('protokoll/')[-1]}:{frame.f_code.co_name}"


def steps(docs: list[tuple[str, str]], parse) -> None:
    spent: Counter = Counter()
    calls: Counter = Counter()
    for module, name in STEPS:
        mod = importlib.import_module(module)
        setattr(mod, name, _timed(getattr(mod, name), f"{module.rsplit('.', 1)[-1]}.{name}", spent, calls))
    started = time.thread_time_ns()
    for source, text in docs:
        parse(text, source=source)
    total = time.thread_time_ns() - started
    print(f"{total / len(docs) / 1e6:.3f} ms per document (thread CPU time, the wrappers' cost in it)")
    for key, ns in spent.most_common():
        print(f"{ns / len(docs) / 1e3:8.1f} us/doc {100 * ns / total:5.1f} % "
              f"{calls[key] / len(docs):6.1f} calls/doc  {key}")


def _timed(func, key: str, spent: Counter, calls: Counter):
    def timed(*args, **kwargs):
        started = time.thread_time_ns()
        try:
            return func(*args, **kwargs)
        finally:
            spent[key] += time.thread_time_ns() - started
            calls[key] += 1
    return timed


class _Counted:
    """A compiled pattern that logs each call: (compile site, caller, method, arguments)."""

    METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, rx: re.Pattern, site: str, log: list) -> None:
        self.rx, self.site, self.log = rx, site, log

    def __getattr__(self, name):
        attr = getattr(self.rx, name)
        if name not in self.METHODS:
            return attr

        def counted(*args, **kwargs):
            self.log.append((self.site, _site(sys._getframe(1), "features.py"), id(self.rx), name, args,
                             tuple(kwargs.items())))
            return attr(*args, **kwargs)
        return counted

    def __hash__(self) -> int:
        return hash(self.rx)

    def __eq__(self, other) -> bool:
        return self.rx == getattr(other, "rx", other)


def patterns(docs: list[tuple[str, str]], log: list, parse) -> None:
    by_site: Counter = Counter()
    repeated: Counter = Counter()
    for source, text in docs:
        log.clear()
        parse(text, source=source)
        seen: set = set()
        for site, caller, rx, method, args, kwargs in log:
            by_site[site] += 1
            key = (rx, method, args, kwargs)
            if key in seen:
                repeated[f"{site} <- {caller}"] += 1
            seen.add(key)
    n = len(docs)
    print(f"{sum(by_site.values()) / n:.1f} pattern calls per document; {sum(repeated.values()) / n:.1f} of them "
          "repeat a call made before in the same document (same pattern, method and arguments)")
    print("calls/doc by compile site:")
    for site, count in by_site.most_common(20):
        print(f"{count / n:8.1f}  {site}")
    print("repeated calls/doc by compile site <- caller:")
    for key, count in repeated.most_common(20):
        print(f"{count / n:8.1f}  {key}")


def strings(docs: list[tuple[str, str]], parse) -> None:
    total: Counter = Counter()
    again: Counter = Counter()
    chars: Counter = Counter()
    seen: set = set()

    def watch(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", None) in STRING_METHODS \
                and isinstance(text := getattr(arg, "__self__", None), str):
            total[arg.__name__] += 1
            if (arg.__name__, text) in seen:
                again[f"{arg.__name__} <- {_site(frame)}"] += 1
                chars[arg.__name__] += len(text)
            seen.add((arg.__name__, text))
    for source, text in docs:
        seen.clear()
        sys.setprofile(watch)
        parse(text, source=source)
        sys.setprofile(None)
    n = len(docs)
    print("calls/doc:", ", ".join(f"{k} {v / n:.1f}" for k, v in total.most_common()))
    print(f"on a text the same method took before in the document: {sum(again.values()) / n:.1f} calls/doc, "
          f"{sum(chars.values()) / n:.0f} characters/doc")
    for key, count in again.most_common(20):
        print(f"{count / n:8.1f}  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", choices=("steps", "patterns", "strings"))
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--warm", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    log: list = []
    if args.count == "patterns":  # every pattern the parser compiles at its import is counted
        compile_ = re.compile
        re.compile = lambda p, flags=0: _Counted(compile_(p, flags), _site(sys._getframe(1)).split(":")[0]
                                                 + f":{sys._getframe(1).f_lineno}", log)
    from parse_speed import texts  # (the generated documents, repaired; imports the parser)

    from protokoll.parse import parse_text
    if args.count == "patterns":
        re.compile = compile_
    docs, _ = texts(args.docs + args.warm, args.seed)
    for source, text in docs[args.docs:]:
        parse_text(text, source=source)
    docs = docs[:args.docs]
    if args.count == "steps":
        steps(docs, parse_text)
    elif args.count == "patterns":
        patterns(docs, log, parse_text)
    else:
        strings(docs, parse_text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
