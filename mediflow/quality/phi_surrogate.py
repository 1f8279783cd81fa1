"""Surrogates: realistic stand-ins for PHI, consistent within one document.

One ``Surrogator`` per document. The same name maps to the same fake name (token by token, so
"John Smith" and later "Mr. Smith" stay the same person); every date moves by one random offset
of days, so intervals between dates survive and the written format is kept; identifiers keep
their shape (digits for digits, letters for letters); ages over 89 become "90".
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiFinding, PhiType
from mediflow.quality.phi_zip import zip_tail

T = PhiType

FAKE_FIRST = [
    "Alex",
    "Avery",
    "Blair",
    "Casey",
    "Dana",
    "Drew",
    "Eden",
    "Ellis",
    "Emery",
    "Finley",
    "Gray",
    "Harper",
    "Hayden",
    "Jamie",
    "Jordan",
    "Kai",
    "Kendall",
    "Lane",
    "Logan",
    "Marlow",
    "Morgan",
    "Noel",
    "Parker",
    "Quinn",
    "Reese",
    "Riley",
    "Rowan",
    "Sage",
    "Shawn",
    "Skyler",
    "Taylor",
]
FAKE_LAST = [
    "Ashford",
    "Barlow",
    "Calloway",
    "Darrow",
    "Ellery",
    "Fenwick",
    "Galloway",
    "Hartwell",
    "Iverson",
    "Jessup",
    "Kendrick",
    "Lockwood",
    "Merriman",
    "Northcott",
    "Oakley",
    "Pemberton",
    "Quimby",
    "Radcliffe",
    "Stanhope",
    "Thornbury",
    "Underhill",
    "Vance",
    "Whitlock",
    "Yardley",
    "Ainsworth",
    "Blackwood",
    "Carrington",
    "Dunmore",
    "Everly",
    "Fairbanks",
]
FAKE_PLACES = [
    "Brookhaven",
    "Cedar",
    "Falls",
    "Eastwick",
    "Fairmont",
    "Glenwood",
    "Harmony",
    "Ivydale",
    "Juniper",
    "Kingsbridge",
    "Lakemont",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Pinecrest",
    "Riverton",
    "Stonebridge",
    "Thornfield",
    "Willowdale",
]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ABBR = [m[:3] for m in _MONTHS]
_KEEP_PLACE_WORDS = frozenset(
    [
        "Street",
        "Avenue",
        "Ave",
        "Road",
        "Boulevard",
        "Blvd",
        "Drive",
        "Lane",
        "Court",
        "Place",
        "Terrace",
        "Circle",
        "Parkway",
        "Highway",
        "Square",
        "Trail",
        "Way",
        "Suite",
        "Apartment",
        "Apt",
        "Unit",
        "Box",
        "County",
        "Parish",
        "Borough",
        "North",
        "South",
        "East",
        "West",
        "Precinct",
        "Ward",
        "District",
        "Floor",
        "Room",
    ]
)


class Surrogator:
    """Replacement text for findings of one document (call ``replace`` per finding)."""

    def __init__(self, seed: int | None = None) -> None:
        self._rng = random.Random(seed)
        self.shift_days = self._rng.choice([d for d in range(-365, 366) if abs(d) >= 30])
        self._memo: dict[tuple[PhiType, str], str] = {}
        self._tokens: dict[str, str] = {}

    def replace(self, finding: PhiFinding) -> str:
        key = (finding.type, finding.text.strip().lower())
        if key not in self._memo:
            self._memo[key] = _HANDLERS.get(finding.type, Surrogator._shape)(self, finding.text)
        return self._memo[key]

    # --- per type ---------------------------------------------------------------------------------

    def _name(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            token = match.group()
            if len(token.rstrip(".")) == 1:  # an initial
                return token
            low = token.lower()
            if low not in self._tokens:
                pool = FAKE_FIRST if len(self._tokens) % 2 == 0 else FAKE_LAST
                self._tokens[low] = self._rng.choice(pool)
            fake = self._tokens[low]
            return fake.upper() if token.isupper() else fake

        return re.sub(r"[^\W\d_][\w'’\-]*\.?", swap, text)

    def _place(self, text: str) -> str:
        def swap(match: re.Match[str]) -> str:
            token = match.group()
            if (token.isupper() and len(token) == 2) or token in _KEEP_PLACE_WORDS:  # states may stay
                return token
            low = token.lower()
            if low not in self._tokens:
                self._tokens[low] = self._rng.choice(FAKE_PLACES)
            return self._tokens[low]

        tail = zip_tail(text)
        head, zip_code = (text[: tail.start], text[tail.start :]) if tail else (text, "")
        swapped = re.sub(r"\b[A-Z][a-z]{2,}\b|\b[A-Z]{2}\b", swap, head)
        swapped = re.sub(r"\d", lambda _: str(self._rng.randrange(10)), swapped)
        if tail is not None:  # Safe Harbor: the ZIP3 may stay unless its area is small (then 000)
            rest = re.sub(r"\d", lambda _: str(self._rng.randrange(10)), zip_code[3:])
            swapped += tail.kept + rest
        return swapped

    def _shape(self, text: str) -> str:
        """Same shape, other characters: digits for digits, letters for letters, the rest kept."""
        rng = self._rng
        out = []
        for ch in text:
            if ch.isdigit():
                out.append(str(rng.randrange(10)))
            elif ch.isalpha() and ch.isascii():
                letter = chr(ord("A") + rng.randrange(26))
                out.append(letter if ch.isupper() else letter.lower())
            else:
                out.append(ch)
        return "".join(out)

    def _keep_extension(self, text: str) -> str:
        stem, dot, ext = text.rpartition(".")
        return self._shape(stem) + dot + ext if dot and len(ext) <= 4 else self._shape(text)

    def _email(self, text: str) -> str:
        return f"{self._name('x' + str(len(self._memo))).lower()}{self._rng.randrange(10, 99)}@example.org"

    def _url(self, text: str) -> str:
        return f"https://example.org/{self._shape('r' * 8).lower()}"

    def _ip(self, text: str) -> str:
        if ":" in text:
            return f"2001:db8::{self._rng.randrange(1, 0xFFFF):x}"
        return f"192.0.2.{self._rng.randrange(1, 255)}"  # TEST-NET-1, never a real host

    def _age(self, text: str) -> str:
        return "90s" if text.rstrip("'s").endswith("0") and "s" in text else "90"

    def _date(self, text: str) -> str:
        shifted = shift_date(text, self.shift_days)
        return shifted if shifted is not None else "[DATE]"


_HANDLERS: dict[PhiType, Callable[[Surrogator, str], str]] = {
    T.NAME: Surrogator._name,
    T.LOCATION: Surrogator._place,
    T.DATE: Surrogator._date,
    T.AGE: Surrogator._age,
    T.EMAIL: Surrogator._email,
    T.URL: Surrogator._url,
    T.IP_ADDRESS: Surrogator._ip,
    T.PHOTO: Surrogator._keep_extension,
}


# --- dates ---------------------------------------------------------------------------------------

_MONTH_INDEX = (
    {m.lower(): i + 1 for i, m in enumerate(_MONTHS)}
    | {a.lower(): i + 1 for i, a in enumerate(_ABBR)}
    | {"sept": 9}
)
_NAME_RE = r"(?P<mon>[A-Za-z]+)\.?"
_DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("ymd", r"^(?P<y>\d{4})(?P<s>[/\-.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})$"),
        ("ymd8", r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$"),
        ("dotted", r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"),
        ("mdy", r"^(?P<m>\d{1,2})(?P<s>[/\-])(?P<d>\d{1,2})(?P=s)(?P<y>\d{2}|\d{4})$"),
        ("md", r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})$"),
        ("my", r"^(?P<m>\d{1,2})/(?P<y>\d{4})$"),
        (
            "mon_d_y",
            rf"^{_NAME_RE}[ \t]+(?P<the>the[ \t]+)?(?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)?(?:(?P<c>,?)[ \t]+(?P<y>\d{{4}}))?$",
        ),
        ("mon-d-y", rf"^{_NAME_RE}(?P<s>[\-/])(?P<d>\d{{1,2}})(?P=s)(?P<y>\d{{2}}|\d{{4}})$"),
        ("d-mon", rf"^(?P<d>\d{{1,2}})-{_NAME_RE}$"),
        ("mon-d", rf"^{_NAME_RE}-(?P<d>\d{{1,2}})$"),
        (
            "d_mon_y",
            rf"^(?P<d>\d{{1,2}})(?P<o>st|nd|rd|th)?[ \t]+(?P<of>of[ \t]+)?{_NAME_RE},?(?:[ \t]+(?P<y>\d{{4}}))?$",
        ),
        ("d-mon-y", rf"^(?P<d>\d{{1,2}})-[ \t]?{_NAME_RE}-[ \t]?(?P<y>\d{{2}}|\d{{4}})$"),
        ("dmony", r"^(?P<d>\d{1,2})(?P<mon>[A-Za-z]{3})(?P<y>\d{4})$"),
        ("mon_y", rf"^{_NAME_RE},?[ \t]+(?P<y>\d{{4}})$"),
        ("mon", r"^(?P<mon>[A-Za-z]+)$"),
    )
)


def _month_name(original: str, month: int) -> str:
    name = _MONTHS[month - 1]
    if len(original) <= 4 and original.lower() != "june" and original.lower() != "july":
        name = "Sept" if original.lower() == "sept" and month == 9 else name[:3]
    return name.upper() if original.isupper() else name


def shift_date(text: str, days: int) -> str | None:
    """``text`` (a date in one of the formats we detect) moved by ``days``, in the same format."""
    raw = text.strip()
    for kind, pattern in _DATE_FORMS:
        m = pattern.match(raw)
        if m is None:
            continue
        g = m.groupdict()
        mon = g.get("mon")
        month = _MONTH_INDEX.get(mon.lower()) if mon else int(g["m"]) if g.get("m") else None
        if month is None:
            return None
        year_text = g.get("y")
        year = (
            2000
            if not year_text
            else int(year_text)
            + (1900 if len(year_text) == 2 and int(year_text) > 30 else 2000 if len(year_text) == 2 else 0)
        )
        day = int(g["d"]) if g.get("d") else 15
        if kind == "mdy" and month > 12:  # day first: 25/03/2024
            month, day = day, month
            kind = "dmy"
        try:
            moved = date(year, month, day) + timedelta(days=days)
        except ValueError:
            return None
        return _render(kind, m, moved, mon, year_text)
    return None


# How each form writes a moved date. Numbers keep the original's zero padding (``mm``, ``dd``; ``dm``
# and ``md`` for a day-first date: the day padded like the first field); ``year`` keeps its width,
# ``yyyy`` is four digits; ``month`` is the original's month name style, ``name`` adds its full stop.
_LAYOUTS = {
    "ymd": "{year}{sep}{mm}{sep}{dd}",
    "ymd8": "{yyyy}{mm2}{dd2}",
    "dotted": "{dd}.{mm}.{year}",
    "mdy": "{mm}{sep}{dd}{sep}{year}",
    "dmy": "{dm}{sep}{md}{sep}{year}",
    "md": "{mm}/{dd}",
    "my": "{mm}/{yyyy}",
    "mon_d_y": "{name} {the}{day}{th}{comma}{opt_year}",
    "mon-d-y": "{month}{sep}{dd}{sep}{year}",
    "d-mon": "{dd}-{name}",
    "mon-d": "{name}-{dd}",
    "d_mon_y": "{day}{th} {of}{name}{opt_year}",
    "d-mon-y": "{dd}-{month}-{year}",
    "dmony": "{dd}{month}{yyyy}",
    "mon_y": "{name} {year}",
    "mon": "{month}",
}


def _render(kind: str, m: re.Match[str], d: date, mon: str | None, year_text: str | None) -> str:
    g = m.groupdict()

    def num(value: int, like: str | None) -> str:
        return f"{value:02d}" if like and len(like) == 2 else str(value)

    year = f"{d.year % 100:02d}" if year_text and len(year_text) == 2 else str(d.year)
    parts: dict[str, str] = {
        "year": year,
        "yyyy": str(d.year),
        "opt_year": f" {year}" if year_text else "",
        "sep": g.get("s") or "/",
        "mm": num(d.month, g.get("m")),
        "dd": num(d.day, g.get("d")),
        "dm": num(d.day, g.get("m")),
        "md": num(d.month, g.get("d")),
        "mm2": f"{d.month:02d}",
        "dd2": f"{d.day:02d}",
        "day": str(d.day),
        "th": _ordinal(d.day) if g.get("o") else "",
        "the": g.get("the") or "",
        "of": g.get("of") or "",
        "comma": g.get("c") or "",
    }
    if mon is not None:
        parts["month"] = _month_name(mon, d.month)
        parts["name"] = parts["month"] + ("." if m.group(0).startswith(mon + ".") else "")
    return _LAYOUTS[kind].format(**parts)


def _ordinal(day: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
