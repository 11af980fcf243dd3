"""Numbers as written: digit literals and spelled-out cardinals, with scale words.

``find_numbers`` walks the tokens once.  At each token it tries the cardinal
grammar ("three hundred and twenty-one", "1.5 lakh crore", "2 million"), then
fraction extensions ("and a half", "five eighths", "one-half"), then numbers
that start with a fraction ("a third", "half a million").  The grammar rejects
sequences a writer would not use for one number ("twenty twenty", "one one"), so
those split into separate numbers or into numerator and denominator.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .fractions import fraction_extension, leading_fraction
from .lexicon import (
    ATTACHED_SCALES,
    CASED_SCALES,
    DENOMINATORS,
    ORDINAL_UNITS,
    SCALES,
    SIGN_WORDS,
    SMALL_WORDS,
    TEENS,
    TENS,
    UNICODE_FRACTIONS,
    UNITS,
)
from .tokens import Token, tokenize

_STARTERS = frozenset([*UNITS, *TEENS, *TENS, *SIGN_WORDS, "a", "an", "half", "quarter", "hundred", *SCALES])
"""Words a number can start with; other words are skipped without parsing."""


@dataclass(slots=True)
class Num:
    """A number found in the text, before any unit or currency is attached."""

    start: int
    end: int
    value: float
    first: int
    """Index of the first token (sign included)."""
    stop: int
    """Index after the last token."""
    scale: float = 1.0
    """Multiplier of a trailing scale word ("2 million" → 1e6), for ranges like "1-2 million"."""
    spelled: bool = False
    small: bool = False
    """A lone small word ("three", "minus one"): the gold marks these ``spelled_small``."""
    bare_one: bool = False
    """A lone "one": a figure only when a unit follows ("one mile")."""


@dataclass(slots=True)
class Cardinal:
    """The result of the cardinal grammar: value, token index after it, and how it ended."""

    value: float
    stop: int
    last: str
    last_scale: float
    spelled: bool
    scale: float


def find_numbers(toks: list[Token], i: int = 0) -> list[Num]:
    """All numbers in ``toks`` (from token ``i``), left to right, never overlapping."""
    out: list[Num] = []
    n = len(toks)
    while i < n:
        t = toks[i]
        starts = t.kind == "num" or t.kind == "dash" or (t.kind == "word" and t.low in _STARTERS)
        num = _parse_at(toks, i) if starts else None
        if num is None:
            i += 1
            continue
        out.append(num)
        i = num.stop
    return out


def _parse_at(toks: list[Token], i: int) -> Num | None:
    sign, j = _sign(toks, i)
    card = cardinal(toks, j)
    if card is not None:
        value, stop = fraction_extension(toks, card)
    else:
        lead = leading_fraction(toks, j)
        if lead is None:
            return None
        value, stop = lead
        card = Cardinal(value, stop, "fraction", 1.0, True, 1.0)
    words = [t.low for t in toks[j:stop]]
    small = card.spelled and len(words) == 1 and words[0] in SMALL_WORDS
    num = Num(toks[i].start, toks[stop - 1].end, sign * value, i, stop, card.scale, card.spelled, small)
    num.bare_one = small and sign == 1 and words == ["one"]
    return num


def _sign(toks: list[Token], i: int) -> tuple[int, int]:
    """A leading "minus"/"negative" or a minus sign not glued to a word or number before it."""
    t = toks[i]
    if i + 1 >= len(toks) or not toks[i + 1].joined:
        return 1, i
    nxt = toks[i + 1]
    if t.kind == "word" and t.low in SIGN_WORDS:
        return -1, i + 1
    if t.kind == "dash" and t.text in "-−" and nxt.kind == "num" and nxt.start - t.end <= 1:
        prev = toks[i - 1] if i > 0 else None
        if prev is None or (prev.kind == "other" and prev.text not in ")]") or (not t.glued and prev.kind == "word"):
            return -1, i + 1
    return 1, i


def cardinal(toks: list[Token], i: int, words_only: bool = False) -> Cardinal | None:
    """Longest cardinal starting at token ``i``: digits and/or number words with scales."""
    st = _State()
    j, n = i, len(toks)
    while j < n:
        t = toks[j]
        if j > i and not t.joined:
            break
        step = _step(toks, j, st, words_only)
        if step == 0:
            break
        j += step
        if st.last != "and":
            st.stop = j
    if st.stop == i or st.last_value == "start":
        return None
    scale = st.last_scale if st.last_value == "scale" and st.current == 0 and st.last_scale > 12 else 1.0
    return Cardinal(st.total + st.current, st.stop, st.last_value, st.last_scale, st.spelled, scale)


@dataclass(slots=True)
class _State:
    total: float = 0.0
    current: float = 0.0
    last: str = "start"
    last_value: str = "start"
    """Like ``last`` but never "and": what the last consumed value token was."""
    before_and: str = ""
    last_scale: float = float("inf")
    spelled: bool = True
    stop: int = 0

    def took(self, kind: str) -> None:
        self.last = self.last_value = kind


def _step(toks: list[Token], j: int, st: _State, words_only: bool) -> int:
    """Consume token ``j`` into ``st``; return how many tokens were used (0 = the number ends)."""
    t = toks[j]
    if t.kind == "num":
        return 0 if words_only else _take_literal(toks, j, st)
    if t.kind == "dash":
        return _take_tens_hyphen(toks, j, st) or _take_hyphen_scale(toks, j, st)
    if t.kind != "word":
        return 0
    w = t.low
    if w == "and":
        return _take_and(toks, j, st)
    if w in UNITS and st.last in ("start", "tens", "hundred", "scale", "and"):
        st.current += UNITS[w]
        st.took("unit")
        return 1
    if w in TEENS and st.last in ("start", "hundred", "scale", "and"):
        st.current += TEENS[w]
        st.took("teen")
        return 1
    if w in TENS and st.last in ("start", "hundred", "scale", "and"):
        if _compound_ordinal_at(toks, j) or (st.last in ("hundred", "scale") and _ordinal_after(toks, j)):
            return 0  # "twenty-first", "one hundred thirty-fifths": an ordinal or a denominator
        st.current += TENS[w]
        st.took("tens")
        return 1
    if w in ("a", "an") and st.last == "start" and _scale_word_next(toks, j):
        st.current = 1
        st.took("unit")
        return 1
    if w == "hundred" and st.last in ("unit", "teen", "tens", "lit") and 0 < st.current < 1000:
        st.current *= 100
        st.took("hundred")
        return 1
    scale = SCALES.get(w) or CASED_SCALES.get(t.text if t.text != "B" else "") or _gross(toks, j)
    if scale:
        return _take_scale(st, scale)
    return 0


def _gross(toks: list[Token], j: int) -> float:
    """ "three gross of pencils" is 432; "gross" before anything but "of" is the adjective."""
    if toks[j].low != "gross":
        return 0.0
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return 144.0 if nxt is None or nxt.low == "of" or nxt.kind == "other" else 0.0


def _take_literal(toks: list[Token], j: int, st: _State) -> int:
    t = toks[j]
    if not (st.last == "start" or (st.last == "and" and st.before_and == "hundred")):
        return 0
    st.current += t.value or 0.0
    st.spelled = False
    st.took("lit")
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is not None and nxt.glued and nxt.kind == "word" and nxt.text in ATTACHED_SCALES:
        after = toks[j + 2] if j + 2 < len(toks) else None
        if after is None or not (after.glued and after.kind in ("word", "num", "junk")):
            _take_scale(st, ATTACHED_SCALES[nxt.text])
            return 2
    return 1


def _take_scale(st: _State, scale: float) -> int:
    if st.last in ("unit", "teen", "tens", "hundred", "lit") and scale < st.last_scale:
        st.total += st.current * scale
        st.current = 0.0
    elif st.last == "scale" and scale > st.last_scale and st.current == 0:
        st.total *= scale  # "lakh crore", "thousand crore"
    else:
        return 0
    st.last_scale = scale
    st.took("scale")
    return 1


def _take_and(toks: list[Token], j: int, st: _State) -> int:
    """ "and" joins parts of one number only after hundred or a scale word: "two hundred and six"."""
    if st.last not in ("hundred", "scale") or j + 1 >= len(toks) or not toks[j + 1].joined:
        return 0
    nxt = toks[j + 1]
    ok_word = nxt.kind == "word" and (nxt.low in UNITS or nxt.low in TEENS or nxt.low in TENS)
    ok_lit = nxt.kind == "num" and st.last == "hundred"
    if not (ok_word or ok_lit) or _fraction_word_after(toks, j + 1):
        return 0
    st.before_and = st.last
    st.last = "and"
    return 1


def _take_tens_hyphen(toks: list[Token], j: int, st: _State) -> int:
    """ "twenty-one", "fifty - two": a dash between a tens word and a unit word."""
    if st.last != "tens" or toks[j].text not in "-–" or j + 1 >= len(toks):
        return 0
    nxt = toks[j + 1]
    if nxt.joined and nxt.kind == "word" and nxt.low in UNITS and nxt.low not in ("zero", "nought", "naught"):
        st.current += UNITS[nxt.low]
        st.took("unit")
        return 2
    return 0


def _take_hyphen_scale(toks: list[Token], j: int, st: _State) -> int:
    """ "$1.5-trillion", "Rs 500-crore": a scale hyphened to the number in a compound adjective."""
    if not toks[j].glued or j + 1 >= len(toks) or toks[j].text != "-":
        return 0
    nxt = toks[j + 1]
    if not (nxt.glued and nxt.kind == "word" and nxt.low in SCALES and SCALES[nxt.low] >= 1e3):
        return 0
    return 2 if _take_scale(st, SCALES[nxt.low]) else 0


def _compound_ordinal_at(toks: list[Token], j: int) -> bool:
    """True at "thirty" in "thirty-fifths": a tens word hyphened to an ordinal."""
    if j + 2 >= len(toks) or toks[j + 1].kind != "dash":
        return False
    w = toks[j + 2].low
    return toks[j + 2].kind == "word" and (w in ORDINAL_UNITS or w.rstrip("s") in ORDINAL_UNITS)


def _ordinal_after(toks: list[Token], j: int) -> bool:
    """True at "thirty" in "one hundred thirty fifths": after hundreds, "tens + ordinal" is the denominator."""
    if j + 1 >= len(toks) or not toks[j + 1].joined:
        return False
    w = toks[j + 1].low
    return w.endswith("s") and w[:-1] in ORDINAL_UNITS and w != "seconds"


def _scale_word_next(toks: list[Token], j: int) -> bool:
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and nxt.joined and (nxt.low == "hundred" or nxt.low in SCALES or bool(_gross(toks, j + 1)))


def _fraction_word_after(toks: list[Token], j: int) -> bool:
    """True when the words from ``j`` form "<number> <fraction>" (the "and" is a fraction's)."""
    k = j
    while k < len(toks) and k < j + 4 and toks[k].kind in ("word", "dash") and toks[k].low != "and":
        if toks[k].low in DENOMINATORS:
            return True
        k += 1
    return False


# Finding numbers in a long text without tokenising all of it.
#
# Every number starts at, or a few characters before, a *candidate*: a digit, a Unicode
# fraction, or a number word (units, teens, tens, scales, "hundred", "gross", "minus",
# "negative", fraction words; "a"/"an"/"half" start a number only before one of these).
# Candidates are found with two scans that the regex engine runs at C speed; only windows
# around them are tokenised and parsed.  A window starts and ends at a *sync point*: a
# letter (not "x") then white space then a letter, or between two quote marks or brackets
# (which are always tokens of their own, so a run of them is not tokenised far from a number).
# No token spans a sync point, so the tokens of a window are exactly the tokens of the whole
# text there; the window reaches at least 8 characters before its first candidate (its first
# token is never a number's, so the parser's one-token look-back is never cut) and 24 after
# its last, and is widened while the last number found ends fewer than 4 tokens before the
# window's end.  The parser never looks further than that past a number, so the numbers are
# exactly those of ``find_numbers`` on the whole text (``tests/test_extract_figures_speed.py``
# checks this on mixed text).

_CANDIDATE_WORDS = frozenset(
    w.encode() for w in (*UNITS, *TEENS, *TENS, *SCALES, *DENOMINATORS, "hundred", "gross", *SIGN_WORDS)
)
_DIGITS = re.compile("[\\d" + "".join(UNICODE_FRACTIONS) + "]+")
_LETTERS = bytes(b if chr(b).isascii() and chr(b).isalpha() else 32 for b in range(256)).lower()
"""Byte table: ASCII letters to lower case, everything else to a space (word tokens are ``[A-Za-z]+``)."""
_LONE = "\"'“”‘’«»„‚‹›()[]{}<>"
"""Characters that are always a token of their own: never inside a number, word or dash token."""
_SYNC = re.compile(rf"[A-Za-wyz]\s+(?=[A-Za-z])|[{re.escape(_LONE)}](?=[{re.escape(_LONE)}])")
"""A match ends at a sync point, and the token before it ends one character after the match starts."""
_BACK, _AHEAD, _REACH_BACK, _SPARE_TOKENS = 8, 24, 40, 4


def numbers_in(text: str, letters: bytes | None = None) -> list[Num]:
    """The numbers of ``find_numbers(tokenize(text))``, tokenising only windows around candidates.

    ``letters`` is ``letter_bytes(text)`` when the caller has it already.
    """
    cands = _candidates(text, letter_bytes(text) if letters is None else letters)
    out: list[Num] = []
    n = len(text)
    lo, lo_prev_end = 0, -10  # where the previous window ended, and the end of the token before that
    ci = 0
    while ci < len(cands):
        a, prev_end = _sync_before(text, cands[ci][0] - _BACK, lo, lo_prev_end)
        b, b_prev_end = a, prev_end
        last = cands[ci][1]  # end of the last candidate in the window
        ci += 1
        toks: list[Token] = []
        resume = 0  # tokens before this index are parsed for good
        while True:
            while ci < len(cands) and cands[ci][0] - _BACK < max(b, last + _AHEAD):
                last = max(last, cands[ci][1])
                ci += 1
            if b < n and b < last + _AHEAD:  # tokenise up to the first sync point past the last candidate
                nb, nb_prev_end = _sync_after(text, last + _AHEAD)
                toks += tokenize(text, b, nb, b_prev_end)
                b, b_prev_end = nb, nb_prev_end
                continue
            found = find_numbers(toks, resume)
            final = len(toks) - _SPARE_TOKENS  # a parse ending before this index cannot change with more tokens
            after = len(toks)
            while after and toks[after - 1].start >= last:
                after -= 1
            if b >= n or (after <= final and (not found or found[-1].stop <= final)):
                out.extend(found)
                break
            for num in found:  # keep what is settled, parse the rest again with one more word
                if num.stop > final:
                    resume = num.first
                    break
                out.append(num)
                resume = num.stop
            else:
                resume = max(resume, min(final, after))
            nb, nb_prev_end = _sync_after(text, b + 1)
            toks += tokenize(text, b, nb, b_prev_end)
            b, b_prev_end = nb, nb_prev_end
        lo, lo_prev_end = b, b_prev_end
    return out


def letter_bytes(text: str) -> bytes:
    """``text`` as bytes, one per character, with ASCII letters lower-cased and all else a space, padded by a space.

    Word tokens are ``[A-Za-z]+``, so ``letter_bytes(text).split()`` are the words of ``text`` in lower case, and
    a word found at byte ``i`` starts at character ``i - 1``.
    """
    return b" " + text.encode("ascii", "replace").translate(_LETTERS) + b" "


def words_pattern(words: frozenset[bytes]) -> re.Pattern[bytes]:
    """A pattern finding any of ``words`` as a whole word in ``letter_bytes`` output (match starts at the space)."""
    return _words_pattern(tuple(sorted(words)))


@lru_cache(maxsize=512)
def _words_pattern(words: tuple[bytes, ...]) -> re.Pattern[bytes]:
    return re.compile(b" (?:" + b"|".join(re.escape(w) for w in words) + b")(?= )")


def _candidates(text: str, letters: bytes) -> list[tuple[int, int]]:
    """Spans of digit runs and number words, in order."""
    out = [m.span() for m in _DIGITS.finditer(text)]
    present = _CANDIDATE_WORDS.intersection(letters.split())
    if present:  # only the number words this text has: a short pattern is fast
        words = [(m.start(), m.end() - 1) for m in words_pattern(present).finditer(letters)]
        out = sorted(out + words) if out else words
    return out


def _sync_before(text: str, target: int, lo: int, lo_prev_end: int) -> tuple[int, int]:
    """The last sync point in ``[max(lo, target - _REACH_BACK), target)`` and its ``prev_end``, else ``lo``."""
    best = None
    if target > lo:
        for best in _SYNC.finditer(text, max(lo, target - _REACH_BACK), target):  # noqa: B007 - keep the last
            pass
    if best is None:
        return lo, lo_prev_end
    return best.end(), best.start() + 1


def _sync_after(text: str, target: int) -> tuple[int, int]:
    """The first sync point at or after ``target``, else the end of the text."""
    m = _SYNC.search(text, target) if target < len(text) else None
    if m is None:
        return len(text), -10
    return m.end(), m.start() + 1
