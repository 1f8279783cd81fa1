"""PHI screening: per-type detection, clinical false-positive traps, redaction, policies, the
planted-set recall bar and the guarantee that scanning never touches the network."""

from __future__ import annotations

import itertools
import json
import logging
import socket

import pytest

from bench.phi_planted import (
    TEMPLATES,
    evaluate,
    heldout_notes,
    planted_notes,
)
from mediflow.quality import phi_presidio
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
)

T = PhiType


def found(text: str) -> list[tuple[PhiType, str]]:
    return [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "phi_type", "value"),
    [
        ("Patient: John Smith, 64M", T.PERSON, "John Smith"),
        ("Name: SMITH, JOHN A\nMRN: 1234", T.PERSON, "SMITH, JOHN A"),
        ("Mrs. O'Brien reports less pain.", T.PERSON, "O'Brien"),
        ("Seen with Dr. María García today.", T.PERSON, "María García"),
        ("Her daughter Emily Clark was present.", T.PERSON, "Emily Clark"),
        ("Sincerely,\n\nJane Doe, MD", T.PERSON, "Jane Doe"),
        ("Electronically signed by Wei Chen, NP", T.PERSON, "Wei Chen"),
        ("RE: Rahul A. Fitzgerald, DOB - 12/21/1956", T.PERSON, "Rahul A. Fitzgerald"),
        ("Face sheet: James Cohen | DOB 1940-01-31", T.PERSON, "James Cohen"),
        ("DOB: 03/14/1962", T.DATE_OF_BIRTH, "03/14/1962"),
        ("Date of birth 14 March 1962", T.DATE_OF_BIRTH, "14 March 1962"),
        ("born on Mar. 3rd, 1950 in Ohio", T.DATE_OF_BIRTH, "Mar. 3rd, 1950"),
        ("D.O.B.: 20-Aug-1979", T.DATE_OF_BIRTH, "20-Aug-1979"),
        ("DOCTOR: Date of birth?\nPATIENT: It's 7-24-1995.", T.DATE_OF_BIRTH, "7-24-1995"),
        ("Call back at (555) 123-4567.", T.PHONE, "(555) 123-4567"),
        ("Mobile +44 20 7946 0958", T.PHONE, "+44 20 7946 0958"),
        ("Tel: 5551234567", T.PHONE, "5551234567"),
        ("Tel: 555-123-4567  Fax: 555-987-6543", T.FAX, "555-987-6543"),
        ("T 404-770-7850  F 801-696-4450", T.FAX, "801-696-4450"),
        ("Reach me at jane.doe@example.org please", T.EMAIL, "jane.doe@example.org"),
        (
            "56 N. Maple Ave., Apt 4B, Springfield, IL 62704",
            T.ADDRESS,
            "56 N. Maple Ave., Apt 4B, Springfield, IL 62704",
        ),
        ("Mail to PO Box 3720, Salem, MA 01970.", T.ADDRESS, "PO Box 3720, Salem, MA 01970"),
        ("lives at 221B Baker Street, London NW1 6XE", T.ADDRESS, "221B Baker Street, London NW1 6XE"),
        ("SSN: 123-45-6789", T.SSN, "123-45-6789"),
        ("social security number is 078 05 1120", T.SSN, "078 05 1120"),
        ("MRN: 00482913", T.MRN, "00482913"),
        ("Medical Record Number: 12-345-678", T.MRN, "12-345-678"),
        ("Acct No. ACCT-77812345", T.ACCOUNT, "ACCT-77812345"),
        ("Card on file: 4111 1111 1111 1111", T.ACCOUNT, "4111 1111 1111 1111"),
        (
            "Portal: https://mychart.example.org/patient/12345",
            T.URL,
            "https://mychart.example.org/patient/12345",
        ),
        ("blog at www.smithfamily.com.", T.URL, "www.smithfamily.com"),
        ("Login from 192.168.1.20 at noon", T.IP_ADDRESS, "192.168.1.20"),
        ("Uploaded from 2001:db8:85a3::8a2e:370:7334", T.IP_ADDRESS, "2001:db8:85a3::8a2e:370:7334"),
        ("Pacemaker serial number PJN123456H", T.DEVICE_ID, "PJN123456H"),
        ("UDI (01)00884838012345(17)250101(21)AB1234", T.DEVICE_ID, "(01)00884838012345(17)250101(21)AB1234"),
        ("MAC address 00:1A:2B:3C:4D:5E", T.DEVICE_ID, "00:1A:2B:3C:4D:5E"),
        ("Driver's License: D1234567", T.LICENSE, "D1234567"),
        ("DEA: AB1234563", T.LICENSE, "AB1234563"),
        ("NPI 1234567893", T.LICENSE, "1234567893"),
        ("Member ID: XYZ123456789", T.HEALTH_PLAN_ID, "XYZ123456789"),
        ("Medicare MBI: 1EG4-TE5-MK73", T.HEALTH_PLAN_ID, "1EG4-TE5-MK73"),
    ],
)
def test_detects_each_identifier_type(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Metformin 500 mg PO BID; warfarin 5 mg daily; heparin 5,000 units SC q8h; dose 0.5 mg/kg.",
        "Na 138 mmol/L, K 4.1, Cr 1.2 mg/dL, Hgb 13.2 g/dL, Plt 250 x10^9/L, INR 2.5, HbA1c 8.1%.",
        "Diagnoses: E11.9, I10, I50.22, Z79.4, F32.A. CPT 99214. LOINC 2345-7. NDC 0002-3227-30.",
        "Vitals: BP 120/80, HR 72, RR 16, T 37.2 C, SpO2 98% on RA. BP 169/91 later.",
        "Admission date: 01/02/2024. Discharge date: 2024-01-05. Seen on March 3, 2024 at 10:30.",
        "Telephone encounter 06/28/2023 02:45, visit # 2024-10-31 noted.",
        "Attending: Cardiology service. Seen by the nurse practitioner and the attending physician.",
        "Patient: 67-year-old male, alert and oriented x3. Referred to Memorial Hospital.",
        "Left anterior descending artery 70% stenosis; right upper lobe nodule 12 mm.",
        "Address: the patient's concerns were addressed. Follow up in 2-4 weeks.",
    ],
)
def test_clinical_content_is_not_phi(text: str) -> None:
    assert scan(text) == []


