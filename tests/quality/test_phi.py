"""PHI screening: every Safe Harbor category in several formats, clinical look-alikes that must
not fire, redaction offsets on unicode text, surrogates, policies, the two planted sets and the
guarantee that scanning never touches the network."""

from __future__ import annotations

import itertools
import json
import logging
import re
import socket
from collections import Counter
from datetime import date

import pytest

from bench.phi_e import e_notes
from bench.phi_fresh import fresh_notes
from bench.phi_heldout import heldout_notes
from bench.phi_planted import evaluate, planted_notes
from bench.phi_unseen import unseen_notes
from mediflow.quality import phi_lexicon
from mediflow.quality.phi import (
    PhiFinding,
    PhiPolicy,
    PhiScanner,
    PhiType,
    apply_policy,
    get_scanner,
    merge_findings,
    redact,
    scan,
    surrogate,
)
from mediflow.quality.phi_surrogate import Surrogator, shift_date
from tests.support.phi import found

T = PhiType


DETECTIONS = [
    # (A) names: labelled, titled, signed, related, and without any cue
    ("Patient: John Smith, 64M", T.NAME, "John Smith"),
    ("Name: SMITH, JOHN A\nMRN: 1234", T.NAME, "SMITH, JOHN A"),
    ("Mrs. O'Brien reports less pain.", T.NAME, "O'Brien"),
    ("Seen with Dr. María García today.", T.NAME, "María García"),
    ("Her daughter Emily Clark was present.", T.NAME, "Emily Clark"),
    ("Sincerely,\n\nJane Doe, MD", T.NAME, "Jane Doe"),
    ("RE: Rahul A. Fitzgerald, DOB - 12/21/1956", T.NAME, "Rahul A. Fitzgerald"),
    ("seen with her neighbor Rusty MacDonald on the porch", T.NAME, "Rusty MacDonald"),
    ("Deborah Whitaker stopped by to drop off the forms.", T.NAME, "Deborah Whitaker"),
    ("Smith, John was seen in clinic.", T.NAME, "Smith, John"),
    # (B) geography smaller than a state
    (
        "56 N. Maple Ave., Apt 4B, Springfield, IL 62704",
        T.LOCATION,
        "56 N. Maple Ave., Apt 4B, Springfield, IL 62704",
    ),
    ("Mail to PO Box 3720, Salem, MA 01970.", T.LOCATION, "PO Box 3720, Salem, MA 01970"),
    ("lives at 221B Baker Street, London NW1 6XE", T.LOCATION, "221B Baker Street, London NW1 6XE"),
    ("She moved here from Dayton last year.", T.LOCATION, "Dayton"),
    ("Resident of Franklin County since childhood.", T.LOCATION, "Franklin County"),
    ("ZIP code: 45402-1234", T.LOCATION, "45402-1234"),
    ("Tacoma, WA is where she grew up", T.LOCATION, "Tacoma"),
    # (C) dates, with and without the year, and ages over 89
    ("DOB: 03/14/1962", T.DATE, "03/14/1962"),
    ("Admitted 2024-01-05 for CHF.", T.DATE, "2024-01-05"),
    ("discharged on March 20, 2024", T.DATE, "March 20, 2024"),
    ("Date of birth 14 March 1962", T.DATE, "14 March 1962"),
    ("procedure 20-Aug-1979", T.DATE, "20-Aug-1979"),
    ("died 14.05.2021 at home", T.DATE, "14.05.2021"),
    ("Seen on 3/14 for follow-up.", T.DATE, "3/14"),
    ("Visit Mar 3rd", T.DATE, "Mar 3rd"),
    ("symptoms began in November of 2023", T.DATE, "November of 2023"),
    ("worse since mid-March", T.DATE, "March"),
    ("a 93-year-old woman", T.AGE, "93"),
    ("Age: 101", T.AGE, "101"),
    ("pt is 95, lives alone", T.AGE, "95"),
    ("94yo F BIBA", T.AGE, "94"),
    ("proband Ezekiel Mbeki, 93, lives alone", T.AGE, "93"),
    ("Dear Ngozi,\n\nThank you", T.NAME, "Ngozi"),
    # (D)-(F) phone, fax, email
    ("Call back at (555) 123-4567.", T.PHONE, "(555) 123-4567"),
    ("Please call 408/947-0197 today", T.PHONE, "408/947-0197"),
    ("Mobile +44 20 7946 0958", T.PHONE, "+44 20 7946 0958"),
    ("Tel: 5551234567", T.PHONE, "5551234567"),
    ("Tel: 555-123-4567  Fax: 555-987-6543", T.FAX, "555-987-6543"),
    ("T 404-770-7850  F 801-696-4450", T.FAX, "801-696-4450"),
    ("Reach me at jane.doe@example.org please", T.EMAIL, "jane.doe@example.org"),
    # (G)-(K) numbers
    ("SSN: 123-45-6789", T.SSN, "123-45-6789"),
    ("social security number is 078 05 1120", T.SSN, "078 05 1120"),
    ("MRN: 00482913", T.MRN, "00482913"),
    ("Medical Record Number: 12-345-678", T.MRN, "12-345-678"),
    ("Member ID: XYZ123456789", T.HEALTH_PLAN_ID, "XYZ123456789"),
    ("Medicare MBI: 1EG4-TE5-MK73", T.HEALTH_PLAN_ID, "1EG4-TE5-MK73"),
    ("Acct No. ACCT-77812345", T.ACCOUNT, "ACCT-77812345"),
    ("Card on file: 4111 1111 1111 1111", T.ACCOUNT, "4111 1111 1111 1111"),
    ("Driver's License: D1234567", T.LICENSE, "D1234567"),
    ("DEA: AB1234563", T.LICENSE, "AB1234563"),
    ("NPI 1234567893", T.LICENSE, "1234567893"),
    # (L)-(M) vehicles and devices
    ("license plate 7ABC123 seen in the lot", T.VEHICLE_ID, "7ABC123"),
    ("VIN 1HGCM82633A004352", T.VEHICLE_ID, "1HGCM82633A004352"),
    ("Pacemaker serial number PJN123456H", T.DEVICE_ID, "PJN123456H"),
    ("UDI (01)00884838012345(17)250101(21)AB1234", T.DEVICE_ID, "(01)00884838012345(17)250101(21)AB1234"),
    ("MAC address 00:1A:2B:3C:4D:5E", T.DEVICE_ID, "00:1A:2B:3C:4D:5E"),
    # (N)-(R) URL, IP, biometrics, photos, other codes
    ("Portal: https://mychart.example.org/patient/12345", T.URL, "https://mychart.example.org/patient/12345"),
    ("blog at www.smithfamily.com.", T.URL, "www.smithfamily.com"),
    ("Login from 192.168.1.20 at noon", T.IP_ADDRESS, "192.168.1.20"),
    ("Uploaded from 2001:db8:85a3::8a2e:370:7334", T.IP_ADDRESS, "2001:db8:85a3::8a2e:370:7334"),
    ("fingerprint ID FP-882133 on file", T.BIOMETRIC, "FP-882133"),
    ("voiceprint enrollment VP12345678", T.BIOMETRIC, "VP12345678"),
    ("Face photo on file: IMG_2231.jpg", T.PHOTO, "IMG_2231.jpg"),
    ("full-face photograph FF-12345", T.PHOTO, "FF-12345"),
    ("passport number X12345678", T.OTHER_ID, "X12345678"),
    ("employee badge 44812", T.OTHER_ID, "44812"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_detects_each_category_and_format(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


def test_every_category_is_covered_by_the_cases() -> None:
    assert {phi_type for _, phi_type, _ in DETECTIONS} == set(PhiType)


@pytest.mark.parametrize(
    "text",
    [
        "Metformin 500 mg PO BID; warfarin 5 mg daily; heparin 5,000 units SC q8h; dose 0.5 mg/kg.",
        "Na 138 mmol/L, K 4.1, Cr 1.2 mg/dL, Hgb 13.2 g/dL, Plt 250 x10^9/L, INR 2.5, HbA1c 8.1%.",
        "Diagnoses: E11.9, I10, I50.22, Z79.4, F32.A. CPT 99214. LOINC 2345-7. NDC 0002-3227-30.",
        "Vitals: BP 120/80, HR 72, RR 16, T 37.2 C, SpO2 98% on RA. BP 169/91 later.",
        "GCS 14 (E4 V4 M6). ESI level 2. APGAR 8 and 9. NIHSS 4. MMSE 27/30. Pain 6/10. Strength 5/5.",
        "History of Graves' disease, Parkinson disease, Hodgkin lymphoma, Bell's palsy and Crohn's disease.",
        "Known Wilson disease and Addison's disease; Tourette syndrome.",
        "Foley catheter and Swan-Ganz removed. Eliquis held; Lasix 40 mg IV; Keppra 500 mg BID.",
        "Seen by the attending, the charge nurse and Social Work. Case Management to follow.",
        "Diagnosed in 2019, last flare in 2021. Follow up in 2-4 weeks.",
        "A 67-year-old male and an 89 yo female, alert and oriented x3.",
        "Left anterior descending artery 70% stenosis; right upper lobe nodule 12 mm.",
        "Address: the patient's concerns were addressed. Lot #FL2231 of the vaccine.",
        "Take 1/2 tab at bedtime; 2/3 of the criteria met.",
    ],
)
def test_clinical_lookalikes_do_not_fire(text: str) -> None:
    assert scan(text) == []


def test_findings_are_sorted_non_overlapping_and_exact() -> None:
    text = (
        "Patient: Jane Roe  DOB: 3/4/1971  MRN: 00482913\n"
        "Email jane.roe@example.com, portal https://portal.example.org/x?id=3\n"
        "Tel (555) 123-4567 | Fax 555-123-4568 | SSN 123-45-6789"
    )
    findings = scan(text)
    assert all(text[f.start : f.end] == f.text for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert [f.type for f in findings] == [T.NAME, T.DATE, T.MRN, T.EMAIL, T.URL, T.PHONE, T.FAX, T.SSN]


def test_merge_prefers_the_stronger_finding() -> None:
    rule = PhiFinding(T.MRN, 5, 15, "4829137751", 0.9, "rule")
    guess = PhiFinding(T.PHONE, 5, 15, "4829137751", 0.4, "presidio")
    assert merge_findings([guess, rule]) == [rule]


def test_redact_replaces_each_span_with_its_category() -> None:
    text = "Mr. John Smith (DOB 03/14/1962) can be reached at 555-123-4567."
    assert redact(text, scan(text)) == "Mr. [NAME] (DOB [DATE]) can be reached at [PHONE]."
    assert redact("no identifiers here", []) == "no identifiers here"


def test_redaction_offsets_hold_on_unicode_text() -> None:
    # Accents, CJK, emoji (outside the BMP) and a combining mark before and between the spans:
    # offsets are str indices, so everything around a span survives byte for byte.
    text = "Ünïcødé 🩺 note — 患者 Patient: Zoë Müller-Łukasz 😷, DOB: 05/06/1950; e\u0301mail zoë@example.org ✅"
    findings = scan(text)
    assert [(f.type, f.text) for f in findings] == [
        (T.NAME, "Zoë Müller-Łukasz"),
        (T.DATE, "05/06/1950"),
        (T.EMAIL, "zoë@example.org"),
    ]
    for f in findings:
        assert text[f.start : f.end] == f.text
    redacted = redact(text, findings)
    expected = text
    for f in sorted(findings, key=lambda f: f.start, reverse=True):
        expected = expected[: f.start] + f"[{f.type.value}]" + expected[f.end :]
    assert redacted == expected
    assert redacted == "Ünïcødé 🩺 note — 患者 Patient: [NAME] 😷, DOB: [DATE]; e\u0301mail [EMAIL] ✅"


def test_surrogates_are_consistent_within_a_document() -> None:
    fields = {
        "input": "Patient: John Smith. Mr. Smith's wife Mary Smith called 555-123-4567. MRN: AB123456.",
        "output": "John Smith (MRN: AB123456) was called at 555-123-4567.",
    }
    outcome = apply_policy(PhiPolicy.SURROGATE, fields, seed=7)
    assert outcome.redacted is not None
    inp, out = outcome.redacted["input"], outcome.redacted["output"]
    assert inp is not None and out is not None
    for original in ("John", "Smith", "Mary", "555-123-4567", "AB123456"):
        assert original not in inp and original not in out
    fake_name = re.search(r"Patient: (\w+ \w+)\.", inp)
    assert fake_name is not None
    first, last = fake_name.group(1).split()
    assert out.startswith(f"{first} {last} ")  # the same person in both fields
    assert f"Mr. {last}'s" in inp  # "Smith" alone maps to the same surname
    assert re.search(rf"wife \w+ {last} called", inp)  # and so does Mary's surname
    phone = re.search(r"called (\S+)\.", inp)
    assert phone is not None and phone.group(1) in out  # the same fake number
    assert re.fullmatch(r"\d{3}-\d{3}-\d{4}", phone.group(1))  # shape kept
    again = apply_policy(PhiPolicy.SURROGATE, fields, seed=7)
    assert again.redacted == outcome.redacted  # a seed makes it reproducible


def _parse_mdy(value: str) -> date:
    month, day, year = (int(p) for p in value.split("/"))
    return date(year, month, day)


def test_surrogate_dates_shift_by_one_offset_so_intervals_survive() -> None:
    text = "Admitted 01/28/2024, surgery 02/03/2024, discharged 03/01/2024. Seen 2024-02-10."
    findings = scan(text)
    assert [f.type for f in findings] == [T.DATE] * 4
    surrogator = Surrogator(seed=3)
    fake = surrogate(text, findings, surrogator)
    shifted = re.findall(r"\d{2}/\d{2}/\d{4}", fake)
    originals = [_parse_mdy(v) for v in ("01/28/2024", "02/03/2024", "03/01/2024")]
    moved = [_parse_mdy(v) for v in shifted]
    assert [(b - a).days for a, b in itertools.pairwise(moved)] == [6, 27]  # intervals kept
    assert {(m - o).days for m, o in zip(moved, originals, strict=True)} == {surrogator.shift_days}
    assert surrogator.shift_days != 0
    iso = re.search(r"Seen (\d{4}-\d{2}-\d{2})", fake)
    assert iso is not None
    assert (date.fromisoformat(iso.group(1)) - date(2024, 2, 10)).days == surrogator.shift_days


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("March 3, 2024", 30, "April 2, 2024"),
        ("03-Mar-2024", -3, "29-Feb-2024"),
        ("3/14", 1, "3/15"),
        ("14.05.1971", 20, "03.06.1971"),
        ("Dec. 31, 1999", 1, "Jan. 1, 2000"),
        ("20240101", -1, "20231231"),
    ],
)
def test_shift_date_keeps_the_format(value: str, days: int, expected: str) -> None:
    assert shift_date(value, days) == expected


def test_age_surrogate_is_the_safe_harbor_bucket() -> None:
    outcome = apply_policy("surrogate", {"input": "a 97-year-old man"}, seed=1)
    assert outcome.redacted == {"input": "a 90-year-old man"}


FIELDS: dict[str, str | None] = {
    "instruction": "Summarize the note.",
    "input": "Patient: John Smith, MRN: 00482913. Na 138 mmol/L.",
    "output": "Mr. Smith has normal sodium.",
    "rejected_output": None,
}


def test_flag_policy_keeps_sample_and_counts() -> None:
    outcome = apply_policy(PhiPolicy.FLAG, FIELDS)
    assert not outcome.drop and outcome.redacted is None and outcome.has_phi
    assert outcome.summary == {"MRN": 1, "NAME": 2}
    assert outcome.total == 3
    assert outcome.findings["instruction"] == [] and outcome.findings["rejected_output"] == []
    assert json.loads(json.dumps(outcome.summary)) == outcome.summary


def test_redact_policy_rewrites_fields() -> None:
    outcome = apply_policy("redact", FIELDS)
    assert not outcome.drop
    assert outcome.redacted == {
        "instruction": "Summarize the note.",
        "input": "Patient: [NAME], MRN: [MRN]. Na 138 mmol/L.",
        "output": "Mr. [NAME] has normal sodium.",
        "rejected_output": None,
    }


def test_drop_policy_drops_only_samples_with_phi() -> None:
    assert apply_policy(PhiPolicy.DROP, FIELDS).drop
    clean = apply_policy(PhiPolicy.DROP, {"input": "Na 138 mmol/L, BP 120/80, E11.9."})
    assert not clean.drop and not clean.has_phi and clean.summary == {}


def test_unknown_policy_is_rejected() -> None:
    with pytest.raises(ValueError):
        apply_policy("shred", FIELDS)


def test_scanner_is_built_once() -> None:
    assert get_scanner() is get_scanner()


def test_dictionaries_come_from_the_installed_packages() -> None:
    assert {"john", "deborah", "rusty"} <= phi_lexicon.first_names()
    assert "may" not in phi_lexicon.first_names() and "parkinson" not in phi_lexicon.surnames()
    assert {"dayton", "tacoma"} <= phi_lexicon.us_places()
    assert "autauga" in phi_lexicon.us_counties()


@pytest.mark.parametrize(
    "make", [planted_notes, heldout_notes, fresh_notes, unseen_notes, e_notes], ids=["A", "B", "C", "D", "E"]
)
def test_planted_sets_are_deterministic_and_big_enough(make: object) -> None:
    assert callable(make)
    notes = make()
    assert notes == make()
    assert len(notes) >= 400 and sum(1 for n in notes if not n.spans) >= 100
    per_type = Counter(g.type for n in notes for g in n.spans)
    assert set(per_type) == set(PhiType) and min(per_type.values()) >= 25
    assert all(n.text[g.start : g.end] == g.text for n in notes for g in n.spans)


def test_the_generators_share_no_note_type() -> None:
    a, b, c = ({n.style for n in make()} - {"no_phi"} for make in (planted_notes, heldout_notes, fresh_notes))
    assert a.isdisjoint(b) and a.isdisjoint(c) and b.isdisjoint(c)


def test_recall_on_the_tuning_set() -> None:
    result = evaluate(get_scanner().scan, planted_notes())
    assert result.recall >= 0.97
    for phi_type, score in result.per_type.items():
        assert score.recall >= 0.95, phi_type
    assert result.fp_per_1000_notes <= 20 and result.clean_notes_flagged == 0


def test_set_b_keeps_its_figures() -> None:
    """A regression guard, not the held-out figure: set B informed fixes after its first run, as did C
    and D. The held-out figure is set E's (bench/phi_e/README.md), printed by bench.phi_recall."""
    result = evaluate(get_scanner().scan, heldout_notes())
    assert result.recall >= 0.97
    for phi_type, score in result.per_type.items():
        assert score.recall >= 0.95, phi_type
    assert result.fp_per_1000_notes <= 20


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("PHI scanning attempted network I/O")


def test_scanning_never_touches_the_network(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, _no_network)
    # Imported here, not at the top: Presidio and spaCy take ~6 s to import, in every test process that
    # collects this file.
    from mediflow.quality import phi_presidio

    phi_presidio.offline_tld_extractor.cache_clear()  # rebuild tldextract under the patch
    caplog.set_level(logging.DEBUG)
    text = "Email jane@example.co.uk or see https://portal.example.org/a, www.example.com; Rusty MacDonald"
    for scanner in (PhiScanner(), PhiScanner(use_presidio=True)):
        findings = scanner.scan(text)
        assert [f.type for f in findings] == [T.EMAIL, T.URL, T.URL, T.NAME]
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    assert "Traceback" not in capfd.readouterr().err
