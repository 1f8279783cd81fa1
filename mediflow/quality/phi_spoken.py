"""Identifiers said aloud and written down in words: dictation drafts, speech-recognition transcripts,
phone read-backs, voicemail-to-text.

A number read digit by digit ("five-three-nine-one-zero-nine-six", "four two nine, five five five,
zero two one five", "triple five"), spelled with letters or the phonetic alphabet ("M R three seven",
"Alpha-Echo-November-one-eight"), a date in words ("April sixth nineteen forty-five", "the twentieth of
April", "oh three twenty-six nineteen forty-one") and an e-mail address said aloud ("ellie underscore smi
at example dot com") are each written the way a form would hold them, left-aligned in the same span and
padded with spaces (``with_spoken_values``): the same length, so every offset holds, and the rules read
"medical record 5391096" and "April 6, 1945" with the cues and shapes they already know. ``widen`` then
gives a finding over a written value the whole spoken span.

A digit run needs four digits at least (a correction's "one nine not nine one" stays words), a date in
words a day and a month (a year alone is no PHI: it is written in digits, so that no rule reads "nineteen
ninety-five" as an age), and a bare "may" or "march" an ordinal day or a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from mediflow.quality.phi_rules import _STREET_SUFFIX
from mediflow.quality.phi_types import PhiFinding

__all__ = ["Spoken", "widen", "with_spoken_values"]

_DIGIT = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_NATO = {
    "alpha": "A",
    "alfa": "A",
    "bravo": "B",
    "charlie": "C",
    "delta": "D",
    "echo": "E",
    "foxtrot": "F",
    "golf": "G",
    "hotel": "H",
    "india": "I",
    "juliet": "J",
    "juliett": "J",
    "kilo": "K",
    "lima": "L",
    "mike": "M",
    "november": "N",
    "oscar": "O",
    "papa": "P",
    "quebec": "Q",
    "romeo": "R",
    "sierra": "S",
    "tango": "T",
    "uniform": "U",
    "victor": "V",
    "whiskey": "W",
    "whisky": "W",
    "x-ray": "X",
    "xray": "X",
    "yankee": "Y",
    "zulu": "Z",
}
_REPEAT = {"double": 2, "triple": 3}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_UNITS = {w: int(d) for w, d in _DIGIT.items() if w not in ("zero", "oh")}
_ORD_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
}
_ORD_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_ORD_TENS = {"twentieth": 20, "thirtieth": 30}
_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# --- a run of digits and letters -------------------------------------------------------------------
_SYMBOL = rf"(?:(?i:{_alt([*_DIGIT, *_NATO, *_REPEAT])})|[A-Z])"
_SEP = r"(?:[ \t]*(?:,|\.\.\.|[\-–])[ \t]*|[ \t]+)"
# (at most 40 symbols: a longer run is read as several, each bounded)
_RUN = re.compile(rf"(?<![\w'’\-]){_SYMBOL}(?:{_SEP}{_SYMBOL}){{3,39}}(?![\w'’])")
_RUN_PART = re.compile(rf"({_SYMBOL})({_SEP})?")
_GROUP_BREAK = re.compile(r",|\.\.\.|[ \t][\-–]|[\-–][ \t]")

# --- a date in words -------------------------------------------------------------------------------
_UNIT = _alt(_UNITS)
_TWO_DIGITS = rf"(?:(?:{_alt(_TENS)})(?:[ \-](?:{_UNIT}))?|{_alt(_TEENS)}|oh[ \-](?:{_UNIT}))"
_YEAR = rf"(?:(?:nineteen|twenty)[ \-](?:{_TWO_DIGITS}|hundred)|two[ \-]thousand(?:[ \-]and)?(?:[ \-](?:{_TWO_DIGITS}|{_UNIT}))?)"
_DAY_ORDINAL = rf"(?:(?:twenty|thirty)[ \-](?:{_alt(_ORD_UNITS)})|{_alt(_ORD_TENS)}|{_alt(_ORD_TEENS)}|{_alt(_ORD_UNITS)})"
_DAY_CARDINAL = rf"(?:twenty[ \-](?:{_UNIT})|thirty[ \-]one|twenty|thirty|{_alt(_TEENS)}|{_UNIT})"
_MONTH = _alt(_MONTHS)
_NUM_MONTH = rf"(?:oh[ \-](?:{_UNIT})|ten|eleven|twelve|{_UNIT})"
_DATE = re.compile(
    r"(?i)(?<![\w'’\-])(?:"
    # "April sixth nineteen forty-five", "january twenty-four twenty thirteen", "February twenty-sixth"
    rf"(?P<month>{_MONTH})[ \t]+(?:the[ \t]+)?(?P<day>{_DAY_ORDINAL}|{_DAY_CARDINAL})(?![\w\-])"
    rf"(?:,?[ \t]+(?P<year>{_YEAR}))?"
    # "the twentieth of April nineteen forty-five", "twenty-third of June"
    rf"|(?:the[ \t]+)?(?P<oday>{_DAY_ORDINAL})[ \t]+of[ \t]+(?P<omonth>{_MONTH})(?:,?[ \t]+(?P<oyear>{_YEAR}))?"
    # "oh three twenty-six nineteen forty-one", "eleven twenty-seven nineteen ninety-two", "oh nine twenty"
    rf"|(?P<nmonth>{_NUM_MONTH})[ \t]+(?P<nday>{_DAY_CARDINAL}|oh[ \-](?:{_UNIT}))(?:[ \t]+(?P<nyear>{_YEAR}))?"
    r")(?![\w'’\-])"
)

# a house number said in pairs or digits before its street ("ninety-six fifty-one W. Kessler Lane", "seven
# sixty-nine E. Cedar Way", "seventy-three oh seven Beacon Dr", "one six three Bayview Ct")
_HOUSE_PART = rf"(?:{_TWO_DIGITS}|{_UNIT}|zero)"
_STREET_AHEAD = (
    r"(?=[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West|NE|NW|SE|SW)[ \t]+)?(?:[A-Z][A-Za-z'’\-]+[ \t]+){1,3}"
    rf"{_STREET_SUFFIX}\b)"
)
_HOUSE = re.compile(
    rf"(?i:(?<![\w'’\-]){_HOUSE_PART}(?:[ \-]+(?:{_HOUSE_PART})){{0,3}})(?![\w'’\-]){_STREET_AHEAD}"
)
_HOUSE_TOKEN = re.compile(rf"(?i:{_HOUSE_PART})")

# a year alone ("in nineteen ninety-five"): no PHI, but written as one so that no rule reads its "ninety-five"
# as an age
_YEAR_ALONE = re.compile(rf"(?i)(?<![\w'’\-])(?:{_YEAR})(?![\w'’\-])")

# --- an e-mail address said aloud --------------------------------------------------------------------
_SPOKEN_EMAIL = re.compile(
    # (each chain bounded: an unbounded one is tried again from every word of a long "a dot b dot ..." line)
    r"(?<![\w@.\-])(?P<local>[a-z][\w.]*(?:[ \t]+(?:underscore|dot|dash|hyphen)[ \t]+[\w]+){0,4})"
    r"[ \t]+at[ \t]+(?P<domain>[a-z][\w\-]*(?:[ \t]+dot[ \t]+[a-z][\w\-]*){0,3}[ \t]+dot[ \t]+"
    r"(?:com|org|net|edu|gov|test|us|io|info))(?![\w\-])",
    re.IGNORECASE,
)
_SPOKEN_MARK = {"underscore": "_", "dot": ".", "dash": "-", "hyphen": "-"}

# Cheap guards on the lower-cased text (substring tests, no regex pass): a text that holds none of a reader's
# words is not read by it. Most notes hold no number in words at all.
# Each word is looked for at a word's start (after a blank or a punctuation mark: "one" in "prednisone" is none).
_DIGIT_WORDS = tuple(f" {w}" for w in _DIGIT)
_NUMBER_WORDS = tuple(f" {w}" for w in (*_TEENS, *_TENS))
_ORDINAL_WORDS = tuple(f" {w}" for w in (*_ORD_UNITS, *_ORD_TEENS, *_ORD_TENS))
_DATE_CUES = (*(f" {m}" for m in _MONTHS), " oh ", *_ORDINAL_WORDS)
_YEAR_WORDS = (" nineteen", " twenty", " thousand")
_BLANKS = str.maketrans(
    dict.fromkeys(
        "".join(c for c in map(chr, range(33, 127)) if not c.isalnum()) + "\t\n\r\u00a0\u2009\u202f–—“”‘’",
        " ",
    )
)


class Spoken(NamedTuple):
    """A spoken value: ``text[start:end]`` was said, ``written`` is how a form holds it (at ``start``)."""

    start: int
    end: int
    written: str


def _number(words: str) -> int:
    """The value of "twenty-four", "seventeen", "oh six", "twenty-first", "nine"."""
    total = 0
    for word in re.split(r"[ \-]+", words.lower()):
        if word in ("oh", "and"):
            continue
        for table in (_UNITS, _TEENS, _TENS, _ORD_UNITS, _ORD_TEENS, _ORD_TENS):
            if word in table:
                total += table[word]
                break
    return total


def _year(words: str) -> int:
    parts = re.split(r"[ \-]+", words.lower())
    if parts[0] == "two":  # "two thousand and four"
        return 2000 + _number(" ".join(parts[2:]))
    century = 1900 if parts[0] == "nineteen" else 2000
    rest = " ".join(parts[1:])
    return century if rest == "hundred" else century + _number(rest)


# The phonetic alphabet's words that are also given names.
_NATO_NAMES = frozenset(
    ["charlie", "juliet", "juliett", "mike", "oscar", "romeo", "victor", "sierra", "india"]
)


def _after_lone_name(match: re.Match[str]) -> int:
    """Where a run starts once a lone phonetic-alphabet word that is also a given name is left out of it:
    "Victor five five five ..." and "Son Oscar, four one five ..." name a person; "Victor Charlie November
    four ...", "X-ray, nine, eight ..." and a single letter ("E-seven-seven ...") spell a code."""
    parts = list(_RUN_PART.finditer(match.group()))
    first, second = parts[0].group(1).lower(), parts[1].group(1).lower()
    if first in _NATO_NAMES and second not in _NATO and len(parts[1].group(1)) > 1:
        return match.start() + parts[1].start()
    return match.start()