def test_only_birth_dates_count_as_dob() -> None:
    findings = scan("DOB: 01/02/1960. Admitted 01/02/2024, discharged 01/05/2024.")
    assert [(f.type, f.text) for f in findings] == [(T.DATE_OF_BIRTH, "01/02/1960")]


def test_findings_are_sorted_non_overlapping_and_exact() -> None:
    text = (
        "Patient: Jane Roe  DOB: 3/4/1971  MRN: 00482913\n"
        "Email jane.roe@example.com, portal https://portal.example.org/x?id=3\n"
        "Tel (555) 123-4567 | Fax 555-123-4568 | SSN 123-45-6789"
    )
    findings = scan(text)
    assert len(findings) == 8
    assert all(text[f.start : f.end] == f.text for f in findings)
    assert all(a.end <= b.start for a, b in itertools.pairwise(findings))
    assert {f.source for f in findings} <= {"presidio", "rule"}
    assert {f.type for f in findings} == {
        T.PERSON,
        T.DATE_OF_BIRTH,
        T.MRN,
        T.EMAIL,
        T.URL,
        T.PHONE,
        T.FAX,
        T.SSN,
    }


def test_merge_prefers_labelled_rule_over_presidio_guess() -> None:
    rule = PhiFinding(T.MRN, 5, 15, "4829137751", 0.9, "rule")
    guess = PhiFinding(T.PHONE, 5, 15, "4829137751", 0.4, "presidio")
    assert merge_findings([guess, rule]) == [rule]


def test_redact_replaces_each_span_with_its_type() -> None:
    text = "Mr. John Smith (DOB 03/14/1962) can be reached at 555-123-4567."
    assert redact(text, scan(text)) == "Mr. [PERSON] (DOB [DATE_OF_BIRTH]) can be reached at [PHONE]."
    assert redact("no identifiers here", []) == "no identifiers here"


FIELDS: dict[str, str | None] = {
    "instruction": "Summarize the note.",
    "input": "Patient: John Smith, MRN: 00482913. Na 138 mmol/L.",
    "output": "Mr. Smith has normal sodium.",
    "rejected_output": None,
}


def test_flag_policy_keeps_sample_and_counts() -> None:
    outcome = apply_policy(PhiPolicy.FLAG, FIELDS)
    assert not outcome.drop and outcome.redacted is None and outcome.has_phi
    assert outcome.summary == {"MRN": 1, "PERSON": 2}
    assert outcome.total == 3
    assert outcome.findings["instruction"] == [] and outcome.findings["rejected_output"] == []
    assert json.loads(json.dumps(outcome.summary)) == outcome.summary


def test_redact_policy_rewrites_fields() -> None:
    outcome = apply_policy("redact", FIELDS)
    assert not outcome.drop
    assert outcome.redacted == {
        "instruction": "Summarize the note.",
        "input": "Patient: [PERSON], MRN: [MRN]. Na 138 mmol/L.",
        "output": "Mr. [PERSON] has normal sodium.",
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


def test_planted_set_is_deterministic_and_complete() -> None:
    notes = planted_notes()
    assert notes == planted_notes()
    assert notes != planted_notes(seed=14)
    assert len([n for n in notes if n.spans]) >= 200
    assert {n.style for n in notes} >= set(TEMPLATES) | {"no_phi"}
    assert {g.type for n in notes for g in n.spans} == set(PhiType)
    assert all(n.text[g.start : g.end] == g.text for n in notes for g in n.spans)


def test_planted_recall() -> None:
    result = evaluate(get_scanner().scan, planted_notes())
    assert result.recall >= 0.95
    assert result.precision >= 0.95
    for phi_type, score in result.per_type.items():
        assert score.recall >= 0.90, phi_type
    assert result.clean_notes_flagged == 0


def test_heldout_styles_keep_structured_identifiers() -> None:
    # Unlabelled names in running text need NER, which we do not have offline; every other type
    # must carry over to document styles the rules were not tuned on.
    result = evaluate(get_scanner().scan, heldout_notes())
    for phi_type, score in result.per_type.items():
        if phi_type is not PhiType.PERSON:
            assert score.recall >= 0.90, phi_type
    assert result.precision >= 0.90


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError("PHI scanning attempted network I/O")


def test_scanning_never_touches_the_network(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, _no_network)
    phi_presidio.offline_tld_extractor.cache_clear()  # rebuild tldextract under the patch
    caplog.set_level(logging.DEBUG)
    scanner = PhiScanner()
    findings = scanner.scan("Email jane@example.co.uk or see https://portal.example.org/a, www.example.com")
    assert [f.type for f in findings] == [T.EMAIL, T.URL, T.URL]
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.WARNING]
    assert "Traceback" not in capfd.readouterr().err
