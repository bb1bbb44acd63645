"""Deterministic fuzz inputs for repair + parse: mutations of invented meeting documents.

``inputs(n, seed)`` yields ``n`` texts. Each starts from a meeting document assembled from
invented parts (bodies, people, items, decisions; no seed, devset or real text) and gets one to
three mutations: line edits, inserted odd characters (NUL, U+2028, NEL, VT, superscript and
Arabic-Indic digits, random code points), truncation, repeated headers and headings, flattened
lines, long tokens, odd dates, crossover, case and digit changes, deep indents, blank runs,
character flips. A few heavy mutations (about 5 %) make inputs of 10-60 kB.

Used by tests/test_fuzz.py (a bounded run in CI) and bench/hostile.py (timings).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

BODIES = ("Arbetsgruppen för cykelvägar", "Styrgruppen för skolskjuts", "Referensgruppen för äldreomsorg",
          "Kommunstyrelsens arbetsutskott", "Nätverket för energirådgivning", "Beredningen för kultur")
ORGS = ("Fjällby kommun", "Norrvik kommun", "Sjöstads kommunförbund", "Region Västmark", "Åsbro kommun")
PEOPLE = ("Mira Holmqvist", "Teodor Lundin", "Saga Nyberg", "Elis Åkerlund", "Vera Östman", "Nils Ek",
          "Ingrid Sandahl", "Omar Lindblad", "Lea Björk-Nordin", "Hugo Fält")
TITLES = ("Mötets öppnande", "Val av justerare", "Godkännande av dagordning", "Budget för nästa år",
          "Ny cykelbana längs ån", "Lokalfrågan", "Rapport från förvaltningen", "Övriga frågor",
          "Nästa möte", "Upphandling av skolskjuts", "Delårsrapport", "Mötets avslutande")
SENTENCES = ("Förvaltningen redovisade läget.", "Gruppen diskuterade frågan.", "Ärendet bordlades.",
             "Beslut: Gruppen beslutar att godkänna förslaget.", "Beslut: Att lägga informationen till handlingarna.",
             "{p} ska ta fram ett underlag till nästa möte.", "Föredragande: {p}", "Bilaga 2, dnr KS 2031/117",
             "Till justerare valdes {p}.", "{p} valdes till sekreterare.", "Yrkande: {p} yrkar bifall.")
ODD = ("\x00", "\u2028", "\u0085", "\x0b", "\x0c", "¹²³", "\u0661\u0662", "\ufeff", "\u202e", "\ufffe", "§", "§§",
       "Beslut:", "Närvarande:", "Till sekreterare valdes", " 1. ", "kl. 25.99", "\t", "\r", "—", "…", "ﬁ", "Ö̈")


def document(rng: random.Random) -> str:
    """One invented meeting document (minutes, agenda or protocol layout)."""
    body, org = rng.choice(BODIES), rng.choice(ORGS)
    people = rng.sample(PEOPLE, rng.randint(2, 6))
    kind = rng.choice(("Minnesanteckningar", "Protokoll", "Kallelse", "Dagordning"))
    head = [kind, f"{body}, {org}" if rng.random() < 0.7 else body,
            f"Datum: 2031-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"Plats: {rng.choice(('Kommunhuset', 'Stadshuset', 'Teams'))}",
            "Närvarande: " + ", ".join(people), ""]
    style = rng.choice(("§ {n} {t}", "{n}. {t}", "{n} {t}", "Punkt {n}: {t}", "KS § {n} {t}"))
    lines = list(head)
    for n, title in enumerate(rng.sample(TITLES, rng.randint(2, 8)), start=rng.choice((1, 1, 1, 12))):
        lines.append(style.format(n=n, t=title))
        lines += [rng.choice(SENTENCES).format(p=rng.choice(people)) for _ in range(rng.randint(0, 4))]
        lines.append("")
    if rng.random() < 0.4:
        lines += ["Vid protokollet", people[-1], "Justeras", people[0]]
    return "\n".join(lines) + "\n"


def _lines(f: Callable[[random.Random, list[str]], list[str]]) -> Callable[[random.Random, str], str]:
    def mutate(rng: random.Random, text: str) -> str:
        lines = text.split("\n")
        return "\n".join(f(rng, lines) if lines else lines)
    return mutate


def _pick(rng: random.Random, lines: list[str]) -> int:
    return rng.randrange(len(lines))


@_lines
def delete_line(rng, lines):
    del lines[_pick(rng, lines)]
    return lines


@_lines
def duplicate_line(rng, lines):
    i = _pick(rng, lines)
    return lines[:i] + [lines[i]] * rng.randint(2, 5) + lines[i:]


@_lines
def swap_lines(rng, lines):
    i, j = _pick(rng, lines), _pick(rng, lines)
    lines[i], lines[j] = lines[j], lines[i]
    return lines


@_lines
def shuffle_block(rng, lines):
    i = _pick(rng, lines)
    block = lines[i:i + 6]
    rng.shuffle(block)
    return lines[:i] + block + lines[i + 6:]


def insert_odd(rng, text):
    for _ in range(rng.randint(1, 5)):
        i = rng.randint(0, len(text))
        odd = rng.choice(ODD) if rng.random() < 0.8 else chr(rng.randint(1, 0x2FFFF))
        text = text[:i] + odd + text[i:]
    return text.encode("utf-8", "replace").decode("utf-8", "replace")


def truncate(rng, text):
    return text[:rng.randint(0, len(text))]


def join_lines(rng, text):
    return text.replace("\n", " ") if rng.random() < 0.5 else text.replace("\n\n", " ")


def odd_dates(rng, text):
    return text.replace("2031-", rng.choice(("2031-13-45 ", "31 februari 2031 ", "0000-", "20311-", "2031/")), 1)


def case_change(rng, text):
    return text.upper() if rng.random() < 0.5 else text.lower()


def crlf(rng, text):
    return text.replace("\n", rng.choice(("\r\n", "\r", "\n\r")))


def digits(rng, text):
    return "".join(str(rng.randint(0, 9)) if c.isdigit() and rng.random() < 0.5 else c for c in text)


@_lines
def indent(rng, lines):
    return [" " * (i % 40) + ln for i, ln in enumerate(lines)]


@_lines
def blank_run(rng, lines):
    i = _pick(rng, lines)
    return lines[:i] + [""] * rng.randint(50, 500) + lines[i:]


def flip_chars(rng, text):
    chars = list(text)
    for _ in range(rng.randint(1, 20)):
        if chars:
            k = rng.randrange(len(chars))
            chars[k] = rng.choice("åäöÅÄÖ§.:-()/ \n0123456789aZ")
    return "".join(chars)


@_lines
def hyphen_ends(rng, lines):
    return [ln + "-" if ln and rng.random() < 0.5 else ln for ln in lines]


LIGHT = (delete_line, duplicate_line, swap_lines, shuffle_block, insert_odd, truncate, join_lines, odd_dates,
         case_change, crlf, digits, indent, blank_run, flip_chars, hyphen_ends)


# --- heavy: 10-60 kB, the shapes of the review's super-linear cases ------------------------------

def repeat_heading(rng, text):
    heading = rng.choice(("§ 1", "§ 1 Budget", "1. Budget", "KS § 3 Lokaler", "Punkt 2"))
    return text + (heading + "\n") * rng.randint(1_000, 4_000)


def repeat_header(rng, text):
    return "\n".join(text.split("\n")[:6]) * rng.randint(200, 1_000) + text


def long_token(rng, text):
    letter = rng.choice("aÅbX")
    token = letter * rng.randint(1_000, 30_000)
    i = rng.randint(0, len(text))
    return text[:i] + token + text[i:]


def capitalised_run(rng, text):
    return text + " ".join(rng.choice(PEOPLE) for _ in range(rng.randint(500, 3_000))) + " valdes till sekreterare\n"


def flattened_repeats(rng, text):
    return " ".join(text.split("\n")) * rng.randint(20, 80)


HEAVY = (repeat_heading, repeat_header, long_token, capitalised_run, flattened_repeats)


def crossover(rng: random.Random, a: str, b: str) -> str:
    return a[:rng.randint(0, len(a))] + b[rng.randint(0, len(b)):]


def inputs(n: int, seed: int = 20311204) -> Iterator[str]:
    """``n`` fuzz inputs, the same for the same ``seed``."""
    rng = random.Random(seed)
    for _ in range(n):
        text = document(rng)
        if rng.random() < 0.1:
            text = crossover(rng, text, document(rng))
        for _ in range(rng.randint(1, 3)):
            text = rng.choice(LIGHT)(rng, text)
        if rng.random() < 0.05:
            text = rng.choice(HEAVY)(rng, text)
        yield text