def _run_value(run: str) -> str | None:
    """ "four two nine, five five five, zero two one five" -> "429-555-0215"; None below four digits."""
    groups: list[str] = [""]
    repeat = 1
    for match in _RUN_PART.finditer(run):
        word, sep = match.group(1), match.group(2) or ""
        low = word.lower()
        if low in _REPEAT:
            repeat = _REPEAT[low]
            continue
        symbol = _DIGIT.get(low) or _NATO.get(low) or (word if len(word) == 1 else "")
        groups[-1] += symbol * repeat
        repeat = 1
        if _GROUP_BREAK.search(sep):
            groups.append("")
    groups = [g for g in groups if g]
    if sum(c.isdigit() for g in groups for c in g) < 4:
        return None
    if all(len(g) == 1 for g in groups):  # "zero, zero, zero, two, ...": one digit at a time
        return "".join(groups)
    return "-".join(groups)


def _house_value(words: str) -> str:
    """ "ninety-six fifty-one" -> "9651", "seventy-three oh seven" -> "7307", "one six three" -> "163"."""
    out = ""
    for part in _HOUSE_TOKEN.findall(words):
        low = part.lower()
        if low in _DIGIT:
            out += _DIGIT[low]
        elif low.startswith("oh"):
            out += f"0{_number(low)}"
        else:
            out += f"{_number(low):02d}"
    return out


