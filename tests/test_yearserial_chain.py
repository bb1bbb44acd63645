"""The year-serial contents list's chain of numbers (parse/yearserial._chain) is found in one pass: it must pick
the same run as walking from every number does (the reference below, the first reading of the rule), on runs of
numbers of two years with repeats, gaps and ties."""

import random

from protokoll.parse import yearserial


def _walk_from_every_number(tokens):
    best = []
    for k, first in enumerate(tokens):
        chain = [first]
        for t in tokens[k + 1:]:
            if t.group(1) == chain[-1].group(1) and int(t.group(2)) == int(chain[-1].group(2)) + 1:
                chain.append(t)
        if len(chain) > len(best):
            best = chain
    return best


def test_the_one_pass_chain_is_the_chain_walked_from_every_number():
    rnd = random.Random(28)
    for _ in range(3000):
        run = " ".join(f"{rnd.choice(['2023', '2024'])}-{rnd.randint(1, 6)}" for _ in range(rnd.randint(0, 12)))
        tokens = list(yearserial.SERIAL.finditer(run))
        assert [m.start() for m in yearserial._chain(tokens)] == [m.start() for m in _walk_from_every_number(tokens)], run


def test_a_list_of_rising_numbers_between_titles_is_one_chain():
    run = "Budget 2024-7 Taxor 2024-8 Bilaga 2023-1 Delegation 2024-9 Motion 2024-10"
    assert [m.group() for m in yearserial._chain(list(yearserial.SERIAL.finditer(run)))] == \
        ["2024-7", "2024-8", "2024-9", "2024-10"]
