"""The PHI detection engine: one compiled pattern, read once from left to right.

Every rule is one branch of a single alternation (``ENGINE``); at each position the first branch
that matches wins, so a labelled rule ("MRN: ...", "Dr. ...") listed early beats a bare shape
listed later. A match hands its value to a small handler (trim a name, tell fax from phone,
look a capitalised word up in the name and place dictionaries) and the scan resumes after what
was accepted. Capitalised words with no cue are looked up in sets (``phi_lexicon``), never
matched word by word against a list.

Shapes that are unmistakable alone (formatted phones, emails, URLs, IPs, dates with a day or a
month, streets, ZIP+state) fire without a label; bare numbers (doses, labs, vitals, scores,
codes, years, ages up to 89) match none of the branches, which is what keeps false positives low.
"""

from __future__ import annotations

import re
import re._constants as _sre  # CPython's regex parser: where each rule can start (first_keys)
import re._parser as _sre_parse
import string
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from mediflow.quality import phi_astm, phi_dicom, phi_hl7, phi_markup, phi_mrz, phi_ncpdp, phi_table, phi_x12
from mediflow.quality import phi_lexicon as lex
from mediflow.quality.phi_regex import compile_factored, prefix_guard
from mediflow.quality.phi_table import DMY8, MDY8, YMD8, day_month
from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

# --- building blocks -----------------------------------------------------------------------------

# Blanks around an optional mark are written "[ \t]*(?:[:#][ \t]*)?", never "[ \t]*[:#]?[ \t]*": both match
# the same text and try the same ends first, but the second splits a run of blanks between its two loops in
# every way before it fails, and a fixed-width report pads its columns with dozens of blanks (quadratic
# in the run, and worse where two such idioms follow each other; tests/quality/test_phi_long_lines.py).
# Where what follows can never start with a blank, the blanks are taken whole ("[ \t]*+", "[ \t]++").

# A label is often followed by "#", "No.", "number" or "ID" and then ":", "=", "-" or "is".
# A qualifier in brackets may stand before the colon ("MEMBER ID (CHAMPVA/TRICARE): ..."); a comma after
# the label ("rx sent to pharmacy, 6510788-85") or a wrapped line ("VA claim\n464C29354919") only before a
# code of five digits or more (not "the plan, 2025 goals").
_LABEL_TAIL = (
    # a snake-case key's words after the label, its underscores read as spaces ("mrn_matched="); not a word
    # that names another kind of value ("device_ip=", "member_name=")
    r"(?:(?:[ ](?!(?:ip|addr|address|name|date|dob|phone|tel|fax|email|mail|url|time|type|status|code)\b)"
    r"[a-z]{2,12}){1,2}(?=[ \t]*=))?"
    # a value read out or dictated, its label's verb between ("MRN read by caller:", "MRN dictated", "NPI as
    # given", "MRN pulled MR503507"), before a colon, a quote or a code with a digit
    r"(?:[ \t]+(?:as[ \t]+)?(?:read(?:[ \t]+back)?|dictated|given|stated|pulled|spoken|heard|assigned|issued)(?:[ \t]+by[ \t]+(?:the[ \t]+)?[a-z]+)?"
    # (not a date: "License issued 2019-06", "MRN assigned 03/04/2024")
    r"(?=[ \t]*[:\"“]|[ \t]+(?!(?:19|20)\d\d(?!\d)|\d{1,2}[/.\-]\d{1,2}[/.\-]\d)[A-Za-z\-]*\d))?"
    # a second label after a slash before the colon or the ID's word ("Policy/group:", "Medicaid/CHIP:",
    # "Member/subscriber ID:")
    r"(?:/(?i:[a-z]{2,10})\b(?=[ \t]*(?:[:\#]|(?i:id|no|number)\b)))?"
    # ("ID Number", "ID No.", "ID #": "Enrollee's Plan ID Number:")
    r"(?:[ \t]*(?:\([ \t]*)?(?i:\#|nos?\b\.?|n[°º]\.?|number(?:\(s\)|s\b|\b)|num\b|id\b(?!-[A-Za-z])(?:[ \t]+(?:number\b|no\b\.?|\#))?|identifier\b))?"
    r"(?:[ \t]*\([A-Za-z][A-Za-z/&.\- ]{1,24}\)(?=[ \t]*:))?"
    # a key=value log's or an export's quoted key and value ('mrn="HSP-9324253"', '"member_id": "W5"')
    r"(?:(?<=\w)[\"'](?=[ \t]*[:=]))?"
    # a label in brackets before a dotted leader ("CLM01 (patient control no.) ..... 1E050862220"; a leader of four
    # dots or more is read as a colon, ``phi.with_leaders``)
    r"(?:(?<=[\w.])\)(?=[ \t]*\.{2}|[ \t]{3,}:))?"
    # (not across an empty field: in "EHR||202610180847" the label's field is empty, the number the next one's)
    r"[ \t]*(?:(?!\|\|)[:=|\#\-–.(][ \t]*)*"
    # or after the label and a blank, before a code with a digit (a read-back: 'NPI "2089266590"')
    r"(?:(?<=[=:])[\"']|(?<=[=:][ \t])[\"']|(?<=[\w.][ \t])[\"“](?=[A-Za-z\-]*\d))?"
    r"(?:(?:,[ \t]*|\n[ \t]*)(?=[A-Za-z\-./]*\d(?:[A-Za-z\-./]*\d){4}))?(?:(?i:is|was|of|as)(?:[ \t]+|[ \t]*\n[ \t]*(?=[A-Za-z\-]*\d))(?:[\"“](?=[A-Za-z\-]*\d))?)?"
)


# A day and a month in either order (each in its range: "87-27-5914" is a chart number's shape, no date), then a year.
_DAY_MONTH = day_month(r"[/.\-]")
_DAY_MONTH_SLASH = day_month(r"[/\-]")
# A day, a month's abbreviation and a year run together or dashed ("31-JUL-2025", "04MAR2025"): a date, no code.
_MONTH_WORD_DATE = r"(?:0?[1-9]|[12]\d|3[01])[\-/]?(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[\-/]?(?:19|20)?\d{2}(?![\w\-])"
_NUMERIC_DATE = rf"(?:{_DAY_MONTH}[/.\-](?:(?:1[89]|20)\d{{2}}|\d{{2}})|\d{{4}}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}})(?![\w/\-]|\.\d)"
# An identifier value: 4-25 characters, at least one digit, inner dashes/dots/slashes allowed.
# Never an e-mail's mailbox ("account jdoe42@..."). Also codes written in spaced groups: a prefix and digits ("DRR 3503 14917", a licence "KY 030058")
# and ISBT 128 donation numbers ("W1066 20 712308"), letters and nine digits in threes ("ZAF 709 281 299"), and digits in fours ("compte 7165 1937 71", a card's "EBT 5077 9531 8366 9146"), and a Medicare MBI
# spaced as the card prints it ("5ME9 D02 MH29").
_ID_GROUPS = r"(?:(?!(?:SSN|MRN|DOB|NPI|DEA|DL|FAX|TEL|BIN|PCN)[ ])[A-Z]{2,4}[ ](?:\d{5,10}|\d{3,5}[ ]\d{4,6}|\d{3}[ ]\d{3}[ ]\d{3}(?![ ]?\d))|[A-Z]\d{4}[ ]\d{2}[ ]\d{6}|C?[ ]?\d{2,3}[ ]\d{3}[ ]\d{3}|\d{4}(?:[ ]\d{4}){3}|\d{4}[ ]\d{4}[ ]\d{2,4}|[A-Z]{1,3}[ ]\d{2,4}-\d{3,8}|[A-Z]{2}[ ]\d{2}[ ]\d{3}[ ]\d{3}|A[ ]\d{8,9}|A-\d{3}-\d{3}-\d{3}|A[ ]\d{3}[ ]\d{3}[ ]\d{3}|[1-9][A-Z][A-Z0-9]\d[ ][A-Z][A-Z0-9]\d[ ][A-Z]{2}\d{2})(?![\w\-])"
_ID = (
    rf"(?:\d{{3}}[ ]\d{{3}}[ ]\d{{4}}(?!\w)|{_ID_GROUPS}"
    rf"|(?!{_NUMERIC_DATE})(?!{_MONTH_WORD_DATE})(?![\w.%+\-]*@)(?=[A-Za-z0-9\-/.]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])){{3,24}}(?!\w))"
)

# A licence written with its register's or its board's prefix ("RN 1234567", "PA-C 44321", "MD-12345").
# Also a driver's licence after its state's code ("CA D1234567").
_LICENSE_VALUE = (
    rf"(?:[A-Z]{{1,4}}(?:-[A-Z]{{1,2}})?[ \-]\d{{4,10}}(?![\w\-])|[A-Z]{{1,4}}[ ]\d{{2,6}}(?:-\d{{2,8}}){{1,3}}(?![\w\-])"
    rf"|[A-Z]{{2}}[ ](?=[A-Z0-9]*\d)[A-Z0-9]{{5,15}}(?![\w\-])|[A-Z0-9]{{3,8}}\*[A-Z0-9]{{3,10}}(?![\w\-*])|{_ID})"
)

# A record number in two groups of digits ("447 1208", "MR 447 1208") or any identifier.
# Not a date written as eight digits ("19650412"): a birth date, not a code.
_NOT_EIGHT_DIGIT_DATE = rf"(?!{YMD8}(?!\d))"
# A local phone number's digits ("555-0142").
_LOCAL_PHONE_DIGITS = r"[2-9]\d{2}-\d{4}"
# A blood unit's ISBT 128 donation number, with its data identifier "=" or without.
_ISBT_DIN = r"=?[A-NP-Z]\d{4}(?:[ ]\d{2}[ ]\d{6}|\d{8})(?:[ ]?\d{2,3})?"
# (or three groups of digits, as a chart number is written out: "MRN 015 59 53")
_MRN_VALUE = rf"(?:(?:[A-Z]{{1,3}}[ \-]?)?\d{{3,4}}[ ]\d{{3,6}}(?:[ ]\d{{3,4}}|[ ]\d{{2}}(?=[ \t]*(?:[\n|/,;]|[ \t]{{2}}|$)))?(?![\w\-])|\d{{3}}[ ]\d{{2}}[ ]\d{{2,4}}(?![\w\-])|{_ID})"

_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|Sept|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
)
# Title case or upper case ("Mar", "MAR"), never lower case ("may", "mar" are words).
_MONTH_BARE = "(?:" + "|".join(f"{m}|{m.upper()}" for m in _MONTH_NAMES.split("|")) + r")(?![a-z])"
_MONTH = _MONTH_BARE + r"\.?"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
# "seventeenth", "twenty-first": a day of the month in words
_ORD_WORDS = (
    rf"(?:twenty|thirty)[\- ](?:{_ORD_UNITS})|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|"
    rf"seventeenth|eighteenth|nineteenth|twentieth|thirtieth|{_ORD_UNITS}"
)
_NOT_UNIT = r"(?![ \t]*(?:mg|mcg|ml|mL|g\b|kg|units?|%|tabs?|times|x\b|hours?|h\b|days?|weeks?|min|cm|mm))"
_DATE = (
    r"(?<![\w/.\-])(?:"
    rf"{_DAY_MONTH_SLASH}[/\-](?:(?:1[89]|20)\d{{2}}|\d{{2}})(?![\d/\-]|\.\d)"
    r"|\d{1,2}\.\d{1,2}\.\d{4}(?!\d|\.\d)"
    # "10.26.22": dotted with a two-digit year, only where the month and the day are valid
    r"|(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?!\d|\.\d)"
    rf"|{_YEAR}[/\-.]\d{{1,2}}[/\-.]\d{{1,2}}(?![\d/\-]|\.\d)"
    rf"|{_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?)?(?!\d)"
    rf"|(?:[Tt]he[ \t]+)?(?i:{_ORD_WORDS})[ \t]+of[ \t]+{_MONTH_BARE}"
    r"|(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|[12]\d|3[01])[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?:h\b)?(?![\d/:])"
    rf"|{_DAY}[\-][ \t]?{_MONTH}[\-][ \t]?(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|{_DAY}{_MONTH}(?:{_YEAR}|\d{{2}})(?!\d)"
    rf"|{_DAY}-{_MONTH_BARE}(?![\-\w])"
    rf"|(?:[Tt]he[ \t]+)?{_DAY}{_ORD}[ \t]+(?:of[ \t]+)?{_MONTH},?(?:[ \t]+{_YEAR})?(?!\d)"
    # Every form that starts with the month, behind one month alternation (tried at each capital).
    rf"|{_MONTH_BARE}(?:\.?[\-/]{_DAY}[\-/](?:\d{{4}}|\d{{2}})(?!\d)|-{_DAY}(?![\-\w/]|\.\d)"
    rf"|\.?[ \t]+(?:the[ \t]+)?{_DAY}{_ORD}(?:,?[ \t]+{_YEAR})?(?!\d){_NOT_UNIT}"
    rf"|\.?,?[ \t]+(?:of[ \t]+)?{_YEAR}(?!\d)|\.?[ \t]+['’]\d{{2}}(?!\d))"
    # "the 29th", "Friday the 13th": a day of the month alone, not "the 5th percentile"
    rf"|(?:the|The)[ \t]+(?:[12]?1st|2?2nd|2?3rd|(?:[4-9]|1\d|2[04-9]|30)th|31st)\b"
    rf"(?![ \t]+(?!(?:of|at|with|near|and|or|to|in|on|for|before|after|when|until|through|from|by)\b)[a-z])"
    r"|(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\d/])"
    r")"
)
# The two ends of a range of dates: a numeric date with its year, or a month's word and a day.
# (a day and a month of 1-31, a year of four digits: not a version's "1.0.12-1.2.15", not settings' "14/5/40-16/8/50")
_RANGE_DATE = rf"(?:{_DAY}[/.]{_DAY}[/.]{_YEAR}|{_DAY}-{_DAY}-{_YEAR}|{_YEAR}-(?:0?[1-9]|1[0-2])-{_DAY})"
_RANGE_DATE_WORDS = rf"(?:{_MONTH_BARE}\.?[ \t]+{_DAY}{_ORD}(?:,?[ \t]+{_YEAR})?|{_DAY}[ \t]+{_MONTH_BARE}\.?(?:[ \t]+{_YEAR})?)"
_RANGE_END = r"(?![\w/]|[.\-]\d)"
# The range's end: after a date, its year may have two digits ("09Feb2023-3/8/23", "May 1 2026-3/21/26").
_RANGE_SECOND = rf"(?:{_RANGE_DATE}|{_DAY}[/.]{_DAY}[/.]\d{{2}}(?!\d)|{_RANGE_DATE_WORDS}){_RANGE_END}"
_RANGE_TO = re.compile(rf"[\-–]({_RANGE_SECOND})")
# Month names in any case, which only a year makes a date ("march 7, 2024", "7 sept 2024", "oct. '24").
_MONTH_ANYCASE = rf"(?i:{_MONTH_NAMES})(?![A-Za-z])\.?"
# In lower case, the month names that are no English word ("sept 7", "7 oct."): a date with a day alone.
_MONTH_LOW = (
    r"(?:january|february|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|sept?|oct|nov)(?:\.|(?![a-z]))"
)
# Spanish, French, German, Portuguese and Italian months and their abbreviations (not those that
# are English or short words: "set", "ago").
_FOREIGN_MONTH = (
    r"(?i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"janv|f[ée]vr|avr|juil|d[ée]c|januar|j[äa]nner|februar|m[äa]rz|m[äa]r|juni|juli|oktober|dezember|okt|dez|"
    r"janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?![\w])\.?"
)
# A time after a date makes one date-time ("3/4/24 0930", "2024-03-04T09:30", "03/04/2024 @ 14:05").
_CLOCK = (
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?(?![A-Za-z]))?"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?![\d:/.\-])(?:h\b)?)"
)
_TIME_TAIL = (
    r"(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?(?![\w:])"
    rf"|(?:[ \t]*@[ \t]*|[ \t]+(?:at|@)[ \t]+|,?[ \t]+){_CLOCK}{_NOT_UNIT})"
)
_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
# a range of days with a year at its end ("3/4-3/9/24")
_MD_RANGE = rf"{_MD}[ \t]*[\-–][ \t]*{_MD}/(?:\d{{4}}|\d{{2}})(?![\d/])"
_DATE_MORE = (
    r"(?<![\w/.\-])(?:"
    rf"{_MD_RANGE}"
    # a month in any case with a year
    rf"|{_MONTH_ANYCASE}[ \t\-/]+{_DAY}{_ORD},?[ \t\-/]+{_YEAR}(?!\d)"
    rf"|{_DAY}{_ORD}[ \t\-/]+(?:of[ \t]+)?{_MONTH_ANYCASE},?[ \t\-/]+{_YEAR}(?!\d)"
    rf"|{_MONTH_ANYCASE},?[ \t]+(?:of[ \t]+)?(?:{_YEAR}|['’]\d{{2}})(?!\d)"
    # a lower-case month that is no word, with a day
    rf"|{_MONTH_LOW}[ \t]+{_DAY}{_ORD}(?![\d/:]|\.\d){_NOT_UNIT}"
    rf"|{_DAY}{_ORD}[ \t]+{_MONTH_LOW}"
    # a range of days in one month ("March 4-9", "Mar 4-9, 2024")
    rf"|{_MONTH}[ \t]+{_DAY}[ \t]*[\-–][ \t]*{_DAY}(?:,?[ \t]+{_YEAR})?(?![\d/])"
    # other languages: "4 de marzo de 2024", "le 4 mars", "4. März 2024", "1º de septiembre", "marzo de 2024"
    rf"|{_DAY}(?:\.|º|°|o|er)?[ \t]+(?:de[ \t]+)?{_FOREIGN_MONTH}(?:,?[ \t]+(?:de[ \t]+)?{_YEAR}(?!\d))?"
    rf"|{_DAY}(?:º|°)?[ \t]+de[ \t]+{_MONTH_ANYCASE}(?:[ \t]+de[ \t]+{_YEAR}(?!\d))?"
    rf"|{_FOREIGN_MONTH}[ \t]+(?:de[ \t]+)?{_YEAR}(?!\d)"
    # a Spanish month first, as a form translated from English writes it ("septiembre 1, 1985"), and a Spanish
    # month's abbreviation between a day and a year ("24 abr. 2025", "20/ago/1939", "12-ABR-2025")
    rf"|{_FOREIGN_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}(?!\d)"
    rf"|{_DAY}(?:[ \t]+|[\-/])(?i:ene|abr|ago|dic)\.?(?:[ \t]+|[\-/]){_YEAR}(?!\d)"
    # a day and a month with no year after a Spanish article or label ("el 27/12", "semana del 24/1",
    # "Cita de seguimiento: 16/5", "próxima sesión: 18/7")
    rf"|(?:(?<=\bel[ ])|(?<=\bdel[ ])|(?<=[Ff]echa:[ ])|(?<=sesi[óo]n:[ ])|(?<=seguimiento:[ ]))"
    rf"(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/]|[.,]\d)"
    # the month in Roman numerals, as European forms write it ("14/III/2026", "2.XI.2024")
    rf"|{_DAY}(?P<roman_sep>[/.\-])(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?P=roman_sep)(?:{_YEAR}|\d{{2}})(?![\d/\-]|\.\d)"
    r")"
)
# A day and month with no year ("on 3/14") is a date only after a word that announces one.
_DATE_CUE = (
    r"(?i:on|since|from|until|till|thru|through|dated|by|DOS|seen|admitted|discharged|started|"
    r"stopped|due|before|after|date|dated|visit|surgery|last|sent|signed|session|triage|handoff|"
    r"f/u|msg|received|collected|starts|consult|event|arrival|dob|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
)
_DOB_LIKE = (
    rf"\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_YEAR}|\d{{1,2}}[ \t]+{_MONTH}[ \t]+{_YEAR}"
    rf"|{_MONTH}[ \t]+\d{{1,2}},?[ \t]+{_YEAR}|{_YEAR}-\d{{2}}-\d{{2}}"
)
# Cues in other languages ("am 04.03.", "le 4", "Aufnahmedatum:") and what only a cue makes a date:
# a year and month ("2024-03"), eight digits ("07032024"), spaced digits ("07 03 2024"), two-digit
# years first ("24.03.07") and a German day and month ("04.03.").
_DATE_CUE_MORE = r"(?:am|vom|seit|bis|le|el|em|il|del|fecha|data|[A-Za-zäöü]*datum)"
_CUED_ONLY = (
    r"(?:(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?![\w\-/])"
    rf"|(?:{DMY8}|{MDY8})(?![\w\-/])"
    r"|\d{2}[ ]\d{2}[ ](?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}[ ]\d{2}[ ]\d{2}(?!\d)"
    r"|\d{2}\.\d{2}\.\d{2}(?![\d.])"
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?![\d.]))"
)
_YEARLESS = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)"
# "on 10-23": a dashed day and month, only after a date cue and never a range ("2-3 weeks").
_YEARLESS_DASH = (
    r"(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\d\-/]|\.\d)"
    r"(?![ \t]*(?i:weeks?|wks?|days?|d\b|months?|mos?|years?|yrs?|times|x\b|h\b|hrs?|hours?|min|mg|cm|mm|%|/|(?:each|every|per)\b))"
)
# An age over 89 in digits or in words ("ninety-two", "one hundred and four", "a hundred").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_AGE_WORDS = (
    rf"(?i:ninety(?:[\- ](?:{_UNITS}))?(?![\w])|(?:one|a)[ \t\-]hundred"
    rf"(?:[ \t\-]+(?:and[ \t]+)?(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    rf"eighteen|nineteen)(?![\w]))?(?![\w]))"
)
_AGE_NUM = rf"(?:9\d|1[01]\d|{_AGE_WORDS})"
# The same words with their unit or their tens ("ninety-two", "one hundred and one"): an age wherever
# no unit follows; "ninety" and "a hundred" alone need a cue.
_AGE_WORDS_ANY = (
    rf"(?i:ninety[\- ](?:{_UNITS})|one[ \t\-]hundred(?:[ \t\-]+(?:and[ \t]+)?(?:{_UNITS}|ten|eleven|twelve|thirteen|"
    rf"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\w]))?)"
)
# (fixed-width look-behinds, one per word: a vital sign's word before a number said aloud)
_NOT_AFTER_VITAL = (
    "".join(
        f"(?<!(?i:{w}) )"
        for w in ("pulse", "sats", "sat", "temp", "rate", "fever", "sugar", "weighs", "glucose")
    )
    + "(?<!(?i:ty|en|ne|wo|ee|ur|ve|ix|ht) over )"
)  # a pressure's "... seventy-eight over", not "is over"
_FULL_MONTH = "January|February|March|April|June|July|August|September|October|November|December"

# Name tokens: "Smith", "McDonald", "O'Brien", "Smith-Jones", "García", "SMITH"; initials "J.".
_U = "A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff"  # Latin Extended-A, -B and Additional mix cases: counted as both
_L = "a-zß-öø-ÿ\u0100-\u024f\u1e00-\u1eff"  # (Vietnamese "Thảo", "Trần", "Trương", "Phường")
_CAP = (
    rf"(?:[{_U}]['’][{_U}][{_L}]+|[{_U}][{_L}]+(?:[{_U}][{_L}]+)?(?:[\-'’][{_U}][{_L}]+|-[{_L}]{{2,4}}\b)?)"
)
_UPPER = rf"(?:[{_U}]{{2,}}(?:[\-'’][{_U}]{{2,}})?(?![{_U}{_L}]))"
_INITIAL = rf"(?:[A-Z](?:\.|(?![{_L}A-Z'’\-\d])))"
_PARTICLES = "van|von|der|den|de|del|della|da|di|la|le|du|bin|ben|ter|ten|dos|das"
_PARTICLE = rf"(?:(?:{_PARTICLES})[ \t]+){{0,2}}"
_PARTICLE_REQ = rf"(?:(?:{_PARTICLES})[ \t]+){{1,2}}"
_SUFFIX = r"(?:,?[ \t]+(?:Jr|Sr|II|III|IV)\.?)?"
_FULL_NAME = rf"{_CAP}(?:[ \t](?:{_INITIAL}|{_CAP}))?[ \t]{_PARTICLE}{_CAP}{_SUFFIX}"
# An ID label written in capitals ("ABERNETHY MRN 0040", "Yazzie, DL# ...") ends a name.
_NOT_NAME_CAPS = r"(?!(?:MRN|MR|DOB|SSN|ID|NPI|DEA|CSN|HAR|FIN|VIN|DL|CDL|UDI|SN|ACCT|PT|RN|MD|DO|EMR|EHR)\b)"
_LAST_FIRST = rf"(?:(?:{_PARTICLE_REQ})?{_CAP}|{_UPPER}),[ \t]*(?:{_CAP}|{_NOT_NAME_CAPS}{_UPPER})(?:[ \t]+{_INITIAL}(?![a-z]))?"
_UPPER_NAME = rf"{_UPPER}(?:[ \t]{_INITIAL})?(?:[ \t]{_NOT_NAME_CAPS}{_UPPER}){{1,2}}"
_ANY_NAME = rf"(?:{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME})"

_STATES = "|".join(lex.US_STATE_CODES)
_PLACE_STATES = "|".join(s for s in _STATES.split("|") if s not in ("MD", "PA", "MA", "OK"))
# A programme's or a case's code after its label (``other_id``): not a year's range, a measure or a fraction.
_PROGRAMME_CODE_AHEAD = (
    r"(?=[ \t]*(?:[:\#][ \t]*)?(?!(?:19|20)\d\d-\d{2,4}(?![\w\-]))(?![\d.]+(?i:ml|mg|f|c|h|hrs?|%)(?![A-Za-z]))"
    r"(?!\d{1,3}/\d)(?!\d{1,3}-\d{1,3}(?![\d\-]))[A-Za-z0-9])"
)
# The codes of a state's identity card ("NM ID # N23249397"): not a role's, a place's or a word's ("MD ID #", "OR ID #")
_ID_CARD_STATES = "|".join(
    s for s in _PLACE_STATES.split("|") if s not in ("OR", "IN", "CO", "ME", "DE", "ID")
)
# Canada's provinces and territories, whose codes are also clinical abbreviations (PE, BC, AB, ON, SK, NS).
_PROVINCES = "ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU"
_CA_POSTCODE = r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]?\d[ABCEGHJ-NPRSTV-Z]\d"
_STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
    "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
    "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
    "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
    "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
    "Wisconsin|Wyoming"
)
# Countries a town is written before ("Guadalajara, Mexico", "Kraków,\nPoland"): those that are no given
# name ("Chad", "Georgia", "Jordan", "India", "Israel" and "Kenya" are left out).
_COUNTRY_NAMES = (
    "Mexico|Canada|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panama|Colombia|Venezuela|Ecuador|"
    "Peru|Bolivia|Chile|Argentina|Uruguay|Paraguay|Brazil|Cuba|Haiti|Dominican Republic|Jamaica|Puerto Rico|"
    "Ireland|United Kingdom|England|Scotland|Wales|France|Spain|Portugal|Italy|Germany|Austria|Switzerland|"
    "Netherlands|Belgium|Luxembourg|Denmark|Norway|Sweden|Finland|Iceland|Poland|Czechia|Czech Republic|"
    "Slovakia|Hungary|Romania|Bulgaria|Greece|Croatia|Serbia|Slovenia|Ukraine|Lithuania|Latvia|Estonia|"
    "Türkiye|Turkey|Egypt|Morocco|Tunisia|Nigeria|Ghana|Ethiopia|Somalia|Tanzania|Uganda|South Africa|"
    "Senegal|Cameroon|Pakistan|Bangladesh|Nepal|Sri Lanka|Thailand|Vietnam|Viet Nam|Cambodia|Laos|Myanmar|"
    "Malaysia|Singapore|Indonesia|Philippines|China|Taiwan|Japan|South Korea|Korea|Mongolia|Australia|"
    "New Zealand|Fiji|Samoa|Tonga|Papua New Guinea|Iran|Iraq|Syria|Lebanon|Saudi Arabia|Yemen|Oman|Qatar|"
    "United Arab Emirates|UAE|Afghanistan"
)
_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|"
    r"Row|Pike|Alley|Loop|Plaza|Grove|Gardens|Hill|Heights|Mews|Run|Path|Walk|Crossing|Xing|Terr|Trce|Trace|"
    r"Bend|Cove|Cv|Point|Pt|Ridge|Rdg|Landing|Ldg|Commons|Green|Glen|Hollow|Holw|Park|Pass|View|Vw)"
)
# A street in capitals, as a form prints it ("9586 JUNIPER WAY"): capital words and the suffixes that are
# no other word's.
_UPPER_STREET_SUFFIX = (
    r"(?:STREET|AVENUE|ROAD|BOULEVARD|DRIVE|LANE|WAY|COURT|PLACE|TERRACE|CIRCLE|PARKWAY|HIGHWAY|TRAIL|PIKE|"
    r"ST|AVE|RD|DR|LN|CT|BLVD|CIR|PKWY|HWY)\b"
)
# letters with diacritics and the Hawaiian okina (U+02BB) too ("Avenida Juárez", "Kalaniana\u02bbole Hwy")
_STREET_WORD = rf"(?:[A-Z{_U}][A-Za-z{_U}{_L}'’\u02bb\-]*|\d{{1,3}}(?:st|nd|rd|th))"
_ZIP = r"\d{5}(?:-\d{4})?(?!\d)"
# A state as newspapers abbreviate it, its full stop written ("Springdale, Mich. 88167", "Calif. 94110")
_AP_STATES = (
    r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Nebr?|Nev|Okla|"
    r"Oreg?|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wisc?|Wyo)\."
)
_CITY_STATE_ZIP = (
    r"(?!(?i:client|patient|member|employee|student|subject|user|case|study|device|record|donor|staff|badge|"
    r"visit|order|person|caller|resident|inmate|enrollee|participant)[ \t]+ID\b)"
    rf"[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){{0,2}}(?:,[ \t]*|[ \t]+)(?:(?:{_STATES})\.?|{_AP_STATES})[ \t]+{_ZIP}"
    r"|[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+)?,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
)
# "Las Cruces 17728", "Hilo 29056-4088": a town and a ZIP without a state (only after a street or box).
_CITY_ZIP = rf"[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){{0,2}}[ \t]+{_ZIP}"
_UNIT_WORDS = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Rm|Room|Lot|Space|Spc|Trlr|Bldg|Building|Dept)"
_UNIT = rf"(?:,?[ \t]*(?:{_UNIT_WORDS}|(?:apt|apartment|suite|unit|flat|lot|space)(?=\.?[ \t]*(?:\#[ \t]*)?\d)|\#)\.?[ \t]*(?:\#[ \t]*)?[A-Za-z0-9\-]+)"
# "12 Elm St", and streets named the other way round: a numbered route ("27382 Rte 9W",
# "312 County Road 47") or a street word first ("1133 Avenida del Sol", "12 Calle Ocho").
_ROUTE = (
    r"(?:Rte|Route|Hwy|Highway|State[ \t]+(?:Route|Road|Hwy)|SR|County[ \t]+(?:Road|Rd)|CR|US|FM)"
    r"\.?[ \t]+\d{1,4}[A-Z]?(?:[ \t]+[NSEW]\b)?"
)
_PREFIX_STREET = (
    rf"(?:Calle|Avenida|Camino|Paseo|Rue|Via|Boulevard|Avenue|Av\.|Avda\.|Rua|Travessa|Carrera|Privada|Calzada|"
    rf"Route|Chemin|All[ée]e|Impasse|Quai|Strada|Calea|Jalan|Jl\.|ul\.|vul\.|Đường)[ \t]+"
    rf"(?:(?:de|del|des|du|da|do|la|las|los|el|le|les)[ \t]+){{0,2}}"
    rf"{_STREET_WORD}(?:[ \t]+(?!{_UNIT_WORDS}\b){_STREET_WORD})?"
)
# A house number may be hyphenated, as in Queens ("75-30 Quarry Street").
_STREET = (
    rf"\d{{1,6}}(?:-\d{{1,4}})?[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?"
    rf"(?:{_ROUTE}|(?:{_STREET_WORD}(?:(?<=[a-z])\.)?[ \t]+){{1,4}}{_STREET_SUFFIX}\b\.?"
    rf"(?:[ \t]+(?:NE|NW|SE|SW|N|S|E|W|North|South|East|West)\b\.?)?|{_PREFIX_STREET}"
    rf"|(?:[A-Z{_U}]{{2,}}[ ]){{1,3}}{_UPPER_STREET_SUFFIX}){_UNIT}?"
)
_PO_BOX = (
    r"(?:(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box|POB(?![ \t]+(?:19|20)\d\d(?!\d)))[ \t]+\d{1,6}"
    r"|(?:RR|R\.R\.|Rural[ \t]+Route|HC|Star[ \t]+Route)[ \t]*\d{1,4},?[ \t]+Box[ \t]+\d{1,6}"
    # spelled out, a rural route needs no box ("RR 2" alone is a respiratory rate)
    r"|Rural[ \t]+Route[ \t]+\d{1,4}(?![\w])"
    # a mobile-home lot or space in a named park ("Lot 44, Pine Acres"): a drug's lot names no park
    r"|(?:Lot|Space|Spc|Trlr)[ \t]*(?:\#[ \t]*)?\d{1,4}[A-Z]?,?[ \t]+(?:[A-Z][a-z'\-]+[ \t]+){1,3}"
    r"(?:Acres|Estates|Village|Mobile[ \t]+Home[ \t]+Park|MHP|Trailer[ \t]+(?:Park|Court)|RV[ \t]+Park)\b)"
)
# Streets written name first, number after, as Spanish, French, Italian, Portuguese and German
# addresses are ("Calle Mayor 12", "Via Roma 4", "Lindenstraße 44").
_NUMBER_AFTER_STREET = (
    rf"(?:(?:Calle|Avenida|Camino|Paseo|Carrer|Rua|Via|Viale|Piazza|Corso|Rue|Route(?=[ \t]+(?:de|du|des|d['’]))|Chemin|All[ée]e|Impasse|"
    rf"Privada|Calzada|Carrera|Travessa|Strada|Calea|Jalan|Jl\.|ul\.|ulica|vul\.|Đường)[ \t]+"
    rf"(?:(?:de|del|des|du|da|do|dos|la|las|los|el|della|dei)[ \t]+){{0,2}}{_STREET_WORD}(?:[ \t]+{_STREET_WORD})?"
    rf"|[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm|ufer|straat|laan|plein|gracht|kade|gatan|"
    rf"v[äa]gen|gade|vej|veien|gata|utca)"
    # an English-named street with its number after, as in India or Ireland ("Station Road No. 83")
    rf"|(?:{_STREET_WORD}[ \t]+){{1,3}}(?:Street|Road|Lane|Avenue|Marg)(?=,?[ \t]+(?:No\.?[ \t]*)?\d{{1,4}}[a-z]?,))"
    r"(?:,?[ \t]+No\.?)?"
    r",?[ \t]+\d{1,4}[a-z]?(?![\w/.\-])"
)

# A street's town: its city, state and ZIP, its city and ZIP, or the postcode before the town, as German and
# French addresses write it ("..., 89398-2559 Chicopee").
_STREET_TOWN = (
    rf"(?:(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)(?:{_CITY_STATE_ZIP})|,[ \t]*{_CITY_ZIP}"
    rf"|,[ \t]*{_ZIP}[ \t]+{_CAP}(?:[ \-]{_CAP}){{0,2}}(?=[ \t]*(?:[,.;)\n]|$)))"
)

_PHONE_US = (
    r"(?:\+?1[ \t.\-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.\-/])\d{3}[ \t.\-]\d{4}"
    r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\w/\-]|\.\d)"
)
_PHONE_INTL = (
    r"(?:\+(?:[2-9]\d{0,2}(?:[ \t.\-]?\(?\d{1,4}\)?){2,5}|1\d{10}|\d{11,14})"
    # dialled with 00, in groups spaced (not a drug's NDC, "0069-0160-01")
    r"|00[1-9]\d{0,2}(?:[ ]\d{2,4}){2,4})(?![\w\-])"
)
# "tel 555-0135", "faxed to 555-0191 ext 12": a seven-digit local number, only after a phone label.
_PHONE_LOCAL = r"\d{3}[\-.]\d{4}(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\w/\-]|\.\d)"
# (not a dotted quad: "T|192.0.2.13" in an audit log is a host's address after a middle initial)
_PHONE_ANY = rf"(?!(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?![\d.]))(?:{_PHONE_US}|{_PHONE_INTL}|{_PHONE_LOCAL}|\+?\(?\d[\d \t().\-]{{7,18}}\d(?![\w\-]))"
_PHONE_LABEL = (
    r"(?i:phone|ph|tel|telephone|t[ée]l[ée]?(?:phone|fono)?|cell(?:ular)?|mobile|mob|home|work|office|pager|beeper|"
    r"contact(?:[ \t]+(?:no|number))?|caller[ \t]+id|call(?:[ \t]+(?:back|me))?(?:[ \t]+at)?|reach(?:ed)?[ \t]+at|"
    r"fax|facsimile|fax(?:ed)?(?:[ \t]+[a-z]+){0,2}[ \t]+to|call[ \t]?back(?:[ \t]+number)?(?:[ \t]+[a-z]+){0,3}|"
    r"whatsapp|text|number|(?:clinic|direct|nurse|phone|triage|advice|help|crisis)[ \t]+line|line|direct|"
    r"alt(?:ernate)?(?=[ \t]*[:\#])|cb(?=[ \t]*(?:\#|no\b|number|:))|"
    r"(?:updated|notified|paged|texted|called|reached)[ \t]+at|questions(?=[ \t]*:)|family(?=[ \t]*\#))\b|\b[TFHMCW]\b"
)
_FAX_LABEL = re.compile(
    r"(?i:\bfax(?:ed)?\b|\bfx\b|\bfacsimile\b|\bt[ée]l[ée]c(?:opie)?\b)|\bF\b[ \t]*(?::|\.(?![ \t]*[A-ZÀ-Þ]))|\bF[ \t]+$"
)
_VOICE_LABEL = re.compile(
    r"(?i:\b(?:phone|ph|tel|telephone|cell|mobile|mob|pager|call|call[ \t\-]?back|contact|(?<!fax[ \t])line)\b"  # "fax line 555-0105" is a fax
    r"|\b(?:home|work|office)\b(?=[ \t:\#.\-]*$))"
    # (not a middle initial: "attn Hope C. Mazur: ...")
    r"|\b[TPHMC]\b[ \t]*[:.](?![ \t]*[A-Z][a-z])|\b[TPHMC][ \t]+$"
)

_PERSON_PHRASE = (
    r"(?i:patient(?:'s)?(?:[ \t]+(?:full[ \t]+)?name)?(?![ \t]+(?:id|no|number|\#|mrn|mr\#?|dob|ssn)\b)|pt(?:[ \t]+name)?(?![ \t]+(?:id|no|\#|mrn|mr\#?|dob|ssn)\b)|name|full[ \t]+name|legal[ \t]+name|"
    r"preferred[ \t]+name|(?:guarantor|insured|subscriber(?:[ \t]+name)?)(?![ \t]+(?:id|no|number|acct|account|\#)\b)|policy[ \t]*holder|"
    r"emergency[ \t]+contact|next[ \t]+of[ \t]+kin|nok|contact[ \t]+person|"
    r"mother(?:'s)?(?:[ \t]+name)?|father(?:'s)?(?:[ \t]+name)?|spouse|caregiver|guardian|"
    r"attending(?:[ \t]+(?:physician|provider|surgeon))?|referring(?:[ \t]+(?:physician|provider|doctor))?|"
    r"pcp|primary[ \t]+care(?:[ \t]+(?:physician|provider))?|ordering(?:[ \t]+(?:physician|provider))?|"
    r"surgeon|anesthesiologist|radiologist|pathologist|"
    r"(?:dictated|transcribed|signed|electronically[ \t]+signed|reviewed|verified|reported|read|"
    r"interpreted|authored|approved|completed|seen|examined|referred|ordered|prepared|accompanied|"
    r"cosigned|witnessed|consented|called|visited|received|collected|drawn|processed|picked[ \t]+up)[ \t]+by|"
    r"attn|follow[ \t\-]?up(?:[ \t]+with)?(?=[ \t]*:)|"
    r"dear|sincerely|regards|best[ \t]+regards|kind[ \t]+regards|warm[ \t]+regards|"
    r"(?:warm|best|kind)[ \t]+wishes|respectfully|cordially|cheers|brought[ \t]+(?:in[ \t]+)?by|"
    r"yours[ \t]+(?:sincerely|truly|faithfully)|thank[ \t]+you|thanks)"
)
_PERSON_FIELD = (
    r"(?i:author|cc|re|attn|attention|to|from|signature|provider|physician|clinician|nurse|assistant|"
    r"resident|student|scribe|interpreter|witness|contact|parent|family|kin|poa|petitioner|requester|member|"
    r"informant|maiden(?:[ \t]+name)?|"
    r"inmate|decedent|deceased|employee|client|recipient|proband|index[ \t]*patient|paciente|nombre|"
    # French "Nom:", Spanish "Apellidos:", a customer, a caller, a CAD export's "PT_NAME="
    r"nom|pr[ée]nom|apellidos?|customer|caller|pt_name|patient_name|"
    # who screened, escorted or stayed with someone; a form's numbered parent or contact ("Parent/Guardian 1:")
    r"screener|aide|camper|chaperone|escort|roommate|volunteer|applicant|handler|referrer|medical[ \t]+officer|"
    r"(?:parent/guardian|parent|guardian|caregiver|(?:emergency[ \t]+)?contact)[ \t]*\#?[1-3]|"
    r"patient\(e\)|name[ \t]*\([^)\n]{1,20}\))"
)
# Roles that name the person after them, with or without a colon.
_ROLE_WORDS = (
    r"(?i:hygienist|dentist|nephrologist|audiologist|specialist|technician|tech|crew|medic|supervisor|liaison|"
    r"worker|infant|participante?|pastor|examiner|trainee|care[ \t]+partner|adjuster|cra|investigator|"
    r"intake[ \t]+rep|md|mom|mum|dad|caller|(?:cleared|enrolled|seen|obtained)[ \t]+by(?:[ \t]+doc)?|"
    r"hr[ \t]+contact|therapy[ \t]+with|accepting|sending|visited|vet|counselor|pi|persona[ \t]+que[ \t]+obtiene[ \t]+el[ \t]+consentimiento|"
    # a call centre's agent ("Interpreter #29142  Agent Siobhan")
    r"agent|broker|driver|reviewer|paciente|confirmado[ \t]+por)"
)
# (a key=value log's name is quoted: 'name="Autumn King"', "reviewer='Leilani Ó Súilleabháin'")
_PERSON_LABEL = rf"(?:{_PERSON_PHRASE}[ \t]*(?:[:,\-–|]|=[\"']?)?|{_PERSON_FIELD}[ \t]*(?:[:|]|=[\"']?))"
_ID_LABEL_AHEAD = (
    r"(?:(?i:d\.?o\.?b\b|date[ \t]+of[ \t]+birth|birth[ \t]*date|born\b|mrn\b|mr\#|med(?:ical)?[ \t]+rec|"
    r"chart[ \t]+\#|hospital[ \t]+no|patient[ \t]+id|pt[ \t]+id\b|accession|ssn\b|social[ \t]+sec|age[ \t:]|aged\b|"
    r"s/n\b|sn:|serial|device|imei|member[ \t]+id|policy|insurance|acct|account|dod[ \t]+id|"
    r"(?:medical[ \t]+|state[ \t]+)?licen[cs]e|lic\b|dea\b|npi\b|cdl\b|study[ \t]+id|booking|badge|passport|employee[ \t]+id)"
    r"|\d{1,3}[ \t\-]?(?i:y/?o\b|yo\b|years?\b|-year))"
)
# Also the Spanish, French and German titles ("Dra. Layla Müller", "Mme Okafor", "Frau Yazzie").
# And a police officer's rank, abbreviated with its full stop ("Ofc. A. Kim", "Dep. Ignatius Black", "Det. Mensah").
_HONORIFIC = r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Dra|Sra|Srta|Mme|Mlle|Frau|Herr)\b\.?|\b(?:Ofc|Dep|Det|Sgt|Cpl|Tpr|Insp)\.|\bDr\([ao]\)\.?)"
_CREDENTIAL = (
    r"(?:(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|MBBS|MBChB|FRCP|FRCS|FACS|FACC|PhD|DNP|APRN|CNM|FNP|FNP-BC|"
    r"MSN|BSN|LPN|DDS|DMD|PharmD|RPh|MSW|LCSW|OT|PT|DPT|CRNA|MT|CNA|RRT|EMT|EMT-P|Paramedic|IBCLC|PsyD|LMFT|LPC)\b"
    r"|Au\.?D\.?(?![\w]))"
)
_RELATION = (
    r"(?i:wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|niece|nephew|"
    r"grandson|granddaughter|grandmother|grandfather|aunt|uncle|friend|neighbou?r|fianc[ée]e?|"
    r"roommate|landlord|boyfriend|girlfriend|cousin|coworker|colleague|caregiver|companion|coach|teacher|tutor|"
    r"parent|guardian|stepmother|stepfather|grandparent|godmother|godfather|therapist|counsell?or)"
)

# Verbs that introduce a person as their object ("paged Ngozi Okonjo", "notified J. Nwosu").
_PERSON_VERB = (
    r"(?i:told|asked|notified|informed|paged|texted|phoned|contacted|saw|met|visited|thanked|"
    r"accompanied[ \t]+by|discussed[ \t]+with|reviewed[ \t]+with|consulted|messaged|emailed|"
    r"handed[ \t]+(?:off|over)[ \t]+to|report[ \t]+(?:given|called)[ \t]+to|signed[ \t]+out[ \t]+to|"
    r"viewed|chart[ \t]+of|specimen[ \t]+from|instructions[ \t]+for|caseworker|case[ \t]+manager|"
    r"social[ \t]+worker|coordinator|chaplain|user|assist(?:ed[ \t]+by)?|witness|interpreter|submitting|"
    r"proband|participant|granddaughter|grandson|"
    r"(?:tc|call|message|msg|text|e-?mail|voicemail|letter)[ \t]+from|(?:sent|forwarded|reported|escalated)[ \t]+to)"
)
# Verbs a person does, after a name that starts a sentence ("Ngozi Okonjo reports ...").
_SUBJECT_VERB = (
    r"(?:reports|reported|states|stated|says|said|notes|noted|denies|denied|endorses|endorsed|"
    r"presents|presented|arrived|returned|called|phoned|asked|agrees|agreed|declined|refused|wants|"
    r"prefers|lives|works|came|comes|is[ \t]+a|was[ \t]+(?:seen|admitted|discharged|brought)|"
    r"has[ \t]+been|feels|felt|complains|complained|tolerated|understands|verbalized|verbalizes|"
    r"was[ \t]+(?:a|an|found)|remains|walked|ambulated|needs|would[ \t]+like|wishes|requests|"
    r"requested|consented|signed|left|went|will|arranged|covering|here|calling|resting|visiting|"
    r"viewed|opened|accessed|printed)\b"
)
_AGE_AHEAD = (
    r"(?:[ \t]*[,(][ \t]*(?:a[ \t]+|age[ \t]+)?\d{1,3}"
    r"[ \t\-]*(?:y\b|yo\b|y/o|yrs?\b|years?\b|-year|[MF]\b|[,;)])"
    r"|[ \t]+\d{1,3}(?:[MF]\b|[ \t]?(?:yo\b|y/o\b)))"
)
# Capitalised words that name a team or a place in a hospital rather than a person.
_ORG_WORDS = frozenset(
    str.split(
        """
    bank service services team desk office lab laboratory station board committee association
    institute foundation company corporation inc llc group department unit clinic center centre
    hospital pharmacy registration transport security housekeeping dietary nutrition wound care
    blood radiology pathology quality risk patient family case social spiritual palliative hospice
    home health rehab rehabilitation physical occupational speech respiratory therapy medicine
    surgery nursing charge float pool night day evening weekend staff provider covering admitting
    emergency urgent triage intake billing insurance medicare medicaid county state federal city
    police fire rescue ems ambulance poison control child protective adult protective
    """
    )
)


_BIOMETRIC_CUE = (
    r"(?i:(?:finger|thumb|palm|voice|foot)[ \t\-]?prints?|voice[ \t_\-]+(?:biometric|signature|template)|"
    # a gait lab's capture or template ("Gait & landing analysis capture:", "Gait-lab template")
    r"gait(?:[ \t\-&]+(?:lab|landing|analysis|walk))*[ \t\-]+(?:template|capture|signature)|"
    r"palm[ \t\-]+vein|retina(?:l)?[ \t]+scan|iris[ \t]+(?:scan|template|code|enrol(?:l?ment)?|id)|afis\b|live[ \t\-]?scan|"
    # a palm's, a retina's or a vein pattern's id ("PatientSecure palm ID PALM557997331", "Retina ID RT-0041-22")
    r"(?:palm|retina(?:l)?|vein[ \t]+pattern)[ \t]+id\b|"
    r"(?:palm|hand|vein|finger|thumb|face|facial)[ \t\-_]+(?:scan|template)|hand[ \t]+geometry|"
    # a body part and a template's word, in a log's keys too ("auth=palm tmpl=", "PALM_VERIFY template=")
    r"(?:palm|finger|iris|retina|face|vein)(?:[ \t_\-]?(?:verify|verification|match|auth|login|check|enrol(?:l?ment)?))?"
    # (a log's key "face_tpl=", read "face tpl=": not "finger TPL-33091847", where TPL begins the code)
    r"(?:[ \t_\-]*(?:[=:][ \t]*)?(?:tmpl|template)\b|[ _\-]tpl(?=[ \t]*=))|"
    # a log's key that is a body part itself ("palm=pvt:2676:6363; voice=VPR94591147")
    # (a template's code: letters, then five digits; not a glucose check's time, "finger=0645", or a pitch, "voice=F0-2200Hz")
    r"(?<![\w])(?:palm|voice|iris|retina|finger)(?==[A-Za-z]{2,}[\w:\-]*\d{5})|"
    # Spanish: "Huella palmar:", "huella dactilar"
    r"huellas?[ \t]+(?:dactilar|palmar|digital|plantar)(?:es)?(?:[ \t]+(?:capturadas?|registradas?|tomadas?))?(?:[ \t]+—[ \t]+plantilla)?|"
    # a palm's registration, a voice's print in Spanish ("Registro de palma (PatientSecure):", "(voz VOZ1SP5NUGJ6)")
    r"registro[ \t]+de[ \t]+palma(?:[ \t]+\([A-Za-z]+\))?|(?<=\()voz(?=[ \t]+[A-Za-z_]*\d)|"
    # (a speech device's voice bank, the patient's recorded voice: "Voice bank VB-628091", "Voice bank ID VPR01093063")
    r"voice[ \t_\-]+(?:id|ref|reference|enrol(?:l?ment)?|verification|sample|bank\b(?:[ \t]+id)?)|"
    r"voice[ \t\-_]+(?:authentication|authenticator|auth|match|login)|"
    r"biometrics?|fac(?:e|ial)[ \t]+(?:geometry|template|recognition)|gait(?:[ \t]+lab)?[ \t]+(?:signature|template|profile|scan)|"
    r"voice[ \t]+check[ \t\-]?in|dna[ \t]+profile|bio[ \t\-]?(?:id|login|auth)\b|"
    # a biometric login's or a signature pad's template ("biometric login bio:fp:ykxg0xbc", "device biometric (voice)")
    r"biometric[ \t]+(?:login|sign[ \t\-]?in|signature(?:[ \t]+pad)?(?:[ \t]+template)?|\((?:voice|face|fingerprint|fp|palm|iris)\))|palm[ \t]?secure(?:[ \t]+id)?|"
    # a finger's template by its number and hand ("Finger 2 (L index): FPT4661384")
    r"finger[ \t]+\d[ \t]*\((?:[LR]|left|right)[ \t]+[a-z]+\)|"
    # DHS's fingerprint identification number ("DHS IDENT FIN: 2163370783")
    r"(?:dhs[ \t]+)?ident[ \t]+fin|"
    # "palm PV-481172", "iris ir_416_ufay", "finger TPL-05230935", a dispensing cabinet's "override bio
    # IRIS-2751639": the body part (or "bio") alone, only right before a code with letters first (not "retina
    # 20/20", "iris 2024", "finger 2")
    # (or digits, a dash and a code with a capital: "palm 2361-28B1")
    r"(?:palm|iris|retina|finger|bio)(?=[ \t]*(?:[:\#=][ \t]*)?(?:[A-Za-z]{1,5}[\-_/]?\d|(?-i:(?!(?:19|20)\d\d-)\d{3,}-(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,}(?![\w\-])))))"
)
# A biometric template's code by its prefix, whatever its characters ("FP-TMPL-ZWGYJ6", "IRIS-ZAGHELAD",
# "PVT3615825379" is a digits' code), or a template's number in spaced threes ("TMPL 268 998").
_BIOMETRIC_PREFIXED = (
    r"(?:FPT?|TMPL|IRIS|PVT?|PALM|VP|VOX|FACE)-(?:[A-Z]{2,6}-)?(?=[A-Z0-9]{4,14}(?![\w\-]))[A-Z0-9]{4,14}"
    # (a fingerprint's hash in lower-case hexadecimal: "FP-49fce436")
    r"|FPT?-(?=[a-f]*\d)[0-9a-f]{8,16}(?![\w\-])"
    r"|[A-Z]{3,5}(?:[ ]\d{3}){2}(?![ ]?\d)"
    # a template's key with its kind ("bio:fp:ykxg0xbc", "bio:face:7c2kq0")
    r"|bio:(?:fp|face|voice|palm|iris|vein):(?!(?:pending|none|unknown|missing|failed)\b)[a-z0-9]{6,16}(?![\w\-:])"
    # a voiceprint's key in lower case ("voiceprint ID vprint-4x4dhegd")
    r"|vprint-(?=[a-z0-9]{0,15}\d)[a-z0-9]{6,16}(?![\w\-])"
)
# "State photo ID", "photo ID checked (WC8140820)": an identity card, not a picture (a licence's label)
_PHOTO_ID_CARD = (
    r"(?!(?<=(?i:state)[ ])(?i:photo)[ \t]+(?i:id)\b)"
    r"(?!(?i:photo)[ \t]+(?i:id)[ \t]+(?i:checked|verified|presented|shown)\b)"
)
# Words after a picture's file that say it shows a body part, not a face ("type=lesion-closeup", "60 mm macro").
_BODY_PICTURE_WORDS = r"lesion|wound|ulcer|rash|dermoscop|macro\b"
# A picture file's extension.
# (and a camera's raw files: Nikon's NEF, Canon's CR2 and CR3, Sony's ARW, Adobe's DNG)
_IMAGE_EXT = r"(?i:jpe?g|png|heic|gif|tiff?|bmp|webp|nef|cr[23]|arw|dng)"
# A photo's record: a file name or a short prefix and digits ("PH-874050", "ID-photo-8725496").
_PHOTO_CODE = (
    rf"[\w\-]+\.{_IMAGE_EXT}|[A-Z]{{2,6}}-(?:[A-Za-z]{{1,6}}-)?[A-Z]{{0,3}}\d{{4,}}"
    # a year's two digits and a serial ("MP-25-21063"); a photo's or an image's prefix and digits ("PH267033538")
    r"|[A-Z]{2,6}-\d{2}-\d{4,}(?![\w\-])|(?:PH|PHOTO|IMG|PIC)[\-_]?\d{5,}(?![\w\-])"
    # two or three letters and six digits or more, after a photo's or a face's word ("photo record MI7246417",
    # "full-face series PXR8650350")
    r"|[A-Z]{2,3}\d{6,10}(?![\w\-])"
    # a 3D capture's ("photos face_oblique_L_2955.png, 3D-985905-F")
    r"|3D-\d{5,}(?:-[A-Z]{1,5})?(?![\w\-])"
)
# A word between a cue and its value: letters only, never a photo's (whose code is a PHOTO). Its blanks
# are taken whole (possessive): a word starts at no blank, so this matches what blanks, an optional mark
# and blanks again did, but a run of blanks is no longer split between the two in every way before each of
# up to seven words fails (a dispensing cabinet's padded header "BIO-ID     PATIENT     MRN ..." took 1.5 s).
_GAP_WORD = (
    # a word in brackets too ("Biometric enrolment (iris) record:")
    r"[ \t]*+(?:[(:,\-][ \t]*+)?(?!(?i:photo|image|picture|mug|booking|and\b|or\b))(?:(?i:no)\.|[A-Za-z][A-Za-z\-]*\)?(?![\w.]))"
)


# After a plan's word, a year or a date ("2024", "20250301") is no plan's number.
_NO_YEAR_AFTER = r"(?![ \t]*(?:19|20)\d\d(?:\d{4})?(?!\d))"
# A label that is also a common word names a code only when five digits or more follow.
_LONG_CODE_AHEAD = r"(?=[^\w\n]{0,6}(?:[A-Za-z]{2,4}[ ])?(?:[A-Za-z\-]*\d){5})"
# The same, or a code of one to four capitals and three digits or more ("K8220", "WYTT806"),
# or digits with dots ("47.717009"): what a case, donor or credential number looks like.
# Also a prefix, a dash and four digits or more ("NJK-3831", "C24-1871", "AUTH-7989-RJLH").
_CODE_AHEAD = (
    r"(?=(?-i:[^\w\n]{0,10}(?:(?:[A-Za-z]{2,4}[ ])?(?:[A-Za-z\-]*\d){5}|[A-Z]{1,4}\d{3,}(?![a-z])|\d{1,3}\.\d{5,}|[A-Z]{1,5}\d{0,3}-\d{4,}(?![a-z])"
    # nine digits in spaced threes, an A-number's ("A# 244 826 195"; not a phone's 3-3-4), a letter and a space before them ("A 238806966"), a case's
    # number with a slash ("case 60/225384")
    r"|\d{3}[ ]\d{3}[ ]\d{3}(?![ ]?\d)|[A-Z][ ]\d{8,9}(?!\d)|\d{2,3}/\d{6,8}(?![\d/]))))"
)


# --- necessary conditions (Branch.ahead) --------------------------------------------------------
# A name word (``_CAP``, ``_UPPER``, an initial) is one run of these characters, and the character
# after it in a match never is one (a space, a comma, a dot, a digit), so a possessive run
# (``*+``) stops exactly where the word does. The blanks between such words are taken whole too
# (``[ \t]++``): a word starts at no blank, so nothing is lost, and as _RUN may be empty a run of
# blanks is not split in every way across the repeats (a fixed-width report's padded columns,
# 320 blanks before each of eight words, took "facility_named" 1.6 s; now a few ms).
# (a run of a word's letters, bounded: a look-ahead that reads one from every start in a long run of hyphenated
# capitals, "A-A-A-...", would cost the square of its length)
_RUN = rf"[{_U}{_L}'’\-]{{0,64}}+"
# A name of two words or more, or a word before a credential: the word (or an initial and its
# dot), maybe a comma, then a capital or a particle ("Ngozi Okonjo", "J. Nwosu", "Okonjo, Mary",
# "Rivers, MD"); not a word that ends a sentence ("Pain. The").
_NAME_AHEAD = rf"(?=(?:[A-Z]\.|{_RUN}),?[ \t]*+(?:[{_U}]|(?:{_PARTICLES})[ \t]))"
# "Hood River, OR": up to three words, then a comma and a two-letter state.
_PLACE_STATE_AHEAD = rf"(?={_RUN}(?:[ \t]++{_RUN}){{0,2}},[ \t]*+[A-Z])"
# "Boston, MA 02139", "Boston,MA. 02139", "London SW1A 1AA": up to three space-separated groups
# of letters, dots, hyphens, apostrophes and commas, then a group ending in a state code before
# five digits, or a postcode's letters and digit.
_CITY_ZIP_AHEAD = (
    # (each word bounded: from every start of a long run without a blank an unbounded one cost the square)
    r"(?=(?:[A-Za-z.'\-,]{0,64}+[ \t]++){0,3}(?:[A-Za-z.'\-,]{0,64}?[A-Z]{2}\.?[ \t]++\d{5}|[A-Z]{1,2}\d))"
)
# person_before_dob: the name's words, then a tab or a "|" (the next field holds the date), within 80
# characters: unbounded, the look read to the line's end from every word, quadratic in the line's length
# (a long line of capitals: 1.6 s for 64,000 characters).
_FIELD_AHEAD = rf"(?=[{_U}{_L}'’\-., ]{{0,80}}+[\t|])"
_COUNTY_AHEAD = rf"(?=(?:{_RUN}[ \t]++){{1,2}}(?:Co|Cn|Pa|Bo|COUNTY|PARISH)|County[ \t]|Parish[ \t])"
# person_single: one of its cue words, or a word before "here", "called" ..., or before "'s"
# (an apostrophe inside a name is followed by a capital: "O'Brien's").
_SINGLE_AHEAD = (
    r"(?=(?=[pPrRsSfFhHcCmMaAnNdDeEvV])(?i:pt|patient|routed|sent|forwarded|reported|hand|came|signed|met|spoke|attn|cc|rn|nurse|"
    r"seen|reviewed|documented|entered|verified)"
    rf"|{_RUN}[ \t]++(?:here|covering|call|texted|phoned)"
    rf"|[{_U}{_L}\-]{{0,64}}+(?:['’][{_U}][{_U}{_L}\-]{{0,64}}+){{0,4}}+['’]s[ \t])"
)


_FACILITY_TOWN_WORDS = (
    r"(?:Valley[ \t]+(?:Memorial|Medical|Hospital|Regional)|Ambulatory[ \t]+(?:Surgery|Care)|"
    r"Regional[ \t]+(?:Medical|Hospital)|Community[ \t]+(?:Health|Hospital)|Family[ \t]+(?:Clinic|Medicine)|"
    r"General[ \t]+Hospital|Memorial[ \t]+Hospital|"
    # a practice named after its town ("Chester Primary Care", "Dalton Urgent Care", "Goshen Health Center")
    r"Primary[ \t]+Care|Urgent[ \t]+Care|Walk-in[ \t]+Clinic|Health[ \t]+Cent(?:er|re)|Medical[ \t]+Group|"
    r"Family[ \t]+Practice|"
    # a med spa's, a dermatologist's or a surgery centre's ("Carmel MedSpa", "Cody Dermatology Associates", "Mesa
    # Surgery Center")
    r"Med[ \t]?Spa|Medical[ \t]+Spa|Dermatology[ \t]+(?:Associates|Clinic|Cent(?:er|re)|Group|Specialists|Institute)|"
    r"Surgery[ \t]+Cent(?:er|re)|Outpatient[ \t]+Surgery|Plastic[ \t]+Surgery)\b"
)


# What ends a hospital's name that starts with its town ("Quillmont Regional Medical Center",
# "Little Cedar Memorial", "Yreka General Hospital", "Walla Walla VA Clinic").
_FACILITY_WORD = (
    r"(?:Regional|Community|General|Memorial|Health|Specialty|VA|Medical|Hospital|Skilled|Rehabilitation|Cancer|"
    r"Senior|Assisted|Memory|Adult|Nursing|Healthcare|Living|Care|Service|Correctional|Detention|Processing|"
    r"Maternity|Occupational|Birth|Family|Children['’]s|Women['’]s)(?![\w'’])"
)
# A facility's word that a town may follow with "of" or "de" ("Royal Infirmary of Sumy", "Manor of Cass Lake").
_FACILITY_HEAD = (
    r"(?:Hospital|Hospitals|Infirmary|Clinic|Clinique|Cl[íi]nica|Sanatorio|Sanatorium|Hospice|Manor|Home|House|Lodge|"
    r"Residence|Village|Center|Centre|Institute|Living|Care|Krankenhaus|Klinikum|Hôpital|Policl[íi]nica|Centro)"
)
_FACILITY_TAIL = (
    r"(?:Regional[ \t]+(?:Medical[ \t]+Center|Hospital)|Community[ \t]+(?:Hospital|Health[ \t]+Center|Medical[ \t]+Center)|"
    r"General[ \t]+Hospital|Memorial(?:[ \t]+(?:Hospital|Medical[ \t]+Center))?|Health[ \t]+(?:Campus|Cent(?:er|re))|"
    r"Specialty[ \t]+(?:Clinic|Hospital)|VA[ \t]+(?:Medical[ \t]+Center|Clinic|Hospital)|Medical[ \t]+Cent(?:er|re)|Hospital|"
    # "Grand Coulee Skilled Nursing & Rehab", "Marrowstone Rehabilitation Institute", "Hope Cancer Center"
    r"Skilled[ \t]+Nursing(?:[ \t]+(?:&|and)[ \t]+Rehab(?:ilitation)?|[ \t]+(?:Facility|Center))?|"
    r"Rehabilitation[ \t]+(?:Institute|Hospital|Center)|Cancer[ \t]+(?:Center|Institute)|"
    # long-term care ("Sparrow Lake Adult Day Services", "Bluewater Nursing and Rehab Center"), an Indian Health
    # Service unit ("Chinle Service Unit"), a prison or a detention centre ("Florence Correctional Center")
    r"Senior[ \t]+Living|Assisted[ \t]+Living(?:[ \t]+(?:Center|Community|Residence))?|"
    r"Memory[ \t]+Care(?:[ \t]+(?:Center|Residence|Community))?|Adult[ \t]+Day(?:[ \t]+(?:Services|Center|Health))?|"
    r"Nursing[ \t]+(?:(?:&|and)[ \t]+Rehab(?:ilitation)?[ \t]+(?:Center|Centre)|Home|Center|Facility)|"
    r"Healthcare[ \t]+Center|Health[ \t]+(?:&|and)[ \t]+Rehab(?:ilitation)?|Living[ \t]+Center|Care[ \t]+Center|"
    r"Community[ \t]+Residence|Service[ \t]+Unit|(?:Correctional|Detention|Processing)[ \t]+(?:Center|Facility|Institution)|"
    # a maternity pavilion, a health department, an occupational health clinic, a county's adult detention
    # facility, a family health clinic, a birth centre, a children's or a women's hospital ("Dunmore Maternity
    # Pavilion", "Oakhurst Health Department", "Lincoln Occupational Health", "Sandoval Adult Detention Facility")
    r"Maternity[ \t]+(?:Pavilion|Center|Centre|Hospital|Unit)|Health[ \t]+Department|"
    r"Occupational[ \t]+(?:Health|Medicine)(?:[ \t]+(?:Associates|Clinic|Center|Services))?|"
    r"Adult[ \t]+(?:Detention|Correctional)[ \t]+(?:Center|Facility)|Family[ \t]+(?:Health[ \t]+)?(?:Clinic|Practice|Health[ \t]+Center|Medicine)|"
    r"Birth[ \t]+(?:Center|Centre)|(?:Children|Women)['’]s[ \t]+(?:Hospital|Medical[ \t]+Center|(?:&|and)[ \t]+Infants['’][ \t]+Hospital))(?![\w'’])"
)

# A plate in three groups ("AY-24-080", "EH-97-119"), after a vehicle's or an ambulance unit's word.
# (an Irish plate puts its year first: "201-KY-19047", "251-D-23308")
_PLATE_IN_THREE = r"(?:[A-Z]{1,3}-\d{2,3}-\d{2,4}|\d{2,3}-[A-Z]{1,2}-\d{1,6})(?![\w\-])"
# An Eircode's routing key ("A91", "D6W") and its last four with a digit among them (not a dose's "50ML").
# Unspaced, its last four hold two letters or more ("V94CP6P"; not a stock lot's "C8848C6"), and are no ICD-10-CM
# code's placeholder X and seventh character ("T401X1A", "W010XXA").
_EIRCODE_ROUTE = r"(?:(?!D)[AC-FHKNPRTV-Y]\d{2}|D(?:0[1-9]|1\d|2[0-4]|6W))"
_EIRCODE_KEY = rf"{_EIRCODE_ROUTE}[ ]"
_EIRCODE_JOINED = rf"{_EIRCODE_ROUTE}(?=(?:\d*[A-Z]){{2}})(?![0-9X]{{3}}[A-Z](?![\w\-]))"
_EIRCODE_LABEL = r"(?<=(?i:eircode)[ ])|(?<=(?i:eircode):[ ])"
# A capitalised town's name of three to fourteen letters and a space right before ("Drogheda "; not "at T12 L1L2")
_TOWN_WORD_BEFORE = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}}[ ])" for n in range(2, 14))
_EIRCODE_TAIL = (
    r"(?=\d{0,3}[A-Z])(?!\d+(?:ML|MG|MCG|UG|IU|U|G|L|KG|MMOL|MEQ|MIN|HR|H)(?![\w\-]))"
    r"[0-9A-Z]{4}(?<=\d...|.\d..|..\d.|...\d)"
)
# An Ontario card's version code after its number, spaced only at a field's end ("4412075512KT", "1234 567 890 AB |";
# not a title's "485 777 3456 MR J SMITH").
_VERSION_CODE = r"(?:-?[A-Z]{2}|[ ][A-Z]{2}(?=[ \t]*(?:$|\n|[,;|)]|[ \t]{2})))"
# A date or a span of years where an identifier's number stands ("2019-2024", "12/03/2021": no member's, no folder's number)
_NOT_DATE_AHEAD = (
    r"(?!(?:19|20)\d\d[\-/.](?:(?:19|20)?\d\d|\d{1,2}[\-/.]\d{1,2})(?![\w\-/])"
    r"|\d{1,2}[\-/.]\d{1,2}[\-/.](?:19|20)?\d\d(?![\w\-/]))"
)
# Australia's states and territories, before a four-digit postcode.
_AU_STATES = "NSW|VIC|QLD|WA|SA|TAS|NT|ACT"
# (its words bounded and possessive: read from every start of a long run without a blank, "[^\s]+" cost the square)
_TOWN_AU_AHEAD = rf"(?=(?:[^\s]{{1,64}}+[ \t]+){{1,3}}(?:{_AU_STATES})[ \t]+\d{{4}}(?![\w\-]))"
# Ireland's counties, north and south.
_IE_COUNTIES = (
    "Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|"
    "Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow|Antrim|Armagh|Down|Fermanagh|"
    "Londonderry|Derry|Tyrone"
)
# "Co. Kerry": the county's name after its abbreviation (county_ie, and after an address's town)
_CO_COUNTY_PATTERN = rf"(?<![\w])Co\.?[ \t]+(?P<v>{_IE_COUNTIES})(?![\w\-])"
_CO_COUNTY = re.compile(_CO_COUNTY_PATTERN)

# Right after an abbreviation's letters, where its full stop ends no sentence ("Av.", "Col.", "C.P.", "Brgy.").
_AFTER_ABBREVIATION = r"(?:(?<=\b[A-Za-z])|(?<=\b[A-Za-z]{2})|(?<=\b[A-Za-z]{3})|(?<=\b[A-Z][a-z]{3}))"

_CROSS_STREET = r"(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)"
_CROSS_SUFFIX = r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Highway|Hwy|Parkway|Pkwy|Drive)\b"


def _lab(label: str, value: str = _ID) -> str:
    """A labelled value: the label, its tail (":", "#", "No."), then the value as group v."""
    # also the second of two labels joined by a slash ("Visit/FIN", "LANR/NPI", "Medicaid/CHIP"), not a
    # path's part, nor a lower-case word after a slash ("notes/plan 2025", "mom/member 77120934")
    return rf"(?:(?<![\w/])|(?<=[A-Za-z]{{2}}/)(?![a-z]))(?:{label}){_LABEL_TAIL}(?P<v>{value})"


# --- branches ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Branch:
    """One alternative of the engine: its value (group ``<name>_v``) is a ``type`` finding."""

    name: str
    type: PhiType
    pattern: str
    score: float
    kind: str = "plain"  # plain | person | person1 | phone | strip | md | cap (dictionary lookup) | skip (read, no finding)
    starts: str = "Uld"  # what its first character can be: U upper, l lower, d digit, o ( + : -
    # A lookahead that every match of the branch satisfies, checked before the branch itself: a
    # cheap necessary condition that saves walking a name's alternatives at most capitalised
    # words ("" when none). It must never fail where the pattern matches (test_phi_engine checks).
    ahead: str = ""


# The first character of a branch's match by class; the engine only tries a branch where it can start.
_START_CLASS = {"U": rf"[{_U}]", "l": r"[a-z]", "d": r"\d", "o": r"[(+:—–\-\#]"}


# Words that label a number on a lab, pharmacy or form line; never the town before a ZIP.
_ID_LABEL_WORD = r"(?:Lot|Batch|Accession|Lab|Page|Step|Kit|Ref|Order|Case|Run|Rack|Tube|Slide|Well|Plate|Vial|Item|Code)\b"

_B = Branch
# Order is priority at a position: labels before shapes, specific shapes before general ones.
BRANCHES: tuple[Branch, ...] = (
    _B(
        "email",
        T.EMAIL,
        # not a system's no-reply mailbox, which names no one ("no-reply@example.org")
        r"(?<![\w.+\-])(?!(?i:no-?reply|do-?not-?reply|noreply)@)(?P<v>[\w.%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})\b",
        0.95,
        starts="Uld",
    ),
    # Not a code system's or a standard's address, which names no one ("http://hl7.org/fhir/sid/us-ssn",
    # "http://loinc.org", "http://snomed.info/sct"): the namespace of a FHIR identifier or coding.
    _B(
        "url",
        T.URL,
        r"(?P<v>\b(?i:(?:https?|ftp)://|www\.)"
        r"(?!(?i:(?:www\.)?(?:hl7\.org|terminology\.hl7\.org|loinc\.org|snomed\.info|unitsofmeasure\.org|"
        r"www\.nlm\.nih\.gov|nlm\.nih\.gov|www\.ama-assn\.org|fhir\.org|ihe\.net)(?![\w.\-])))"
        r"[^\s<>\"'()\[\]]+)",
        0.9,
        "strip",
        starts="Ul",
    ),
    # A DOI names a publication, not a person: read whole and passed over, so no part of it is taken for a phone
    # or a code ("doi:10.7326/M-180-08326-1", "doi:10.7326/M.2018.1634")
    _B(
        "doi",
        T.OTHER_ID,
        r"(?<![\w])(?i:doi)[ \t]*(?::[ \t]*)?(?P<v>10\.\d{4,9}/[^\s<>\"'()\[\];,]+)",
        0.0,
        "skip",
        starts="Ul",
    ),
    # "example.org/records?pt=1", "portal.example.com": a host name without a scheme.
    _B(
        "url_bare",
        T.URL,
        r"(?<![\w@.\-/])(?P<v>(?=[\w\-]{1,96}+\.[A-Za-z])(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+"
        r"(?:com|org|net|edu|gov|mil|io|us|info|biz|health|care|app|example|test|COM|ORG|NET|EDU|GOV)"
        r"(?![\w\-@])(?:/[^\s<>\"'()\[\]]*)?)",
        0.8,
        "strip",
        starts="Uld",
    ),
    # "Baby Girl Page": a newborn's surname (the words before it are no name).
    _B(
        "person_baby",
        T.NAME,
        rf"(?<![\w])(?i:baby[ \t]+(?:boy|girl))[ \t]+(?P<v>{_CAP}(?:-{_CAP})?|{_UPPER})(?![\w'’])",
        0.8,
        "baby",
        starts="U",
    ),
    # "Mercy Kettle Hill", "Mercy Mount Corwin": a hospital of a system named after its town.
    _B(
        "facility_mercy",
        T.LOCATION,
        rf"(?<![\w])Mercy[ \t]+(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*(?:[,.;:)\n]|$)|[ \t]+[a-z])",
        0.7,
        "mercy",
        starts="U",
    ),
    # People announced by a title, a field label, a greeting or a sign-off.
    _B(
        "person_honorific",
        T.NAME,
        rf"{_HONORIFIC}[ \t]+(?P<v>{_PARTICLE_REQ}{_CAP}|{_INITIAL}[ \t]+{_CAP}|"
        rf"{_CAP}(?:[ \t]+{_INITIAL})?(?:[ \t]+{_PARTICLE}{_CAP})?|{_UPPER})",
        0.85,
        "person1",
        starts="U",
    ),
    _B(
        "person_single",
        T.NAME,
        rf"(?:(?<![\w])(?i:pt|patient|routed[ \t]+to|(?:sent|forwarded|reported)[ \t]+to|hand(?:ed)?[ \t]*off[ \t]+to|came[ \t]+with|"
        # "Nurse Rich.": one surname after a clinician's cue
        rf"signed[ \t]+out[ \t]+to|met[ \t]+with|spoke[ \t]+with|attn:?|cc:?|rn:|nurse:?)[ \t]+(?P<v>{_CAP})"
        rf"(?=[ \t]*(?:,(?![ \t]*{_CAP})|[.;:!?)])|[ \t]*$|[ \t]*\n|[ \t]+(?:and|{_SUBJECT_VERB}))"
        # "Seen by Marsh.": one surname ending the sentence after "seen by" ("Reviewed by Shaw, MA" is the
        # person rule's, a name and a credential)
        rf"|(?<![\w])(?i:seen|reviewed|signed|documented|entered|verified)[ \t]+by[ \t]+(?P<person_single_by>{_CAP})"
        rf"(?=[ \t]*[.;!?)](?:[ \t]|$)|[ \t]*$|[ \t]*\n)"
        rf"|(?P<person_single_subject>{_CAP})(?=[ \t]+(?:here|covering|called|calling|texted|phoned)\b)"
        rf"|(?P<person_single_owner>{_CAP})(?=['’]s[ \t]+(?:{_RELATION})\b))",
        0.6,
        "single",
        starts="Ul",
        ahead=_SINGLE_AHEAD,
    ),
    _B(
        "person_label",
        T.NAME,
        rf"(?<![\w']){_PERSON_LABEL}(?!(?<=[A-Za-z])[A-Za-z{_U}])\s{{0,6}}(?:{_HONORIFIC}[ \t]+)?(?P<v>{_ANY_NAME})",
        0.8,
        "person",
        starts="Ul",
    ),
    # "Hygienist: Will", "Nephrologist Joaquín Page", "Medic: NNAMDI VAN DER BERG", "Mom April would
    # like ...", "MD: K. Wise": a person's role, then a name (one word too, even one that is a word).
    _B(
        "person_role",
        T.NAME,
        rf"(?<![\w'])(?:{_ROLE_WORDS})(?:[ \t]*[:|\-–])?[ \t]+(?:{_HONORIFIC}[ \t]+)?"
        rf"(?P<v>{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME}|[A-Z{_U}]\.[ \t]?(?:{_PARTICLE_REQ})?{_CAP}|{_CAP})"
        rf"(?=[ \t]*(?:[,.;:)(|/\n]|$)|[ \t]+[a-z(+\d]|[ \t]{{2,}}|\t)",
        0.75,
        "role",
        starts="Ul",
    ),
    _B(
        "person_greeting",
        T.NAME,
        rf"(?i:dear|hi|hello|good[ \t]+(?:morning|afternoon|evening))[ \t,]+(?P<v>{_CAP})(?=[ \t]*[,:!\n])",
        0.75,
        "person1",
        starts="Ul",
    ),
    _B(
        "person_my_name",
        T.NAME,
        rf"(?i:my[ \t]+name[ \t]+is|my[ \t]+name's|call[ \t]+me|(?<!(?i:dogs|cats|pets)[ ])(?<!(?i:dog|cat|pet)[ ])(?:named|called))[ \t]+(?P<v>{_FULL_NAME}|{_CAP})",
        0.8,
        "person1",
        starts="Ul",
    ),
    _B(
        "person_intro",
        T.NAME,
        rf"(?i:i[ \t]+am|i'm|this[ \t]+is|is[ \t]+this|speaking[ \t]+(?:to|with)|spoke[ \t]+(?:to|with|w/)|"
        rf"with|and|per|{_PERSON_VERB}):?[ \t]+(?P<v>{_LAST_FIRST}|{_FULL_NAME}|{_INITIAL}[ \t]+{_CAP})"
        rf"(?=[ \t]*[,.;:?!()<]|[ \t]+\+?\d|[ \t]*$|[ \t]*\n|[ \t]+(?:and|who|from|at|in|on|re\b|called|said|is|was|(?i:{_RELATION})))",
        0.7,
        "person",
        starts="Ul",
    ),
    _B(
        "person_relation",
        T.NAME,
        rf"\b{_RELATION}s?(?:,|[ \t]+(?:is|named|called))?[ \t]+(?P<v>{_FULL_NAME}|{_CAP}(?=[ \t]*[,.;()\n]|[ \t]*$|[ \t]+[a-z]))",
        0.75,
        "person1",
        starts="Ul",
    ),
    # "Ngozi Okonjo reports ...", "proband Vikram Mbeki, 95, ...": a two-word name as the subject
    # of a person's verb (at the start of a sentence, see _subject_position) or before an age.
    _B(
        "person_subject",
        T.NAME,
        rf"(?P<v>{_FULL_NAME}|{_UPPER_NAME}|{_INITIAL}[ \t]+{_CAP})"
        rf"(?=[ \t]+{_SUBJECT_VERB}|{_AGE_AHEAD}|[ \t]+and[ \t]+{_CAP}[ \t]+{_SUBJECT_VERB})",
        0.65,
        "subject",
        starts="U",
        ahead=_NAME_AHEAD,
    ),
    _B(
        "person_dash_signature",
        T.NAME,
        rf"(?:^|(?<=\n))(?:—|–|--?)[ \t]*(?P<v>{_CAP}(?:[ \t]+(?:{_INITIAL}[ \t]+)?{_CAP})?)[ \t]*(?=\n|$)",
        0.75,
        "person1",
        starts="o",
    ),
    # "| BELLWEATHER, NUALA |": a surname and a given name in capitals, alone in a field between bars.
    _B(
        "person_caps_field",
        T.NAME,
        rf"(?:(?<=\|)|(?<=\|[ \t])|(?<=\|[ \t]{{2}}))(?P<v>{_UPPER}(?:[ \t]{_UPPER})?,[ \t]*{_UPPER}(?:[ \t]+[A-Z]\.?)?)"
        r"(?=[ \t]*\|)",
        0.75,
        "caps_field",
        starts="U",
    ),
    # A form's name parts ("A. First name: FAITH      C. Last name: MOREAU"): the label says what the word is,
    # a word or not; never an empty field's word ("Last name: unknown").
    _B(
        "person_name_part",
        T.NAME,
        rf"(?<![\w])(?i:(?:first|last|given|family|middle|sur)[ \t]*name)[ \t]*[:=][ \t]*"
        rf"(?!(?i:unknown|unk|none|n/?a|same|not|see|pending|declined|refused|blank)\b)"
        rf"(?P<v>{_CAP}(?:[ \-'’]{_CAP})?|{_UPPER}(?:[ \-'’]{_UPPER})?)(?=[ \t]*(?:$|\n|[ \t]{{2}}|\t|[,;|]))",
        0.8,
        starts="Ul",
    ),
    # Nicknames: 'goes by "Pip"', "Preferred name: Red", "known as Boo".
    _B(
        "person_nickname",
        T.NAME,
        rf"(?i:goes[ \t]+by|preferred[ \t]+name|nick[ \t\-]?name|known[ \t]+as|a\.?k\.?a\.?|calls[ \t]+(?:him|her)self|"
        # a form's "Chosen name:", "Name used:", "Other names used:" (a benefits application's, a gender-affirming
        # care letter's)
        rf"chosen[ \t]+name(?=[ \t]*:)|(?:other[ \t]+)?names?[ \t]+used(?=[ \t]*:)|"
        # a face sheet's "ALIAS/PREFERRED: BUD", the MDS's "Name by which resident prefers to be addressed: Doc",
        # 'responds to being called "Chico"'
        # ('Client: Mateo Nakamura  (prefers "Mat")', "Caller Wen Van Buren (prefers Tee)", '(Keisha prefers "Tee")')
        rf"alias(?:/preferred)?(?=[ \t]*:)|prefers[ \t]+to[ \t]+be[ \t]+(?:addressed|called)|(?<=\()(?:[A-Z][a-z'’\-]+[ \t]+)?prefers(?=[ \t]+[\"“'‘]|[ \t]+[A-Z][a-z]+\))|(?:being|be|is|likes[ \t]+to[ \t]+be)[ \t]+called(?=[ \t]+[\"“'‘]))"
        rf"[ \t]*(?::[ \t]*)?[\"“'‘]?(?P<v>{_CAP}|{_UPPER})(?=[\"”'’]|[ \t]*[,.;)\n]|[ \t]{{2,}}|[ \t]*$)",
        0.75,
        "nickname",
        starts="Ul",
    ),
    # "Malachi (12 yo)", "Quang (31yo) returns": one given name before a bracketed age.
    _B(
        "person_age_single",
        T.NAME,  # kind "given": a given name or a name-shaped word
        rf"(?=[{_U}][\w'’\-]{{0,64}}+[ \t]*\()(?P<v>{_CAP})(?=[ \t]*\([ \t]*(?:\d{{1,3}}|[A-Za-z]+(?:-[a-z]+)*)[ \t\-]*(?i:yo\b|y/o|y\.o\.|years?\b|yrs?\b|-year|-yr|y\b(?![\-/.])))",
        0.65,
        "given",
        starts="U",
    ),
    # "Kealoha, 92 years old, hears ...": one name before its age in years.
    _B(
        "person_age_comma",
        T.NAME,
        rf"(?P<v>{_CAP})(?=,[ \t]*(?:\d{{1,3}}|(?i:{_AGE_WORDS_ANY}|ninety))[ \t\-]*(?i:years?[ \t\-]+old|y/?o\b|yo\b))",
        0.65,
        "given",
        starts="U",
        ahead=rf"(?={_RUN},[ \t]*[\dnoNO])",
    ),
    # "J. Bishop" signing off, "Prepared by S. Friday, RN", "| D. Do": an initial and a surname that
    # may be a word, at a signature's place.
    _B(
        "person_initial_signed",
        T.NAME,
        rf"(?:(?<=\bby[ ])|(?<=\bBy[ ])|(?<=\bSigned[ ])|(?<=\bsigned[ ])|(?<=^)|(?<=\n)|(?<=-[ ])|(?<=/[ ])"
        rf"|(?<=\|[ ])|(?<=\. ))"
        rf"(?P<v>[A-Z]\.[ \t]?(?:{_PARTICLE_REQ})?[{_U}][{_L}]+(?:-[{_U}][{_L}]+)?)"
        rf"(?=,?[ \t]+{_CREDENTIAL}|[ \t]*(?:[;,.][ \t]*)?(?:\n|$|\|)|;|,[ \t]+[a-z])",
        0.6,
        "signed",
        starts="U",
    ),
    # "Fields, Major T." / "Young, Bill J.": a surname, a given name and an initial.
    _B(
        "person_last_first_initial",
        T.NAME,
        rf"(?<![\w'’\-])(?P<v>(?:{_PARTICLE_REQ})?{_CAP},[ \t]*{_CAP}[ \t]+[A-Z]\.)(?![\w])",
        0.65,
        "last_first_initial",
        starts="Ul",
    ),
    # "Pt B. Gallagher seen", "blood bank MD E. Haile": an initial and a surname.
    _B(
        "person_initial",
        T.NAME,
        rf"(?<![\w./°])(?P<v>[A-Z]\.[ \t]?(?:{_PARTICLE_REQ})?{_CAP})(?![\w'’]|\.[\w.])",
        0.6,
        "initial",
        starts="U",
    ),
    # Portal messages in lower case: "hi its tevita, my sugars ...".
    _B(
        "person_lower_intro",
        T.NAME,
        r"(?<![\w'])(?:(?i:hi|hello|hey)[ \t,!]+(?i:it'?s|its|this[ \t]+is|i'?m|im)|(?i:this[ \t]+is|my[ \t]+name[ \t]+is))"
        rf"[ \t]+(?P<v>[a-z][a-z'\-]{{2,}})(?=[ \t]*,|[ \t]+(?:here|again)\b|[ \t]+[{_U}][{_L}])"
        # "3:05 am grier: hi is this the nurse line": a chat's speaker after the time
        r"|(?:(?<=(?<![A-Za-z])[ap]m[ \t])|(?<=(?<![A-Za-z])[AP]M[ \t]))(?P<person_lower_speaker>[a-z][a-z'\-]{2,})(?=:[ \t])"
        # "spoke w/ haruto re: ...", "06/02: layla says ...": a call note's first name in lower case
        r"|(?<![\w'])(?i:spoke[ \t]+(?:w/|with)|talked[ \t]+(?:w/|with))[ \t]+(?P<person_lower_w>[a-z][a-z'\-]{2,})(?=[ \t]+(?:re\b|about|regarding)|[ \t]*[,.;:])"
        r"|(?<=:[ \t])(?P<person_lower_says>[a-z][a-z'\-]{2,})(?=[ \t]+(?:says|said|reports|states|asks|called)\b)"
        # "pt kealoha, 35 y", "how is mei-ling tonight", "my son guy ate", "hi rose, can you hear me"
        rf"|(?<![\w'])(?i:pt|patient)[ \t]+(?P<person_lower_pt>[a-z{_L}][a-z{_L}'\-]{{2,}})(?=,[ \t]*\d{{1,3}}[ \t]*(?:y|yo|y/o|yrs?|years?)\b)"
        rf"|(?<![\w'])(?i:how[ \t]+is)[ \t]+(?P<person_lower_how>[a-z{_L}][a-z{_L}'\-]{{2,}})(?=[ \t]+(?:tonight|today|doing|now|this)\b)"
        rf"|(?<![\w'])(?i:my[ \t]+(?:son|daughter|baby|husband|wife|brother|sister|grandson|granddaughter|boy|girl))[ \t]+"
        rf"(?P<person_lower_rel>[a-z{_L}][a-z{_L}'\-]{{2,}})(?=[ \t]+[a-z])"
        rf"|(?<![\w'])(?i:hi|hello|hey|thanks|thank[ \t]+you)[ \t,]+(?P<person_lower_hi>[a-z{_L}][a-z{_L}'\-]{{2,}})(?=[ \t]*[,!?.])"
        # "from: dmitri yazzie", "camper: sunday mukherjee", "spoke with yusuf mcallister", "hi its jade müller":
        # a given name and a surname in lower case after a person's cue (the handler checks both words)
        rf"|(?<![\w'])(?i:from|by|with|camper|child|client|resident|patient|pt|it'?s|its|i'?m|im|aide|screener|"
        rf"parent|guardian|caller|sender)[ \t]*[:=]?[ \t]+"
        rf"(?P<person_lower_pair>[a-z{_L}][a-z{_L}'\-]{{2,}}[ \t]+[a-z{_L}][a-z{_L}'\-]{{2,}})(?![\w@.'\-]|\.[a-z])",
        0.6,
        "lower",
        starts="l",
    ),
    # Ages over 89 (ages up to 89 are not identifiers).
    _B(
        "age_years",
        T.AGE,
        rf"(?<![\w.])(?P<v>{_AGE_NUM})(?=[ \t]*(?:-[ \t]*)?(?i:years?|yrs?|y/?o\b|y\.o\.|yo\b|-year|y\b(?![\-/.])|jahre|años|anos|ans\b)(?![ \t]+ago))",
        0.9,
        starts="Uld",
    ),
    _B(
        "age_label",
        T.AGE,
        r"(?<![\w])(?i:age[d:]?|aged|age[ \t]+of|age[ \t]+(?:at|on|upon)[ \t]+[a-z]+|age[ \t]+(?:today|now|currently)|"
        r"died[ \t]+at|passed[ \t]+(?:away[ \t]+)?at|edad|[aâ]ge|alter(?=[ \t]*:)|turned|turns|alive[ \t]+at|"
        r"(?:patient|pt|he|she|mom|mum|mother|dad|father|husband|wife|grandma|grandpa|grandmother|grandfather)[ \t]+(?:is|was|turned)(?:[ \t]+now)?|"
        r"(?:he|she)['’]s|(?:pt|patient)_age(?==)|"
        # said by the person or of a relative: "I am 91", "born 1934, am 101 and of sound mind", "father lived to 92"
        r"i[ \t]+am|i['’]m|am(?=[ \t]+(?:9\d|1[01]\d)[ \t]+(?:and[ \t]+of[ \t]+sound|years?[ \t]+old))|lived[ \t]+to(?:[ \t]+(?:be|age))?)"
        rf"[ \t]*(?:[:=][ \t]*)?(?P<v>{_AGE_NUM})(?!\d|\.\d|[ \t]*(?:%|mg|kg|lb|cm|mm|/|bpm|\+|(?i:percent)))"
        r"(?![ \t]+(?i:(?:or|and)[ \t]+(?:older|over|above)|and[ \t]+up|degrees|°))",
        0.9,
        starts="Ul",
    ),
    # "is ninety-three", "at one hundred and two": an age in words after a verb or "at" (a lab value
    # or a dose is written in digits); "living, 98" in a family history
    _B(
        "age_spelled",
        T.AGE,
        # (not a vital sign said aloud: "pulse ninety-eight", "over ninety-nine", "fever ninety-eight point seven")
        # (the look-behinds only where the words can start: they are tried at most words' starts otherwise)
        rf"(?<![\w\-])(?:(?i:is|was|at|now|reached|living,)[ \t]+)?(?=(?i:ninety|one))"
        rf"{_NOT_AFTER_VITAL}(?P<v>(?>{_AGE_WORDS_ANY}))(?![\-\w])"
        r"(?![ \t]+(?i:percent|per|mg|milligrams?|ml|milliliters?|units?|minutes?|seconds?|hours?|days?|degrees|times|beats|pounds|kg|feet|meters|mm|cm|point|over)\b)"
        r"|(?<![\w])(?i:living),[ \t]+(?P<age_spelled_living>9\d|1[01]\d)(?=[ \t]*[.;,)\n]|$)"
        # "ninety" alone, after a person and a verb ("Patient, who is ninety, states"): not a reading ("HR is ninety")
        r"|(?<![\w])(?i:(?:who|she|he|patient|pt)[ \t]+(?:is|was|turned|turns))[ \t]+(?P<age_spelled_alone>(?i:ninety))"
        r"(?![\-\w])(?![ \t]+(?i:percent|per|mg|units?|minutes?|seconds?|hours?|days?|degrees|times|beats|pounds|kg|point|over)\b)",
        0.8,
        starts="Ul",
    ),
    _B(
        "age_sex",
        T.AGE,
        # (not a temperature in Fahrenheit: "fever > 101 F", "T 102 F")
        r"(?<![\w.])(?<!> )(?<!>)(?<!≥ )(?<!≥)(?<!fever )(?<!temp )(?<!Temp )(?<!Temp: )(?<!temp: )(?<!febrile to )"
        r"(?P<v>(?:9\d|1[01]\d))(?=[ \t]?(?:[MF]|yo[MF]|y[MF])\b)",
        0.85,
        starts="d",
    ),
    # A relative's age over 89 in brackets after the relation, or after "who is" ("great-grandmother (97)",
    # "bisabuela (100 años)", "her sister (92)", "her mother, who is 100."): only 90 to 119, and not a reading
    # after "now" ("HR now 104").
    _B(
        "age_relative",
        T.AGE,
        rf"(?<![\w\-])(?:(?:(?i:great-)*{_RELATION}|(?i:(?:bis|tatara)?abuel[oa]))[ \t]*\((?P<v>(?:9\d|1[01]\d))"
        r"(?=(?:[ \t]*(?i:y/?o|yrs?|years?(?:[ \t]+old)?|años))?\))"
        r"|(?i:who[ \t]+is|who['’]s)[ \t]+(?P<age_relative_is>(?:9\d|1[01]\d))(?=[ \t]*(?:[.,;)]|$|(?i:years?)\b)))",
        0.8,
        starts="lU",
    ),
    # "a nonagenarian", "her 103rd birthday": an age over 89 without "years".
    _B(
        "age_words",
        T.AGE,
        # Spanish words before "años" ("noventa y tres años", "cien años", "ciento dos años")
        r"(?<![\w])(?P<age_words_es>(?i:noventa(?:[ \t]+y[ \t]+(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|"
        r"ciento[ \t]+(?:uno|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince)))(?=[ \t]+(?i:años)\b)|"
        r"(?<![\w])(?P<v>(?i:nonagenarian|centenarian|supercentenarian)s?(?![ \t]+(?i:cohorts?|stud(?:y|ies)|trials?|groups?|populations?|registry|research|program))|(?:9\d|1[01]\d)(?:st|nd|rd|th)(?=[ \t]+birthday))",
        0.85,
        starts="Uld",
    ),
    _B(
        "age_decade",
        T.AGE,
        # "in her late 90s", and in brackets after an age: "a 98-year-old (late nineties)", "(over 100)"
        r"(?:(?i:in[ \t]+(?:his|her|their)[ \t]+)|(?:(?<=(?i:old)[ \t])|(?<=(?i:old)))\()"
        r"(?P<v>(?i:(?:early|mid|late)[ \t\-]+)?(?i:(?:90|100)'?s|nineties)"
        r"|(?i:over|past|older[ \t]+than)[ \t]+(?:100|(?i:one|a)[ \t]+hundred))\b",
        0.85,
        starts="Ulo",
    ),
    # Dates: every element but the year.
    _B(
        "date_cued",
        T.DATE,
        rf"(?<![\w])(?:{_DATE_CUE}|{_DATE_CUE_MORE})(?:[ \t]*+:)?[ \t]++(?P<v>{_MD_RANGE}|{_YEARLESS}|{_YEARLESS_DASH}|{_CUED_ONLY}"
        # "from may 21", "on march 3rd": the lower-case months that are words, after a date's cue
        rf"|(?:may|march)[ \t]+{_DAY}{_ORD}(?:,?[ \t]+{_YEAR}(?!\d)|(?![\d/:]|\.\d){_NOT_UNIT}))",
        0.85,
        starts="Ul",
    ),
    # A date an OCR misread, its digits read as the letters they look like ("Visit O9/24/2027", "lO/12/2027",
    # "OS/16/2028", "O2/07/202B"): month, day and a year of this or the last century, a letter among five digits or more.
    _B(
        "date_ocr",
        T.DATE,
        r"(?<![\w/])(?=[0-9/]*[OlISB])(?=(?:[^\d\n]{0,4}\d){5})"
        r"(?P<v>[0-3OlI][0-9OlISB]/[0-3OlI][0-9OlISB]/(?:19|20|l9|2O)[0-9OlISB]{2})(?![\w/])",
        0.8,
        starts="Uld",
    ),
    # "DOB 030906": six digits after a birth date's label (YYMMDD or DDMMYY, as passports and forms abroad write it),
    # or eight with the century ("d.o.b. 07251993", "DOB 25071993"); after an injury's date too ("DOI=05081986")
    _B(
        "date_dob_six",
        T.DATE,
        r"(?<![\w])(?i:dob|d\.o\.b\.?|born|birth[ \t]*date|date[ \t]+of[ \t]+birth|fecha[ \t]+de[ \t]+nacimiento|"
        r"date[ \t]+de[ \t]+naissance|geburtsdatum|doi(?=[ \t]*[:=]|[ \t]+\d{6,8}(?!\d))|date[ \t]+of[ \t]+injury)[ \t]*(?:[:=\-][ \t]*)?"
        rf"(?P<v>{MDY8}|{DMY8}|"
        r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2})(?![\w\-/.])",
        0.85,
        starts="Ul",
    ),
    _B(
        "month_only",
        T.DATE,
        rf"(?<![\w])(?i:in|since|during|until|early|late|mid|by|last|this|next)[ \t\-]+(?P<v>(?:{_FULL_MONTH}))\b(?!['’]s\b)(?![ \t]*(?:of[ \t]+|,[ \t]*)?\d)"
        # "by April de la Cruz": a given name before a surname
        rf"(?![ \t]+(?:(?:{_PARTICLES})[ \t]+)+[{_U}]|[ \t]+[{_U}][{_L}]+(?![ \t]*(?:[,.;:][ \t]*)?\d))",
        0.7,
        starts="Ul",
    ),
    # A range of two dates joined by a hyphen ("01/02/2024-01/05/2024", "21.05.2024-04/01/2026", "6.11.2025-March 3"):
    # each end is a date of its own (a date alone may not end in a hyphen, which a code's digits may); the range's
    # end is the first one's follow-up (_follow_ups: no branch starts right after a digit)
    _B(
        "date_range_from",
        T.DATE,
        rf"(?<![\w/.\-])(?P<v>{_RANGE_DATE})(?=[\-–]{_RANGE_SECOND})",
        0.9,
        starts="d",
    ),
    _B("date", T.DATE, rf"(?P<v>(?:{_DATE_MORE}|{_DATE})(?:{_TIME_TAIL})?)", 0.9, starts="Uld"),
    # A Vietnamese date ("ngày 17 tháng 11 năm 2025") and a Haitian Creole one with its year ("25 mas 2024").
    _B(
        "date_vi_ht",
        T.DATE,
        r"(?P<v>(?i:ngày)[ \t]+\d{1,2}[ \t]+(?i:tháng)[ \t]+\d{1,2}(?:[ \t]+(?i:năm)[ \t]+\d{4})?"
        # (not "me" and "out", May and August, which are English words: "gave 3 me 2019 pills")
        r"|\d{1,2}[ \t]+(?i:janvye|fevriye|mas|avril|jen|jiy[eè]|septanm|okt[oò]b|novanm|desanm)[ \t]+(?:19|20)\d\d)(?!\d)",
        0.85,
        starts="Uld",
    ),
    # A chat handle after a message's time ("[16:15] jkim1980:", "17:17 [tkowalczyk61]", "[abebe_flo]"): lower
    # case, a digit or an underscore in it (a name alone is read by the speakers' rule; "q4h:" is a dose's
    # timing; a handle with an underscore before a colon is read as a log's key, its underscores as spaces).
    _B(
        "chat_handle",
        T.OTHER_ID,
        # (after a clock's time; an underscore in it, or four letters and two digits: not "spo2:", "hba1c:")
        r"(?:(?<=\d:\d\d\][ ])|(?<=\d:\d\d[ ])|(?<=\d:\d\d[ ]\[))"
        r"(?P<v>(?=[\w.\-]*_|[^\W\d_]{4,}[\w.\-]*\d\d)[^\W\dA-Z_][\w.\-]{3,30})(?:\]|:)(?=[ \t])",
        0.75,
        starts="l",
    ),
    _B(
        "date_md",
        T.DATE,
        # (not a lymph node count: "sentinel nodes 3/23", "nodes 1/23 positive")
        rf"(?<![\w/.\-])(?<!(?i:apgar) )(?<!(?i:apgars) )(?<!(?i:nodes) )(?<!(?i:node) )(?<!(?i:nodes): )(?P<v>{_YEARLESS})(?![ \t]*(?i:of|tabs?|pills?|doses?|strength|criteria|cm|mm|mmhg|mg|mcg|g|ml|units?|iu|ppd|packs?|nodes?|lymph)\b)",
        0.7,
        "md",
        starts="d",
    ),
    # Phones and faxes (which one is decided from the label in front, see phone_type()).
    _B(
        "phone_labelled",
        T.PHONE,
        rf"(?:{_PHONE_LABEL})[ \t]*+(?:\#|no\.?|number)?[ \t]*+[:.=\-|]?[ \t]*+(?:(?i:is)[ \t]++)?(?:\([a-zA-Z]+\)[ \t]*|\((?=\d{{3}}[\-.]\d{{4}}))?(?P<v>{_PHONE_ANY})",
        0.9,
        "phone",
        starts="Ul",
    ),
    _B("phone_us", T.PHONE, rf"(?<![\w/.\-])(?P<v>{_PHONE_US})", 0.7, "phone", starts="do"),
    # a seven-digit number to call ("call the daughter at 555-0142")
    _B(
        "phone_call",
        T.PHONE,
        r"(?<![\w])(?i:call|phone|text|page|reach|ring)(?:[ \t]+[A-Za-z'’]+){0,3}?[ \t]+at[ \t]+"
        r"(?P<v>[2-9]\d{2}[\-.]\d{4})(?![\w\-]|\.\d)",
        0.8,
        "phone",
        starts="Ul",
    ),
    # "Follow-up call to 555-0145", "her office at 555-0105", "(daughter), 555-0135": a seven-digit
    # number after "at", "to" or "on", a field's colon, a comma or a bracket; not a range of doses or
    # frequencies ("250-8000 Hz", "to 250-1000 as tolerated")
    _B(
        "phone_local",
        T.PHONE,
        # after "at", "to", "on", a colon, a comma or a bracket; after a number's "is" ("office # is 555-0186"),
        # a call's or a message's "from" ("FROM 555-0196: Hi"), "called triage 555-0121"
        r"(?:(?<![\w])(?i:at|to|on|from|(?<=\# )is|(?<=number )is|called(?:[ \t]+[a-z]+)?)[ \t]*+\n?[ \t]*+|(?<=[:,][ \t])|(?<=\())"
        rf"(?!\d{{2}}0-\d{{2}}00(?!\d))(?P<v>{_LOCAL_PHONE_DIGITS})(?![\w/\-]|\.\d)"
        r"(?![ \t]*(?i:mg|mcg|g\b|ml|l\b|units?|hz|khz|%|cells|copies|iu\b|meq|mmol|/|x\b|times|ms\b|msec|ft\b|m\b|lbs?\b|kcal|steps))",
        0.6,
        "phone",
        starts="Uld",
    ),
    _B(
        "phone_bare10",
        T.PHONE,
        r"(?<![\w\-/.\#])(?P<v>[2-9]\d{2}[2-9]\d{6})(?![\w\-/]|\.\d)",
        0.6,
        "phone",
        starts="d",
    ),
    _B("phone_intl", T.PHONE, rf"(?<![\w+])(?P<v>{_PHONE_INTL})", 0.65, "phone", starts="od"),
    # Phones as the UK and Ireland dial them at home: a trunk 0, an area code and the number ("01632 960 904",
    # "(01632) 960633", "020 7946 0018", a mobile's "07700 900 893", Dublin's "01-555 0157"), spaced as they are
    # written (eleven digits in a row may be an encounter's number)
    _B(
        "phone_uk",
        T.PHONE,
        # (not a drug's, a lot's, a catalogue's or a specimen's number: "NDC 00093 715 501", "Lot 01234 567 890")
        r"(?<![\w/.\-+])(?<!(?i:ndc)[ ])(?<!(?i:lot)[ ])(?<!(?i:ref)[ ])(?<!(?i:cat)[ ])(?<!(?i:specimen)[ ])"
        r"(?P<v>\(0\d{2,4}\)[ \t]?\d{3,4}[ \t]?\d{3,4}|0\d{4}[ \t]\d{3}[ \t]?\d{3}"
        r"|0\d{2}[ \t]\d{4}[ \t]\d{4}|0\d{1,2}[ \-]\d{3}[ \t]\d{4}"
        # and Australia's: a landline's area digit and eight digits ("03 7010 4719", "(02) 5550 1234"), a mobile's
        # 04 ("0412 345 678")
        # (the area digit set apart: "071524 1430" is a compact date and a clock time)
        r"|(?:0[2378][ \t]|\(0[2378]\)[ \t]?)\d{4}[ \t]\d{4}|04\d{2}[ \t]\d{3}[ \t]\d{3})(?![\w\-/]|\.\d)",
        0.6,
        "phone",
        starts="od",
    ),
    _B(
        "ipv4",
        T.IP_ADDRESS,
        r"(?<![\w.])(?P<v>(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\w]|\.\d)",
        0.85,
        starts="d",
    ),
    _B(
        "ipv6",
        T.IP_ADDRESS,
        r"(?<![\w:])(?P<v>(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:"
        r"(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})(?![\w]|:[0-9A-Fa-f:])",
        0.85,
        starts="Uldo",
    ),
    _B(
        "mac",
        T.DEVICE_ID,
        r"(?<![\w:\-])(?P<v>[0-9A-Fa-f]{2}(?:(?P<mac_sep>[:\-])[0-9A-Fa-f]{2})(?:(?P=mac_sep)[0-9A-Fa-f]{2}){4})(?![\w:\-])",
        0.8,
        starts="Uld",
    ),
    _B(
        "coordinates",
        T.LOCATION,
        r"(?<![\w.\-])(?P<v>\d{1,2}\.\d{2,6}°?[ \t]?[NS],?[ \t]+\d{1,3}\.\d{2,6}°?[ \t]?[EW])(?![\w])",
        0.85,
        starts="d",
    ),
    # Addresses: a numbered street (plus unit and city line), a PO box, a city line, a county.
    _B(
        "address_street",
        T.LOCATION,
        # a street without its suffix is one only before a town and a ZIP ("15039 Elm, Marrowstone 62693"),
        # and a label before a number is no town ("2 Doses, Lot 45821", "Page 2 Results, Accession 44102")
        rf"(?<![\w.\-/])(?P<v>\d{{1,6}}[ \t]+{_CAP},[ \t]*(?!{_ID_LABEL_WORD})(?:{_CITY_STATE_ZIP}|{_CITY_ZIP})(?![\w\-])"
        rf"|(?:{_STREET}|{_PO_BOX}|{_NUMBER_AFTER_STREET}){_STREET_TOWN}?)",
        0.85,
        "strip",
        starts="Ud",
    ),
    # "lives in Bemidji", "evicted from Little Haiti", "our Tahlequah office": a town after a
    # cue that only a place follows, whether or not GeoNames lists it.
    _B(
        "place_cued",
        T.LOCATION,
        rf"(?<![\w])(?i:lives|living|live|resides|residing|moved|relocated|evicted|born|raised|grew[ \t]+up|"
        rf"shelter|staying|homeless|biba|bibems|flew[ \t]+in|drove[ \t]+in|transferred|originally|visiting|"
        # "Vive en Five Points", "vit à Eastgate", "wohnt in Pilsen"
        rf"vive|viven|reside|vit|habite|wohnt|wohnhaft|"
        # "arrived from Baidoa", "apprehended near Santa Teresa", "llegó a Aleppo", "returned from Kandahar"
        rf"arrived|apprehended|evacuated|repatriated|deployed|stationed|returned|detained|lleg[óo]|regres[óo]|naci[óo]|"
        rf"brought(?:[ \t]+in)?(?:[ \t]+by[ \t]+(?:police|ems|ambulance|ems|family|[a-z]+))?)[ \t]+"
        rf"(?i:in|to|from|near|en|à|a|desde)[ \t]+(?:the[ \t]+)?"
        # not a hospital's unit ("Transferred to PACU bed 13D")
        rf"(?!(?:PACU|ICU|NICU|PICU|CCU|MICU|SICU|CVICU|ED|ER|OR|SNF|LTAC|LTACH|IRF|ALF|ECF|MRI|CT|IR|CATH)\b)"
        rf"(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}}|{_UPPER})"
        # "family is from Mesilla Park", "go home to Palmers Crossing", "seen at home (Little City, off ...)"
        # "resident of Loma Seca (", "the hometown (Bramford)", "town (Cold Brook)"
        rf"|(?<![\w])(?:(?i:is|are|was|were|comes|came|hails)[ \t]+(?i:from)[ \t]+|(?i:home)[ \t]+(?i:to)[ \t]+|(?i:home)[ \t]*\([ \t]*"
        rf"|(?i:resident)[ \t]+(?i:of)[ \t]+|(?i:hometown|home[ \t]+town|town|village)[ \t]*\([ \t]*)"
        rf"(?P<place_from>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*[,.;)\"”(]|[ \t]*$|[ \t]+-[ \t])"
        # "lives Whitby.", "discharge to Navan.": a town's name, not English words ("lives Abroad", "discharge to
        # Intermediate Care", "Black Lives Matter")
        rf"|(?<![\w])(?:(?i:lives)[ \t]+(?!(?i:in|at|on|near|with|alone|by|independently|here|there|locally|nearby)\b)"
        rf"|(?i:discharged?)[ \t]+(?i:to)[ \t]+)"
        rf"(?P<place_lives>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*[,.;)\"”]|[ \t]*$|[ \t]+-[ \t])"
        rf"|(?<![\w])(?i:our|the)[ \t]+(?P<place_office>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?i:office|clinic|campus|branch|satellite)\b"
        rf"|(?<![\w'’\-])(?=(?:{_RUN}[ \t]++){{1,2}}(?:PD|[Pp]olice|POLICE|[Cc]ampus)\b)"
        rf"(?!(?i:local|state|city|county|campus|transit|military|tribal|border|university|school|airport|park|"
        rf"capitol|federal|national|railway|port|harbou?r|metro|metropolitan|municipal|village|town|township|hospital|"
        rf"security|royal|provincial|regional|district|main|north|south|east|west|central|medical|the)\b)"
        rf"(?P<place_police>{_CAP}(?:[ \t]+{_CAP})?)[ \t]+(?:PD|(?i:police)(?:[ \t]+(?i:department|dept\.?))?|campus)\b"
        # "staying at Casa Alegre", "messages through Bethany Gospel Mission": a shelter or a home by name
        rf"|(?<![\w])(?:(?i:staying|sleeping|sleeps|stays|stayed)[ \t]+(?i:at|in)|(?i:messages|mail)[ \t]+(?i:through|via|c/o))"
        rf"[ \t]+(?:the[ \t]+)?(?P<place_at>{_CAP}(?:[ \t]+{_CAP}){{0,3}})"
        # "Domicilio: Yarrow Point", "Wohnort: Kessler": a field that holds a town
        rf"|(?<![\w])(?i:domicilio|wohnort|ciudad|localit[ée]|ville|stadt|hometown|home[ \t]+town|city|town|residence)"
        rf"[ \t]*[:=][ \t]*(?P<place_field>{_CAP}(?:[ \t]+{_CAP}){{0,2}}|{_UPPER}(?:[ \t]+{_UPPER}){{0,2}})(?=[ \t]*[,.;\n]|[ \t]*$)"
        # a town after a field of its own, colon or not ("home of record Lowell,", "Consular post: Lviv")
        rf"|(?<![\w])(?i:home[ \t]+of[ \t]+record|last[ \t]+(?:known[ \t]+)?residence|consular[ \t]+post|port[ \t]+of[ \t]+entry|"
        rf"place[ \t]+of[ \t]+(?:birth|residence|injury|death)|birthplace|lugar[ \t]+de[ \t]+(?:nacimiento|residencia)|"
        rf"lieu[ \t]+de[ \t]+naissance|geburtsort|residence[ \t]+verified)[ \t]*(?:[:=][ \t]*)?"
        rf"(?P<place_record>{_CAP}(?:[ \t\-]+{_CAP}){{0,2}}|{_UPPER}(?:[ \t]+{_UPPER}){{0,2}})(?=[ \t]*[,.;/\n]|[ \t]*$|[ \t]+camp\b|[ \t]{{2}})"
        # a unit's field in a key=value export ("APT=11F;")
        rf"|(?<![\w])(?:APT|UNIT|SUITE|Apt|Unit|Suite)=(?P<place_unit>[A-Za-z]?\d{{1,5}}[A-Za-z]?)(?=[;,|\s]|$)"
        # a French facility of a town ("Cabinet infirmier de Mobile", "Maison de santé de Española")
        rf"|(?<![\w])(?:Cabinet|Maison|Centre|Clinique|Pharmacie|Hôpital|Centro|Clínica)(?:[ \t]+[a-zéèêàç]+){{0,3}}[ \t]+"
        rf"(?:de|du|del)[ \t]+(?P<place_de>{_CAP}(?:[ \-][{_U}][{_L}]+){{0,2}})(?=[ \t]*[,.;)\n]|[ \t]*$)",
        0.7,
        "place",
        starts="Ul",
    ),
    # "near Alder and 5th in Tacoma", "under the 12th and Pine overpass": two streets that cross.
    _B(
        "intersection",
        T.LOCATION,
        rf"(?<![\w])(?i:near|under[ \t]+the|by[ \t]+the|(?:at[ \t]+)?(?:the[ \t]+)?corner[ \t]+of)[ \t]+"
        rf"(?P<v>{_CROSS_STREET}[ \t]+(?:and|&)[ \t]+{_CROSS_STREET})"
        rf"(?=[ \t]+(?i:overpass|underpass|bridge|viaduct|intersection|corner|streets)\b|[ \t]+in[ \t]+[A-Z])"
        # "corner of Main St and 5th Ave": both streets carry a suffix (not Dr, a doctor's)
        rf"|(?<![\w])(?i:near|at|by|(?:the[ \t]+)?corner[ \t]+of|intersection[ \t]+of|off|scene[ \t]*:)[ \t]+(?:the[ \t]+)?"
        rf"(?P<intersection_named>{_CROSS_STREET}(?:[ \t]+{_CROSS_STREET})?[ \t]+{_CROSS_SUFFIX}\.?"
        rf"[ \t]+(?:and|&|at|/)[ \t]+{_CROSS_STREET}(?:[ \t]+{_CROSS_STREET})?[ \t]+{_CROSS_SUFFIX})"
        # one street with its suffix after "near" or a scene's label, before a clause's end ("found wandering near
        # Freedom St;", "Scene: Tamarack Rd.")
        rf"|(?<![\w])(?i:near|scene[ \t]*:)[ \t]+(?:the[ \t]+)?"
        rf"(?P<intersection_near>{_CROSS_STREET}(?:[ \t]+{_CROSS_STREET})?[ \t]+{_CROSS_SUFFIX})(?=\.?[ \t]*(?:[;,)]|\.(?:[ \t]|$)|\n|$))",
        0.75,
        starts="Ul",
    ),
    # "Riverside Terrace", "Carson Heights": a neighbourhood named by a word and a place word.
    _B(
        "neighbourhood",
        T.LOCATION,
        rf"(?<![\w'’\-])(?P<v>{_CAP}[ \t]+(?:Heights|Flats|Terrace|Square|Gardens|Beach))\b(?![ \t]+{_CAP})",
        0.7,
        "hood",
        starts="U",
        ahead=rf"(?={_RUN}[ \t]++(?:Heights|Flats|Terrace|Square|Gardens|Beach)\b)",
    ),
    # "from Hood River, OR.": capitalised words before a comma and a state code that ends the
    # phrase (not MD, PA, MA, OK: credentials and a word).
    _B(
        "place_state",
        T.LOCATION,
        rf"(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}}),[ \t]*(?:{_PLACE_STATES})(?=\.?[ \t]*(?:[;,)\n]|$)|\.[ \t]|[ \t]+\d{{5}}(?!\d))"
        # "Yuki Sato, MS, CCC-SLP": a degree in a list of credentials, not Mississippi
        rf"(?!,[ \t]*(?!USA\b)(?:{_CREDENTIAL}|[A-Z]{{3,}}(?:-[A-Z]+)?\b))",
        0.7,
        "place",
        starts="U",
        ahead=_PLACE_STATE_AHEAD,
    ),
    # "Sudbury, ON" ending its line (a letter's address block), "Red Deer, AB T4N 2J7": a town before a Canadian
    # province's code, only at a line's end or before a postal code (not "DDx: Pneumonia, PE." or "Urine, BC.")
    _B(
        "place_province",
        T.LOCATION,
        rf"(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}}),[ \t]*(?:{_PROVINCES})(?=[ \t]*(?:\n|$)|[ \t]+{_CA_POSTCODE}(?![\w\-]))",
        0.7,
        "province",
        starts="U",
        ahead=_PLACE_STATE_AHEAD,
    ),
    _B(
        "address_city_zip",
        T.LOCATION,
        rf"\b(?P<v>{_CITY_STATE_ZIP})\b",
        0.75,
        "city_zip",
        starts="U",
        ahead=_CITY_ZIP_AHEAD,
    ),
    # "Fort Kellerman", "Joint Base Tallis", "Naval Station Dunmore": a military installation.
    _B(
        "installation",
        T.LOCATION,
        rf"(?<![\w'’\-])(?P<v>(?:Fort|Ft\.|Camp|Joint[ \t]+Base|Naval[ \t]+(?:Air[ \t]+)?(?:Station|Base)|"
        rf"Air[ \t]+Force[ \t]+Base|Marine[ \t]+Corps[ \t]+(?:Base|Air[ \t]+Station)|Army[ \t]+(?:Base|Post))"
        rf"[ \t]+{_CAP}(?:[ \t]+{_CAP})?"
        rf"|{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+(?:Air[ \t]+(?:Force[ \t]+)?Base|Army[ \t]+Airfield|Naval[ \t]+(?:Air[ \t]+)?Station))",
        0.75,
        "installation",
        starts="U",
    ),
    _B(
        "county",
        T.LOCATION,
        rf"\b(?P<v>(?:{_CAP}[ \t]+){{1,2}}(?:County\b|Cnty\b|Parish\b|Borough\b|Co\.(?!\w)(?![ \t]+[a-z]))"
        # a court caption's county in capitals ("IN THE DISTRICT COURT OF OKANOGAN COUNTY")
        rf"|(?:(?!(?:OF|THE|IN|FOR|AND|TO|AT)\b){_UPPER}[ \t]+){{1,2}}(?:COUNTY|PARISH)\b"
        rf"|(?:County|Parish)[ \t]+of[ \t]+{_CAP}(?:[ \t]+{_CAP})?\b)",
        0.8,
        "county",
        starts="U",
        ahead=_COUNTY_AHEAD,
    ),
    _B(
        "zip_label",
        T.LOCATION,
        # ("ZIP given 14036", "zip code provided: 60614")
        rf"(?<![\w])(?:(?i:zip(?:[ \t]*code)?|postal(?:[ \t]+code)?|post[ \t]*code)(?:[ \t]+(?i:given|provided|stated|reported|on[ \t]+file))?"
        rf"[ \t]*(?:\#|no\.?)?[ \t]*(?:[:=\-][ \t]*)?"
        rf"|(?:{_STATES}|{_STATE_NAMES}|{_AP_STATES})[ \t]+)(?P<v>{_ZIP})"
        # a postcode abroad after its own label: Mexico's C.P., India's PIN, Germany's PLZ
        r"|(?<![\w])(?:C\.[ ]?P\.|(?i:cp|c[óo]digo[ \t]+postal|code[ \t]+postal|pin(?:[ \t]*code)?|plz|postleitzahl)(?![\w]))"
        r"[ \t]*(?:[:=\-][ \t]*)?(?P<zip_label_abroad>\d{3}[ ]\d{3}|\d{4,6}|[A-Z]{1,2}[ \-]?\d{3,5})(?![\w\-])",
        0.85,
        "zip",
        starts="Ul",
    ),
    # Postcodes abroad in their own shapes: Canada's ("P3E 3L9", unspaced after a province's code; not a TNM stage),
    # Ireland's Eircode after a comma, its label or on its own line ("Co. Kerry, V92 8PSD"; a digit and a letter in
    # its last four, any letters as forms write them; not a word after a vertebra's "T12", not "D50 50ML"). Australia's
    # postcode is its town's follow-up (_AU_TAIL: "Orange NSW 2800").
    _B(
        "postcode_abroad",
        T.LOCATION,
        r"(?<![\w\-])(?<!(?i:stage)[ ])(?<!(?i:staging):[ ])(?<!(?i:tnm)[ ])"
        r"(?P<v>[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ ]\d[ABCEGHJ-NPRSTV-Z]\d"
        r"|(?<=(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NT|NU)[ ])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w\-])"
        # (after a capitalised town's name too, "Drogheda A92 C6KR"; after a town's comma or its label, its last four
        # may be letters alone, as forms write them, or follow the routing key unspaced: "Limerick, V94CP6P")
        rf"|(?P<postcode_abroad_eircode>(?:(?<=[,\n][ ])|(?<=\n)|\A|{_EIRCODE_LABEL}){_EIRCODE_KEY}{_EIRCODE_TAIL}"
        # (its last four in letters alone only at a line's, a field's or a list's end: not a vertebra's "T12 WITH cord",
        # and only after a town's comma: not "at L1, T12 AREA, no deficit")
        rf"|(?:(?<=[a-z],[ ])|{_EIRCODE_LABEL})(?:{_EIRCODE_JOINED}{_EIRCODE_TAIL}|{_EIRCODE_KEY}[A-Z]{{4}}(?=[ \t]*(?:$|\n|,|[ \t]{{2}})))"
        rf"|(?:{_TOWN_WORD_BEFORE}){_EIRCODE_KEY}{_EIRCODE_TAIL})"
        r"(?![\w\-])",
        0.8,
        starts="U",
    ),
    # "Co. Kerry", "Co Leitrim": an Irish county after its abbreviation (the county's name, as a US county's)
    _B(
        "county_ie",
        T.LOCATION,
        _CO_COUNTY_PATTERN,
        0.8,
        starts="U",
    ),
    # "Ballarat East VIC 3350", "Sydney NSW 2000": the town before an Australian state's code and postcode
    _B(
        "town_au",
        T.LOCATION,
        rf"(?<![\w'’\-])(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]+(?:{_AU_STATES})[ \t]+\d{{4}}(?![\w\-]))",
        0.75,
        starts="U",
        ahead=_TOWN_AU_AHEAD,
    ),
    _B(
        "precinct",
        T.LOCATION,
        r"\b(?P<v>(?i:precinct|ward|district|census[ \t]+tract)[ \t]+(?:\#|no\.?)?[ \t]*\d{1,5}[A-Z]?)(?!\w)",
        0.7,
        starts="Ul",
    ),
    _B(
        "address_label",
        T.LOCATION,
        r"(?<!MAC )(?<!IP )(?<!mail )(?<!Web )(?<!web )(?<!Server )(?<!server )(?<![\w])"
        r"(?i:(?:home|mailing|present|current|local|permanent|previous|prior|placement|postal|residential|foreign|"
        r"overseas)[ \t]+address(?:[ \t]+(?:abroad|overseas|in[ \t]+[a-z]+|during[ \t]+(?:the[ \t]+)?stay))?|"
        r"address(?:[ \t]+(?:abroad|overseas|during[ \t]+(?:the[ \t]+)?stay))?|addr|residence|resides[ \t]+at|lives[ \t]+at|"
        # other languages' fields, and an export's keys ("address_source=")
        r"domicilio|direcci[óo]n|adresse|anschrift|endere[çc]o|indirizzo|address[ _][a-z]{2,12}(?=[ \t]*=))[ \t]*(?:[:=\-][ \t]*)?"
        rf"(?P<v>(?:{_STREET}|{_PO_BOX}|{_NUMBER_AFTER_STREET}){_STREET_TOWN}?"
        # the rest of the field: after a colon it may start with a street's name ("Address: Privada Los Pinos
        # 82, Col. Zona Río, Reynosa"); not a machine's address ("from address 10.231.39.17"), an e-mail or a
        # web address, nor a field left empty ("Address: same as above", "Address: unknown")
        r"|(?!(?:\d{1,3}\.){3}\d)(?:\d|(?<=[:=])[ \t]*(?=[A-Z])|(?<=[:=][ \t])(?=[A-Z])|(?<=[:=][ \t]{2})(?=[A-Z]))"
        r"(?!(?i:same|unknown|unk|none|n/?a|see|on[ \t]+file|homeless|not|no[ \t]|declined|pending|verified|confirmed|"
        r"updated|as[ \t]|per[ \t]|tbd|undomiciled|refused|withheld|listed|below|above|ward|room|rm|bed|bay|floor)\b)"
        # up to the field's end: a line's end, a semicolon or bar, two spaces, a sentence's full stop (not an
        # abbreviation's: "Av. Revolución", "Brgy. San Isidro", "C.P. 2476")
        rf"(?:[^\n;|@.]|\.(?![ \t])|{_AFTER_ABBREVIATION}\.){{3,90}}?"
        rf"(?=[ \t]*(?:\n|;|\||$|[ \t]{{2}}|\t|(?!{_AFTER_ABBREVIATION})\.(?:[ \t]|$))))",
        0.8,
        "address",
        starts="Ul",
    ),
    # A Puerto Rican or Latin American address's parts as Spanish writes them, each its own place: a barrio, an
    # urbanización, a colonia, a reparto, an aldea ("Bo. Tortugo", "Urb. Villa Fontana", "Col. Jardines del Valle"), a
    # road and its kilometre ("Carr 514 km 26.9", "PR-399 KM 5.4"), a numbered street and block ("C/ 12 B-31",
    # "Calle 20 C-23"), a named street and its number ("Calle Niños Héroes #79", "Callejón del Carmen No. 1438"),
    # a rural route's box ("HC 07 Box 26461", "RR 2 Buzón 18473") and a post-office box ("Apartado 8348").
    _B(
        "address_es",
        T.LOCATION,
        r"(?<![\w\-])(?P<v>"
        rf"(?:Bo\.|Urb\.|Col\.|Fracc\.|Barrio|Urbanizaci[óo]n|Reparto|Residencial|Colonia|Fraccionamiento|Aldea|Caser[íi]o|"
        rf"Lotificaci[óo]n|Parcelas)[ \t]+{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}"
        # (where the address's part ends: not "Col. Smith reviewed", a colonel)
        r"(?=[ \t]*(?:[,;|\n]|\.(?:[ \t]|$)|$)|[ \t]{2})"
        r"|(?:Carr(?:etera)?\.?[ \t]*|PR-?)\d{1,4},?[ \t]+(?i:km)\.?[ \t]*\d{1,3}(?:\.\d{1,2})?(?![\d.])"
        r"|(?:C/|Calle)[ \t]*\d{1,3}[ \t]+[A-Z]{1,2}-?\d{1,3}(?![\w\-])"
        rf"|(?:Calle|Callej[óo]n|Avenida|Ave\.|Av\.|Camino|Paseo|Privada)[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}"
        rf"(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}[ \t]+(?:\#[ \t]*|(?-i:No)\.?[ \t]*)?\d{{1,5}}(?![\w\-/])"
        r"(?:[ \t]+int\.?[ \t]*\d{1,4}(?![\w\-]))?"
        r"|(?:HC|RR)[ \t]*\d{1,2}[ \t]+(?:Box|Buz[óo]n)[ \t]+\d{1,6}(?![\w\-])|Apartado[ \t]+\d{2,6}(?![\w\-])"
        r")",
        0.8,
        starts="U",
        ahead=r"(?=Bo\.|Urb|Col|Fracc|Barrio|Reparto|Residencial|Aldea|Caser|Lotific|Parcelas|Carr|PR|C/|Calle|Av|Camino|Paseo|Privada|HC|RR|Apartado)",
    ),
    # SSNs: any 9-digit shape after a label; dashed 3-2-4 on its own.
    _B(
        "ssn_label",
        T.SSN,
        _lab(
            r"(?i:social[ \t]+security(?:[ \t]+(?:number|no\.?|\#))?|soc(?:ial)?\.?[ \t]+sec(?:urity)?\.?|"
            r"(?:n[úu]mero|no\.?|n[°º]\.?)[ \t]+d[eo][ \t]+seguro[ \t]+social|seguro[ \t]+social|"
            r"sozialversicherungs(?:nummer|[ \t\-]*nr\.?)|(?:num[ée]ro|n[°º]\.?)[ \t]+de[ \t]+s[ée]curit[ée][ \t]+sociale|"
            # (an OCR's spaced "S S N 169256332")
            r"ssn(?:/id)?|(?-i:S[ ]S[ ]N)|ss\#|ss[ \t]+\#|ss[ \t]+no\.?|ss[ \t]+card|social[ \t]+security[ \t]+card|social(?=[ \t]*:?[ \t]+(?:\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}|(?:xxx|\*{3}|\#{3})[ \-]?(?:xx|\*{2}|\#{2})[ \-]?\d{4})(?!\d)))"
            r"(?:[ \t]+(?i:on[ \t]+file|on[ \t]+record|provided|verified|given|is))?"
            # ("SSN del hijo:", "SSN or VA file number:")
            r"|(?i:n[°º]\.?[ \t]*ss|ssn|social[ \t]+security(?:[ \t]+number)?)(?:[ \t]*\([A-Za-z][A-Za-z \-]{1,19}\)|(?:[ \t]+[A-Za-z0-9]+){1,2}|[ \t]+or(?:[ \t]+[A-Za-z]+){1,3})(?=[ \t]*:)"
            # a word in brackets, then the number itself ("SSN (face sheet) 663403800")
            r"|(?i:ssn|social[ \t]+security(?:[ \t]+number)?)[ \t]*\([A-Za-z][A-Za-z \-]{1,19}\)(?=[ \t]*\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}(?![\d\-]))"
            # (or a form's letters and its word: "SSN on WC form 662171730", not another label's after a missing SSN,
            # "SSN unknown, MRN 552019274")
            r"|(?i:ssn|social[ \t]+security(?:[ \t]+number)?)(?:[ \t]+[a-z]+){0,2}[ \t]+(?:[A-Z]{2,4}|W-?2)[ \t]+(?i:form|card|record)"
            r"(?=[ \t]*(?::[ \t]*)?\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}(?![\d\-]))"
            # (the number in brackets too: "SSN card pending (300754310)")
            r"|(?i:ssn|social[ \t]+security(?:[ \t]+(?:number|card))?)(?:[ \t]+[a-z]+,?){1,5}?"
            r"(?=[ \t]*(?::[ \t]*|\([ \t]*)?\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}(?![\d\-]))",
            r"\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}(?!\d)|(?i:xxx|\*{3}|\#{3})[ \-]?(?i:xx|\*{2}|\#{2})[ \-]?\d{4}(?!\d)"
            r"|(?i:last[ \t]+(?:four|4)|ending(?:[ \t]+in)?|ends[ \t]+in)(?:[ \t]+(?i:digits))?[ \t]*(?:[:\-][ \t]*)?"
            r"(?P<ssn_last4>\d{4})(?!\d)",
        ),
        0.95,
        starts="Ul",
    ),
    # "last 4 SSN 0840", 'last four of social "7202"', "Last 4 SSN ........ 7667": the last four, named first
    _B(
        "ssn_last4_first",
        T.SSN,
        r"(?<![\w])(?i:last[ \t]+(?:four|4)(?:[ \t]+digits)?(?:[ \t]+of)?(?:[ \t]+(?:the|her|his|their|pt'?s|patient'?s))?[ \t]+"
        r"(?:ssn|social(?:[ \t]+security)?(?:[ \t]+(?:number|no\.?|\#))?|ss\#?))"
        r"(?:[ \t]+(?i:is|was|as|given|read|said|verified))?[ \t.:\#=\-]*[\"“]?(?P<v>\d{4})(?![\d\-])",
        0.9,
        starts="Ul",
    ),
    _B("ssn_dashed", T.SSN, r"(?<![\w\-/.])(?P<v>\d{3}-\d{2}-\d{4})(?![\w\-]|\.\d)", 0.6, starts="d"),
    # Identifiers of a person abroad, each after its own label and in its own shape.
    # A social security number's peers: Ireland's PPSN (seven digits and one or two letters), Canada's SIN (three
    # threes), the UK's National Insurance number ("QQ 12 34 56 C"); a few words may sit between ("SIN on WSIB form")
    _B(
        "ssn_abroad",
        T.SSN,
        r"(?<![\w])(?:(?i:ppsn?)(?=[ \t:\#])|(?-i:PPS[ ]No\.?|SIN|NINO|NINo|NI[ ][Nn]o\.?|NI[ ]number|NI(?=:)|N\.I\.(?:[ ]No\.?)?)(?=[ \t:\#])|(?i:social[ \t]+insurance[ \t]+(?:number|no\.?)|"
        r"national[ \t]+insurance(?:[ \t]+(?:number|no\.?))?|personal[ \t]+public[ \t]+service[ \t]+(?:number|no\.?)))"
        r"(?:[ \t]+(?:on|from|per|in)(?:[ \t]+[A-Za-z]+){1,3}?|[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:[:\#][ \t]*)?"
        r"(?P<v>\d{7}[ ]?[A-Z]{1,2}|\d{3}[ \-]\d{3}[ \-]\d{3}|\d{9}|[A-CEGHJ-PR-TW-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D])(?![\w\-])",
        0.9,
        starts="Ul",
    ),
    # A clinician's registration with a medical council or college abroad: the UK's GMC, NMC, HCPC, GDC and GOC,
    # Ireland's IMC, Australia's AHPRA ("MED0001234567") and Medicare provider number ("Provider No 8210707A"), New
    # Zealand's MCNZ, Canada's provincial colleges (CPSO, CPSBC, CPSA, CMQ, ...)
    _B(
        "license_registry",
        T.LICENSE,
        # Also Great Britain's pharmacists (GPhC), Ireland's nurses (NMBI), New Zealand's HPI common person number,
        # Singapore's and Hong Kong's medical councils (MCR, MCHK), South Africa's HPCSA ("MP 0572852"), India's state
        # councils ("KMC 14704", "MMC 2011/03/2150"), Australia's prescriber number
        r"(?<![\w])(?-i:GMC|IMC|NMC|NMBI|HCPC|GDC|GOC|GPhC|AHPRA|MCNZ|HPI-CPN|MCR|MCHK|HPCSA|CPSO|CPSBC|CPSA|CPSS|CPSM|CPSNS|CPSNB|"
        r"CPSNL|CMQ|(?:KMC|MMC|DMC|TNMC|APMC)(?=[ ])|Prescriber[ ]No\.?)"
        r"(?:[ \t]*(?i:no\.?|number|pin|reg(?:istration)?\.?(?:[ \t]+no\.?)?))?[ \t]*(?:[:\#][ \t]*)?"
        # (five digits at least: not a coil's "GDC 2000 series")
        r"(?P<v>[A-Z]{3}\d{10}|\d{2}[A-Z]\d{4}[A-Z]|[A-Z]{2}[ ]?\d{5,7}|\d{5,7}|M\d{5}[A-Z]?|\d-\d{5}|\d{2}[A-Z]{3}\d{2}[A-Z]|\d{4}/\d{2}/\d{4})(?![\w\-/])"
        r"|(?<![\w])(?:Provider|(?i:provider(?:[ \t]+(?:no\.?|number))?))(?:[ \t]+(?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<license_registry_au>\d{6}[0-9A-Z][A-Z])(?![\w\-])",
        0.9,
        starts="Ul",
    ),
    # A public plan's card abroad: Canada's provincial health card ("Health card 3142-997-580-PL"), Ireland's
    # medical card ("Medical Card 1561026N"), Australia's Medicare ("Medicare 2702 06692 2", its IRN left out)
    _B(
        "health_plan_abroad",
        T.HEALTH_PLAN_ID,
        r"(?<![\w])(?i:health[ \t]+(?:card|no\.?|number)|(?:medical|gms)[ \t]+card|medicare)(?:[ \t]+(?i:card|no\.?|number|\#))?[ \t]*(?:[:\#][ \t]*)?"
        # (an Irish medical card's "18-67526-A", a provincial card's ten digits and version code run together)
        r"(?P<v>\d{4}[ \-]\d{3}[ \-]\d{3}(?:[ \-]?[A-Z]{2})?|\d{4}[ \-]?\d{5}[ \-]?\d|\d{7}[A-Z]{1,2}|\d{2}-\d{5}-[A-Z]|\d{10}[A-Z]{2})(?![\w\-])",
        0.9,
        starts="Ul",
    ),
    # National health-service numbers after their own names: the NHS number of England and Wales (ten digits, often
    # 3-3-4: "NHS No: 485 777 3456", an OCR's "NHS N0"), Scotland's CHI (a date of birth and four digits), Northern
    # Ireland's H+C, Ontario's HCN, BC's PHN, New Zealand's NHI ("ZAC5361", "ABC12DE"), Australia's IHI (sixteen
    # digits) and DVA card ("DVA Gold card QX689362"), Ireland's GMS card, the European or UK health insurance card.
    _B(
        "health_plan_national",
        T.HEALTH_PLAN_ID,
        r"(?<![\w])(?:(?-i:NHS|CHI|H\+C|H&C|HCN|PHN)(?:[ ](?i:no\.?|n0|number))?[ \t]*(?:[:\#.][ \t]*)*"
        rf"(?P<v>\d{{3}}[ \-]?\d{{3}}[ \-]?\d{{4}}{_VERSION_CODE}?|\d{{6}}[ ]\d{{4}}|\d{{4}}[ \-]\d{{3}}[ \-]\d{{3}}{_VERSION_CODE}?)"
        r"|(?-i:NHI)(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<health_plan_national_nhi>[A-HJ-NP-Z]{3}\d{4}|[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2})"
        r"|(?-i:IHI)(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<health_plan_national_ihi>\d{4}[ ]?\d{4}[ ]?\d{4}[ ]?\d{4})"
        r"|(?-i:DVA)(?:[ ](?i:gold|white|orange))?(?:[ ](?i:card))?(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<health_plan_national_dva>[A-Z]{1,3}[ ]?\d{4,6}[A-Z]?)"
        r"|(?-i:GMS)(?:[ ](?i:card|no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?:GMS[ ])?(?P<health_plan_national_gms>\d{7}[A-Z]{1,2}|\d{2}-\d{5}-[A-Z]|\d{6})"
        r"|(?-i:EHIC|GHIC)(?:/(?-i:EHIC|GHIC))?(?:[ ](?i:card))?(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<health_plan_national_ehic>\d{16,20})"
        # a health fund's or an insurer's membership ("membership 6528257415", "Membership no: VHV 3180273", "Member ID /
        # TPA card: M2041632/03")
        r"|(?i:membership(?:[ \t]+(?:no\.?|number))?|member[ \t]+id[ \t]*/[ \t]*tpa[ \t]+card)[ \t]*(?:[:\#][ \t]*)?"
        rf"(?P<health_plan_national_member>[A-Z]{{0,4}}[ ]?{_NOT_DATE_AHEAD}\d[\d\-/]{{4,14}}\d))(?![\w\-/])",
        0.9,
        starts="Ul",
    ),
    # National identity numbers, Social Security's peers abroad, after their names: the UAE's Emirates ID ("784-1975-
    # 0020709-3"), Hong Kong's HKID ("C331495(0)"), Singapore's NRIC and FIN ("T4871859G"), India's Aadhaar (twelve digits,
    # or its last four masked "XXXX XXXX 8248"), South Africa's ID number (thirteen digits, a date of birth first)
    _B(
        "ssn_national",
        T.SSN,
        r"(?<![\w])(?:(?-i:Emirates[ ]ID|EID)(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<v>784[ \-]?\d{4}[ \-]?\d{7}[ \-]?\d)"
        r"|(?-i:HKID)(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<ssn_national_hk>[A-Z]{1,2}\d{6}(?:[ ]?\([0-9A]\)|[0-9A])?)"
        # (written in lower case too: "nric s8844120j")
        r"|(?:(?i:nric(?:/fin)?)|(?-i:FIN))(?:[ ](?i:no\.?|number))?[ \t]*(?:[:\#][ \t]*)?(?P<ssn_national_sg>(?i:[STFGM]\d{7}[A-Z]))"
        r"|(?i:aadhaa?r)(?:[ \t]+(?i:no\.?|number|card))?[ \t]*(?:[:\#][ \t]*)?"
        r"(?P<ssn_national_in>\d{4}[ \-.]?\d{4}[ \-.]?\d{4}|(?i:xxxx|\*{4})[ \-]?(?i:xxxx|\*{4})[ \-]?\d{4})"
        r"|(?-i:(?:SA|RSA)[ ]ID(?:[ ][Nn]o\.?)?|ID[ ][Nn]o\.?|ID[ ][Nn]umber|Identity[ ](?:[Nn]umber|[Nn]o\.?))[ \t]*(?:[:\#][ \t]*)?"
        r"(?P<ssn_national_za>\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ ]?\d{4}[ ]?\d{3}))(?![\w\-])",
        0.9,
        starts="Ul",
    ),
    # A British driver number (DVLA): five letters of the surname (9s fill a short one), six digits of the date of
    # birth, two initials, a digit and two check letters ("BAKER003125TG9YV", printed "SIDDI 556307 PT9WB")
    _B(
        "license_dvla",
        T.LICENSE,
        r"(?<![\w\-])(?P<v>[A-Z][A-Z9]{4}[ ]?\d{6}[ ]?[A-Z][A-Z9]\d[A-Z]{2})(?![\w\-])",
        0.85,
        starts="U",
    ),
    # Hospital numbers abroad by their own names: India's UHID, a South African folder number, a British case-note
    # number, Scotland's unit number, Hong Kong's HN ("HN78023337(3)")
    _B(
        "mrn_national",
        T.MRN,
        # (no letter after the label: "referral HNZ-623459" is no hospital number)
        r"(?<![\w])(?:(?-i:UHID|HN|Unit[ ]No\.?)|(?i:folder[ \t]+(?:no\.?|number)|case[ \t]+notes?(?:[ \t]+(?:no\.?|number))?))(?![A-Za-z])"
        r"[ \t]*(?:[:\#][ \t]*)?"
        rf"{_NOT_DATE_AHEAD}(?P<v>(?=[A-Z0-9\-/.]*\d)[A-Z0-9](?:[A-Z0-9]|[\-/.](?=[A-Z0-9])){{4,20}}(?:\(\d\))?)(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # A nurse's licence written with its register's letters after or a full stop ("7718057RN", "729388-RN", "RN.156087")
    _B(
        "license_rn",
        T.LICENSE,
        r"(?<![\w\-.])(?P<v>\d{5,8}-?RN|RN\.\d{5,7})(?![\w\-])",
        0.8,
        starts="dU",
    ),
    # A death's or a birth's record by its number (a certificate's: "death record 2022404110", "death record SFN
    # 782731592")
    _B(
        "license_vital_record",
        T.LICENSE,
        r"(?<![\w])(?i:death|birth)[ \t]+(?i:record|certificate)(?:[ \t]+(?i:no\.?|number|\#))?[ \t]*(?:[:\#][ \t]*)?"
        r"(?P<v>(?:SFN[ ])?\d{6,12})(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # A hospital's record number abroad: Australia's unit record ("UR 5063453", "UR UR357854"), the UK's and
    # Ireland's hospital number, often in spaced pairs ("Hosp No. 07 94 365", "hosp no 73 01 404", "Hosp: E486977";
    # a bare "hospital" only as a field, not "admitted to hospital 20190612")
    _B(
        "mrn_abroad",
        T.MRN,
        r"(?<![\w])(?:(?-i:UR|URN|U\.R\.)|(?<![a-z] )(?i:hosp(?:ital)?\.?(?:[ \t]+(?:no\.?|number|\#)|(?=[ \t]*:))))[ \t]*(?:[:\#][ \t]*)?"
        # (not a date's eight digits: "Hospital: 20240612")
        r"(?!(?:19|20)\d{6}(?!\d))(?P<v>\d{2}[ ]\d{2}[ ]\d{3}|[A-Z]{0,2}\d{5,9})(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # A Ryan White client's unique record number ("URN TEYA081258M", "CAREWare URN: BRVI122783F"): letters of the
    # client's given and family names, the date of birth as six digits and a sex code, which HRSA's programmes key
    # a client's records on; a programme's client number, not a hospital's chart (Australia's "URN 5063453" is)
    _B(
        "ryan_white_urn",
        T.OTHER_ID,
        r"(?<![\w])(?-i:URN)[ \t]*(?:[:\#][ \t]*)?(?P<v>[A-Z]{4}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d\d[MFTUX])(?![\w\-])",
        0.85,
        starts="U",
    ),
    # A car's registration after its words ("vehicle reg noted EITD 900", "parking permit issued for reg UTNZ 965",
    # "pt drove self (FQ19 PKT)"): the UK's, Ireland's and other plates, letters and digits
    _B(
        "vehicle_reg",
        T.VEHICLE_ID,
        r"(?<![\w])(?:(?i:(?:vehicle|car|motor)[ \t]+reg(?:istration)?\.?(?:[ \t]+(?:noted|no\.?|number|mark))?|"
        r"(?:permit|pass|badge)(?:[ \t]+[a-z]+){0,3}[ \t]+for[ \t]+reg\.?|reg(?:istration)?[ \t]+(?:noted|mark)|"
        r"drove[ \t]+(?:self|himself|herself|themselves)[ \t]*\())[ \t]*(?:[:\#][ \t]*)?"
        # (three digits at least after letters: not "drove himself (GCS 15)", "Registration noted DNR 1")
        r"(?P<v>[A-Z]{2}\d{2}[ ]?[A-Z]{3}|[A-Z]{2,4}[ ]\d{3,4}|[A-Z]{3}[ \-]?\d{3,4}|\d{2,3}-[A-Z]{1,2}-\d{1,6}|\d[A-Z]{2,3}[ ]?\d{3}|\d{3}[ ][A-Z]{3})(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # Vehicles come before licences: "license plate" is a vehicle identifier.
    _B(
        "vehicle",
        T.VEHICLE_ID,
        _lab(
            # "plate for the validated lot: MQU406": a plate, a few words, its colon
            r"(?i:(?:licen[sc]e[ \t]+)?plate(?:\(s\))?(?![ \t]+(?:reader|count|assay|culture|well|layout|map)\b)(?:[ \t]*/[ \t]*[a-z]+)?(?:[ \t]+(?:number|no\.?|\#)|(?:[ \t]+[a-z]+){1,4}(?=[ \t]*:))?|(?<!(?i:triage)[ ])(?:parking|vehicle|car)?[ \t]*tags?|"
            # (a record's abbreviation, "VEH PY6-F761"; a tag read off by a caller, "I got the tag, XTC 736"; a
            # vehicle's sentence up to its colon, "Vehicle also seen at AV home per neighbour: YUV-3254")
            r"(?-i:VEH)|(?<=the )tag,|vehicle(?:[ \t]+[A-Za-z]+){0,3}[ \t]+(?:seen|parked|spotted|observed|driven|left)(?:[ \t]+[A-Za-z]+){0,5}(?=[ \t]*:)|"
            # Spanish: "placa del carro YYE 3399", "Placa del vehículo (estacionamiento): RUL-6214"
            r"matr[íi]cula(?![ \t]+consular)|placas?(?:[ \t]+del?[ \t]+(?:carro|veh[íi]culo|auto(?:m[óo]vil)?|coche|camioneta)(?:[ \t]*\([^()\n]{1,30}\))?)?(?![A-Za-z])|"
            # a list's, a log's or a lot's vehicle up to its colon ("Vehicle on parking list (garage B): OZP-8633",
            # "Vehicle on file (parking): 8YO 8YS", "Vehicle on lot: NUP-4380")
            r"vehicle[ \t]+(?:on|in)(?:[ \t]+[a-z]+){0,2}[ \t]+(?:parking|visitor|garage|list|log|registry|file|lot)(?:[ \t]+[a-z]+)?"
            r"(?:[ \t]*\([^()\n]{1,20}\))?(?=[ \t]*:)|"
            r"tablilla|kennzeichen|immatriculation|plaque(?:[ \t]+d'immatriculation)?|vin|vehicle(?:[ \t]+identification)?(?:[ \t]+(?:number|no\.?|\#|id))?|"
            r"(?:car|truck|motorcycle|vehicle)[ \t]+registration|registration[ \t]+plate|"
            r"(?:aircraft[ \t]+|helicopter[ \t]+)?tail[ \t]+(?:number|no\.?|\#))",
            r"(?=(?:[A-Z \-]*\d){2})(?![A-Z]{4,}[ ])(?![A-Z]+[ ][A-Z]+[ ])[A-Z0-9](?:[A-Z0-9]|[ \-](?=[A-Z0-9])){3,16}(?![\w])",
        ),
        0.9,
        starts="Ul",
    ),
    _B(
        "vehicle_kind",
        T.VEHICLE_ID,
        r"(?<![\w])(?:(?i:car|van|truck|suv|pickup|sedan|minivan|motorcycle|moped|pov|aircraft(?:[ \t]+flown)?|airplane|"
        # a car's make ("grey Subaru 090 UFA")
        r"(?-i:Subaru|Toyota|Honda|Ford|Chevy|Chevrolet|Nissan|Hyundai|Kia|Jeep|Dodge|GMC|Tesla|Mazda|Volkswagen|VW|BMW|Audi|"
        r"Lexus|Buick|Volvo|Chrysler|Mitsubishi|Acura|Infiniti|Cadillac|Lincoln|Pontiac|Saturn)(?=[ \t])|"
        r"(?:chain[ \t]+)?bus|"
        # a letter inside the plate itself, not in the word after it ("Pickup 36-81 Abernathy Road")
        r"plane|helicopter|helo)(?:[ \t]+(?i:is|was))?[ \t]*(?:[:#(][ \t]*)?"
        r"(?P<v>(?=[A-Z\d]{5,8}(?![\w\-]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{5,8}"
        r"|(?=[A-Z\d]{2,4}[ \-][A-Z\d]{2,4}(?![\w\-]))(?=[A-Z \-]*\d)(?=\d{0,3}[A-Z]|\d{2,4}[ \-]\d{0,3}[A-Z])[A-Z\d]{2,4}[ \-][A-Z\d]{2,4}"
        # three groups ("AY-24-080")
        rf"|{_PLATE_IN_THREE})"
        # a driver's plate after the verb, one token of letters and digits ("Abuser: Jun Mensah, drives 0DY-2199"; not a
        # road, "drives GA-400", nor a time or a distance, "drives 20MIN", "drives 18WHLR")
        r"|(?i:drives|drove)[ \t]+(?![A-Z]{1,3}[ \-]?\d{1,3}(?![\w\-]))(?!\d+[A-Z]+(?![\w\-]))"
        r"(?P<vehicle_kind_drives>(?=[A-Z\d\-]{6,8}(?![\w\-]))(?=[A-Z\-]*\d)(?=[\d\-]*[A-Z])[A-Z\d]{1,4}-?[A-Z\d]{2,5})(?![\w\-])"
        # an aircraft's registration mark, letters only abroad ("aircraft XA-LVZ", "Learjet 45 reg. N240VE")
        r"|(?i:aircraft|helicopter|helo|plane|jet)[ \t]*:?(?:[ \t]+[A-Z][\w\-]*(?:[ \t]+\d{1,3})?(?=[ \t]))?(?:[ \t]+(?i:reg(?:istration)?\.?))?"
        r"[ \t]*(?:[:#][ \t]*)?(?<![\w\-])(?P<vehicle_kind_reg>N\d{1,5}[A-Z]{0,2}|[A-Z]{1,2}-[A-Z]{3,4})(?![\w\-])"
        # an ambulance's rig or a trailer: a plate of three characters or more on each side ("Rig TC 44X"),
        # not a crew's level or an arrival time ("ambulance ALS 12", "ETA 15")
        r"|(?i:rig|ambulance|trailer|(?:ambulance|ground)[ \t]+unit|unidad(?:[ \t]+[A-Z]{2})?|(?<=destination: )unit)(?:[ \t]+(?i:is|was))?[ \t]*(?:[:#][ \t]*)?"
        r"(?P<vehicle_kind_rig>(?=[A-Z\d]{5,8}(?![\w\-]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z\d]{5,8}"
        rf"|{_PLATE_IN_THREE}"
        r"|(?=[A-Z\d]{2,4}[ \-][A-Z\d]{3,4}(?![\w\-]))(?=[A-Z \-]*\d)(?=\d{0,3}[A-Z]|\d{2,4}[ \-]\d{0,3}[A-Z])[A-Z\d]{2,4}[ \-][A-Z\d]{3,4}))(?![\w\-])",
        0.75,
        starts="Ul",
    ),
    # Long runs of digits: a VA Integration Control Number (ten digits, "V", six digits) is a record
    # number, not a VIN; twenty digits or more from "0" are a UDI's GS1 digits (a GTIN-14, then its
    # serial's AIs), longer than any card or phone number.
    _B(
        "long_digits",
        T.DEVICE_ID,
        r"(?<![\w\-+/$])(?P<v>\d{10}V\d{6}|0\d{19,39})(?![\w\-/])",
        0.75,
        "long_digits",
        starts="d",
    ),
    _B(
        "vin",
        T.VEHICLE_ID,
        r"(?<![\w\-])(?P<v>(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17})(?![\w\-])",
        0.8,
        starts="Ud",
    ),
    _B(
        "mrn",
        T.MRN,
        _lab(
            r"(?i:medical[ \t]+record(?:[ \t]+(?:number|no\.?|\#))?|med(?:ical)?[ \t]+rec(?:ord)?\.?|"
            # "MRN assigned MR-565858", "MRN pre-registered H7472780", "Pt MRN at receiving MR-864373"
            r"mrn(?:[ \t]+(?:assigned|pre-?registered|issued|created|reissued|at[ \t]+(?:the[ \t]+)?receiving(?:[ \t]+(?:hospital|facility|site))?))?|"
            # "MRN at Cutler Ridge General: 594-834-832": the record's hospital named before the colon
            r"mrn[ \t]+at[ \t]+(?-i:(?:[A-Z][\w.'’\-]*[ \t]+(?:of[ \t]+)?){0,6}[A-Z][\w.'’\-]*)(?=[ \t]*:)|"
            # a community or corporate MRN ("CMRN: 44719203")
            r"cmrn|mr[ \t]*\#|mr[ \t]+no\.?|(?-i:MR)(?=[ \t]+(?:[A-Z]{0,3}\d{5,}(?:-\d)?|(?:[A-Z]-)?\d{2,3}-\d{3}-\d{3}|\d{3}[ ]\d{3}[ ]\d{3})(?![\w\-]))|"
            # a word in brackets after the label ("MRN (local) 184899-5", "MRN (spoke): 452404-2")
            r"mrn[ \t]+\([a-z]{2,12}\)|res(?:ident)?[ \t]*(?:\#|id\b|no\.?|number)|hrn|(?<=\()exp\.(?=[ \t]+[A-Z]{0,3}[ \-]?[A-Z]{0,3}[\-/]?\d)|"
            r"chart(?:[ \t]+(?:number|no\.?|\#))?|hospital[ \t]+(?:number|no\.?|\#|id)|"
            r"patient[ \t]+(?:id|identifier|number|no\.?)|pt[ \t]+id|pat\.?[ \t]*(?:id\b|no\.?|\#)|"
            # an unidentified patient's temporary number ("temp MRN H508856", "temp RX559879"; never a temperature)
            # (not a temporary card's or id's number: "RMA card pending, temp # 7713666721", "Temp ID TraumaQuebec745")
            r"temp(?:orary)?[ \t]+mrn|temp(?=[ \t]+[A-Z]{1,2}\d{5,}(?![\w\-.])(?![ \t]+(?i:probe|sensor)))|"
            # a unit's number, which may be a hospital's, not a blood unit's donation number (ISBT 128)
            rf"unit[ \t]+(?:number|no\.?)(?![ \t.:\#]*{_ISBT_DIN})|"
            r"ur[ \t]+(?:number|no\.?)|"
            r"record[ \t]+(?:number|no\.?|\#)|emr\b|ehr\b|(?:n[º°o]\.?[ \t]*(?:de[ \t]+)?)?historia(?:[ \t]+cl[íi]nica)?|"
            r"dossier(?:[ \t]+(?:m[ée]dical|patient))?|patientennummer|"
            r"n[°º]\.?[ \t]*(?:de[ \t]+)?dossier|hosp(?:ital)?\.?[ \t]+(?:no\.?|\#)|pid|empi|"
            # an HL7 field named in prose ("PID-3 HX-739407"), a record merged away, a wristband's scan
            r"pid[ \t\-]?3(?:\.1)?(?=[ \t]*(?:[:=][ \t]*)?[A-Z0-9])|old[ \t]+(?:record|chart|mrn)|band[ \t]+read|"
            r"patienten[ \t\-]*(?:nr\.?|id)|prontu[áa]rio|dossier[ \t]+(?:conserv[ée]|fusionn[ée]|principal)|cartella[ \t]+clinica|icn|expediente(?:[ \t]+(?:cl[íi]nico|m[ée]dico))?(?:[ \t]+n[úu]m\.?)?|"
            # Puerto Rico's "Récord" (the accent: not English "record"), a clinic's "Exp.:"
            r"r(?-i:[éÉ])cord|(?-i:Exp)\.(?=[ \t]*:))",
            _MRN_VALUE,
        ),
        0.9,
        starts="Ul",
    ),
    # An accession's number after its label, in the chart number's shapes ("Accession #: 164 405 7718"): another
    # identifier, not the chart's (CONVENTIONS.md; sets A and D had it MRN until they were aligned).
    _B(
        "accession_label",
        T.OTHER_ID,
        _lab(r"(?i:accession[ \t]*(?:number\b|no\.?|\#))", _MRN_VALUE),
        0.9,
        starts="Ul",
    ),
    # A surgical pathology or cytology case's accession with its year first ("24SP24345", "25SP55297"): a
    # specimen's number, one patient's
    _B(
        "accession_year_first",
        T.OTHER_ID,
        r"(?<![\w\-])(?P<v>[12]\d(?:SP|FS|CY|NG)\d{5,6})(?![\w\-])",
        0.8,
        starts="d",
    ),
    # Social Security's claim number: the wage earner's SSN and a beneficiary's code ("Claim Number: 657-64-3189D",
    # "claim 650-96-3775C1"), after its label
    _B(
        "ssa_claim",
        T.SSN,
        r"(?<![\w])(?i:claim)(?:[ \t]+(?i:number|no\.?|\#))?[ \t]*(?::[ \t]*)?"
        r"(?P<v>\d{3}-\d{2}-\d{4}[A-Z]{1,2}\d?|\d{9}[A-Z]{1,2}\d?)(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    _B(
        "account",
        T.ACCOUNT,
        _lab(
            # an account by its last four ("Checking acct ending 3891"), a claim sent to a payer ("Claim to secondary
            # insurance: 25985UX01393")
            r"(?i:(?:acct|account)[ \t]+ending(?:[ \t]+in)?(?=[ \t]*\d{4}(?![\w\-]))|"
            r"claim[ \t]+to[ \t]+(?:(?:primary|secondary|tertiary)[ \t]+)?(?:insurance|insurer|carrier|payer)|"
            r"(?<!on )(?<!on the )account|pid[ \t\-]?18(?=[ \t]*(?:[:=][ \t]*)?[A-Z0-9])|accounts(?:[ \t]+included)?|encounters[ \t]*\((?=[ \t]*[A-Z]{0,4}-?\d{5,})|acct|a/c|har|hospital[ \t]+account|csn|contact[ \t]+serial|"
            r"billing(?:[ \t]+(?:account|number|no\.?|\#|id)|(?![ \t]*(?:code)?[ \t]*(?:[:\#][ \t]*)?(?:\d{5}|[A-V]\d{4})(?![\w\-])))|"
            rf"invoice|encounter(?:[ \t]+(?:number|no\.?|\#|id)|{_LONG_CODE_AHEAD})|visit(?:[ \t]+(?:number|no\.?|\#|id)|(?=[ \t]*(?:[:\#][ \t]*)?(?!(?:19|20)\d{{6}}(?!\d))\d{{7,12}}(?![\w\-/.]))"
            # or a letter or two before seven digits or more ("visit V26108149", "visit E669-71126")
            rf"|(?=[ \t]*(?:[:\#][ \t]*)?[A-Z]{{1,2}}\d{{3,4}}-?\d{{4,}}(?![\w\-/.])))|fin|"
            # a price quote's number, an invoice's before it is one ("Quote Q-20-0562: $4,958.00", "SURGICAL QUOTE
            # #84822-Q", "repair quote 51089-R1"; not "Quote valid 10 days", a year, or a sum, "quote $644")
            # (capitals and two digits or more, or five digits and a revision's letter: not "quote 10mg", "quote PHQ9
            # 18", "quote 2025-2026 plan year", "per quote 1500", "quote 30-day supply")
            r"quote(?:[ \t]+(?:no\.?|number|\#|id))?"
            r"(?=[ \t]*(?:[:\#][ \t]*)?(?:(?-i:[A-Z]{1,4})-?\d{2,}(?:-\d{2,})*|\d{5}-(?-i:[A-Z])\d?)(?![\w\-]))|"
            # a deposit's or a payment's receipt ("DEPOSIT RECEIPT  R50800420"; a property envelope's receipt is no bill's,
            # nor a sperm or cord-blood bank's deposit)
            r"(?:dme|equipment)[ \t]+order|(?<!bank )(?<!sperm )(?<!blood )(?<!specimen )(?:deposit|payment|pmt)[ \t]+receipt(?:[ \t]+(?:no\.?|number|\#))?|"
            # "claim number with the carrier is ...": the claim's number, named where it is held
            r"financial[ \t]+(?:number|no\.?|\#)|claim(?:[ \t]+(?:number|no\.?|\#))?[ \t]+(?:with|at|from)[ \t]+(?:the[ \t]+)?[a-z]+(?=[ \t]+(?:is|was)[ \t])|"
            r"claim[ \t]+(?:file|number[ \t]+for[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}(?:bill|visit|stay|transport))|"
            # a claim's diary headed by its number ("CLAIM DIARY - WC-23-333114"), an EDI file's "CLM=" key
            # ("Clm DC7341044", "Claim(s): E25-9640-2471, 5362668738954")
            r"claim[ \t]+diary|claim\(s\)|claim|(?:tarjeta[ \t]+)?(?-i:EBT)(?:[ \t]+(?:card|acct|account))?(?:[ \t]+(?:number|no\.?|\#))?(?=[ \t]*(?:[:\#][ \t]*)?\d{4}[ \-]?\d{4})|clm(?=[ \t]*[=:\#])|(?-i:Clm|CLM)(?=[ \t]+[A-Z\-]*\d)|credit[ \t]+card|card[ \t]+(?:number|no\.?|\#)|"
            r"guarantor(?:[ \t]+(?:account|acct|number|no\.?|\#|id))?|bank[ \t]+account|routing|iban|statement[ \t]+(?:number|no\.?|\#)|fall[ \t\-]?nr\.?|fallnummer|"
            # a bill's, an Indian inpatient stay's (IP), an emergency attendance's (ED) number, a claim's reference
            r"(?:final[ \t]+)?bill[ \t]+(?:no\.?|number|\#)|(?-i:IP)(?:[ \t]+(?i:no\.?|number)|(?=[ \t]+IP))|(?-i:ED)[ \t]+(?i:no\.?|number)|claim(?:[ \t]+form)?[ \t]+ref\.?|"
            # Spanish, French, Portuguese and Italian accounts ("Su cuenta:", "compte", "conta", "conto")
            r"cuenta|n[º°]\.?[ \t]+de[ \t]+cuenta|compte|conta|conto|nosologico|"
            # an invoice's and a claim's number in Spanish ("Factura:", "Reclamación al seguro:", "Núm. de reclamación:")
            r"factura|(?:n[úu]m(?:ero)?\.?[ \t]+de[ \t]+)?reclamaci[óo]n(?:[ \t]+al[ \t]+seguro)?|"
            # a claim's control number, a patient control number (X12 CLM01), a log's "enc=" key,
            # a German encounter ("Fall V63730466")
            r"(?:payer[ \t]+)?claim[ \t]+(?:ctl|control)(?:[ \t]+(?:number|no\.?|\#))?|patient[ \t]+control(?:[ \t]+(?:number|no\.?|\#))?|"
            rf"enc(?=[ \t]*[=:\#]|[ \t]+\d{{6,}}(?![\w\-/.])|[ \t]+[A-Z]{{1,4}}[\-.]?\d{{3,}}+(?:[\-.]\d{{3,}}+)++(?![\w\-/]))|(?-i:Fall)(?![ \t]*(?:[:\#][ \t]*)?(?:19|20)\d{{6}}(?!\d)){_LONG_CODE_AHEAD})"
        ),
        0.9,
        starts="Ul",
    ),
    # a claim's number with its CLM prefix ("CLM-24-9596929", "CLM2025-810592")
    _B("claim_prefixed", T.ACCOUNT, r"(?<![\w\-])(?P<v>CLM-?\d{2,4}-?\d{5,8})(?![\w\-])", 0.8, starts="U"),
    _B(
        "card",
        T.ACCOUNT,
        r"(?<![\w\-])(?P<v>(?:4\d{3}|5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720|3[47]\d{2}|6011)(?:[ \-]?\d{4}){3}|3[47]\d{2}[ \-]?\d{6}[ \-]?\d{5})(?![\w\-])",
        0.8,
        starts="d",
    ),
    # A car's or a home's insurance policy is no health plan's: "Auto insurer policy EC-52476767".
    _B(
        "other_policy",
        T.OTHER_ID,
        _lab(
            r"(?i:(?:auto(?:mobile)?|car|vehicle|motor|homeowner['’]?s?)[ \t]+(?:insurance|insurer|ins\.?)"
            r"(?:[ \t]+(?:policy|pol\.?))?(?:[ \t]+(?:no\.?|number|\#))?|"
            r"(?:auto(?:mobile)?|car|vehicle|motor|homeowner['’]?s?)[ \t]+policy(?:[ \t]+(?:no\.?|number|\#))?)",
            rf"(?=(?:[A-Za-z\-/. ]*\d){{3}}){_ID}",
        ),
        0.85,
        starts="Ul",
    ),
    # An authorisation's code of random capitals and digits, which may hold one digit only ("SNF auth
    # D9U3GNPVTCDZ", "Auth ref GM5FXHRAYXMM"); a DICOM study's, series' or instance's UID after its label.
    _B(
        "auth_code",
        T.OTHER_ID,
        _lab(
            r"(?i:(?:prior|pre|snf|payer|insurance)[ \t\-]?auth(?:ori[sz]ation)?(?:[ \t]+(?:code|ref(?:erence)?|no\.?|number|\#))?|"
            r"auth(?:ori[sz]ation)?[ \t]+(?:code|ref(?:erence)?))",
            r"(?=[A-Z0-9]{8,16}(?![\w\-]))(?=[A-Z]*\d)(?=\d*[A-Z])[A-Z0-9]{8,16}",
        ),
        0.85,
        starts="Ul",
    ),
    _B(
        "dicom_uid",
        T.OTHER_ID,
        _lab(r"(?i:(?:study|series|sop)(?:[ \t]+instance)?[ \t]+uid)", r"\d+(?:\.\d+){4,}(?!\w|\.\d)"),
        0.85,
        starts="Ul",
    ),
    # The same UID without its label (a DICOM dump's "UI [1.2.840.113619.2.68.2657.2359320953.777]", a header's
    # "StudyInstanceUID ... 1.2.840..."): "1.2." and five parts more, one of eight digits or more (a root's
    # serial, a date and time). Not DICOM's own UIDs (1.2.840.10008.*: a SOP class, a transfer syntax), which
    # name no one, nor a version's few short parts.
    _B(
        "dicom_uid_bare",
        T.OTHER_ID,
        r"(?<![\w.])(?!1\.2\.840\.10008\.)(?=[\d.]*\d{8})(?P<v>1\.2(?:\.\d+){5,})(?!\w|\.\d)",
        0.8,
        starts="d",
    ),
    # A clinician's NPI in brackets after the name ("Abena Rich, NP, Palliative Care (1896213521)", "Reader:
    # Ruiz, Chelsea  (2180682058)"): ten digits from 1 or 2 with an NPI's check digit, after a clinician's
    # credential or role on its line (``_npi_in_brackets``).
    _B("npi_bracketed", T.LICENSE, r"(?<=\()(?P<v>[12]\d{9})(?=\))", 0.8, "npi", starts="d"),
    # A video visit's meeting or session number in Zoom's groups ("meeting 654 7318 9661", "session 249 9750
    # 3328"), or its code ("meeting TH-A4K8T6VO"); nine or ten digits ("Meeting ID: 812 345 6789", a phone's
    # shape too) only after "ID".
    _B(
        "meeting_id",
        T.OTHER_ID,
        _lab(
            r"(?i:(?:zoom|video|teams|webex|telehealth)[ \t]+)?(?i:meeting|session|webinar)(?:[ \t]+(?i:id|number|no\.?|code))?",
            r"\d{3}[ ]\d{4}[ ]\d{4}(?![\w\-])|(?=[A-Z0-9\-]*\d)[A-Z]{2,4}-[A-Z0-9]{6,12}(?![\w\-])",
        )
        + "|"
        + _lab(
            r"(?i:(?:zoom|video|teams|webex|telehealth)[ \t]+)?(?i:meeting|session|webinar)[ \t]+(?i:id|number|no\.?)",
            r"\d{3}[ ]\d{3}[ ]\d{3,4}(?![\w\-])",
        ).replace("(?P<v>", "(?P<meeting_id_short>"),
        0.8,
        starts="Ul",
    ),
    # An Android device's ID ("android-b4c99b406f0c2d22": sixteen hex digits), on an app's export or a log.
    _B("android_id", T.DEVICE_ID, r"(?<![\w\-])(?P<v>android-[0-9a-f]{16})(?![\w\-])", 0.85, starts="l"),
    # A blood unit's ISBT 128 donation number after a unit's or a component's word: a facility's letter and
    # four digits, the year's two and a serial of six, then its flags, with the data identifier "=" or
    # without ("Unit(s): =W17772677680200", "component W552823328150", "Unit no. W4241 24 393429").
    _B(
        "blood_unit",
        T.OTHER_ID,
        rf"(?<![\w\-])(?i:units?|unit\(s\)|unit[ \t]+(?:no\.*|number|\#)|component|din)[ \t]*[:\#.]*[ \t]*"
        rf"(?P<v>{_ISBT_DIN})(?![\w\-])",
        0.8,
        starts="Ul",
    ),
    # A passport's number (letters and digits, one digit at least: "CLMNWLY0K"), an airline booking's
    # record locator ("PNR X5PRT7", "Booking ref (PNR) T97BKP"), a badge's number ("badge 3175", "Badge/ID P6696",
    # "badge 0590U").
    _B(
        "travel_document",
        T.OTHER_ID,
        r"(?<![\w/])(?:(?i:passport|pasaporte|passeport|reisepass)(?:[ \t]+(?i:no\.?|number|nr\.?|\#))?[ \t]*(?:[:#][ \t]*)?"
        r"(?P<v>(?=[A-Z]*\d)[A-Z0-9]{6,9})"
        r"|(?i:pnr|record[ \t]+locator|booking[ \t]+ref(?:erence)?(?:[ \t]*\(pnr\))?)[ \t]*(?:[:#][ \t]*)?"
        r"(?P<travel_document_pnr>(?=[A-Z]*\d)[A-Z0-9]{5,8})"
        r"|(?i:badge)(?:/(?i:id))?(?:[ \t]+(?i:no\.?|number|\#))?[ \t]*(?:[:#][ \t]*)?(?!911(?!\d))(?!(?:19|20)\d\d(?!\d))(?P<travel_document_badge>[A-Z]?\d{3,6}[A-Z]?))"
        r"(?![\w\-]|\.\w)",
        0.85,
        starts="Ul",
    ),
    # A linkage key, an envelope's or a token's hash in hexadecimal, or a UUID, after its word ("Linkage key
    # 32069ad3-e056-...", "| key 354456e34651b6a4...", "envelope 0e92f0d63f8b4f62..."): 16 hex digits or more.
    _B(
        "research_key",
        T.OTHER_ID,
        r"(?<![\w\-])(?i:(?:linkage|link|study|pseudonym|subject|participant)[ \t]+key|key|envelope|guid|uuid|token)"
        r"(?:[ \t]+(?i:id|no\.?|\#))?[ \t]*(?:[:=\#][ \t]*)?"
        # (or an NIH research GUID: "NDAR" and eight capitals or digits)
        r"(?P<v>NDAR[A-Z0-9]{8}|(?=[A-Fa-f]*\d)(?=\d*[A-Fa-f])(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}"
        r"|[0-9a-f]{16,64}|[0-9A-F]{16,64}))(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # A body-worn camera's or a CGM transmitter's short serial in capitals ("body cam X6YHW6U1KJ", "Dexcom G7
    # transmitter ZTGY3EHZ66", "transmitter TX 60S4PJ"): one digit at least.
    _B(
        "device_short",
        T.DEVICE_ID,
        r"(?<![\w/])(?i:body[ \t\-]?(?:worn[ \t]+)?cam(?:era)?|bwc|transmitter(?:/sensor)?)(?:[ \t]+(?i:id|sn|s/n|serial))?[ \t]*(?:[:\#][ \t]*)?"
        r"(?P<v>(?:TX[ ])?(?=[A-Z\-]*\d)[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,15})(?![\w\-]|\.\w)",
        0.85,
        starts="Ul",
    ),
    _B(
        "health_plan",
        T.HEALTH_PLAN_ID,
        _lab(
            # not a hospital's own policy ("per Policy SEC-114", "(Policy IP-220)", "Financial Assistance Policy
            # (PFS-118)", "Policy 8.06")
            r"(?i:(?<!called )(?<!call )(?<!phoned )(?<!texted )member|subscriber|(?<!per )(?<!under )(?<!see )(?<!\()(?<!assistance )(?<!privacy )(?<!hospital )"
            r"policy(?![ \t]+\d{1,2}\.\d{1,2}(?!\d))(?![ \t]*(?:[:\#][ \t]*)?[A-Za-z]{2,5}-\d{1,3}(?![\w\-]))|"
            r"insurance|insurer|health[ \t]+plan(?:[ \t]+beneficiary)?|"
            r"beneficiary|(?:medicare|medicaid|hmo|ppo|payer|plan)(?:[ \t]+(?:beneficiary|waiver|managed[ \t]+care|advantage))?"
            # "Medicaid (FFS) U7731534103", "Medicaid (QMB) ID ...", "Medicare Part A CZY096217379"
            r"(?:[ \t]*\((?:ffs|qmb|slmb|mco|hmo|ma|fee[ \t\-]for[ \t\-]service|managed[ \t]+care)\)(?![ \t]{2})"
            # (not a year or a date: "Medicare Part B 2024 premium", "Medicaid (MCO) 2024")
            rf"{_NO_YEAR_AFTER})?|medicare[ \t]+part[ \t]+[abcd](?!,){_NO_YEAR_AFTER}|"
            # a home- and community-based waiver's number ("Waiver ID 7475713401", "waiver MCD92984956"; not CLIA's)
            rf"(?<!clia )(?<!irb )(?<!hipaa )(?<!consent )waiver(?:[ \t]+(?:id|number|no\.?|\#))?{_LONG_CODE_AHEAD}{_NO_YEAR_AFTER}|"
            r"recipient(?=[ \t]*(?:id|number|no\b|\#))|grp\.?(?=[ \t]*(?:[:\#][ \t]*)?[A-Z]{0,4}\d{4,})(?![ \t]*(?:[:\#][ \t]*)?(?:19|20)\d\d(?!\d))|"
            r"mbi|hicn|(?-i:HI)[ \t]+claim(?:[ \t]+(?:no\.?|number|\#))?|(?:medicaid[ \t]+)?cin|(?:insurance|insurer|member|medicaid|medicare|health[ \t]+plan)[ \t]+card|"
            r"carte[ \t]+(?:d['’][ \t]*assurance|vitale|mutuelle)|tarjeta[ \t]+(?:del[ \t]+|de[ \t]+)?seguro|versichertenkarte|"
            r"enrollee(?=[ \t]*(?:id|number|no\b|\#))|mbr(?=[ \t]*(?:id|number|no\b|\#))|rx[ \t]*(?:group|grp)|plan|group|payer|coverage|(?:pharmacy|drug|prescription)[ \t]+(?:benefits?|plan|coverage)|"
            r"(?:blue[ \t]+cross|bcbs|aetna|cigna|humana|united(?:healthcare)?|kaiser|tricare)"
            r"(?:[ \t]+(?:member|policy|plan|benefits?|beneficiary))?|"
            r"(?:n[úu]m(?:ero)?\.?[ \t]+de[ \t]+)?afiliad[oa](?:[ \t]*\([^)\n]{1,20}\))?|krankenkasse(?:[ \t]+nr\.?)?|"
            r"versicherten(?:nummer|[ \t\-]?nr\.?)|mutuelle|assurance[ \t]+maladie|"
            # "Seguro dental:", "seguro médico", "medicaid app MC31777756"
            r"seguro(?![ \t]+social)(?:[ \t]+(?:dental|m[ée]dico|de[ \t]+salud))?|"
            # "Medicaid app pending (OF51832Q)", "Medicaid lapsed (1932816288)"
            r"medicaid[ \t]+(?:app(?:lication)?(?:[ \t]+(?:pending|submitted|filed|approved|denied))?|(?:pending|lapsed|expired|inactive|terminated)(?=[ \t]*[(:])(?![ \t]*[(:][ \t]*\d{1,2}[/\-](?:\d{1,2}|\d{4})(?![\w\-])))"
            r"(?=[ \t]*(?:[(:\#][ \t]*)?[A-Z0-9]*\d)(?![ \t]*(?:[(:\#][ \t]*)?(?:19|20)\d\d(?!\d))|"
            # national and public health services' numbers abroad ("NHS No.", "OHIP", "PhilHealth No.", "No. afiliación
            # IMSS", "NHIA No.", "KVNR", "ABHA"), a TRICARE sponsor's benefits number (DBN), refugee medical assistance
            # Puerto Rico's government plan (Plan Vital) and its card's contract, a member's ("socio") or a
            # contract's number, a group in Spanish, CHIP's number ("CHIP Perinatal ID 124236959WA")
            r"plan[ \t]+vit(?:al|a1)(?:[ \t]+(?:mpi|id|(?:—[ \t]+)?n[úu]m\.?[ \t]+de[ \t]+contrato))?|"
            rf"(?:n[úu]m(?:ero)?\.?[ \t]+de[ \t]+)?(?:socio|miembro(?!s)|contrat[o0](?![ \t]+de))|grupo|(?-i:CHIP)(?:[ \t]+(?i:perinatal))?{_NO_YEAR_AFTER}|"
            r"nhs(?:[ \t]+(?:number|no\.?))?|ohip|philhealth|(?:(?:n[úu]m(?:ero)?\.?|no\.?)[ \t]+)?afiliaci[óo]n(?:[ \t]+(?:imss|igss|issste))?|"
            r"imss|igss|issste|ofatma|nhia|kvnr|abha|essalud|ehic|ghic|(?:tricare[ \t]+)?dbn|refugee[ \t]+medical[ \t]+assistance|"
            # "Medicaid application W513406902-02", "Medicaid reactivation submitted, ID ...", "my insurance
            # changed, new id ...": a plan's word, a few words, then its number's word
            r"medicaid[ \t]+application|(?:medicaid|medicare|insurance|insurer|coverage)(?:[ \t]*:)?(?:[ \t]+(?!claims?\b|account\b|acct\b|billing\b|fax\b|phone\b|tel\b|telephone\b|services?\b|customer\b|contact\b|line\b)[a-z][a-z'’\-]*,?){1,3}?[ \t]+(?:id|number|no\.?|\#)\b|"
            # "Ins ID 028 269 759", "even with insurance (policy 061 116 570)"
            # a drug-assistance programme's enrolment and a copay card's member number ("ADAP ID: ADAP-9618693",
            # "copay card ID 83998678680"): they pay for a patient's drugs as a plan does
            r"adap(?:[ \t]+(?:id|number|no\.?|\#))?|(?:copay|co-pay|savings)[ \t]+card(?:[ \t]+(?:id|member[ \t]+id|number|no\.?))?|"
            r"ins\.?[ \t]+(?:id|no\.?|\#)|insurance[ \t]*\([ \t]*policy|"
            rf"ins\.?{_CODE_AHEAD})"
        ),
        0.9,
        starts="Ul",
    ),
    # A biometric word, then (a few words on, same sentence) the code of the template it names:
    # "fingerprint TCN FP-4968", "palm-vein scan (template LS56..)", "voiceprint sample ... stored as VP84..".
    _B(
        "biometric",
        T.BIOMETRIC,
        # (the template's code may begin the next line: "enrolled for PO line, voiceprint\nVP-6821096.")
        rf"(?<![A-Za-z0-9/]){_BIOMETRIC_CUE}(?:[ \t]*\n(?=[ \t]*(?:(?:FPT?|TMPL|IRIS|PVT?|PALM|VP|VOX|FACE)-[A-Z0-9]|vprint-)))?(?:{_GAP_WORD}){{0,7}}?[ \t]*+\)?[ \t]*+[(:#=\-|]*+[ \t]*+[\"“]?"
        # or a template's name with underscores ("voiceprint match vp_fgwr8814", "iris ir_416_ufay"), with a
        # biometric template file's extension ("voiceprint_7e52f17f24.vpr", "fingerprint_tpl_801cfd12.ist")
        # or a code whose prefix names a template ("FP-TMPL-ZWGYJ6", "IRIS-ZAGHELAD"), or one in spaced threes
        # ("TMPL 268 998")
        rf"(?P<v>{_BIOMETRIC_PREFIXED}|(?!(?:19|20)\d\d(?![\w\-]))(?=(?:[A-Za-z\-/]*\d){{4}}){_ID}|"
        # a template's code in capitals right after its "ID", a colon or a fingerprint's TCN, ten characters or more
        # with two digits ("iris ID IRS-MC9X-6YKK", "enrollment no.: FH5RGEZ0GHNY"; not a policy's "COMP-009" or "per
        # policy HIM-POL-012", nor a camera's model)
        rf"(?:(?<=(?i:id)[ ])|(?<=:[ ])|(?<=(?-i:TCN)[ ]))(?=[A-Z0-9\-]{{10,20}}(?![\w\-]))(?=(?:[A-Z\-]*\d){{2}})(?=[A-Z0-9\-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w\-])|[A-Za-z]{{1,12}}_(?=[A-Za-z_]*\d)[A-Za-z0-9]{{2,20}}(?:_[A-Za-z0-9]{{2,12}}){{0,2}}"
        rf"(?:\.(?i:vpr|ist|wsq|fmr|bir|xyt|tpl|ansi|iso)(?![\w.]))?(?![\w\-]))(?!\.(?i:jpe?g|png|heic|gif|tiff?))",
        0.9,
        starts="Ul",
    ),
    _B(
        "photo",
        T.PHOTO,
        rf"(?<![\w])(?:(?i:(?:full[ \t\-]+)?(?:face|facial)[ \t]+(?:photo(?:graph)?|image|picture)s?(?:[ \t]*\([^)\n]{{0,30}}\))?"
        rf"(?:[ \t]+(?:stored|saved|filed|uploaded|archived|kept))?|"
        # (a wound's, a lesion's or a skin's photo shows no face: "wound photo IMG_2231.jpg")
        rf"(?<!wound )(?<!lesion )(?<!ulcer )(?<!rash )(?<!skin ){_PHOTO_ID_CARD}photo(?:graph)?|headshot|portrait|selfie|picture|mugshot|"
        rf"wristband[ \t]+photo|id[ \t]+photo|image{_CODE_AHEAD}|"
        # Spanish, Italian, German, Dutch: "Foto: PH53383332"
        rf"foto(?:graf[ií]a)?{_CODE_AHEAD})"
        # (a word of its own: in "headshot_64385.png" the file is the photo's name, whole)
        rf"(?!\w)(?:[ \t\-]+(?i:file|id|on[ \t\-]+file|attached|saved|stored|uploaded|taken))?(?:[ \t]+(?i:as|at|in|to))?"
        # "wristband photo (PH194671656)", "Face sheet + photo (WB-PHOTO-579915)": a code in brackets (not a
        # camera's file name there: "photo (DSC_0412.JPG) of the ulcer")
        rf"[ \t]*(?:[:\-\#][ \t]*|\((?![\w\-]+\.{_IMAGE_EXT})(?!(?:19|20)\d\d(?![\w\-]))[ \t]*)?(?P<v>[\w\-]+\.{_IMAGE_EXT}|{_ID})"
        rf"|(?<!(?i:wound) )(?<!(?i:ulcer) )(?<!(?i:lesion) )(?<!(?i:rash) )(?<!(?i:skin) )"
        rf"{_PHOTO_ID_CARD}(?i:(?:photo(?:graph)?|foto(?:graf[ií]a)?)s?(?:[ \t]+id)?)(?:[ \t]+(?!(?i:of|showing|shows)\b)(?:[a-z]+|ID|(?-i:[A-Z]+)(?=[ \t]*:))){{1,6}}[ \t]*(?:[:(][ \t]*)?"
        rf"(?P<photo_coded>{_PHOTO_CODE})(?!\w|\.\w)"
        # a face word, a few words, then a photo's code: "camera still of patient face PH-874050", "Athlete
        # headshot for the team badge: PH-819679", "identity confirmed by face match to PH-579101"
        # (a word of its own, as above)
        rf"|(?i:face|facial|headshot|portrait|selfie|mugshot)(?![\w\-])(?![ \t]+(?i:sheet|mask|shield|tent|wash|to|down|up)\b)"
        rf"(?:[ \t]+(?!(?i:and|or)\b)[A-Za-z]+){{0,6}}?[ \t]*(?:[:(][ \t]*)?"
        rf"(?!(?:CPT|ICD|REF|LOT|NDC|HCPCS|DRG|SN|UDI)(?:\b|\d))(?P<photo_face>{_PHOTO_CODE})(?!\w|\.\w)"
        rf"|(?P<photo_file>(?i:img|dsc|pxl|photo|facial|face|headshot|portrait|profile|avatar|selfie)[_\-]?\w*\d\w*\.{_IMAGE_EXT}"
        # a file named for a face ("ana_ruiz_headshot.jpg", "shoshana_portrait.png"); the look-ahead (the word
        # runs to an image's extension) fails at once at any other word, where the name's search backtracked
        rf"|(?=[\w\-]{{0,96}}+\.{_IMAGE_EXT})[\w\-]*(?i:portrait|headshot|selfie|mugshot|avatar)[\w\-]*\.{_IMAGE_EXT})(?!\w|\.\w)"
        # a close-up of a lesion or a wound shows no face ("file=IMG_0003.jpg  type=lesion-closeup"); a close-up
        # portrait does
        rf"(?![^\n]{{0,24}}?(?i:{_BODY_PICTURE_WORDS}|close-?up(?![ \t]+portrait))))",
        0.85,
        starts="Ul",
    ),
    # A picture's file name with a face word or four digits in it ("pt_face_4471.png", "4471208.dcm");
    # the look-ahead (a word, a dot, an image extension) fails at once at any other word.
    _B(
        "photo_named_file",
        T.PHOTO,
        r"(?<![\w\-])(?P<v>[\w\-]*(?i:face|facial|photo|headshot|portrait|selfie|mugshot)[\w\-]*\d[\w\-]*"
        # a face's image by its name's word, numbered or not ("mensah_face_frontal.png")
        rf"\.{_IMAGE_EXT}|[\w\-]*(?<![A-Za-z])(?i:face|facial)(?![A-Za-z])[\w\-]*"
        # a numbered image that no word in its name says is of a body part, a rhythm strip or a thing
        rf"\.{_IMAGE_EXT}|(?![\w\-]*(?<![A-Za-z])(?i:strip|ecg|ekg|rhythm|tracing|xray|cxr|"
        r"wound|lesion|damage|receipt|invoice|logo|screenshot|diagram|chart)(?![A-Za-z]))"
        r"[\w\-]*\d{4}[\w\-]*\.(?i:jpe?g|png|heic|dcm))(?!\w|\.\w)"
        rf"(?![^\n]{{0,24}}?(?i:{_BODY_PICTURE_WORDS}|close-?up))",
        0.85,
        starts="Uld",
        ahead=rf"(?=[\w\-]{{0,96}}+\.(?:{_IMAGE_EXT}|(?i:dcm))(?!\w))",
    ),
    # A biometric template without its cue: a code whose prefix names a template of a body part ("FP-TPL-03117903",
    # "PALM-TMPL-8812Q"), or a template file's name that starts with a body part's word and has a template format's
    # extension ("palm_goqxesidxt.tpl", "thumb_l_0831.wsq", "iris-right-4471.ist"; not a document template,
    # "letter.tpl", "thumbnail_header.tpl", "ortho_finger_fracture.tpl").
    _B(
        "biometric_template",
        T.BIOMETRIC,
        r"(?<![\w\-.])(?P<v>(?:FPT?|IRIS|PVT?|PALM|VP|VOX|FACE)-(?:TPL|TMPL)-[A-Z0-9]{4,14}(?![\w\-])"
        r"|(?i:palm|finger(?:print)?|fp|iris|retina|voice(?:print)?|thumb|minutiae)[_\-][\w\-]*\.(?i:tpl|ist|wsq|fmr|bir|xyt|vpr)(?!\w|\.\w))",
        0.85,
        starts="Ul",
        ahead=r"(?=[A-Z]{2,5}-T|[A-Za-z]{2,11}[_\-][\w\-]{0,96}+\.(?i:tpl|ist|wsq|fmr|bir|xyt|vpr)(?!\w|\.\w))",
    ),
    _B(
        "device",
        T.DEVICE_ID,
        _lab(
            # "serials R WIR093476E / L JK0294362": a side before the first of two
            # (an implant's lot is its own: "Implant lot UXXFP3SE3S was used before BI")
            r"(?i:serials?(?:[ _](?:in|out|returned|issued))?(?:[ \t]+(?:[LR]|left|right)(?=[ \t:]+[A-Z0-9]))?|device(?:[ \t]+(?:serial|identifier))?|implant(?:[ \t]+(?:serial|lot))?|udi(?:[ \t\-]?(?:di|pi))?|imei|meid|"
            r"model/serial|asset[ \t]+tag|cgm[ \t]+(?:id|serial|sn)|(?:cgm[ \t]+)?(?:transmitter|sensor)[ \t]+(?:id|serial|sn)|mac(?:[ \t]+address)?|pump[ \t]+(?:serial|id)|(?:loop|event|holter|capsule)?[ \t]*recorder|"
            r"(?:humidifier|concentrator|pacemaker|generator|transmitter|processor|stimulator|ventilator|wheelchair|"
            r"(?:bed|chair|bed/chair|bed[ \t\-]exit)[ \t]+(?:alarm|pad|sensor)|pendant|base[ \t]+unit|"
            # a home monitor's, a loaner's ("cuff 86617884LG", "oximeter OX9517680", "loaner ID 2311-3892-78")
            rf"power[ \t]+chair|cgm|hearing[ \t]+aid|machine|asset|(?:bp[ \t]+)?cuff|(?:pulse[ \t]+)?oximeter|glucometer|"
            rf"glucose[ \t]+meter|meter|modem|loaner(?:[ \t]+(?:id|tablet|device|unit))?|"
            # a court-ordered GPS or ankle monitor ("GPS monitor EM-867569"), a wound vac the patient wears ("NPWT unit
            # VAC1983294 replaced")
            rf"(?:gps|ankle|electronic)[ \t]+monitor){_CODE_AHEAD}|"
            # (a unit's code has capitals first: not a pressure, "NPWT 125-150 mmHg", a billing code, "NPWT 97606",
            # "NPWT pump E2402", nor a date)
            r"(?:npwt(?:[ \t]+(?:unit|pump|device))?|wound[ \t]+vac(?:[ \t]+(?:unit|pump))?)"
            r"(?=[ \t]*(?:[:\#][ \t]*)?(?!(?-i:CPT|HCPCS|[A-Z]\d{4}(?![\w\-])))(?-i:[A-Z]{2,4})-?\d{5,}(?![\w\-]))|"
            rf"ser\.?(?=[ \t]+[A-Z0-9]*\d)(?![ \t]+\d{{1,5}}[ \t,/]+(?:img|ima?|image|slice)\b)|"
            # German, French and Spanish serial numbers ("Seriennr.", "n° de série", "número de serie")
            r"seriennr\.?|seriennummer|n[°º]\.?[ \t]*de[ \t]+s[ée]rie|num[ée]ro[ \t]+de[ \t]+s[ée]rie|"
            # a device's serial in Spanish after the device ("concentrador de oxígeno ..., serie 175A089244", "CGM
            # serie 0M24723045", "(serie BP635387882)")
            r"(?<![\w])serie(?=[ \t]*(?:[:\#][ \t]*)?(?:[A-Z]{2,4}[ \-])?[A-Z0-9\-]*\d[A-Z0-9\-]{3,}))|\b(?i:s/n)|\bSN\b|"
            # a log's lower-case key ("sn=EV9546101", "tx_sn=MUC2144119"), or a card's "sn" before the code
            # ("L: Style 25-453 sn SN931583885 lot 9327450")
            # (two letters first or six digits in a row: not a skilled nurse's visits, "sn 2W4-1W5", a sinus rate, "sn
            # 60-100", or a shift, "sn 0700-1900")
            r"\bsn(?=[ \t]*[=:\#]|[ \t]+(?=[A-Z0-9\-]{6,}(?![\w\-]))(?:[A-Z]{2}[A-Z0-9\-]*\d|[A-Z0-9\-]*\d{6}))",
            # not a lens power ("Implant: 21.5 D"); a UDI's GS1 string in full (GTIN-14, then its serial's or
            # lot's AI: "010442203631876821C6SA1GE1J")
            rf"(?!\d{{1,3}}\.\d{{1,2}}(?![\w.]))(?:01\d{{16}}[A-Z0-9]{{1,24}}(?![\w\-])|{_ID})",
        ),
        0.9,
        starts="Ul",
    ),
    # A patient's own pump, sensor, data logger, adherence cap or VAD by its noun alone ("Insulin pump 0604-04677",
    # "smart sensor C736462002", "Adherence cap CAP292669000", "LVAD (YKH484378)"): a serial's shape only, five digits
    # or more, or eight characters or more with two digits and two capitals at least (not a model's "MMT-1884", a
    # billing code's "E0784", a catalogue's "(72081-01) x 2", a dose's "25000 units"), and not after a label of its
    # own ("pump (SN 15444362)", "sensor REF 5198762", "Sensor CPT 95250" read their codes themselves or none).
    _B(
        "device_noun",
        T.DEVICE_ID,
        r"(?<![\w\-])(?i:pump|sensor|logger|(?:adherence|smart)[ \t]+cap|l?vad|cgm|pca)[ \t]*(?:[:\#(][ \t]*)?"
        r"(?![ \t]*(?i:sn|s/n|serial|id|lot|ref|cpt|hcpcs|ndc|model|mod|rate|channel)\b)"
        r"(?P<v>\d{3,5}-\d{4,6}|[A-Z]{0,4}\d{5,12}|[A-Z]{2,5}-\d{5,8}|0x[0-9A-F]{6,16}"
        r"|(?=[A-Z0-9]{8,14}(?![\w\-]))(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]{8,14})"
        r"(?![\w\-])(?![ \t]*(?:\)[ \t]*)?(?:x[ \t]*\d|(?i:units?|ml|mg|mcg)\b))",
        0.85,
        starts="Ul",
    ),
    # ISBT 128 donation identification number ("W0336 24 123456"): names the donor, label or not.
    _B(
        "docket",
        T.OTHER_ID,
        r"(?<![\w:\-])(?P<v>\d{1,2}:\d{2}-(?i:cv|cr|mc|mj|bk|ap|md)-\d{3,6})(?![\w\-])",
        0.85,
        starts="d",
    ),
    # A sterile-processing or a perfusion certification's number with its board's prefix ("CBSPD 7345126",
    # "CRCST-937244", "CCP-17986", "ABCP 1379").
    _B(
        "cert_prefixed",
        T.LICENSE,
        r"(?<![\w\-])(?P<v>(?:CBSPD|CRCST|CHL|CIS|CER|CCP|ABCP)[ \-]\d{4,8})(?![\w\-])",
        0.8,
        starts="U",
    ),
    _B(
        "isbt_din",
        T.OTHER_ID,
        r"(?<![\w\-])(?P<v>[A-Z]\d{4}[ ]\d{2}[ ]\d{6})(?![\w\-])",
        0.8,
        starts="U",
    ),
    # a GS1 device identifier (14 digits; 12 or 13 where a GTIN's leading zeros were dropped) and its production
    # identifiers ("(01)0768303442420(21)80992A")
    _B("udi_gs1", T.DEVICE_ID, r"(?P<v>\(01\)\d{12,14}(?:\(\d{2,4}\)[A-Za-z0-9\-]+)*)", 0.9, starts="o"),
    # The same as a scanner reads it, without brackets: the GTIN, a date or two (17 expiry, 11 made), then the lot
    # (10) or the serial (21): "01008875173517591728021721DSZ34020"
    _B(
        "udi_gs1_bare",
        T.DEVICE_ID,
        r"(?<![\w\-])(?P<v>01\d{14}(?:1[17]\d{6}){1,2}(?:10|21)[A-Z0-9]{4,20})(?![\w\-])",
        0.85,
        starts="d",
    ),
    # A HIBCC UDI ("+HRBG41861415/$664197").
    _B(
        "udi_hibcc",
        T.DEVICE_ID,
        r"(?<![\w+/$])(?P<v>\+[A-Z][A-Z0-9]{4,19}/\$\$?[A-Z0-9]{2,20})(?![\w\-/])",
        0.75,
        starts="o",
    ),
    # A case's number at the agency or team it was reported or referred to, in brackets ("Reported to APS
    # (I202407405)", "ME (2024-06932)", "Referred to CARE team (ECU-387138)"), or an organ procurement organisation's
    # referral after its letters ("OPO RVX9674"): three digits at least.
    _B(
        "agency_case",
        T.OTHER_ID,
        r"(?<![\w])(?:(?:(?-i:APS|CPS|DCFS|ME|OME|OPO)|(?i:care|crisis|behavioral[ \t]+intervention|threat[ \t]+assessment)[ \t]+team)"
        r"[ \t]*\((?P<v>(?=[A-Z0-9\-]*\d{3})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,20})\)"
        r"|(?-i:OPO)[ \t]+(?:(?i:referral|ref\.?|case)[ \t]*(?:\#[ \t]*)?)?(?P<agency_case_opo>[A-Z]{2,4}\d{3,8}|\d{6,10})(?![\w\-]))",
        0.8,
        starts="Ul",
    ),
    # A code in brackets: a sample's accession (a prefix, the year's two digits, a running number: "HCV Ab
    # positive (VU21-7576)"), or a licence right after a clinician's credential ("Ulla Rivers, IBCLC
    # (L060911)"; the handler reads the credential).
    _B(
        "bracket_code",
        T.OTHER_ID,
        r"\((?P<v>[A-Z]{1,3}\d{2}-\d{4,6}"
        rf"|{_NOT_EIGHT_DIGIT_DATE}(?:[A-Z]{{1,3}}[.\-]?)?\d{{5,9}}(?:-[A-Z]{{1,3}})?|\d{{2}}-\d{{5,8}}"
        # (a licence's four digits or a dotted number, read only after a credential: "LAT (2543)", "LPC
        # (589.277435)"; not a year)
        r"|(?!(?:19|20)\d\d\))\d{4}|\d{3}\.\d{4,8})\)",
        0.75,
        "bracket_code",
        starts="o",
    ),
    _B(
        "license",
        T.LICENSE,
        _lab(
            # (a British driver number, the DVLA's own words for the licence's number)
            r"(?i:driver'?s?[ \t]+licen[sc]e|driving[ \t]+licen[sc]e|driver[ \t]+number|licen[sc]e|(?<!form )lic\.?|"
            # a notary's commission ("Notary: Ana Ruiz  Commission No. 96-089920")
            r"commission[ \t]+(?:no\.?|number|\#)|"
            # a medical examiner's or an EMS clinician's National Registry number ("National Registry # 03-164370")
            r"national[ \t]+registry[ \t]*(?:no\.?|number|\#|id\b)|"
            # a certificate of a birth, a death or a vaccination (the yellow card), a certification's
            # card, a licence on file, a state's licence ("licensed in Maine (9128518)")
            r"(?:birth|death|marriage|vaccination)[ \t]+cert(?:ificate)?|cert(?:ificate)?[ \t]+of[ \t]+(?:birth|death)|"
            r"yellow[ \t]+(?:fever[ \t]+)?card|icvp(?![ \t]+cert)|"
            r"(?:cert(?:ification)?|licen[sc]e)(?:[ \t]+agency)?[ \t]+card|(?:dl|licen[sc]e)[ \t]+on[ \t]+file|"
            r"licensed[ \t]+(?:in|by)[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]*[(:])|"
            # a profession's licence after its word ("licensed esthetician #007350"), a state's identity card (as a
            # driver's licence is: "state ID H27374767", "non-driver ID", "Minnesota ID # I05630484", "NM ID # ...")
            r"licensed(?:[ \t]+(?:practical|vocational|clinical|professional|massage|social|marriage|family|mental|health|"
            r"independent|nail|hair))*[ \t]+(?:esthetician|aesthetician|cosmetologist|electrologist|barber|therapist|"
            r"counsel(?:l)?or|nurse|pharmacist|psychologist|technician|optician|midwife|dietitian|worker)(?=[ \t]*(?:\#|no\.|number))|"
            # a state's photo ID and a photo ID checked are identity cards, not pictures ("State photo ID -- ID62561865",
            # "photo ID checked (WC8140820)"); a lapsed licence's number ("Driver licence -- expired, no. 836 938 831");
            # a certified interpreter's (CMI, CHI) and a credential's number after a name ("Sione Vang, CHW #CHW-373742")
            r"(?:state[ \t]+photo[ \t]+id(?:[ \t]+card)?|photo[ \t]+id[ \t]+(?:checked|verified|presented|shown))"
            r"(?![ \t]*(?:[(:\-][ \t]*)*\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{2,4})?(?![\w\-]))|"
            r"(?:driver'?s?|driving)[ \t]+licen[sc]e[ \t\-–]*\(?(?:expired|suspended|revoked)\)?,?[ \t]+(?:no\.?|number|\#)|"
            r"certified[ \t]+(?:(?:medical|healthcare|court)[ \t]+)?interpreter[ \t]*(?:no\.?|number|\#)|"
            r"(?<=, )(?-i:CHW|CCHW|LICSW|LCSW|LMSW|LPC|LMFT|LPN|LVN|RN|NP|CNA|CMA|EMT|CADC|CPRS)"
            r"(?=[ \t]*(?:\#|no\.)[ \t]*(?:[A-Z]|\d[\d.\-]{5}))|"
            r"state[ \t]+id(?:[ \t]+card)?|non[ \t\-]?driver(?:[ \t]+state)?[ \t]+id(?:[ \t]+card)?|"
            rf"(?-i:(?:{_ID_CARD_STATES}|{_STATE_NAMES})[ \t]+ID)(?=[ \t]*\#)|"
            # a lawyer's bar number, a notary's commission, Medicare's PTAN, a state's controlled-substance
            # registration ("State Bar No.", "bar #", "commission NP146925", "PTAN (H62954L)", "State CSR")
            # (a commission's number may carry its board's letters or a dot: "commission CNM-81852", "13.490412")
            # (a bar number in brackets after counsel's name: "counsel of record (Bar P99812)")
            r"(?:state[ \t]+)?bar[ \t]+(?:no\.?|number|\#|id)|state[ \t]+bar|(?:(?:notary[ \t]+)?commission(?:[ \t]+(?:no\.?|number|\#))?|(?<=\()bar)"
            r"(?=[ \t]*(?:[:\#][ \t]*)?(?!(?:19|20)\d\d-(?:19|20)\d\d(?![\w\-]))(?:[A-Z]{1,6}-){0,2}[A-Z]{0,3}\d{2}[\d.\-]*\d{3}(?![\w\-]))|"
            # a court reporter's certificate ("CSR 036.498633", "CSR 72-77773")
            # (six characters at least: not a customer service rep's "CSR 4471", nor Cheyne-Stokes respiration's
            # share of a sleep study, "CSR 18.5-22.0% of TST", nor a year)
            # a notary's commission after the name ("Sworn before Ana Ruiz, comm. 01XB0510553"), an athletic trainer's
            # Board of Certification number ("BOC 7473672319")
            r"(?<=, )comm\.(?=[ \t]*(?=[A-Z0-9\-]*\d{4})[A-Z0-9][A-Z0-9\-]{4,}(?![\w\-]))|(?-i:BOC)(?=[ \t]*(?:\#[ \t]*)?\d{6,}(?![\w\-]))|"
            r"ptan|state[ \t]+csr|csr(?=[ \t]*(?:[:\#][ \t]*)?(?:no\.?[ \t]*)?[A-Z.]{0,3}(?!\d{1,3}\.\d+-)(?!(?:19|20)\d\d(?![\w\-.]))"
            r"\d[\d.\-]{4,}\d(?![\w\-%]|\.\d))|controlled[ \t]+substances?[ \t]+(?:registration|licen[sc]e|reg\.?)|"
            # a medical examiner's number on the FMCSA's National Registry ("National Registry Number:",
            # "NRCME", "NR#"), an airman's certificate, an aviation medical examiner's serial, a birth
            # certificate's state file number ("State file no. (office use):")
            r"national[ \t]+registry(?:[ \t]+(?:number|no\.?|\#))?(?=[ \t]*(?:[:\#][ \t]*)?\d{6,})|nrcme|(?-i:NR)[ \t]*\#|"
            r"airman(?:[ \t]+cert(?:ificate)?)?(?=[ \t]*(?:\#|no\b|number))|ame[ \t]+serial|"
            r"state[ \t]+file[ \t]+(?:no\.?|number|\#)(?:[ \t]*\([a-z ]{1,20}\))?|"
            # (a laboratory's CLIA number and a pharmacy's NCPDP number are an organisation's, not a person's: no
            # licence labels since 2026-12-03, CONVENTIONS.md)
            r"dea(?:[ \t]+registration)?|npi(?:[ \t]+[a-z]+){1,2}(?=[ \t]*(?:[:\#][ \t]*)?[12]\d{9}(?!\d))|npi|certificate|certification|board[ \t]+cert(?:ification)?|"
            # (a car's VIN on a parking permit is the car's: "VIN on parking permit 4GUMV12D5RWTWCGAE")
            r"permit(?![ \t]*(?:[:\#][ \t]*)?(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}(?![\w\-]))|id/dl|dl/(?:state[ \t]+)?id|credential|(?<!icvp )(?<!vaccine )(?<!vaccination )cert\b\.?|registration|reg\.?(?=[ \t]*(?:no|\#|number))|caqh|upin|nabp|(?:presc(?:riber)?|pharm(?:acy)?)[ \t]+id(?=[ \t]*(?:[:\#][ \t]*)?[12]\d{9}(?!\d))|"
            # a doctor's or a surgeon's registration after their name ("panel physician S. Hill, reg. 9137318")
            r"(?:(?<=[a-z][,(] )|(?<=[a-z][,(]))reg\.?(?=[ \t]*[A-Z]{0,4}[\-/]?\d{4,})|"
            # Spanish, French and German: "licencia", "cédula profesional", "n° de licence", "RPPS",
            # "Lizenz-Nr.", "Approbationsnummer", "Führerschein-Nr."
            # a driver's licence, a specialist's cédula, a doctor's college or board number in Spanish ("Licencia de
            # conducir", "Lic. conducir", "colegiado activo No.", "JVPM", "CMH No.", "Exequátur"), a promotora's
            # certification
            r"licencia[ \t]+de[ \t]+conducir|lic\.?[ \t]+(?:de[ \t]+)?conducir|c[ée]dula[ \t]+de[ \t]+especialidad|"
            r"(?<=, )c[ée]dula(?=[ \t]+\d)|colegiad[oa](?:[ \t]+activ[oa])?|(?-i:JVPM|CMH)|exequ[áa]tur|"
            r"cert(?:ificaci[óo]n)?\.?[ \t]+(?:de[ \t]+)?promotor[ae]?|certificaci[óo]n(?:[ \t]+(?-i:CHW))?|"
            r"(?:n[úu]mero[ \t]+de[ \t]+|n[°º]\.?[ \t]*(?:de[ \t]+)?)?licen(?:cia|ce)|c[ée]dula[ \t]+profesional|c[ée]d\.[ \t]*prof\.?|rpps|adeli|"
            r"cdib(?:[ \t]+(?:card|cert(?:ificate)?))?|"
            r"lizenz(?:[ \t\-]*nr\.?)?|approbation(?:snummer)?|f[üu]hrerschein(?:[ \t\-]*nr\.?)?|"
            rf"(?:emt(?:-[a-z]{{1,2}})?|paramedic){_CODE_AHEAD})|\bDL\b|\bCDL\b|"
            # a log's lower-case key ("dl_number=L7071238", "dl=...")
            r"\b(?:dl|cdl)(?=[ \t]+(?:number|no\b|num\b)|[ \t]*[=:\#])",
            _LICENSE_VALUE,
        ),
        0.9,
        starts="Ul",
    ),
    _B(
        "mbi",
        T.HEALTH_PLAN_ID,
        # (dashed or run together; spaced as the card prints it, "5ME9 D02 MH29", only after a plan's label: _ID_GROUPS)
        r"(?<![\w\-])(?P<v>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
        r"[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w\-])",
        0.8,
        starts="d",
    ),
    # A person's number on an NHS e-Referral (its booking reference, UBRN), a waiting list's reference, a medical
    # student's AAMC or VSLO number, an app's user id ("user usr_ynp3cmvz67")
    _B(
        "other_id_more",
        T.OTHER_ID,
        r"(?<![\w])(?:(?-i:UBRN|AAMC(?:/VSLO)?|VSLO)|(?i:waiting[ \t]+list(?:[ \t]*\()?[ \t]*ref(?:erence)?))[ \t]*(?:[:\#][ \t]*)?"
        rf"(?P<v>\d{{4}}[ ]\d{{4}}[ ]\d{{4}}(?![\w\-])|{_ID})"
        r"|(?<![\w])(?i:(?:app[ \t]+)?user(?:[ \t]+id)?)[ \t]*(?:[:=,][ \t]*)?(?P<other_id_more_user>[a-z]{2,5}_(?=[a-z0-9]*\d)[a-z0-9]{6,16})(?![\w\-@.])"
        # an app's screen name or a user name with a digit or an underscore ("app screen name: kiki539", "username
        # ingrid_86"), a social media handle after its network's word or a photo consent's "tag" ("social media (tag
        # @sterlingpapa)", "ok to tag @noorvonholt_glow", "Instagram: @ana.ruiz"; not a skin tag's or a chat's "@",
        # "skin tag @L_axilla", "tag @charge_rn")
        r"|(?<![\w])(?i:(?:app[ \t]+)?screen[ \t]*name|user[ \t]?name)[ \t]*(?:[:=][ \t]*)?"
        # (a person's: a digit and lower-case letters, not a shared account's, "guest_2024", "ED_WS12")
        r"(?!(?i:guest|admin|test|default|user|demo|temp|wifi)[_\d])"
        r"(?P<other_id_more_screen>(?=[A-Za-z0-9_.]*\d)(?=(?:[A-Za-z0-9_.]*[a-z]){3})[A-Za-z][A-Za-z0-9_.]{2,30}[A-Za-z0-9_])(?![\w@.\-])"
        r"|(?<![\w])(?i:instagram|tiktok|twitter|snapchat|facebook|fb|youtube|social[ \t]+media(?:[ \t]*\([ \t]*tag)?|ok[ \t]+to[ \t]+tag)"
        r"[ \t]*(?:[:(][ \t]*)?(?P<other_id_more_handle>@[A-Za-z][A-Za-z0-9_.]{3,29}[A-Za-z0-9_])(?![\w@\-]|\.\w)",
        0.85,
        starts="Ul",
    ),
    # A device's serial a few words after its word ("SN on card: NG5768039H", "serial (unit 5E-37): 0047188448",
    # "Implant serial to be recorded intra-op: NG7801791H", "CPAP SN will be 431J1290623")
    _B(
        "device_serial_later",
        T.DEVICE_ID,
        r"(?<![\w])(?:(?i:serial(?:[ \t]+(?:number|no\.?))?)|(?-i:SN|S/N))(?:[ \t]+(?i:on[ \t]+(?:the[ \t]+)?card|will[ \t]+be|to[ \t]+be[ \t]+recorded(?:[ \t]+[a-z\-]+)?)"
        # (not a series of results: "Serial (x3): 12.5-13.1-14.0 ng/L", "Serial (4 draws) 145-150-152"; a serial's
        # groups of four digits stay: "implant serial (prior hip arthroplasty) 5004-3278-650")
        r"|[ \t]*\([^()\n]{1,40}\))[ \t]*(?::[ \t]*)?(?!\d{1,3}(?:\.\d+)?(?:-\d{1,3}(?:\.\d+)?)+(?![\w\-]))"
        r"(?P<v>(?=[A-Z0-9.\-]*\d)[A-Z0-9][A-Z0-9.\-]{4,20}[A-Z0-9])(?![\w\-])",
        0.85,
        starts="Ul",
    ),
    # A neurostimulator's generator (IPG) and its leads by their serials, a side's after the other's ("IPG 02076769",
    # "IPG SN4942676", "Lead LD2676695", "leads L LD0004635 / R 370721125"); not a lead's model ("lead 3830-69")
    _B(
        "device_lead",
        T.DEVICE_ID,
        r"(?:(?<![\w\-])(?:(?-i:IPG)|(?<!team )(?<!Team )(?<!charge )(?<!Charge )(?<!group )(?<!tech )(?i:leads?)(?:[ \t]+(?-i:L|R)(?!\w))?)|(?<=[A-Z0-9][ ]/[ ])(?-i:R|L)(?=[ \t]))[ \t]*(?::[ \t]*)?(?:(?-i:SN)[ \t]*)?"
        rf"(?P<v>(?=[A-Z0-9]{{0,13}}[A-Z])(?=[A-Z0-9]{{0,9}}\d{{5}})[A-Z0-9]{{7,14}}|(?!{YMD8}(?!\d))\d{{7,9}})(?![\w\-])",
        0.8,
        starts="Ul",
    ),
    # A homeless management information system's client (HMIS): its ID has a digit, maybe one alone ("HMIS 27DEBU2S",
    # "HMIS ID: VXWR3ZJA1"; not "HMIS ID" heading a column, nor an intake photo's code "for HMIS: HP74THDPF")
    _B(
        "hmis",
        T.OTHER_ID,
        r"(?<![\w\-])(?<!(?i:for) )(?-i:HMIS)(?:[ \t]+(?i:client[ \t]+)?(?i:id|no\.?|\#|number))?[ \t]*(?::[ \t]*)?"
        r"(?P<v>(?=[A-Z0-9\-]{0,14}\d)(?!HMIS(?![\w\-]))[A-Z0-9][A-Z0-9\-]{4,14})(?![\w\-])",
        0.8,
        starts="U",
    ),
    # A researcher's ORCID iD: four groups of four digits, dashed or spaced, from 0000-0001 to 0000-0009, its check
    # digit maybe X
    _B(
        "orcid",
        T.OTHER_ID,
        r"(?<![\w\-])(?P<v>0000-000[1-9]-\d{4}-\d{3}[\dX]|0000[ ]000[1-9][ ]\d{4}[ ]\d{3}[\dX])(?![\w\-])",
        0.9,
        starts="d",
    ),
    _B(
        "other_id",
        T.OTHER_ID,
        _lab(
            r"(?i:(?:cps|aps|dcfs|dss|police|court|agency|probation|parole|immigration|protective[ \t]+services|"
            r"social[ \t]+services)(?:[ \t]+[a-z]+)?[ \t]+case(?:[ \t]*(?:id|number|no\.?|\#))?|"
            # an immigrant's USCIS online account, an employer's ID card, an "Alien #" (an A-Number)
            r"uscis[ \t]+(?:online[ \t]+)?account(?:[ \t]+(?:no\.?|number|\#))?|employer[ \t]+id(?:[ \t]+card)?|alien[ \t]*\#(?:[ \t]*\((?:a-?number)\))?|"
            r"(?:passport|employee|badge|student|stu|study|subject|participant|enrollee|trial|"
            r"military|service|veteran|inmate|booking|prisoner|tribal|alien|green[ \t]+card|"
            r"voter|national|passport[ \t]+card|benefit|case[ \t]+worker|"
            r"kit|barcode|patient[ \t]+code|locker|"
            r"prescription|rx|i-?94|a-?number|alien[ \t]+registration|screening|enrol(?:l?ment)?|randomi[sz]ation|"
            r"kindred|donor|session|registry|referral|dispute|docket|emp|doc|cad|incident|run|tag|client|"
            r"requisition|reference|authori[sz]ation|auth|voucher|visa|confirmation|tracking|ticket|dod|ee)"
            r"[ \t]*(?:id|identifier|number|no\.?|\#|code|badge)|edipi|"
            # a student's SEVIS number ("SEVIS N0080544190")
            r"sevis(?=[ \t]*(?:(?:id|number|no\.?|\#)[ \t]*)?(?::[ \t]*)?N\d{10}(?!\d))|(?<![\w\-])a-number|passport|pasaporte|passeport|reisepass|"
            # Mexican and Central American identity numbers by their names (CURP, RFC, the voter card's "clave de
            # elector", the consular ID), a taxpayer's ITIN, an A-Number written "A#", a prior authorisation, a
            # mother-and-baby band's number, in Spanish
            r"(?-i:CURP|RFC|ITIN)(?:[ \t]*\([^)\n]{1,30}\))?|clave[ \t]+de[ \t]+elector|matr[íi]cula[ \t]+consular|"
            # isotretinoin's REMS (iPLEDGE), an e-consult's, Ryan White's CAREWare, a disease intervention specialist's
            # field record, a board's complaint and a grievance ("iPLEDGE 1378-562013", "eConsult TD-8648471", "CW#
            # CW531585", "Field record #: 01936483", "State board complaint MBC-209493", "GRIEVANCE FILE GRV470949";
            # not a chief complaint, "Chief complaint: 3 days of cough")
            # (a code, not a year's range, a measure or a fraction: "CAREWare 2024-25 report", "Field record 1200mL",
            # "e-consult 12/3 completed"; a complaint's has capitals first or five digits: not "complaint: 10-15
            # episodes", "Complaint: 1000 mg ibuprofen")
            r"(?:ipledge(?:[ \t]+(?:patient[ \t]+)?(?:id|number|no\.?|\#))?|e-?consult(?:[ \t]+(?:id|number|no\.?|\#))?|"
            r"careware(?:[ \t]+(?:id|number|no\.?|\#))?|(?-i:CW)\#|field[ \t]+record(?:[ \t]+(?:id|number|no\.?|\#))?|"
            rf"grievance(?:[ \t]+(?:file|id|number|no\.?|\#))?){_PROGRAMME_CODE_AHEAD}|"
            r"(?<!chief )(?<!chief\t)(?<!chief[ \t]{2})complaint(?:[ \t]+(?:id|file|number|no\.?|\#))?"
            r"(?=[ \t]*(?:[:\#][ \t]*)?(?:(?-i:[A-Z]{1,6})[ \-]?\d{2,}|\d{4}-\d{2,}|\d{5,})(?![\d/]))|"
            r"folio(?:[ \t]+de[ \t]+matr[íi]cula)?|expediente[ \t]+consular|(?-i:A)\#|"
            r"(?:n[úu]m(?:ero)?\.?[ \t]+de[ \t]+)?autorizaci[óo]n(?:[ \t]+previa)?|pasaporte[ \t]+de[ \t]+(?:la|el)[ \t]+paciente|"
            r"brazalete(?:[ \t]+[a-zé\-]+){0,2}[ \t]+n[úu]m\.?|(?-i:DUI)(?=[ \t]*(?:[:\#][ \t]*)?\d{8}-\d(?!\d))|"
            r"va[ \t]+(?:c[ \t\-]?)?file(?:[ \t]+(?:number|no\.?|\#))?|"
            # a badge, a case or an authorisation, however it is written, when a long
            # code follows (not "encounter 2/17", "case 3")
            r"(?:badge|case|subjects?(?:[ \t]+(?:reviewed|enrolled|screened|randomi[sz]ed))?|participant|enrollee|specimens?|"
            r"(?:prior[ \t]+|pre[ \t\-]?)?auth(?:ori[sz]ation)?(?:[ \t]+(?:code|ref(?:erence)?))?"
            r"(?:[ \t]+(?:requested|request|approved|granted|pending|submitted|denied))?|"
            rf"pre[ \t\-]?cert(?:ification)?|confirmation|tracking|appeal(?:[ \t]+ref(?:erence)?)?|ticket|"
            # an order's number of six digits or more ("placer order RAD-7831125", "Order 7770291"), not a
            # court's, a DME's or a list's ("no active order")
            rf"(?:(?:placer|filler)[ \t]+)?(?<!court )(?<!active )(?<!dme )(?<!equipment )(?<!restraining )(?<!protective )"
            rf"order(?:[ \t]*(?:no\.?|number|\#|id))?(?=[^\w\n]{{0,6}}(?:[A-Z]{{2,4}}-?)?\d{{6,}})|"
            # a prescription's, a disability parking placard's, a juror's number ("PLACARD U310578")
            rf"prescription|placard(?:[ \t]+no\.?(?:[ \t]*\([a-z ]+\))?)?|juror|"
            rf"(?:(?:evidence|rape|sane|forensic)[ \t]+)?kit|"
            # an incident's, a rescue mission's, an investigation's or an evidence seal's number
            rf"incident|mission|investigation|(?:evidence[ \t]+)?seal|"
            # an immunization registry's, a homeless information system's, a TB surveillance system's record, a
            # specimen's number ("IIS 3814-3204-45", "HMIS HMIS-62143", "RVCT # PHIMS 09486635", "spec#: S-21497-1")
            rf"(?-i:IIS|HMIS|PHIMS)|spec(?=[ \t]*\#)|"
            # an EMS patient care report's and an incident's number ("PCR PCR-31019740", "ePCR narrative --
            # E664885774", "INC 85-257506-CAD"), a registry's record ("Trauma reg: 202490495", "GWTG record 933-054",
            # "NHSN event EV4598934")
            # (not a lab's PCR result: "CMV PCR 12500 IU/mL", "COVID PCR 03112025 negative")
            rf"(?-i:ePCR|INC)(?:[ \t]+narrative[ \t]+--)?|(?-i:PCR)(?=[ \t]*(?:\#|no\b|number|:)|[ \t]+[A-Z]{{1,4}}-?\d|[ \t]+\d{{3,5}}-\d)|"
            # a prescription monitoring report's number, a home-health episode's ("last PDMP Q2689822213 reviewed",
            # "Episode EP-799642")
            rf"pdmp(?:[ \t]+(?:report|query|check))?(?:[ \t]*(?:\#|no\.?|number|id))?|episode(?:[ \t]*(?:\#|no\.?|number|id))?|"
            rf"(?:trauma|burn|stroke|gwtg|ncdr|ntdb|nhsn)[ \t]+(?:reg(?:istry)?\.?|record|event)(?:[ \t]*(?:id|number|no\.?|\#))?|"
            # a transcription job's and an answering service's message number ("Job #: J36567679", "MSG# TC58007157")
            # (not a log's "job=" or "msg=", a print job or a printer's, nor an interface's message: a system's,
            # not a person's)
            rf"(?:transcription[ \t]+)?(?<!(?i:print) )job(?![ \t]*=)(?![^\n]{{0,40}}(?i:printer|print[ \t]+queue))(?:[ \t]*(?:\#|no\.?|number|id))?|msg[ \t]*(?:\#|no\.?|id)){_LONG_CODE_AHEAD}|"
            # a court's order ("restraining order 71JV4439", "protective order 23-AD-77563")
            rf"(?:restraining|protective|protection|no[ \t\-]contact)[ \t]+order{_CODE_AHEAD}|"
            # a register's, a case's or a sample's word, before a code that looks like one
            r"(?:case[ \t]+(?:record|ref(?:erence)?|file)|(?:specimen|path(?:ology)?|surgical|cytology)[ \t]+accession|"
            r"accession|acc|kindred|pedigree|cad|doc|inmate|emp(?:loyee)?|rx|subj|session|donor|docket|"
            # research: a linkage key, a GUID, an HIE's person, a family's file, a specimen's derivatives,
            # aliquots and blocks, a de-identification worksheet's sample record, a newborn screen's filter card
            r"(?:linkage|link)[ \t]+key|guid|hie(?:[ \t]+person)?[ \t]+id|fam(?:ily)?[ \t]+file|family|"
            r"derivatives?|aliquots?|blocks?|sample[ \t]+record|(?:kit/)?filter[ \t]+card(?:[ \t]+no\.?)?|"
            r"imo(?:/registry)?|registry|slides?|req(?:uest)?|study|screening|reference|"
            # a booking, a badge, a donor's match run, a returned device's RMA, a report, a participant
            # (Spanish), a pharmacy's order or record, a prescription sent to the pharmacy
            # a grievance's, a complaint survey's, a hotline report's, a legal hold's, a safety event's or an injury
            # log's entry ("Grievance log entry P25-148", "Report key 2539-EK486", "legal hold PI590349")
            r"grievance(?:[ \t]+log)?(?:[ \t]+entry)?|complaint[ \t]+survey|report[ \t]+key|(?:legal|litigation)[ \t]+hold|"
            r"hotline[ \t]+(?:call[ \t]+)?(?:transcript[ \t]+)?(?:summary|report|case|ref(?:erence)?)|(?:safety|violence|occurrence)[ \t]+event|"
            r"(?:log|injury)[ \t]+entry|"
            r"booking|badge|match[ \t]+run|rma|report|(?:n[úu]mero[ \t]+de[ \t]+)?participante|"
            # a client's number ("OTP ..., client NJK-3831"), a drug screen's chain-of-custody form, a sample,
            # a specimen ("Spécimen:", "SPECIMEN LABELLED"), a prior cytology, a newborn's screen card, a lab's
            # intake number ("Eingangsnummer Labor:"), an authorisation's or a plan's reference, a CAD incident
            r"client|chain[ \t\-]+of[ \t\-]+custody(?:[ \t]+form)?|samples?|sp[ée]cimen(?:[ \t]+labell?ed)?|"
            r"(?:prior|previous)[ \t]+(?:cytology|pathology|biopsy)|(?:newborn[ \t]+)?screen(?:ing)?[ \t]+card|"
            r"eingangsnummer(?:[ \t]+labor)?|(?:(?:prior|previous)[ \t]+)?(?:auth(?:ori[sz]ation)?|plan)[ \t]+ref(?:erence)?|"
            r"inc(?=[ \t]*=)|"
            # a reference, a prior authorisation's tracking number, a task's, an application's or a query's ("ref CR252633703", "PA UTN ...", "task INC8350821", "application FAA-343023"), never a
            # range ("ref 135-145"), a product's catalogue number ("REF 5530917") or a photo's reference
            r"(?:(?<!photo )(?<!selfie )(?<!image )(?<!patient )(?<!pt )(?<!account )(?-i:[Rr]ef)"
            r"(?![ \t]*(?:[:\#][ \t]*)?[\w\-]+\.(?:jpe?g|png|heic|gif|tiff?|pdf)\b)|utn|(?:pa|prior[ \t]+auth)[ \t]+(?:case|ref|utn)|"
            r"task|application|query|solicitud|"
            # a non-emergency ride's trip ("trip T546604821", "trip 7681-2296-CG")
            r"(?<!round )(?<!day )(?<!field )(?:nemt[ \t]+)?trip|"
            # an employer's federal tax number, a WIC participant's, a drug test's custody and control form, a
            # booking, a subpoena, an item of evidence, a case in Spanish ("FEIN 47-0917588", "No. de WIC
            # F970933829", "CCF W8975078", "BKG 35659956", "subpoena duces tecum 25-DR-1924", "retained as evidence
            # E2026-734772", "número de caso RPT59963513"), not evidence "of" anything
            r"fein|(?:employer[ \t]+)?(?-i:EIN)|(?:n[º°o]\.?[ \t]+de[ \t]+)?wic|ccf|"
            # food and cash assistance cases (SNAP, TANF) and a legal aid's matter ("SNAP case SN-8045343", "TANF
            # TA4443705", "Caso SNAP 016307678", "MLP matter MLP-51546")
            r"(?-i:SNAP|TANF)(?:[ \t]+(?:case|household|family))?|(?:mlp|legal(?:[ \t]+aid)?)[ \t]+matter|bkg|subpoena(?:[ \t]+duces[ \t]+tecum)?|"
            r"evidence(?:[ \t]+(?:tag|item|bag|no\.?|\#))?(?![ \t]+of\b)|(?:n[úu]mero[ \t]+de[ \t]+)?caso(?:[ \t]+(?-i:SNAP|TANF|WIC))?|"
            # immigration, travel and custody: a state ID (SID), an FBI number, a Canadian UCI, an A-number
            # ("A# 0215872200"), an I-94, a visa foil, a seaman's book, an IOM or UNHCR case, an eMedical HAP
            # ID, an assistance company's case or guarantee of payment (GOP), a donor registry's GRID
            r"sid|fbi|uci|(?-i:A)[ \t]?\#|a-?file|curp|i-?94|visa[ \t]+foil|seaman['’]?s[ \t]+book|i\.o\.m\.|(?:iom|unhcr)(?:[ \t]+case)?|"
            r"hap(?:[ \t]+id)?|(?:assistance|insurer|assist)[ \t]+case|gop|grid(?=[ \t]*(?:[:\#][ \t]*)?\d{4}[ ]\d{4})|"
            r"(?:svc|service)[ \t]+no\.?|case[ \t]*(?:no\.?|number|\#))"
            r"(?![ \t]*(?:[:\#][ \t]*)?(?:\d{1,6}(?:\.\d+)?[ \t]*[\-–][ \t]*\d{1,6}(?:\.\d+)?(?![\w\-])|\d{1,6}(?![\w\-./]|[ ]\d{3}[ ]\d{3})))|"
            # a user's or a login's ID in an audit log ("user=U6749700", "user_id=W18652", "login 328629")
            r"user(?:[ \t]+id)?|userid|login(?:[ \t]+id)?|"
            r"pharmacy[ \t]+(?:order|record|rx)|(?:rx|script|prescription)[ \t]+sent(?:[ \t]+to[ \t]+(?:the[ \t]+)?pharmacy)?|"
            rf"(?:(?:mci|triage|disaster|casualty)[ \t]+)+tag){_CODE_AHEAD})",
            # not a reference range in a field ("|135-145|"), not a product's short code ("kit code QX-22": three digits at least)
            r"(?!\d{1,3}-\d{1,3}\|)(?=(?:[A-Za-z\-/. ]*\d){3})"
            rf"(?!(?:19|20)\d\d(?![\w\-/]))(?!{YMD8}(?![\w\-/]))"
            rf"(?!{_YEAR}[\-/.]\d{{1,2}}[\-/.]\d{{1,2}}|\d{{1,2}}-?{_MONTH_BARE}-?\d{{2,4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})(?![\d\-/]))"
            # not a house number before its street ("Copy mailed to participant: 19277 Foxglove Drive")
            rf"(?!\d{{1,6}}[ \t]+(?:[A-Z][\w'’\-]*\.?[ \t]+){{1,3}}{_STREET_SUFFIX}\b)(?:{_ID})",
        ),
        0.85,
        starts="Ul",
    ),
    # A USCIS receipt number ("EAC1793078843": a service centre's three letters and ten digits) and Mexico's CURP
    # ("GATB570330MTXHUYO6": four letters, a birth date, sex, state and consonants): their shapes are their own.
    _B(
        "immigration_shape",
        T.OTHER_ID,
        r"(?<![\w\-])(?P<v>(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|NSC)\d{10}"
        r"|[A-Z]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{5}[A-Z0-9]\d)(?![\w\-])",
        0.8,
        starts="U",
        ahead=r"(?=[A-Z]{3,4}\d)",
    ),
    # A town before its country ("Birthplace: Guadalajara, Mexico", "next of kin: ..., Kraków,\nPoland",
    # "3 Shop St, Galway, Ireland"): never a country or a US state itself.
    _B(
        "town_country",
        T.LOCATION,
        rf"(?<![\w'’\-])(?P<v>(?!(?:{_COUNTRY_NAMES}|{_STATE_NAMES})\b){_CAP}(?:[ \t]++(?:(?:de|del|la|do|da)[ \t]++)?{_CAP}){{0,2}})"
        rf",[ \t]*+\n?[ \t]*+(?:{_COUNTRY_NAMES})\b(?![ \t]*:)",
        0.75,
        starts="U",
    ),
    # "Royal Infirmary of Sumy", "Hillcrest Manor of Orchard Park", "Clínica San Rafael de Totonicapán",
    # "EVERGREEN MANOR NURSING AND REHAB CENTER OF GLENROCK": a facility and the town it is "of" (the handler
    # reads the town's words: a known town, or words that are not all English ones, "Center of Excellence").
    _B(
        "facility_of_town",
        T.LOCATION,
        rf"(?<![\w'’\-])(?P<v>(?:{_CAP}[ ]){{0,4}}{_FACILITY_HEAD}(?:[ ]{_CAP}){{0,3}}[ ](?:of|de|del|du)[ ]"
        rf"(?:(?:Saint|St\.?|San|Santa|São|Sainte|Ste\.?)[ ])?{_CAP}(?:[ \-]{_CAP}){{0,2}}"
        rf"|(?:{_UPPER}[ ]){{1,6}}(?:MANOR|HOME|HOUSE|CENTER|CENTRE|HOSPITAL|CLINIC|LIVING|CARE|RESIDENCE|VILLAGE|INFIRMARY)"
        rf"[ ]OF[ ](?:(?:SAINT|ST\.?|SAN|SANTA)[ ])?{_UPPER}(?:[ ]{_UPPER}){{0,2}})(?![\w'’])",
        0.75,
        "facility_of",
        starts="U",
        ahead=rf"(?=(?:{_RUN}[ ]){{1,7}}(?:of|de|del|du|OF)[ ])",
    ),
    # "Quillmont Regional Medical Center", "Hope General Hospital": a hospital named after its town
    # (the handler reads the words before the facility's: a town, not a saint, a charity or a person).
    _B(
        "facility_named",
        T.LOCATION,
        rf"(?<![\w'’\-])(?<!St\.[ ])(?<!St[ ])(?<!Saint[ ])(?P<v>(?:(?!{_FACILITY_WORD}){_CAP}(?:['’]s)?[ \t](?![ \t])){{1,3}}{_FACILITY_TAIL})",
        0.8,
        "facility",
        starts="U",
        ahead=rf"(?=(?:{_RUN}[ \t]++){{1,3}}{_FACILITY_WORD})",
    ),
    # "Sisters of Mercy Hospital - Yakima": the town after a facility's name and a dash.
    _B(
        "facility_dash_town",
        T.LOCATION,
        rf"(?:Hospital|Medical[ \t]+Center|Memorial|Clinic|Health[ \t]+Center|Campus)[ \t]+[\-–—][ \t]+"
        rf"(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}})",
        0.75,
        "place",
        starts="U",
    ),
    # "Gallup Valley Memorial", "Dalton Ambulatory Surgery Ctr": a known town naming a facility.
    _B(
        "facility_town",
        T.LOCATION,
        # (a town's second word is no kind of surgery's: "Cody Ambulatory Surgery Center", "Provo Facial Plastic Surgery")
        rf"(?P<v>{_CAP}(?:[ \t]+(?!(?:Ambulatory|Outpatient|Facial|Plastic|Cosmetic|Aesthetic)\b){_CAP})?)(?=[ \t]+{_FACILITY_TOWN_WORDS})",
        0.75,
        "town",
        starts="U",
        ahead=rf"(?={_RUN}(?:[ \t]++{_RUN})?[ \t]++{_FACILITY_TOWN_WORDS})",
    ),
    _B(
        "person_credential",
        T.NAME,
        rf"(?P<v>{_FULL_NAME}|{_INITIAL}[ \t]+{_CAP}|{_CAP}),?[ \t]+{_CREDENTIAL}(?![ \t]*:)",
        0.85,
        "person1",
        starts="U",
        ahead=_NAME_AHEAD,
    ),
    _B(
        "person_before_id",
        T.NAME,
        # the name ends at a word's end: not "Kenosha Pub" before "lic" of "Public Health"
        rf"(?P<v>{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME})(?![\w'’])(?=[ \t]*+[,(|;:–—\-]?[ \t]*+\(?[ \t]*+{_ID_LABEL_AHEAD})",
        0.8,
        "person",
        starts="U",
        ahead=_NAME_AHEAD,
    ),
    # "Face sheet<TAB>Epifanio Condori<TAB>12 Aug 1930": a name at the start of a field, then a
    # date with a four-digit year in the next field.
    _B(
        "person_before_dob",
        T.NAME,
        rf"(?P<v>{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME})(?=(?:[ ]*+\t|[ \t]*+\|)[ \t]*+(?:{_DOB_LIKE}))",
        0.7,
        "subject",
        starts="U",
        ahead=_NAME_AHEAD + _FIELD_AHEAD,
    ),
    # "Pita Chaudhary (2/15/1978) presents": a name, then a date of birth in brackets.
    _B(
        "person_dob_bracket",
        T.NAME,
        rf"(?P<v>{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME})(?=[ \t]*\([ \t]*(?:{_DOB_LIKE})[ \t]*\))",
        0.7,
        "person",
        starts="U",
        ahead=_NAME_AHEAD,
    ),
    # Any other labelled code ("UNOS ID DJB011", "tribal enrollment no. 057-73005", "inmate # 4471"):
    # the label's words are checked by the handler (a lot, room or model number is no identifier).
    _B(
        "other_label",
        T.OTHER_ID,
        rf"(?<![\w/])(?i:id|identifier|number|num)\b\.?[ \t]*+[:=\-]?[ \t]*+(?P<v>{_ID})"
        rf"|(?<![\w/])(?:no|No|NO)\.[ \t]*+[:=\-]?[ \t]*+(?P<other_label_no>{_ID})"
        rf"|(?<![\w/])\#[ \t]*+[:=\-]?[ \t]*+(?P<other_label_hash>{_ID})",
        0.6,
        "other",
        starts="Ulo",
    ),
    # Any other capitalised word: looked up in the name and place dictionaries.
    # A relative's age over 89 in a pedigree or a family history ("Dakota Cook | MGM, 96 |", "maternal
    # grandmother, 93,", "care for grandfather, 94."): the relation, a comma, the age; or the age in words in
    # brackets ("great-grandfather (ninety)"). (Where they died, "grandmother died in Hội An at 90": _DEATH_AGE.)
    _B(
        "age_kin",
        T.AGE,
        r"(?<![\w])(?i:[mp]g[mf]|(?:(?:maternal|paternal)[ \t]+)?(?:great[ \t\-])?grand(?:mother|father|ma|pa)|mother|father|"
        r"aunt|uncle|sister|brother)(?:(?:[ \t]*\([^)\n]{1,12}\))?,[ \t]+(?P<v>9\d|1[01]\d)(?![\d%/]|\.\d|st\b|nd\b|rd\b|th\b)"
        r"(?![ \t\-]*(?i:%|mg|kg|lb|bpm|mmhg|years?[ \t]+ago|pack|percentile|centile))"
        rf"|[ \t]*\((?P<age_kin_words>{_AGE_WORDS})\)"
        r")",
        0.8,
        starts="Ul",
    ),
    # A record number written with its "MR" prefix ("MR212807", "MR-5530917"): never the valve's MR.
    _B(
        "mrn_prefixed",
        T.MRN,
        r"(?<![\w\-])(?:(?P<v>MR-?\d{6,9})|MR[ ](?P<mrn_prefixed_spaced>\d{7,9}))(?![\w\-])",
        0.75,
        starts="U",
    ),
    # A pathology or laboratory accession: a prefix, the year, a running number, a block or an aliquot
    # ("SP-20-216355", "S24-60881-B1", "CG22-4559", "MOL-2022-75472", "BB-2020-625939-A01"); not a lot's, a
    # reference's or a revision's.
    _B(
        "accession_shape",
        T.OTHER_ID,
        # (the code's start first: the look-behinds would otherwise run at every capitalised word)
        r"(?<![\w\-])(?=[A-Z]{1,3}-?\d)(?<!(?i:lot) )(?<!(?i:lot#) )(?<!(?i:lot:) )(?<!(?i:ref) )(?<!(?i:rev) )"
        # (a claim's, an appeal's or a workers' compensation case's number is left to their labels)
        r"(?!CLM|APL|WC-|INV|IRB|FDA|NCT)(?P<v>(?:[A-Z]{1,3}-?[12]\d-\d{4,6}|[A-Z]{2,3}-20[0-4]\d-\d{5,6})(?:-[A-Z]\d{1,2})?|[A-Z]{1,3}-?[12]\d-\d{5,6}-[A-Z])(?![\w\-])",
        0.7,
        "accession",
        starts="U",
    ),
    _B("cap", T.NAME, rf"(?<![\w'’\-])(?P<v>(?>{_CAP}|{_UPPER}))(?![{_U}{_L}])", 0.7, "cap", starts="U"),
)


# --- where a branch can start ---------------------------------------------------------------------
# At a capitalised or lower-case word the engine tries every branch of that class. A branch whose
# match can only start with a few letters (a label: "MRN", "phone", "Dr") first checks the word's
# first character against them with one character class, so at "controlled" or "Pain" it fails
# at once instead of walking its label alternation. The letters are read from the parsed pattern;
# anything unclear counts as "any character", so the check never rejects a position the branch
# could match (the findings are the same with and without it; bench/phi_recall measures the time).

_I = _sre.SRE_FLAG_IGNORECASE
_KEYS: dict[str, tuple[str, str]] = {  # key -> (character class, the start class it falls in)
    **{c: (c, "l") for c in string.ascii_lowercase},
    **{c: (c, "U") for c in string.ascii_uppercase},
    "UP": ("À-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff", "U"),  # two-letter keys: "d" and "o" are letters here
    "DG": (r"\d", "d"),
    "OT": (r"(+:—–\-\#", "o"),
}


def _key_of(char: str) -> str | None:
    if char in string.ascii_letters:
        return char
    for key in ("UP", "DG", "OT"):
        if re.fullmatch(f"[{_KEYS[key][0]}]", char):
            return key
    return None


class _AnyStart(Exception):
    """The first character of (part of) a pattern could be anything."""


def _chars(code: int, icase: bool) -> set[str]:
    char = chr(code)
    keys = {_key_of(char), _key_of(char.swapcase()) if icase else None}
    return {k for k in keys if k is not None}


def _first_of(items: Any, icase: bool) -> tuple[set[str], bool]:
    """The keys a parsed pattern's match can start with, and whether it can match empty."""
    out: set[str] = set()
    for op, av in items:
        keys, nullable = _first_item(op, av, icase)
        out |= keys
        if not nullable:
            return out, False
    return out, True


def _first_item(op: Any, av: Any, icase: bool) -> tuple[set[str], bool]:
    if op is _sre.LITERAL:
        return _chars(av, icase), False
    if op is _sre.IN:
        out: set[str] = set()
        for sub, value in av:
            if sub is _sre.LITERAL:
                out |= _chars(value, icase)
            elif sub is _sre.RANGE and value[1] - value[0] < 4096:
                for code in range(value[0], value[1] + 1):
                    out |= _chars(code, icase)
            elif sub is _sre.CATEGORY and value is _sre.CATEGORY_DIGIT:
                out.add("DG")
            else:  # another category (\w, \s) or a negated set
                raise _AnyStart
        return out, False
    if op is _sre.BRANCH:
        out, nullable = set(), False
        for alternative in av[1]:
            keys, empty = _first_of(alternative, icase)
            out, nullable = out | keys, nullable or empty
        return out, nullable
    if op is _sre.SUBPATTERN:
        _group, add, remove, body = av
        return _first_of(body, (icase or bool(add & _I)) and not remove & _I)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        keys, nullable = _first_of(av[2], icase)
        return keys, nullable or av[0] == 0
    if op is _sre.ATOMIC_GROUP:
        return _first_of(av, icase)
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return set(), True  # zero width: the next item decides
    raise _AnyStart


@cache  # the engine asks once for each start class a branch may take
def first_keys(pattern: str) -> frozenset[str]:
    """The keys (``_KEYS``) of the characters a match of ``pattern`` can start with; all when unsure."""
    try:
        keys, nullable = _first_of(_sre_parse.parse(pattern), False)
    except (_AnyStart, re.error, AttributeError, TypeError, ValueError):
        return frozenset(_KEYS)
    return frozenset(_KEYS) if nullable else frozenset(keys)


def _guard(keys: frozenset[str], cls: str) -> str | None:
    """A lookahead on the first character ("" when every character of ``cls`` may start the
    branch; None when none may)."""
    in_class = {k for k, (_, c) in _KEYS.items() if c == cls}
    if in_class <= keys:
        return ""
    chars = "".join(_KEYS[k][0] for k in sorted(keys & in_class))
    return f"(?=[{chars}])" if chars else None


_ZERO_WIDTH = (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT)


def value_is_match(pattern: str) -> bool:
    """Whether group ``v`` spans the whole match: nothing but lookarounds and anchors around it.
    Such a branch needs no group (the handler reads the match's span); a group that is opened
    and closed again at every try costs the engine time."""
    if pattern.count("(?P<v>") != 1:
        return False
    parsed = _sre_parse.parse(pattern)
    v = parsed.state.groupdict["v"]
    return all((op is _sre.SUBPATTERN and av[0] == v) or op in _ZERO_WIDTH for op, av in parsed.data)


@cache
def _prefix_guard(pattern: str) -> str:
    """``prefix_guard`` of a branch's pattern, "" when its matches may start with more than literals."""
    return prefix_guard(pattern) or ""


def _compile(branches: tuple[Branch, ...]) -> re.Pattern[str]:
    """One alternation, dispatched on the first character: a lower-case word start only tries
    the branches that can start with a lower-case letter, a space tries none; inside, a branch
    that can start with a few letters only checks the first one before anything else, and a branch
    whose matches start with literals (a label's words) checks them first, as one trie of their first
    four characters (``phi_regex.prefix_guard``): at a word that starts no label it fails at once."""
    groups = []
    for cls, first in _START_CLASS.items():
        parts = []
        for branch in branches:
            guard = _guard(first_keys(branch.pattern), cls) if cls in branch.starts else None
            if guard is not None:  # group names carry the class: a name may appear once only
                pattern = branch.pattern
                if value_is_match(pattern):
                    pattern = pattern.replace("(?P<v>", "(?:")
                body = re.sub(r"\(\?P([<=])(\w+)", rf"(?P\1\2__{cls}", pattern)
                body = body.replace(f"(?P<v__{cls}>", f"(?P<{branch.name}_v__{cls}>")
                # The branch's name is an empty group at its end: the last group to close, so
                # it is the match's lastgroup, and a branch that fails never reaches it.
                parts.append(
                    f"{guard}{_prefix_guard(branch.pattern)}{branch.ahead}(?:{body})(?P<{branch.name}__{cls}>)"
                )
        groups.append(f"(?={first})(?:{'|'.join(parts)})")
    # Every branch starts where no word character precedes, so mid-word positions fail at once.
    return compile_factored(r"(?<!\w)(?:" + "|".join(groups) + ")")


def _engine() -> re.Pattern[str]:
    """``ENGINE``, compiled on first use: compiling it is ~1.5 s of CPU, which every process that imports
    this module paid at import (workers, the API, the SDK and CLI through the corpus schemas), scanning
    or not. Reads the module's ``ENGINE`` once it is set, so a test may put another pattern there."""
    engine = globals().get("ENGINE")
    if engine is None:
        engine = globals()["ENGINE"] = _compile(BRANCHES)
    return engine


def __getattr__(name: str) -> Any:
    if name == "ENGINE":  # the single alternation every scan searches; see _engine
        return _engine()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_BY_NAME = {b.name: b for b in BRANCHES}
# A match's lastgroup ("cap__U") -> (branch name, start class), read without splitting a string.
_BRANCH_OF = {f"{b.name}__{cls}": (b.name, cls) for b in BRANCHES for cls in _START_CLASS}

# --- handlers ------------------------------------------------------------------------------------

_WORD = re.compile(rf"[A-Za-z{_U}{_L}][A-Za-z{_U}{_L}.'’\-]*")


def _name_end(value: str, name_words: bool = False, digit_after: bool = False) -> int:
    """Length of the leading part of ``value`` that is a name (cut at the first clinical word; with
    ``name_words``, a capitalised word that is also a name, "Rose" or "Price", is no such word)."""
    end = 0
    for token in _WORD.finditer(value):
        word = token.group().lower().rstrip(".")
        if (
            len(word) > 1
            and lex.is_common(word)
            and word not in _PARTICLE_SET
            and not (
                name_words
                and word in lex.NAME_WORDS
                and token.group()[:1].isupper()
                and not (digit_after and token.end() == len(value))  # "June 28th": a date
            )
        ):
            break
        end = token.end()
    return end


_PARTICLE_SET = frozenset(_PARTICLES.split("|"))
_DAY_AFTER = re.compile(r"[ \t]*\d")


def _clean_person(
    start: int, value: str, min_tokens: int, name_words: bool = False, digit_after: bool = False
) -> tuple[int, int] | None:
    kept = value[: _name_end(value, name_words, digit_after)].rstrip(" ,")
    tokens = re.findall(rf"[A-Za-z{_U}{_L}][A-Za-z{_U}{_L}'’\-]*", kept)
    if len(tokens) < min_tokens or len(kept.replace(".", "")) < 2:
        return None
    return start, start + len(kept)


_SENTENCE_END = re.compile(r"[.!?]\s")
_NAME_INITIAL_END = re.compile(r"\b[A-Z][a-z]+[ \t]+[A-Z]\Z")
_NAME_WORD_START = re.compile(r"[ \t]*[A-Z](?:[a-z]|['’][A-Z])")
_TITLE_END = re.compile(r"\b(?:St|Dr|Mt|Ft|Drs)\.\Z")


def _last_sentence(text: str) -> str:
    """The text after its last sentence end; a middle initial's full stop between a given name and a family name ends
    none ("attn Hope C. Mazur: ..."), a capital's after a lower-case word does ("hepatitis B. Son reached at ...")."""
    for m in reversed(list(_SENTENCE_END.finditer(text))):
        if _TITLE_END.search(text, 0, m.start() + 1):
            continue  # "faxed to St. Brigid Medical Center at ...": a saint's or a doctor's abbreviation
        if not (_NAME_INITIAL_END.search(text, 0, m.start()) and _NAME_WORD_START.match(text, m.end())):
            return text[m.end() :]
    return text


def phone_type(text: str, start: int) -> PhiType:
    """FAX when the last phone-ish label on the same line before ``start`` says fax."""
    line_start = text.rfind("\n", 0, start) + 1
    lo = max(line_start, start - 40)
    before = text[lo:start]
    # (read in the text, not the slice: a middle initial's look-behind sees the name before the window)
    last_fax = max(
        (
            m.end() - lo
            for m in _FAX_LABEL.finditer(text, lo, start)
            # (not a middle initial after a given name: "Kaur, Ngozi F. (grandmother) +1-614-555-0185")
            if not (
                _F_STOP.fullmatch(m.group())
                and _GIVEN_NAME_BEFORE.search(text, max(0, m.start() - 24), m.start())
            )
        ),
        default=-1,
    )
    # a place's word ("office:") names no phone right after a fax's ("Fax records to 2nd opinion office: ..."),
    # only after a fax's number ("fax results 954-555-0185, office (775) 555-0197")
    last_voice = max(
        (
            m.end()
            for m in _VOICE_LABEL.finditer(before)
            if not (
                0 <= last_fax <= m.start()
                and _PLACE_WORD.fullmatch(m.group())
                and sum(c.isdigit() for c in before[last_fax : m.start()]) < 7
            )
        ),
        default=-1,
    )
    if last_fax < 0 and last_voice < 0:  # "please fax the records (...) to 808-...": the verb further back
        sentence = _last_sentence(text[max(line_start, start - 120) : start])
        if _FAX_TO.search(sentence):
            return PhiType.FAX
        # "HIM fax log\n18 Aug 2025 1331h IN  from 1-640-...": a log line's direction under a fax heading
        if _LOG_DIRECTION.search(before) and _FAX_LABEL.search(text, max(0, line_start - 400), line_start):
            return PhiType.FAX
        return PhiType.PHONE
    return PhiType.FAX if last_fax > last_voice else PhiType.PHONE


_PLACE_WORD = re.compile(r"(?i:home|work|office)")
_F_STOP = re.compile(r"F[ \t]*\.")
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w\-])[A-Z][a-z'’\-]+,?[ ]\Z")
_LOG_DIRECTION = re.compile(
    r"\b(?:IN|OUT|In|Out|in|out|inbound|outbound|sent|received|rcvd)[ \t]+(?:from|to)[ \t]*$"
)
# (the number may follow the addressee's name: "please fax copy to my doctor Ana Ruiz: (702)555-0171")
_FAX_TO = re.compile(
    r"(?i:\bfax(?:ed|ing)?\b(?!.*\b(?:call|phone|text)\b).*\b(?:to|at)\b[^:;\n]{0,48}:?[ \t]*$)"
)
# "Listing letter to (649) 555-0122 (fax)": the cue after the number
# "(fax)", "(f)", and a bracketed note that names the number a fax ('("personal fax")', "(Dr Oyelaran's personal
# fax, digits transposed)", "(home e-fax)")
_FAX_AFTER = re.compile(
    r"[ \t]*\((?:(?i:fax|f)\)|[^()\n]{0,40}?(?<![\w])(?<!not )(?<!no )(?i:(?:e-)?fax)(?![\w])[^()\n]{0,40}\))"
    # the number itself in the bracket, its cue last ("Referring: Hope Bell, DO (1-707-555-0156 fax)")
    r"|(?:[ \t]*[,\-])?[ \t]+(?i:(?:e-)?fax)(?:[ \t]+(?i:only|line))?[)\]]"
)


# The lower-case words an address may hold between its names and numbers ("Route de Frères", "Barrio del Sol").
_ADDRESS_PARTICLES = frozenset(
    str.split(
        "de del della la las los le les du des da do dos di van von der den am an im zum zur y e et the of and near off"
    )
)
_ADDRESS_TOKEN = re.compile(rf"[{_U}{_L}]+")


def _address_words(value: str) -> bool:
    """Whether a field's value that starts with a word reads as an address: every word capitalised, short
    or a particle, and a number or two names at least ("Privada Los Pinos 82, Col. Zona Río, Reynosa")."""
    words = _ADDRESS_TOKEN.findall(value)
    if any(w[0].islower() and len(w) > 3 and w not in _ADDRESS_PARTICLES for w in words):
        return False
    return any(c.isdigit() for c in value) or sum(1 for w in words if w[0].isupper()) >= 2


def _strip_trailing(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in ".,;:!?)'\"":
        end -= 1
    return end


# A capitalised word, then up to three more joined by spaces (or "Last, First").
_NEXT_TOKEN = re.compile(rf"[ \t](?:(?:{_PARTICLES})[ \t]+)*({_CAP}|{_UPPER}|{_INITIAL})")
_COMMA_TOKEN = re.compile(rf",[ \t]*({_CAP}|{_UPPER})")
_PLACE_CUE = compile_factored(
    r"(?i:\b(?:in|from|near|to|of|outside|visiting|lives|live|living|moved|relocated|resides|residing|"
    r"born|raised|grew[ \t]+up|hometown|city|town|village|travel(?:l?ed)?|trip|at|en|à|departed[ \t]+for|left[ \t]+for|"
    r"vive|vit|wohnt):?[ \t]+(?:in[ \t]+|to[ \t]+|at[ \t]+)?"
    r"(?:the[ \t]+)?)$"
)
# "the Dothan warehouse", "Hattiesburg ED", "Bethel Family Medicine": a town naming a site.
# "Kokomo High School", "Fall River City Jail", "Yakima Eye Institute": a town naming a site.
_FACILITY_AFTER = compile_factored(
    r"[ \t]+(?:(?:City|County|Middle|High|Senior|Veterans|Eye|Wound|Rehabilitation|Nursing|Family|Oral|Paper|Steel|Lumber|"
    r"Unified|Public)[ \t]+)?"
    # "Kenosha Public Health Department", "Hope Opioid Treatment Program", "Arden Immediate Care": a town's site
    r"(?:(?:Public|Fire|Police|Health|Sheriff'?s?)[ \t]+(?:Health|Works|Library|Schools?|Safety|Department|Dept)\b|"
    r"(?:Cancer|Treatment|Recovery|Wellness|Crisis)[ \t]+(?:Cent(?:er|re)|Institute|Program)\b|"
    r"(?:Opioid|Addiction)[ \t]+Treatment\b|Immediate[ \t]+Care\b|Skilled[ \t]+Nursing\b|School[ \t]+District\b|"
    # "Ypsilanti ExpressCare", "Harlan WorkCare Clinic", "Bath Recovery Services", "Yreka Freight Company"
    r"(?:ExpressCare|WorkCare|MedExpress|Freight|Logistics|Trucking)\b|(?:Recovery|Treatment)[ \t]+Services\b|"
    r"(?:Physical|Occupational)[ \t]+Therapy\b|Orthopedic[ \t]+(?:Rehab|Clinic|Associates|Center)\b|"
    r"(?:(?i:unit|warehouse|plant|factory|mill|campus|clinic|hospital|office|branch|satellite|site|facility|"
    r"location|shelter|jail|prison|school)|ED|ER|ICU|(?:Family|Internal)[ \t]+Medicine|Medical[ \t]+Center|"
    r"Health[ \t]+(?:Center|Clinic)|Urgent[ \t]+Care|Regional|Memorial|General|Community|Dialysis|VA|"
    r"Institute|Elementary|Academy|Home|Center|Centre|Society|Infirmary|Dental|Surgery|Associates|Pediatrics|HS)\b|&[ \t])"
)
_EPONYM_AFTER = compile_factored(
    r"(?:['’]s?)?[ \t\-]+(?i:disease|syndrome|sign|palsy|phenomenon|sarcoma|lymphoma|tumou?r|reflex|"
    r"maneuver|manoeuvre|test|procedure|operation|catheter|classification|criteria|score|scale|law|"
    r"triad|ulcer|fracture|node|esophagus|thyroiditis|encephalopathy|anomaly|deformity|contracture|"
    r"signs|fever|virus|encephalitis|spotted|flu|influenza|strain|variant|criterion|classification|grade|rule|"
    r"foot|joint|arthropathy|cardiomyopathy|placement|bypass|repair|anastomosis|block|line|shunt|position|"
    r"splint|incision|retractor|forceps|stain|cell|cells|body|bodies|nodes|nodule|cyst|hernia|aneurysm|"
    r"ratio|index|equation|formula|method|technique|approach|flap|fixation|pouch|diet|contractions?|"
    r"proteinuria|proteins?|diverticulum|tube|hugger|valve|pearls|plates|macroglobulin(?:a)?emia|fundoplication|"
    # "McBurney point tenderness", "Ludwig angina", "Calot's triangle", "Lichtenstein inguinal hernia repair", "Eakin
    # barrier ring" (not "point of contact", "drain output", "motor exam" after a person's name); a town's decision rule
    # or scale ("San Francisco syncope rule", "Cincinnati Prehospital Stroke Scale", "Los Angeles Motor Scale")
    r"point[ \t]+tenderness|angina|triangle|inguinal[ \t]+hernia|barrier[ \t]+ring|syncope[ \t]+rule|"
    r"prehospital[ \t]+stroke[ \t]+scale|motor[ \t]+scale)\b"
)
_ROOM_AFTER = re.compile(
    r"[ \t]+(?:Bay|Rm|Room|Bed|Chair|Pod|Station|Suite|Cubicle|Wing|Cell|Tier)\.?(?=[ \t]*(?:\#[ \t]*)?\d)"
)
# An ASA physical status or another class in Roman numerals ("ASA IIIE"): no surname.
_ROMAN_CLASS = re.compile(r"(?:I{1,3}|IV|VI|V)E?")
_BARE_ZIP_AFTER = re.compile(r"[ \t]+\d{5}(?:-\d{4})?(?![\w\-/]|\.\d)")
_ZIP_AFTER = re.compile(r",?[ \t]+(?:[A-Z]{2}[ \t]+)?\d{5}(?:-\d{4})?(?!\d)")
_STATE_AFTER = re.compile(rf",?[ \t]*(?:{_STATES}|{_STATE_NAMES})\b")


# A label's word in capitals ends the words after a name or a product ("Machine Bovie SN 6971683").
_LABEL_TOKENS = frozenset(
    ["SN", "REF", "LOT", "SER", "UDI", "ID", "MRN", "DOB", "NPI", "DEA", "IP", "MAC", "PIN"]
)


def _tokens_after(text: str, end: int, limit: int = 3) -> list[tuple[str, int, int]]:
    out = []
    pos = end
    for _ in range(limit):
        m = _NEXT_TOKEN.match(text, pos)
        if m is None or m.group(1) in _LABEL_TOKENS:
            break
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end(1)
    return out


def _word(token: str) -> str:
    return token.lower().rstrip(".")


_FAITH_LABEL = re.compile(
    r"(?i:\b(?:religion|religious[ \t]+preference|faith|denomination))[ \t]*[:=\-][ \t]*\Z"
)


# Words that a number follows when they name a vehicle, a route or a part of a building ("Van 4", "Cottage 3").
_NUMBERED_THINGS = frozenset(
    ["van", "bus", "cart", "route", "cottage", "wing", "pod", "vehicle", "shuttle", "tower"]
)
_NUMBER_NEXT = re.compile(r"[ \t]+\#?\d")


def _cap_word(text: str, start: int, end: int) -> tuple[PhiFinding | None, int]:
    """Look a capitalised word (and the ones after it) up in the place and name dictionaries."""
    if _product_cue(text[start:end]):
        return None, end  # "Fitted", "Dressing": a product's cue, never a name
    key = _word(text[start:end])
    if key in _NUMBERED_THINGS and _NUMBER_NEXT.match(text, end):
        return None, end  # "Van 4", "Route 7", "Cottage 3": a thing and its number, not a person
    if key in lex.world_town_starts() and (abroad := _world_town(text, start)) is not None:
        return abroad, abroad.end
    room = _ROOM_AFTER.match(text, end)
    if room:
        return None, room.end()  # "Dialysis Bay 8", "Housing Rm 1": a place in the building, its number
    before = _word_before(text, start)
    if before.lower() in lex.DEVICE_BRANDS or lex.brand_shaped(before):
        following = _tokens_after(text, end)  # "Phonak Lumity", "Oticon Real 1": a maker's model
        return None, following[-1][2] if following else end
    if _FAITH_LABEL.search(text, max(0, start - 40), start):
        return None, end  # "Religion: Christian", "Faith: Baptist": a faith, whatever names it shares
    finding, stop = _cap_lookup(text, start, end)
    if finding is None:
        finding, stop = _name_shape(text, start, end)
    school = _SCHOOL_AFTER.match(text, end)
    if school and (finding is None or finding.type is T.NAME) and not lex.is_common(_word(text[start:end])):
        return PhiFinding(
            T.LOCATION, start, school.end(), text[start : school.end()], 0.7, "rule"
        ), school.end()
    if finding is None or finding.type is T.NAME:  # "St. Agnes Hospital of Wexley": a site and its town
        saint = _saint_site(text, start, end)
        if saint is not None and re.search(r"[ \t](?:of|in)[ \t]", saint.text):
            return saint, saint.end
    if finding is not None and finding.type is T.NAME and _EPONYM_AFTER.match(text, finding.end):
        return None, finding.end  # "Rocky Mountain spotted fever": a disease named after a place
    if (
        finding is not None
        and finding.type is T.NAME
        and (_word(finding.text) in lex.countries_and_states() or _word(finding.text) in _COUNTRY_SHORT)
    ):
        return None, finding.end  # "from Kenya", "in Georgia": a country or a state, which may stay
    if finding is not None and finding.type is T.NAME and finding.text in _CHARITY_NAMES:
        town = _CHARITY_TOWN.match(text, finding.end)  # "Good Samaritan of Hope": a hospital with its town
        if town is not None:
            span = text[finding.start : town.end(1)]
            return PhiFinding(T.LOCATION, finding.start, town.end(1), span, 0.7, "rule"), town.end(1)
    if (
        finding is not None
        and finding.type is T.NAME
        and _not_a_person_here(text, finding.start, finding.end)
    ):
        if not _PRODUCT_BEFORE.search(text, max(0, finding.start - 32), finding.start):
            return None, finding.end
        following = _tokens_after(text, finding.end)  # the rest of a product's name ("Oticon More RIC")
        return None, following[-1][2] if following else finding.end
    if (
        finding is not None
        and finding.type is T.NAME
        and _IN_BEFORE.search(text, max(0, start - 6), start)
        and _known_town_after(text, finding.end)
    ):  # "in Pilsen, Greeley": a neighbourhood before its town, not a person
        return PhiFinding(T.LOCATION, finding.start, finding.end, finding.text, 0.6, "dictionary"), stop
    saint = _saint_site(text, start, end) if finding is None or finding.type is T.NAME else None
    return (saint, saint.end) if saint is not None else (finding, stop)


# Where a town abroad stands (GeoNames knows it, no cue names it): after a preposition of place, a camp's, a
# residence's or a location's word, a field's colon or a comma; before the end of the phrase.
_WORLD_TOWN_BEFORE = re.compile(
    r"(?:\b(?i:in|from|near|at|to|en|à|a|desde|camp|residence|resident|location|staging|post)|(?<=[a-z] )/"
    # or an address's comma after a lower-case letter ("Al Barsha, Dubai", "Gortnahoe, Letterkenny")
    r"|(?<=[a-z]),(?=[ ])"
    # or a comma after a facility's or an office's word ("Global Visa Medical Centre, Ludhiana")
    r"|\b(?:Centre|Center|Hospital|Clinic|Clinique|Unit|Institution|Services|Office|Partners|Infirmary|Base),"
    # or a field that names a place, before its colon ("Place: Kolkata", "same village: Majuro", "Home island/atoll:
    # Chennai", "Lugar: Guadalajara")
    r"|\b(?i:place(?:[ \t]+of[ \t]+birth)?|birthplace|lugar(?:[ \t]+de[ \t]+nacimiento)?|lieu(?:[ \t]+de[ \t]+naissance)?|"
    r"village|island(?:/atoll)?|atoll|home[ \t]?town|town|city|ciudad|municipio|pueblo)[ \t]*:)[ \t]*\Z"
)
_WORLD_TOWN_AFTER = re.compile(
    # (or a lower-case word: "Eid visit to Sha Tin planned")
    r"[ \t]*(?:[,.;:)/\n]|$|[ \t]+\d|[ \t]*\(|[ \t]+(?i:until|since|on|el|le|am|camp|reception|area|and|in|to|for)\b|[ \t]{2}"
    r"|[ \t]+[a-z]{2,}\b)"
)


# A travel history's destination ("back from Pune", "trip to Lagos") is where someone went, not where they
# live or were born: the sets' authors leave it unlabelled, and a town abroad is read elsewhere only.
_TRAVEL_BEFORE = re.compile(
    r"\b(?i:back[ \t]+from|returned[ \t]+from|trip[ \t]+to|travel(?:l?ed)?[ \t]+(?:to|from)|vacation(?:ing)?[ \t]+in|"
    r"holiday[ \t]+in|visit(?:ing|ed)?[ \t]+(?:family[ \t]+)?in)[ \t]*\Z"
)


def _world_town(text: str, start: int) -> PhiFinding | None:
    """A town abroad of one to three words starting at ``start`` ("Mogadishu", "Mazar-i-Sharif", "Hai
    Phong"), where the words around say a place stands there; None otherwise."""
    if not _WORLD_TOWN_BEFORE.search(text, max(0, start - 12), start) or _TRAVEL_BEFORE.search(
        text, max(0, start - 24), start
    ):
        return None
    words, ends = _words_at(text, start, 3)
    for n in range(len(words), 0, -1):
        key = " ".join(words[:n]).lower().rstrip(".")
        end = ends[n - 1] - (1 if words[n - 1].endswith(".") else 0)
        if (
            key in lex.world_towns()
            and not words[0].isupper()  # "Dx: OSA": an abbreviation
            and _WORLD_TOWN_AFTER.match(text, end)
            and not _EPONYM_AFTER.match(text, end)
            and not _a_person(words[:n])
        ):
            return PhiFinding(T.LOCATION, start, end, text[start:end], 0.7, "dictionary")
    return None


def _word_before(text: str, start: int) -> str:
    """The word right before ``start`` across blanks ("" when a space and a word do not come first);
    read by hand: it runs at every capitalised word."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == start:
        return ""
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] == "-"):
        begin -= 1
    return text[begin:end]


# Countries GeoNames names in full ("South Korea"), written short.
_COUNTRY_SHORT = frozenset(["korea", "congo", "vietnam", "laos", "burma", "russia", "syria", "iran"])
_IN_BEFORE = re.compile(r"\b(?i:in|from|near)[ \t]+$")


# Where a capitalised word names a product, a method or a language, whatever the dictionaries say:
# after a product's field or verb ("Dressing: Kerlix", "Fitted Oticon", "seat cushion Jay"), alone in
# brackets after a measurement ("IOP 19/24 (Goldmann)"), after an interpreter or a language word
# ("interpreter-assisted (Somali, ...)", "speaks Mixteco").
_PRODUCT_BEFORE = compile_factored(
    r"(?<!\w)(?i:dressings?|fitted|refitted|cushion|brand|model|product|thickener|thickened[ \t]+with|supplement|"
    r"formula|packed[ \t]+with|covered[ \t]+with|secured[ \t]+with|aids?|processor|implant|device|"
    r"pumps?|machines?|item|isolette|vent|ventilator|cycler|rental|issued|call[ \t]?sign|"
    r"(?:dog|cat|horse|pet|puppy|kitten|animal)[ \t]*[\"“']|"
    r"interpret\w*(?:[ \t\-]+assisted)?[ \t]*\(|(?:language|speaks|speaking)[ \t]*:?|"
    # a size before a mesh or a sheet ("20 x 25 cm Strattice", "4.3 cm Ventralex"), a suture's size ("3-0 Vicryl")
    # (not "order to", which a cosigner's name follows as often as a supplier's, nor an emergency contact's "#2")
    r"\d+(?:\.\d+)?[ \t]*(?:x[ \t]*\d+(?:\.\d+)?[ \t]*)?(?:cm|mm)|\d-0)"
    r"[ \t]*(?::[ \t]*)?$"
)


@lru_cache(maxsize=65536)
def _product_cue(word: str) -> bool:
    """The word itself is a product's cue ("Fitted", "Dressing"): read once per word."""
    return _PRODUCT_BEFORE.search(word + " ") is not None


_MEASURE_BRACKET = re.compile(r"\d(?:[ \t]*[A-Za-z%/]{1,6})?[ \t]*\($")
# "(Pradaxa and apixaban)": next to a generic drug name, a brand; "Meds: metoprolol 25 mg": a list.
_DRUG_NEXT = re.compile(r"[ \t]*(?:,|and|or|/|\+|:)[ \t]*([a-z]{5,})\b")


def _not_a_person_here(text: str, start: int, end: int) -> bool:
    if _PRODUCT_BEFORE.search(text, max(0, start - 32), start):
        return True
    # a dose or a frequency after it ("Boost Breeze BID"), a site word ("Mercy Hospital"), a species
    # epithet ("Borrelia burgdorferi")
    site = _FACILITY_AFTER.match(text, end)
    if site and not _LABEL_AFTER.match(text, site.end()):  # "Precious Unit No. 37-41": a name, then a label
        return True
    if (
        _PAIR_THING_AFTER.match(text, end)
        or _is_species_after(text, end, text[start:end])
        or _MODEL_AFTER.match(text, end)
    ):
        return True
    product = _PRODUCT_LINE_AFTER.match(text, end) if _word(text[start:end]) in _SURNAME_MAKERS else None
    if product is not None and _word(product.group(1)) in lex.DEVICE_BRANDS:
        return True  # a maker before its product line ("Roche cobas 8000", "Bruker MALDI Biotyper")
    if (
        text[end : end + 1] == ")"
        and " " not in text[start:end]
        and _MEASURE_BRACKET.search(text, max(0, start - 16), start)
    ):
        return True
    if _word(text[start:end]) in _CARE_ROLE_WORDS and _CARE_ROLE_AFTER.match(text, end):
        return True  # "Foster parent asks ...": a kind of carer, not Mr Foster
    if _PRODUCT_TOKEN_AFTER.match(text, end):
        return True  # a user agent's "Mozilla/5.0"
    words = text[start:end].split()
    if (not words or _word(words[0]) not in lex.first_names()) and _organisation_words(text, start, end):
        return True  # an insurer's "Northwind Mutual Health", "Probate Court"; not "Grace Court"
    if text[start:end] in _CHARITY_NAMES:
        return True  # "taken to Good Samaritan of Beaver Dam": a hospital's name
    drug = _DRUG_NEXT.match(text, end)
    return drug is not None and lex.medical_word(drug.group(1))


# The word after a maker's name, one blank between ("Roche cobas", "Roche Accu-Chek"), and the makers that census
# lists hold as surnames, which are no person only before a product line ("Operator Priya cobas e411" is Priya).
_PRODUCT_LINE_AFTER = re.compile(r"[ ]([A-Za-z][A-Za-z\-]+)")
_SURNAME_MAKERS = frozenset(["roche", "bruker", "beckman", "becton", "siemens", "abbott", "stryker", "zeiss"])
# A product's version token ("Mozilla/5.0", "Dalvik/2.1") and an insurer's words after a name.
_PRODUCT_TOKEN_AFTER = re.compile(r"/\d+\.\d")
# An organisation's word after the words ("Evergreen Mutual Insurance", "Brightwater Law Group", "Quickway
# Freight Lines, Inc.", "Atlas Workers' Comp Trust") or as their last ("Probate Court"): a business's name.
_ORG_SUFFIX = (
    r"(?:Mutual|Assurance|Casualty|Indemnity|Health[ \t]+Plan|Insurance|Insurers?|Trust|Group|Company|Corporation|"
    r"Bank|Bancorp|Credit[ \t]+Union|Partners|Court|Foundation|Fund|Agency|Lines|Council|Association|Alliance|"
    r"Network|Solutions|Systems|Holdings|Collections|Administrators|Benefits|Policy|Law[ \t]+(?:Group|Firm|Offices?)|"
    # an employer's trade ("Kessler Roofing Inc.", "Hargrove Masonry", "Lone Pine Drilling Co.", "Consolidated Rail
    # Services"), a police force ("Metro PD", "Campus Police")
    r"Roofing|Masonry|Drilling|Storage|Construction|Contractors|Contracting|Logistics|Trucking|Freight|Transit|"
    r"Railroad|Railway|Rail|Services|Manufacturing|Industries|Foods|Farms|Mining|Utilities|Plumbing|Landscaping|"
    r"Staffing|Airlines|Motors|Steel|Lumber|Warehousing|Distribution|Enterprises|Builders|Excavating|Welding|"
    r"Fabrication|Packaging|Paving|Police|PD)"
)
# One blank between (a wider gap is a column's), and not a label's word ("Provider: Ewa Cohen Insurance: ...")
# (or a capitalised word or two before it: "Delta Cold Storage", "Lone Pine Drilling Co.")
_PAYER_AFTER = re.compile(
    rf"(?:[ \t][A-Z][a-z]+){{0,2}}[ \t]{_ORG_SUFFIX}\b(?![ \t]*[:#])|(?:[ \t][A-Z][a-z]+){{0,2}},?[ \t](?:Inc|LLC|LLP|Ltd|Corp|Co)\b\.?"
)
_CHARITY_NAMES = frozenset(
    [
        "Good Samaritan",
        "Good Shepherd",
        "Sacred Heart",
        "Holy Cross",
        "Holy Family",
        "Holy Name",
        "Holy Redeemer",
    ]
)
_CHARITY_TOWN = re.compile(rf"[ \t]+(?:of|[\-–—])[ \t]+({_CAP}(?:[ \t]+{_CAP}){{0,2}})")
_ORG_LAST = re.compile(rf"(?:^|[ \t]){_ORG_SUFFIX}$")


def _organisation_words(text: str, start: int, end: int) -> bool:
    """An organisation's word right after ``text[start:end]`` or as its last word; not after a person's title
    ("Dr. Nakamura Pharmacy Services", "Officer Begay Navajo Police": a person, then the team)."""
    if _PAYER_AFTER.match(text, end) is None and _ORG_LAST.search(text, start, end) is None:
        return False
    return _TITLE_BEFORE.search(text, max(0, start - 12), start) is None


# An officer's or a custodian's rank written out (the abbreviations with their full stop are _HONORIFIC's).
_RANK_WORDS = r"Officer|Trooper|Deputy|Detective|Sergeant|Agent|Warden"
_TITLE_BEFORE = re.compile(rf"(?:{_HONORIFIC}|\b(?:{_RANK_WORDS}|Chief))[ \t]*\Z")


def _business_name(text: str, finding: PhiFinding) -> bool:
    """A name found by a cue that is a business's (an organisation's word after it or as its last, unless
    a given name starts it: "Margaret Court", "Mary Jones Group"), a hospital's emergency code, or office
    words only ("Patient Access", "Claimant contact: Estate Recovery")."""
    words = _NAME_TOKEN.findall(finding.text)
    given_first = len(words) > 1 and _word(words[0]) in lex.first_names()
    if not given_first and _organisation_words(text, finding.start, finding.end):
        return True
    if _ALERT_CODE.match(finding.text):
        return True  # "Code Pink exercise"
    if words and _word(words[0]) in _CAR_MAKERS and car_name(text, finding.start, finding.end, words):
        return True  # "own vehicle, Nissan Altima sedan plate GTS 978"
    if journal_at(text, finding.start, finding.end) or named_hall(text, finding.start, finding.end):
        return True  # "JAMA Intern Med", "N Engl J Med": a journal; "Osler Auditorium": a room named after someone
    return bool(words) and all(w.lower() in _DEPARTMENT_WORDS for w in words)


# The words of journals' abbreviated titles (ISO 4: "JAMA Intern Med", "J Am Coll Cardiol", "Clin Infect Dis"): a
# finding made of them alone names a journal. No given name among them ("Ann", "Gen" and "Rev" are left out).
_JOURNAL_WORDS = frozenset(
    str.split(
        """
    jama nejm bmj lancet med intern engl am coll cardiol clin infect dis urol acad surg pediatr oncol neurol dermatol
    ophthalmol gynecol obstet radiol pathol nephrol endocrinol gastroenterol hepatol rheumatol immunol microbiol
    pharmacol epidemiol anesth emerg crit natl proc sci res eur br otolaryngol orthop thorac cardiovasc hematol
    respir geriatr nurs educ rep reports case arch ther hosp
    """
    )
)
# Given names that also open journals' titles ("Ann Intern Med", "Gen Hosp Psychiatry"): only before two of its words.
_JOURNAL_LEADS = frozenset(["ann", "gen", "rev"])
# A room, a hall or a building named after someone: the name before it is the room's ("Osler Auditorium", "Blalock
# Room"); not before a number ("Ana Ruiz Room 12": her room).
_NAMED_HALL_AFTER = re.compile(
    r"[ \t](?:Auditorium|Amphitheat(?:er|re)|Lecture[ \t]+(?:Hall|Theat(?:er|re))|Conference[ \t]+Room|Room|Pavilion|"
    r"Library|Boardroom)\b(?![ \t]*(?:\#[ \t]*)?\d)"
)


def journal_title(words: list[str]) -> bool:
    """Words of a journal's abbreviated title only ("JAMA Intern Med", "N Engl J"): its words or single capitals,
    one of its words at least."""
    keys = [w.lower() for w in words]
    if len(keys) > 2 and keys[0] in _JOURNAL_LEADS:
        keys, words = keys[1:], words[1:]  # "Ann Intern Med", not "Ann Med"
    return any(k in _JOURNAL_WORDS for k in keys) and all(
        k in _JOURNAL_WORDS or (len(w) == 1 and w.isupper()) for k, w in zip(keys, words, strict=True)
    )


_TITLE_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][A-Za-z]*){0,4}")
_TITLE_WORD = re.compile(
    r"[^\W\d_]+"
)  # a word of letters in any script ("Sæther" is one word, not "S" and "ther")


def journal_at(text: str, start: int, end: int) -> bool:
    """The words at ``text[start:end]`` and the capitalised ones right after are a journal's abbreviated title
    ("Ann" of "Ann Intern Med", "JAMA" of "JAMA Intern Med")."""
    stop = _TITLE_WORDS_AFTER.match(text, end)
    return journal_title(_TITLE_WORD.findall(text, start, stop.end() if stop else end))


def named_hall(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is a room's or a hall's, not after a person's title ("Osler Auditorium", not
    "Dr. Osler Auditorium")."""
    return _NAMED_HALL_AFTER.match(text, end) is not None and not _TITLE_BEFORE.search(
        text, max(0, start - 12), start
    )


# A car's maker and its model right before a body style's word ("Nissan Altima sedan", "Lincoln Navigator SUV"), or
# the maker alone there ("his Ford truck"): a car, not a person, though census lists hold "Nissan". Only a body
# style counts ("van", "plate" and "registration" are a clinic's words too: "Mercedes Oyelaran van transport", "Kia
# Nwosu, registration completed"), and never after a person's title or role ("Patient Ram Okonkwo-Eze").
_CAR_MAKERS = frozenset(
    str.split(
        """
    toyota honda nissan subaru hyundai kia mazda volkswagen vw bmw mercedes audi lexus jeep chevrolet chevy gmc buick
    cadillac chrysler tesla volvo acura infiniti mitsubishi porsche suzuki isuzu ford lincoln dodge ram
    """
    )
)
_VEHICLE_WORD_AFTER = re.compile(
    r"[ \t]+(?:[A-Z0-9][\w\-]*[ \t]+)?(?i:sedan|suv|pickup|minivan|coupe|hatchback|truck)\b"
)
_PERSON_TITLE_BEFORE = re.compile(
    r"(?<![\w])(?i:patient|pt|mr|mrs|ms|miss|dr|mx|visitor|driver|nurse|rn|son|daughter|wife|husband)\.?[ \t:,]*\Z"
)


def car_name(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether a name that starts with a car's maker is a car: a body style's word follows it, no person's title
    comes before it, and its model (if any) is in no census list ("Lincoln Mays SUV rental" stays a person)."""
    if len(words) > 2 or _PERSON_TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if len(words) == 2 and (_word(words[1]) in lex.first_names() or words[1].lower() in lex.census_names()):
        return False
    return _VEHICLE_WORD_AFTER.match(text, end) is not None


# A hospital's emergency code ("Code Pink": an infant abduction, "Code Silver": a weapon).
_ALERT_CODE = re.compile(
    r"Code[ \t]+(?:Pink|Blue|Red|Orange|Grey|Gray|Silver|Black|White|Yellow|Green|Purple|Brown|Amber|Adam|Triage)\b"
)


# Words that name a hospital's office or a role, never a person: "Patient Access", "Patient Relations",
# "Claimant contact: Estate Recovery Unit", "MD    Hospitalist".
_DEPARTMENT_WORDS = frozenset(
    str.split(
        """
    access relations experience advocacy financial privacy compliance registration admissions scheduling
    billing collections accounts appeals denials utilization credentialing enrollment eligibility estate
    recovery lien liens hospitalist hospitalists coordinator counselor counsellor navigator navigation
    subject donor rep ops decon
    """
    )
)
# A model's code after a product's name ("Luna G3", "Genium X3"), never after a person's.
_MODEL_AFTER = re.compile(r"[ \t]+[A-Z]{1,2}\d{1,3}(?![\w.\-/:])")
_CARE_ROLE_WORDS = frozenset(["foster", "kinship", "adoptive", "respite"])
_CARE_ROLE_AFTER = re.compile(
    r"[ \t]+(?i:parents?|care|carers?|caregivers?|family|families|home|homes|mother|father|mom|dad|placement|child|youth)\b"
)


# "Nymore Elementary", "Barge-Chestnut Middle School": a school named after its neighbourhood.
_SCHOOL_AFTER = re.compile(
    r"[ \t]+(?:Elementary|Middle[ \t]+School|High[ \t]+School|Junior[ \t]+High|Primary[ \t]+School)\b"
)
_LABEL_AFTER = re.compile(r"[ \t]*(?:\#|(?i:no\b|number\b|num\b|id\b))")
_SPECIES_AFTER = re.compile(r"[ \t]+([a-z]{5,})\b")
_SPECIES_END = re.compile(r"(?:i|ae|us|um|is|ensis|oides|ella|ica|ans|ens)$")


# More of a Latin epithet's endings ("Burkholderia cepacia", "Listeria monocytogenes", "Stenotrophomonas
# maltophilia", "Clostridioides difficile"), read only after a genus that no census list holds ("Mei-Ling Young
# stampante", "Frank handles"), in six letters or more that are no English word and no name ("Maria garcia").
_SPECIES_END_WIDE = re.compile(r"(?:ia|es|a|e)$")


def _is_species_after(text: str, end: int, genus: str = "") -> bool:
    """A genus before its species epithet ("Borrelia burgdorferi", "Candida albicans")."""
    species = _SPECIES_AFTER.match(text, end)
    if species is None:
        return False
    word = species.group(1)
    if word in lex.english_words():
        return False
    if _SPECIES_END.search(word) is not None:
        return True
    return (
        bool(genus)
        and " " not in genus
        and _word(genus) not in lex.census_names()
        and len(word) >= 6
        and _SPECIES_END_WIDE.search(word) is not None
        and not lex.is_english(word)
        and not lex.medical_word(word)  # "Nkechi olanzapine 5 mg": a drug, no epithet
        and word not in lex.census_names()
    )


# "St. Brigid's of Yakima", "Saint Agnes Hospital": a saint's name naming a site.
_SAINT_BEFORE = re.compile(r"(?:\bSt\.?|\bSaint)[ \t]+$")
_SAINT_SITE_AFTER = re.compile(
    rf"(?:['’]s)?(?:[ \t]+(?:{_CAP}[ \t]+)?(?:Hospital|Medical[ \t]+Center|Health|Center|Clinic|Home|School|"
    rf"Church|Parish))?(?:[ \t]+(?:of|in)[ \t]+{_CAP}(?:['’]s)?(?:[ \t]+{_CAP})?)?"
)


def _saint_site(text: str, start: int, end: int) -> PhiFinding | None:
    if text.find("S", max(0, start - 7), start) < 0:
        return None  # no "St" or "Saint" just before: the common case, without a regex
    before = _SAINT_BEFORE.search(text, max(0, start - 7), start)
    if before is None:
        return None
    stop = _SAINT_SITE_AFTER.match(text, end)
    if stop is None or stop.end() == end or stop.group().strip() in ("'s", "’s"):
        return None  # "St. Jude" alone: a saint, maybe a person's name; not read as a site
    return PhiFinding(T.LOCATION, before.start(), stop.end(), text[before.start() : stop.end()], 0.6, "rule")


# After a drug or device name, not after a person: a dose, a strength, a release form, a grade.
_THING_AFTER = (
    r"[ \t]*(?:\(?[ \t]*\d|(?:mg|mcg|units?|tabs?|XR|ER|SR|XL|CR|DR|ODT|I|II|III|IV|V)\b)"
    r"|[ \t]+(?i:daily|nightly|weekly|monthly|bid|tid|qid|qd|qhs|qam|qpm|prn|po|iv|im|sc|sq|drops?|tabs?|tablets?|"
    r"caps?|capsules?|injections?|infusion|drip|gtt|sedation|patch|cream|ointment|gel|spray|inhaler|pen|series|"
    r"vaccine|booster|doses?|levels?|held|stopped|continued|applied|discontinued|restarted|started|increased|"
    r"decreased|titrated|dressings?|sensor|pump|device|catheter|bridge|therapy|pattern|signs?|lesions?|nodes?|"
    r"respirations|breathing|teams?|clinic|service|override|order|protocol|score|scale|trial|discussed|"
    r"recommended|ordered|prescribed|administered|interpreter|speaker|speaking|negative|positive|present|absent|"
    r"intact|normal|abnormal|equivocal|guidelines?|rules?|type|class|stage|staging|criteria|test|exam|"
    r"triangle|duct|canal|ligament|fascia|artery|vein|nerve|muscle|gland|membrane|capsule|tubules?)\b"
)
# After a two-word drug, device or test, not after a person's name ("Trelegy Ellipta inhaler").
_PAIR_THING_AFTER = compile_factored(
    r"[ \t]+(?:\d+(?:[.,/]\d+)?[ \t]*(?:mg|mcg|g|mL|ml|units?|%|puffs?|tabs?|mEq|mmol)\b|(?:XR|ER|SR|XL|CR|DR|ODT)\b)"
    r"|[ \t]+(?i:daily|nightly|weekly|bid|tid|qid|qd|qhs|prn|po|iv|drops?|tabs?|tablets?|capsules?|injections?|"
    r"infusion|drip|gtt|patch|cream|ointment|inhaler|pen|vaccine|doses?|levels?|sensor|pump|device|catheter|"
    r"therapy|pattern|signs?|score|scale|criteria|guidelines?|rules?|type|class|stage|test|exam|negative|positive|"
    r"tucks?|cushions?|boots?|braces?|dressings?|sutures?|maneuvers?|manoeuvres?)\b"
)
# Alone, also before "and/or" and another capitalised word: a list of drugs more often than of people.
_DOSE_AFTER = compile_factored(rf"{_THING_AFTER}|[ \t]+(?:and|or|&|/)[ \t]+[A-Z]")
# What is done to a drug or a finding ("restarted", "allergic to", "positive"): only a drug, a product or
# a sign follows. Also read by ``phi_guard`` before what the classifier adds.
DRUG_WORDS = (
    r"continue[ds]?|restart(?:ed)?|resume[ds]?|start(?:ed)?|stop(?:ped)?|discontinue[ds]?|"
    r"increase[ds]?|decrease[ds]?|titrat(?:e|ed|ing)|wean(?:ed)?(?:[ \t]+off)?|switch(?:ed)?[ \t]+(?:to|from)|"
    r"change[ds]?[ \t]+to|prescribed?|refill(?:ed)?|allerg(?:y|ic)[ \t]+to|"
    r"intoleran(?:t|ce)[ \t]+(?:of|to)|trial[ \t]+of|course[ \t]+of|dose[ \t]+of|positive|negative"
)
# Before a drug, a product or a finding, not before a person ("restarted Xarelto", "positive Chvostek").
_THING_BEFORE = compile_factored(
    rf"(?:(?<!\w)(?i:{DRUG_WORDS}|hold|held|takes?|taking|took|given|gave|using|uses|used|via|applied|"
    r"apply|placed|pos|neg|absent|present|works[ \t]+(?:at|for)|employed[ \t]+(?:at|by)|at|"
    r"and|or|plus)|[&/+])[ \t]+$"
)
# Before a drug or a product named in two words ("Started Trelegy Ellipta").
_PAIR_THING_BEFORE = compile_factored(
    r"(?<!\w)(?i:continue[ds]?|restart(?:ed)?|resume[ds]?|start(?:ed)?|stop(?:ped)?|discontinue[ds]?|increase[ds]?|"
    r"decrease[ds]?|switch(?:ed)?[ \t]+to|takes?|taking|prescribed?|allerg(?:y|ic)[ \t]+to|using|uses|via|"
    r"applied|placed|on)[ \t]+$"
)
# "Osgood-Schlatter", "Guillain-Barre": two capitalised surnames joined alone name a disease more
# often than a person (double-barrelled names are found in pairs or after a cue).
_EPONYM_PAIR = re.compile(rf"[{_U}][{_L}]+-[{_U}][{_L}]+")
_DIAGNOSIS_BEFORE = compile_factored(
    r"(?<!\w)(?i:history[ \t]+of|hx(?:[ \t]+of)?|h/o|dx(?:[ \t]+of)?|diagnos(?:is|ed)[ \t]+(?:of|with)|known|suspected|"
    r"possible|probable|rule[ \t]+out|r/o|s/p|status[ \t]+post|denial[ \t]+of|family[ \t]+history[ \t]+of|on)[ \t]+$"
)
# What a person does right after their name opens a sentence ("Ryo appears ...", "Sione: hi").
_NAME_OPENS = compile_factored(
    rf"[ \t]*:[ \t]+[a-z]|[ \t]+is[ \t]+(?:\d|{_AGE_WORDS}|(?:an?|the|here|at|with|still|now|home|feeling|doing|"
    r"awake|asleep|alert)\b)|[ \t]+(?:{_SUBJECT_VERB}|(?:says|appears|appeared|found|doing|observed|"
    r"can|could|who|seems|looks|drove|brought|stopped|got|gets|took|takes|spoke|sat|lost|fell)\b|and[ \t]+[a-z])"
)


def _english_not_name(value: str) -> bool:
    """One word that is an English word and no census name ("Interpreting", "Covering")."""
    return " " not in value and lex.is_english(value) and _word(value) not in lex.census_names()


_SPECIALTY_END = re.compile(r"(?:ology|ologist|iatry|iatrist|iatrics|ese)$")


def _pair_is_thing(text: str, start: int, end: int, first: str) -> bool:
    """ "Started Trelegy Ellipta", "Spiriva Respimat inhaler", "Cockcroft-Gault CrCl": a product or a test."""
    return bool(
        _EPONYM_PAIR.fullmatch(first)
        or _PAIR_THING_BEFORE.search(text, max(0, start - 30), start)
        or _PAIR_THING_AFTER.match(text, end)
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t")
    return not before or before[-1] in ".!?\n]\t"


# German capitalises every noun: in a text written in German ("Patientin ... geboren ... Punkt Absatz"),
# a capitalised word no English list explains ("Diktat", "Kostenträger", "Einfahrt") is no sign of a
# name; only the census and given-name lists are. German by three distinct German-only function words.
_GERMAN_WORDS = re.compile(
    r"\b(?:und|der|das|des|dem|mit|für|über|vom|zum|zur|nicht|bei|nach|ist|wird|wurde|eine|einer|auf|aus|"
    r"oder|geboren|Uhr|bitte|keine|seit|sowie|fällig|unbekannt|"
    # and the words of a German form's labels
    r"Datum|Uhrzeit|Anschrift|Hinweis|Nachricht)\b"
)


@lru_cache(maxsize=1)  # the text being scanned (one: a long-lived process keeps no old documents)
def _german(text: str) -> bool:
    return len({m.group() for m in _GERMAN_WORDS.finditer(text)}) >= 3


def _name_kind(text: str, token: str) -> tuple[bool, bool]:
    """``lex.name_kind``, less the name shape of a word that is no given name in a German text."""
    shaped, census = lex.name_kind(token)
    if shaped and not census and _german(text) and _word(token) not in lex.first_names():
        return False, census
    return shaped, census


def _name_shape(text: str, start: int, end: int) -> tuple[PhiFinding | None, int]:
    """A capitalised word that is no English, clinical or place word ("Tesfaye", "Hye-jin"): a
    name when paired with another such word or a census name ("Kaveh Tesfaye", "Joy Yazzie"), or
    alone where a person fits (mid-sentence, not before a dose; at a sentence start only before
    a person's verb or a speaker's colon)."""
    token = text[start:end]
    shaped, census = _name_kind(text, token)
    if not shaped and not census:
        return None, end  # most capitalised words: an English word that is nobody's name
    paired = _shape_pair(text, start, end, shaped, census)
    if paired is not None:
        return paired
    if not shaped or not _lone_name_fits(text, start, end):
        return None, end
    return PhiFinding(T.NAME, start, end, token, 0.55, "dictionary"), end


def _shape_pair(
    text: str, start: int, end: int, shaped: bool, census: bool
) -> tuple[PhiFinding | None, int] | None:
    """ "Kaveh Tesfaye", "Joy Yazzie": the word and the next one as a name (None: no pair here)."""
    token = text[start:end]
    after = _NEXT_TOKEN.match(text, end)
    upper = token.isupper()  # capitals: both words of four letters or more ("ODT PRN" is no name)
    if (
        after is None
        or min(len(token), len(after.group(1).rstrip("."))) < (4 if upper else 2)
        or after.group(1).isupper() != upper
    ):
        return None
    if _PRODUCT_BEFORE.search(token + " "):
        return None, end  # "Fitted Osterberg Nova": the verb, then a product
    nxt = after.group(1)
    if _ROMAN_CLASS.fullmatch(nxt):
        return None, after.end(1)
    n_shaped, n_census = _name_kind(text, nxt)
    opener = census and not shaped and lex.is_english(token) and _opens_sentence(text, start)
    words = [_word(token), _word(nxt)]
    if not ((shaped and (n_shaped or n_census)) or (n_shaped and census and not opener)):
        return None
    if upper and not (census or n_census):
        return None  # "MULTIDISCIPLINARY TUMOUR", "NICU HANDOFF": a heading's words, no census name
    if " ".join(words) in lex.us_towns() or any(w in _ORG_WORDS for w in words):
        return None
    if _pair_is_thing(text, start, after.end(1), token):
        return None, after.end(1)  # neither word alone is a name either
    return PhiFinding(T.NAME, start, after.end(1), text[start : after.end(1)], 0.6, "dictionary"), after.end(
        1
    )


# A street type's abbreviation ("Pkwy", "Blvd", "Hwy"): a word no list explains, and no person's name alone
# (not "Xing" nor "Terr", which are).
_STREET_TYPES = frozenset(str.split("pkwy blvd hwy cir cres holw ldg rdg trce trl cv vw sq ave ln ct rd pl"))


def _lone_name_fits(text: str, start: int, end: int) -> bool:
    """Where a lone name-shaped word is a person and not a drug, a disease, a specialty, a town or a
    street's type."""
    token = text[start:end]
    key = _word(token)
    if token.isupper() or key in lex.us_towns() or key in _STREET_TYPES or _DOSE_AFTER.match(text, end):
        return False
    if (
        text[end : end + 1] == "-"
        or _EPONYM_PAIR.fullmatch(token)
        or _DIAGNOSIS_BEFORE.search(text, max(0, start - 30), start)
        or _THING_BEFORE.search(text, max(0, start - 30), start)
    ):
        return False  # "Roux-en-Y", "history of Guillain-Barre": a procedure or a disease
    if _opens_sentence(text, start) and not _NAME_OPENS.match(text, end):
        return False
    return not _SPECIALTY_END.search(_word(token))  # "Physiatry", "Vietnamese": a specialty, a language


def _cap_lookup(text: str, start: int, end: int) -> tuple[PhiFinding | None, int]:
    first = _word(text[start:end])
    comma = _COMMA_TOKEN.match(text, end)
    known = first in lex.known_words()
    if known and first in lex.town_starts() and (town := _written_town(text, start)) is not None:
        if _EPONYM_AFTER.match(text, town.end):
            return None, town.end  # "San Francisco syncope rule", "Los Angeles Motor Scale": a town's rule
        return town, town.end
    last_first = False
    if not known:
        # Only "Henrik Schmidt" (an unknown given name before a known surname) or "Okonjo, Mary"
        # (an unknown surname before a known given name) can still be a name; most capitalised
        # words are neither, and need no more look-ups.
        after = _NEXT_TOKEN.match(text, end)
        last_first = comma is not None and _last_first(text, start, end, comma)
        if not last_first and (after is None or _word(after.group(1)) not in lex.surnames()):
            return None, end
    if _EPONYM_AFTER.match(text, end):
        return None, end  # "Wilson disease", "Parkinson's": a name inside a disease's name
    if last_first:
        assert comma is not None
        return PhiFinding(
            T.NAME, start, comma.end(1), text[start : comma.end(1)], 0.6, "dictionary"
        ), comma.end(1)
    following = _tokens_after(text, end)
    # A place: a known city after a cue word ("lives in Dayton") or before a state ("Dayton, OH").
    # "Brandon Bui": a person, though Brandon is also a town. The cue is read only for a known town.
    person_first = bool(following) and first in lex.first_names() and _word(following[0][0]) in lex.surnames()
    cue: bool | None = None
    for n in range(len(following), -1, -1):
        stop = following[n - 1][2] if n else end
        phrase = " ".join([first, *(_word(t[0]) for t in following[:n])])
        if phrase not in lex.us_towns():
            continue
        if person_first and n < 2:  # "Brandon Bui": a given name and a surname; "in Eden Prairie" reads on
            cue = False if n == 0 else _PLACE_CUE.search(text, max(0, start - 24), start) is not None
        if cue is None:
            cue = _PLACE_CUE.search(text, max(0, start - 24), start) is not None
            if cue and n == 0 and text[start:end].isupper() and lex.is_english(text[start:end]):
                cue = False  # "PHOTOS IN MEDIA": a word in a line of capitals, not a town
        if phrase in lex.countries_and_states():
            return None, stop  # "To: Washington DMV": a state, which may stay
        # a town, then its state, its site's words, or a ZIP alone ("9153 Avenida Juárez, Liberty 72082")
        if (
            cue
            or _STATE_AFTER.match(text, stop)
            or _FACILITY_AFTER.match(text, stop)
            or _BARE_ZIP_AFTER.match(text, stop)
        ):
            zip_code = _ZIP_AFTER.match(text, stop)
            stop = zip_code.end() if zip_code else stop
            return PhiFinding(T.LOCATION, start, stop, text[start:stop], 0.75, "dictionary"), stop
    # "Smith, John"
    if comma and (
        (first in lex.surnames() and _word(comma.group(1)) in lex.first_names())
        or _last_first(text, start, end, comma)
    ):
        stop = comma.end(1)
        return PhiFinding(T.NAME, start, stop, text[start:stop], 0.7, "dictionary"), stop
    if first not in lex.first_names():
        # "Henrik Schmidt": an unknown given name before a known surname.
        token, nxt = text[start:end], following[0][0] if following else ""
        if nxt.istitle() and token.istitle() and not lex.is_common(first) and _word(nxt) in lex.surnames():
            stop = following[0][2]
            if first not in lex.us_places() and len(first) > 2:
                return PhiFinding(T.NAME, start, stop, text[start:stop], 0.6, "dictionary"), stop
        return None, end
    # "Rusty MacDonald", "Mary J. Smith": a given name, then a capitalised non-clinical word.
    stop = end
    for token, _, t_end in following:
        word = _word(token)
        if len(word) > 1 and (
            lex.is_common(word)
            or (token.isupper() and (len(token) <= 3 or lex.is_english(token)))
            or _ROMAN_CLASS.fullmatch(token)
        ):
            break  # a clinical word, an abbreviation ("Nova RIC": a hearing aid's style), a heading's word
        stop = t_end
    if stop > end:
        kind = T.LOCATION if _word(text[start:stop].split()[-1]) in _NEIGHBOURHOOD_END else T.NAME
        return PhiFinding(kind, start, stop, text[start:stop], 0.7, "dictionary"), stop
    # A given name alone ("Omar was brought in"), written as a name (not all capitals); not an English
    # word opening a sentence that reads on as one ("Frank blood in the drain", "Grace period ends").
    if (
        lex.is_english(text[start:end])
        and _opens_sentence(text, start)
        and not _NAME_OPENS.match(text, end)
        and _LOWER_WORD_AFTER.match(text, end)
    ) or (
        lex.is_english(text[start:end])
        and _LINE_START.search(text, max(0, start - 4), start)
        and _FIELD_NAME_AFTER.match(text, end)
    ):
        return None, end  # "Buddy: Frank Wells": a field's label at a line's start, then the name
    if end - start >= 3 and not text[start:end].isupper():
        return PhiFinding(T.NAME, start, end, text[start:end], 0.6, "dictionary"), end
    return None, end


# Up to three more words of any shape after a capitalised word: a town's name may hold a dot, an
# apostrophe or a lower-case word ("Sault Ste. Marie", "Coeur d'Alene", "Truth or Consequences").
_RAW_WORD = re.compile(r"[ \t]+([^\s,;:()|]+)")
# A lower-case word that goes on a phrase, not a person's verb ("Frank blood", not "Frank handles").
_LINE_START = re.compile(r"(?:^|\n)[ \t]*\Z")
_FIELD_NAME_AFTER = re.compile(rf":[ \t]+{_CAP}[ \t]+{_CAP}")
_LOWER_WORD_AFTER = re.compile(
    rf"[ \t]+(?!(?:{_PARTICLES}|has|had|is|was|can|could|will|would|did|does|may|might|must|should)\b)"
    r"(?![a-z]+(?:s|ed)\b)[a-z]"
)


def _words_at(text: str, start: int, most: int) -> tuple[list[str], list[int]]:
    """The words from ``start`` on, as many as ``most`` (the first a word, the others any run of characters
    up to a blank or a punctuation mark that ends a phrase), with where each ends; none when no word starts
    there."""
    first = _WORD.match(text, start)
    if first is None:
        return [], []
    words, ends, pos = [first.group()], [first.end()], first.end()
    while len(words) < most and (nxt := _RAW_WORD.match(text, pos)):
        words.append(nxt.group(1))
        ends.append(nxt.end(1))
        pos = nxt.end(1)
    return words, ends


def _written_town(text: str, start: int) -> PhiFinding | None:
    """A town of two words or more, as GeoNames writes it, starting at ``start``: a place wherever it
    stands, unless it reads as a given name and a surname."""
    words, ends = _words_at(text, start, 4)
    for n in range(len(words), 1, -1):
        phrase = " ".join(words[:n]).lower()
        stripped = phrase.rstrip(".")
        for key in (phrase, stripped):
            if key in lex.us_towns() and not _a_person(words[:n]):
                end = ends[n - 1] - (len(phrase) - len(key))
                return PhiFinding(T.LOCATION, start, end, text[start:end], 0.75, "dictionary")
    return None


# What may follow "Okonjo, Mary" for it to be a name: the end of the field or of the line, an
# initial, an age or a bracket; not more words of a list ("Warfarin, Aspirin and ...").
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][a-z]+[ \t]*(?:,|and\b|or\b)|(?:and|or|&|/)\b)")


def _last_first(text: str, start: int, end: int, comma: re.Match[str]) -> bool:
    """ "Okonjo, Mary" / "Quintero, Hamid": one of the two in the census lists, not a list of words."""
    last, given = text[start:end], comma.group(1)
    first, second = _word(last), _word(given)
    if len(first) < 3 or len(second) < 3 or last.isupper() != given.isupper():
        return False
    if any(lex.is_common(w) or w in _ORG_WORDS or w in lex.us_places() for w in (first, second)):
        return False
    if first not in lex.surnames() and second not in lex.first_names():
        return False
    return _LIST_GOES_ON.match(text, comma.end(1)) is None


# A rating scale's subscales and items, a muscle group's strength, a screen's positive domains ("Vanderbilt parent:
# inattentive 3/9, hyperactive 6/9", "ASRS part A 5/6", "hip extensors 4/5", "Positive domains 1/10", "clock 2/4"):
# the words before a score that both the rules and the classifier's dates heed (``_SCORE_BEFORE``, ``_SCALE_BEFORE``)
_SUBSCALES = (
    r"inattentive|inattention|hyperactive|hyperactivity|impulsivity|(?:extensor|flexor|abductor|adductor)s?|domains?|"
    r"clock(?:[ \t]+draw(?:ing)?)?|asrs(?:[ \t]+part[ \t]+[ab])?|vanderbilt|conners|severity|katz"
)
# "Pain 3/10", "strength 5/5", "GCS 3/15": a fraction after a score or measure is not a date.
_SCORE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?i:pain(?:[ \t]+(?:at|is|was|now|rated))?|beighton|strength|power|motor|score|scale|gcs|mmse|moca|apgar|esi|nihss|phq|gad|ecog|bp|iop|"
    r"bims|slums|sls|fim|berg|braden|norton|morse|pps|kps|fois|fast|cam|rass|cpot|q?sofa|mna|adl|iadl|tinetti|"
    r"(?-i:SIRS|NEWS2?|MEWS|PEWS|TIMI)|curb-?65|wells[ \t]+(?:score|criteria)|has-?bled|chads2?|cha2ds2-?vasc|"
    r"latch|effort|exertion|rpe|anxiety|nausea|fatigue|itch|dyspnea|dyspnoea|mood|sleep|stress|craving|"
    r"satisfaction|confidence|readiness|importance|vision|acuity|audit(?:-c)?|scoring|rating|recommend|quiz|"
    r"ratio|grade|reflex(?:es)?|dose|take|takes|taking|tab(?:let)?s?|x|of|pulses?|murmur|"
    # pain and outcome scales, a visual field's fixation losses ("VAS 9/10", "ESS 5/24", "Fixation losses 4/14"; an
    # arrow, a count or "FP" may stand before a date: "moved 3/14 -> 4/12", "F/u with FP 4/12")
    r"vas|nrs|ess|odi|koos|oks|snot(?:-22)?|fixation[ \t]+losses|painad|flacc|abbey|easi|"
    rf"{_SUBSCALES}|criteria|items?|"
    r"sounds?|breath|bipap|cpap|ipap|epap|peep|settings?|page|pages|pg|\d)[ \t:=]*(?:\d+[ \t]*(?:and|,|/)[ \t]*)?$"
)
# "tooth pain x 3 days, 3/10", "Reports 4/10 pain": a score out of ten where the line speaks of pain.
_OUT_OF_TEN = re.compile(r"\d{1,2}/10$")
# A visual field's fixation losses before its false positives ("reliability: FL 4/18, FP 7%"), not Florida's FL.
_FL_BEFORE = re.compile(r"(?<![\w])(?-i:FL)[ \t]*$")
_FP_AFTER = re.compile(r",[ \t]*(?-i:FP|FN)[ \t]+\d")
# (a pain scale's name too: "VAS 9/10 -> 4/10")
_PAIN_NEAR = re.compile(
    r"(?i:pain|aches?|hurts?|sore(?:ness)?|discomfort|cramp(?:s|ing)?|headache|vas|nrs)\b"
)
# (or a few words on: "Pt reports 7/10 low back pain")
_PAIN_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+){0,3}?(?i:pain|discomfort|severity|intensity|on[ \t]+the[ \t]+(?:pain[ \t]+)?scale)\b"
)


def _pain_score(text: str, start: int, end: int) -> bool:
    if not _OUT_OF_TEN.search(text, start, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PAIN_AFTER.match(text, end) or _PAIN_NEAR.search(text, max(line_start, start - 48), start))


def score_fraction(text: str, start: int, end: int) -> bool:
    """Whether the month and day at ``text[start:end]`` ("3/9") are a score over its total, by the words before
    it or a fraction over the same total nearby ("Vanderbilt parent: inattentive 3/9", "Pain 4/10 pre, 2/10 post")."""
    return bool(
        _SCORE_BEFORE.search(text, max(0, start - 24), start)
        or (_FL_BEFORE.search(text, max(0, start - 4), start) and _FP_AFTER.match(text, end))
        or _same_total(text, start, end)
        or _pain_score(text, start, end)
    )


def scale_fraction(text: str, start: int, end: int) -> bool:
    """Whether a fraction the classifier reads as a date ("3/9") is a score: a rating scale's, a subscale's or a
    muscle group's word right before it on its line ("inattentive 3/9", "ESS 6/24", "hip flexors 2/5"), a pain
    score, or a gestational age's days ("GA 39 6/7 semanas"). Narrower than ``score_fraction``, whose words
    ("of", "dose", "taking", "sleep", a digit) stand before dates the classifier finds ("Visit 8 of 16 02/05",
    "Dose 3/14 missed", "MRN H3070443 12/16")."""
    before = _SCALE_BEFORE.search(text, max(0, start - 32), start)
    # (a family name that is a scale's too: "appt w/ Dr. van der Berg 10/18")
    if before is not None and not _NAME_PARTICLE_BEFORE.search(
        text, max(0, before.start() - 8), before.start()
    ):
        return True
    return _pain_score(text, start, end) or (
        _GESTATION_DAYS.fullmatch(text, start, end) is not None
        and _WEEKS_BEFORE.search(text, max(0, start - 4), start) is not None
    )


_SCALE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?i:{_SUBSCALES}|ess|mmse|moca|apgar|gcs|nihss|phq(?:-?9)?|gad(?:-?7)?|i?adls?|easi|score|scale|"
    r"strength|berg|fixation[ \t]+losses)[ \t:=]*\Z"
)
_NAME_PARTICLE_BEFORE = re.compile(r"\b(?:van|der|den|von|de|Dr\.?)[ ]\Z")
_GESTATION_DAYS = re.compile(r"[0-6]/7")
_WEEKS_BEFORE = re.compile(r"(?<!\d)\d{1,2}[ ]\Z")


# "Ezekiel Mbeki, 93, lives in ...": a number over 89 right after a name is an age.
# "12 Elm St, Marquette." / "7162 Kessler Blvd Marquette pt is ...": the town after a street.
_TOWN_AFTER = re.compile(
    # (or a slash between an export's parts: "74 S Sycamore Terrace / Hope / Tillman County / 61321")
    rf"(?:\.?,[ \t]*(?:\n[ \t]*)?|[ \t]+/[ \t]+|[ \t]+\(?|\(|[ \t]*\|[ \t]*)((?:the[ \t]+)?"
    # a district's abbreviation ("Brgy. San Isidro", "Col. Zona Río"), a numbered ward ("Phường 7, Quận 3,"),
    # a postcode after the town, as most countries write it ("Lviv 16330", "Port-au-Prince HT1409")
    # (a district's name may hold Spanish particles: "Col. Jardines del Valle")
    rf"(?:(?:Brgy|Bgy|Col|Fracc|Urb|Bo|Sect?|Distr?|Mun|Prov|Dept|Kec|Kel|Kab)\.[ \t]+{_CAP}(?:[ \t]+(?:(?:de|del|la|las|los|el)[ \t]+)?{_CAP}){{0,3}}"
    rf"|{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?:[ \t]+\d{{1,3}}(?=[ \t]*,))?"
    rf"(?:[ \t]+(?:(?:[A-Z]{{1,2}}[ \-]?)?\d{{4,6}}(?:[ \-]\d{{3}})?|\d{{3}}[ ]\d{{3}})(?![\w\-]))?)"
    rf"(?=[ \t]*(?:[.,;|)?!]|$|\n|\t|[ \t]+[a-z]|[ \t]+\d{{5}}(?!\d))|[ \t]+[\-–—/][ \t])"
)
# Words that name part of a town or a neighbourhood ("Hyde Park", "Five Points") rather than a person.
_PLACE_PART = frozenset(
    str.split(
        """
    the park heights hill hills village points point falls springs lake city town harbor harbour beach
    valley grove square gardens junction creek bay mills station center centre landing ridge
    """
    )
)
# Last words that make a given name and a word a neighbourhood ("Logan Square", "Rainier Beach"),
# narrower than _PLACE_PART: surnames such as Park, Hill or Lake stay names.
_NEIGHBOURHOOD_END = frozenset(
    [
        "square",
        "beach",
        "heights",
        "falls",
        "springs",
        "harbor",
        "harbour",
        "gardens",
        "terrace",
        "flats",
        "junction",
    ]
)
# "Met Bogdan ('Lupe')": a nickname in quotes and brackets right after a name.
_NICKNAME_AFTER = re.compile(rf"[ \t]*\([ \t]*[\"“'‘]({_CAP})[\"”'’][ \t]*\)")
# "Ride home: Ana Ruiz, 555-0165": a local number right after a person's name.
_PHONE_AFTER_NAME = re.compile(
    rf"(?:[ \t]*\([a-z][a-z \-]{{1,20}}\))?(?:,[ \t]*(?:RN|MD|NP|PA)?[ \t]*\(?|[ \t]+(?:at[ \t]+)?\(?)[ \t]*({_PHONE_LOCAL})"
)
_AND_NAME = re.compile(rf"[ \t]+(?:and|&)[ \t]+({_CAP})(?!\w|[ \t]*['’\-]|[ \t]+{_CAP})")
# "pt Tevita Achterberg (E871208572)": a chart number in brackets right after a patient's name.
# A registry's number on the line of a clinician's role: a licence or a certification.
_CLINICIAN_REGISTRY = re.compile(
    r"(?i:examiner|physician|provider|clinician|practitioner|paramedic|emt|nurse|therapist|pharmacist|"
    r"dentist|optometrist|audiologist|midwife|doctor|dr\.?)\b[^\n]{0,60}\bregistry[ \t]*(?:no\.?|number|\#)?[ \t:.\-]*$"
)
# A device's ID written as an IPv4 address ("device 174.70.44.226").
_IPV4_VALUE = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")

# A bare "ID", "#" or "No." label (nothing before it but a separator: a comma, a bracket, a column's blanks,
# the line's start) right after a payer's word and the plan's, the member's or the payer's name: the plan's ID
# ("Subscriber: WINTER, MATILDE    ID: 9FD9WR7NJ27", "plan Keystone Meridian HMO, ID BKP91423182", "My insurance
# Crestview Benefit Administrators (ID 076438120-01)", "Medicaid" then "# MCD-89082917" on the next line). Only
# payers' words: a SOAP "Plan:", a staff "member", a shipping "carrier" or "coverage" name other things; and
# nothing but names, capitals, digits and separators between the word and the label ("Medicare wellness visit,
# ID: ENC-5512", "HMO referral pending; # REF-55" name a visit and a referral). A label with a word of its own
# ("study ID", "badge #", "ref #") keeps its kind.
_BARE_ID_LABEL = re.compile(
    r"(?:^|[,(;|/]|[ \t]{2}|\t)[ \t]*(?i:\b(?:ID|I\.D\.|No|Nbr|Number)\b\.?|\#)[ \t]*(?:[:\#=][ \t]*)?$", re.M
)
# (a green screen's or a requisition's "INS1...:", "Ins:" too)
_PLAN_CUE = re.compile(
    r"(?i:\b(?:subscriber|insured|insurance|insurer|payer|payor|medicaid|medi-cal|medicare|tricare|champva|hmo|ins\d?(?=[ \t.]*:)|"
    r"ppo|epo|benefit[ \t]+administrators|health[ \t]+plan|policyholder|mbr)\b)|(?m:^[ \t]*(?i:member)(?=[ \t]*:))"
    # a key's "member=" ("member=Schwartz, Agnieszka H.  id=S72098910")
    r"|(?<![\w])(?i:member)(?==)"
)
# Between the payer's word and the label: words that start with a capital or a digit (a name, "DOB", a date),
# a name's particles in lower case ("subscriber Mason del Toro, ID"), separators; no lower-case word, no ";".
_PLAN_BETWEEN = re.compile(
    r"(?:[^\w;!?]|[A-Z\d][\w'’\-/]*|\b(?:de|del|della|la|le|da|di|dos|van|von|der|den|al|el|bin|y)\b)*"
)
_PLAN_REACH = 90  # characters back from the value where the payer's word may stand
# A plan's group or a pharmacy benefit's BIN and PCN labelled beside a bare ID: the ID is the member's.
_PLAN_GROUP_LABEL = (
    r"(?<![\w])(?:Rx|RX)?(?:GRP|Grp|grp|Group|GROUP|PCN|BIN)[ \t]*(?:(?:\#|No\.?)[ \t]*)?(?::[ \t]*)?"
)
_PLAN_GROUP = re.compile(_PLAN_GROUP_LABEL + r"(?=[A-Z\-]*\d)[A-Z0-9]")
# A pharmacy benefit's BIN, PCN or Rx group on the card's next line ("Card ID: 4008 0975 137" over "RxBIN 683784 ·
# RxPCN PDPIND"): a "Group" there may be anything's, these are a drug plan's only.
_PHARMACY_PLAN_LINE = re.compile(
    r"(?<![\w])(?:Rx|RX)?(?:BIN[ \t]*(?::[ \t]*)?\d{6}(?!\d)|PCN[ \t]*(?::[ \t]*)?[A-Z0-9]{2,12}\b)"
    r"|(?<![\w])(?:Rx|RX)(?:GRP|Grp|Group|GROUP)[ \t]*(?::[ \t]*)?[A-Z0-9][A-Z0-9\-]{1,15}\b"
)
# An ID's label after the card's or the member's word ("Card ID:", "mbr id"), where a plan's group, BIN or PCN beside
# it says whose the ID is; or after any other word or value ("Grp XWA654 ID Z65S559542", "manufacturer copay ID ...
# grp OHCP9007", "lns. Mernber lD:"), where the plan's group, BIN or PCN on its line carries a code of four characters
# or more (not "Subject ID: 10234567   Group A1") and the word names no one else's number.
_PLAN_WORD_ID_LABEL = re.compile(
    r"(?:(?P<card>\b(?:Card|card|CARD|Mbr|mbr|MBR)[ \t]+)|(?<![\w])(?!(?i:employee|staff|student|subject|specimen|study|badge)\b)"
    r"[\w.\-]+[ \t]+)(?:ID|Id|id|I\.D\.)[ \t]*(?:[:\#=][ \t]*)?$"
)
_PLAN_GROUP_CODE = re.compile(
    _PLAN_GROUP_LABEL + r"(?=[A-Z\-]*\d)[A-Z0-9][A-Z0-9\-]{3,}"
)  # a code of four or more


def _plan_id_label(text: str, start: int) -> bool:
    """Whether the value at ``start`` follows a bare ID label that a payer's word and a name lead to
    (``_BARE_ID_LABEL``, ``_PLAN_CUE``), or that a plan's group, BIN or PCN stands beside on its line ("BIN 012114
    PCN PDPIND  GRP 811690  ID 89539594858", "ID 902-646-317-03  Grp GRP-79616"); an ID's label after a word
    (``_PLAN_WORD_ID_LABEL``: "Card ID:" over "RxBIN 683784 · RxPCN PDPIND", "Grp XWA654 ID Z65S559542"); the line
    before is read too when the label opens its line."""
    label = _BARE_ID_LABEL.search(text, max(0, start - 16), start)
    word = None
    if label is None:
        label = _PLAN_WORD_ID_LABEL.search(text, max(0, start - 16), start)
        if label is None:
            return False
        word = "card" if label.group("card") is not None else "other"
    line_start = text.rfind("\n", 0, label.start()) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    beside = (max(line_start, label.start() - 60), min(line_end, start + 60))
    if word == "other":  # any other word: a plan's group with a code of its own on the line
        return _PLAN_GROUP_CODE.search(text, *beside) is not None
    if _PLAN_GROUP.search(text, *beside):
        return True
    # an ID's label (not a voicemail's "number 9128557"): a pharmacy benefit on the card's next line
    if line_end < len(text) and "id" in label.group().lower().replace(".", ""):
        next_end = text.find("\n", line_end + 1)
        if _PHARMACY_PLAN_LINE.search(text, line_end + 1, len(text) if next_end < 0 else next_end):
            return True
    if word is not None:
        return False
    reach = max(0, label.start() - _PLAN_REACH)
    line = text.rfind("\n", reach, label.start()) + 1 or reach  # a long line: its last _PLAN_REACH characters
    if line and not text[line : label.start()].strip(" \t,(;|"):
        line = text.rfind("\n", reach, line - 1) + 1 or reach
    cues = list(_PLAN_CUE.finditer(text, max(line, reach), label.start()))
    return bool(cues) and _PLAN_BETWEEN.fullmatch(text, cues[-1].end(), label.start()) is not None


_CLAIM_BEFORE = re.compile(
    r"(?i:\bclaim[ \t]*(?:number|no\.?|\#)?[ \t]+(?:with|at|from)[ \t]+(?:the[ \t]+)?[a-z]+[ \t]+(?:is|was|:)?[ \t]*)$"
)
_AMPERSAND_BEFORE = re.compile(r"&[ \t]*$")
# Before a name whose bracketed code is a programme's or a jail's number, not a hospital chart's.
_CUSTODY_CLIENT = re.compile(
    r"(?i:\bclient|\binmate|\bdetainee|\bbooking|\bintake[ \t]+(?:medical[ \t]+)?screen)\b"
)
_NANP_TEN = re.compile(r"[2-9]\d{2}[2-9]\d{6}")
_CHART_AFTER_NAME = re.compile(
    r"[ \t]*\(((?:[A-Z]{1,2})?\d{6,10}|[A-Z]{1,2}\d{5}|[A-Z]{2,4}-\d{4,10}|\d{2,3}-\d{3}-\d{3}|\d{3}-\d{2}-\d{2}"
    # (or "M-910-148", "8128-5291" but no span of years or of a shift's hours ("0700-1900"), "399 57 46", a
    # check digit's "6857950-5")
    r"|[A-Z]-\d{3}-\d{3}|(?!(?:19|20)\d\d-(?:19|20)\d\d\))(?!(?:[01]\d|2[0-4])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d\))\d{4}-\d{4}"
    r"|\d{3}[ ]\d{2}[ ]\d{2}|\d{6,8}-\d)\)"
)
# "Ofc. Rich Mercy #965", "in custody of Bao Fitzgerald (#P1734)": a badge's number right after the name of an
# officer, a custodian or a guard (a cue shortly before the name; not "Bed 4: Smith, John (#412)").
_BADGE_AFTER_NAME = re.compile(
    r",?[ \t]*(\()?\#[ \t]?([A-Z]{0,2}-?\d{3,6}[A-Z]?)(?(1)\))(?![\w\-])(?![ \t]+of[ \t]+\d)"
)
_BADGE_CUE_BEFORE = re.compile(
    rf"(?i:\b(?:ofc|det|sgt|dep|tpr|cpl|lt|{_RANK_WORDS}|custody[ \t]+of|badge|"
    r"guard|security|police|sheriff|marshal|ranger)\b)"
)
# Up to two capitalised words (a name's first words, an initial) between a cue and where the search ends.
_NAME_WORDS_TO_HERE = r"(?:[A-Z][\w'’\-]*\.?[ \t]+){0,2}$"
# A physician's role right before the name ("Nephrologist Ana Ruiz (2791258595)", "PCP: Dr. Ana Ruiz (...)").
_PHYSICIAN_BEFORE = re.compile(
    r"(?i:\b(?:dr\.?|doctor|physician|pcp|attending|surgeon|provider|clinician|specialist|prescriber|[a-z]+ologist|[a-z]+iatrist)[ \t]*(?::[ \t]*)?"
    r"(?:dr\.?[ \t]+)?)" + _NAME_WORDS_TO_HERE
)


def dea_check_digit_ok(code: str) -> bool:
    """Whether two letters and seven digits end with a DEA registration's check digit: the last digit of the
    sum of the first, third and fifth digits and twice the second, fourth and sixth."""
    if len(code) != 9 or not code[:2].isalpha() or not code[2:].isdigit():
        return False
    d = [int(c) for c in code[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# A prescriber's DEA number typed by another reader ("DEA on Rx AK0310261": the words between hide the label) and an
# EMS clinician's National Registry certification ("MEDIC Szabo, J. #NRP2807837"): licences.
_DEA_SHAPE = re.compile(r"[A-Z]{2}\d{7}")
_DEA_WORD_BEFORE = re.compile(r"\b(?:DEA|(?i:dea[ \t]+(?:reg(?:istration)?|number|no\.?|\#)))\b")
_REGISTRY_CERT = re.compile(r"(?:NRP|NREMT|NRAEMT|NRNP)-?\d{5,9}")


def with_licence_shapes(text: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """The findings with an identifier typed as another code made a LICENSE where its shape says so: a DEA
    number's letters, digits and check digit with "DEA" a few words before it, or a National Registry number."""
    out = None
    for i, f in enumerate(found):
        if f.type not in (T.OTHER_ID, T.MRN, T.ACCOUNT):
            continue
        if _REGISTRY_CERT.fullmatch(f.text) or (
            _DEA_SHAPE.fullmatch(f.text)
            and dea_check_digit_ok(f.text)
            and _DEA_WORD_BEFORE.search(text, max(0, f.start - 24), f.start)
        ):
            out = list(found) if out is None else out
            out[i] = replace(f, type=T.LICENSE)
    return found if out is None else out


def npi_check_digit_ok(digits: str) -> bool:
    """Whether ten digits end with an NPI's check digit (Luhn over "80840" and the first nine)."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = 0
    for i, char in enumerate(reversed("80840" + digits[:9])):
        d = int(char) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(digits[9])


# Before a staff member's name, whose bracketed number is an employee's or a user's ID, not a chart:
# "Verifier 1: Ana Ruiz (684750)", "Collected ... by Ana Park (E963543)", "Agent: M. Cohen (722699)",
# "biomed Eli Ruiz (551207)",
# "integration user Ana Bishop (U1200482)", "Thanks, Ana Ruiz (E522312)".
# A sitter's word or a nurse's credential before a name ("RN 1 Brown, Ezekiel (161680)", "WOC-RN P. Achterberg (V7469)",
# "Sitter: Will Rahimi (ID V1855)"): the code in brackets after it is their own, for both readers below.
_NURSE_WORDS = r"sitter|(?-i:(?:WOC-|CWOCN-)?RN|LPN|CNA)(?:[ \t]*\d)?"
_STAFF_BEFORE_NAME = re.compile(
    r"(?i:\b(?:by|verifier(?:[ \t]*\d)?|compounder|caller|agent|author|operator|officer|user|tech(?:nician)?|biomed|"
    rf"witness|courier|thanks|regards|{_NURSE_WORDS})[ \t]*(?:[:,][ \t]*)?(?:(?:dr|mr|mrs|ms)\.?[ \t]+)?)"
    + _NAME_WORDS_TO_HERE
)
# A row of a list or a log with the patient's name in "Last, First" form, then (two blanks or more on
# either side) the chart number: "1. YAZZIE, JOSÉ  M8883217  ERCP 8/1/2026", "Winter, Yusuf  7775258  iodixanol".
# Never a date written as eight digits ("Ruiz, Ana  19650412  F").
_CHART_IN_ROW = re.compile(
    rf"[ \t]{{2,}}({_NOT_EIGHT_DIGIT_DATE}"
    r"(?!RX)(?:[A-Z]{1,2})?\d{6,10}|[A-Z]{2,4}-\d{5,10}|\d{2,3}-\d{5}|\d{3}-\d{2}-\d{2,3})(?=[ \t]{2,}|[ \t]*(?:\n|\Z))"
)
# A clinician's licence right after the name: behind a credential ("Ana Ruiz, RN (7904793)", "Yael Szabó,
# LCSW J858745-YZ"), alone after a staff role's field ("Dosing nurse: Ana Ruiz, F306942."), or after a
# licence's own words ("Licence for the colony veterinarian Ana Ruiz: OT 44672").
_LICENCE_CODE = (
    _NOT_EIGHT_DIGIT_DATE + r"(?:(?:[A-Z]{1,3}[.\-]?)?\d{5,9}(?:-[A-Z]{1,3})?|\d{2}-\d{5,8})(?![\w\-])"
)
_STAFF_CREDENTIAL = (
    r"(?:RN|LPN|LVN|NP|APRN|FNP(?:-BC)?|PA(?:-C)?|MD|DO|IBCLC|LCSW|LICSW|LMSW|LMFT|LPC|LMHC|CNM|CRNA|RDN?|"
    r"DPT|OTR(?:/L)?|SLP|CCC-SLP|AuD|PharmD|RPh|DDS|DMD|PsyD|CADC|LADC|EMT(?:-P)?|CPhT|RRT|CNA|"
    # a laboratory's: a cytotechnologist, a medical technologist or scientist, a histotechnician, a phlebotomist
    # ("Dalia Dubois, CT(ASCP) #445597", "MLS(ASCP)CM")
    # (CT, MT and HT, a scan's and others' letters too, only with their certifier)
    r"(?:CT|MT|HT)\((?:ASCP|AMT)\)(?:CM)?|(?:MLS|MLT|CLS|HTL|PBT)(?:\((?:ASCP|AMT|NCA)\)(?:CM)?)?)"
)
_LICENCE_AFTER_NAME = re.compile(
    rf",?[ \t]+{_STAFF_CREDENTIAL}[ \t]*(?:\([ \t]*({_LICENCE_CODE})[ \t]*\)|[\#:]?[ \t]*(?!\d{{5}}(?![\w\-]))({_LICENCE_CODE}))"
    rf"|,[ \t]*({_LICENCE_CODE})(?=[ \t]*(?:[.;)\n]|$))"
    rf"|[ \t]*:[ \t]*({_LICENSE_VALUE})"
    # a code in brackets right after the name ("RPh Faith Pope (051.394420)", "by Dakota Kim (PTCB 908811)"): a
    # licence only with a licence's own prefix, or right after a licensed role's word (``_LICENSED_BEFORE``)
    rf"|[ \t]*\([ \t]*((?!(?:MRN|MR|ACCT|ACC|DOB|SSN|FIN|CSN|HAR|ID|TEL|FAX)\b)(?:[A-Z]{{2,4}}[ ]?)?\d{{3}}[.\-]?\d{{3,7}})[ \t]*\)"
)
# The licensed roles a name follows right after them ("verifying RPh Marsh, Ruby (RPH373832)", "Transferring RPh:",
# "Prescriber Ingrid Muller (...)", "Phleb Sione Holiday (58919571)"); not a staff member's, an agent's or an
# officer's bracket ("Agent: Olena Liu (E45509)", "Trooper Begay (34289)": an employee's or a badge's number),
# nor a role that words stand between ("Pharmacist consult for Maria Lopez (MRN ...)": the patient's).
_LICENSED_BEFORE = re.compile(
    r"(?i:\b(?:rph|pharmacist|pharmd|prescriber|prescribing|physician|phleb(?:otomist)?|cpht))[ \t]*(?::[ \t]*)?$"
)
# Prefixes only a licence or a certificate takes (not a state's "CT", "MT" before a ZIP, nor a phone's "PH").
_LICENCE_PREFIX = re.compile(r"(?:RPH|PTCB|CPHT|TCH|LIC)[ ]?\d")
_STAFF_FIELD_BEFORE = re.compile(
    r"(?i:nurse|therapist|counsel+or|clinician|provider|pharmacist|technician|tech|paramedic|midwife|"
    r"dietitian|prescriber|physician|psychologist|audiologist|hygienist)[ \t]*:[ \t]*$"
)
_LICENCE_FOR_BEFORE = re.compile(r"(?i:licen[cs]e|certificate)[ \t]+for\b[^:\n]{0,40}$")


def _licence_after_name(text: str, finding: PhiFinding) -> PhiFinding | None:
    match = _LICENCE_AFTER_NAME.match(text, finding.end)
    if match is None:
        return None
    group = next(g for g in range(1, 6) if match.group(g) is not None)
    if group == 3 and not _STAFF_FIELD_BEFORE.search(text, max(0, finding.start - 40), finding.start):
        return None
    if group == 4 and not _LICENCE_FOR_BEFORE.search(text, max(0, finding.start - 60), finding.start):
        return None
    if (
        group == 5
        and not _LICENCE_PREFIX.match(match.group(5))
        and not _LICENSED_BEFORE.search(text, max(0, finding.start - 24), finding.start)
    ):
        return None
    start, end = match.span(group)
    return PhiFinding(T.LICENSE, start, end, text[start:end], 0.6, "rule")


_AGE_AFTER_NAME = re.compile(
    rf"\)?(?:[ \t]*[,(][ \t]*|[ \t]+(?:is|was|turned)[ \t]+)({_AGE_NUM})(?=[ \t]*(?:[,;.)]|and\b|y\b|yo\b|y/o|[MF]\b))"
)


def _same_total(text: str, start: int, end: int) -> bool:
    """ "Pain 4/10 pre, 2/10 post": a fraction over the same total just before is a score, not a date."""
    total = text[start:end].split("/")[1]
    return re.search(rf"\d/{total}(?!\d)", text[max(0, start - 24) : start]) is not None


_DATE_AT = re.compile(_DATE)
_TITLE_BEFORE = re.compile(rf"{_HONORIFIC}[ \t]+\Z")
_MRN_PREFIX_VALUE = re.compile(r"(?:MRN?-?)\d{6,10}")
_GENERIC_LABEL_BEFORE = re.compile(r"(?:\#|(?<![\w])(?i:number|no\.?|id))[ \t]*(?::[ \t]*)?\Z")
_ALIAS_NUMBER = re.compile(r"-\d{1,3}(?![\w\-])")
_DATE_AFTER_GAP = re.compile(r"[ \t]{2,}(?:0?[1-9]|1[0-2])[/\-](?:0?[1-9]|[12]\d|3[01])[/\-](?:19|20)\d\d")
_CAP_AT = re.compile(rf"(?<![\w'’\-])({_CAP}|{_UPPER})")
_PHONE_SHAPE = re.compile(_PHONE_US)
_LOCAL_PHONE_SHAPE = re.compile(_LOCAL_PHONE_DIGITS)

# The words before "ID", "no." or "#" that make a code something other than an identifier of a
# person: product, lot, location-in-building, document and clinical-code numbers.
_NOT_ID_LABELS = frozenset(
    str.split(
        """
    lot batch ndc model cat catalog catalogue ref reference part item product sku cpt icd loinc snomed
    rxnorm hcpcs drg version ver rev revision step phase bed room rm floor suite ste apt unit chair bay
    table fig figure page line dose cycle session grade stage class level type size gauge exhibit
    protocol form order task ticket job run tube well slide block vial box bin shelf rack tray lane
    gate door flight train bus route seat platform pin code pager beeper ext extension
    call control trace transaction message msg correlation span commit build checksum hash
    query interchange manuscript
    the a an any some what which
    """
    )
)
# (a flattened key's word before its dot too: "request.id")
_LABEL_WORD_BEFORE = re.compile(r"(?<![\w\-'])([^\W\d_][\w\-']*)(?:[ \t]*|\.)$")


_OPENS_FIELD = re.compile(r"(?:^|[(,;\n\t]|[ ]{2})[ \t]*$")


def _other_label_ok(text: str, label_start: int, value: str) -> bool:
    """ "UNOS ID", "enrollment no.": a word before the label, and not a product, place or code word;
    or a field of its own ("(ID 7488042)", ", ID S0831674") holding a long code."""
    before = _LABEL_WORD_BEFORE.search(text, max(0, label_start - 30), label_start)
    if before is None:
        digits = sum(c.isdigit() for c in value)
        long_code = digits >= 6 or (digits >= 5 and value[:1].isalpha())
        return long_code and _OPENS_FIELD.search(text, max(0, label_start - 4), label_start) is not None
    return before.group(1).lower() not in _NOT_ID_LABELS


_Handler = Callable[[Branch, re.Match[str], str], tuple[PhiFinding | None, int]]


_AGE_AHEAD_RE = re.compile(_AGE_AHEAD)
_SENTENCE_START = re.compile(r"(?:^|\n|[.;:!?|\-–—][ \t]{1,2}|\t|\()$")


def _subject_ok(text: str, start: int, end: int) -> bool:
    """A verb-led name must start a sentence (or field); one before an age may stand anywhere."""
    if not _AGE_AHEAD_RE.match(text, end) and not _SENTENCE_START.search(text, max(0, start - 3), start):
        return False
    return _person_shaped(text[start:end])


_NOT_A_NAME_END = re.compile(
    r"(?:ology|ologist|iatry|iatrics|ics|ery|ment|tion|sion|ance|ence|ity|ness|ing)$"
)


def _a_product(text: str, start: int, end: int) -> bool:
    """A device's or a drug's name: after its maker ("Baxter Sigma Spectrum") or a product's cue
    ("Item: SimplyGo Mini"), or with a brand's inner capital."""
    before = _word_before(text, start)
    return (
        before.lower() in lex.DEVICE_BRANDS
        or lex.brand_shaped(before)
        or _PRODUCT_BEFORE.search(text, max(0, start - 32), start) is not None
        or any(lex.brand_shaped(w) for w in text[start:end].split())
    )


def _caps_words(name: str) -> bool:
    """ "UNKNOWN MALE", "WATCH OFFICER": capitals, all English words, one of them in no census list
    ("STORM MOSS" and "KING CHURCH" are names)."""
    words = [
        w
        for w in re.findall(rf"[{_U}{_L}A-Za-z][{_U}{_L}A-Za-z'’\-]+", name)
        if _word(w) not in _PARTICLE_SET
    ]
    return (
        name.isupper()
        and bool(words)
        and all(lex.is_english(w) or lex.is_common(w) for w in words)
        and any(_word(w) not in lex.census_names() for w in words)
    )


def _abbreviations(name: str) -> bool:
    """ "RW, CGA" (walker, contact guard assist): short capitals that no census lists, no name."""
    words = re.findall(rf"[{_U}{_L}A-Za-z][{_U}{_L}A-Za-z'’\-]*", name)
    return bool(words) and all(
        w.isupper() and len(w) <= 3 and _word(w) not in lex.census_names() for w in words
    )


# Where an initial and a surname that is also a word ("D. Rose", "M. Price", "B. Le") is a person: after a
# field's label, a relation, a role or "by", or before a credential, a relation in brackets or a phone number.
_PERSON_BEFORE_INITIAL = re.compile(
    r"(?:(?<![\w])[A-Za-z][A-Za-z /]{1,30}:|(?<![\w])(?i:by|w/|with|notify|notified|per|cc|attn|husband|wife|son|daughter|"
    r"sister|brother|niece|nephew|friend|stepdaughter|stepson|cousin|guardian|caregiver|partner|mother|father|aunt|uncle|"
    r"grandson|granddaughter|spouse|dsp|pcp|rd|rn|lpn|cna|np|pharmacist|surveyor|administrator|staff|dispatcher|"
    r"reviewer|physician|officer))"
    r"[ \t]*(?:,[ \t]*)?\Z"
)
_PERSON_AFTER_INITIAL = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:\((?i:niece|nephew|son|daughter|sister|brother|friend|wife|husband|cousin|guardian|poa|"
    r"spouse|partner|mother|father)\)|(?:RN|LPN|CNA|DSP|RD|LSW|MSW|LCSW|DON|NP|MD|PA|PT|OT|SLP|RPh|PharmD|QIDP)\b"
    r"|\(?\+?\d[\d \-.()]{6,}\d)"
)


def _initial_surname_in_context(text: str, start: int, end: int, word: str) -> bool:
    """ "Reporter: D. Rose", "husband M. Bell", "Reviewed by C. Rivers, DON", "B. Le  service coordinator
    (412) 555-0156": a census surname that is also a word, where the words around say it is a person."""
    key = _word(word)
    if (
        key not in lex.census_names()
        or (lex.is_common(key) and key not in lex.NAME_WORDS)
        or key in _ORG_WORDS
        or lex.medical_word(key)
    ):
        return False
    return bool(
        _PERSON_BEFORE_INITIAL.search(text, max(0, start - 32), start)
        or _PERSON_AFTER_INITIAL.match(text, end)
    )


def _initial_surname_ok(word: str) -> bool:
    """ "B. Gallagher", not "E. Coli", "pod C. Pain controlled": a census or name-shaped surname that
    is no dictionary word (a sentence may end after a single letter)."""
    shaped, census = lex.name_kind(word)
    return (shaped or census) and _word(word) not in lex.english_words() and _single_name_ok(word)


# A record's label abbreviated, after "Patient" ("Patient Acct: 44719203"): no one's name.
_LABEL_ABBREVIATIONS = frozenset(["acct", "mrn", "dob", "ssn", "csn", "npi", "enc", "mbr", "grp", "dos"])


def _single_name_ok(word: str) -> bool:
    """One capitalised word taken for a name: not clinical, not a team, not a specialty, not a place, not a label."""
    w = _word(word)
    return (
        len(w) >= 3
        and w not in _LABEL_ABBREVIATIONS
        and not lex.is_common(w)
        and w not in _ORG_WORDS
        and w not in lex.us_places()
        and not _NOT_A_NAME_END.search(w)
    )


# The shape of a role or service noun (lower-cased), not a list of cues like _ROLE_WORDS: "practitioner",
# "educator", "navigator"; a few short service words besides.
_ROLE_NOUN_SHAPE = re.compile(
    r"(?:er|or|ist|ian|ant|ent|ive|ate)\Z|\A(?:ortho|scribe|psych|peds|rehab|triage|staff|team)\Z"
)


def _surname_like(word: str) -> bool:
    """A word after a loose cue taken for a surname: a census name ("Marsh", "Rich"), or not an English
    role or service word ("Practitioner", "Educator", "Scribe", "Ortho" are roles; "Quarle" may be a name)."""
    w = _word(word)
    if w in lex.census_names() or w in lex.first_names():
        return True
    return not (lex.medical_word(word) or (lex.is_english(word) and _ROLE_NOUN_SHAPE.search(w)))


def _person_shaped(name: str) -> bool:
    """A name found by shape alone: no team or hospital word, no eponym, not a known place."""
    words = [_word(w) for w in re.findall(rf"[{_U}{_L}A-Za-z][{_U}{_L}A-Za-z'’\-]*", name)]
    if any(w in _ORG_WORDS for w in words):
        return False
    return " ".join(words) not in lex.us_places()


_MAILBOX = re.compile(r"^([A-Za-z]{3,})[._\-]([A-Za-z]{3,})\d*@")
_MAILBOX_WORDS = frozenset(
    [
        "info",
        "admin",
        "support",
        "noreply",
        "contact",
        "records",
        "scheduling",
        "appointments",
        "referrals",
        "billing",
        "office",
        "clinic",
        "help",
        "desk",
        "team",
        "mail",
        "portal",
        "nurse",
        "triage",
        "front",
        "intake",
        "results",
        "reports",
        "dept",
    ]
)


def _mailbox_names(email: str) -> list[str]:
    """ "dwayne.nakagawa53@..." -> ["Dwayne", "Nakagawa"]: a given.family mailbox names a person."""
    m = _MAILBOX.match(email)
    if m is None:
        return []
    words = [m.group(1).lower(), m.group(2).lower()]
    if any(lex.is_common(w) or w in _ORG_WORDS or w in _MAILBOX_WORDS for w in words):
        return []
    return [w.capitalize() for w in words]


# A name token worth looking for again elsewhere in the same text (not an initial, not a particle).
_NAME_TOKEN = re.compile(rf"[{_U}][{_L}A-Za-z'’\-]{{2,}}|[{_U}]{{3,}}")


# A chat line: an optional "[5:35 AM]" stamp, then a speaker of up to four words and a colon.
_SPEAKER_LINE = re.compile(
    rf"^(?:[ \t]*\[[^\]\n]{{1,24}}\][ \t]*)?(?P<s>[{_U}{_L}][{_U}{_L}'’\-]*"
    rf"(?:[ \t]+(?:[A-Z]\.|[{_U}{_L}][{_U}{_L}'’\-]*)){{0,3}})[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_SPEAKER_TOKEN = re.compile(rf"[{_U}{_L}][{_U}{_L}'’\-]{{2,}}")
# Who speaks in a thread without being named: roles, not people.
_CHAT_ROLES = frozenset(
    str.split(
        """
    rn md np pa do tech nurse pt patient clinic specialist caller agent doctor dr me staff system bot
    dispatcher parent mom dad admin support user operator provider pharmacist coach member guest visitor
    unknown host moderator team desk front triage crew medic unit base control
    chw cna lpn msw sw aide hha cm navigator advocate volunteer peer scheduler coordinator interpreter
    interp rep representative
    """
    )
)


def _speaker_is_person(label: str) -> bool:
    """A chat speaker's label names a person: every word a given name, a census name, a name-shaped
    word or an initial; no role ("rn", "tech"), no English word that is nobody's name ("Plan")."""
    for word in label.split():
        key = _word(word)
        if re.fullmatch(r"[A-Z]\.", word):
            continue
        if key in _CHAT_ROLES or key in _ORG_WORDS or len(key) < 2:
            return False
        given = key in lex.first_names() or key in lex.NAME_WORDS
        if lex.is_english(word) and not given:
            return False
        if not (given or key in lex.census_names() or lex.name_shaped(word[:1].upper() + word[1:])):
            return False
    return True


# A signer's initials after a signing word (a laboratory's, a pharmacy's or a ward's sign-off: "Logged by: RVS",
# "drawn by MYP;", "RPh KNM", "Tech CRM", "Initials VH", "read-back: YES (PFW)"): ``_signed_initials``.
# Two or three capitals as a token, or two such tokens in a slash ("DV/NL"); not before a capitalised word, one
# blank between ("signed by POA Grace Moreau", "Reviewed by QPS October 21": a role's or a body's letters).
_INITIALS_AT = re.compile(
    r"(?<![\w\-])(?P<v>[A-Z]{2,3})(?:/(?P<w>[A-Z]{2,3}))?(?![\w\-]|\.[A-Za-z0-9]|/\w|[ ][A-Z][a-z])"
)
# A verb of signing, counting or handing over, then "by", right before them on their line. "by" alone is not
# enough ("O2 2L by NC.", "arrived by ALS": a route's, a method's, a transport's letters); after "given by" a
# route's letters are no one's ("given by NG/OG", ``_NOT_INITIALS``), a nurse's are ("morphine 2 mg given by JG").
_SIGNING_VERBS = frozenset(
    str.split(
        """
    logged verified reviewed packed exported dictated signed collected drawn checked entered prepared compounded
    witnessed counted received released recorded completed printed filled dispensed transcribed performed
    accessioned resulted initialed initialled screened documented scanned labeled labelled read called given
    administered
    """
    )
)
# A signer's own word right before them; not a verb that takes an object ("prep CHG", "chk VS", "Verified NKA",
# "signed DNR": an order's letters).
_SIGNER_WORDS = frozenset(
    ["initials", "initialed", "initialled", "rph", "tech", "phleb", "phlebotomist", "witness", "scribe"]
)
# A date's or a time's word between a signing verb and its "by": "8/3/26", "1255", "2:47", "PM", "16-Oct-26".
_WHEN_WORD = re.compile(r"[\d/:.\-]+|(?i:[ap]\.?m\.?|[0-3]?\d-[a-z]{3}-\d{2,4}),?")
_READ_BACK_OPEN = re.compile(r"(?i:read[ \-]?back)[^\n()]{0,24}\($")
# After a verb and "by", the initials end their clause or their field ("drawn 8/3/26 1255 by MYP;", "Logged by: RVS
# Reviewed: ...", "verified by ICH (I. Haddad, ...)", "by KVX 09/13"), never a phrase ("performed by IR under CT").
# ("Received by: KR at 12:27")
_SIGNER_END = re.compile(r"[.;,)]|[ \t]*(?:\n|$)|[ \t]{2}|[ \t]+(?:\(|\d|/|\||at[ \t]+\d)")
# Letters a clinical text uses for a role, a place, a route, a method, a form or a unit, never initials.
_NOT_INITIALS = frozenset(
    str.split(
        """
    MD DO RN NP PA LPN LVN CNA RPH EMS ICU CCU CT MRI PET PCR IV PO IM SC SQ ED ER OR US EKG ECG EEG ABG NGS IHC
    LIS LAB QC QA HR CDC FDA DEA CMS EHR EMR API SMS ID AM PM UPS DHL FAX PRN BID TID QID QD HS AC PC NPO CBC BMP
    CMP PT INR PTT TSH LFT UA CSF BAL FNA GI GU OB ENT PCP SNF LTC HHA PHI MAR ADC RX DX HX TX SX FX CC ML MG KG
    OK NA ND NR NT TBD TNP QNS UNK LOT REF SN MT CLS MLS MLT HT PBT AMT CAP HL ORU ADT VPN IT IS TO NO ON IN AT OF
    BY AN AS BE IF ME MY SO UP WE GO HE OX AX PH DR MS MR MRS SR JR II III IV VI VII IX XI XII USA UK EU NYC LA DC
    ENG SPA FR DE ALL ANY NEW OLD YES NOT AND THE FOR END RRT RT OT SLP ST PTA ACC MRN DOB SSN NPI DL VIN UDI IP URL
    OCR AOP CDL POA GC QPS VC PRC CMO CNO CEO CFO HIM ROI SW CM UR CDI NC SL PR IVP MDI PCA ISE POC EIA WB VP IR IRB
    CVS NG OG POV ALS BLS CHG NS TPN CBG VS NKA DNR MTM LR IO TTE TEE EUS PIV CVC ART ABX GCS ESI BP HIV HCV HBV
    RSV COV DOT DOH DHS SSA VA IHS CPT NDC LCD NCD EOB ERA EFT ACH PEG GT NJ GJ JT NGT OGT ETT
    PCT CN CMA EMT NRB HHN SVN RCP PCU BB VNA CPS APS EP MFM CVI TF PEJ CVL TLC OME IDT MDT CRT PGY HUC DAX
    """
    )
)


def _signed_by(text: str, start: int, end: int) -> bool:
    """Whether signing words stand right before ``text[start:end]`` on its line: a signer's word
    (``_SIGNER_WORDS``), a read-back's bracket, or a signing verb and "by" with the clause or field ending after."""
    line = text[max(0, start - 48) : start]
    line = line[line.rfind("\n") + 1 :]
    if line.endswith("("):
        return _READ_BACK_OPEN.search(line) is not None  # "read-back: YES (PFW)"
    words = line.rstrip(" \t:#").split()
    if not words or line[-1:] not in (" ", "\t", ":", "#"):
        return False
    last = words[-1].lower().rstrip(":#")
    if last in _SIGNER_WORDS:
        # a scribe's are three letters ("scribe NFK"; not an ambient scribe's product, "scribe DAX", nor a role's)
        return last != "scribe" or end - start == 3
    if last != "by" or _SIGNER_END.match(text, end) is None:
        return False
    # the verb, past the date and the time it was done at ("drawn 8/3/26 1255 by MYP", "Collected 10/18/2026 2:47 PM
    # by AWL")
    before = words[:-1]
    while before and _WHEN_WORD.fullmatch(before[-1]):
        before.pop()
    # (after a date or a time, three letters: "drawn 0600 by PCT" names a role as often as a person with two)
    timed = len(before) < len(words) - 1
    return (
        bool(before) and before[-1].lower().rstrip(":,") in _SIGNING_VERBS and (not timed or end - start == 3)
    )


def _signed_initials(text: str) -> list[PhiFinding]:
    """The initials of whoever signed, counted, checked or read back (``_INITIALS_AT`` after ``_signed_by``):
    never an acronym a clinical text uses for a method, a place or a role (``_NOT_INITIALS``, the lexicon's
    words: "confirmed by PCR", "seen by EMS")."""
    out = []
    for match in _INITIALS_AT.finditer(text):
        if not _signed_by(text, match.start(), match.end()):
            continue
        for group in ("v", "w"):
            value = match.group(group)
            if value is None or value in _NOT_INITIALS or lex.is_common(value) or lex.is_english(value):
                continue
            start, end = match.span(group)
            out.append(PhiFinding(T.NAME, start, end, value, 0.6, "rule"))
    return out


def with_signed_initials(
    text: str, before: Sequence[PhiFinding], after: list[PhiFinding]
) -> list[PhiFinding]:
    """``after`` (the classifier's review of ``before``) with the signed initials of ``before`` it dropped put
    back: the signing word says what they are, and initials are too rare in its training to be judged."""
    dropped = [
        f for f in before if f.type is T.NAME and len(f.text) <= 3 and f.text.isupper() and f not in after
    ]
    if not dropped:
        return after
    signed = {(f.start, f.end) for f in _signed_initials(text)}
    return _with_gaps(after, [f for f in dropped if (f.start, f.end) in signed])


# A postcode abroad by its own shape: Ireland's Eircode, the UK's and Canada's postcodes; Australia's four digits after
# its state's letters ("Sydney NSW 2000").
_POSTCODE_ABROAD = re.compile(
    rf"(?:[AC-FHKNPRTV-Y]\d{{2}}|D6W)[ ]?[0-9AC-FHKNPRTV-Y]{{4}}|[A-Z]{{1,2}}\d[A-Z\d]?[ ]\d[A-Z]{{2}}|{_CA_POSTCODE}"
)
_AU_STATE_BEFORE = re.compile(rf"\b(?:{_AU_STATES})[ \t]+\Z")


def with_shapes_kept(text: str, before: Sequence[PhiFinding], after: list[PhiFinding]) -> list[PhiFinding]:
    """``after`` (the classifier's review of ``before``) with the findings of ``before`` it dropped put back where
    their shape and place say what they are: a postcode abroad (the classifier, which has seen few, vetoes an Eircode
    or an Australian postcode as a code: ``_POSTCODE_ABROAD``) and a device's lot written right before its serial
    (``_LOT_BEFORE_SERIAL``: it vetoes a lot as a stock item's)."""
    dropped = [f for f in before if f not in after and _shape_says(text, f)]
    return _with_gaps(after, dropped) if dropped else after


def _shape_says(text: str, f: PhiFinding) -> bool:
    if f.type is T.LOCATION:
        return bool(
            _POSTCODE_ABROAD.fullmatch(f.text)
            or (
                len(f.text) == 4
                and f.text.isdigit()
                and _AU_STATE_BEFORE.search(text, max(0, f.start - 8), f.start)
            )
        )
    if f.type is T.DEVICE_ID:
        lot = _LOT_BEFORE_SERIAL.search(text, max(0, f.start - 12), f.end + 64)
        if lot is not None and lot.span("v") == (f.start, f.end):
            return True
        return any(
            after.span("v") == (f.start, f.end)
            and not _VACCINE_WORD.search(text, max(0, after.start() - 48), after.start())
            for after in _SERIAL_THEN_LOT.finditer(text, max(0, f.start - 64), f.end)
        )
    return False


def _chat_speakers(text: str) -> list[PhiFinding]:
    """The speakers of a chat or text thread ("will: hi its me again", "Rose: 4 cm now"): the labels of
    lines, where at least two labels each open two lines or more (a form's labels open one each)."""
    lines = [(m.group("s"), m.start("s"), m.end("s")) for m in _SPEAKER_LINE.finditer(text)]
    if len(lines) < 4:
        return []
    counts: dict[str, int] = {}
    for label, _, _ in lines:
        counts[label] = counts.get(label, 0) + 1
    if sum(1 for n in counts.values() if n >= 2) < 2:
        return []
    people = {label for label in counts if _speaker_is_person(label)}
    return [
        PhiFinding(T.NAME, start, end, label, 0.6, "rule") for label, start, end in lines if label in people
    ]


def _element_fields(form: str) -> Iterator[PhiFinding]:
    """Each leaf XML element's value, read by the rules after its name as a label ("<RegistryId>IIS21</RegistryId>"
    is read as "Registry Id: IIS21"): what they find in the value, at its place in ``form``."""
    for element in phi_markup.LEAF_ELEMENT.finditer(form):
        if not phi_markup.read_as_label(element.group("tag")):
            continue
        label = phi_markup.tag_words(element.group("tag")) + ": "
        shift = element.start("v") - len(label)
        for f in _first_pass(label + element.group("v"), True):
            if f.start >= len(label):
                yield PhiFinding(f.type, f.start + shift, f.end + shift, f.text, 0.85, "field")


# A biometric template's ID after its anchor ("template", "tmpl", "template_id", "enrolled print", "enrollment
# as"), with a biometric word earlier on its line, however far: "Palm-vein scan at triage found no match to
# template PALM07651417", "face-match 0.993 on template FT-5518f3b8", "biometric.face_template_id: FT-371f2e06",
# "voiceprint match 0.97 against enrolled print VOX056119574". Three digits or more in the ID ("v2.1" is none).
# Also an access log's cell after a modality's ("...,finger,fpx:ee0cebd729f76d03,GRANT", "|iris|IR-5521907|").
_TEMPLATE_ANCHOR = re.compile(
    r"(?:(?i:template(?:[ _]?id)?|tmpl|enrolled[ \t]+print|enrol(?:l?ment)?[ \t]+(?:as|ref(?:erence)?)|scan[ \t]+id)[ \t]*(?:[:=#][ \t]*)?"
    r"|(?<=[,|\t])(?P<cell>(?i:finger|face|iris|voice|palm|retina|vein))[,|\t])"
    r"(?P<v>(?:TCN[ \t])?(?:[A-Za-z]{1,8}[:_\-/#])?(?=(?:[A-Za-z\-]*\d){3})[A-Za-z0-9](?:[A-Za-z0-9]|[\-_](?=[A-Za-z0-9])){5,24}"
    rf"|{_BIOMETRIC_PREFIXED})"
    r"(?![\w\-]|\.\w)"
)
_TEMPLATE_CHEAP = re.compile(r"(?i:templ|tmpl|enrol|[,|\t](?:finger|face|iris|voice|palm|retina|vein)[,|\t])")
_BIOMETRIC_WORD = re.compile(
    r"(?i:\b(?:palm[ \t\-_]?(?:vein|scan|print|verify)|(?:finger|thumb|voice|foot|palm)[ \t\-]?prints?|vprint|"
    r"fac(?:e|ial)[ \t\-_]?(?:match|map|template|recognition|scan|id)|facemap|iris[ \t\-_]?(?:scan|match|template|id)|"
    r"retina(?:l)?[ \t\-_]?scan|voice[ \t\-_]?(?:biometric|match|verification|enrol\w*|callback|id)|biometrics?|liveness)\b)"
)
_ACCESS_LINE = re.compile(
    r"(?i:\b(?:grant(?:ed)?|den(?:y|ied)|access|door|vault|auth\w*|login|unlock|match(?:ed)?)\b)"
)


def _line_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The start and end of the line around ``text[start:end]``, at most ``reach`` characters each side: a
    rule that reads a whole line for each match is quadratic on one long line."""
    line_start = max(text.rfind("\n", max(0, start - reach), start) + 1, start - reach, 0)
    line_end = text.find("\n", end, end + reach)
    return line_start, min(len(text), end + reach) if line_end < 0 else line_end


def _biometric_templates(text: str) -> Iterator[PhiFinding]:
    for m in _TEMPLATE_ANCHOR.finditer(text):
        line_start, line_end = _line_around(text, m.start(), m.end(), 200)
        if m.group("cell") is not None:
            biometric = _ACCESS_LINE.search(text, line_start, line_end)
        else:  # on its line or the line before ("...fingerprint time clock ...;\n HR can delete my template X")
            before = text.rfind("\n", 0, max(0, line_start - 1)) + 1 if line_start > 0 else line_start
            biometric = _BIOMETRIC_WORD.search(text, max(before, line_start - 200), m.start("v"))
        if biometric:
            yield PhiFinding(T.BIOMETRIC, m.start("v"), m.end("v"), m.group("v"), 0.85, "rule")


def _may_hold_templates(text: str) -> bool:
    return _TEMPLATE_CHEAP.search(text) is not None


# The readers of structured fields after HL7 and tables: (a cheap test that the text may hold their
# structure, the reader).
_FIELD_READERS: tuple[tuple[Callable[[str], bool], Callable[[str], Iterator[PhiFinding]]], ...] = (
    (phi_hl7.has_carets, phi_hl7.caret_names),
    (phi_x12.has_segments, phi_x12.x12_findings),
    (phi_ncpdp.has_fields, phi_ncpdp.ncpdp_findings),
    (phi_dicom.has_attributes, phi_dicom.dicom_findings),
    (phi_astm.has_records, phi_astm.astm_findings),
    (phi_markup.has_markup, phi_markup.markup_findings),
    (_may_hold_templates, _biometric_templates),
    (phi_mrz.has_zone, phi_mrz.mrz_findings),
)


# A date in a file's or an export's name ("care_gap_outreach_20260301.csv", "scan_2025-11-04_0932.pdf"): after an
# underscore, a word character, so the engine (which starts no branch after one) does not read it.
_FILE_DATE = re.compile(
    r"(?<=[A-Za-z]_)(?:19|20)\d\d(?P<s>-?)(?:0[1-9]|1[0-2])(?P=s)(?:0[1-9]|[12]\d|3[01])(?=[_.\-][A-Za-z0-9]|\b)"
)


# An address's town, state and ZIP as components of a caret-delimited field in any segment, a site's own as well as
# HL7's ("29696 Calle Ocho Road^Friendship^NM^87873", "...^New Caldera^Kentucky^01824"): the town and the ZIP.
_CARET_TOWN_ZIP = re.compile(
    rf"(?<=\^)(?P<town>[A-Z][A-Za-z.'’\-]+(?:[ ][A-Z][A-Za-z.'’\-]+){{0,3}})\^(?:{_STATES}|{_STATE_NAMES})\^"
    rf"(?P<zip>\d{{5}}(?:-\d{{4}})?)(?=[\^|~\s]|$)"
)


# A relative's age at death after the place they died ("grandmother died in Hội An at 90"), read where the rules
# found nothing, so the place keeps its own finding.
_DEATH_AGE = re.compile(
    r"(?<![\w])(?i:(?:great[ \t\-])?grand(?:mother|father|ma|pa)|mother|father|aunt|uncle|sister|brother|husband|wife|"
    r"spouse)[ \t]+(?i:died|passed[ \t]+away)[ \t]+in[ \t]+[^\n,;.()]{1,30}?[ \t]+at[ \t]+(?P<age>9\d|1[01]\d)(?![\d:%/]|\.\d)"
)


def _matched(
    pattern: re.Pattern[str], text: str, phi_type: PhiType, group: int | str = 0, score: float = 0.8
) -> list[PhiFinding]:
    """A ``phi_type`` finding for each match of ``pattern`` in ``text``: its ``group`` (a relative's age at death, a
    masked SSN, a device's lot before its serial: the passes of ``run_rules`` that one pattern makes)."""
    return [
        PhiFinding(phi_type, m.start(group), m.end(group), m.group(group), score, "rule")
        for m in pattern.finditer(text)
    ]


# A social security number masked but for its last four ("Recipient Siobhan Kaur (XXX-XX-6992)", "Last 4: ***-**-1405"):
# the shape is the SSN's alone, with or without a label (every one in the planted sets is one).
_MASKED_SSN = re.compile(r"(?<![\w*#])(?:XXX|xxx|\*{3}|\#{3})-(?:XX|xx|\*{2}|\#{2})-\d{4}(?![\w\-])")


# A device lot's code: five to twenty-two letters, digits and inner dashes, a digit among them.
_LOT_VALUE = r"(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]{3,20}[A-Za-z0-9](?![\w\-])"
# A serial's word and its code ("serial 80326114-303", "S/N: SN20571358", "sn SN931583885"): where a device's lot
# stands beside it, the lot is that device's (_LOT_BEFORE_SERIAL, _SERIAL_THEN_LOT).
_SERIAL_CODE = rf"(?i:serial(?:[ \t]+(?:no\.?|number|\#))?|s/n|sn)[ \t]*(?:[:\#][ \t]*)?{_LOT_VALUE}"
# What leads a device's lot after its serial's code: ", lot", "; Lot #", " lot no.:"
_LOT_TAIL = r"(?:[ \t]*[,;])?[ \t]+(?i:lot)(?:[ \t]*(?:\#|no\.?|number))?[ \t]*(?::[ \t]*)?"
# The lot of a device written right before its serial ("New device lot LOT01607, serial 7344192920", "Mirena - LOT
# LOT99549, S/N SN20571358"): that one implant's lot, as a lot after its serial is (_LOT_AFTER_SERIAL).
_LOT_BEFORE_SERIAL = re.compile(
    rf"(?<![\w])(?i:lot)[ \t]*(?:(?:\#|no\.?)[ \t]*)?(?::[ \t]*)?(?P<v>{_LOT_VALUE})[ \t]*,?[ \t]+"
    # the serial's own code after its word (not "serial dilution 1:10", "SN 1:4")
    rf"{_SERIAL_CODE}(?!:)"
)


def _caret_places(text: str) -> Iterator[PhiFinding]:
    for m in _CARET_TOWN_ZIP.finditer(text):
        for part in ("town", "zip"):
            yield PhiFinding(T.LOCATION, m.start(part), m.end(part), m.group(part), 0.8, "field")


# A camera's file name ("IMG_20241027_134943.jpg") is a photograph's, which the scanner reads whole (PHOTO).
_PHOTO_FILE_END = re.compile(r"[\w\-]*\.(?i:jpe?g|png|heic|heif|gif|tiff?|bmp|webp|mp4|mov|avi|dcm)\b")


def _file_dates(text: str) -> Iterator[PhiFinding]:
    for m in _FILE_DATE.finditer(text):
        if not _PHOTO_FILE_END.match(text, m.end()):
            yield PhiFinding(T.DATE, m.start(), m.end(), m.group(), 0.8, "rule")


# A name written in its own script inside a text in the Latin one ("Khalid Ahmad Nasrallah (خالد أحمد نصر الله)",
# "Native: Бондаренко Оксана Іванівна", 'signed in Amharic as "ሕይወት ዮናስ"', "Cho Sung-min / 조성민"): a run of one to
# five words of Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Myanmar, Georgian, Ethiopic, Khmer, Japanese,
# Chinese or Korean letters, not part of a longer run, in a text mostly written in Latin letters. Such a short run
# there is a person's name (or a place's) far more often than anything else: a translated paragraph is a longer run,
# and a text written in that script is not read so.
_NATIVE_LETTERS = (
    "\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0530-\u058f\u0591-\u05f4\u0610-\u061a\u0620-\u065f\u066e-\u06d3"
    "\u06d5-\u06ff\u0750-\u077f\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0-\u09f1\u0a00-\u0a63\u0a70-\u0a7f"
    "\u0a80-\u0ae3\u0b80-\u0be3\u0c00-\u0c63\u0e00-\u0e4e\u1000-\u103f\u10a0-\u10ff\u1100-\u11ff\u1200-\u135f"
    "\u1780-\u17d3\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
)
_NATIVE_WORD = f"[{_NATIVE_LETTERS}]{{1,20}}"
_NATIVE_RUN = re.compile(
    rf"(?<![\w{_NATIVE_LETTERS}])(?<![{_NATIVE_LETTERS}][ \u00a0])({_NATIVE_WORD}(?:[ \u00a0\u200c\u200d]{_NATIVE_WORD}){{0,4}})"
    rf"(?![\w{_NATIVE_LETTERS}])(?![ \u00a0]+[{_NATIVE_LETTERS}])"
)
_ANY_NATIVE = re.compile(f"[{_NATIVE_LETTERS}]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NATIVE_SHARE = 0.35  # at most this share of the text's letters in other scripts


def _native_script_names(text: str) -> Iterator[PhiFinding]:
    if _ANY_NATIVE.search(text) is None:  # (the caller reads only a text that is not ASCII)
        return
    native = len(_ANY_NATIVE.findall(text))
    if native > _NATIVE_SHARE * (native + len(_LATIN_LETTER.findall(text))):
        return  # a text in that script: its words are not read as names one by one
    for m in _NATIVE_RUN.finditer(text):
        # (two letters at least: not a letter used as a symbol, "HbS/β+-thal", a beta blocker written with its Greek letter)
        if len(m.group(1)) >= 2:
            yield PhiFinding(T.NAME, m.start(1), m.end(1), m.group(1), 0.7, "rule")


# A system user's code made of a first initial and a surname, after the word a screen or a transcript puts
# before it ("USER ZHOLLAND  TERM PHARMACY", "TRANSCRIBED 30-AUG-1989 / MT HBANKS"): a person's name.
_USER_CODE = re.compile(
    r"(?<![\w])(?:USER|USERID|MT|OPER|OPERATOR|CLERK|TYPIST)[ \t]*(?:[:=][ \t]*)?([A-Z]([A-Z]{3,14}))(?![\w\-])"
)


def _user_codes(text: str) -> Iterator[PhiFinding]:
    for m in _USER_CODE.finditer(text):
        if m.group(2).lower() in lex.surnames() and not lex.is_common(m.group(1).lower()):
            yield PhiFinding(T.NAME, m.start(1), m.end(1), m.group(1), 0.7, "rule")


def _covered(findings: Iterable[PhiFinding], length: int) -> bytearray:
    """One byte per character of the text, 1 where a finding covers it: a span is then checked against
    every finding at once (``mask.find(1, start, end) < 0``: nothing covers it), where checking it against
    each finding was quadratic in a long text."""
    mask = bytearray(length)
    for f in findings:
        _cover(mask, f.start, f.end)
    return mask


def _cover(mask: bytearray, start: int, end: int) -> None:
    mask[start:end] = b"\x01" * (end - start)


def run_rules(text: str, dictionaries: bool = True, structure: str | None = None) -> Iterator[PhiFinding]:
    """Scan ``text`` once, then once more for the words of the names found; in order, never overlapping.

    A name found with a cue ("Patient: Ngozi Okonjo") is a name wherever it recurs in the same
    text ("Okonjo tolerated the procedure"), cue or not. ``dictionaries=False`` skips the name and
    place lookups of capitalised words (for the bench). ``structure`` is the text as written, of the same
    length, when ``text`` is a copy with spaces put in (``phi.with_breaks``): the readers of structured
    fields (HL7, X12, DICOM, ASTM, CDA and FHIR, tables) read it, since a space put in an XML end tag or
    a segment would break what they read. They are linear in the text's length.
    """
    form = text if structure is None else structure
    assert len(form) == len(text), "structure must be the same text, with only characters replaced"
    found = [
        f
        for f in _first_pass(text, dictionaries)
        if not (f.type is T.NAME and _business_name(text, f))
        # "the Peabody Room": a town's name naming a room, not the town
        and not (f.type is T.LOCATION and f.source == "dictionary" and named_hall(text, f.start, f.end))
    ]
    if phi_hl7.has_segments(form):
        found = _with_fields(found, list(phi_hl7.hl7_findings(form)))
    elif phi_table.has_table(form):  # a code under an "MRN" or "subject" column's header
        found = _with_fields(found, list(phi_table.table_findings(form)))
    for may_hold, read in _FIELD_READERS:  # in order: a later reader's fields replace an earlier one's
        if may_hold(form):
            found = _with_fields(found, list(read(form)))
    if phi_markup.has_elements(form):  # only where nothing was found: the rules' own reading of a value stays
        found = _with_gaps(found, list(_element_fields(form)))
    if "_1" in form or "_2" in form:
        found = _with_gaps(found, list(_file_dates(form)))
    if "^" in form:
        found = _with_fields(found, list(_caret_places(form)))
    if "X-" in form or "x-" in form or "*-" in form or "#-" in form:
        found = _with_fields(found, _matched(_MASKED_SSN, form, T.SSN, score=0.9))
    if "lot" in form or "LOT" in form or "Lot" in form:
        found = _with_gaps(found, _matched(_LOT_BEFORE_SERIAL, form, T.DEVICE_ID, "v"))
    if " died in " in form or " passed away in " in form:
        found = _with_gaps(found, _matched(_DEATH_AGE, form, T.AGE, "age"))
    if not form.isascii():
        found = _with_gaps(found, list(_native_script_names(form)))
    if "USER" in form or "MT " in form or "OPER" in form or "CLERK" in form or "TYPIST" in form:
        found = _with_gaps(found, list(_user_codes(form)))
    found = _with_recurrences(text, found)
    speakers = _chat_speakers(text) if dictionaries and ":" in text else []
    signed = _signed_initials(text) if dictionaries else []
    if signed:
        found = _with_gaps(found, signed)
    if speakers:
        found = _with_gaps(found, speakers)
    tokens = {
        t.group()
        for f in found
        if f.type is T.NAME
        for t in _NAME_TOKEN.finditer(f.text)
        if not lex.is_common(t.group()) and t.group().lower() not in _PARTICLE_SET
    }
    tokens |= {w for f in found if f.type is T.EMAIL for w in _mailbox_names(f.text)}
    tokens |= {  # a chat's speaker wherever the thread names them ("thank you Summer", "hi inés!")
        t.group()
        for f in speakers
        for t in _SPEAKER_TOKEN.finditer(f.text)
        if t.group().lower() not in lex.FUNCTION_WORDS and t.group().lower() not in _CHAT_ROLES
    }
    if not tokens:
        yield from found
        return
    extra: list[PhiFinding] = []
    taken = _covered(found, len(text))  # a recurrence is checked in its own length
    # a name written in capitals recurs in running text as written ("RE: BEGAY, JORDAN ... Jordan underwent")
    # (not a common word: "HOPE, WILL" does not recur as "hope" and "will"; "Chase the potassium" is the price)
    cased = {t.upper() for t in tokens} | {
        t.title() for t in tokens if t.isupper() and not lex.is_common(t.lower())
    }
    for token in sorted(tokens | cased, key=len, reverse=True):
        start = text.find(token)
        while start >= 0:  # str.find: a few tokens per text, far cheaper than a compiled pattern
            end = start + len(token)
            if (
                _is_word_at(text, start, end)
                and not _EPONYM_AFTER.match(text, end)
                and taken.find(1, start, end) < 0
            ):
                extra.append(PhiFinding(T.NAME, start, end, token, 0.6, "rule"))
                _cover(taken, start, end)
            start = text.find(token, end)
    if extra and "^" in text:
        extra = _caret_names(text, extra)
    yield from sorted([*found, *extra], key=lambda f: f.start) if extra else found


_CARET_INITIAL = re.compile(r"\^[A-Z](?![\w])")


def _caret_names(text: str, extra: list[PhiFinding]) -> list[PhiFinding]:
    """A name's words recurring as one HL7 name elsewhere in the message ("STORY^AUSTIN^H" in another
    segment than the one read): one finding from its family name to its initial."""
    out: list[PhiFinding] = []
    for f in sorted(extra, key=lambda f: f.start):
        last = out[-1] if out else None
        if last is not None and last.end + 1 == f.start and text[last.end] == "^":
            out[-1] = replace(last, end=f.end, text=text[last.start : f.end])
        else:
            out.append(f)
    for i, f in enumerate(out):
        if "^" in f.text and (initial := _CARET_INITIAL.match(text, f.end)):
            out[i] = replace(f, end=initial.end(), text=text[f.start : initial.end()])
    return out


# An identifier found once (by its label, its field, its shape) is the same identifier wherever its value
# recurs in the text: "PID|1||E1201709" and then 'specimen labelled "E1201709"', a wristband's MRN
# again as its barcode's payload. Only values of six characters or more with four digits or more: a
# short number recurs by chance (a dose, a count).
_RECURRING = frozenset(
    {
        T.PHONE,
        T.FAX,
        T.SSN,
        T.MRN,
        T.HEALTH_PLAN_ID,
        T.ACCOUNT,
        T.LICENSE,
        T.VEHICLE_ID,
        T.DEVICE_ID,
        T.BIOMETRIC,
        T.PHOTO,
        T.OTHER_ID,
    }
)
_FOUR_DIGITS = re.compile(r"(?:\D*\d){4}")


_FIND_EACH = 16  # up to this many values, each is looked for with str.find: a pass in C per value
# A value's token: letters and digits, inner dashes, slashes and dots (what _RECURRING's values look like).
_VALUE_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-/.]*[A-Za-z0-9])?")
_TOKEN_CUT = re.compile(r"[./]")


# A login or user id made from a person's name, as health systems issue them ("sadeyemi" for Sunny Adeyemi,
# "schmja78" for Jae-won Schmidt, "CHURCW2" for Wei Church, "fsalazar" for SALAZAR, FAITH): the given name's
# initial and the family name's first letters, or the family name's first three to five letters and the given
# name's first one or two, then at most three digits, in one case. Only ids of a name found in the same text are
# read, so an audit log's user column and its names column agree.
_LOGIN_TOKEN = re.compile(
    r"(?<![\w@.\-/])([a-z]{3,10}|[A-Z]{3,10})(\d{0,3})(?![\w@\-]|\.\w)"
)  # letters, digits
_LOGIN_WORD = re.compile(rf"[{_U}{_L}][{_U}{_L}'’\-]*")


@lru_cache(maxsize=4096)
def _login_stems(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The letters a login id made from ``name`` may have (``_LOGIN_TOKEN``), lower case and unaccented: those an id
    with digits after them may have ("schmja78", "CHURCW2"), and the fewer an id of letters alone may have, the
    given name's initial and the whole family name or five letters of it ("sadeyemi", "bhill"; not "cath" for
    Carla Atherton, "norco" for Colin Norris, "pulm" for Mary Pulaski)."""
    words = [_ascii_letters(w) for w in _LOGIN_WORD.findall(name)]
    words = [w for w in words if len(w) > 1]
    if len(words) < 2:
        return frozenset(), frozenset()
    if "," in name:  # "Little, Nalani F.": the family name first
        family_words = [_ascii_letters(w) for w in _LOGIN_WORD.findall(name.split(",", 1)[0])]
        pairs = [
            (words[len(family_words)] if len(words) > len(family_words) else words[-1], "".join(family_words))
        ]
    else:
        pairs = [(words[0], "".join(words[1:])), (words[0], words[-1])]
    stems: set[str] = set()
    bare: set[str] = set()
    for given, family in pairs:
        if not given or len(family) < 2:
            continue
        stems.update(given[0] + family[:k] for k in range(min(3, len(family)), len(family) + 1))
        bare.update(given[0] + family[:k] for k in range(min(5, len(family)), len(family) + 1) if k + 1 >= 5)
        for k in range(min(3, len(family)), min(5, len(family)) + 1):
            stems.update(family[:k] + given[:m] for m in (1, 2))
    return frozenset(stem for stem in stems if len(stem) >= 3), frozenset(bare)


# Letters NFKD does not decompose, as a login writes them ("Łukasz Żółkowski" is "lzolkowski").
_LOGIN_LETTERS = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "ß": "ss",
        "Æ": "Ae",
        "æ": "ae",
        "Đ": "D",
        "đ": "d",
        "Þ": "Th",
        "þ": "th",
        "Œ": "Oe",
        "œ": "oe",
    }
)


def _ascii_letters(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.translate(_LOGIN_LETTERS))
    return "".join(c for c in folded if c.isascii() and c.isalpha()).lower()


def _login_ids(text: str, names: list[PhiFinding]) -> list[PhiFinding]:
    """OTHER_ID for each login id (``_LOGIN_TOKEN``) made from one of the ``names`` found in ``text``: a stem
    (``_login_stems``) and digits ("LEG7" for Grant Le), or the given name's initial and the family name alone, in
    lower case (``_login_word_kept``)."""
    stems: set[str] = set()
    bare: set[str] = set()
    for i, f in enumerate(names):
        with_digits, alone = _login_stems(f.text)
        stems |= with_digits
        bare |= alone
        # a name found in two pieces ("Jae-won" and "C. Kowalski") is one person's
        if i + 1 < len(names) and not text[f.end : names[i + 1].start].strip():
            with_digits, alone = _login_stems(text[f.start : names[i + 1].end])
            stems |= with_digits
            bare |= alone
    if not stems:
        return []
    # most texts hold no id of any name: a substring test each, in C
    lower = text.lower()
    if not any(stem in lower for stem in stems):
        return []
    # the tokens' letters and digits at C speed first; a match object only for a token that is a stem
    wanted = {
        letters + digits
        for letters, digits in _LOGIN_TOKEN.findall(text)
        if letters.lower() in (stems if digits else bare) and (digits or _login_word_kept(letters))
    }
    if not wanted:
        return []
    return [
        PhiFinding(T.OTHER_ID, m.start(), m.end(), m.group(), 0.6, "rule")
        for m in _LOGIN_TOKEN.finditer(text)
        if m.group() in wanted
    ]


def _login_word_kept(letters: str) -> bool:
    """A login of letters alone: in lower case ("BIBA" is brought in by ambulance), and no word, name, drug or
    clinical word of the lexicon."""
    if not letters.islower():
        return False
    return not (
        lex.is_common(letters)
        or lex.is_english(letters)
        or letters in lex.census_names()
        or lex.medical_word(letters)
    )


# A person's own code in brackets right after their name ("Chelsea D'Amico (u098779)", "Released by I.H. Ahmed
# (0756855)", "Staff ill: Bill Okafor (6318397)"): a staff or user id. Four digits at least, no space; not four digits
# alone (a year, an hour: "Dr. Patel (1430)"), a range of years or hours ("(2019-2020)", "(0700-1900)"), an extension
# ("(x4471)"), a gravida and para ("(G2P1001)") or a quarter ("(Q2-2024)").
_CODE_AFTER_NAME = re.compile(
    r"[ \t]*\([ \t]*(?P<v>(?!\d{4}\))(?!\d{1,4}[\-–]\d{1,4}\))(?![xX]\d)(?!G\d{1,2}P\d)(?!Q[1-4][\-/ ]?(?:19|20)?\d\d\))"
    r"(?=(?:[A-Za-z\-]*\d){4})[A-Za-z0-9][A-Za-z0-9\-]{3,14})[ \t]*\)"
)


# The same code after a name and a separator of a header or a list row, where a record number goes: "William Vu,
# 002371449", "Margaret A. Szabo / M-1850-326 / 5/8/43", "HORVATH, FAITH / 901 058 72 /". Five digits or more, the
# cell's end after it (a bar may end it); not a date (a compact one either way round), shift hours or a span of years
# ("0700-1900", "2024-2025"), a local phone, or a CSV cell (a comma with no space). A bar before the code is no
# separator here: a pipe-delimited row's column may hold a user's id, a cabin or a date of birth.
_CODE_AFTER_NAME_SEP = re.compile(
    r"(?:,[ \t]+|[ \t]*/[ \t]*)(?P<v>(?!(?:19|20)\d\d[\-/.]\d\d?[\-/.]\d\d?)(?!\d\d?[\-/.]\d\d?[\-/.]\d{2,4}(?!\d))"
    r"(?![01]\d[0-3]\d(?:19|20)\d\d(?!\d))(?![0-3]\d[01]\d(?:19|20)\d\d(?!\d))(?!\d{4}-\d{4}(?![\d\-]))(?!\d{3}[ ]\d{4}(?![\d ]))"
    r"(?!\d{3}[\-.]\d{4}(?![\d\-]))(?=(?:[A-Za-z\- ]*\d){5})"
    r"(?:[A-Z]{1,3}-?)?(?:\d{2,4}(?:[ \-]\d{2,4}){1,3}|\d{5,12}))(?=[ \t]*(?:[,/|;]|\n|\Z))"
)


def with_staff_codes(text: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """The findings plus OTHER_ID for each login id made from a name found (``_login_ids``), and each code in
    brackets right after a name (``_CODE_AFTER_NAME``) or after a header's comma or slash (``_CODE_AFTER_NAME_SEP``),
    typed by ``_bracket_code_type``, where nothing was found yet. The scanner adds them after the classifier's
    review, so that the names it found count too."""
    names = [f for f in found if f.type is T.NAME]
    if not names:
        return found
    extra = _login_ids(text, names)
    start = 0  # where the run of names that ends with ``f`` starts ("Odalys" "R. Brenneman" is one person)
    for i, f in enumerate(names):
        if i == 0 or text[names[i - 1].end : f.start].strip():
            start = f.start
        m = _CODE_AFTER_NAME.match(text, f.end) or _CODE_AFTER_NAME_SEP.match(text, f.end)
        if m is not None:
            extra.append(
                PhiFinding(
                    _bracket_code_type(text, start, m.group("v")), *m.span("v"), m.group("v"), 0.6, "rule"
                )
            )
    return _with_gaps(found, extra) if extra else found


# A staff member's word before a name ("Author", "officer", "biomed", "Corrective action by"): the code in brackets
# after it is their employee, badge or user id. Without one, the person is most often the patient, and an
# unlabelled code after a patient's name their record number; an NPI (its shape and check digit) a clinician's licence.
_STAFF_BEFORE = re.compile(
    r"(?<![\w\-])(?i:author|dictated[ \t]+by|transcribed[ \t]+by|officer|trooper|deputy|detective|agent|biomed|tech(?:nician)?|"
    r"employee|staff|user|custodian|witness(?:ed)?(?:[ \t]+by)?|driver|courier|operator|reviewer|investigator|"
    r"released[ \t]+by|action[ \t]+by|entered[ \t]+by|performed[ \t]+by|signed[ \t]+by|approved[ \t]+by|"
    rf"reported[ \t]+by|{_NURSE_WORDS}|by)[ \t:,]+\Z"
)
_NPI_SHAPE = re.compile(r"[12]\d{9}")


def _bracket_code_type(text: str, name_start: int, code: str) -> PhiType:
    if _NPI_SHAPE.fullmatch(code) and npi_check_digit_ok(code):
        return T.LICENSE
    if _STAFF_BEFORE.search(text, max(0, name_start - 30), name_start):
        return T.OTHER_ID
    return T.MRN


def _with_recurrences(text: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """The findings plus each recurrence of an identifier's value that no finding covers yet. A text
    with a few such values (nearly all) looks for each with ``str.find``; one with more reads its tokens
    once and looks each up, so the cost stays linear however many identifiers a text holds (a value with
    a blank in it, "94 070 602", is no token: the first few of those are looked for one by one)."""
    values = {
        f.text: f.type
        for f in found
        if f.type in _RECURRING and len(f.text) >= 6 and _FOUR_DIGITS.match(f.text)
    }
    if not values:
        return found
    taken = _covered(found, len(text))
    extra: list[PhiFinding] = []

    def add(start: int, end: int, phi_type: PhiType) -> None:
        if taken.find(1, start, end) < 0 and _is_word_at(text, start, end):
            extra.append(PhiFinding(phi_type, start, end, text[start:end], 0.7, "rule"))
            _cover(taken, start, end)

    if len(values) <= _FIND_EACH:
        one_by_one = list(values)
    else:
        for token in _VALUE_TOKEN.finditer(text):
            word, at = token.group(), token.start()
            phi_type = values.get(word)
            if phi_type is not None:
                add(at, token.end(), phi_type)
            elif "." in word or "/" in word:  # "LW-3390100.B", "tube 4471208/2": the value before or after
                for cut in _TOKEN_CUT.finditer(word):
                    for piece, offset in ((word[: cut.start()], 0), (word[cut.end() :], cut.end())):
                        if piece in values:
                            add(at + offset, at + offset + len(piece), values[piece])
        one_by_one = [v for v in values if not _VALUE_TOKEN.fullmatch(v)][:_FIND_EACH]
    for value in one_by_one:
        start = text.find(value)
        while start >= 0:
            add(start, start + len(value), values[value])
            start = text.find(value, start + len(value))
    return sorted([*found, *extra], key=lambda f: f.start) if extra else found


def _with_gaps(found: list[PhiFinding], more: list[PhiFinding]) -> list[PhiFinding]:
    """The findings plus those of ``more`` that overlap none of them (nor an earlier one of ``more``)."""
    taken = _covered(found, max((f.end for f in (*found, *more)), default=0))
    extra = []
    for f in more:
        if taken.find(1, f.start, f.end) < 0:
            extra.append(f)
            _cover(taken, f.start, f.end)
    return sorted([*found, *extra], key=lambda f: f.start) if extra else found


def with_row_codes(text: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """The findings plus OTHER_ID for each code-shaped cell, no finding on it yet, of a delimited row with
    a person's name (``phi_table.row_codes``). The scanner adds them last, after the tagger: where the
    tagger typed such a cell (a record number by its shape and neighbours), its type stays."""
    if "|" not in text and "," not in text and "\t" not in text:
        return found
    return _with_gaps(found, list(phi_table.row_codes(text, found)))


# A number that names an organisation, not a person (CONVENTIONS.md, 2026-12-03: Safe Harbor lists the identifiers of
# the individual, relatives, employers and household members): a laboratory's CLIA or CAP number, a pharmacy's NCPDP
# number, its store number or permit, the DEA or NPI of a store, a pharmacy, a facility, a hospital or a group, a 340B
# covered entity's id (not a clinic's, a practice's or a billing NPI or DEA: a solo clinician's own). Its label ends
# where the number starts, with only a "#", a ":" or a "No." between.
_ORG_NUMBER_LABEL = re.compile(
    r"(?<![\w\-])(?:(?i:clia)(?:[ \t]+(?i:waiver|cert(?:ificate)?|id|lab))?|(?-i:CAP)(?:[ \t]+(?i:lab|id))?|"
    r"(?-i:CAP[ \t]*\#)|(?i:ncpdp)(?:[ \t]+(?i:provider))?(?:[ \t]+(?i:id))?|"
    r"(?i:(?:store|pharmacy|pharm|facility|group|organi[sz]ation(?:al)?|org|supplier|hospital|type[ \t]*(?:2|ii))"
    r"[ \t]+(?:dea|npi)(?:[ \t]+reg(?:istration|\.)?)?|(?:pharm|pharmacy|store)[ \t]+id|"
    r"(?:pharmacy|store)[ \t]+permit|store(?=[ \t]*(?:\#|no\b|number))|covered[ \t]+entity(?:[ \t]+id)?|"
    # an EMS agency's number ("bill under agency #EMS-265"), not an agency's case
    r"(?:ems[ \t]+)?agency(?=[ \t]*(?:\#|no\b|number|id\b))|"
    # a study's IRB protocol, a manufacturer's complaint
    r"irb(?:[ \t]+(?:protocol|study|approval))?|manufacturer(?:['’]s)?[ \t]+complaint)|"
    # a laboratory's UKAS accreditation, an NHS organisation's ODS code ("UKAS ref 3029875", "(ODS P89002)")
    r"(?-i:UKAS|ODS)(?:[ \t]+(?i:ref(?:erence)?|code|no\.?))?)"
    r"[ \t]*(?:[:\#=][ \t]*)?(?:(?i:no\.?|number|\#)[ \t]*(?:[:\#][ \t]*)?)?\Z"
)
_ORG_NUMBER_TYPES = frozenset({T.LICENSE, T.OTHER_ID, T.ACCOUNT, T.MRN, T.HEALTH_PLAN_ID, T.DEVICE_ID})


# A survey's deficiency tag, the regulation it cites ("Deficiency Tag A-0749", "F-tag F689", "Tag K-0345").
# Its qualifier, or "Tag" alone starting a sentence or a line ("... in part. Tag A-0749."), not an asset's, a name's
# or a bag's tag ("asset tag A-2231").
_SURVEY_TAG_BEFORE = re.compile(
    r"(?:(?<![\w\-])(?i:deficiency|survey|[fk])[ \t\-]+(?i:tag)|(?:(?<=[.:;][ ])|(?<=[.:;][ ][ ])|(?<=\n)|(?<=\A))Tag)"
    r"[ \t]*(?:[:\#][ \t]*)?\Z"
)
_SURVEY_TAG = re.compile(r"[AEFJKLN]-?\d{3,4}")


def without_organisation_numbers(text: str, found: list[PhiFinding]) -> list[PhiFinding]:
    """The findings less each code right after an organisation's or a study's number label (``_ORG_NUMBER_LABEL``)
    and each survey deficiency tag (``_SURVEY_TAG``), whoever found it: the rules read "NPI", "Tag" or "#" alone,
    and the classifier a label's shape."""
    kept = [
        f
        for f in found
        if f.type not in _ORG_NUMBER_TYPES
        or not (
            _ORG_NUMBER_LABEL.search(text, max(0, f.start - 40), f.start)
            or (
                _SURVEY_TAG.fullmatch(f.text)
                and _SURVEY_TAG_BEFORE.search(text, max(0, f.start - 24), f.start)
            )
        )
    ]
    return found if len(kept) == len(found) else kept


def _with_fields(found: list[PhiFinding], fields: list[PhiFinding]) -> list[PhiFinding]:
    """The findings with a structured field's (HL7, X12, DICOM, ASTM, CDA/FHIR, a table's column) in place
    of any they overlap: its position says what it is."""
    if not fields:
        return found
    # The characters the fields cover, once: checking each finding against each field was quadratic in
    # a long export (thousands of rows, a finding and a field on each). Two fields of one reader may
    # overlap (a FHIR value read as an element and as an identifier's): the first, longest one stays.
    covered = bytearray(max(f.end for f in (*found, *fields)))
    distinct = []
    for g in sorted(fields, key=lambda f: (f.start, -f.end)):
        if covered.find(1, g.start, g.end) < 0:
            _cover(covered, g.start, g.end)
            distinct.append(g)
    fields = distinct
    kept = [f for f in found if covered.find(1, f.start, f.end) < 0]
    return sorted([*kept, *fields], key=lambda f: f.start)


def _is_word_at(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after in "_-")


def _first_pass(text: str, dictionaries: bool) -> Iterator[PhiFinding]:
    pos = 0
    search = _engine().search
    while True:
        match = search(text, pos)
        if match is None:
            return
        assert match.lastgroup is not None
        name, cls = _BRANCH_OF[match.lastgroup]
        if name == "cap":  # most matches: a capitalised word, for the dictionaries
            if not dictionaries:
                pos = match.end()
                continue
            finding, pos = _cap_word(text, match.start(), match.end())
        else:
            finding, pos = _handle(_BY_NAME[name], cls, match, text)
        if (
            finding is None
            and dictionaries
            and name != "cap"
            and (word := _CAP_AT.match(text, match.start()))
        ):
            # A person rule that matched here and then gave up ("Sione Young" cut at "Young"): the
            # word still gets the dictionary and name-shape lookups the "cap" branch would give it.
            finding, stop = _cap_word(text, word.start(1), word.end(1))
            if finding is not None and finding.type is T.NAME and not _person_shaped(finding.text):
                finding = None  # "Blood Bank called": the rule gave up on a team, not on a name
            pos = max(pos, stop) if finding is not None else pos
        if finding is not None:
            if finding.type is T.NAME:
                finding = _as_place(text, finding)
                pos = max(pos, finding.end)
            yield finding
            for extra in _follow_ups(text, finding, pos):
                yield extra
                pos = max(pos, extra.end)
        if pos <= match.start():
            pos = match.start() + 1


# The lot of the device whose serial was just read ("serial HWD66294, lot 33U9924-65", "SN PEL015894H  lot L7120734"):
# that one device's lot (CONVENTIONS.md), not a stock item's, which no serial precedes.
_LOT_AFTER_SERIAL = re.compile(rf"{_LOT_TAIL}({_LOT_VALUE})")


# A vaccine's or a drug's word before a serial and its lot: a dose's lot, not a device's ("Shingrix serial 20250611A lot
# 4R7T2", "Insulin pen sn 4411227788, lot MM1234").
_VACCINE_WORD = re.compile(r"(?i:vaccin|immuni[sz]|shingrix|insulin|dose|vial)")
# A serial's code and then its device's lot (``_LOT_AFTER_SERIAL``), read whole: ``with_shapes_kept`` keeps that lot
# where the classifier vetoes it as a stock item's ("serial 80326114-303, lot KP96724").
_SERIAL_THEN_LOT = re.compile(rf"(?<![\w]){_SERIAL_CODE}{_LOT_TAIL}(?P<v>{_LOT_VALUE})")


# A photograph's second reference right after its first: "facial lacerations: DSC37606.jpg, MI5455262", "face_AP.jpg
# saved to burn media (CP-89221)".
_PHOTO_AFTER_PHOTO = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?i:saved|stored|filed|uploaded|archived)[ \t]+(?i:to|in|under)[ \t]+(?:[A-Za-z]+[ \t]+){{0,3}}\([ \t]*)"
    rf"(?!(?:CPT|ICD|REF|LOT|NDC|HCPCS|DRG|SN|UDI)(?:\b|\d))({_PHOTO_CODE})(?!\w|\.\w)"
)


def _follow_ups(text: str, finding: PhiFinding, pos: int) -> list[PhiFinding]:
    """What a finding makes likely right after it: "X and Y" (Y a name), "X, 95" (an age), a town."""
    if finding.type is T.PHOTO:
        more = _PHOTO_AFTER_PHOTO.match(text, finding.end)
        if more and pos <= more.start(1):
            return [PhiFinding(T.PHOTO, more.start(1), more.end(1), more.group(1), finding.score, "rule")]
    if finding.type is T.DEVICE_ID:
        lot = _LOT_AFTER_SERIAL.match(text, finding.end)
        if lot and pos <= lot.start(1):
            return [PhiFinding(T.DEVICE_ID, lot.start(1), lot.end(1), lot.group(1), finding.score, "rule")]
    if finding.type is T.DATE:
        end = _RANGE_TO.match(text, finding.end)
        if end and pos <= end.start(1):
            return [PhiFinding(T.DATE, end.start(1), end.end(1), end.group(1), finding.score, "rule")]
    if finding.type is T.NAME:
        nickname = _NICKNAME_AFTER.match(text, finding.end)
        if nickname and pos <= nickname.start(1) and not lex.is_common(nickname.group(1)):
            return [PhiFinding(T.NAME, nickname.start(1), nickname.end(1), nickname.group(1), 0.6, "rule")]
        other = _AND_NAME.match(text, finding.end)
        if other and _single_name_ok(other.group(1)) and pos <= other.start(1):
            return [PhiFinding(T.NAME, other.start(1), other.end(1), other.group(1), 0.6, "rule")]
        phone = _PHONE_AFTER_NAME.match(text, finding.end)
        if phone and pos <= phone.start(1):
            value = phone.group(1)
            return [
                PhiFinding(phone_type(text, phone.start(1)), phone.start(1), phone.end(1), value, 0.6, "rule")
            ]
        chart = _CHART_AFTER_NAME.match(text, finding.end)
        if chart and pos <= chart.start(1):
            # "Spoke with Dr Best (2188225176)": ten digits that dial as a North American number; after a
            # physician's role, ten digits with an NPI's check digit are the NPI ("Nephrologist Ana Ruiz (2791258595)")
            kind = T.PHONE if _NANP_TEN.fullmatch(chart.group(1)) else T.MRN
            line_start = text.rfind("\n", 0, finding.start) + 1
            # (or after a credential or a role's label further back: "Reader: Ruiz, Chelsea (2180682058)")
            if (
                npi_check_digit_ok(chart.group(1))
                and _PHYSICIAN_BEFORE.search(text, max(line_start, finding.start - 30), finding.start)
            ) or _npi_in_brackets(text, chart.start(1), chart.end(1)):
                kind = T.LICENSE
            # "Client KIM, TYRONE (C447133)", "Intake screen for X (A692785)": not a chart; nor a staff member's
            if kind is T.MRN and (
                chart.group(1).startswith("EMP")  # an employee's number by its prefix ("EMP-05901")
                or _CUSTODY_CLIENT.search(text, max(line_start, finding.start - 60), finding.start)
                or _STAFF_BEFORE_NAME.search(text, max(line_start, finding.start - 30), finding.start)
            ):
                kind = T.OTHER_ID
            return [PhiFinding(kind, chart.start(1), chart.end(1), chart.group(1), 0.6, "rule")]
        badge = _BADGE_AFTER_NAME.match(text, finding.end)
        if (
            badge
            and pos <= badge.start(2)
            and _BADGE_CUE_BEFORE.search(text, max(0, finding.start - 40), finding.start)
        ):
            return [PhiFinding(T.OTHER_ID, badge.start(2), badge.end(2), badge.group(2), 0.6, "rule")]
        row = _CHART_IN_ROW.match(text, finding.end) if "," in finding.text else None
        if row and pos <= row.start(1) and not _NANP_TEN.fullmatch(row.group(1)):
            return [PhiFinding(T.MRN, row.start(1), row.end(1), row.group(1), 0.6, "rule")]
        licence = _licence_after_name(text, finding)
        if licence is not None and pos <= licence.start:
            return [licence]
        age = _AGE_AFTER_NAME.match(text, finding.end)
        if age:
            return [PhiFinding(T.AGE, age.start(1), age.end(1), age.group(1), 0.7, "rule")]
        town = _TOWN_ENDS_AFTER.match(text, finding.end)
        if town and pos <= town.start(1) and _town_not_person(town.group(1)):
            return [PhiFinding(T.LOCATION, town.start(1), town.end(1), town.group(1), 0.6, "dictionary")]
        home = _OF_TOWN_AFTER.match(text, finding.end)  # "Dr. Radhika Okafor of\nLiberty, saw him"
        if home and pos <= home.start(1) and _home_town_ok(home.group(1).split()):
            return [PhiFinding(T.LOCATION, home.start(1), home.end(1), home.group(1), 0.6, "rule")]
    elif finding.type is T.LOCATION:
        towns = _towns_after(text, finding.end, pos)
        last = towns[-1].end if towns else finding.end
        # "290 Elm Ave 93080", "Orange NSW 2800"
        tail = _ZIP_TAIL.match(text, last) or _AU_TAIL.match(text, last)
        if tail is None and towns:  # "Coeur d'Alene 93443-1819": the rest of the town's name, then its ZIP
            tail = _ZIP_AFTER_WORDS.match(text, last)
        if tail and pos <= tail.start(1):
            towns.append(PhiFinding(T.LOCATION, tail.start(1), tail.end(1), tail.group(1), 0.6, "rule"))
        return towns
    elif finding.type in _LIST_TYPES:
        return _codes_after(text, finding, pos)
    elif finding.type in _STRICT_LIST_TYPES and _PLURAL_LABEL_BEFORE.search(
        text, max(0, finding.start - 32), finding.start
    ):
        return _codes_after(text, finding, pos, strict=True)
    return []


# "serials 21SG29883 / 35DR59107", "Specimens: S22-30878, C27-74248", "serial R ... / L JK0294362": the
# next codes of a list, in capitals and digits (four digits or more), are of the same kind.
# What stands between two codes of a list ("/", ", ", " and "), with a side ("L", "right") before the next.
_LIST_SEP = r"(?:[ \t]*\([A-Za-z][A-Za-z .'\-]{0,23}\))?(?:[ \t]*[,/&][ \t]*|[ \t]+(?:and|or)[ \t]+)(?:(?:[LR]|left|right)[ \t:]+)?"
_CODE_END = r"(?![\w\-/]|\.\w)"
_NEXT_CODE = re.compile(
    _LIST_SEP + r"((?=[A-Z\-]*\d(?:[A-Z\-]*\d){3})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){4,24})" + _CODE_END
)
_LIST_TYPES = frozenset([T.DEVICE_ID, T.OTHER_ID, T.BIOMETRIC])
# Record, account, plan and licence numbers in a list ("accounts 7254485724 and 9588163556", "Accounts
# included: 4578784411, G0869007"): a comma with a blank after it (a CSV's cells are not a list), "and" or
# "or" (a slash parts two fields: "MRN / Acct: E2107235 / HAR993098351"), then a code of the first one's
# shape or of five digits or more, never a procedure's code ("Billing: 36415, 99053") nor a house number
# before its street.
_STRICT_LIST_TYPES = frozenset([T.ACCOUNT, T.MRN, T.HEALTH_PLAN_ID, T.LICENSE])
# Only after a label in the plural ("accounts", "Accounts included:", "claims", "two encounters ("): after
# "MRN 5520193," the next number is an SSN, a dose or a count as often as another record's.
_PLURAL_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:accounts|accts|claims|claim\(s\)|encounters|mrns|records|licen[cs]es|plans|members|numbers|ids|number\(s\))"
    r"(?:[ \t]+included)?[ \t]*(?:[:(#][ \t]*)?\Z)"
)
_STRICT_LIST_SEP = r"(?:,[ \t]+|[ \t]+(?:and|or|&)[ \t]+)"
_NOT_PROCEDURE_CODE = r"(?![A-Z]?\d{4,5}(?![\w\-]))"  # a CPT or HCPCS code ("36415", "G0390")
_STRICT_NEXT_CODE = re.compile(
    _STRICT_LIST_SEP
    + r"("
    + _NOT_PROCEDURE_CODE
    + r"(?=[A-Z\-]*\d(?:[A-Z\-]*\d){4})[A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])){5,24})"
    + _CODE_END
    + r"(?![ \t]+[A-Z]{1,2}[ \t]+[A-Z])"
)
# "serials ES6P4W / UG6N6X": a next code with fewer digits, written in the first one's shape
_ANY_NEXT_CODE = re.compile(_LIST_SEP + r"([A-Z0-9][A-Z0-9\-]{3,24})" + _CODE_END)
_STRICT_ANY_NEXT_CODE = re.compile(
    _STRICT_LIST_SEP + r"(" + _NOT_PROCEDURE_CODE + r"[A-Z0-9][A-Z0-9\-]{4,24})" + _CODE_END
)


def _shape(code: str) -> str:
    return re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", code))


def _same_shape_after(text: str, end: int, first: str, strict: bool = False) -> re.Match[str] | None:
    code = (_STRICT_ANY_NEXT_CODE if strict else _ANY_NEXT_CODE).match(text, end)
    if code is None or _shape(code.group(1)) != _shape(first) or sum(c.isdigit() for c in first) < 2:
        return None
    return code


def _codes_after(text: str, finding: PhiFinding, pos: int, strict: bool = False) -> list[PhiFinding]:
    out: list[PhiFinding] = []
    end = finding.end
    while len(out) < 3 and (
        code := (_STRICT_NEXT_CODE if strict else _NEXT_CODE).match(text, end)
        or _same_shape_after(text, end, finding.text, strict)
    ):
        if (
            pos > code.start(1)
            or _DATE_AT.match(text, code.start(1))
            # a phone's shape only in the first code's ("accounts 7254485724 and 9588163556")
            or (_PHONE_SHAPE.fullmatch(code.group(1)) and _shape(code.group(1)) != _shape(finding.text))
        ):
            break
        out.append(PhiFinding(finding.type, code.start(1), code.end(1), code.group(1), 0.6, "rule"))
        end = pos = code.end(1)
    return out


# A state's code and a four-digit postcode after a town ("Orange NSW 2800"): the town decides, not what follows (a
# guideline's "NSW 2024" has no town before it).
_AU_TAIL = re.compile(rf"[ \t]+(?:{_AU_STATES})[ \t]+(\d{{4}})(?![\w\-])")
_CA_POSTCODE_AFTER = re.compile(rf",[ \t]*(?:{_PROVINCES})[ \t]+{_CA_POSTCODE}(?![\w\-])")
_ZIP_TAIL = re.compile(
    rf"(?:,?[ \t]+(?:{_STATE_NAMES}|{_STATES})\.?)?(?:,?[ \t]+|[ \t]*[|/][ \t]*)(?:CP[ \t]+)?({_ZIP})(?![\d\-])"
)


# "Funeral home: Omar Haddad, Paducah.": a known town closing the phrase after a person's name.
_TOWN_ENDS_AFTER = re.compile(rf",[ \t]+({_CAP}(?:[ \t]+{_CAP})?)(?=[ \t]*(?:[.;)\n]|$))")


# A person's home town after "of" ("Dr. Chance Okafor of\nGrand Marais, saw him"), closing the phrase.
_OF_TOWN_AFTER = re.compile(
    rf"[ \t]+of[ \t]*(?:\n[ \t]*)?({_CAP}(?:[ \t]+{_CAP}){{0,2}})(?=[ \t]*[,.;)]|[ \t]*$)"
)
# The rest of a town's name written with a lower-case word or an apostrophe, then the ZIP, on one line.
_ZIP_AFTER_WORDS = re.compile(rf"(?:[ \t]+[^\s\d,;|()]+){{1,3}}?,?[ \t]+({_ZIP})(?![\d\-])")


def _home_town_ok(words: list[str]) -> bool:
    """A town, not a team, a specialty or a person ("of Cardiology", "of the ICU", "of Mary Smith")."""
    keys = [_word(w) for w in words]
    if " ".join(keys) in lex.us_town_names() and not any(k in _ORG_WORDS for k in keys):
        return True
    return not (
        _a_person(words)
        or (len(keys) == 1 and keys[0] in lex.surnames())
        or any(
            lex.is_common(k) or k in _ORG_WORDS or _SPECIALTY_END.search(k) or k in lex.first_names()
            for k in keys
        )
    )


def _town_not_person(phrase: str) -> bool:
    words = [_word(w) for w in phrase.split()]
    return " ".join(words) in lex.us_towns() and not (len(words) == 1 and words[0] in lex.census_names())


# An office after a county or a town ("Wayne County Sheriff"), never a place of its own.
_AUTHORITY_WORDS = frozenset(
    ["sheriff", "police", "court", "coroner", "marshal", "jail", "department", "office"]
)


_WARD_NUMBER = re.compile(r"[ \t]\d{1,3}$")
_HONORIFICS = frozenset(["dr", "mr", "mrs", "ms", "mx", "prof", "rev", "sr", "sra", "dra"])


def _towns_after(text: str, end: int, pos: int) -> list[PhiFinding]:
    """ "12 Elm St, Hyde Park, Dubuque.": up to two place names after an address, comma by comma."""
    towns: list[PhiFinding] = []
    while len(towns) < 3 and (town := _TOWN_AFTER.match(text, end)) and pos <= town.start(1):
        # "Salthill, Co. Galway": an Irish county, not "Co" a town
        county = _CO_COUNTY.match(text, town.start(1))
        if county:
            towns.append(PhiFinding(T.LOCATION, county.start(1), county.end(1), county.group(1), 0.8, "rule"))
            end = county.end()
            continue
        # the place's words, without a district's abbreviation, a ward's number or a postcode
        words = [
            w for w in town.group(1).split() if w[:1].isalpha() and not (w.endswith(".") and len(w) <= 6)
        ]
        if (
            not words
            or ("," not in text[end : town.start(1)] and _WARD_NUMBER.search(town.group(1)))
            or _word(words[0]) in _HONORIFICS  # "..., Dr Yusuf Park": a doctor after the place
            or "  " in text[end : town.start(1)]
            or "\t" in text[end : town.start(1)]
        ):
            break  # a ward's number ("Phường 7") only in an address's comma-separated parts, not "Course 214"
        if (
            not words[-1][0].isupper()
            or any(_word(w) in _AUTHORITY_WORDS for w in words)
            or " ".join(map(_word, words)) in lex.countries_and_states()  # a state may stay
            or not (
                _town_words_ok(words)
                or " ".join(map(_word, words)) in lex.us_towns()  # "Lake Charles", "Fall River"
                or " ".join(map(_word, words)) in lex.us_town_names()  # "Hope", "Normal", "Liberty"
                or _known_town_after(text, town.end(1))
                or (text[end : end + 2].strip()[:1] in (",", ".", "(", "/") and _town_after_address(words))
            )
        ):
            break
        start = town.start(1) + (4 if words[0] == "the" else 0)
        towns.append(PhiFinding(T.LOCATION, start, town.end(1), text[start : town.end(1)], 0.6, "rule"))
        end = pos = town.end(1)
    return towns


def _town_after_address(words: list[str]) -> bool:
    """After a street and its comma ("12 Elm St, Kittery"): a town unless every word is a common one or
    it reads as a given name and a surname."""
    keys = [_word(w) for w in words if w != "the"]
    return bool(keys) and not all(lex.is_common(w) for w in keys) and not _a_person(words)


def _a_person(words: list[str]) -> bool:
    keys = [_word(w) for w in words]
    return 1 < len(keys) <= 3 and keys[0] in lex.first_names() and keys[-1] in lex.census_names()


# First and last words that make a capitalised phrase a place ("North Tessaly", "Stillwater Crossing",
# "Camp Ridgeholt"), not a person ("Glen", "Bay", "Park" and "Hill" are names too).
_PLACE_FIRST = frozenset(
    str.split(
        """
    north south east west upper lower new old port fort ft mount mt lake san santa los las el camp fob cape
    """
    )
)
_PLACE_LAST = frozenset(
    str.split(
        """
    springs falls crossing junction point heights ferry mills creek harbor harbour landing city village valley
    ridge grove beach hollow bluff bluffs station corners forge woods plains prairie rapids shores lakes hills
    township bend
    """
    )
)
_POLICE_AFTER = re.compile(r"[ \t]+(?:PD|P\.D\.|Police|Sheriff|Fire[ \t]+(?:Dept|Department))\b")
_PLACE_LAST_AFTER = re.compile(rf"(?:['’]s)?[ \t]+({_CAP})(?![\w'’\-])")


# Endings of English town names ("Ferrisburg", "Aldenport", "Castlemere"), read only after "from", "in",
# "outside", "near" or "at the": a surname with such an ending follows other words.
_TOWN_END = re.compile(
    r"(?:burg|burgh|port|dale|mere|ville|field|ford|wood|boro|borough|bury|ham|chester|mouth|haven|brook|stead|"
    r"minster|wick|ton|by|quarry)$"
)
_TOWN_CUE = re.compile(r"\b(?i:from|in|outside|near|at[ \t]+the|moving[ \t]+from)[ \t]+$")


def _place_shaped(words: list[str]) -> bool:
    """ "North Tessaly", "Stillwater Crossing": a place by its first or last word, not a person's name."""
    keys = [_word(w) for w in words]
    if keys and keys[0] in ("el", "al") and " ".join(keys) not in lex.us_town_names():
        return False  # "El Idrissi", "Al Amin": a surname's article, unless GeoNames knows the town
    return (
        len(keys) >= 2
        and (keys[0] in _PLACE_FIRST or keys[-1] in _PLACE_LAST)
        and not any(k in _ORG_WORDS for k in keys)
        and not _a_person(words)
    )


# Where only a place follows: "in", "near", "outside", a journey's "from" or "to" ("drove him from",
# "traveling to"), and "from X to Y" ("transfer from Duncairn to Little Cedar").
_PLACE_PREP_BEFORE = re.compile(
    r"(?:\b(?i:in|near|outside)|\b(?i:drove|driving|drive|drives|came|coming|comes|flew|flying|flown|"
    r"travel(?:l?ed|l?ing|s)?|moved|moving|relocated|returned|headed|heading|evacuated|stationed)"
    r"(?:[ \t]+(?i:him|her|them|me|us|in|over|here|back|down|up|out))*[ \t]+(?i:from|to|at))[ \t]*(?:\n[ \t]*)?(?:the[ \t]+)?$"
)
_FROM_BEFORE = re.compile(r"\b(?i:from)[ \t]+$")
_TO_AFTER = re.compile(rf"[ \t]+to[ \t]+(?:{_CAP}|the[ \t]+{_CAP})")
_TO_AFTER_FROM = re.compile(rf"\b(?i:from)[ \t]+{_CAP}(?:['’]s)?(?:[ \t]+{_CAP}){{0,2}}[ \t]+to[ \t]+$")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _place_by_preposition(text: str, start: int, end: int, words: list[str]) -> bool:
    """ "didn't show up in Kalihi", "drove him from Chinle", "from Brackenridge to Duncairn": a word or
    two no person's name reads as (not a given name and a surname, not a given name alone), after a
    preposition that only a place follows."""
    if len(words) > 3 or _a_person(words) or _POSSESSIVE_AFTER.match(text, end):
        return False
    first = _word(words[0])
    if first in lex.first_names() and " ".join(map(_word, words)) not in lex.us_town_names():
        return False
    window = max(0, start - 40)
    return bool(
        _PLACE_PREP_BEFORE.search(text, window, start)
        or (_FROM_BEFORE.search(text, window, start) and _TO_AFTER.match(text, end))
        or _TO_AFTER_FROM.search(text, max(0, start - 60), start)
    )


def _as_place(text: str, finding: PhiFinding) -> PhiFinding:
    """A name finding that reads as a place: a place-shaped phrase, one before a place word
    ("Bramwell Junction") or a town before its police ("Marrowdale PD")."""
    end = finding.end
    more = _PLACE_LAST_AFTER.match(text, end)
    if more and _word(more.group(1)) in _PLACE_LAST and len(finding.text.split()) < 3:
        end = more.end(1)
    words = text[finding.start : end].split()
    if (
        (_place_shaped(words) and not _person_by_context(text, finding.start, end, words))
        or (len(words) == 1 and _POLICE_AFTER.match(text, end))
        or (
            len(words) == 1
            and _TOWN_END.search(_word(words[0]))
            and _word(words[0]) not in lex.first_names()
            and _TOWN_CUE.search(text, max(0, finding.start - 16), finding.start)
        )
        or _place_by_preposition(text, finding.start, end, words)
    ):
        return PhiFinding(
            T.LOCATION, finding.start, end, text[finding.start : end], finding.score, finding.source
        )
    return finding


# A place-shaped phrase that is a person here ("Aisling Mills, MD", "P. Mills (NPI ...)", "Spouse Bill Mills",
# "Parent: Anne-Marie Mills"): an initial first, a credential after, or a relation before.
_INITIAL_WORD = re.compile(rf"[{_U}]\.?")
_CREDENTIAL_AFTER_NAME = re.compile(rf",?[ \t]+{_CREDENTIAL}")
_RELATION_BEFORE = re.compile(rf"\b{_RELATION}[ \t]*(?::[ \t]*)?$")


def _person_by_context(text: str, start: int, end: int, words: list[str]) -> bool:
    return (
        len(words) == 2
        and _word(words[-1]) in lex.census_names()
        and _word(words[0]) not in _PLACE_FIRST  # "Parent: San Lorenzo Nursing & Rehabilitation"
        and (
            _INITIAL_WORD.fullmatch(words[0]) is not None
            or _CREDENTIAL_AFTER_NAME.match(text, end) is not None
            or _RELATION_BEFORE.search(text, max(0, start - 24), start) is not None
        )
    )


def _town_words_ok(words: list[str]) -> bool:
    return all(
        _single_name_ok(w) or _word(w) in lex.us_places() or ((i or w == "the") and _word(w) in _PLACE_PART)
        for i, w in enumerate(words)
    )


def _known_town_after(text: str, end: int) -> bool:
    """ "Spanish Harlem, Dothan": words no place list knows, then a known town: a neighbourhood."""
    town = _TOWN_AFTER.match(text, end)
    return (
        town is not None
        and text[end] == ","
        and " ".join(map(_word, town.group(1).split())) in lex.us_towns()
    )


# Words that start a hospital's name without naming a town ("Sacred Heart", "University", "Kaiser").
_NAME_WORD_BEFORE = re.compile(rf"[{_U}][{_L}]+[ ]\Z")
_FACILITY_NOISE = frozenset(
    str.split(
        """
    university memorial general regional community methodist baptist presbyterian lutheran adventist
    catholic children childrens veterans shriners kaiser providence mercy saint st county state city
    """
    )
)
_FACILITY_FIRST = frozenset(["little", "big", "grand", "great"])
_SAINT_WORDS = frozenset(["saint", "st", "san", "santa", "são", "sainte", "ste"])
_FACILITY_TOWN_WORD = re.compile(rf"(?:{_CAP}|{_UPPER})(?:['’]s)?")


def _facility_town_ok(words: list[str]) -> bool:
    """The words before "Regional Medical Center" name a town: GeoNames knows it, or it is shaped as
    one ("Lake Osprey", "Kettle Hill", "Little Cedar", "Quillmont"), not a charity or a person."""
    keys = [_word(w).removesuffix("'s").removesuffix("’s") for w in words]
    if any(k in _ORG_WORDS or k in _FACILITY_NOISE for k in keys):
        return False
    if " ".join(keys) in lex.us_town_names():
        return True
    placeish = _PLACE_FIRST | _PLACE_PART | _PLACE_LAST
    if _a_person(words) or any(
        lex.is_common(k) and k not in lex.NAME_WORDS and k not in placeish for k in keys
    ):
        return False
    if len(keys) == 1:  # "Quillmont", not "Garcia" (a surname: a person's memorial)
        return lex.name_shaped(words[0]) and keys[0] not in lex.surnames()
    return (
        _place_shaped(words)
        or keys[0] in _FACILITY_FIRST
        or any(k in _PLACE_PART for k in keys[1:])
        or any(lex.name_shaped(w) for w in words)
    )


def _facility_town(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The town's words of a hospital's name (a word such as "Transfer" before them dropped)."""
    tail = re.search(rf"[ \t]+{_FACILITY_TAIL}$", text[start:end])
    assert tail is not None
    words = [(m.group(), m.start()) for m in _FACILITY_TOWN_WORD.finditer(text, start, start + tail.start())]
    if words and _word(words[0][0]) in ("saint", "st"):
        return None  # "Saint Brendan Hospital of Marrowby": read as a saint's site from the name after
    for i in range(len(words)):
        if _facility_town_ok([w for w, _ in words[i:]]):
            for j in range(len(words), i, -1):  # "Lompoc" of "Lompoc Valley Memorial": the known town alone
                if " ".join(_word(w) for w, _ in words[i:j]) in lex.us_towns():
                    return words[i][1], words[j - 1][1] + len(words[j - 1][0])
            return words[i][1], start + tail.start()
    return None


_ROLE_TOKEN = re.compile(rf"[{_U}][.]|[{_U}{_L}][{_U}{_L}'’\-]*")


def _role_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name after a role: its words while each is an initial, a particle, a given or census name,
    a name-shaped word or a word that is also a name ("Will", "Summer"); None when no word is."""
    stop = start
    last_is_name = initial = False
    for token in _ROLE_TOKEN.finditer(text, start, end):
        word = token.group()
        key = _word(word)
        if word.endswith(".") and len(word) == 2:
            stop, last_is_name, initial = token.end(), False, True
            continue
        if initial and key in _SHORT_SURNAMES and word[:1].isupper():
            stop, last_is_name = token.end(), True  # "MD: H. Do", "intake rep F. Le"
            continue
        if key in _PARTICLE_SET:
            stop = token.end()
            continue
        if (
            key in _ORG_WORDS
            or (lex.is_common(key) and key not in lex.NAME_WORDS)
            or (lex.medical_word(key) and key not in lex.NAME_WORDS)
            or _SPECIALTY_END.search(key)
        ):
            break  # "Seen by Physiatry": a service, not a person
        given = key in lex.first_names() or key in lex.NAME_WORDS
        if not (given or key in lex.census_names() or lex.name_shaped(word[:1] + word[1:].lower())):
            break
        if not given and not last_is_name and not initial and lex.is_english(word):
            break  # "MD Reading": a word, unless a name comes first ("Nephrologist Joaquín Page")
        stop, last_is_name = token.end(), True
    if not last_is_name or _FACILITY_NEXT.match(text, stop) or _COUNTY_NEXT.match(text, stop):
        return None  # "sending: Houma Memorial Hospital", "Howard County": a place
    return start, stop


# Surnames of two letters that are also words or particles ("Do", "Le"): names after an initial.
_SHORT_SURNAMES = frozenset(
    ["do", "le", "ng", "xu", "li", "wu", "ma", "yu", "hu", "lu", "oh", "ko", "ho", "vo", "ly"]
)
_WEEKDAY_NAMES = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_COUNTY_NEXT = re.compile(r"[ \t]+(?:County|Parish|Borough|Co\.)(?!\w)")


_NOT_SURNAME_WORDS = frozenset(["plan", "head", "case", "page", "note", "notes", "order", "mark"])


def _surname_last(name: str) -> bool:
    """The last word could be a surname: no English word outside the census lists, no team word."""
    last = _word(re.split(r"[ \t,]+", name.strip())[-1])
    return _person_shaped(name) and (last in lex.census_names() or not lex.is_english(last))


def _surname_after_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """ "Dr. Park", "Mrs. Young": after a title, a census surname that is also a word is a surname."""
    word = _WORD.match(text, start)
    if word is None or word.group().isupper() or len(word.group()) < 3:
        return None
    key = _word(word.group())
    if key not in lex.census_names() or key in _ORG_WORDS or key in _NOT_SURNAME_WORDS:
        return None
    return start, _strip_trailing(text, start, word.end())


_MEASURE_BEFORE = re.compile(r"\d(?:[.,]\d+)?[ \t]*\Z")  # "UF 2.5 L. Dialysate": a unit, not an initial
_FACILITY_NEXT = re.compile(  # one space or tab: a wider gap is a form's field gap ("Maria Keller   Public Health")
    r"[ \t](?:Memorial|Hospital|Medical|Ambulatory|Surgery|Regional|Infirmary|General|Community|Specialty|Clinic|"
    # an organisation's words: "From: Paradise Cancer Center", "To: Credentials Committee", "Kenosha Public Health"
    r"Cent(?:er|re)|Committee|Institute|Department|Dept|District|Public|Treatment|Skilled|Immediate|Rehab|"
    r"Rehabilitation|Elementary|Academy|University|College|Foundation|Council|Program|Services|"
    r"(?:Primary|Urgent)[ \t]+Care|Walk-in[ \t]+Clinic|"
    r"Health[ \t]+(?:Department|Dept|Cent(?:er|re)|System|Services|District))\b"
)
# Words inside a labelled "name" that make it an organisation ("Employer: Hilo Elementary School",
# "this is Bridgewater Rehabilitation Institute"): the first word may still be its town (the dictionaries
# read it again when the person rule gives up).
_ORG_NAME_WORDS = frozenset(
    str.split(
        """
    center centre committee institute department dept district school elementary academy university college
    foundation council program services rehabilitation hospital clinic public primary urgent
    """
    )
)
_CODE_GROUP = {
    "photo": "photo_file",
    "meeting_id": "meeting_id_short",
    "ssn_label": "ssn_last4",
    "age_spelled": "age_spelled_living",
    "intersection": "intersection_named",
    "mrn_prefixed": "mrn_prefixed_spaced",
    "zip_label": "zip_label_abroad",
    "age_relative": "age_relative_is",
}
_ACCESSION = re.compile(r"[A-Z]{1,3}\d{2}-\d{4,6}")
# A line that opens with the patient's field: an "ID" later on it is the patient's (a device's printout header).
_PATIENT_FIELD_LINE = re.compile(r"(?<![^\n])[ \t]*(?i:patient(?:[ \t]+name)?|pt)[ \t]*:[^\n:]*$")
_ID_QUALIFIER_BEFORE = re.compile(
    r"(?i:program|study|subject|member|employee|staff|user|operator|device|order|visit|account|case|claim|plan|group|"
    r"trial|donor|kit|sample|specimen|accession|badge|student)[ \t]*$"
)
_CREDENTIAL_BEFORE = re.compile(
    r"(?<![\w\-])(?:RN|LPN|LVN|NP|APRN|IBCLC|LCSW|LICSW|LMSW|LMFT|LPC|LMHC|CNM|CRNA|RDN?|PharmD|RPh|PsyD|"
    r"CADC|LADC|CPhT|RRT|EMT(?:-P)?|ATC|LAT)[ \t]*$"
)
_CODE_TYPES = frozenset([T.MRN, T.ACCOUNT, T.HEALTH_PLAN_ID, T.OTHER_ID, T.DEVICE_ID, T.LICENSE])
_PHOTO_WORD = re.compile(r"(?i:photo|headshot|portrait|selfie|mugshot)")
_MORE_CODE_GROUPS = {
    "age_kin": ("age_kin_words",),
    "agency_case": ("agency_case_opo",),
    "photo": ("photo_coded", "photo_face"),
    "travel_document": ("travel_document_pnr", "travel_document_badge"),
    "vehicle_kind": ("vehicle_kind_rig", "vehicle_kind_reg", "vehicle_kind_drives"),
    "postcode_abroad": ("postcode_abroad_eircode",),
    "license_registry": ("license_registry_au",),
    "other_id_more": ("other_id_more_user", "other_id_more_screen", "other_id_more_handle"),
    "age_spelled": ("age_spelled_alone",),
    "age_words": ("age_words_es",),
    "intersection": ("intersection_near",),
    "health_plan_national": tuple(
        f"health_plan_national_{alt}" for alt in ("nhi", "ihi", "dva", "gms", "ehic", "member")
    ),
    "ssn_national": ("ssn_national_hk", "ssn_national_sg", "ssn_national_in", "ssn_national_za"),
}


_RELATION_WORD = re.compile(_RELATION)


def _lower_pair(word: str) -> tuple[bool, bool]:
    """(given, surname) for a lower-case word: a census given name, or a census surname or a name's
    shape; never a common, clinical or function word."""
    key = _word(word)
    if lex.is_common(key) or key in lex.FUNCTION_WORDS:
        return False, False
    shaped = lex.name_shaped(word[:1].upper() + word[1:])
    given = key in lex.first_names() or (shaped and not lex.is_english(word))
    return given, key in lex.census_names() or shaped


def _lower_pair_ok(words: list[str]) -> bool:
    """ "dmitri yazzie", "yusuf mcallister": a given name then a surname, not two English words
    ("with pain meds", "by mouth daily")."""
    if len(words) != 2 or any(w.endswith(("'s", "’s")) or _RELATION_WORD.fullmatch(w) for w in words):
        return False  # "pt's son"
    (given, _), (_, surname) = _lower_pair(words[0]), _lower_pair(words[1])
    first = _word(words[0])
    english = [lex.is_english(w) for w in words]
    if english[0] and english[1]:
        return False  # "jade plant", "prepaid card"
    if english[1] and first not in lex.first_names():
        return False  # an English surname only after a given name that is no English word
    if english[0]:
        return False  # "crystal meth": a given name that is an English word is no evidence in lower case
    return given and surname


# A dotted number of three parts that a date shares with a software version, and what names a version
# right before it: a version's word, a product's caret field in an HL7 or ASTM header.
_VERSION_SHAPE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2}")
# A version's own words, and what may stand between them and the number: a colon or "=", a DICOM dump's
# value representation and the quote or bracket it opens ('SoftwareVersions   LO  "9.7.5.135"').
_VERSION_WORDS = r"version|ver|v|fw|firmware|software(?:[ \t]*versions?)?|softwareversions|build|rev|revision"
_VERSION_GAP = r"[ \t]*(?:[:=#][ \t]*)?(?:(?:LO|SH|CS)[ \t]+)?[\"'\[]?"
_VERSION_CUE = re.compile(
    # and the words that name software (not the words a date follows as well: "Care package 4.12.25",
    # "Sepsis algorithm 1.2.25", "R4" a resident)
    rf"(?:(?i:\b(?:{_VERSION_WORDS}|export|engine|rule[ \t]+set|gateway|schematron|sdk|stu3|dstu2|mozilla/\d\.\d|"
    rf"policy(?:[ \t]+(?:no\.?|\#))?|procedure|sop|section|§|p&p))"
    rf"{_VERSION_GAP}|\^)\Z"
)
# Before a dotted quad, only a version's own words: a gateway, a client or a server is followed by a host.
_VERSION_CUE_IP = re.compile(rf"(?i:\b(?:{_VERSION_WORDS})){_VERSION_GAP}\Z")


# A tag with no vehicle's word before it ("tag 9402981", "Tag # DT218249", "infant tag HT-28E9A0") is a
# vehicle's only with a vehicle's word on its line; a baby's, a wanderer's or an asset's tag is a device's,
# any other (a triage tag, a decedent's) another identifier.
_F_TAG = re.compile(r"F\d{3}")
_BARE_TAG = re.compile(r"(?i:(?<!parking )(?<!vehicle )(?<!car )(?<!license )(?<!licence )\btags?)")
# A vehicle's line read so holds a tag of digits alone ("Personal effects bagged, tag 771-2084. Vehicle left in hot
# zone", "Child tracking tag 550-1927") only with a vehicle's word earlier in its sentence ("Son's car, tag # 440-1927":
# some states issue plates of digits alone); without one it is a tag's number. Not one plate in the planted sets is
# digits alone after such a tag.
_DIGITS_ONLY = re.compile(r"\d[\d\- ]*\d")
_VEHICLE_WORD = re.compile(
    r"(?i:\b(?:vehicles?|cars?|car's|trucks?|vans?|suv|plates?|parked|parking|drives?|driving|driver|motorcycle|auto|"
    r"licen[cs]e|sedan|pickup|dmv)\b)"
)
_VEHICLE_LINE = re.compile(
    r"(?i:\b(?:car|cars|vehicle|truck|van|suv|sedan|pickup|motorcycle|moped|plate|plates|parked|parking|park|"
    r"garage|driver|drives|driven|driving|drove|vin|dmv|registration|auto|towed|lot|valet|lpr)\b)"
)
_DEVICE_TAG = re.compile(
    r"(?i:\b(?:infant|baby|newborn|security|wander\w*|bracelet|band|asset|rfid|hugs|transponder|alert|alarm|resident|"
    r"pendant|exit|door)\b)"
)
# A plate's shape in two groups ("342 EUZ", "GT 0030"): a vehicle's whatever the line says.
_SPACED_PLATE = re.compile(r"[A-Z0-9]{2,4}[ \-][A-Z0-9]{2,4}")


def _tag_type(text: str, label_start: int, start: int, end: int) -> PhiType:
    line_start, line_end = _line_around(text, label_start, end, 160)
    if _VEHICLE_LINE.search(text, line_start, line_end) or _SPACED_PLATE.fullmatch(text, start, end):
        # "Personal effects bagged, tag 885-1335. Vehicle left ...": digits alone, no vehicle's word before them in
        # their sentence: a tag's number, no plate
        if _DIGITS_ONLY.fullmatch(text, start, end) and not _VEHICLE_WORD.search(
            _last_sentence(text[max(0, start - 120) : start])
        ):
            return T.OTHER_ID
        return T.VEHICLE_ID
    if _DEVICE_TAG.search(text, max(line_start, label_start - 40), label_start + 1):
        return T.DEVICE_ID
    return T.OTHER_ID


# What names a code that is no one's, a few words before it: a protocol's, a lot's, a batch's, a form's.
_NOT_ACCESSION_BEFORE = re.compile(
    # (a journal's manuscript: "Manuscript ID: JHM-26-6539.R1", "manuscript JHM-19-5480")
    r"(?i:\b(?:protocol|lot|batch|irb|study|rev|revision|catalog|cat|kit|form|policy|version|model|part|manuscript)\b)"
    r"[^\n]{0,14}$"
)
# The words before Idaho's "ID" and a ZIP ("Boise, ID 83702", "Twin Falls ID 83301"): a known town's.
_TOWN_BEFORE_ID = re.compile(rf"((?:{_CAP}[ \t]+){{0,2}}{_CAP}),?[ \t]+$")
# A place's end that is Idaho's "ID" and a ZIP: where each starts.
_IDAHO_ZIP_END = re.compile(r"[ \t,](ID)\.?[ \t]+(\d{5}(?:-\d{4})?)$")


def _state_zip(text: str, start: int, end: int, idaho: tuple[int, int] | None, score: float) -> PhiFinding:
    """A place with its state and ZIP, ``text[start:end]``; where the state is Idaho's "ID" (``idaho``: where
    "ID" and its ZIP start) and no known town stands before it, the ZIP is a labelled identifier's number
    (redacted as a ZIP, "Specimen ID 45678" would leave "456**" in the clear)."""
    if idaho is not None and not _town_before_id(text, idaho[0]):
        return PhiFinding(T.OTHER_ID, idaho[1], end, text[idaho[1] : end], 0.6, "rule")
    return PhiFinding(T.LOCATION, start, end, text[start:end], score, "rule")


def _town_before_id(text: str, at: int) -> bool:
    found = _TOWN_BEFORE_ID.search(text, max(0, at - 40), at)
    if found is None:
        return False
    words = [_word(w) for w in found.group(1).split()]
    return any(" ".join(words[i:]) in lex.us_towns() for i in range(len(words)))


# A clinician's credential or role before an NPI in brackets on its line ("Abena Rich, NP, Palliative Care (",
# "Reader: Ruiz, Chelsea  (").
_NPI_ROLE_BEFORE = re.compile(
    r"(?:,[ \t]*(?:MD|DO|NP|PA-C|APRN|CNM|CRNA|DDS|DMD|DPM|PharmD)(?![\w\-])|"
    r"(?i:reader|physician|provider|radiologist|attending|surgeon|prescriber|referring|ordering|interpreting)[ \t]*:|"
    # or a prescriber's or a pharmacist's word without its colon ("Prescriber Ingrid Muller (2225867144)")
    r"(?i:\b(?:prescriber|prescribing|rph|pharmacist)\b)[ \t])"
    r"[^\n.;()]{0,48}\(\Z"
)


# A form's edition: its month and four-digit year after "rev." ("(Rev. 01/2004)"), no one's date ("plan rev.
# 3/15", "hip revision 06/2019", "revised 11/2023" stay dates).
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[/\-](?:19|20)\d{2}")
_REVISION_BEFORE = re.compile(r"(?i:\brev\.?)[ \t]*(?::[ \t]*)?\Z")
# A serial's label right after a device's code: the code is the model's ("Recorder BT105 SN H3R360373").
_SERIAL_AFTER = re.compile(
    r"[ \t,;]+\(?(?:S/N|SN|(?i:serial)(?:[ \t]+(?i:no\.?|number|\#))?)[ \t]*(?:[:\#=][ \t]*)?[A-Z0-9]"
)
# A device's label that names its identifier, not its kind ("IMEI", "Device ID", "UDI", "serial"): the code
# after it is the device's own, whatever label follows.
_IDENTIFIER_LABEL = re.compile(
    r"(?i:imei|meid|udi|mac|serial|s/n|\bsn\b|\bid\b|identifier|transmitter|sensor|asset)"
)
_FACE_WORD = re.compile(
    r"(?i:face|facial|headshot|selfie|portrait|frontal|mugshot|profile|wristband|badge)|(?<![\w\-])(?i:id)(?![\w\-])"
)


def _body_picture(text: str, start: int, end: int) -> bool:
    """A camera's file of a body part or a lesion: a clinical picture's word a few words before it on its line,
    and no face's word after that one nor in the file's name ("Photo of rash: headshot headshot_94859.png")."""
    window = max(text.rfind("\n", 0, start) + 1, start - 48)
    ends = [m.end() for m in _CLINICAL_IMAGE_BEFORE.finditer(text, window, start)]
    return bool(ends) and _FACE_WORD.search(text, ends[-1], end) is None


# A camera's own name for a picture ("DSC_0174.JPG", "IMG_4462.HEIC", "PXL_20240311.jpg").
_IMAGE_FILE_END = re.compile(r"(?i:img|dscn?|pxl)[_\-]?\d[\w\-]*\.(?i:jpe?g|png|heic|gif|tiff?|bmp|webp)\Z")
# A picture of a body part or a lesion, a few words before its camera's file name.
_CLINICAL_IMAGE_BEFORE = re.compile(
    r"(?i:close-?ups?|dermoscop\w*|wounds?|lesions?|ulcers?|rash|periwound|macro)\b"
)
_SEP1_CONTEXT = re.compile(r"(?i:\bCMS[ \t]+SEP-1|SEP-1[ \t]+(?:bundle|measure|abstraction|compliance|core))")


def _npi_in_brackets(text: str, start: int, end: int) -> bool:
    """Ten digits from 1 or 2 in brackets are an NPI when their check digit is one's and a clinician's credential
    after a comma (", NP, Palliative Care (") or a role's label ("Reader: Ruiz, Chelsea (") stands a few words
    before them in the same clause (not a patient's chart number, "(2025550143)" after a name, a state's "PA").
    The look-back is bounded: a long line of bracketed numbers costs its length, not its square."""
    return (
        text[start] in "12"
        and npi_check_digit_ok(text[start:end])
        and _NPI_ROLE_BEFORE.search(text, max(0, start - 80), start) is not None
    )


def _handle(branch: Branch, cls: str, match: re.Match[str], text: str) -> tuple[PhiFinding | None, int]:
    group = f"{branch.name}_v__{cls}"
    start, end = (
        match.span(group) if group in match.re.groupindex and match.group(group) is not None else match.span()
    )
    alt = _CODE_GROUP.get(branch.name)  # the span is the code, not the words before it
    if alt is not None and match.group(f"{alt}__{cls}") is not None:
        start, end = match.span(f"{alt}__{cls}")
    for alt in _MORE_CODE_GROUPS.get(branch.name, ()):
        if match.group(f"{alt}__{cls}") is not None:
            start, end = match.span(f"{alt}__{cls}")
    kind, phi_type = branch.kind, branch.type
    if kind == "cap":
        return _cap_word(text, start, end)
    if kind == "skip":
        return None, end
    if (
        phi_type is T.DATE
        and _VERSION_SHAPE.fullmatch(text, start, end)
        and _VERSION_CUE.search(text, max(0, start - 24), start)
    ):
        return None, end  # "Version 4.6.16", "fw=1.9.20", "LIS^7.9.29": a software version, no date
    if (
        phi_type is T.DATE
        and text[start:end] == "SEP-1"
        and _SEP1_CONTEXT.search(text, max(0, start - 8), end + 12)
    ):
        return None, end  # "CMS SEP-1", "SEP-1 BUNDLE ABSTRACTION": the national sepsis measure, no date
    if (
        phi_type is T.DATE
        and _MONTH_YEAR.fullmatch(text, start, end)
        and _REVISION_BEFORE.search(text, max(0, start - 16), start)
    ):
        return None, end  # "Federal CCF (rev. 08/2023)", "OSHA Form 300 (Rev. 01/2004)": a form's edition
    if phi_type is T.IP_ADDRESS and _VERSION_CUE_IP.search(text, max(0, start - 32), start):
        return None, end  # "Version 2.7.9.187", a DICOM dump's 'SoftwareVersions LO "9.7.5.135"': no host
    if branch.name == "vehicle" and _BARE_TAG.search(text, match.start(), start):
        if _F_TAG.fullmatch(text, start, end):
            return None, end  # "Survey results posted (tags F755, F609)": a regulation's deficiency tags
        phi_type = _tag_type(text, match.start(), start, end)
        if phi_type is not T.VEHICLE_ID:
            return PhiFinding(phi_type, start, end, text[start:end], 0.8, "rule"), end
    if kind == "nickname":
        if lex.is_common(_word(text[start:end])) or _word(text[start:end]) in _ORG_WORDS:
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "initial":
        surname = text[start:end].split()[-1].split(".")[-1]
        if _MEASURE_BEFORE.search(text, max(0, start - 12), start) or not (
            _initial_surname_ok(surname) or _initial_surname_in_context(text, start, end, surname)
        ):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "given":
        word = text[start:end]
        if not ((lex.name_kind(word)[0] or _word(word) in lex.first_names()) and _single_name_ok(word)):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, word, branch.score, "rule"), end
    if kind == "lower":
        word_too = False  # after "hi" or "my son" a name that is also a word ("hi rose,", "my son guy")
        for alt in (
            "person_lower_w",
            "person_lower_says",
            "person_lower_speaker",
            "person_lower_pt",
            "person_lower_how",
            "person_lower_rel",
            "person_lower_hi",
        ):
            if match.group(f"{alt}__{cls}") is not None:
                start, end = match.span(f"{alt}__{cls}")
                word_too = alt in ("person_lower_rel", "person_lower_hi")
        if match.group(f"person_lower_pair__{cls}") is not None:
            start, end = match.span(f"person_lower_pair__{cls}")
            if not _lower_pair_ok(text[start:end].split()):
                return None, match.start() + 1
            return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
        word = text[start:end]
        if word_too and _word(word) in lex.NAME_WORDS and _word(word) not in lex.FUNCTION_WORDS:
            return PhiFinding(T.NAME, start, end, word, branch.score, "rule"), end
        if not (_word(word) in lex.first_names() or not lex.is_english(word)) or lex.is_common(word):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, word, branch.score, "rule"), end
    if kind == "single":
        loose = False  # a cue that also precedes roles and services: "Seen by Ortho.", "Nurse Educator."
        for alt in ("person_single_subject", "person_single_owner", "person_single_by"):
            if match.group(f"{alt}__{cls}") is not None:
                start, end = match.span(f"{alt}__{cls}")
                loose = alt.endswith("_by")
                if alt.endswith("subject") and not _SENTENCE_START.search(text, max(0, start - 3), start):
                    return None, match.start() + 1
        cue = text[match.start() : start]
        loose = loose or (cue[:5].lower() == "nurse" and ":" not in cue)
        if not _single_name_ok(text[start:end]) or (loose and not _surname_like(text[start:end])):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "role":
        span = _role_name(text, start, end)
        if span is None:
            return None, match.start() + 1
        start, end = span
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "signed":
        surname = _word(text[start:end].split(".", 1)[1].split()[-1])
        if surname in _SHORT_SURNAMES:
            return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
        if (
            not (
                surname in lex.census_names()
                or surname in _WEEKDAY_NAMES
                or lex.name_shaped(surname.capitalize())
            )
            or lex.medical_word(surname)
            or surname in _ORG_WORDS
            or (lex.is_common(surname) and surname not in lex.NAME_WORDS and surname not in _WEEKDAY_NAMES)
        ):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "last_first_initial":
        words = [_word(w) for w in re.split(r"[ ,\t]+", text[start:end]) if len(w) > 2]
        if any(
            w in _ORG_WORDS
            or lex.medical_word(w)
            or (lex.is_common(w) and w not in lex.NAME_WORDS)
            or not (w in lex.census_names() or w in lex.NAME_WORDS or lex.name_shaped(w.capitalize()))
            for w in words
        ):
            return None, match.start() + 1  # "The Veteran, Rose Z. Ben-David": a word before the name
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "baby":
        key = _word(text[start:end].split("-")[0])
        if (
            key in _ORG_WORDS
            or lex.medical_word(key)
            or not (key in lex.census_names() or lex.name_shaped(text[start:end]) or key in lex.NAME_WORDS)
        ):
            return None, match.start() + 1
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "mercy":
        words = text[start:end].split()
        keys = [_word(w) for w in words]
        if any(k in _ORG_WORDS or k in _FACILITY_NOISE or k in ("medical", "hospital") for k in keys) or not (
            " ".join(keys) in lex.us_town_names()
            or (len(words) > 1 and (_place_shaped(words) or any(k in _PLACE_PART for k in keys[1:])))
        ):
            return None, match.start() + 1  # "Mercy Okafor": a person
        start = match.start()
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "caps_field":
        surname = _word(text[start:end].split(",")[0].split()[-1])
        if lex.is_common(surname) or surname in _ORG_WORDS or lex.medical_word(surname):
            return None, match.start() + 1  # "| DAILY, PRN |": words, not a name
        return PhiFinding(T.NAME, start, end, text[start:end], branch.score, "rule"), end
    if kind == "hood":
        first, last = (_word(w) for w in text[start:end].split())
        if (
            (first in lex.first_names() and last in lex.surnames())
            or lex.is_common(first)
            or first in _ORG_WORDS
        ):
            return None, match.start() + 1  # "Tom Beach": a person; "Cardiac Gardens": not a place name
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if (
        kind == "facility"
    ):  # the span is the town ("Lompoc" of "Lompoc Valley Memorial"), as for a county's jail
        town = _facility_town(text, start, end)
        if town is None:
            return None, match.start() + 1
        return PhiFinding(T.LOCATION, town[0], town[1], text[town[0] : town[1]], branch.score, "rule"), end
    if kind == "facility_of":
        town_words = re.split(r"[ \t]+(?i:of|de|del|du)[ \t]+", text[start:end])[-1].split()
        keys = [_word(w) for w in town_words if _word(w) not in _SAINT_WORDS]
        known = (
            " ".join(_word(w) for w in town_words) in lex.us_towns() or " ".join(keys) in lex.us_town_names()
        )
        shaped = _place_shaped([w[:1] + w[1:].lower() for w in town_words]) or any(
            k in _PLACE_PART for k in keys
        )
        if (
            not keys
            or _a_person(town_words)
            or not (known or shaped or not all(lex.is_english(k) for k in keys))
        ):
            return None, match.start() + 1  # "Center of Excellence", "Home of Mary Ortiz": no town
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "installation":
        words = text[start:end].split()
        if lex.is_common(_word(words[-1])) and _word(words[-1]) not in lex.NAME_WORDS:
            return None, match.start() + 1  # "Camp Counselor", "Fort Street": no installation's name
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if (
        branch.name in ("photo", "photo_named_file")
        and _IMAGE_FILE_END.match(text, start, end)
        and _body_picture(text, start, end)
    ):
        return None, end  # "plus close-ups of right shin (DSC_0174.JPG": a body's picture, no face
    if (
        branch.name == "device"
        and _SERIAL_AFTER.match(text, end)
        and not _IDENTIFIER_LABEL.search(text, match.start(), start)
    ):
        # "Recorder BT105 SN H3R360373", "BP cuff BP5250 SN 54905684LG": a model, its serial next
        return None, end
    if kind == "npi" and not _npi_in_brackets(text, start, end):
        return None, end
    if kind == "accession" and _NOT_ACCESSION_BEFORE.search(text, max(0, start - 28), start):
        return None, end  # "Protocol ABC-21-1234", "Batch QC-22-10455", "Lot number AB-21-12345"
    if kind == "city_zip":  # "Specimen ID 45678", "Pt ID 10012"
        idaho = _IDAHO_ZIP_END.search(text, start, end)
        at = None if idaho is None else (idaho.start(1), idaho.start(2))
        return _state_zip(text, start, end, at, branch.score), end
    if kind == "zip":  # "staff ID 46171", "(ID 82296)"
        at = (match.start(), start) if text.startswith("ID", match.start()) else None
        return _state_zip(text, start, end, at, branch.score), end
    if kind == "county":
        words = text[start:end].split()
        if (
            len(words) == 2
            and words[1] == "Parish"
            and (_word(words[0]) in lex.first_names() or _word(words[0]) in lex.NAME_WORDS)
            and _word(words[0]) not in lex.us_counties()
        ):
            return None, match.start() + 1  # "Ivy Parish": a given name and a surname
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "town":
        if " ".join(
            _word(w) for w in text[start:end].split()
        ) not in lex.us_towns() or _NAME_WORD_BEFORE.search(text, max(0, start - 40), start):
            # "Sacred Trinity Medical Group": the last word of a longer name, not a town's
            return None, match.start() + 1
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "province":
        words = [_word(w) for w in text[start:end].split()]
        if _CA_POSTCODE_AFTER.match(text, end) is None and any(
            lex.is_english(w) or lex.medical_word(w) for w in words
        ):
            # "Hx: Asthma, SK" at a line's end: a word, then a clinical abbreviation
            return None, match.start() + 1
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "place":
        named = False  # a place's own name after "staying at": its words may be common ones
        for alt in (
            "place_office",
            "place_from",
            "place_lives",
            "place_at",
            "place_field",
            "place_de",
            "place_record",
            "place_police",
        ):
            if match.group(f"{alt}__{cls}") is not None:
                start, end = match.span(f"{alt}__{cls}")
                named = alt in ("place_at", "place_field", "place_de", "place_record")
        if match.group(f"place_unit__{cls}") is not None:
            start, end = match.span(f"place_unit__{cls}")
            return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
        if named and _a_person(text[start:end].split()):
            return None, match.start() + 1  # "Home: Ines Quade": a person after the field
        raw = text[start:end].split()
        shaped = len(raw) > 1 and _place_shaped(raw)  # "lives in Port Averly": a place by its first word
        if not named and not shaped and " ".join(_word(w) for w in raw) not in lex.us_towns():
            end = start + _name_end(text[start:end])  # a known town keeps its common words ("Storm Lake")
        if _FACILITY_NEXT.match(text, end):
            return None, match.start() + 1  # "transferred to Mercy Medical Center": the facility rule decides
        words = [_word(w) for w in text[start:end].split()]
        common = [w in _ORG_WORDS or lex.is_common(w) for w in words]
        if not named and (shaped or " ".join(words) in lex.us_towns()):
            common = [w in _ORG_WORDS for w in words]
        if not words or (all(common) if named else any(common)) or len(words[0]) < 3:
            return None, match.start() + 1
        if (
            match.group(f"place_lives__{cls}") is not None
            and all(lex.is_english(w) or lex.medical_word(w) for w in words)
            and " ".join(words) not in lex.us_towns()
        ):
            return None, match.start() + 1  # "lives Abroad", "discharge to Virtual Ward": words, not a town
        if " ".join(words) in lex.countries_and_states():
            # "originally from Ghana", "moved to Ohio": no smaller than a state, which may stay
            return None, match.start() + 1
        state = _STATE_AFTER.match(text, end)  # "Joliet, IL", "Joliet, 60431": the line goes on
        end = state.end() if state else end
        zip_code = _ZIP_AFTER.match(text, end)
        end = zip_code.end() if zip_code else end
        return PhiFinding(T.LOCATION, start, end, text[start:end], branch.score, "rule"), end
    if kind == "other":
        for alt in ("other_label_no", "other_label_hash"):
            if match.group(f"{alt}__{cls}") is not None:
                start, end = match.span(f"{alt}__{cls}")
        if not _other_label_ok(text, match.start(), text[start:end]):
            return None, match.start() + 1
        if _PHONE_SHAPE.fullmatch(
            text, start, _strip_trailing(text, start, end)
        ) or _LOCAL_PHONE_SHAPE.fullmatch(text, start, end):
            # "new # 434.728.5456", "Best #: 555-0140": a phone number, left to the phone rules
            return None, start
        if _PHOTO_WORD.search(text, start, end):
            phi_type = T.PHOTO  # "second view ID-photo-2815229": the code names a photo
        elif (
            text[match.start() : match.start() + 2] in ("ID", "Id")
            and _PATIENT_FIELD_LINE.search(text, max(0, match.start() - 80), match.start())
            and not _ID_QUALIFIER_BEFORE.search(text, max(0, match.start() - 16), match.start())
        ):
            # "Patient: Yamamoto, Kiri   ID: 50792827": the ID on a device printout's patient line, no other field
            # between, holds the chart's number (not a "Program ID", nor an operator's after "Operator:")
            phi_type = T.MRN
    if kind == "long_digits" and "V" in text[start:end]:
        phi_type = T.MRN
    if kind == "bracket_code" and not _ACCESSION.fullmatch(text, start, end):
        if not _CREDENTIAL_BEFORE.search(text, max(0, start - 12), start - 1):
            return None, match.start() + 1
        phi_type = T.LICENSE
    if kind == "md" and score_fraction(text, start, end):
        return None, match.end()
    if branch.name == "person_credential" and (
        _english_not_name(text[start:end]) or _AMPERSAND_BEFORE.search(text, max(0, start - 4), start)
    ):
        # "Interpreting MD Pieter Rivers": a role before the credential; "Rehab & Sports PT": a service
        return None, match.start() + 1
    if kind in ("person", "person1", "subject"):
        min_tokens = 1 if kind == "person1" else 2
        if (
            branch.name == "person_label"
            and "," in text[start:end]
            and _TITLE_BEFORE.search(text, max(0, start - 12), start)
        ):
            # "Family physician: Dr. Oyelaran, Harlow Springs Regional Medical Center": a title and a surname,
            # then what follows the comma (a practice, a town), no given name
            end, min_tokens = text.index(",", start, end), 1
        digit_after = _DAY_AFTER.match(text, end) is not None
        span = _clean_person(start, text[start:end], min_tokens, kind != "subject", digit_after)
        if span is None and branch.name == "person_honorific":
            span = _surname_after_title(text, start, end)
        if span is None or (kind == "subject" and not _subject_ok(text, span[0], span[1])):
            return None, match.start() + 1
        if (
            _abbreviations(text[span[0] : span[1]])
            or _FACILITY_NEXT.match(text, span[1])
            or any(_word(w) in _ORG_NAME_WORDS for w in text[span[0] : span[1]].split()[1:])
        ):
            return None, match.start() + 1  # "Referring: Gallup Valley Memorial": a facility, not a person
        if _caps_words(text[span[0] : span[1]]):
            return None, match.start() + 1  # "PT: UNKNOWN MALE", "WATCH OFFICER": words in capitals
        if _ALIAS_NUMBER.match(text, span[1]):
            # "NAME ........ UNKNOWN SATURN-9": an unidentified patient's alias
            return None, match.start() + 1
        if _a_product(text, span[0], span[1]):
            return None, match.start() + 1  # "Pump: Baxter Sigma Spectrum, serial ...": a device's model
        if branch.name == "person_dob_bracket" and not _surname_last(text[span[0] : span[1]]):
            return None, match.start() + 1  # "Boston Scientific (3/4/2020)": a maker and a date
        start, end = span
    elif kind == "strip":
        end = _strip_trailing(text, start, end)
    elif kind == "address":
        end = _strip_trailing(text, start, end)
        if not text[start].isdigit() and not _address_words(text[start:end]):
            return None, match.start() + 1  # "Address: Tell family to call": a sentence, not an address
    elif kind == "phone":
        if start > match.start() and _DATE_AT.match(text, start):
            return None, start  # "call 06-25-23 2315": a date and a time after the label, not a number
        if _DATE_AFTER_GAP.search(text, start, end):
            return None, start  # "Contact 1  11-04-2025   phone": a row's number, then a date, not a number
        end = _strip_trailing(text, start, end)
        if sum(c.isdigit() for c in text[start:end]) < 7:
            return None, match.end()
        phi_type = T.FAX if _FAX_AFTER.match(text, end) else phone_type(text, start)
        if (
            text[start - 1 : start] == "("
            and text[end : end + 1] == ")"
            and _npi_in_brackets(text, start, end)
        ):
            phi_type = T.LICENSE  # "Reader: Quennell, T. (2182913907)": dials as a number, checks as an NPI
    if kind == "plain" and phi_type in _CODE_TYPES and _PHOTO_WORD.search(text, start, end):
        phi_type = T.PHOTO  # "photo ID on chart ID-photo-8725496": the code names a photo
    if (
        phi_type is T.OTHER_ID
        and branch.name == "other_id"
        and _CLINICIAN_REGISTRY.search(text, max(0, start - 80), start)
    ):
        phi_type = T.LICENSE  # "Examiner: Iris M. Fox, registry no. 13-490156": a clinician's registration
    if (
        phi_type is T.OTHER_ID
        and (_PHONE_SHAPE.fullmatch(text, start, end) or _LOCAL_PHONE_SHAPE.fullmatch(text, start, end))
        and phone_type(text, start) is T.FAX
    ):
        # "Copy faxed to county EMS registry 555-0190": a fax number after a word that labels a code
        phi_type = T.FAX
    if (
        phi_type is T.OTHER_ID
        and _MRN_PREFIX_VALUE.fullmatch(text, start, end)
        and _GENERIC_LABEL_BEFORE.search(text, max(0, start - 12), start)
    ):
        # "PATIENT MOSS, SAOIRSE  #MR457413", "her chart, number MR0419172": a bare label, the record's own prefix
        # (not "passport MR0183663")
        phi_type = T.MRN
    if phi_type is T.DEVICE_ID and _IPV4_VALUE.fullmatch(text, start, end):
        phi_type = T.IP_ADDRESS  # "session ip 99.164.95.226; device 174.70.44.226": the device's address
    if phi_type is T.OTHER_ID and _plan_id_label(text, start):
        phi_type = T.HEALTH_PLAN_ID  # "Subscriber: WINTER, MATILDE    ID: 9FD9WR7NJ27": the plan's member ID
    if phi_type is T.HEALTH_PLAN_ID and _CLAIM_BEFORE.search(text, max(0, start - 48), start):
        # "His claim number with the insurer is WC-22-712620": a claim, not the plan's ID
        phi_type = T.ACCOUNT
    if end <= start:
        return None, match.end()
    resume = end if kind in ("person", "person1", "subject") else max(end, match.end())
    return PhiFinding(phi_type, start, end, text[start:end], branch.score, "rule"), resume