_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# "at oh nine thirty", "@ oh six fifteen": a time said aloud, not a date
_AT_BEFORE = re.compile(r"(?i:\bat|@)[ \t]*$")


# "two thirty", "seven fifteen", "eleven forty-five", "nine oh five": an hour and its minutes
_TIME_WORDS = re.compile(
    rf"(?i:{_UNIT}|ten|eleven|twelve)[ \-]+(?:oh[ \-](?:{_UNIT})|fifteen|thirty|forty[ \-]five|(?:twenty|thirty|forty|fifty)(?:[ \-](?:{_UNIT}))?|ten|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen)"
)


def _a_time(match: re.Match[str], text: str) -> bool:
    """A house number that reads as a time after "at" ("at two thirty Tuesday Dr", "at seven thirty Main Street
    entrance"): left alone (an address written so is lost; a time read as an address is worse)."""
    return _TIME_WORDS.fullmatch(match.group()) is not None and bool(
        _AT_BEFORE.search(text, max(0, match.start() - 8), match.start())
    )


def _date_value(match: re.Match[str], text: str) -> str | None:
    if match.group("month"):
        month, day, year = match.group("month"), match.group("day"), match.group("year")
        ordinal = re.search(r"(?:st|nd|rd|th)$", day.lower()) is not None
        verb = month.lower() in ("may", "march")
        if verb and year is None and (not ordinal or month.islower()):
            return None  # "may twenty", "march one", "she may first try": a verb as likely as a month
        number = _MONTHS.index(month.lower()) + 1
        if _number(day) > _DAYS_IN[number - 1]:
            return None
        value = f"{month.capitalize()} {_number(day)}"
        return f"{value}, {_year(year)}" if year else value
    if match.group("omonth"):
        month, day, year = match.group("omonth"), match.group("oday"), match.group("oyear")
        if _number(day) > _DAYS_IN[_MONTHS.index(month.lower())]:
            return None
        value = f"{_number(day)} {month.capitalize()}"
        return f"{value} {_year(year)}" if year else value
    month_words, day_words, year = match.group("nmonth"), match.group("nday"), match.group("nyear")
    if year is None and (
        not month_words.lower().startswith("oh")
        or _AT_BEFORE.search(text, max(0, match.start() - 8), match.start())
    ):
        return None  # "one twenty" is a blood pressure, "at oh nine thirty" a time; "oh nine twenty" a date
    month, day = _number(month_words), _number(day_words)
    if not (1 <= month <= 12 and 1 <= day <= _DAYS_IN[month - 1]):
        return None
    return f"{month:02d}/{day:02d}/{_year(year)}" if year else f"{month:02d}/{day:02d}"


def spoken_values(text: str) -> list[Spoken]:
    """The spoken values of ``text``, in order, never overlapping (where two overlap, the one that starts first,
    then the longer: a date over its year)."""
    found: list[Spoken] = []
    low = " " + text.lower().translate(_BLANKS)
    digit_words = sum(low.count(w) for w in _DIGIT_WORDS)
    number_words = any(w in low for w in _NUMBER_WORDS)
    numbers = digit_words > 0 or number_words
    # a date in words has its day in words (a number's or an ordinal's word) and a month's word, "oh" or a year
    if (numbers or any(w in low for w in _ORDINAL_WORDS)) and (
        any(w in low for w in _DATE_CUES) or any(w in low for w in _YEAR_WORDS)
    ):
        for match in _DATE.finditer(text):
            value = _date_value(match, text)
            if value is not None and len(value) <= match.end() - match.start():
                found.append(Spoken(match.start(), match.end(), value))
    if digit_words >= 2 or number_words:  # a house number said aloud
        for match in _HOUSE.finditer(text):
            house = _house_value(match.group())
            if len(house) >= 2 and not _a_time(match, text):  # "one Main Street" may be a bus's
                found.append(Spoken(match.start(), match.end(), house))
    if any(w in low for w in _YEAR_WORDS):
        for match in _YEAR_ALONE.finditer(text):
            found.append(Spoken(match.start(), match.end(), str(_year(match.group()))))
    if " at " in low and " dot " in low:
        for match in _SPOKEN_EMAIL.finditer(text):
            local = re.sub(
                r"[ \t]+(underscore|dot|dash|hyphen)[ \t]+",
                lambda m: _SPOKEN_MARK[m.group(1).lower()],
                match.group("local"),
                flags=re.IGNORECASE,
            )
            domain = re.sub(r"(?i)[ \t]+dot[ \t]+", ".", match.group("domain"))
            found.append(Spoken(match.start(), match.end(), f"{local}@{domain}"))
    if digit_words >= 2:  # four digits said aloud take two digit words at least ("double oh double five")
        for match in _RUN.finditer(text):
            start = _after_lone_name(match)
            value = _run_value(text[start : match.end()])
            if value is not None:
                found.append(Spoken(start, match.end(), value))
    if len(found) < 2:
        return found
    kept: list[Spoken] = []
    for spoken in sorted(found, key=lambda s: (s.start, -(s.end - s.start))):
        if not kept or spoken.start >= kept[-1].end:
            kept.append(spoken)
    return kept


def with_spoken_values(text: str) -> tuple[str, list[Spoken]]:
    """``text`` with each spoken value written as a form holds it, padded to its length, and the values."""
    spoken = spoken_values(text)
    if not spoken:
        return text, spoken
    pieces: list[str] = []
    at = 0
    for value in spoken:
        pieces.append(text[at : value.start])
        pieces.append(value.written.ljust(value.end - value.start))
        at = value.end
    pieces.append(text[at:])
    return "".join(pieces), spoken


def widen(findings: Sequence[PhiFinding], spoken: Sequence[Spoken]) -> list[PhiFinding]:
    """Each finding over a written value, widened to the whole spoken span it was read from (in order,
    never overlapping: of two findings in one value, the first is kept)."""
    if not spoken:
        return list(findings)
    out: list[PhiFinding] = []
    at = 0  # both are in order: the first value that may still end after a finding's start
    for finding in findings:
        while at < len(spoken) and spoken[at].start + len(spoken[at].written) <= finding.start:
            at += 1
        index = at
        while index < len(spoken) and spoken[index].start < finding.end:
            value = spoken[index]
            if finding.start < value.start + len(value.written):
                start, end = min(finding.start, value.start), max(finding.end, value.end)
                finding = replace(finding, start=start, end=end)
            index += 1
        if not out or finding.start >= out[-1].end:
            out.append(finding)
    return out
